import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { mergeDraft } from '../../src/merge.js';
import { generatedBlock } from '../../src/render/markdown.js';
import { goneItems, statedItems } from '../../src/update/items.js';
import { updateDraft } from '../../src/update.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { rocketAtTwoCommits } from '../helpers/rocket-drafts.js';

// A real project at two commits: the draft of the first, edited by a maintainer, is updated with the draft
// of the second. Between them the Slack channel goes, the security contact changes and adopters appear.
let repo: FixtureRepo;
let before: string;
let after: string;
let commitB: string;

beforeAll(async () => {
  ({ repo, before, after, commitB } = await rocketAtTwoCommits());
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

const ANSWER = 'Reports are acknowledged within two working days.';

/** What a maintainer does with a draft: writes text between blocks, fills a `?` cell, answers a todo in
 * place, rewords a statement. */
function edit(text: string): string {
  const edited = text
    .replace('### Goals\n\n', '### Goals\n\nRocket must never launch without a countdown.\n\n')
    .replace('| Security Provider | ? |', '| Security Provider | No |')
    .replace(/^todo: Complete this section: Outline how suspected vulnerabilities.*$/m, ANSWER)
    .replace('* Rocket launches things safely.', '* Rocket launches things safely, every time.');
  expect(edited.split('\n').length).toBe(text.split('\n').length + 2);
  expect(edited).toContain(ANSWER);
  expect(edited).toContain('every time.');
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
    // The block with a reworded statement and the todo block with an answer are the human's: kept, reported.
    const disclosure = 'security-issue-resolution/responsible-disclosures-process';
    expect(blockOf(text, 'overview')).toEqual(blockOf(edited, 'overview'));
    expect(blockOf(text, `${disclosure}.todo`)).toEqual(blockOf(edited, `${disclosure}.todo`));
    expect(report.keptEdited.map((e) => e.id)).toEqual(['overview', `${disclosure}.todo`]);
    expect(report.keptEdited[0]?.message).toMatch(/^block overview was edited by hand; not refreshed; /);
    expect(report.keptEdited[1]?.message).toMatch(
      /; the fresh version asks the same todos as when it was drafted$/,
    );
    // Answering that todo did not freeze the section's statements: they are the fresh ones.
    expect(blockOf(text, disclosure)).toEqual(blockOf(after, disclosure));
    expect(text).toContain('psirt@rocket.example.org');
    // Filling the Security Provider cell did not freeze the metadata table: the rest of it is refreshed.
    expect(blockOf(text, 'metadata')).toEqual(
      blockOf(after, 'metadata').map((l) =>
        l === '| Security Provider | ? |' ? '| Security Provider | No |' : l,
      ),
    );
    expect(blockOf(after, 'metadata')).not.toEqual(blockOf(before, 'metadata'));
    expect(report.refreshed.find((r) => r.id === 'metadata')?.keptCells).toEqual(['Security Provider']);
    // Untouched blocks are the fresh ones; blocks the fresh evidence now has are added before their todos.
    for (const id of [
      'secure-development-practices/communication-channels.todo',
      'appendix/case-studies.todo',
    ]) {
      expect(blockOf(text, id)).toEqual(blockOf(after, id));
      expect(report.refreshed.map((r) => r.id)).toContain(id);
    }
    expect(blockOf(text, 'appendix/case-studies')).toEqual(blockOf(after, 'appendix/case-studies'));
    expect(report.added.map((a) => a.id)).toContain('appendix/case-studies');
    expect(text).toContain(
      `${blockOf(after, 'appendix/case-studies').join('\n')}\n\n<!-- selfassess:begin appendix/case-studies.todo `,
    );
    expect(text).toMatch(/ADOPTERS\.md lists 2 adopters/);
    // The Slack channel and the old contact are not dropped silently: a todo above their block quotes them.
    // The channels section now has no statement: its statements block is removed, its todos stay.
    const sha = commitB.slice(0, 12);
    expect(text).not.toContain('<!-- selfassess:begin secure-development-practices/communication-channels ');
    expect(report.removed.map((r) => r.id)).toEqual(['secure-development-practices/communication-channels']);
    const channels = text.indexOf(
      '<!-- selfassess:begin secure-development-practices/communication-channels.todo ',
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
    for (const a of report.added) expect(outLines[a.line - 1]).toMatch(`selfassess:begin ${a.id} `);
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
    // The answer written in place of a todo is a paragraph of its own, not part of the last statement.
    expect(merged).toContain(`psirt@rocket.example.org.\n\n${ANSWER}\n`);
  });
});

/**
 * The draft as the renderer wrote it before todos had blocks of their own (format v1): a section's todos at
 * the end of its one block (after a blank line when the statements end with a table's references), and a
 * section with only todos has a block of its section id holding them.
 */
function toV1(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^<!-- selfassess:begin (\S+) sha256=/.exec(line);
    if (!m) {
      out.push(line.replace('selfassess:draft v2 ', 'selfassess:draft v1 '));
      continue;
    }
    const marked = m[1] as string;
    const id = marked.replace(/\.todo$/, '');
    const end = lines.indexOf(`<!-- selfassess:end ${marked} -->`, i);
    let content = lines.slice(i + 1, end);
    let last = end;
    if (
      marked === id &&
      lines[end + 1] === '' &&
      lines[end + 2]?.startsWith(`<!-- selfassess:begin ${id}.todo `)
    ) {
      const todoEnd = lines.indexOf(`<!-- selfassess:end ${id}.todo -->`, end + 2);
      const afterTable = /^(\||reference:)/.test(content.at(-1) ?? '');
      content = [...content, ...(afterTable ? [''] : []), ...lines.slice(end + 3, todoEnd)];
      last = todoEnd;
    }
    out.push(...generatedBlock(id, content));
    i = last;
  }
  return out.join('\n');
}

describe('drafts made before todos had blocks of their own (v1)', () => {
  it('replaces each untouched v1 block by its statements block and its todo block', () => {
    const v1 = toV1(before);
    expect(v1).not.toContain('.todo ');
    expect(v1).toMatch(
      /\* Slack #rocket[^\n]*\n {2}reference: [^\n]*\ntodo: Complete this section: List the internal/,
    );
    const { text, report } = updateDraft(v1, after);
    const withoutFlags = text
      .split('\n')
      .filter((l) => !l.startsWith('todo: Not found again'))
      .join('\n');
    expect(withoutFlags).toBe(after);
    expect(report.keptEdited).toEqual([]);
    expect(report.notAdded).toEqual([]);
    expect(report.flagged.map((f) => f.text.slice(0, 20)).sort()).toEqual([
      'Slack #rocket on Kub',
      'Vulnerabilities are ',
    ]);
    // A v1 block holding only todos became the section's todo block.
    expect(report.refreshed.map((r) => r.id)).toContain('overview/goals');
    expect(updateDraft(text, after).text).toBe(text);
  });

  it('refreshes a v1 table around a filled cell, and keeps a v1 block whose todos were all deleted', () => {
    const disclosure = 'security-issue-resolution/responsible-disclosures-process';
    const v1 = toV1(before)
      .replace('| Security Provider | ? |', '| Security Provider | No |')
      .replace(/^todo: Complete this section: Outline how suspected vulnerabilities.*\n/m, '');
    // That block now holds exactly the statements the renderer drew from the same evidence.
    expect(blockOf(v1, disclosure).slice(1, -1)).toEqual(blockOf(before, disclosure).slice(1, -1));
    const { text, report } = updateDraft(v1, before);
    expect(blockOf(text, 'metadata')).toEqual(
      blockOf(before, 'metadata').map((l) =>
        l === '| Security Provider | ? |' ? '| Security Provider | No |' : l,
      ),
    );
    expect(blockOf(text, 'metadata.todo')).toEqual(blockOf(before, 'metadata.todo'));
    expect(blockOf(text, disclosure)).toEqual(blockOf(v1, disclosure));
    expect(text).not.toContain(`selfassess:begin ${disclosure}.todo`);
    expect(report.keptEdited.map((k) => k.id)).toEqual([disclosure]);
    expect(updateDraft(text, before).text).toBe(text);
  });

  it('keeps a v1 block whose todo was answered, and does not add its todos again', () => {
    const disclosure = 'security-issue-resolution/responsible-disclosures-process';
    const v1 = toV1(before);
    const answered = v1.replace(
      /^todo: Complete this section: Outline how suspected vulnerabilities.*$/m,
      ANSWER,
    );
    expect(answered).not.toBe(v1);
    const { text, report } = updateDraft(answered, after);
    expect(blockOf(text, disclosure)).toEqual(blockOf(answered, disclosure));
    expect(text).not.toContain(`selfassess:begin ${disclosure}.todo`);
    expect(report.keptEdited.map((k) => k.id)).toEqual([disclosure]);
    expect(report.notAdded).toEqual([
      { id: `${disclosure}.todo`, reason: expect.stringContaining(`block ${disclosure} was edited by hand`) },
    ]);
    // Everything else is refreshed into the new layout.
    expect(blockOf(text, 'metadata.todo')).toEqual(blockOf(after, 'metadata.todo'));
    expect(updateDraft(text, after).text).toBe(text);
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
    ['## Metadata', 'metadata'],
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
    const todos = blocks[`${id}.todo`];
    if (todos) out.push(...generatedBlock(`${id}.todo`, todos), '');
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

  it('removes an untouched todo block the fresh draft no longer asks, without a flag; keeps an answered one', () => {
    const withTodos = {
      ...base,
      'overview/goals.todo': ['todo: Complete this section: state the goals.'],
      'secure-development-practices/development-pipeline.todo': ['todo: Not found in the files: fuzzing.'],
    };
    const fresh = synthetic(base, { commit: 'bbbbbbbbbbbb' });
    const { text, report } = updateDraft(synthetic(withTodos), fresh);
    expect(text).toBe(fresh);
    expect(report.removed.map((r) => r.id).sort()).toEqual([
      'overview/goals.todo',
      'secure-development-practices/development-pipeline.todo',
    ]);
    expect(report.flagged).toEqual([]);
    expect(report.gone).toEqual([]);

    const answered = synthetic(withTodos).replace(
      'todo: Complete this section: state the goals.',
      'Our goals.',
    );
    const kept = updateDraft(answered, fresh);
    expect(kept.text).toContain(
      generatedBlock('overview/goals.todo', ['todo: Complete this section: state the goals.'])
        .join('\n')
        .replace('todo: Complete this section: state the goals.', 'Our goals.'),
    );
    expect(kept.report.gone).toEqual([{ id: 'overview/goals.todo', line: expect.any(Number), edited: true }]);
    expect(updateDraft(kept.text, fresh).text).toBe(kept.text);
  });

  it('says of an answered todo block whether the fresh draft asks anything new', () => {
    const todos = ['todo: A.', 'todo: B.'];
    const existing = synthetic({ ...base, 'overview/goals.todo': todos }).replace('todo: A.', 'Answer A.');
    const same = updateDraft(existing, synthetic({ ...base, 'overview/goals.todo': todos }));
    expect(same.text).toBe(existing);
    expect(same.report.keptEdited).toEqual([
      expect.objectContaining({
        id: 'overview/goals.todo',
        freshOnly: [],
        message: expect.stringMatching(/asks the same todos as when it was drafted$/),
      }),
    ]);
    const more = updateDraft(existing, synthetic({ ...base, 'overview/goals.todo': [...todos, 'todo: C.'] }));
    expect(more.text).toBe(existing);
    expect(more.report.keptEdited[0]?.freshOnly).toEqual(['A.', 'C.']);
    expect(more.report.keptEdited[0]?.message).toMatch(
      /asks 2 todo\(s\) the block does not have word for word/,
    );
  });

  it('removes a statements block whose section now has only todos, flagging each fact', () => {
    const existing = synthetic({ ...base, 'overview/goals.todo': ['todo: Say more.'] });
    const { 'overview/goals': _gone, ...rest } = base;
    const fresh = synthetic(
      { ...rest, 'overview/goals.todo': ['todo: State the goals.'] },
      { commit: 'bbbbbbbbbbbb' },
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(
      '### Goals\n\ntodo: Not found again in the repository at bbbbbbbbbbbb: "Goal one." (it cited README.md:1). Check whether it still holds, then delete this line.\n<!-- selfassess:begin overview/goals.todo ',
    );
    expect(report.removed.map((r) => r.id)).toEqual(['overview/goals']);
    expect(report.flagged.map((f) => f.text)).toEqual(['Goal one.']);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('inserts a new statements block right before its section todo block, after the human text there', () => {
    const existing = synthetic({
      ...base,
      'secure-development-practices/communication-channels.todo': ['todo: List channels.'],
    }).replace('### Communication Channels\n\n', '### Communication Channels\n\nWe talk on the forum.\n');
    const channels = ['* Slack #demo.', '  reference: README.md:9'];
    const fresh = synthetic({
      ...base,
      'secure-development-practices/communication-channels': channels,
      'secure-development-practices/communication-channels.todo': ['todo: List channels.'],
    });
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(
      [
        'We talk on the forum.',
        '',
        ...generatedBlock('secure-development-practices/communication-channels', channels),
        '',
        generatedBlock('secure-development-practices/communication-channels.todo', [
          'todo: List channels.',
        ])[0],
      ].join('\n'),
    );
    expect(report.added.map((a) => a.id)).toEqual(['secure-development-practices/communication-channels']);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('adds a section new to the draft as its statements block then its todo block', () => {
    const fresh = synthetic({
      ...base,
      'secure-development-practices/communication-channels': ['* Slack #demo.'],
      'secure-development-practices/communication-channels.todo': ['todo: List channels.'],
    });
    const { text, report } = updateDraft(synthetic(base), fresh);
    expect(text).toBe(fresh);
    expect(report.added.map((a) => a.id)).toEqual([
      'secure-development-practices/communication-channels',
      'secure-development-practices/communication-channels.todo',
    ]);
    const lines = text.split('\n');
    for (const a of report.added) expect(lines[a.line - 1]).toMatch(`selfassess:begin ${a.id} `);
  });

  it('adds a todo block again after its untouched statements block when the human deleted it', () => {
    const fresh = synthetic({ ...base, 'overview/goals.todo': ['todo: Complete this section.'] });
    const { text, report } = updateDraft(synthetic(base), fresh);
    expect(text).toBe(fresh);
    expect(report.refreshed.map((r) => r.id)).toEqual(['overview/goals']);
  });

  it('refuses a document without block markers (a hand-written assessment)', () => {
    expect(() => updateDraft('# Self-assessment\n\nWritten by hand.\n', synthetic(base))).toThrow(UserError);
    expect(() => updateDraft('', synthetic(base))).toThrow(/selfassess lint/);
  });
});

describe('cells a human filled in a generated table', () => {
  const table = (provider: string, languages: string) => [
    '| | |',
    '| -- | -- |',
    '| Assessment Stage | Incomplete |',
    `| Security Provider | ${provider} |`,
    `| Languages | ${languages} |`,
    '| SBOM | ? |',
    '',
    'reference: go.mod:1',
  ];
  const draftWith = (metadata: string[], commit?: string) =>
    synthetic(
      { metadata, 'metadata.todo': ['todo: Security Provider: write Yes or No.'] },
      commit ? { commit } : {},
    );

  it('refreshes the rest of the table around the filled cells, and again idempotently', () => {
    const existing = draftWith(table('?', 'Go (93%)'))
      .replace('| Security Provider | ? |', '|Security Provider| No, a networking project |')
      .replace('| SBOM | ? |', '| SBOM | <https://example.org/sbom.json> |');
    const fresh = draftWith(table('?', 'Go (95%)'), 'bbbbbbbbbbbb');
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(
      '|Security Provider| No, a networking project |\n| Languages | Go (95%) |\n| SBOM | <https://example.org/sbom.json> |',
    );
    expect(text).toContain(generatedBlock('metadata', table('?', 'Go (95%)'))[0]);
    expect(report.refreshed.find((r) => r.id === 'metadata')?.keptCells).toEqual([
      'Security Provider',
      'SBOM',
    ]);
    expect(report.keptEdited).toEqual([]);
    const again = updateDraft(text, fresh);
    expect(again.text).toBe(text);
    expect(again.report.unchanged.map((u) => u.id)).toContain('metadata');
  });

  it('keeps the table as the human left it when anything else changed, or the evidence now fills the cell', () => {
    const filled = draftWith(table('?', 'Go (93%)')).replace(
      '| Security Provider | ? |',
      '| Security Provider | No |',
    );
    const alsoEdited = filled.replace('| Languages | Go (93%) |', '| Languages | Go |');
    const fresh = draftWith(table('?', 'Go (95%)'));
    expect(updateDraft(alsoEdited, fresh).report.keptEdited.map((k) => k.id)).toEqual(['metadata']);
    expect(updateDraft(alsoEdited, fresh).text).toContain('| Languages | Go |');
    const answered = draftWith(table('Yes (declared by the maintainers)', 'Go (95%)'));
    const { text, report } = updateDraft(filled, answered);
    expect(report.keptEdited.map((k) => k.id)).toEqual(['metadata']);
    expect(text).toContain('| Security Provider | No |\n| Languages | Go (93%) |');
  });

  it('never takes a row with another key, or with more cells, for a filled cell', () => {
    const fresh = draftWith(table('?', 'Go (95%)'));
    for (const row of [
      '| Security provider | No |',
      '| Security Provider | No | really |',
      '| Security Provider |',
    ]) {
      const existing = draftWith(table('?', 'Go (93%)')).replace('| Security Provider | ? |', row);
      const { text, report } = updateDraft(existing, fresh);
      expect(report.keptEdited.map((k) => k.id)).toEqual(['metadata']);
      expect(text).toContain(`${row}\n| Languages | Go (93%) |`);
    }
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
