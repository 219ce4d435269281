import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { type MergeResult, mergeDraft } from '../../src/merge.js';

// A draft with every trap docs/draft-format.md names, written line by line so that each byte is visible.
const DRAFT_LINES = [
  '# Self-assessment for Example', // 1
  '', // 2
  '<!-- selfassess:draft v1 generated 2026-11-25 from https://github.com/example/example at b1b07fd825fc -->', // 3
  '', // 4
  '## Metadata', // 5
  '', // 6
  '<!-- selfassess:begin metadata sha256=3f2a9c0d1e4b -->', // 7
  '| | |', // 8
  '| -- | -- |', // 9
  '| Assessment Stage | Incomplete |', // 10
  '| Software | <https://github.com/example/example> |', // 11
  '| Notes | a cell that says reference: x stays |', // 12
  '', // 13
  'reference: https://github.com/example/example/blob/b1b07fd825fc/go.mod#L1', // 14
  'todo: Security Provider: write Yes or No. See SECURITY.md.', // 15
  '<!-- selfassess:end metadata -->', // 16
  '', // 17
  '### Security links', // 18
  '<!-- selfassess:begin metadata/security-links sha256=0123456789ab -->', // 19
  '* Security policy: SECURITY.md  ', // 20 (trailing spaces stay)
  '  reference: SECURITY.md:1', // 21
  '* Contributing: CONTRIBUTING.md', // 22
  '  reference: CONTRIBUTING.md:3', // 23
  '  todo: Say who reviews.   ', // 24
  '* Build: a step with an example', // 25
  '  ```yaml', // 26
  '  reference: inside a fence in a list', // 27
  '  todo: inside a fence too', // 28
  '  ```', // 29
  '  reference: after the fence, in the item', // 30
  '  * Nested: deeper', // 31
  '    reference: nested.md:2', // 32 (4 spaces, but a lazy line, not code)
  '<!-- selfassess:end metadata/security-links -->', // 33
  '   ', // 34 (a blank line of spaces stays)
  'The reference: field is kept, and so is this line.', // 35
  'references: plural is prose.', // 36
  'Reference: capitalised is prose.', // 37
  'A todo: mid-line is prose.', // 38
  '', // 39
  '~~~~ text', // 40
  'reference: inside a tilde fence', // 41
  '```', // 42
  'todo: still inside', // 43
  '~~~~', // 44
  '', // 45
  '    reference: x', // 46 (indented code)
  '', // 47
  '<!--', // 48
  'reference: inside a multi-line comment', // 49
  '-->', // 50
  '', // 51
  '<details>', // 52
  'reference: inside details', // 53
  '</details>', // 54
  '', // 55
  '  <!-- selfassess:end trailing -->  ', // 56 (a marker with blanks around it)
  'Last line.', // 57
];

const MERGED_LINES = [
  '# Self-assessment for Example',
  '',
  '',
  '## Metadata',
  '',
  '| | |',
  '| -- | -- |',
  '| Assessment Stage | Incomplete |',
  '| Software | <https://github.com/example/example> |',
  '| Notes | a cell that says reference: x stays |',
  '',
  '',
  '### Security links',
  '* Security policy: SECURITY.md  ',
  '* Contributing: CONTRIBUTING.md',
  '* Build: a step with an example',
  '  ```yaml',
  '  reference: inside a fence in a list',
  '  todo: inside a fence too',
  '  ```',
  '  * Nested: deeper',
  '   ',
  'The reference: field is kept, and so is this line.',
  'references: plural is prose.',
  'Reference: capitalised is prose.',
  'A todo: mid-line is prose.',
  '',
  '~~~~ text',
  'reference: inside a tilde fence',
  '```',
  'todo: still inside',
  '~~~~',
  '',
  '    reference: x',
  '',
  '<!--',
  'reference: inside a multi-line comment',
  '-->',
  '',
  '<details>',
  'reference: inside details',
  '</details>',
  '',
  'Last line.',
];

const DRAFT = `${DRAFT_LINES.join('\n')}\n`;
const MERGED = `${MERGED_LINES.join('\n')}\n`;
const TODOS = [
  { line: 15, text: 'todo: Security Provider: write Yes or No. See SECURITY.md.' },
  { line: 24, text: 'todo: Say who reviews.' },
];

const allow = { allowTodo: true };
const refuse = { allowTodo: false };

describe('mergeDraft: golden', () => {
  it('removes exactly the reference, todo and marker lines outside code, byte for byte', () => {
    const result = mergeDraft(DRAFT, allow);
    expect(result.text).toBe(MERGED);
    expect(result.removed).toEqual({ references: 5, todos: 2, markers: 6 });
    expect(result.remainingTodos).toEqual(TODOS);
  });

  it('keeps CRLF line endings, a removed line taking its own with it', () => {
    const result = mergeDraft(DRAFT.replaceAll('\n', '\r\n'), allow);
    expect(result.text).toBe(MERGED.replaceAll('\n', '\r\n'));
    expect(result.remainingTodos).toEqual(TODOS);
  });

  it('keeps mixed line endings as they are', () => {
    const draft = 'a\r\nreference: x\nb\rtodo: y\r\n<!-- selfassess:end z -->\nc';
    expect(mergeDraft(draft, allow).text).toBe('a\r\nb\rc');
  });

  it('leaves no trailing newline when the input had none, also when its last line is removed', () => {
    const withoutNewline = DRAFT.slice(0, -1);
    expect(mergeDraft(withoutNewline, allow).text).toBe(MERGED.slice(0, -1));
    const endingInReference = `${withoutNewline}\n  reference: last.md:1`;
    expect(mergeDraft(endingInReference, allow).text).toBe(MERGED.slice(0, -1));
    const crlf = `${withoutNewline}\nreference: last.md:1`.replaceAll('\n', '\r\n');
    expect(mergeDraft(crlf, allow).text).toBe(MERGED.slice(0, -1).replaceAll('\n', '\r\n'));
  });

  it('turns a document of tool lines only into the empty document', () => {
    expect(mergeDraft('reference: a\ntodo: b\n<!-- selfassess:x -->\n', allow).text).toBe('');
    expect(mergeDraft('reference: a', allow).text).toBe('');
    expect(mergeDraft('', allow)).toEqual({
      text: '',
      remainingTodos: [],
      removed: { references: 0, todos: 0, markers: 0 },
    });
  });

  it('matches lower-case `reference:`/`todo:` at the start only, and markers that are the whole line', () => {
    const draft = [
      'Reference: a',
      'REFERENCE: b',
      'Todo: c',
      'references: d',
      'todos: e',
      '\treference: tab-indented, lazy',
      'x reference: f',
      '<!-- selfassess:begin a --> trailing text',
      '<!-- selfassess:a --> <!-- selfassess:b -->',
      '<!-- other comment -->',
      '<!--selfassess:tight-->',
      '> reference: in a block quote is prose',
      '',
    ].join('\n');
    const result = mergeDraft(draft, allow);
    expect(result.text).toBe(
      [
        'Reference: a',
        'REFERENCE: b',
        'Todo: c',
        'references: d',
        'todos: e',
        'x reference: f',
        '<!-- selfassess:begin a --> trailing text',
        '<!-- selfassess:a --> <!-- selfassess:b -->',
        '<!-- other comment -->',
        '> reference: in a block quote is prose',
        '',
      ].join('\n'),
    );
    expect(result.removed).toEqual({ references: 1, todos: 0, markers: 1 });
  });
});

describe('mergeDraft: code blocks and lazy lines', () => {
  it('keeps a reference line under a list item when the parser says it is indented code', () => {
    // After a blank line, 6 spaces under `- ` are 4 past the item's content: indented code in the item.
    const draft = '- item\n\n      reference: code in the item\n  reference: paragraph in the item\n';
    expect(mergeDraft(draft, allow).text).toBe('- item\n\n      reference: code in the item\n');
  });

  it('removes a deeply indented reference line that is a lazy paragraph continuation', () => {
    const draft = '* a\n        reference: lazy\n1.  b\n\n    reference: item paragraph\n';
    expect(mergeDraft(draft, allow).text).toBe('* a\n1.  b\n\n');
  });

  it('keeps an indented line after a table as code, as GFM parses it', () => {
    expect(mergeDraft('a\n:-:\n    reference: x\n', allow).text).toBe('a\n:-:\n    reference: x\n');
    expect(mergeDraft('| a |\n| - |\n    reference: x\n', allow).text).toBe(
      '| a |\n| - |\n    reference: x\n',
    );
    expect(mergeDraft('a\n\n    reference: x\n', allow).text).toBe('a\n\n    reference: x\n');
    expect(mergeDraft('a\n    reference: x\n', allow).text).toBe('a\n');
  });

  it('keeps lines in fences of any length, with info strings, in block quotes and footnotes', () => {
    const draft = [
      '`````md',
      '```',
      'reference: still in the five-backtick fence',
      '```',
      '`````',
      '> ```',
      '> reference: quoted code is not a candidate anyway',
      'reference: lazy? no: a fence is not a paragraph, so this ends the quote',
      '[^1]: note',
      '',
      '    reference: footnote paragraph',
      '',
      '        reference: footnote code',
      '',
    ].join('\n');
    expect(mergeDraft(draft, allow).text).toBe(
      [
        '`````md',
        '```',
        'reference: still in the five-backtick fence',
        '```',
        '`````',
        '> ```',
        '> reference: quoted code is not a candidate anyway',
        '[^1]: note',
        '',
        '',
        '        reference: footnote code',
        '',
      ].join('\n'),
    );
  });

  it('treats a backtick line with a backtick in its info string as prose, not a fence', () => {
    expect(mergeDraft('```a`b\nreference: x\n', allow).text).toBe('```a`b\n');
  });

  it('keeps a line inside inline HTML that spans lines, as inside an HTML block', () => {
    const draft =
      'Prose with a comment <!-- a note\nreference: quoted in the note\n-->\nreference: after it\n';
    expect(mergeDraft(draft, allow).text).toBe(
      'Prose with a comment <!-- a note\nreference: quoted in the note\n-->\n',
    );
    // Inside a code span it is no HTML.
    expect(mergeDraft('`<!--` and\nreference: x\n', allow).text).toBe('`<!--` and\n');
  });

  it('keeps indented code that follows a marker in a list item, or a skipped fence', () => {
    // The marker interrupts the item's paragraph (an HTML block), so the next line can be indented code.
    expect(mergeDraft('1. item\n    <!-- selfassess:x -->\n        reference: r\n', allow).text).toBe(
      '1. item\n        reference: r\n',
    );
    const afterComment = '<!--\n\nx -->\n    reference: code after the comment\n';
    expect(mergeDraft(afterComment, allow).text).toBe(afterComment);
  });

  it('reads a byte order mark mid-document as text, as the whole document parses it', () => {
    expect(mergeDraft('```\n```\n\uFEFF```\n    reference: x\n', allow).text).toBe('```\n```\n\uFEFF```\n');
    expect(mergeDraft('\uFEFF```\nreference: x\n', allow).text).toBe('\uFEFF```\nreference: x\n');
  });

  it('keeps HTML blocks of every kind that span lines, and removes a marker that is its own block', () => {
    const draft = [
      '<pre>',
      'reference: in pre',
      '',
      'todo: still in pre',
      '</pre>',
      '<div>',
      'reference: in div',
      '## not a heading, still in the div',
      '',
      'reference: after the div',
      '<!-- selfassess:begin x -->',
      '',
    ].join('\n');
    const result = mergeDraft(draft, refuse);
    expect(result.text).toBe(draft.replace('reference: after the div\n<!-- selfassess:begin x -->\n', ''));
    expect(result.remainingTodos).toEqual([]);
  });
});

describe('mergeDraft: todos', () => {
  it('lists remaining todos with their line numbers and keeps them when not allowed', () => {
    const result = mergeDraft(DRAFT, refuse);
    expect(result.remainingTodos).toEqual(TODOS);
    expect(result.removed).toEqual({ references: 5, todos: 0, markers: 6 });
    const expected = [...MERGED_LINES];
    expected.splice(11, 0, DRAFT_LINES[14] as string); // after the metadata table's blank line
    expected.splice(16, 0, DRAFT_LINES[23] as string); // under `* Contributing`
    expect(result.text).toBe(`${expected.join('\n')}\n`);
  });

  it('removes them with allowTodo, and reports the same list', () => {
    const result = mergeDraft(DRAFT, allow);
    expect(result.remainingTodos).toEqual(TODOS);
    expect(result.text).not.toContain('Security Provider');
    expect(result.text).not.toContain('Say who reviews');
    expect(result.removed.todos).toBe(2);
  });

  it('reports no todo inside code', () => {
    expect(mergeDraft('```\ntodo: x\n```\n\n    todo: y\n', refuse).remainingTodos).toEqual([]);
  });

  it('counts lines as CommonMark does, a lone CR ending a line too', () => {
    const result = mergeDraft('a\r\nb\rc\ntodo: here', refuse);
    expect(result.remainingTodos).toEqual([{ line: 4, text: 'todo: here' }]);
  });
});

describe('mergeDraft: idempotence', () => {
  it('changes nothing in a merged document', () => {
    const once = mergeDraft(DRAFT, allow).text;
    const twice = mergeDraft(once, allow);
    expect(twice.text).toBe(once);
    expect(twice.removed).toEqual({ references: 0, todos: 0, markers: 0 });
    const crlf = mergeDraft(DRAFT.replaceAll('\n', '\r\n').slice(0, -2), allow).text;
    expect(mergeDraft(crlf, allow).text).toBe(crlf);
  });
});

// Human lines: anything but a line ending, and none of the characters that open code or HTML (` ~ <), so
// that no generated line can fall inside a code block; never starting like a tool line.
const HUMAN_CHARS = 'ab Z09 \t*-+>#|:[]^=_.()!&\\"\'\0\u00a0é🙂'.split('');
const TOOL_LINE = /^[ \t]*(?:reference:|todo:|<!--)/;
const humanLine = fc
  .array(fc.constantFrom(...HUMAN_CHARS, 'reference: ', 'todo: ', '1. ', '* ', '> ', '    ', 'selfassess:'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  .filter((line) => !TOOL_LINE.test(line));
const toolLine = fc.constantFrom(
  'reference: https://github.com/o/r/blob/0123456789ab/SECURITY.md#L1',
  '  reference: SECURITY.md:1',
  'reference:',
  'todo: Write who answers reports. See SECURITY.md.',
  '  todo: x',
  '<!-- selfassess:begin metadata sha256=3f2a9c0d1e4b -->',
  '<!-- selfassess:end metadata -->',
  '  <!-- selfassess:draft v1 -->\t',
);
const eol = fc.constantFrom('\n', '\r\n');

describe('mergeDraft: properties', () => {
  it('removes exactly the generated tool lines from any interleaving with human lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            humanLine.map((text) => ({ text, tool: false })),
            toolLine.map((text) => ({ text, tool: true })),
          ),
          { maxLength: 60 },
        ),
        eol,
        fc.boolean(),
        (lines, ending, finalNewline) => {
          const join = (texts: string[]) =>
            texts.length === 0 ? '' : texts.join(ending) + (finalNewline ? ending : '');
          const draft = join(lines.map((l) => l.text));
          const expected = join(lines.filter((l) => !l.tool).map((l) => l.text));
          const result = mergeDraft(draft, allow);
          expect(result.text).toBe(expected);
          expect(mergeDraft(result.text, allow).text).toBe(result.text);
          const todoLines = lines.flatMap((l, i) =>
            l.tool && l.text.trim().startsWith('todo:') ? [i + 1] : [],
          );
          expect(result.remainingTodos.map((t) => t.line)).toEqual(todoLines);
          expect(mergeDraft(draft, refuse).remainingTodos).toEqual(result.remainingTodos);
        },
      ),
      { numRuns: 500 },
    );
  });

  // The implementation parses pieces of the document, skips fences by their closing rule and leaves out
  // inline constructs; this checks all of that against the obvious implementation: one GFM parse of the
  // whole document (src/markdown/parse.ts) and the rules of docs/draft-format.md read off its tree.
  it('agrees with merging by one parse of the whole document', () => {
    const fragment = fc.constantFrom(
      '',
      '   ',
      '    ',
      '\t',
      'text',
      'reference: r',
      '  reference: r2',
      '    reference: r4',
      '      reference: r6',
      '\treference: rt',
      'todo: t',
      '    todo: t4',
      '<!-- selfassess:begin b sha256=0 -->',
      '  <!-- selfassess:end b -->',
      '```',
      '```js',
      '````',
      '  ```',
      '    ```',
      '```a`b',
      '~~~',
      '~~~~ info',
      '* item',
      '- item',
      '1. item',
      '  * nested',
      '*',
      '> quote',
      '> ```',
      '>     code',
      '* ```',
      '# Heading',
      '## H',
      '#nospace',
      '===',
      '---',
      '| a | b |',
      '|---|---|',
      ':-:',
      '[^1]: note',
      '[a]: /url',
      '<!--',
      '-->',
      '<!-- closed -->',
      '<!-->',
      '<div>',
      '</div>',
      '<pre>',
      '</pre>',
      '<?php',
      '?>',
      '<!DOCTYPE',
      '<![CDATA[',
      ']]>',
      '<span>',
      '<b>inline</b> text',
      '\uFEFF```',
      'a\0b',
      '`<!--`',
      'a <!-- note',
      'text <span title="x',
      'y">',
      '[a](<!--',
      'reference: x <!--',
      'todo: y -->',
      '  -->',
      '1. item',
      '    <!-- selfassess:x -->',
      '        reference: r8',
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        eol,
        fc.boolean(),
        fc.boolean(),
        (lines, ending, finalNewline, allowTodo) => {
          const draft = lines.join(ending) + (finalNewline && lines.length > 0 ? ending : '');
          expect(mergeDraft(draft, { allowTodo })).toEqual(mergeByWholeParse(draft, allowTodo));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('mergeDraft: hostile input', () => {
  it('runs an unterminated fence to the end of the document, keeping every line after it', () => {
    const draft =
      '# T\n\nreference: before\n\n```\nreference: a\n\ntodo: b\n\n<!-- selfassess:end x -->\n\n## H\n';
    const result = mergeDraft(draft, refuse);
    expect(result.text).toBe(draft.replace('reference: before\n', ''));
    expect(result.remainingTodos).toEqual([]);
    const comment = '<!--\n\nreference: a\n\ntodo: b\n';
    expect(mergeDraft(comment, allow).text).toBe(comment);
  });

  it('never throws, on NUL bytes, lone CRs, deep nesting, huge and odd inputs', () => {
    const inputs = [
      '\0',
      '\0reference: x\nreference: \0\ntodo:\0\n',
      '\r\r\r',
      '\uFEFF',
      '\uFEFFreference: x\n',
      '\uFEFF```\nreference: x',
      `${'> '.repeat(50_000)}\`\`\`\nreference: x\n`,
      `${'> * '.repeat(20_000)}<b>\nreference: x\n`,
      '['.repeat(100_000),
      '*a '.repeat(100_000),
      '```\n\nreference: x\n\n'.repeat(20_000),
      '<div>\nreference: x\n## h\n'.repeat(20_000),
      '* <b>x</b> item\n  reference: y\n'.repeat(20_000),
      'reference: x\n'.repeat(100_000),
      '\ud800reference:\udfff\n<!-- selfassess:\ud800 -->',
    ];
    for (const input of inputs) {
      const result = mergeDraft(input, allow);
      expect(typeof result.text).toBe('string');
      expect(result.text.length).toBeLessThanOrEqual(input.length);
    }
    expect(mergeDraft(undefined as unknown as string, allow).text).toBe('');
  });

  it('keeps a chunk it cannot parse whole rather than guess', () => {
    // 2,000 nested block quotes around HTML: the parser's time grows with the square of the nesting (and its
    // stack overflows), so this chunk is kept whole; the next one, after a blank line, is merged as usual.
    const quoted = `${'> '.repeat(2_000)}<b>a</b>\nreference: x\n\n`;
    expect(mergeDraft(`${quoted}reference: y\n`, allow).text).toBe(quoted);
    // Without anything that could open code, no parse is needed and depth does not matter.
    expect(mergeDraft(`${'> '.repeat(2_000)}a\nreference: x\n`, allow).text).toBe(`${'> '.repeat(2_000)}a\n`);
  });

  it('stops parsing past its budget, keeping whole what it did not parse', () => {
    // Each chunk needs the parser (is the indented line code? only a parse of the line before can tell).
    const chunk = '`a`\n    reference: y\n\n';
    const draft = chunk.repeat(20_000); // 440 KB, past the 256 KB budget
    const result = mergeDraft(draft, allow);
    expect(result.text.startsWith('`a`\n\n`a`\n\n')).toBe(true);
    expect(result.text.endsWith(chunk.repeat(2))).toBe(true);
    expect(result.removed.references).toBeGreaterThan(10_000);
    expect(result.removed.references).toBeLessThan(20_000);
  });

  // Its speed (60-180 ms here) is measured outside the test suite: performance goals live in benchmarks.
  it('merges a 1 MB draft', () => {
    const draft = megabyteDraft();
    expect(draft.length).toBeGreaterThan(1_000_000);
    const result = mergeDraft(draft, allow);
    expect(result.removed.references).toBeGreaterThan(4_000);
    expect(result.text).not.toMatch(/^ *reference: https/m);
  });
});

/** A draft as `selfassess draft` writes it, with human prose, code and HTML, repeated to past 1 MB. */
function megabyteDraft(): string {
  const parts = ['# Self-assessment for Example\n\n<!-- selfassess:draft v1 generated 2026-11-25 -->\n\n'];
  let length = 0;
  for (let n = 1; length < 1_000_000; n++) {
    const section = [
      `## Section ${n}`,
      '',
      `<!-- selfassess:begin section-${n} sha256=3f2a9c0d1e4b -->`,
      '| | |',
      '| -- | -- |',
      `| Software | <https://github.com/example/example> |`,
      '',
      `reference: https://github.com/example/example/blob/0123456789ab/go.mod#L${n}`,
      'todo: Security Provider: write Yes or No.',
      `<!-- selfassess:end section-${n} -->`,
      '',
      `### Links ${n}`,
      `<!-- selfassess:begin links-${n} sha256=abcdef012345 -->`,
      '* Security policy: [SECURITY.md](https://github.com/example/example/blob/main/SECURITY.md)',
      `  reference: https://github.com/example/example/blob/0123456789ab/SECURITY.md#L${n}`,
      '  * Nested detail',
      `    reference: CONTRIBUTING.md:${n}`,
      `<!-- selfassess:end links-${n} -->`,
      '',
      ...(n % 5 === 0
        ? ['```yaml', 'reference: kept', '```', '', '<details>', 'reference: kept', '</details>', '']
        : []),
      'Human prose with a <https://example.com> link, *emphasis* and `code`.',
      '',
      '',
    ].join('\n');
    parts.push(section);
    length += section.length;
  }
  return parts.join('');
}

/** docs/draft-format.md § merge, read off one parse of the whole document. */
function mergeByWholeParse(draft: string, allowTodo: boolean): MergeResult {
  const lines = draft.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const code = new Set<number>();
  const stack: Nodes[] = [parseMarkdown('draft.md', draft).tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      const { start, end } = node.position;
      const last = end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
      if (node.type === 'html' && last === start.line) continue;
      for (let line = start.line; line <= last; line++) code.add(line);
    } else if ('children' in node) {
      stack.push(...(node.children as Nodes[]));
    }
  }
  const removed = { references: 0, todos: 0, markers: 0 };
  const remainingTodos: MergeResult['remainingTodos'] = [];
  const kept: string[] = [];
  let lastRemoved = false;
  lines.forEach((line, index) => {
    const content = line.replace(/[\r\n]+$/, '');
    let remove = false;
    if (!code.has(index + 1)) {
      if (/^[ \t]*reference:/.test(content)) {
        remove = true;
        removed.references++;
      } else if (/^[ \t]*<!--[ \t]*selfassess:(?:(?!-->).)*-->[ \t]*$/s.test(content)) {
        remove = true;
        removed.markers++;
      } else if (/^[ \t]*todo:/.test(content)) {
        remainingTodos.push({ line: index + 1, text: content.trim() });
        if (allowTodo) {
          remove = true;
          removed.todos++;
        }
      }
    }
    if (!remove) kept.push(line);
    lastRemoved = remove;
  });
  const finalNewline = /[\r\n]$/.test(draft);
  if (lastRemoved && !finalNewline && kept.length > 0) {
    kept.push((kept.pop() as string).replace(/(?:\r\n|\r|\n)$/, ''));
  }
  return { text: kept.join(''), remainingTodos, removed };
}
