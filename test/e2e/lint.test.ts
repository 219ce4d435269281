// `selfassess lint` as a user runs it: exit codes (0 clean or warnings only, 1 errors, 2 bad usage with one
// line on stderr), the three formats, --output, and --repo.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { completeAssessment } from '../unit/lint-fixture.js';

let dir: string;
let repo: FixtureRepo;
const clean = completeAssessment();
const withError = clean.replace('| Assessment Stage | Complete |', '| Assessment Stage | Done |');
const draftOnly = completeAssessment('Incomplete').replace(
  /### Case Studies\n\nRocket's answer about case studies.\n/,
  '',
);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selfassess-lint-'));
  writeFileSync(join(dir, 'clean.md'), clean);
  writeFileSync(join(dir, 'error.md'), withError);
  writeFileSync(join(dir, 'draft.md'), draftOnly);
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init',
    files: { 'SECURITY.md': '# Policy\n\nMail security@rocket.dev.\n', 'go.mod': 'module x\n' },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  repo.cleanup();
});

describe('selfassess lint', () => {
  it('exits 0 with no output for a clean assessment, and says so on stderr', () => {
    const r = runCli(['lint', join(dir, 'clean.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/clean\.md: 0 errors, 0 warnings, 0 notes \(stage complete\)\n$/);
  });

  it('exits 1 when a finding is an error, one line per finding', () => {
    const r = runCli(['lint', join(dir, 'error.md')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /error\.md:\d+:1 metadata-stage error: Assessment Stage is "Done", not Incomplete, Complete or Obsolete/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 0 when there are only warnings and notes (a draft missing a subsection)', () => {
    const r = runCli(['lint', join(dir, 'draft.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/missing-section note: missing subsection "Case Studies"/);
  });

  it('writes JSON and SARIF, to stdout or --output', () => {
    const json = runCli(['lint', join(dir, 'error.md'), '--format', 'json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).findings[0].ruleId).toBe('metadata-stage');
    const out = join(dir, 'out.sarif');
    const sarif = runCli(['lint', join(dir, 'error.md'), '--format', 'sarif', '--output', out]);
    expect(sarif.status).toBe(1);
    expect(sarif.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('checks against a repository with --repo', () => {
    const r = runCli(['lint', join(dir, 'clean.md'), '--repo', repo.dir, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.repo.repo).toBe('acme/rocket');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('drift-omitted-evidence');
  });

  it.each([
    [['lint'], /missing required argument 'file'/],
    [['lint', 'nowhere.md'], /no such file: nowhere\.md/],
    [['lint', '.'], /\. is a directory/],
    [['lint', 'x.md', '--format', 'xml'], /argument 'xml' is invalid/],
    [['lint', 'CLEAN', '--repo', '/nonexistent/repo'], /--repo \/nonexistent\/repo does not exist/],
  ])('exits 2 with one line on stderr for bad usage: %s', (args, message) => {
    const r = runCli(args.map((a) => (a === 'CLEAN' ? join(dir, 'clean.md') : a)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
