// The repository is untrusted: every hostile input here must give a draft (or a clean user error), never a
// crash, never a read outside the root, never a command run from the repository's own configuration.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../../src/index.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function gitRepo(files: Record<string, string | Buffer>): FixtureRepo {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.commit({ message: 'hostile', files });
  return repo;
}

describe('hostile repositories', () => {
  it('never runs the fsmonitor or hooks named in the repository config', async () => {
    const repo = gitRepo({ 'README.md': '# Trap\n' });
    const marker = join(repo.dir, 'PWNED');
    writeFileSync(join(repo.dir, 'trap.sh'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    repo.git('config', 'core.fsmonitor', join(repo.dir, 'trap.sh'));
    repo.git('config', 'core.hooksPath', repo.dir);
    repo.git('config', 'core.pager', join(repo.dir, 'trap.sh'));
    await draft(repo.dir);
    expect(existsSync(marker)).toBe(false);
  });

  it('skips binary, non-UTF-8 and oversized community files and names them in the draft', async () => {
    const repo = gitRepo({
      'README.md': Buffer.concat([Buffer.from('# Name\n'), Buffer.from([0, 1, 2, 3])]),
      'SECURITY.md': Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a]),
      'CONTRIBUTING.md': `# Contributing\n${'a'.repeat(2 * 1024 * 1024)}\n`,
    });
    const { output, evidence } = await draft(repo.dir);
    const skipped = evidence.unknowns.filter((u) => u.reason === 'skipped').map((u) => u.lookedIn[0]);
    expect(skipped).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md']));
    expect(output).toMatch(
      /<!-- selfassess:note \d+ files not read: .*README\.md \(skipped: binary content\)/,
    );
    // The policy file still counts as present: its name is evidence even when its text is not readable.
    expect(output).toContain('The project has a security policy, SECURITY.md');
  });

  it('keeps names from the repository from breaking the draft', async () => {
    const repo = gitRepo({
      'README.md': '# Evil --> <script>alert(1)</script> | x\n',
      'docs/security-|-->.md': '# x\n',
    });
    const { output } = await draft(repo.dir);
    const title = output.split('\n')[0] ?? '';
    expect(title).not.toContain('<script>');
    // Every marker comment is closed exactly where it should be: one --> per marker line.
    for (const line of output.split('\n').filter((l) => l.startsWith('<!-- selfassess:'))) {
      expect(line.match(/-->/g)).toHaveLength(1);
    }
    // A pipe in a path is escaped inside a table row.
    const row = output.split('\n').find((l) => l.startsWith('| ') && l.includes('security-'));
    expect(row).toMatch(/security-%7C-%3E\.md|security-\\\|-->\.md/);
  });

  it('survives pathological Markdown and very long lines quickly', async () => {
    const repo = gitRepo({
      // Under the Markdown parse cap (256 KiB), so the parser itself meets it.
      'README.md': `# Name\n\n${'['.repeat(100_000)}\n${'*a'.repeat(30_000)}\n${'https://github.com/a/b/ '.repeat(2_000)}\n`,
      'SECURITY.md': `${'> '.repeat(10_000)}x\n`,
    });
    const started = Date.now();
    const { output } = await draft(repo.dir);
    expect(output).toContain('# Self-assessment for Name');
    // Not a timing assertion on speed goals: a guard against catastrophic backtracking (minutes).
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('handles file names with newlines, tabs and non-ASCII characters', async () => {
    const repo = gitRepo({
      'a\nb.go': 'package a\n',
      'tab\there.md': '# t\n',
      'sécurité/SECURITY.md': '# s\n',
      'README.md': '# N\n',
    });
    const { evidence } = await draft(repo.dir);
    const policy = evidence.facts.find((f) => f.kind === 'disclosure.security-policy');
    expect(policy?.value).toEqual({ path: 'sécurité/SECURITY.md', location: 'other' });
  });

  it('does not follow symlinks to files outside the repository', async () => {
    const repo = FixtureRepo.git();
    repos.push(repo);
    repo.symlink('SECURITY.md', '/etc/passwd');
    repo.symlink('README.md', '/etc/hostname');
    repo.commit({ message: 'links', files: { LICENSE: 'MIT License\n' } });
    const { output } = await draft(repo.dir);
    expect(output).not.toMatch(/root:x:0:0/);
    expect(output).not.toContain('The project has a security policy');
  });
});
