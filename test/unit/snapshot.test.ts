import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { afterEach, describe, expect, it } from 'vitest';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const repos: FixtureRepo[] = [];
const snapshots: Snapshot[] = [];
afterEach(() => {
  for (const s of snapshots.splice(0)) s.close();
  for (const r of repos.splice(0)) r.cleanup();
});

function track<T extends FixtureRepo>(r: T): T {
  repos.push(r);
  return r;
}
async function open(dir: string, options = {}): Promise<Snapshot> {
  const s = await Snapshot.open(dir, options);
  snapshots.push(s);
  return s;
}

describe('Snapshot.open', () => {
  it('resolves a path inside a work tree to its root and indexes tracked files with sizes', async () => {
    const repo = track(FixtureRepo.git());
    repo.commit({ message: 'init', files: { 'README.md': '# Demo\n', 'pkg/a/b.go': 'package a\n' } });
    repo.write({ 'untracked.txt': 'not committed' });
    const s = await open(join(repo.dir, 'pkg', 'a'));
    expect(s.files.map((f) => f.path)).toEqual(['README.md', 'pkg/a/b.go']);
    expect(s.file('pkg/a/b.go')?.size).toBe('package a\n'.length);
    expect(s.identity.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(s.history?.commits).toHaveLength(1);
  });

  it('reads a plain directory without git, with history unknown', async () => {
    const dir = track(FixtureRepo.directory()).write({
      'SECURITY.md': '# Policy\n',
      'src/x.py': 'print(1)\n',
    });
    const s = await open(dir.dir);
    expect(s.history).toBeUndefined();
    expect(s.identity.commit).toBeUndefined();
    expect(s.files.map((f) => f.path).sort()).toEqual(['SECURITY.md', 'src/x.py']);
    expect(s.read('SECURITY.md')).toBe('# Policy\n');
    expect(s.ref('SECURITY.md', 1)).toEqual({ path: 'SECURITY.md', line: 1 });
  });

  it('treats a git repository without commits as a plain directory', async () => {
    const repo = track(FixtureRepo.git()).write({ 'README.md': '# New\n' });
    const s = await open(repo.dir);
    expect(s.history).toBeUndefined();
    expect(s.has('README.md')).toBe(true);
  });

  it('builds GitHub permalinks from the origin remote and never keeps credentials', async () => {
    const repo = track(FixtureRepo.git());
    repo.commit({ message: 'init', files: { 'SECURITY.md': 'x\n' } });
    repo.git('remote', 'add', 'origin', 'https://user:ghp_secret@github.com/acme/rocket.git');
    const s = await open(repo.dir);
    expect(s.identity.repo).toBe('acme/rocket');
    expect(s.identity.url).toBe('https://github.com/acme/rocket');
    expect(s.originUrl).not.toContain('ghp_secret');
    expect(s.ref('SECURITY.md', 3).url).toBe(
      `https://github.com/acme/rocket/blob/${s.identity.commit}/SECURITY.md#L3`,
    );
  });

  it('rejects a nonexistent path with a user error', async () => {
    await expect(Snapshot.open('/nonexistent/selfassess/path')).rejects.toThrow(/no such directory/);
  });

  it('rejects a file given as the source', async () => {
    const dir = track(FixtureRepo.directory()).write({ 'a.txt': 'x' });
    await expect(Snapshot.open(join(dir.dir, 'a.txt'))).rejects.toThrow(/not a directory/);
  });
});

describe('the reader', () => {
  it('skips binary, non-UTF-8 and oversized files and lists them as unknowns', async () => {
    const repo = track(FixtureRepo.git());
    repo.commit({
      message: 'init',
      files: {
        'bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
        'latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
        'big.md': 'x'.repeat(2048),
        'ok.md': '\ufeff# ok\n',
      },
    });
    const s = await open(repo.dir, { maxFileBytes: 1024 });
    expect(s.read('bin.md')).toBeUndefined();
    expect(s.read('latin1.md')).toBeUndefined();
    expect(s.read('big.md')).toBeUndefined();
    expect(s.read('ok.md')).toBe('# ok\n');
    const skipped = Object.fromEntries(s.skippedFiles().map((f) => [f.path, f.reason]));
    expect(skipped).toEqual({ 'big.md': 'too-large', 'bin.md': 'binary', 'latin1.md': 'not-utf8' });
    const unknowns = s.snapshotUnknowns();
    expect(unknowns.map((u) => u.reason)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(unknowns[0]?.lookedIn).toEqual(['big.md']);
  });

  it('never follows a symlink, inside or outside the root', async () => {
    const repo = track(FixtureRepo.git());
    repo.symlink('SECURITY.md', '/etc/passwd');
    repo.symlink('docs/inner.md', '../README.md');
    repo.commit({ message: 'links', files: { 'README.md': '# Real\n' } });
    const s = await open(repo.dir);
    expect(s.file('SECURITY.md')?.kind).toBe('symlink');
    expect(s.read('SECURITY.md')).toBeUndefined();
    expect(s.read('docs/inner.md')).toBeUndefined();
    expect(s.has('SECURITY.md')).toBe(false);
    expect(s.glob('**/*.md').map((f) => f.path)).toEqual(['README.md']);
  });

  it('refuses a tracked path whose directory was replaced by a symlink leaving the root', async () => {
    const repo = track(FixtureRepo.git());
    repo.commit({ message: 'init', files: { 'docs/passwd': 'harmless\n' } });
    // After the commit, swap docs/ for a link to /etc: the index still lists docs/passwd.
    repo.git('rm', '-q', '-r', '--cached', 'docs');
    repo.git('reset', '-q');
    const { rmSync } = await import('node:fs');
    rmSync(join(repo.dir, 'docs'), { recursive: true });
    repo.symlink('docs', '/etc');
    const s = await open(repo.dir);
    expect(s.file('docs/passwd')).toBeDefined();
    expect(s.read('docs/passwd')).toBeUndefined();
    expect(s.skippedFiles()[0]?.reason).toBe('outside-root');
  });

  it('lists a plain directory without entering node_modules or following directory symlinks', async () => {
    const dir = track(FixtureRepo.directory()).write({ 'a.md': 'a', 'node_modules/x/README.md': 'x' });
    mkdirSync(join(dir.dir, 'empty'));
    dir.symlink('etc', '/etc');
    const s = await open(dir.dir);
    expect(s.files.map((f) => `${f.path}:${f.kind}`)).toEqual(['a.md:file', 'etc:symlink']);
  });
});

describe('the history reader', () => {
  it('reads sign-off trailers, signature headers and merges in one batch', async () => {
    const repo = track(FixtureRepo.git());
    const base = repo.commit({ message: 'first\n\nSigned-off-by: A <a@example.org>\n', files: { a: '1' } });
    repo.commit({ message: 'second, unsigned and without sign-off', files: { a: '2' } });
    repo.commit({
      message: 'third\n\nSigned-off-by: B <b@example.org>\nSigned-off-by: C <c@example.org>\n',
      files: { a: '3' },
      signed: true,
    });
    repo.merge(base, 'Merge branch x');
    const s = await open(repo.dir);
    const commits = s.history?.commits ?? [];
    expect(commits).toHaveLength(4);
    // Equal commit dates leave git's order open; find each commit by its subject.
    const bySubject = (prefix: string) => commits.find((c) => c.subject.startsWith(prefix));
    expect(bySubject('Merge')?.merge).toBe(true);
    expect(bySubject('third')?.signedOffBy).toEqual(['B <b@example.org>', 'C <c@example.org>']);
    expect(bySubject('third')?.signed).toBe(true);
    expect(bySubject('third')?.merge).toBe(false);
    expect(bySubject('second')?.signedOffBy).toEqual([]);
    expect(bySubject('second')?.signed).toBe(false);
    expect(bySubject('first')?.signedOffBy).toEqual(['A <a@example.org>']);
    expect(bySubject('first')?.authorEmail).toBe('author@example.org');
  });

  it('reads at most the requested number of commits', async () => {
    const repo = track(FixtureRepo.git());
    for (let i = 0; i < 5; i++) repo.commit({ message: `c${i}`, files: { f: String(i) } });
    const s = await open(repo.dir, { historyLimit: 3 });
    expect(s.history?.commits.map((c) => c.subject)).toEqual(['c4', 'c3', 'c2']);
  });
});

describe('glob', () => {
  it('answers extension-led and free patterns alike, in path order, case-insensitively when asked', async () => {
    const repo = track(FixtureRepo.git());
    repo.commit({
      message: 'init',
      files: { 'b/Guide.MD': 'x', 'a/readme.md': 'x', SECURITY: 'x', 'docs/x.mdx': 'x', 'c.md.txt': 'x' },
    });
    const s = await open(repo.dir);
    expect(s.glob('**/*.md').map((f) => f.path)).toEqual(['a/readme.md']);
    expect(s.glob('**/*.md', { nocase: true }).map((f) => f.path)).toEqual(['a/readme.md', 'b/Guide.MD']);
    expect(s.glob(['**/*.{md,mdx}', 'SECURITY']).map((f) => f.path)).toEqual([
      'SECURITY',
      'a/readme.md',
      'docs/x.mdx',
    ]);
    expect(s.glob('**/*.txt').map((f) => f.path)).toEqual(['c.md.txt']);
  });

  it('gives the same answers through its name and extension indexes as testing every file', async () => {
    const repo = track(FixtureRepo.git());
    const files = [
      'SECURITY',
      'docs/SECURITY',
      'Security.md',
      '.github/SECURITY_CONTACTS',
      'SECURITY-CONTACTS.md',
      'OWNERS',
      'pkg/owners',
      'charts/x/values.yaml',
      'docs/a/README.md',
      'Makefile',
      'build/Makefile.inc',
    ];
    repo.commit({ message: 'init', files: Object.fromEntries(files.map((f) => [f, 'x'])) });
    const s = await open(repo.dir);
    const questions: string[][] = [
      ['**/SECURITY', '{Security,security}.md'],
      [
        '{SECURITY_CONTACTS,security_contacts,SECURITY-CONTACTS}{,.md,.txt}',
        '.github/{SECURITY_CONTACTS,x}{,.md}',
      ],
      ['OWNERS', '**/owners'],
      ['**/values.yaml', 'Makefile*'],
      ['docs/**', 'Makefile'],
    ];
    for (const nocase of [false, true]) {
      for (const q of questions) {
        const brute = files.filter((f) => picomatch(q, { dot: true, nocase })(f)).sort();
        expect(s.glob(q, { nocase }).map((f) => f.path)).toEqual(brute);
      }
    }
  });
});
