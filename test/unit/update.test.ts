import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { draft } from '../../src/index.js';
import { mergeDraft } from '../../src/merge.js';
import { generatedBlock } from '../../src/render/markdown.js';
import { goneItems, statedItems } from '../../src/update/items.js';
import { updateDraft } from '../../src/update.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

// A real project at two commits: the draft of the first, edited by a maintainer, is updated with the draft
// of the second. Between them the Slack channel goes, the security contact changes and adopters appear.
let repo: FixtureRepo;
let before: string;
let after: string;
let commitB: string;

beforeAll(async () => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\nJoin us on Slack: [#rocket](https://kubernetes.slack.com/messages/rocket).\n\n[Issues](https://github.com/acme/rocket/issues)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@rocket.example.org.\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  before = (await draft(repo.dir)).output;
  commitB = repo.commit({
    message: 'channels and contact\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\n[Issues](https://github.com/acme/rocket/issues)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to psirt@rocket.example.org.\n',
      'ADOPTERS.md': '# Adopters\n\n* Acme Corp\n* Globex\n',
    },
  });
  after = (await draft(repo.dir)).output;
});
afterAll(() => repo.cleanup());

/** The lines of the block `id` in `text`, markers included. */
function blockOf(text: string, id: string): string[] {
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => l.startsWith(`<!-- selfassess:begin ${id} `));
  const end = lines.indexOf(`<!-- selfassess:end ${id} -->`);
  expect(begin).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(begin);
  return lines.slice(begin, end + 1);
}

function edit(text: string): string {
  const edited = text
    .replace('### Goals\n\n', '### Goals\n\nRocket must never launch without a countdown.\n\n')
    .replace('| Security Provider | ? |', '| Security Provider | No |');
  expect(edited).not.toBe(text);
  return `${edited}\nNotes kept by the maintainers.\n`;
}

describe('draft --update on a real repository', () => {
  it('refreshes untouched blocks, keeps edited ones and human text, and flags facts not found again', () => {
    const edited = edit(before);
    const { text, report } = updateDraft(edited, after);

    // Human text outside blocks, byte-for-byte.
    expect(text).toContain(
      '### Goals\n\nRocket must never launch without a countdown.\n\n<!-- selfassess:begin',
    );
    expect(text.endsWith('\nNotes kept by the maintainers.\n')).toBe(true);
    // The edited metadata block is kept as the human left it, and reported.
    expect(blockOf(text, 'metadata')).toEqual(blockOf(edited, 'metadata'));
    expect(report.keptEdited.map((e) => e.id)).toEqual(['metadata']);
    expect(report.keptEdited[0]?.message).toMatch(/^block metadata was edited by hand; not refreshed; /);
    // Untouched blocks are the fresh ones.
    for (const id of [
      'secure-development-practices/communication-channels',
      'security-issue-resolution/responsible-disclosures-process',
      'appendix/case-studies',
    ]) {
      expect(blockOf(text, id)).toEqual(blockOf(after, id));
      expect(report.refreshed.map((r) => r.id)).toContain(id);
    }
    expect(text).toContain('psirt@rocket.example.org');
    expect(text).toMatch(/ADOPTERS\.md lists 2 adopters/);
    // The Slack channel and the old contact are not dropped silently: a todo after their block quotes them.
    const sha = commitB.slice(0, 12);
    const channels = text.indexOf(
      '<!-- selfassess:begin secure-development-practices/communication-channels ',
    );
    const slackFlag = `todo: Not found again in the repository at ${sha}: "Slack #rocket on Kubernetes Slack`;
    const flag = text.slice(0, channels).split('\n').at(-2) ?? '';
    expect(flag.startsWith(slackFlag)).toBe(true);
    expect(flag.endsWith('. Check whether it still holds, then delete this line.')).toBe(true);
    expect(text).toContain(
      '"Vulnerabilities are reported privately by email to security@rocket.example.org."',
    );
    expect(report.flagged.map((f) => f.text).sort()).toEqual([
      'Slack #rocket on Kubernetes Slack: https://kubernetes.slack.com/messages/rocket.',
      'Vulnerabilities are reported privately by email to security@rocket.example.org.',
    ]);
    // Report lines point at the flags in the output.
    const outLines = text.split('\n');
    for (const f of report.flagged) expect(outLines[f.line - 1]).toContain(f.text);
    for (const r of report.refreshed) expect(outLines[r.line - 1]).toMatch(`selfassess:begin ${r.id} `);
    // The header names the commit of the fresh evidence.
    expect(text).toContain(`at ${sha} -->`);
    expect(report.commit).toBe(sha);
  });

  it('is idempotent: updating the result again with the same fresh draft changes nothing', () => {
    const once = updateDraft(edit(before), after).text;
    const twice = updateDraft(once, after);
    expect(twice.text).toBe(once);
    expect(twice.report.flagged).toEqual([]);
    expect(twice.report.refreshed).toEqual([]);
  });

  it('leaves an untouched draft equal to the fresh one, apart from nothing', () => {
    const { text, report } = updateDraft(before, after);
    // No human edits: the result is the fresh draft plus the flags.
    const withoutFlags = text
      .split('\n')
      .filter((l) => !l.startsWith('todo: Not found again'))
      .join('\n');
    expect(withoutFlags).toBe(after);
    expect(report.keptEdited).toEqual([]);
  });

  it('keeps merge working: flags are todo lines that merge refuses to drop silently', () => {
    const { text } = updateDraft(edit(before), after);
    const strict = mergeDraft(text, { allowTodo: false });
    expect(strict.remainingTodos.some((t) => t.text.startsWith('todo: Not found again'))).toBe(true);
    const merged = mergeDraft(text, { allowTodo: true }).text;
    expect(merged).not.toMatch(/Not found again|selfassess:/);
    expect(merged).toContain('Rocket must never launch without a countdown.');
    expect(merged).toContain('| Security Provider | No |');
  });
});

/** A small draft in the rendered shape: headings, and a block under each section named in `blocks`. */
function synthetic(blocks: Record<string, string[]>, extra: { commit?: string } = {}): string {
  const out = [
    '# Self-assessment for Demo',
    '',
    `<!-- selfassess:draft v1 generated 2026-01-01 from https://github.com/demo/demo at ${extra.commit ?? 'aaaaaaaaaaaa'} -->`,
    '',
  ];
  const sections: [string, string][] = [
    ['## Overview', 'overview'],
    ['### Goals', 'overview/goals'],
    ['## Secure development practices', 'secure-development-practices'],
    ['### Development Pipeline', 'secure-development-practices/development-pipeline'],
    ['### Communication Channels', 'secure-development-practices/communication-channels'],
  ];
  for (const [heading, id] of sections) {
    out.push(heading, '');
    const lines = blocks[id];
    if (lines) out.push(...generatedBlock(id, lines), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

describe('updateDraft on drafts built line by line', () => {
  const base = {
    overview: ['todo: Describe the project.'],
    'overview/goals': ['* Goal one.', '  reference: README.md:1'],
    'secure-development-practices/development-pipeline': ['* CodeQL runs.', '  reference: ci.yml:3'],
  };

  it('adds a block the fresh evidence now has at the end of its section, after the human text there', () => {
    const existing = synthetic(base).replace(
      '### Communication Channels\n',
      '### Communication Channels\n\nWe talk on the forum.\n',
    );
    const fresh = synthetic({
      ...base,
      'secure-development-practices/communication-channels': ['* Slack #demo.', '  reference: README.md:9'],
      'secure-development-practices': ['* A new fact for the whole section.'],
    });
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(
      [
        '### Communication Channels',
        '',
        'We talk on the forum.',
        '',
        ...generatedBlock('secure-development-practices/communication-channels', [
          '* Slack #demo.',
          '  reference: README.md:9',
        ]),
        '',
      ].join('\n'),
    );
    // The H2's own block goes before its first subsection, not at the end of the H2's whole subtree.
    expect(text).toContain(
      [
        '## Secure development practices',
        '',
        ...generatedBlock('secure-development-practices', ['* A new fact for the whole section.']),
        '',
        '### Development Pipeline',
      ].join('\n'),
    );
    expect(report.added.map((a) => a.id).sort()).toEqual([
      'secure-development-practices',
      'secure-development-practices/communication-channels',
    ]);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('does not add a block whose section heading the human removed, and says so', () => {
    const existing = synthetic(base).replace(/### Communication Channels\n*/, '');
    expect(existing).not.toContain('Communication');
    const fresh = synthetic({ ...base, 'secure-development-practices/communication-channels': ['* Slack.'] });
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toBe(existing);
    expect(report.notAdded).toEqual([
      {
        id: 'secure-development-practices/communication-channels',
        reason: expect.stringContaining('no heading "Communication Channels"'),
      },
    ]);
  });

  it('keeps an untouched block the fresh draft no longer has, unwrapped under a flag', () => {
    const existing = synthetic(base);
    const { 'overview/goals': _gone, ...rest } = base;
    const fresh = synthetic(rest, { commit: 'bbbbbbbbbbbb' });
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(
      '### Goals\n\ntodo: The text below was generated for "Goals" and was not generated again in the repository at bbbbbbbbbbbb; keep what still holds as your own text, then delete this line.\n* Goal one.\n  reference: README.md:1\n\n## Secure',
    );
    expect(report.gone).toEqual([{ id: 'overview/goals', line: expect.any(Number), edited: false }]);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('keeps an edited block the fresh draft no longer has, markers and all', () => {
    const existing = synthetic(base).replace('* Goal one.', '* Goal one, as we see it.');
    const { 'overview/goals': _gone, ...rest } = base;
    const { text, report } = updateDraft(existing, synthetic(rest));
    expect(text).toBe(existing);
    expect(report.gone).toEqual([{ id: 'overview/goals', line: expect.any(Number), edited: true }]);
  });

  it('treats a block edited back into exactly the fresh content as refreshed, not edited', () => {
    const fresh = synthetic({ ...base, 'overview/goals': ['* Goal one.', '* Goal two.'] });
    const existing = synthetic(base).replace('  reference: README.md:1', '* Goal two.');
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toBe(fresh);
    expect(report.refreshed.map((r) => r.id)).toEqual(['overview/goals']);
    expect(report.keptEdited).toEqual([]);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const existing = synthetic(base).replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const fresh = synthetic({ ...base, 'overview/goals': ['* Goal one, measured again.'] });
    const { text } = updateDraft(existing, fresh);
    expect(text.endsWith('\r\n')).toBe(false);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('* Goal one, measured again.\r\n');
    // A block is untouched whatever the line endings: the hash is over its lines.
    expect(updateDraft(existing, synthetic(base)).report.unchanged).toHaveLength(3);
  });

  it('refuses a document without block markers (a hand-written assessment)', () => {
    expect(() => updateDraft('# Self-assessment\n\nWritten by hand.\n', synthetic(base))).toThrow(UserError);
    expect(() => updateDraft('', synthetic(base))).toThrow(/selfassess lint/);
  });
});

describe('which facts count as gone', () => {
  it('is not fooled by numbers measured again or by the commit of a permalink', () => {
    const old = statedItems([
      '* Of the last 1,998 commits (2021-02-09 to 2023-11-30), 86% carry a Signed-off-by trailer.',
      '| Languages | Go (94%) |',
      '| Security documentation | <https://github.com/a/b/blob/abe1d18d4a07c825b4c84ec22281daf645b9f1b3/docs/security.md> |',
      '| Security documentation | <https://github.com/a/b/blob/abe1d18d4a07c825b4c84ec22281daf645b9f1b3/docs/old.md> |',
      '* Slack #demo.',
      '* Custom resources in `x.io` (19 kinds, 15 cluster-scoped): A, B and 9 more.',
      '* Audit logging (Network Policy CRDs): rules can be audited.',
    ]);
    const fresh = statedItems([
      '* Custom resources in `x.io` (20 kinds, 15 cluster-scoped): A, B, C and 9 more.',
      '* Audit logging (Using Fluentd): efficient audit logging.',
      '* Of the last 2,000 commits (2021-03-01 to 2024-01-02), 87% carry a Signed-off-by trailer.',
      '| Languages | Go (95%) |',
      '| Security documentation | <https://github.com/a/b/blob/fc70f2bb7037f398196fd42210d34800cb6aa398/docs/security.md> |',
    ]);
    expect(goneItems(old, fresh).map((g) => g.text)).toEqual([
      'Security documentation: <https://github.com/a/b/blob/abe1d18d4a07c825b4c84ec22281daf645b9f1b3/docs/old.md>',
      'Slack #demo.',
      'Audit logging (Network Policy CRDs): rules can be audited.',
    ]);
  });

  it('never counts a cell a human must fill, a header row or a todo as a fact', () => {
    const items = statedItems(['| Doc | url |', '| -- | -- |', '| SBOM | ? |', 'todo: x', '**Topic**']);
    expect(items).toEqual([]);
  });
});
