// `selfassess gaps` as a user runs it (dist/cli.js): exit 0 with advice, every format, exit 2 for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

let repo: FixtureRepo;

beforeAll(() => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'fixture',
    files: {
      'README.md': '# Demo\n',
      'SECURITY.md': '# Security\n\nReport vulnerabilities to security@example.org.\n',
      '.github/workflows/ci.yml':
        'on: [pull_request]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make test\n',
    },
  });
});

afterAll(() => repo.cleanup());

describe('selfassess gaps', () => {
  it('prints the per-level summary and recommendations, exit 0', () => {
    const r = runCli(['gaps', repo.dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Level 1: \d+ met, \d+ not met, \d+ unknown \(24 controls\)$/m);
    expect(r.stdout).toContain('CONFIRM  OSPS-AC-03.01');
    expect(r.stdout).toContain(
      'next: set `permissions: contents: read` at the top of .github/workflows/ci.yml',
    );
  });

  it('writes json, md and sarif', () => {
    const json = JSON.parse(runCli(['gaps', repo.dir, '--format', 'json']).stdout);
    expect(json.baseline).toEqual({ name: 'OSPS Baseline', version: '2026-02-19' });
    expect(json.summary).toHaveLength(3);
    expect(json.met.some((m: { control: string }) => m.control === 'OSPS-VM-02.01')).toBe(true);
    expect(runCli(['gaps', repo.dir, '-f', 'md']).stdout).toMatch(/^# Gaps: OSPS Baseline/);
    expect(JSON.parse(runCli(['gaps', repo.dir, '-f', 'sarif']).stdout).version).toBe('2.1.0');
  });

  it('exits 2 naming the line and field of a malformed --answers file', () => {
    const dir = FixtureRepo.directory();
    try {
      dir.write({ 'a.yml': 'version: 1\nanswers:\n  mfa: { value: 3, justification: x }\n' });
      const r = runCli(['gaps', repo.dir, '--answers', `${dir.dir}/a.yml`]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('a.yml:3: answers.mfa.value: expected true or false');
      const missing = runCli(['gaps', repo.dir, '--answers', `${dir.dir}/none.yml`]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('cannot read the answers file');
    } finally {
      dir.cleanup();
    }
  });

  it('draft --answers marks declared facts and has the action items', () => {
    const dir = FixtureRepo.directory();
    try {
      dir.write({
        'a.yml':
          'version: 1\nanswers:\n  secret-scanning: { value: true, justification: "GitHub push protection" }\n',
      });
      const r = runCli([repo.dir, '--answers', `${dir.dir}/a.yml`]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        'The maintainers declare that secret scanning is enabled: GitHub push protection. (declared by the maintainers, not observed)',
      );
      expect(r.stdout).toMatch(
        /### Action items\n\n<!-- selfassess:begin appendix\/action-items[^\n]*\n\* OSPS-/,
      );
    } finally {
      dir.cleanup();
    }
  });

  it('rejects an unknown format with exit 2', () => {
    expect(runCli(['gaps', repo.dir, '--format', 'xml']).status).toBe(2);
  });
});
