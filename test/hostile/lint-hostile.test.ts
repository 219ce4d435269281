// Hostile documents: lint reads them without crashing and in bounded time (the Markdown parser bounds the
// shapes micromark is slow on). No timings are asserted; a hang fails through vitest's own timeout.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint.js';
import { completeAssessment } from '../unit/lint-fixture.js';

describe('lint on hostile documents', () => {
  it('reads a 1 MB single-line file', () => {
    const report = lintText('big.md', `# T ${'a'.repeat(1024 * 1024)}`);
    expect(report.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['missing-section', 'document-too-large']),
    );
  });

  it('reads a binary file', () => {
    const bytes = Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256));
    const report = lintText('bin.md', bytes.toString('utf8'));
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('reads lists nested 600 deep and long quote chains', () => {
    const nested = Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const quotes = `${'>'.repeat(5000)} deep`;
    const report = lintText('deep.md', `${completeAssessment()}\n${nested}\n\n${quotes}\n`);
    expect(report.findings).toEqual([]);
  });

  it('reads thousands of headings and thousands of anchor links', () => {
    const headings = Array.from(
      { length: 2000 },
      (_, i) => `## Heading ${i}\n\n[x](#heading-${i}) [y](#nope-${i})\n`,
    ).join('\n');
    const report = lintText('many.md', headings);
    const broken = report.findings.filter((f) => f.ruleId === 'toc-broken-anchor');
    expect(broken).toHaveLength(2000);
  });

  it('reads CRLF, a BOM, lone CRs and NUL bytes without moving lines', () => {
    const text = `\uFEFF${completeAssessment().replace('| Security Provider | No |', '| Security Provider | Maybe |').replace(/\n/g, '\r\n')}\r\n\0\r`;
    const f = lintText('crlf.md', text).findings;
    expect(f.map((x) => x.ruleId)).toEqual(['metadata-security-provider']);
    const line =
      text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .findIndex((l) => l.includes('Maybe')) + 1;
    expect(f[0]?.line).toBe(line);
  });

  it('reads template phrases repeated thousands of times, reporting a bounded number', () => {
    const text = `${completeAssessment()}\n${'Flibble [project] Flibble.\n'.repeat(20000)}`;
    const f = lintText('rep.md', text).findings.filter((x) => x.ruleId === 'template-leftover');
    expect(f.length).toBeLessThanOrEqual(10);
    expect(f.length).toBeGreaterThan(0);
  });

  it('reads only the first 512 KiB of a larger file, and says so', () => {
    const text = `${completeAssessment()}\n${'Flibble.\n'.repeat(100_000)}`;
    const report = lintText('huge.md', text);
    const note = report.findings.find((f) => f.ruleId === 'document-too-large');
    expect(note?.severity).toBe('note');
    expect(note?.message).toMatch(
      /^only the first 512 KiB were checked; \d+ characters after line \d+ were not read$/,
    );
  });

  it('reads an unterminated HTML table and comment', () => {
    const text = completeAssessment().replace(
      '## Overview',
      '<table><tr><td>Assessment Stage<td>\n<!-- never closed\n## Overview',
    );
    expect(() => lintText('html.md', text)).not.toThrow();
  });
});
