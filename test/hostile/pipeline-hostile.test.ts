// Hostile CI and build files: the draft always completes, bad files become unknowns that name the file (and
// the parser's line), and nothing a repository writes can make the pipeline readers loop, explode or read
// outside the root.
import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../../src/index.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function gitRepo(files: Record<string, string | Buffer>, setup?: (r: FixtureRepo) => void): FixtureRepo {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.write(files);
  setup?.(repo);
  repo.commit({ message: 'hostile' });
  return repo;
}

const GOOD = 'on: pull_request\njobs:\n  scan:\n    steps:\n      - uses: aquasecurity/trivy-action@0.28.0\n';
const PIPELINE = 'secure-development-practices/development-pipeline';

describe('hostile pipeline files', () => {
  it('turns a workflow that is not valid YAML into an unknown with its line, and reads the others', async () => {
    const repo = gitRepo({
      '.github/workflows/good.yml': GOOD,
      '.github/workflows/bad.yml': 'on: push\njobs:\n  build:\n    steps: [\n      - run: x\n',
      '.github/workflows/worse.yml': 'on: push\njobs:\n  a: b: c\n',
    });
    const { evidence, output } = await draft(repo.dir);
    const bad = evidence.unknowns.filter((u) => u.reason === 'parse-error' && u.section === PIPELINE);
    expect(bad.map((u) => u.lookedFor).sort()).toEqual([
      'the CI configuration in .github/workflows/bad.yml',
      'the CI configuration in .github/workflows/worse.yml',
    ]);
    expect(bad.find((u) => u.lookedFor.includes('worse'))?.lookedIn).toEqual([
      '.github/workflows/worse.yml:3',
    ]);
    expect(output).toContain('Trivy (');
    expect(output).toMatch(/todo: The CI configuration in \.github\/workflows\/worse\.yml could not be read/);
  });

  it('names tool configuration files that do not parse', async () => {
    const repo = gitRepo({
      '.golangci.yml': 'linters:\n  enable: [gosec\n',
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: gomod\n   directory: /\n',
    });
    const { evidence } = await draft(repo.dir);
    const bad = evidence.unknowns.filter((u) => u.id.startsWith('pipeline.tool-config.parse-error'));
    expect(bad.map((u) => u.lookedFor).sort()).toEqual([
      'the tool configuration in .github/dependabot.yml',
      'the tool configuration in .golangci.yml',
    ]);
  });

  it('drops steps and fields of unexpected types, not the workflow', async () => {
    const repo = gitRepo({
      '.github/workflows/odd.yml': [
        'on: 42',
        'permissions: [1, 2]',
        'jobs:',
        '  a: "not a job"',
        '  b:',
        '    steps: "not a list"',
        '  c:',
        '    steps:',
        '      - 42',
        '      - [nested, list]',
        '      - uses: {not: a string}',
        '        run: [1, 2]',
        '      - with: {ref: x}',
        '      - run: gosec ./...',
        '      - uses: aquasecurity/trivy-action@0.28.0',
        '        with: [not, a, map]',
      ].join('\n'),
      '.github/workflows/list.yml': '- just\n- a list\n',
      '.github/workflows/empty.yml': '',
    });
    const { evidence } = await draft(repo.dir);
    const tools = evidence.facts
      .filter((f) => f.kind === 'pipeline.tool')
      .map((f) => (f.value as { toolId: string }).toolId);
    expect(tools).toEqual(expect.arrayContaining(['gosec', 'trivy']));
    expect(evidence.unknowns.filter((u) => u.id.startsWith('detector-error'))).toEqual([]);
  });

  it('skips a 50 MB workflow under the read cap and says so', async () => {
    const repo = gitRepo({
      '.github/workflows/good.yml': GOOD,
      '.github/workflows/huge.yml': `on: push\njobs:\n${'  # padding padding padding padding padding padding padding\n'.repeat(850_000)}`,
    });
    const started = Date.now();
    const { evidence, output } = await draft(repo.dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(evidence.unknowns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reason: 'skipped',
          lookedIn: ['.github/workflows/huge.yml'],
          detail: expect.stringMatching(/too large/),
        }),
      ]),
    );
    expect(output).toMatch(/selfassess:note \d+ files? not read: .*\.github\/workflows\/huge\.yml/);
    expect(output).toContain('Trivy (');
  });

  it('refuses a YAML alias bomb quickly, as an unknown', async () => {
    const bomb = ['on: push', 'x0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `x${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
      );
    bomb.push('jobs:', '  a:', '    steps:', '      - run: trivy fs .', '        env: *a11');
    const repo = gitRepo({
      '.github/workflows/bomb.yml': bomb.join('\n'),
      '.github/workflows/good.yml': GOOD,
    });
    const started = Date.now();
    const { evidence } = await draft(repo.dir);
    expect(Date.now() - started).toBeLessThan(10_000);
    const u = evidence.unknowns.find((x) => x.lookedFor.includes('bomb.yml'));
    expect(u).toMatchObject({ reason: 'parse-error', section: PIPELINE });
    expect(u?.detail).toMatch(/alias/i);
  });

  it('never reads a workflow that is a symlink, and reports it', async () => {
    const repo = gitRepo({ '.github/workflows/good.yml': GOOD }, (r) => {
      r.symlink('.github/workflows/linked.yml', '/etc/passwd');
      r.symlink('.github/workflows/inside.yml', 'good.yml');
    });
    const { evidence, output } = await draft(repo.dir);
    const skipped = evidence.unknowns.filter((u) => u.reason === 'skipped').map((u) => u.lookedIn[0]);
    expect(skipped).toEqual(
      expect.arrayContaining(['.github/workflows/linked.yml', '.github/workflows/inside.yml']),
    );
    expect(output).not.toContain('root:');
    expect(output).toMatch(/selfassess:note .*linked\.yml \(skipped: a symbolic link/);
  });

  it('terminates on cyclic make targets, self-calling makes, script cycles and deep nesting', async () => {
    const repo = gitRepo({
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    steps:\n      - run: make all && ./ci/a.sh\n',
      Makefile: 'all: b\n\t$(MAKE) all\nb: all c\n\tmake b\nc: c\n\tgosec ./...\n',
      'ci/a.sh': '#!/bin/sh\n./ci/b.sh\n. ./ci/a.sh\n',
      'ci/b.sh': '#!/bin/sh\nsource ci/a.sh\ncosign sign x\n',
      '.github/workflows/deep.yml': `on: push\nx: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
    });
    const started = Date.now();
    const { evidence } = await draft(repo.dir);
    expect(Date.now() - started).toBeLessThan(15_000);
    const tools = evidence.facts
      .filter((f) => f.kind === 'pipeline.tool')
      .map((f) => (f.value as { toolId: string }).toolId);
    expect(tools).toEqual(expect.arrayContaining(['gosec', 'cosign']));
    expect(evidence.unknowns.find((u) => u.lookedFor.includes('deep.yml'))?.reason).toBe('parse-error');
  });

  it('bounds pathological lines in CI scripts and contribution documents', async () => {
    const repo = gitRepo({
      '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    steps:\n      - run: "${'gpg '.repeat(20_000)}"\n`,
      Makefile: `x:\n\t${'make '.repeat(20_000)}\n\t${'./a.sh '.repeat(10_000)}\n`,
      'CONTRIBUTING.md': `# C\n\n${'one maintainer approval '.repeat(20_000)}\n${'**Signed-off-by** '.repeat(20_000)}\n`,
      '.github/CODEOWNERS': `${'* @a\n'.repeat(50_000)}`,
    });
    const started = Date.now();
    await draft(repo.dir);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
