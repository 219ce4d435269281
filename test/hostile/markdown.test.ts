// Shapes on which micromark is quadratic or worse; parseMarkdown bounds them while keeping every line
// where it was, so references stay right.
import { describe, expect, it } from 'vitest';
import { boundForParsing, markdownHeadings, markdownLinks, parseMarkdown } from '../../src/markdown/parse.js';

const SHAPES: [string, string][] = [
  ['a paragraph of 60,000 lines', 'ab\n'.repeat(60_000)],
  ['a list nested 1,000 deep', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
  ['blockquotes nested 10,000 deep', `${'> '.repeat(10_000)}x`],
  ['100,000 open brackets', '['.repeat(100_000)],
  ['30,000 emphasis openers', '*a'.repeat(30_000)],
];

describe('parseMarkdown on hostile shapes', () => {
  it.each(SHAPES)('parses %s without a crash and in bounded time', (_name, text) => {
    const started = Date.now();
    const doc = parseMarkdown('x.md', `# Title\n\n${text}\n\n[link](https://example.org)\n`);
    expect(markdownHeadings(doc)[0]).toMatchObject({ text: 'Title', line: 1 });
    expect(markdownLinks(doc).at(-1)?.url).toBe('https://example.org');
    // A guard against minutes of backtracking, not a speed goal.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('keeps the number of lines, so positions stay valid', () => {
    for (const [, text] of SHAPES) {
      expect(boundForParsing(text).split('\n').length).toBe(text.split('\n').length);
    }
  });

  it('leaves ordinary documents untouched', () => {
    const text = '# A\n\n> quote\n\n- item\n  - nested\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(boundForParsing(text)).toBe(text);
  });
});
