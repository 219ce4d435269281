// The readers under src/yaml/: tolerant YAML with lines, GitHub workflow triggers and cron cadences,
// Makefile rules and make calls, file finding by glob, and the Markdown prose line scan.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { makeCalls, parseMakefile } from '../../src/ci/makefile.js';
import { cadenceOf, workflowsOf } from '../../src/ci/workflows.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { expandBraces, findFiles } from '../../src/text/paths.js';
import { scanProse } from '../../src/text/prose.js';
import { get, list, parseYaml, rootMap, str } from '../../src/yaml/parse.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe('parseYaml', () => {
  it('keeps the line of every key, item and scalar, and where a block scalar starts', () => {
    const r = parseYaml(
      'w.yml',
      [
        'name: CI',
        'jobs:',
        '  test:',
        '    steps:',
        '      - run: |',
        '          make test',
        '          make lint',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const root = rootMap(r.file);
    expect(str(get(root, 'name'))).toBe('CI');
    const step = list(get(get(get(root, 'jobs'), 'test'), 'steps'))[0];
    const run = get(step, 'run');
    expect(run).toMatchObject({ kind: 'scalar', line: 5, contentLine: 6, block: true });
    expect(str(run)).toBe('make test\nmake lint\n');
  });

  it('reads every document of a stream', () => {
    const r = parseYaml('x.yml', 'a: 1\n---\nb: 2\n');
    expect(r.ok && r.file.documents.length).toBe(2);
  });

  it('turns a syntax error into a problem with the parser line, never an exception', () => {
    const r = parseYaml('bad.yml', 'on: push\njobs:\n  a: b: c\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.path).toBe('bad.yml');
    expect(r.problem.line).toBe(3);
  });

  it('refuses an alias bomb through the parser alias limit, quickly', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    const started = Date.now();
    const r = parseYaml('bomb.yml', bomb);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/alias/i);
  });

  it('accepts ordinary anchors and aliases, sharing the aliased subtree', () => {
    const r = parseYaml('a.yml', 'base: &base\n  runs-on: ubuntu\njob:\n  <<: *base\n  name: x\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const job = get(rootMap(r.file), 'job');
    expect(str(get(job, 'runs-on'))).toBe('ubuntu');
    expect(str(get(job, 'name'))).toBe('x');
  });

  it('refuses input over the size cap without parsing it', () => {
    const r = parseYaml('big.yml', `a: "${'x'.repeat(1_100_000)}"`);
    expect(r.ok).toBe(false);
  });
});

describe('cadenceOf', () => {
  it.each([
    ['0 10 * * *', 'daily'],
    ['50 22 * * *', 'daily'],
    ['0 0 * * 1', 'weekly'],
    ['30 1 * * SUN', 'weekly'],
    ['0 6 * * 1-5', 'daily'],
    ['0 0 1 * *', 'monthly'],
    ['0 */6 * * *', 'hourly'],
    ['*/5 * * * *', 'other'],
    ['bogus', 'other'],
  ])('reads %s as %s', (cron, cadence) => {
    expect(cadenceOf(cron)).toBe(cadence);
  });
});

describe('workflowsOf', () => {
  it('reads triggers with branches and schedules, permissions, jobs and steps with lines', async () => {
    const repo = FixtureRepo.git();
    try {
      repo.commit({
        message: 'ci',
        files: {
          '.github/workflows/ci.yml': [
            'name: CI', // 1
            'on:', // 2
            '  push:', // 3
            '    branches: [main, "release-*"]', // 4
            '  pull_request:', // 5
            '  schedule:', // 6
            "    - cron: '0 3 * * 0'", // 7
            'permissions:', // 8
            '  contents: read', // 9
            'jobs:', // 10
            '  test:', // 11
            '    name: Unit tests', // 12
            '    steps:', // 13
            '      - uses: actions/checkout@v4', // 14
            '      - name: Test', // 15
            '        run: make test', // 16
          ].join('\n'),
          '.github/workflows/list.yaml': 'on: [push, workflow_dispatch]\njobs: {}\n',
        },
      });
      const s = await Snapshot.open(repo.dir);
      try {
        const { workflows, problems } = workflowsOf(s);
        expect(problems).toEqual([]);
        const ci = workflows.find((w) => w.path === '.github/workflows/ci.yml');
        expect(ci?.triggers.map((t) => t.kind)).toEqual(['push', 'pull-request', 'schedule']);
        expect(ci?.triggers[0]?.branches).toEqual(['main', 'release-*']);
        expect(ci?.triggers[2]?.schedules).toEqual([{ cron: '0 3 * * 0', cadence: 'weekly', line: 7 }]);
        expect(ci?.permissions).toEqual({ kind: 'scoped', line: 8, write: [] });
        expect(ci?.jobs[0]).toMatchObject({ id: 'test', name: 'Unit tests', line: 11 });
        expect(ci?.jobs[0]?.steps[0]?.uses).toEqual({ value: 'actions/checkout@v4', line: 14 });
        expect(ci?.jobs[0]?.steps[1]?.run).toEqual({ text: 'make test', firstLine: 16 });
        const listed = workflows.find((w) => w.path === '.github/workflows/list.yaml');
        expect(listed?.triggers.map((t) => t.kind)).toEqual(['push', 'manual']);
      } finally {
        s.close();
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe('Makefiles', () => {
  const mk = parseMakefile(
    'Makefile',
    [
      'GOLANGCI := $(BIN)/golangci-lint', // 1
      'BIN ?= .bin', // 2
      '.PHONY: test', // 3
      'test: unit lint', // 4
      'unit: GOFLAGS := -race', // 5
      'unit:', // 6
      '\tgo test ./...', // 7
      'lint: $(GOLANGCI)', // 8
      '\t$(GOLANGCI) run', // 9
      '$(GOLANGCI):', // 10
      '\tcurl -sSfL install.sh | sh', // 11
    ].join('\n'),
  );

  it('reads rules, prerequisites and recipe lines, expanding simple variables', () => {
    expect(mk.rules.get('test')?.prerequisites).toEqual(['unit', 'lint']);
    expect(mk.rules.get('unit')?.recipe).toEqual([{ line: 7, text: 'go test ./...' }]);
    expect(mk.rules.get('lint')?.prerequisites).toEqual(['.bin/golangci-lint']);
    expect(mk.rules.get('lint')?.recipe[0]?.text).toBe('.bin/golangci-lint run');
    expect(mk.rules.get('.bin/golangci-lint')?.line).toBe(10);
  });

  it('finds make calls with their directory and targets', () => {
    expect(makeCalls('GOARCH=arm64 make bin')).toEqual([{ targets: ['bin'] }]);
    expect(makeCalls('cd x && make -C sub -j 4 test-unit V=1 lint')).toEqual([
      { dir: 'sub', targets: ['test-unit', 'lint'] },
    ]);
    expect(makeCalls('$(MAKE) -f other.mk gen')).toEqual([{ file: 'other.mk', targets: ['gen'] }]);
    expect(makeCalls('echo maker')).toEqual([]);
  });
});

describe('findFiles', () => {
  it('answers like testing every file against every glob', async () => {
    const paths = [
      'Makefile',
      'a.mk',
      'ci/jenkins/x.groovy',
      'ci/jenkins/jobs/y.yaml',
      'sub/ci/jenkins/z.sh',
      '.github/workflows/a.yml',
      '.github/workflows/b.yaml',
      '.golangci.yml',
      'tools/.golangci.yaml',
      'x/Jenkinsfile',
      'Jenkinsfile.release',
      'Jenkinsfile',
      'sub/Makefile',
      'a/b/Makefile',
    ];
    const repo = FixtureRepo.git();
    try {
      repo.commit({ message: 'f', files: Object.fromEntries(paths.map((p) => [p, 'x\n'])) });
      const s = await Snapshot.open(repo.dir);
      try {
        const globs = [
          '*.mk',
          'Makefile',
          '**/ci/jenkins/**/*.{groovy,yaml,sh}',
          '.github/workflows/*.{yml,yaml}',
          '**/.golangci.{yml,yaml}',
          '**/Jenkinsfile',
          '**/Jenkinsfile.*',
          'ci/jenkins/**',
          '*/Makefile',
          '**/Makefile',
        ];
        for (const g of globs) {
          const m = picomatch(g, { dot: true });
          expect(findFiles(s, [g]), g).toEqual(paths.filter((p) => m(p)).sort());
        }
      } finally {
        s.close();
      }
    } finally {
      repo.cleanup();
    }
  });

  it('expands braces', () => {
    expect(expandBraces('a/{b,c}.{yml,yaml}')).toEqual(['a/b.yml', 'a/b.yaml', 'a/c.yml', 'a/c.yaml']);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(expandBraces(s.replace(/[{}]/g, ''))).toEqual([s.replace(/[{}]/g, '')]);
      }),
    );
  });
});

describe('scanProse', () => {
  it('gives sentences with lines and headings, skipping code and reducing links to their text', () => {
    const prose = scanProse(
      [
        '# Contributing', // 1
        '', // 2
        '## Sign your work', // 3
        '', // 4
        'We use the [DCO](https://developercertificate.org). All commits', // 5
        'must be **signed off**.', // 6
        '', // 7
        '```', // 8
        'git commit -s. Not prose.', // 9
        '```', // 10
        '- Two approvals are required.', // 11
      ].join('\n'),
    );
    expect(prose.sentences).toEqual([
      { text: 'We use the DCO.', line: 5, headings: ['Contributing', 'Sign your work'] },
      { text: 'All commits must be signed off.', line: 5, headings: ['Contributing', 'Sign your work'] },
      { text: 'Two approvals are required.', line: 11, headings: ['Contributing', 'Sign your work'] },
    ]);
    expect(prose.headings.map((h) => [h.depth, h.text, h.line])).toEqual([
      [1, 'Contributing', 1],
      [2, 'Sign your work', 3],
    ]);
  });

  it('stays linear on hostile input', () => {
    const started = Date.now();
    scanProse(`${'**a'.repeat(50_000)}\n${'[x]('.repeat(50_000)}\n${'# h\n'.repeat(10_000)}`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
