import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compilePathPatterns,
  DOCUMENTATION_PATTERNS,
  GENERATED_PATTERNS,
  isDocumentation,
  isGenerated,
  isVendored,
  LINGUIST,
  languageByAlias,
  TIE_BREAKS,
  VENDORED_PATTERNS,
} from '../../src/catalogue/languages.js';
import type { DetectorResult } from '../../src/detectors/detector.js';
import {
  attributesFor,
  languageOfName,
  languagesDetector,
  parseGitattributes,
} from '../../src/detectors/metadata/languages.js';
import { type Fact, factsOfKind } from '../../src/evidence/model.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const repos: FixtureRepo[] = [];
const snapshots: Snapshot[] = [];
afterEach(() => {
  for (const s of snapshots.splice(0)) s.close();
  for (const r of repos.splice(0)) r.cleanup();
});

/** `n` bytes of something that looks like code (contents are never read: only sizes matter). */
function code(n: number, line = 'x = 1\n'): string {
  return line.repeat(Math.ceil(n / line.length)).slice(0, n);
}

async function detectIn(repo: FixtureRepo): Promise<{ result: DetectorResult; snapshot: Snapshot }> {
  const snapshot = await Snapshot.open(repo.dir);
  snapshots.push(snapshot);
  return { result: languagesDetector.detect(snapshot), snapshot };
}

/** Commits FILES to a fresh repository (after SETUP) and runs the detector. */
async function detectOnRepo(
  files: Record<string, FileContent>,
  setup?: (repo: FixtureRepo) => void,
): Promise<{ result: DetectorResult; fact: Fact<'metadata.languages'> | undefined; snapshot: Snapshot }> {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.write(files);
  setup?.(repo);
  repo.commit({ message: 'fixture' });
  const { result, snapshot } = await detectIn(repo);
  return { result, fact: factsOfKind(result, 'metadata.languages')[0], snapshot };
}

function bytesByName(fact: Fact<'metadata.languages'> | undefined): Record<string, number> {
  return Object.fromEntries((fact?.value.languages ?? []).map((l) => [l.name, l.bytes]));
}

describe('languages detector', () => {
  it('reports Go for a Go repository, leaving out vendor/, docs/ and generated code', async () => {
    const { fact, result } = await detectOnRepo({
      'go.mod': 'module example.com/rocket\n\ngo 1.22\n',
      'go.sum': code(5_000),
      'cmd/rocket/main.go': code(6_000, 'package main\n'),
      'pkg/engine/engine.go': code(30_000, 'package engine\n'),
      'pkg/apis/v1/zz_generated.deepcopy.go': code(50_000, '// Code generated\n'),
      'pkg/apis/v1/types.pb.go': code(50_000, '// Code generated\n'),
      'vendor/github.com/other/lib/lib.go': code(500_000, 'package lib\n'),
      'vendor/github.com/other/lib/build.sh': code(100_000, 'echo\n'),
      'docs/example/main.go': code(40_000, 'package main\n'),
      'docs/guide.md': code(80_000, '# Guide\n'),
      'hack/build.sh': code(1_500, 'echo\n'),
      Makefile: code(500, 'all:\n'),
      'README.md': code(9_000, '# Rocket\n'),
    });
    expect(result.unknowns).toEqual([]);
    expect(fact?.value.languages.map((l) => l.name)).toEqual(['Go', 'Shell', 'Makefile']);
    expect(bytesByName(fact)).toEqual({ Go: 36_000, Shell: 1_500, Makefile: 500 });
    expect(fact?.value.countedBytes).toBe(38_000);
    expect(fact?.value.countedFiles).toBe(4);
    expect(fact?.value.languages[0]?.share).toBeCloseTo(36_000 / 38_000, 4);
    expect(fact?.confidence).toBe('observed');
    // One reference per language, to its largest file, at the commit.
    expect(fact?.refs.map((r) => r.path)).toEqual(['pkg/engine/engine.go', 'hack/build.sh', 'Makefile']);
    expect(fact?.refs[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('counts no Markdown (prose) and no GCC Machine Description for a Markdown-heavy repository', async () => {
    const { fact } = await detectOnRepo({
      'README.md': code(50_000, '# Title\n'),
      'notes/design.md': code(200_000, 'Some prose.\n'),
      'proposals/0001-thing.md': code(100_000, 'More prose.\n'),
      'tools/check.py': code(2_000, 'print(1)\n'),
    });
    expect(fact?.value.languages).toEqual([{ name: 'Python', bytes: 2_000, share: 1 }]);
    expect(fact?.value.countedFiles).toBe(1);
  });

  it.each<{ next: string; siblings: Record<string, string>; language: string }>([
    {
      next: 'C++ sources',
      siblings: { 'src/a.cpp': code(5_000), 'include/a.hpp': code(1_000) },
      language: 'C++',
    },
    { next: 'C sources', siblings: { 'src/a.c': code(5_000) }, language: 'C' },
    { next: 'Objective-C sources', siblings: { 'src/a.m': code(5_000) }, language: 'Objective-C' },
    { next: 'no sources at all', siblings: {}, language: 'C' },
  ])('reads .h headers next to $next as $language', async ({ siblings, language }) => {
    const { fact } = await detectOnRepo({ ...siblings, 'include/big.h': code(100_000, '#pragma once\n') });
    expect(fact?.value.languages[0]?.name).toBe(language);
  });

  it('lets one C++ test file in a C library leave its headers C', async () => {
    const { fact } = await detectOnRepo({
      'lib/a.c': code(50_000),
      'lib/a.h': code(10_000),
      'test/compat.cpp': code(1_000),
    });
    expect(bytesByName(fact)).toEqual({ C: 60_000, 'C++': 1_000 });
  });

  it('honours .gitattributes: vendored, generated, documentation, language and detectable overrides', async () => {
    const { fact } = await detectOnRepo({
      '.gitattributes': [
        '# linguist overrides',
        '* text=auto eol=lf',
        '*.png binary',
        'lib/** linguist-vendored',
        'vendor/** -linguist-vendored',
        'gen/*.go linguist-generated=true',
        'docs/** linguist-documentation=false',
        '*.inc linguist-language=PHP',
        '*.tmpl linguist-language=go',
        'special.py linguist-vendored',
        '*.html linguist-detectable=false',
        'keep.py linguist-vendored',
        'keep.py !linguist-vendored',
        '"with space.rb" linguist-language=Python',
      ].join('\n'),
      'main.go': code(10_000),
      'lib/bundled.js': code(90_000), // vendored by attribute
      'vendor/ours/ours.rs': code(3_000), // vendor.yml says vendored, the attribute says not
      'gen/api.go': code(50_000), // generated by attribute
      'docs/tool.rb': code(4_000), // documentation.yml says documentation, the attribute says not
      'templates/page.inc': code(2_000), // PHP by override
      'templates/x.tmpl': code(1_000), // no extension match; Go by alias
      'a/b/special.py': code(70_000), // a slash-less pattern matches the base name at any depth
      'site/index.html': code(60_000), // HTML, made not detectable
      'keep.py': code(500), // vendored, then unspecified again: counted
      'with space.rb': code(700), // a quoted pattern
    });
    expect(bytesByName(fact)).toEqual({ Go: 11_000, Ruby: 4_000, Rust: 3_000, PHP: 2_000, Python: 1_200 });
  });

  it('honours a nested .gitattributes relative to its directory, over the root one', async () => {
    const { fact } = await detectOnRepo({
      '.gitattributes': '*.js linguist-vendored\n',
      'web/.gitattributes': '*.js -linguist-vendored\nold/*.ts linguist-vendored\n',
      'web/app.js': code(4_000),
      'web/old/legacy.ts': code(9_000),
      'web/new/fresh.ts': code(1_000),
      'scripts/tool.js': code(8_000),
    });
    expect(bytesByName(fact)).toEqual({ JavaScript: 4_000, TypeScript: 1_000 });
  });

  it('reads gitattributes patterns with git semantics, not picomatch extensions', () => {
    const rules = parseGitattributes(
      [
        'a(b|c).go linguist-vendored',
        '*.{js,ts} linguist-vendored',
        'dir/ linguist-vendored',
        '!negated linguist-vendored',
        '[attr]macro linguist-vendored',
        '/rooted.go linguist-generated',
        '**/deep/*.py linguist-documentation',
        'x[ab].c linguist-language=C++',
        'unrelated.go text -diff',
        String.raw`"caf\303\251 \"x\".rb" linguist-language=Python`,
        '"unterminated.rb linguist-language=Python',
      ].join('\n'),
    );
    expect(rules).toHaveLength(6);
    expect(attributesFor('lib/café "x".rb', rules)).toEqual({ 'linguist-language': 'Python' });
    expect(attributesFor('ab.go', rules)).toEqual({});
    expect(attributesFor('a(b|c).go', rules)).toEqual({ 'linguist-vendored': true });
    expect(attributesFor('x.js', rules)).toEqual({});
    expect(attributesFor('x.{js,ts}', rules)).toEqual({ 'linguist-vendored': true });
    expect(attributesFor('dir/file.go', rules)).toEqual({});
    expect(attributesFor('rooted.go', rules)).toEqual({ 'linguist-generated': true });
    expect(attributesFor('sub/rooted.go', rules)).toEqual({});
    expect(attributesFor('deep/a.py', rules)).toEqual({ 'linguist-documentation': true });
    expect(attributesFor('a/b/deep/a.py', rules)).toEqual({ 'linguist-documentation': true });
    expect(attributesFor('src/xb.c', rules)).toEqual({ 'linguist-language': 'C++' });
  });

  it('is Unknown for a repository of prose and data only', async () => {
    const { result, fact } = await detectOnRepo({
      'README.md': '# Notes\n',
      LICENSE: 'Apache License\n',
      'config/app.yaml': 'a: 1\n',
      'data/values.json': '{"a": 1}\n',
      'notes.txt': 'text\n',
      'empty.go': '',
    });
    expect(fact).toBeUndefined();
    expect(result.unknowns).toEqual([
      {
        id: 'metadata.languages',
        section: 'metadata',
        lookedFor: 'source files of a programming or markup language',
        lookedIn: ['file index (git ls-tree at HEAD)'],
        reason: 'not-found',
      },
    ]);
  });

  it('works on a plain directory without git', async () => {
    const dir = FixtureRepo.directory().write({
      'src/app.py': code(3_000),
      'src/web/index.ts': code(1_000),
      'node_modules/dep/index.js': code(50_000),
    });
    repos.push(dir);
    const { result } = await detectIn(dir);
    const fact = factsOfKind(result, 'metadata.languages')[0];
    expect(bytesByName(fact)).toEqual({ Python: 3_000, TypeScript: 1_000 });
    expect(fact?.refs[0]).toEqual({ path: 'src/app.py' });
  });

  it('skips symlinks without reading them, in a repository and in a directory', async () => {
    const { fact, snapshot } = await detectOnRepo({ 'main.go': code(1_000) }, (repo) => {
      repo.symlink('passwd.go', '/etc/passwd');
      repo.symlink('.gitattributes', '/etc/passwd');
      repo.symlink('lib', '/etc');
    });
    expect(snapshot.file('passwd.go')?.kind).toBe('symlink');
    expect(bytesByName(fact)).toEqual({ Go: 1_000 });
    expect(snapshot.skippedFiles()).toEqual([]);

    const dir = FixtureRepo.directory()
      .write({ 'main.rs': code(1_000) })
      .symlink('passwd.rs', '/etc/passwd');
    repos.push(dir);
    const { result, snapshot: plain } = await detectIn(dir);
    expect(bytesByName(factsOfKind(result, 'metadata.languages')[0])).toEqual({ Rust: 1_000 });
    expect(plain.skippedFiles()).toEqual([]);
  });

  it('handles odd file names: spaces, Unicode, no extension, dotfiles, upper case, quotes, newlines', async () => {
    // Names that are properties of every JavaScript object: table lookups must not find them.
    const objectKeys = Object.fromEntries(
      ['__proto__', 'constructor', 'valueOf', 'x.constructor', 'x.__proto__', '.hasOwnProperty'].map((n) => [
        n,
        code(10_000),
      ]),
    );
    const { fact, snapshot } = await detectOnRepo({
      ...objectKeys,
      'my scripts/run me.sh': code(1_000),
      'ünïcødé/файл.rs': code(2_000),
      Makefile: code(300),
      Dockerfile: code(400),
      noextension: code(99_000),
      '.bashrc': code(50),
      '.hidden.go': code(600),
      'LOUD.GO': code(700),
      'a.b.c.py': code(800),
      'trailing.': code(5_000),
      'quote"d\\back.rb': code(900),
      'new\nline.c': code(1_100),
      'types.d.ts': code(30_000), // vendored by vendor.yml (TypeScript definition files)
    });
    expect(snapshot.file('__proto__')?.size).toBe(10_000);
    expect(bytesByName(fact)).toEqual({
      Go: 1_300,
      Shell: 1_050,
      Rust: 2_000,
      C: 1_100,
      Ruby: 900,
      Python: 800,
      Dockerfile: 400,
      Makefile: 300,
    });
  });

  it('keeps languages from 1% of the counted bytes, the top one always, and at most five references', async () => {
    const { fact } = await detectOnRepo({
      'a.go': code(50_000),
      'b.py': code(10_000),
      'c.rb': code(9_000),
      'd.rs': code(8_000),
      'e.ts': code(7_000),
      'f.c': code(6_000),
      'g.java': code(5_000),
      'h.sh': code(500), // 0.5%: counted, not reported
    });
    expect(fact?.value.languages.map((l) => l.name)).toEqual([
      'Go',
      'Python',
      'Ruby',
      'Rust',
      'TypeScript',
      'C',
      'Java',
    ]);
    expect(fact?.value.countedBytes).toBe(95_500);
    expect(fact?.refs.map((r) => r.path)).toEqual(['a.go', 'b.py', 'c.rb', 'd.rs', 'e.ts']);

    const tiny = await detectOnRepo({ 'main.go': code(10), 'vendor/x.py': code(10_000) });
    expect(tiny.fact?.value.languages).toEqual([{ name: 'Go', bytes: 10, share: 1 }]);
  });

  it('follows Linguist: testdata/, .github/ and root examples/ are left out, Jupyter and TSX are counted', async () => {
    const { fact } = await detectOnRepo({
      'pkg/parse.go': code(2_000),
      'pkg/testdata/fixture.go': code(90_000),
      '.github/scripts/release.py': code(90_000),
      'examples/demo.rs': code(90_000),
      'ui/App.tsx': code(1_000),
      'notebooks/analysis.ipynb': code(1_500),
    });
    expect(bytesByName(fact)).toEqual({ Go: 2_000, 'Jupyter Notebook': 1_500, TypeScript: 1_000 });
  });

  it('tolerates a binary or oversized .gitattributes', async () => {
    const { fact } = await detectOnRepo({
      '.gitattributes': Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 10, 42, 32, 108]),
      'main.go': code(1_000),
    });
    expect(bytesByName(fact)).toEqual({ Go: 1_000 });

    const many = await detectOnRepo({
      '.gitattributes': Array.from({ length: 20_000 }, (_, i) => `dir${i}/** linguist-vendored`).join('\n'),
      'main.go': code(1_000),
    });
    expect(bytesByName(many.fact)).toEqual({ Go: 1_000 });

    // A pattern that would backtrack for ages on a long name is not compiled. (A plain directory: `git add`
    // itself hangs on this pattern.)
    const dir = FixtureRepo.directory().write({
      '.gitattributes': `${'*a'.repeat(30)}*b linguist-vendored\n*.py linguist-vendored\n`,
      [`${'a'.repeat(200)}.go`]: code(1_000),
      'x.py': code(1_000),
    });
    repos.push(dir);
    const started = Date.now();
    const { result } = await detectIn(dir);
    expect(bytesByName(factsOfKind(result, 'metadata.languages')[0])).toEqual({ Go: 1_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('language of a file name', () => {
  const none = { byExtension: new Map<string, number>(), byName: new Map<string, number>() };
  it.each([
    ['main.go', 'Go'],
    ['go.mod', 'Go Module'],
    ['build.gradle.kts', 'Gradle Kotlin DSL'],
    ['README.md', 'Markdown'],
    ['x.h', 'C'],
    ['lib.rs', 'Rust'],
    ['index.ts', 'TypeScript'],
    ['Foo.cs', 'C#'],
    ['schema.sql', 'SQL'],
    ['run.pl', 'Perl'],
    ['basic.t', 'Perl'],
    ['Tiltfile.star', 'Starlark'],
    ['KEYS.asc', 'Public Key'],
    ['token.sol', 'Solidity'],
    ['tool.1', 'Roff Manpage'],
    ['CMakeLists.txt', 'CMake'],
    ['Dockerfile', 'Dockerfile'],
    ['_helpers.tpl', 'Go Template'],
    ['x.inc', undefined],
    ['x.msg', undefined],
    ['no-extension', undefined],
  ])('%s → %s', (name, language) => {
    expect(languageOfName(name, none)).toBe(language);
  });

  it('takes the language named by a linguist-language alias', () => {
    expect(languageByAlias('golang')).toBe('Go');
    expect(languageByAlias('C++')).toBe('C++');
    expect(languageByAlias('cpp')).toBe('C++');
    expect(languageByAlias('Objective-C')).toBe('Objective-C');
    expect(languageByAlias('no-such-language')).toBeUndefined();
    expect(languageByAlias('__proto__')).toBeUndefined();
    expect(languageByAlias('constructor')).toBeUndefined();
  });
});

describe('the languages catalogue', () => {
  it('names in each tie-break only candidates of its extension', () => {
    for (const [extension, rule] of Object.entries(TIE_BREAKS)) {
      const candidates = LINGUIST.extensions[extension];
      expect(candidates, extension).toBeDefined();
      for (const language of [rule.default, ...Object.keys(rule.siblings ?? {})]) {
        if (language !== null) expect(candidates, `${extension} → ${language}`).toContain(language);
      }
    }
  });

  it('compiles the Linguist path lists to matchers equivalent to their plain alternation', () => {
    const paths = [
      'vendor/a.go',
      'pkg/vendor/a.go',
      'pkg/vendors/a.go',
      'myvendor/a.go',
      'third_party/x.c',
      'src/ThirdParty/x.c',
      'a/3rd-party/b.c',
      'web/jquery.min.js',
      'web/app-min.css',
      'web/app.js',
      'styles/bootstrap-import.scss',
      'types/index.d.ts',
      'node_modules/a/b.js',
      'pkg/testdata/x.go',
      'testdata',
      'pkg/util/env/env.go',
      'docs/x.md',
      'pkg/docs/x.md',
      'Documentation/x.rst',
      'a/Documentation/x.rst',
      'examples/x.go',
      'pkg/examples/x.go',
      'README',
      'sub/README.md',
      'READMEx',
      'CHANGELOG.md',
      'CHANGES',
      'LICENSE-APACHE',
      'api/x.pb.go',
      'api/x.pb.gw.go',
      'pkg/apis/zz_generated.deepcopy.go',
      'pkg/x_generated.go',
      'x_pb2.py',
      'x_pb2_grpc.py',
      'gradlew',
      'sub/GRADLEW.BAT',
      '.github/workflows/ci.yml',
      'deep/.vscode/settings.json',
      'configure',
      'src/configure.ac',
      'unicode/ünï/файл.go',
      'with space/a b.go',
      `${'a/'.repeat(500)}x.go`,
    ];
    for (const [patterns, matcher] of [
      [VENDORED_PATTERNS, isVendored],
      [DOCUMENTATION_PATTERNS, isDocumentation],
    ] as const) {
      const plain = new RegExp(patterns.join('|'));
      for (const p of paths) expect(matcher(p), p).toBe(plain.test(p));
    }
    const generated = new RegExp(GENERATED_PATTERNS.join('|'));
    for (const p of paths.filter((x) => !/gradlew/i.test(x)))
      expect(isGenerated(p), p).toBe(generated.test(p));
    expect(isGenerated('sub/GRADLEW.BAT')).toBe(true);
    expect(compilePathPatterns(['(^|/)a/', '^b$', 'c\\.d$'])('x/a/y')).toBe(true);
    expect(compilePathPatterns(['(^|/)a/', '^b$', 'c\\.d$'])('xa/y')).toBe(false);
  });

  it('is generated from the installed linguist-languages, and up to date', () => {
    const committed = readFileSync(join(root, 'src/catalogue/linguist.generated.json'), 'utf8');
    const version = JSON.parse(
      readFileSync(join(root, 'node_modules/linguist-languages/package.json'), 'utf8'),
    ).version;
    expect(LINGUIST.source).toBe(`linguist-languages@${version}`);
    const dir = mkdtempSync(join(tmpdir(), 'selfassess-linguist-'));
    try {
      const out = join(dir, 'linguist.json');
      execFileSync(process.execPath, [join(root, 'scripts/generate-linguist.mjs'), '--out', out], {
        stdio: 'pipe',
      });
      // If this fails, run `npm run gen:languages` and commit the result.
      expect(readFileSync(out, 'utf8')).toBe(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(LINGUIST.extensions['.go']).toEqual(['Go']);
    expect(LINGUIST.extensions['.md']).toContain('Markdown');
    expect(LINGUIST.filenames.Makefile).toEqual(['Makefile']);
    expect(LINGUIST.types.Go).toBe('programming');
    expect(LINGUIST.types.Markdown).toBe('prose');
    expect(LINGUIST.groups.TSX).toBe('TypeScript');
    expect(LINGUIST.extensions['.json']).toBeUndefined();
  });
});
