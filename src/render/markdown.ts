// Renders an assessment in the community's draft format (docs/draft-format.md): the template's headings,
// statements with their `reference:` lines, `todo:` lines, and every generated part between block markers
// that carry a hash of their content, so `draft --update` can tell generated text from a human's edits.
import { createHash } from 'node:crypto';
import type { Assessment, Block, Citation, SectionContent } from '../assessment/build.js';
import { TEMPLATE_SECTIONS } from '../template/sections.js';
import { referenceText } from './wording.js';

export const DRAFT_FORMAT_VERSION = 1;

/** The 12-hex-digit content hash a block marker carries. */
export function blockHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

export function beginMarker(id: string, content: string): string {
  return `<!-- selfassess:begin ${id} sha256=${blockHash(content)} -->`;
}

export function endMarker(id: string): string {
  return `<!-- selfassess:end ${id} -->`;
}

/** Wraps generated lines in begin/end markers. */
export function generatedBlock(id: string, lines: readonly string[]): string[] {
  const content = lines.join('\n');
  return [beginMarker(id, content), ...lines, endMarker(id)];
}

export function renderDraft(assessment: Assessment): string {
  const { snapshot } = assessment.evidence;
  const out: string[] = [`# Self-assessment for ${escapeInline(assessment.project)}`, ''];
  const from = snapshot.url ?? snapshot.source;
  const at = snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : '';
  out.push(
    `<!-- selfassess:draft v${DRAFT_FORMAT_VERSION} generated ${snapshot.generatedAt.slice(0, 10)} from ${commentSafe(from)}${at} -->`,
  );
  const skipped = assessment.evidence.unknowns.filter((u) => u.reason === 'skipped');
  if (skipped.length > 0) {
    const names = skipped.slice(0, 10).map((u) => `${u.lookedIn[0] ?? u.id} (${u.detail ?? 'skipped'})`);
    const more = skipped.length > 10 ? ` and ${skipped.length - 10} more` : '';
    out.push(
      `<!-- selfassess:note ${skipped.length} files not read: ${commentSafe(names.join('; '))}${more} -->`,
    );
  }
  out.push('', '## Table of contents', '', ...generatedBlock('table-of-contents', tableOfContents()), '');
  for (const content of assessment.sections) out.push(...renderSection(content), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function tableOfContents(): string[] {
  return TEMPLATE_SECTIONS.map((s) => `${s.level === 3 ? '  ' : ''}* [${s.title}](#${s.anchor})`);
}

function renderSection(content: SectionContent): string[] {
  const { section, blocks } = content;
  const heading = `${'#'.repeat(section.level)} ${section.title}`;
  const body = blocks.flatMap(renderBlock);
  if (body.length === 0) return [heading];
  // No blank lines at the block's edges: the markers sit right against the content.
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  while (body.length > 0 && body[0] === '') body.shift();
  return [heading, '', ...generatedBlock(section.id, body)];
}

function referenceLines(
  refs: readonly Citation[],
  indent: string,
  skipUrls: readonly string[] = [],
): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const ref of refs) {
    const text = 'basis' in ref ? ref.basis : referenceText(ref);
    if (seen.has(text) || skipUrls.some((u) => u.includes(text))) continue;
    seen.add(text);
    lines.push(`${indent}reference: ${text}`);
  }
  return lines;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'statement':
      return [`* ${block.text}`, ...referenceLines(block.refs, '  ')];
    case 'text':
      return [block.text, ''];
    case 'todo':
      return [`todo: ${block.text}`];
    case 'topic':
      return ['', `**${escapeInline(block.text)}**`, ''];
    case 'table': {
      const header = block.header.every((h) => h === '')
        ? '| | |'
        : `| ${block.header.map(escapeCell).join(' | ')} |`;
      const lines = [header, '| -- | -- |'];
      const refs: string[] = [];
      for (const row of block.rows) {
        lines.push(`| ${row.cells.map(escapeCell).join(' | ')} |`);
        refs.push(...referenceLines(row.refs, '', row.cells));
      }
      // A blank line ends the table; reference lines after it are not table rows.
      return [...lines, '', ...new Set(refs), ...(refs.length ? [''] : [])];
    }
  }
}

/** Text from a repository must not break the table or open HTML. */
function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function escapeInline(s: string): string {
  return s.replace(/[<>]/g, '');
}

/** Text inside an HTML comment must not close it. */
function commentSafe(s: string): string {
  return s.replace(/--+>?/g, '-').replace(/[\r\n]/g, ' ');
}
