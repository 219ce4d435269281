// `draft --update` on drafts with forged or broken markers, markers in code, huge lines and odd line endings:
// it never crashes, never refreshes what it cannot pair with certainty, and leaves every other byte alone.
import { describe, expect, it } from 'vitest';
import { generatedBlock } from '../../src/render/markdown.js';
import { updateDraft } from '../../src/update.js';

const HEADER =
  '<!-- selfassess:draft v1 generated 2026-01-01 from https://github.com/demo/demo at aaaaaaaaaaaa -->';

function doc(...parts: string[][]): string {
  return `${parts.flat().join('\n')}\n`;
}

const goalsOld = generatedBlock('overview/goals', ['* Goal one.']);
const goalsNew = generatedBlock('overview/goals', ['* Goal one.', '* Goal two.']);
const pipelineOld = generatedBlock('secure-development-practices/development-pipeline', ['* CodeQL runs.']);
const pipelineNew = generatedBlock('secure-development-practices/development-pipeline', [
  '* CodeQL runs daily.',
]);

const fresh = doc(
  ['# Self-assessment for Demo', '', HEADER.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'), ''],
  ['### Goals', '', ...goalsNew, ''],
  ['### Development Pipeline', '', ...pipelineNew],
);

describe('forged and broken markers', () => {
  it('leaves a begin marker without an end as text, reports it, and does not add that block again', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', goalsOld[0] as string, '* Goal one.', ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(`### Goals\n\n${goalsOld[0]}\n* Goal one.\n\n### Development`);
    expect(text).not.toContain('Goal two');
    expect(text).toContain('* CodeQL runs daily.');
    expect(report.problems).toEqual([
      { line: 7, id: 'overview/goals', message: expect.stringContaining('has no end marker') },
    ]);
    expect(report.notAdded.map((n) => n.id)).toEqual(['overview/goals']);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('pairs nothing across a nested begin: the outer block is broken, the inner one is refreshed', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', goalsOld[0] as string, '* Goal one.'],
      ['### Development Pipeline', '', ...pipelineOld],
      [goalsOld[2] as string],
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain('* CodeQL runs daily.');
    expect(text).toContain(`${goalsOld[0]}\n* Goal one.\n`);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(
        'begin marker of overview/goals has no end marker before the next begin marker',
      ),
      expect.stringContaining('end marker of overview/goals without a begin marker'),
    ]);
  });

  it('refreshes neither of two blocks with the same id', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', ...goalsOld, '', ...goalsOld, ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(text.split('* Goal one.').length - 1).toBe(2);
    expect(text).not.toContain('Goal two');
    expect(report.problems.filter((p) => p.message.includes('more than once'))).toHaveLength(2);
  });

  it('ignores markers inside fenced code and indented code, which stay byte-for-byte', () => {
    const fenced = ['```markdown', ...goalsOld, '```'];
    const indented = goalsOld.map((l) => `    ${l}`);
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', 'An example of the format:', '', ...fenced, '', ...indented, '', ...goalsOld, ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(text).toContain(fenced.join('\n'));
    expect(text).toContain(indented.join('\n'));
    expect(text).toContain(goalsNew.join('\n'));
    expect(report.refreshed.map((r) => r.id).sort()).toEqual([
      'overview/goals',
      'secure-development-practices/development-pipeline',
    ]);
    expect(report.problems).toEqual([]);
  });

  it('treats a begin marker with a forged or missing hash as an edited block or a problem, never refreshes it', () => {
    const forged = [
      goalsOld[0]?.replace(/sha256=[0-9a-f]{12}/, 'sha256=000000000000') as string,
      ...goalsOld.slice(1),
    ];
    const noHash = [goalsOld[0]?.replace(/ sha256=[0-9a-f]{12}/, '') as string, ...goalsOld.slice(1)];
    for (const block of [forged, noHash]) {
      const existing = doc(
        ['# Self-assessment for Demo', '', HEADER, ''],
        ['### Goals', '', ...block, ''],
        ['### Development Pipeline', '', ...pipelineOld],
      );
      const { text } = updateDraft(existing, fresh);
      expect(text).toContain(block.join('\n'));
      expect(text).not.toContain('Goal two');
    }
  });

  it('handles an end marker with another id inside a block', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', goalsOld[0] as string, '<!-- selfassess:end other -->', ...goalsOld.slice(1), ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, fresh);
    expect(report.problems.map((p) => p.id)).toEqual(['other']);
    // The marker line is inside the goals block, so the block no longer hashes: kept as a human's edit.
    expect(report.keptEdited.map((k) => k.id)).toEqual(['overview/goals']);
    expect(text).toContain('<!-- selfassess:end other -->');
  });

  it('refuses a file with no begin marker at all, even with end markers and a header', () => {
    expect(() => updateDraft(doc([HEADER, '<!-- selfassess:end overview -->', 'text']), fresh)).toThrow(
      /no selfassess block markers/,
    );
    expect(() => updateDraft(doc(['```', ...goalsOld, '```']), fresh)).toThrow(/no selfassess block markers/);
  });
});

describe('todo blocks with broken or forged markers', () => {
  const goalsTodo = generatedBlock('overview/goals.todo', ['todo: State the goals.']);
  const freshWithTodos = doc(
    ['# Self-assessment for Demo', '', HEADER.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'), ''],
    [
      '### Goals',
      '',
      ...goalsNew,
      '',
      ...generatedBlock('overview/goals.todo', ['todo: State more goals.']),
      '',
    ],
    ['### Development Pipeline', '', ...pipelineNew],
  );

  it('refreshes the statements block but neither adds nor refreshes a todo block whose end marker is missing', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', ...goalsOld, '', goalsTodo[0] as string, 'todo: State the goals.', ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, freshWithTodos);
    expect(text).toContain(`${goalsNew.join('\n')}\n\n${goalsTodo[0]}\ntodo: State the goals.\n`);
    expect(text).not.toContain('State more goals');
    expect(report.notAdded.map((n) => n.id)).toEqual(['overview/goals.todo']);
    expect(updateDraft(text, freshWithTodos).text).toBe(text);
  });

  it('does not add a todo block whose statements block has broken markers', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', goalsOld[0] as string, '* Goal one.', 'todo: State the goals.', ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, freshWithTodos);
    expect(text).not.toContain('State more goals');
    expect(report.notAdded).toEqual([
      { id: 'overview/goals', reason: expect.stringContaining('broken') },
      {
        id: 'overview/goals.todo',
        reason: expect.stringContaining('markers of block overview/goals are broken'),
      },
    ]);
  });

  it('treats ids that merely look like todo blocks as blocks of their own', () => {
    const odd = generatedBlock('overview/goals.todo.todo', ['todo: odd']);
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', ...goalsOld, '', ...odd, ''],
      ['### Development Pipeline', '', ...pipelineOld],
    );
    const { text, report } = updateDraft(existing, freshWithTodos);
    // Not generated again and untouched: removed, like any todo block the fresh draft no longer asks.
    expect(report.removed.map((r) => r.id)).toEqual(['overview/goals.todo.todo']);
    expect(text).toContain(generatedBlock('overview/goals.todo', ['todo: State more goals.']).join('\n'));
    expect(updateDraft(text, freshWithTodos).text).toBe(text);
  });

  it('bounds the search for filled cells: a big table edited everywhere is simply kept as edited', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Key ${i} | ? |`);
    const table = generatedBlock('metadata', ['| | |', '| -- | -- |', ...rows]);
    const filled = table.map((l) => l.replace('| ? |', '| filled |'));
    const huge = `| Key 0 | ${'x'.repeat(1_000_000)} |`;
    const fresh = doc(['# Self-assessment for Demo', '', HEADER, '', '## Metadata', '', ...table]);
    for (const block of [filled, table.map((l) => (l === '| Key 0 | ? |' ? huge : l))]) {
      const existing = doc(['# Self-assessment for Demo', '', HEADER, '', '## Metadata', '', ...block]);
      const { text, report } = updateDraft(existing, fresh);
      expect(text).toBe(existing);
      if (block === filled) expect(report.keptEdited.map((k) => k.id)).toEqual(['metadata']);
      else expect(report.unchanged[0]?.keptCells).toEqual(['Key 0']);
    }
  });
});

describe('hostile sizes and encodings', () => {
  it('keeps a 1 MB line outside and inside blocks', () => {
    const huge = `x${'ab <!-- [ * | '.repeat(75_000)}`;
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, '', huge, ''],
      ['### Goals', '', ...goalsOld, ''],
      ['### Development Pipeline', '', pipelineOld[0] as string, huge, ...pipelineOld.slice(1)],
    );
    expect(huge.length).toBeGreaterThan(1_000_000);
    const { text, report } = updateDraft(existing, fresh);
    expect(text.split(huge).length - 1).toBe(2);
    expect(report.keptEdited.map((k) => k.id)).toEqual(['secure-development-practices/development-pipeline']);
    expect(text).toContain(goalsNew.join('\n'));
  });

  it('keeps CRLF, lone CR and mixed line endings, a byte order mark, and no final newline', () => {
    const existing = `\ufeff# Self-assessment for Demo\r\n\r\n${HEADER}\r\n\r\nHuman line with LF\nand one with CR\r### Goals\r\n\r\n${goalsOld.join('\r\n')}\r\n\r\n### Development Pipeline\r\n\r\n${pipelineOld.join('\r\n')}`;
    const { text, report } = updateDraft(existing, fresh);
    expect(text.startsWith('\ufeff# Self-assessment for Demo\r\n\r\n')).toBe(true);
    expect(text).toContain('\r\n\r\nHuman line with LF\nand one with CR\r### Goals\r\n');
    expect(text).toContain(goalsNew.join('\r\n'));
    expect(text.endsWith(`${pipelineNew.join('\r\n')}`)).toBe(true);
    expect(report.refreshed).toHaveLength(2);
    expect(updateDraft(text, fresh).text).toBe(text);
  });

  it('survives a fresh draft with no blocks: every untouched block is kept under a flag', () => {
    const existing = doc(
      ['# Self-assessment for Demo', '', HEADER, ''],
      ['### Goals', '', ...goalsOld, 'Human text right under the block.'],
    );
    const { text, report } = updateDraft(existing, '# Nothing\n');
    expect(report.gone.map((g) => g.id)).toEqual(['overview/goals']);
    expect(text).toContain('* Goal one.\n\nHuman text right under the block.\n');
    expect(text).not.toContain('selfassess:begin');
    expect(updateDraft(existing, '# Nothing\n').text).toBe(text);
  });

  it('handles ten thousand blocks', () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => generatedBlock(`custom/b${i}`, [`* item ${i}`]));
    const existing = doc(['# Self-assessment for Demo', '', HEADER, ''], ...blocks);
    const { report } = updateDraft(existing, fresh);
    expect(report.gone).toHaveLength(10_000);
  });
});
