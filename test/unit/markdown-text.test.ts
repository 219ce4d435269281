import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docSections, sentences } from '../../src/markdown/text.js';

const DOC = [
  '# Security Policy', // 1
  '', // 2
  '## Reporting', // 3
  '', // 4
  'Please report vulnerabilities to [the team](mailto:security@example.org). We', // 5
  'acknowledge reports within 3 business days. Fixes follow', // 6
  'in the next release.', // 7
  '', // 8
  '```', // 9
  'Not prose. This is code.', // 10
  '```', // 11
  '', // 12
  '- Two approvals are required.', // 13
  '', // 14
  '## Embargo', // 15
  '', // 16
  'We keep an embargo of 7 days.', // 17
].join('\n');

describe('sentences', () => {
  it('splits prose into sentences with the line each starts on and the headings above it', () => {
    const found = sentences(parseMarkdown('SECURITY.md', DOC));
    expect(found).toEqual([
      {
        text: 'Please report vulnerabilities to the team.',
        line: 5,
        headings: ['Security Policy', 'Reporting'],
      },
      {
        text: 'We acknowledge reports within 3 business days.',
        line: 5,
        headings: ['Security Policy', 'Reporting'],
      },
      { text: 'Fixes follow in the next release.', line: 6, headings: ['Security Policy', 'Reporting'] },
      { text: 'Two approvals are required.', line: 13, headings: ['Security Policy', 'Reporting'] },
      { text: 'We keep an embargo of 7 days.', line: 17, headings: ['Security Policy', 'Embargo'] },
    ]);
  });
});

describe('docSections', () => {
  it('gives each heading the lines it governs', () => {
    const sections = docSections(parseMarkdown('SECURITY.md', DOC));
    expect(sections.map((s) => [s.heading, s.line, s.endLine])).toEqual([
      ['Security Policy', 1, 17],
      ['Reporting', 3, 14],
      ['Embargo', 15, 17],
    ]);
  });
});
