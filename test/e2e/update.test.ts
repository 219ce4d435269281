import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

let repo: FixtureRepo;
let scratch: FixtureRepo;
let draftV1: string;

beforeAll(() => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\nJoin us on Slack: [#rocket](https://kubernetes.slack.com/messages/rocket).\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@rocket.example.org.\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  scratch = FixtureRepo.directory();
  const r = runCli(['draft', repo.dir]);
  expect(r.status).toBe(0);
  draftV1 = r.stdout;
  repo.commit({
    message: 'contact\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md': '# Rocket\n\nRocket launches things safely.\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to psirt@rocket.example.org.\n',
    },
  });
});
afterAll(() => {
  repo.cleanup();
  scratch.cleanup();
});

const HUMAN = 'We answer every report ourselves.';

function editedDraft(name: string): string {
  const file = join(scratch.dir, name);
  writeFileSync(file, draftV1.replace('### Goals\n', `### Goals\n\n${HUMAN}\n`), { mode: 0o640 });
  return file;
}

describe('selfassess draft --update', () => {
  it('rewrites FILE in place, keeps the human text and mode, and summarises on stderr', () => {
    const file = editedDraft('draft.md');
    const r = runCli(['draft', repo.dir, '--update', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`### Goals\n\n${HUMAN}\n`);
    expect(text).toContain('psirt@rocket.example.org');
    expect(text).toMatch(/todo: Not found again in the repository at [0-9a-f]{12}: "Slack #rocket/);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // No temporary file left behind.
    expect(readdirSync(scratch.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    const summary = r.stderr.trim().split('\n');
    expect(summary.at(-1)).toMatch(
      /^updated .*draft\.md: refreshed [1-9]\d*, unchanged \d+, kept edited 0, added 0, flagged gone 2, removed 1$/,
    );
    expect(r.stderr).toMatch(/draft\.md:\d+: not found again, flagged: Slack #rocket/);

    // A second run changes nothing.
    const again = runCli(['draft', repo.dir, '--update', file]);
    expect(again.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(again.stderr).toMatch(
      /refreshed 0, unchanged \d+, kept edited 0, added 0, flagged gone 0, removed 0\n$/,
    );
  });

  it('writes to --output and leaves FILE alone', () => {
    const file = editedDraft('draft2.md');
    const before = readFileSync(file, 'utf8');
    const out = join(scratch.dir, 'updated.md');
    const r = runCli(['draft', repo.dir, '--update', file, '--output', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(out, 'utf8')).toContain(HUMAN);
    expect(readFileSync(out, 'utf8')).toContain('psirt@rocket.example.org');
  });

  it('keeps answered todos and filled cells, and still refreshes the statements around them', () => {
    const file = join(scratch.dir, 'draft3.md');
    const answer = 'Reports are acknowledged within two working days.';
    const answered = draftV1
      .replace('| Security Provider | ? |', '| Security Provider | No |')
      .replace(/^todo: Complete this section: Outline how suspected vulnerabilities.*$/m, answer);
    expect(answered).toContain(answer);
    writeFileSync(file, answered);
    const r = runCli(['draft', repo.dir, '--update', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /draft3\.md:\d+: block security-issue-resolution\/responsible-disclosures-process\.todo was edited by hand; not refreshed; /,
    );
    expect(r.stderr).toMatch(
      /draft3\.md:\d+: block metadata refreshed around the cells filled by hand \(Security Provider\)/,
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('| Security Provider | No |');
    expect(text).toContain(
      `${answer}\n<!-- selfassess:end security-issue-resolution/responsible-disclosures-process.todo -->`,
    );
    expect(text).toContain('psirt@rocket.example.org');
  });

  it.each([
    [['--update', '/nonexistent/draft.md'], /no such file: \/nonexistent\/draft\.md/],
    [['--update', 'HAND', '--format', 'json'], /--update refreshes a Markdown draft/],
    [['--update', 'HAND'], /has no selfassess block markers.*selfassess lint/],
  ])('%j exits 2 with one line on stderr', (args, message) => {
    const hand = join(scratch.dir, 'hand.md');
    writeFileSync(hand, '# Self-assessment for Rocket\n\nWritten by hand.\n');
    const r = runCli(['draft', repo.dir, ...args.map((a) => (a === 'HAND' ? hand : a))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(hand, 'utf8')).toBe('# Self-assessment for Rocket\n\nWritten by hand.\n');
  });
});
