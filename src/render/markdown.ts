// Renders an assessment in the community's draft format (docs/draft-format.md): the template's headings,
// statements with their `reference:` lines, `todo:` lines, and every generated part between block markers
// that carry a hash of their content, so `draft --update` can tell generated text from a human's edits.
import { createHash } from 'node:crypto';
import type { Assessment, Block, Citation, SectionContent } from '../assessment/build.js';
import { TEMPLATE_SECTIONS } from '../template/sections.js';
import { referenceText } from './wording.js';

/** v2: each section's todos sit in a block of their own (`<section-id>.todo`), after its statements block. */
export const DRAFT_FORMAT_VERSION = 2;

/** The id suffix of a section's todo block. A todo is what a human answers, in place: keeping the todos in a
 * block of their own lets the statements block above keep refreshing after the answers are written. (A dot,
 * not `#`: block ids are `[A-Za-z0-9][\w./-]*` for every parser of the format, old ones included.) */
export const TODO_BLOCK_SUFFIX = '.todo';

/** The id of the block holding section `sectionId`'s todos. */
export function todoBlockId(sectionId: string): string {
  return `${sectionId}${TODO_BLOCK_SUFFIX}`;
}

/** For a todo block's id, the id of its section's statements block; undefined for any other id. */
export function statementsBlockOf(id: string): string | undefined {
  return id.endsWith(TODO_BLOCK_SUFFIX) && id.length > TODO_BLOCK_SUFFIX.length
    ? id.slice(0, -TODO_BLOCK_SUFFIX.length)
    : undefined;
}

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
  // Statements in the section's block, its todos in a block of their own right after it (a blank line
  // between them, so that an answer written in place of a todo is a paragraph of its own, not the lazy
  // continuation of the last statement).
  const statements = trimBlankEdges(blocks.filter((b) => b.kind !== 'todo').flatMap(renderBlock));
  const todos = blocks.filter((b) => b.kind === 'todo').flatMap(renderBlock);
  const out = [heading];
  if (statements.length > 0) out.push('', ...generatedBlock(section.id, statements));
  if (todos.length > 0) out.push('', ...generatedBlock(todoBlockId(section.id), todos));
  return out;
}

/** No blank lines at a block's edges: the markers sit right against the content. */
function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
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
