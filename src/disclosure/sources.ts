// Where a repository states its disclosure process: the security policy (GitHub's locations first), other
// SECURITY files, security contacts, process documents, the security sections of the README and the
// contributing guide, and Security Insights. The disclosure detectors all read the same few documents, so
// the choice is made here once (and the snapshot caches each parse). The patterns are data in
// src/catalogue/disclosure-sources.ts.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import {
  COMMUNITY_DOCS,
  INSIGHTS_FILES,
  MAX_POLICY_SOURCES,
  PROCESS_DOC_PATH,
  SECURITY_CONTACTS_GLOBS,
  SECURITY_SECTION_HEADING,
} from '../catalogue/disclosure-sources.js';
import { SECURITY_POLICY_GLOBS, SECURITY_POLICY_LOCATIONS } from '../catalogue/security-docs.js';
import {
  MAX_MARKDOWN_PARSE_BYTES,
  type MarkdownDoc,
  markdownHeadings,
  parseMarkdown,
} from '../markdown/parse.js';
import { type Sentence, sentences } from '../markdown/text.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { notProjectPath, shallowFirst } from '../text/paths.js';

export {
  COMMUNITY_DOCS,
  INSIGHTS_FILES,
  MAX_POLICY_SOURCES,
  PROCESS_DOC_PATH,
  PROCESS_DOC_READS,
  SECURITY_CONTACTS_GLOBS,
  SECURITY_SECTION_HEADING,
} from '../catalogue/disclosure-sources.js';

/** The snapshot calls a source needs (tests pass a snapshot; nothing here writes). */
export type SourceReader = Pick<Snapshot, 'files' | 'glob' | 'read' | 'markdown' | 'has'>;

export type SourceRole = 'policy' | 'security-contacts' | 'process';

export interface PolicySource {
  path: string;
  role: SourceRole;
}

/** The security policy GitHub would show, else the shallowest SECURITY file. */
export function mainPolicy(snapshot: SourceReader): string | undefined {
  const candidates = snapshot
    .glob(SECURITY_POLICY_GLOBS)
    .map((f) => f.path)
    .filter((p) => !notProjectPath(p));
  const standard = SECURITY_POLICY_LOCATIONS.map((loc) =>
    candidates.find((p) => p.toLowerCase() === loc.toLowerCase()),
  ).find((p): p is string => p !== undefined);
  return standard ?? candidates.sort(shallowFirst)[0];
}

const sourcesCache = new WeakMap<object, PolicySource[]>();

/** The documents that state the disclosure process, the main policy first. */
export function policySources(snapshot: SourceReader): PolicySource[] {
  const cached = sourcesCache.get(snapshot);
  if (cached) return cached;
  const out: PolicySource[] = [];
  const add = (path: string, role: SourceRole) => {
    if (!out.some((s) => s.path === path) && !notProjectPath(path)) out.push({ path, role });
  };
  const main = mainPolicy(snapshot);
  if (main) add(main, 'policy');
  // Other SECURITY files near the top (a second copy in .github/, a docs/ variant); deeper ones belong to
  // sub-projects or charts.
  for (const p of snapshot
    .glob(SECURITY_POLICY_GLOBS)
    .map((f) => f.path)
    .filter((p) => p.split('/').length <= 2)
    .sort(shallowFirst))
    add(p, 'policy');
  for (const f of snapshot.glob(SECURITY_CONTACTS_GLOBS)) add(f.path, 'security-contacts');
  for (const p of snapshot.files
    .filter((f) => f.kind === 'file' && PROCESS_DOC_PATH.test(f.path))
    .map((f) => f.path)
    .sort(shallowFirst))
    add(p, 'process');
  const result = out.slice(0, MAX_POLICY_SOURCES);
  sourcesCache.set(snapshot, result);
  return result;
}

/** A region of a document: a whole policy, or one security section of the README. */
export interface TextRegion {
  path: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
}

/**
 * The security sections of the README and contributing guide (heading line to the section's end), found by
 * a line scan of ATX headings: these guides can be long, and only their security section is parsed.
 */
export function communitySecuritySections(snapshot: SourceReader): TextRegion[] {
  const out: TextRegion[] = [];
  for (const path of COMMUNITY_DOCS) {
    if (!snapshot.has(path)) continue;
    const text = snapshot.read(path);
    if (text === undefined) continue;
    const headings = atxHeadings(text);
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i] as { depth: number; text: string; line: number };
      if (h.depth < 2 || !SECURITY_SECTION_HEADING.test(h.text)) continue;
      if (out.some((r) => r.path === path && r.startLine <= h.line && h.line <= r.endLine)) continue;
      const next = headings.slice(i + 1).find((n) => n.depth <= h.depth);
      out.push({ path, startLine: h.line, endLine: next ? next.line - 1 : text.split('\n').length });
    }
  }
  return out;
}

/** ATX headings outside fenced code, by a line scan. */
export function atxHeadings(text: string): { depth: number; text: string; line: number }[] {
  const out: { depth: number; text: string; line: number }[] = [];
  let fence: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f) {
      if (!fence) fence = f[0];
      else if (f[0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const m = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out.push({ depth: m[1].length, text: m[2], line: i + 1 });
  }
  return out;
}

const proseCache = new WeakMap<MarkdownDoc, Sentence[]>();

/**
 * The prose of a document: its Markdown sentences, plus the text inside raw HTML blocks (a policy written in
 * HTML has no Markdown prose), tags removed, one sentence per line.
 */
export function proseOf(doc: MarkdownDoc): Sentence[] {
  const cached = proseCache.get(doc);
  if (cached) return cached;
  const out = sentences(doc);
  const headings = markdownHeadings(doc);
  for (const node of doc.tree.children) {
    if (node.type !== 'html') continue;
    const start = node.position?.start.line ?? 1;
    node.value.split('\n').forEach((raw, i) => {
      const text = stripTags(raw);
      if (text.length < 3) return;
      const line = start + i;
      const path = headings.filter((h) => h.line < line).map((h) => h.text);
      for (const part of text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/)) {
        if (part.trim()) out.push({ text: part.trim(), line, headings: path.slice(-3) });
      }
    });
  }
  out.sort((a, b) => a.line - b.line);
  proseCache.set(doc, out);
  return out;
}

export function stripTags(html: string): string {
  return html
    .replace(/<!--.*?-->/g, ' ')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------
// Security Insights (v1 and v2): the fields about reporting, with their lines.

export interface InsightsField {
  /** Dotted path of the field: `vulnerability-reporting.email-contact`. */
  field: string;
  value: string;
  line: number;
}

export interface Insights {
  path: string;
  fields: InsightsField[];
}

/** Fields that name where reports go, the policy, a bounty or a key (v1 and v2 names). */
const INSIGHTS_FIELDS = new Set([
  'security-contacts.value',
  'vulnerability-reporting.email-contact',
  'vulnerability-reporting.security-policy',
  'vulnerability-reporting.bug-bounty-url',
  'vulnerability-reporting.pgp-key',
  'project.vulnerability-reporting.contact.email',
  'project.vulnerability-reporting.security-policy',
  'project.vulnerability-reporting.bug-bounty-program',
  'project.vulnerability-reporting.pgp-key',
  'repository.documentation.security-policy',
  'repository.security.champions.email',
  'project.documentation.security-policy',
]);

const insightsCache = new WeakMap<object, Insights | null>();

/** The repository's Security Insights file, its reporting fields read with line numbers; undefined if none. */
export function readInsights(snapshot: SourceReader): Insights | undefined {
  const cached = insightsCache.get(snapshot);
  if (cached !== undefined) return cached ?? undefined;
  let result: Insights | null = null;
  const path = INSIGHTS_FILES.find((p) => snapshot.has(p));
  const text = path ? snapshot.read(path) : undefined;
  if (path && text !== undefined && text.length < 512 * 1024) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    const fields: InsightsField[] = [];
    const visit = (node: unknown, trail: string[], depth: number) => {
      if (depth > 12 || fields.length > 200) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          if (key !== undefined) visit(pair.value, [...trail, key], depth + 1);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item, trail, depth + 1);
      } else if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
        const field = trail.join('.');
        if (INSIGHTS_FIELDS.has(field)) {
          const offset = (node as YamlNode).range?.[0] ?? 0;
          fields.push({ field, value: node.value.trim(), line: lineCounter.linePos(offset).line });
        }
      }
    };
    if (doc.errors.length === 0) visit(doc.contents, [], 0);
    result = { path, fields };
  }
  insightsCache.set(snapshot, result);
  return result ?? undefined;
}

/** One document's prose, limited to the region that is about security. */
export interface SourceProse {
  path: string;
  role: SourceRole | 'community';
  doc: MarkdownDoc;
  sentences: Sentence[];
}

const policyProseCache = new WeakMap<object, SourceProse[]>();

/** The prose of every policy source, then of the README's and contributing guide's security sections. */
export function policyProse(snapshot: SourceReader): SourceProse[] {
  const cached = policyProseCache.get(snapshot);
  if (cached) return cached;
  const out: SourceProse[] = [];
  for (const s of policySources(snapshot)) {
    const doc = snapshot.markdown(s.path);
    if (doc) out.push({ path: s.path, role: s.role, doc, sentences: proseOf(doc) });
  }
  for (const r of communitySecuritySections(snapshot)) {
    const text = snapshot.read(r.path);
    if (text === undefined) continue;
    // Parse the section alone, padded with empty lines so its positions are the file's.
    const lines = text.split('\n');
    const region = `${'\n'.repeat(r.startLine - 1)}${lines.slice(r.startLine - 1, r.endLine).join('\n')}`;
    if (region.length > MAX_MARKDOWN_PARSE_BYTES) continue;
    const doc = parseMarkdown(r.path, region);
    out.push({ path: r.path, role: 'community', doc, sentences: proseOf(doc) });
  }
  policyProseCache.set(snapshot, out);
  return out;
}
