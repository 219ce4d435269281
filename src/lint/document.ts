// An assessment as lint reads it: its lines, which lines are code, its headings with GitHub anchors, the
// template sections it has (by heading, or by a list item that opens with the section's name), its metadata
// table and whether it claims to be final. Parsed once; every rule reads this.
import type { Heading, Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { type MarkdownDoc, type MarkdownLink, markdownLinks, parseMarkdown } from '../markdown/parse.js';
import { githubAnchor, type SectionId, TEMPLATE_SECTIONS, templateSection } from '../template/sections.js';
import { parentOf, proseOpensWith, sectionsForHeading } from './headings.js';
import { type MetadataTable, readMetadataTable } from './metadata.js';

export interface DocHeading {
  depth: number;
  text: string;
  line: number;
  /** GitHub's anchor for it, with the -1, -2 suffixes GitHub gives repeated headings. */
  anchor: string;
}

export interface FoundSection {
  id: SectionId;
  /** Line of its heading, or of the list item or paragraph that opens with its name. */
  line: number;
  /** Last line it governs. */
  endLine: number;
  /** The heading, when found by heading (not by a list item). */
  heading?: DocHeading;
}

export type Stage = 'incomplete' | 'complete' | 'obsolete';

export interface AssessmentDoc {
  /** The path as the user gave it (used in output). */
  path: string;
  text: string;
  /** Lines without their line ending (CRLF and LF alike); index 0 is line 1. */
  lines: string[];
  md: MarkdownDoc;
  /** True for 1-based line numbers inside fenced or indented code. */
  isCode(line: number): boolean;
  headings: DocHeading[];
  /** Template sections found, in template order of ids. */
  sections: Map<SectionId, FoundSection>;
  /** Inline links, autolinks, references and HTML hrefs, each with its line and column. */
  links: (MarkdownLink & { column: number })[];
  /** Anchors an in-page link can reach: heading anchors plus HTML id/name attributes. */
  anchors: Set<string>;
  metadata: MetadataTable | undefined;
  /** The Assessment Stage value when it is one of the template's three. */
  stage: Stage | undefined;
  /** The document claims to be finished: Assessment Stage is Complete. */
  final: boolean;
  /** The number of characters left unread past MAX_LINT_CHARS (0 when the whole document was read). */
  unread: number;
  /** The most specific template section a line lies in. */
  sectionAt(line: number): SectionId | undefined;
}

type AnyNode = Root | RootContent;

function walk(root: AnyNode, visit: (n: AnyNode) => boolean | undefined): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (visit(node) === false) continue;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
}

/**
 * Lint reads at most this much of a document (characters). Real assessments are under 100 KB (the largest in
 * cncf/tag-security, 1,174 lines); the Markdown parser reads about 0.3 MB/s on prose, so the bound keeps a
 * run near two seconds. The rest is left unread and a note says so.
 */
export const MAX_LINT_CHARS = 512 * 1024;

export function readAssessment(path: string, raw: string): AssessmentDoc {
  // A byte-order mark is not text; CRLF endings are line endings. Neither moves a line.
  const whole = raw.replace(/^\uFEFF/, '');
  const text =
    whole.length > MAX_LINT_CHARS
      ? whole.slice(0, whole.lastIndexOf('\n', MAX_LINT_CHARS) + 1 || MAX_LINT_CHARS)
      : whole;
  const lines = text.split(/\r?\n/);
  const md = parseMarkdown(path, text.replace(/\r\n?/g, '\n'));
  const lastLine = lines.length;

  const code = new Uint8Array(lastLine + 2);
  const headings: DocHeading[] = [];
  const anchorCounts = new Map<string, number>();
  const anchors = new Set<string>();
  walk(md.tree, (n) => {
    if (n.type === 'code') {
      const from = n.position?.start.line ?? 1;
      const to = n.position?.end.line ?? from;
      for (let l = from; l <= to && l <= lastLine; l++) code[l] = 1;
      return false;
    }
    if (n.type === 'heading') {
      const textOf = mdToString(n as Heading, { includeImageAlt: false }).trim();
      const base = githubAnchor(textOf);
      const seen = anchorCounts.get(base) ?? 0;
      anchorCounts.set(base, seen + 1);
      const anchor = seen === 0 ? base : `${base}-${seen}`;
      anchors.add(anchor);
      headings.push({ depth: n.depth, text: textOf, line: n.position?.start.line ?? 1, anchor });
      return false;
    }
    if (n.type === 'html') {
      for (const m of n.value.matchAll(/\b(?:id|name)\s*=\s*["']([^"'\s]{1,200})["']/gi))
        if (m[1]) anchors.add(m[1].toLowerCase());
    }
    return undefined;
  });

  const sections = findSections(md, headings, lastLine);
  const metadataSection = sections.get('metadata');
  const metadata = readMetadataTable(md, lines, metadataSection ?? firstTableRegion(md, sections, lastLine));
  const stageValue = metadata?.rows.find((r) => r.key === 'stage')?.value;
  const stage = stageOf(stageValue);

  const links = markdownLinks(md).map((l) => {
    const col = (lines[l.line - 1] ?? '').indexOf(l.url);
    return { ...l, column: col >= 0 ? col + 1 : 1 };
  });

  const ordered = [...sections.values()].sort((a, b) => a.line - b.line);
  return {
    path,
    text,
    lines,
    md,
    isCode: (line) => code[line] === 1,
    headings,
    sections,
    links,
    anchors,
    metadata,
    stage,
    final: stage === 'complete',
    unread: whole.length - text.length,
    sectionAt(line) {
      let best: FoundSection | undefined;
      for (const s of ordered) {
        if (s.line > line) break;
        // Later-starting sections that still contain the line are more specific (a subsection in its parent).
        if (line <= s.endLine) best = s;
      }
      return best?.id;
    },
  };
}

/** "Incomplete", "**Complete**", "Incomplete." and "Complete (as of 2024)" are stages; "Draft" is not. */
export function stageOf(value: string | undefined): Stage | undefined {
  const first = value
    ?.replace(/[*_`]/g, '')
    .trim()
    .toLowerCase()
    .match(/^[a-z]+/)?.[0];
  return first === 'incomplete' || first === 'complete' || first === 'obsolete' ? first : undefined;
}

/**
 * Template sections by heading: the first heading naming a top-level section; a subsection only inside its
 * parent (when the parent is there), so a threat model's own "Overview" or "Goals" is not taken for the
 * template's. Subsections the template writes as list items are then looked for as prose inside the parent.
 */
function findSections(
  md: MarkdownDoc,
  headings: DocHeading[],
  lastLine: number,
): Map<SectionId, FoundSection> {
  const found = new Map<SectionId, FoundSection>();
  let current: { id: SectionId; depth: number } | undefined;
  const matches: { id: SectionId; heading: DocHeading }[] = [];
  const topNamed = new Set(
    headings.flatMap((h) => sectionsForHeading(h.text).filter((s) => s.level === 2)).map((s) => s.id),
  );
  for (const h of headings) {
    const named = sectionsForHeading(h.text);
    const top = named.find((s) => s.level === 2);
    if (top) {
      if (!found.has(top.id)) {
        current = { id: top.id, depth: h.depth };
        matches.push({ id: top.id, heading: h });
        found.set(top.id, { id: top.id, line: h.line, endLine: lastLine, heading: h });
      } else if (current && h.depth <= current.depth) {
        current = undefined;
      }
      continue;
    }
    const subs = named.filter((s) => s.level === 3);
    if (subs.length === 0) {
      if (current && h.depth <= current.depth) current = undefined;
      continue;
    }
    for (const sub of subs) {
      const parent = parentOf(sub.id) as SectionId;
      if (found.has(sub.id)) continue;
      // Inside its parent, or anywhere when the document never names the parent.
      if (current?.id !== parent && topNamed.has(parent)) continue;
      matches.push({ id: sub.id, heading: h });
      found.set(sub.id, { id: sub.id, line: h.line, endLine: lastLine, heading: h });
    }
  }
  // A section ends where the next heading of the same or a higher level begins.
  // Its own subsections do not end it, even at its level ("## Secure development practices" followed by
  // "## Development Pipeline").
  const childLines = new Map<SectionId, Set<number>>();
  for (const m of matches) {
    const parent = parentOf(m.id);
    if (!parent) continue;
    const set = childLines.get(parent) ?? new Set<number>();
    set.add(m.heading.line);
    childLines.set(parent, set);
  }
  for (const s of found.values()) {
    const h = s.heading as DocHeading;
    const own = childLines.get(s.id);
    const next = headings.find((n) => n.line > h.line && n.depth <= h.depth && !own?.has(n.line));
    s.endLine = next ? next.line - 1 : lastLine;
  }
  // A parent named only by its subsections still counts as present: it starts at its first subsection.
  for (const section of TEMPLATE_SECTIONS) {
    if (section.level !== 2 || found.has(section.id)) continue;
    const children = [...found.values()].filter((s) => parentOf(s.id) === section.id);
    if (children.length === 0) continue;
    found.set(section.id, {
      id: section.id,
      line: Math.min(...children.map((c) => c.line)),
      endLine: Math.max(...children.map((c) => c.endLine)),
    });
  }
  findProseSubsections(md, found);
  return found;
}

function findProseSubsections(md: MarkdownDoc, found: Map<SectionId, FoundSection>): void {
  // Sections selfassess adds to its drafts (not in the template) are only recognised by heading.
  const missing = TEMPLATE_SECTIONS.filter((s) => s.level === 3 && !s.notInTemplate && !found.has(s.id));
  if (missing.length === 0) return;
  const starts: { line: number; text: string }[] = [];
  walk(md.tree, (n) => {
    if (n.type === 'code' || n.type === 'heading' || n.type === 'html') return false;
    if (n.type === 'paragraph') {
      starts.push({ line: n.position?.start.line ?? 1, text: mdToString(n).slice(0, 200) });
      return false;
    }
    return undefined;
  });
  for (const sub of missing) {
    const parent = found.get(parentOf(sub.id) as SectionId);
    if (!parent) continue;
    const at = starts.find(
      (p) => p.line > parent.line && p.line <= parent.endLine && proseOpensWith(p.text, sub),
    );
    if (at) found.set(sub.id, { id: sub.id, line: at.line, endLine: parent.endLine });
  }
  // A subsection found in prose ends where the next sibling begins.
  for (const s of found.values()) {
    if (s.heading || templateSection(s.id).level !== 3) continue;
    const parent = parentOf(s.id);
    const next = [...found.values()]
      .filter((o) => o.id !== s.id && parentOf(o.id) === parent && o.line > s.line)
      .sort((a, b) => a.line - b.line)[0];
    if (next) s.endLine = Math.min(s.endLine, next.line - 1);
  }
}

/** Without a Metadata heading, the metadata table is looked for before the first template section. */
function firstTableRegion(
  md: MarkdownDoc,
  sections: Map<SectionId, FoundSection>,
  lastLine: number,
): { line: number; endLine: number } {
  const first = Math.min(...[...sections.values()].map((s) => s.line), lastLine + 1);
  return { line: md.tree.children[0]?.position?.start.line ?? 1, endLine: first - 1 };
}
