// Security functions and features: the security capabilities the project's own documentation describes
// (authentication, authorization, TLS, traffic encryption, audit logging, policy enforcement, signing...),
// one statement per capability with the best citation, split into critical and security relevant as the
// template asks. The rows live in src/catalogue/security-capabilities.ts.
//
// The docs are swept with the cheap line scan (proseOf), never parsed into trees: antrea alone has 1.5 MB of
// Markdown. Each sentence that matches a capability is scored by where it sits: an item of the README's
// feature list, a document whose name or title announces the capability (docs/traffic-encryption.md), a
// heading that names it, the opening of a document. Process documents (security policy, contributing,
// changelogs, roadmaps, proposals) describe how the project works, not what the product does: not read.
import picomatch from 'picomatch';
import {
  CAPABILITY_DOC_GLOBS,
  CONFIGURABLE,
  FEATURE_HEADING,
  MAX_CAPABILITIES,
  MAX_CAPABILITY_BYTES,
  MAX_CAPABILITY_DOCS,
  MAX_SUMMARY_WORDS,
  NOT_FEATURE_DOC_GLOBS,
  SECURITY_CAPABILITIES,
  type SecurityCapability,
} from '../../catalogue/security-capabilities.js';
import type { CapabilitySource, SecurityCapabilityFact } from '../../evidence/kinds/functions.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-functions-and-features' as const;
const notFeatureDoc = picomatch([...NOT_FEATURE_DOC_GLOBS], { dot: true, nocase: true });
/** Sentences in these sections are about something other than the product's features. */
const OFF_TOPIC_HEADING =
  /\b(?:troubleshoot\w*|faq|known issues|limitations|contribut\w*|development|testing|report(?:ing)? (?:a )?vulnerabilit\w*|changelog|release notes|roadmap|todo|deprecat\w*)\b/i;
/** A sentence saying what the product does, rather than telling the reader what to type. */
const DESCRIBES =
  /\b(?:supports?|provides?|enables?|allows?|ensures?|implements?|offers?|uses?|leverages?|is|are|can)\b/i;
const ANAPHORIC =
  /^(?:similar(?:ly)?|also|this|these|that|those|it|they|such|for (?:example|instance)|in addition|additionally|however|otherwise|note)\b/i;
/**
 * Every row's keys in one case-insensitive regex of plain fragments (longest first): one pass over a
 * sentence says which rows could match; the rows' own regexes then run only on those.
 */
const KEYS = new RegExp(
  [...new Set(SECURITY_CAPABILITIES.flatMap((c) => c.keys))]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gi',
);
const rowsByFragment = new Map<string, SecurityCapability[]>();

function possibleCapabilities(text: string): SecurityCapability[] {
  const rows = new Set<SecurityCapability>();
  for (const m of text.matchAll(KEYS)) {
    const fragment = m[0].toLowerCase();
    let found = rowsByFragment.get(fragment);
    if (!found) {
      // A fragment can hold a shorter key ("authentication" holds "authenticat"): each row whose key it holds.
      found = SECURITY_CAPABILITIES.filter((c) => c.keys.some((k) => fragment.includes(k)));
      rowsByFragment.set(fragment, found);
    }
    for (const r of found) rows.add(r);
  }
  return SECURITY_CAPABILITIES.filter((c) => rows.has(c));
}

const SHORTCODE = /\{\{[<%][^}]{0,200}[%>]\}\}/g;
const ABSENT =
  /\b(?:does not (?:include|support|provide)|is not (?:supported|included|available)|not yet supported|without)\b/i;
const INSTRUCTION =
  /^(?:run|type|execute|install|click|select|go to|open|copy|create|edit|see|refer|check|note:?|set up|configure|specify|enter|log in|navigate|download|follow)\b/i;
/**
 * A step of a procedure addressed to the reader ("You must configure your provider...", "After setting up
 * HTTPS, you can verify ... by performing the following steps"): it tells how to operate, not what the
 * product guarantees.
 */
const ADDRESSES_READER =
  /\b(?:you (?:must|need to|have to|should|will need)|please|make sure|ensure that you|(?:the )?following steps|perform(?:ing)? the following|in order to use)\b/i;
/** "After you have logged in, you can use the CLI": written to the reader, a step rather than a property. */
const SECOND_PERSON = /\byou(?:r)?\b/i;
/** "This guide will describe how to use ...": a sentence about the document, not about the product. */
const ABOUT_THE_DOCUMENT =
  /\b(?:this|the following) (?:guide|document|doc|page|section|tutorial|article|cookbook)\b/i;
const MAN_PAGE_SECTION = /^(?:NAME|SYNOPSIS|DESCRIPTION|OPTIONS|GLOBAL OPTIONS|COMMANDS|SEE ALSO|FILES)$/;
/** A cell separator: the cells of a Markdown table row (the scan drops the outer pipes). */
const TABLE_ROW = /\S\s+\|\s+\S/;
/** "For issuing certificates for Ingress, see the nginx-ingress quick start guide": a pointer elsewhere. */
const POINTER =
  /\b(?:see|refer to|read|check out|follow) (?:the |our |this )?[\w\s'`.-]{0,60}\b(?:guides?|docs?|documentation|pages?|tutorials?|quick ?start|instructions)\b/i;
/**
 * "Self-registration is disabled by default": a default is a security-relevant setting stated as a fact, what
 * the template's "security relevant" list asks for.
 */
const STATES_DEFAULT =
  /\b(?:(?:is|are) (?:disabled|enabled|off|on|required|denied|rejected|restricted) by default|by default,? (?:\w+ ){1,3}(?:is|are|does not|do not|cannot|can't|only)\b)/i;
/**
 * "To prevent un-signed images from being pulled, select the `Enable content trust` checkbox": a setting
 * named with the protection it gives, the other shape of a security-relevant setting.
 */
const SETTING_WITH_PURPOSE =
  /^to (?:prevent|block|stop|deny|reject|restrict|require|enforce|protect|limit|disable|forbid|ensure)\b[^,]{3,160},\s*(?:select|enable|check|set|turn on|configure|add|use|tick)\b/i;
/** Statements of settings kept beside the best statement of each capability. */
const MAX_SETTINGS = 3;

interface Candidate {
  capability: SecurityCapability;
  path: string;
  line: number;
  sentence: string;
  /** README feature items: the line where the list item starts (one statement per item). */
  item?: number;
  /** Offset of the match in the sentence (where the summary is centred). */
  at: number;
  score: number;
  source: CapabilitySource;
  /** States a default or names a setting with the protection it gives. */
  setting?: boolean;
  /** The roles of a permission matrix (a table, not a sentence). */
  matrix?: boolean;
  title?: string;
}

export const securityCapabilitiesDetector = defineDetector({
  id: 'security-capabilities',
  section: SECTION,
  reads: CAPABILITY_DOC_GLOBS,
  detect(snapshot) {
    const docs = featureDocs(snapshot);
    const project = projectWord(snapshot, docs);
    const candidates: Candidate[] = [];
    for (const path of docs) collectCapabilityCandidates(snapshot, path, project, candidates);
    const chosen = choose(candidates);
    // Critical first: the draft shows topics in order of first appearance.
    const facts: AnyFact[] = chosen
      .map((c) => toFact(snapshot, c))
      .sort((a, b) => Number(b.value.critical) - Number(a.value.critical));
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'functions.capabilities',
          section: SECTION,
          lookedFor:
            'documentation of security capabilities (authentication, authorization, TLS, encryption, audit logging, policy enforcement, signing, isolation)',
          lookedIn:
            docs.length === 0
              ? [...CAPABILITY_DOC_GLOBS]
              : docs.length <= 4
                ? docs
                : [`${docs.length} documents, among them ${docs.slice(0, 4).join(', ')}`],
          reason: 'not-found',
        },
      ],
    };
  },
});

/** The README first, then documentation by depth, capped in count and bytes. */
function featureDocs(snapshot: Snapshot): string[] {
  const files = snapshot
    .glob([...CAPABILITY_DOC_GLOBS])
    .filter((f) => !notFeatureDoc(f.path))
    .sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1));
  const out: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (out.length >= MAX_CAPABILITY_DOCS || bytes + f.size > MAX_CAPABILITY_BYTES) break;
    bytes += f.size;
    out.push(f.path);
  }
  return out;
}

function depth(path: string): number {
  return path.split('/').length;
}

function isReadme(path: string): boolean {
  return /^readme\.(?:md|markdown)$/i.test(path);
}

/** A document's file name and title, the words that say what it is about. */
function docNameText(path: string, title: string | undefined): string {
  const parts = path.split('/');
  let base = (parts.pop() ?? '').replace(/\.[^.]+$/, '');
  // docs/configure-authentication/_index.md: the folder names the page.
  if (/^(?:_?index|readme)$/i.test(base)) base = parts.pop() ?? base;
  return `${base.replace(/[-_]+/g, ' ')} ${title ?? ''}`;
}

/**
 * The first word of the README's title ("Antrea"), to prefer sentences whose subject is the project
 * (the title's badges and a second word are left out).
 */
function projectWord(snapshot: Snapshot, docs: readonly string[]): RegExp | undefined {
  const readme = docs.find(isReadme);
  const title = readme ? proseOf(snapshot, readme)?.headings[0]?.text : undefined;
  const name = title
    ?.replace(/[^\p{L}\p{N}\s.-]/gu, ' ')
    .trim()
    .split(/\s+/)[0];
  if (!name || name.length < 3) return undefined;
  return new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

/** A static-site page's title from its front matter (`title: Configure HTTPS Access to Harbor`). */
function frontMatterTitle(snapshot: Snapshot, path: string): string | undefined {
  const text = snapshot.read(path);
  if (!text?.startsWith('---')) return undefined;
  const head = text.slice(0, 2000).split('\n');
  for (let i = 1; i < head.length; i++) {
    const line = head[i] as string;
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return undefined;
    const m = /^title:\s*["']?(.{1,120}?)["']?\s*$/.exec(line);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function collectCapabilityCandidates(
  snapshot: Snapshot,
  path: string,
  project: RegExp | undefined,
  out: Candidate[],
): void {
  const prose = proseOf(snapshot, path);
  if (!prose) return;
  const readme = isReadme(path);
  const heading =
    frontMatterTitle(snapshot, path) ??
    prose.headings.find((h) => h.depth === 1)?.text ??
    prose.headings[0]?.text;
  // A man page opens with "NAME", "SYNOPSIS": section labels, not the page's subject.
  const title = heading && MAN_PAGE_SECTION.test(heading) ? undefined : heading;
  const name = docNameText(path, readme ? undefined : title);
  let lines: string[] | undefined;
  // A page about roles or permissions with a permission matrix: its columns are the roles.
  if (!readme && AUTHORIZATION?.docName?.test(name)) {
    lines ??= snapshot.read(path)?.split('\n');
    const table = roleTable(lines ?? []);
    if (table)
      out.push({
        capability: AUTHORIZATION,
        path,
        line: table.line,
        sentence: `Roles in the permission table: ${listOf(table.roles)}.`,
        at: 0,
        // A matrix of roles is the most precise statement of authorization a document can make.
        score: 6 - Math.max(0, depth(path) - 3) * 0.5,
        source: 'feature-doc',
        matrix: true,
        ...(title ? { title } : {}),
      });
  }
  const firstUnder = new Set<string>();
  prose.sentences.forEach((sentence, index) => {
    // Which capabilities the sentence could match, from one pass of the keys regex: most match none.
    const possible = possibleCapabilities(sentence.text);
    if (possible.length === 0) return;
    // Static-site shortcodes ({{< note >}}) are markup, not words.
    const s = { ...sentence, text: sentence.text.replace(SHORTCODE, ' ').replace(/\s+/g, ' ').trim() };
    const heading = s.headings[s.headings.length - 1] ?? '';
    const headingKey = `${s.headings.join('\0')}`;
    // The document's lead (before any heading but its title) says what the document is about.
    const lead = index < 2 && s.headings.length <= 1;
    const opening = index < 3 || !firstUnder.has(headingKey);
    firstUnder.add(headingKey);
    // A question, a command, a fragment, or an introduction to a list or example (ends with ':') says
    // nothing alone.
    if (s.text.endsWith('?') || /:$/.test(s.text) || INSTRUCTION.test(s.text) || wordCount(s.text) < 5)
      return;
    // A step of a procedure or a sentence about the document is not a property of the product.
    if (ADDRESSES_READER.test(s.text) || ABOUT_THE_DOCUMENT.test(s.text) || POINTER.test(s.text)) return;
    // A table row ("falco.http_output.mtls | bool | false | Use mTLS") is a reference entry, not a statement.
    if (TABLE_ROW.test(s.text)) return;
    // "This feature is enabled by default": a default whose subject is in another sentence says nothing.
    const setting =
      !ANAPHORIC.test(s.text) && (STATES_DEFAULT.test(s.text) || SETTING_WITH_PURPOSE.test(s.text));
    if (s.headings.some((h) => OFF_TOPIC_HEADING.test(h))) return;
    let item: number | undefined;
    const underFeatures = readme && s.headings.some((h) => FEATURE_HEADING.test(h));
    if (underFeatures) {
      lines ??= snapshot.read(path)?.split('\n');
      item = listItemStart(lines ?? [], s.line);
    }
    const feature = item !== undefined;
    for (const capability of possible) {
      const m = capability.pattern.exec(s.text) ?? capability.acronyms?.exec(s.text);
      if (!m || capability.not?.test(s.text)) continue;
      let score = 0;
      const namedByDoc = !readme && capability.docName?.test(name) === true;
      // A feature list item, else a paragraph of the README's Features/Why section, describes the product.
      if (feature) score += 4;
      else if (underFeatures) score += 1;
      if (namedByDoc) score += 3;
      if (capability.docName?.test(heading) || capability.pattern.test(heading)) score += 2;
      if (opening) score += 1;
      if (lead) score += 1;
      // "The default installation does not include Notary": the capability is named as absent.
      if (ABSENT.test(s.text)) score -= 2;
      if (DESCRIBES.test(s.text)) score += 1;
      if (project?.test(s.text)) score += 1;
      // "Similar RBAC is applied to ...": a sentence leaning on the one before says little alone.
      if (ANAPHORIC.test(s.text)) score -= 2;
      if (SECOND_PERSON.test(s.text)) score -= 1;
      if (setting) score += 2;
      if (wordCount(s.text) > 60) score -= 1;
      score -= Math.max(0, depth(path) - 3) * 0.5;
      let candidateTitle: string | undefined = readme ? undefined : title;
      if (item !== undefined) candidateTitle = boldLead(lines?.[item - 1] ?? '');
      out.push({
        capability,
        path,
        line: s.line,
        ...(item !== undefined ? { item } : {}),
        sentence: s.text,
        at: m.index,
        score,
        source: feature ? 'readme-feature' : namedByDoc ? 'feature-doc' : 'doc',
        ...(setting ? { setting } : {}),
        ...(candidateTitle ? { title: candidateTitle } : {}),
      });
    }
  });
}

/**
 * The statements kept: the best sentence for each capability, then security settings (defaults, protections a
 * setting turns on), then the README's other feature items, then more documents dedicated to a capability;
 * never one sentence twice, at most MAX_CAPABILITIES.
 */
function choose(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      depth(a.path) - depth(b.path) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line),
  );
  const chosen: Candidate[] = [];
  const usedSentences = new Set<string>();
  const usedDocs = new Map<string, number>();
  const take = (c: Candidate): void => {
    chosen.push(c);
    usedSentences.add(`${c.path}:${c.line}`);
    // Versioned copies of a docs site repeat the same sentence in many files: one statement each.
    usedSentences.add(`text:${c.sentence.toLowerCase()}`);
    if (c.item !== undefined) usedSentences.add(`${c.path}#${c.item}`);
    usedDocs.set(c.path, (usedDocs.get(c.path) ?? 0) + 1);
  };
  const free = (c: Candidate) =>
    !usedSentences.has(`${c.path}:${c.line}`) &&
    !usedSentences.has(`text:${c.sentence.toLowerCase()}`) &&
    (c.item === undefined || !usedSentences.has(`${c.path}#${c.item}`));
  // 1. One per capability, the best-placed.
  for (const capability of SECURITY_CAPABILITIES) {
    const best = ranked.find((c) => c.capability === capability && free(c) && c.score >= 2);
    if (best) take(best);
  }
  // 2. Permission matrices (the roles a project defines), then security settings: defaults and protections
  // a setting turns on, from any document (up to two each).
  for (const c of ranked) if (c.matrix && free(c) && chosen.length < MAX_CAPABILITIES) take(c);
  let settings = 0;
  for (const c of ranked) {
    if (settings >= MAX_SETTINGS || chosen.length >= MAX_CAPABILITIES) break;
    if (!c.setting || !free(c) || c.score < 0) continue;
    if ((usedDocs.get(c.path) ?? 0) >= 2) continue;
    take(c);
    settings++;
  }
  // 3. The README's feature list: each security-related item is a feature the project names itself, when
  // its opening sentence says so (not a later aside) and a document already chosen does not cover it
  // ("Encryption" beside "Traffic Encryption with Antrea").
  for (const c of ranked) {
    if (chosen.length >= MAX_CAPABILITIES) break;
    if (c.source !== 'readme-feature' || !free(c) || c.line !== c.item) continue;
    const lead = (c.title ?? '').toLowerCase().match(/[a-z]{4,}/g) ?? [];
    const covered = chosen.some(
      (x) =>
        x.capability === c.capability &&
        x.source !== 'readme-feature' &&
        lead.length > 0 &&
        lead.every((w) => (x.title ?? '').toLowerCase().includes(w)),
    );
    if (!covered) take(c);
  }
  // 4. Further documents dedicated to a capability (one statement per document, two per capability).
  for (const c of ranked) {
    if (chosen.length >= MAX_CAPABILITIES) break;
    const already = chosen.filter(
      (x) => x.capability === c.capability && x.source !== 'readme-feature',
    ).length;
    if (c.source === 'feature-doc' && free(c) && !usedDocs.has(c.path) && c.score >= 5 && already < 2)
      take(c);
  }
  return chosen.slice(0, MAX_CAPABILITIES);
}

function toFact(snapshot: Snapshot, c: Candidate) {
  const { title, body, at } = splitLead(c);
  const critical = c.capability.critical && !CONFIGURABLE.test(c.sentence);
  const value: SecurityCapabilityFact = {
    capability: c.capability.id,
    label: c.capability.label,
    class: c.capability.class,
    critical,
    summary: summarise(body, at),
    source: c.source,
    ...(title && !sameWords(title, c.capability.label) ? { title } : {}),
  };
  const f = fact(
    'functions.capability',
    SECTION,
    value,
    [snapshot.ref(c.path, c.line)],
    'stated',
    `${c.path}:${c.line}`,
  );
  return { ...f, topic: critical ? 'Critical' : 'Security relevant' };
}

/** A README feature item reads "Encryption: Encryption of ..."; the lead becomes the title. */
function splitLead(c: Candidate): { title?: string; body: string; at: number } {
  if (c.source === 'readme-feature' && c.title) {
    const lead = c.title.replace(/[:.\s]+$/, '');
    if (c.sentence.startsWith(lead)) {
      const rest = c.sentence.slice(lead.length).replace(/^[\s:.–—-]+/, '');
      const cut = c.sentence.length - rest.length;
      return { title: lead, body: rest, at: Math.max(0, c.at - cut) };
    }
    return { title: lead, body: c.sentence, at: c.at };
  }
  return { ...(c.title ? { title: c.title } : {}), body: c.sentence, at: c.at };
}

/**
 * The sentence shortened to what says the capability: whole when short; otherwise the clause holding the
 * match with its neighbours while they fit; otherwise a window of words around the match.
 */
export function summarise(sentence: string, at: number): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (wordCount(text) <= MAX_SUMMARY_WORDS) return text;
  const clauses: { start: number; text: string }[] = [];
  const boundary = /(?<=[,;:])\s+|\s+[-–—]\s+|\s+(?=\()/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    clauses.push({ start, text: text.slice(start, m.index) });
    start = (m.index ?? 0) + m[0].length;
  }
  clauses.push({ start, text: text.slice(start) });
  let k = clauses.findIndex(
    (c, i) => at >= c.start && (i === clauses.length - 1 || at < (clauses[i + 1]?.start ?? 0)),
  );
  if (k < 0) k = 0;
  let from = k;
  let to = k;
  const words = (a: number, b: number) =>
    wordCount(
      clauses
        .slice(a, b + 1)
        .map((c) => c.text)
        .join(' '),
    );
  if (words(k, k) <= MAX_SUMMARY_WORDS) {
    while (from > 0 && words(from - 1, to) <= MAX_SUMMARY_WORDS) from--;
    while (to < clauses.length - 1 && words(from, to + 1) <= MAX_SUMMARY_WORDS) to++;
    const last = clauses[to] as { start: number; text: string };
    const piece = text.slice(clauses[from]?.start ?? 0, last.start + last.text.length).replace(/[,;:]$/, '');
    return `${from > 0 ? '… ' : ''}${piece}${to < clauses.length - 1 ? ' …' : ''}`;
  }
  // One long clause: the words around the match.
  const all = text.split(' ');
  let offset = 0;
  let matchWord = 0;
  for (let i = 0; i < all.length; i++) {
    if (offset > at) break;
    matchWord = i;
    offset += (all[i]?.length ?? 0) + 1;
  }
  const first = Math.max(0, Math.min(matchWord - 8, all.length - MAX_SUMMARY_WORDS));
  const last = Math.min(all.length, first + MAX_SUMMARY_WORDS);
  return `${first > 0 ? '… ' : ''}${all.slice(first, last).join(' ')}${last < all.length ? ' …' : ''}`;
}

const AUTHORIZATION = SECURITY_CAPABILITIES.find((c) => c.id === 'authorization');
/** A cell granting a permission in a matrix: a check mark, "yes", "x" or an emoji short code. */
const GRANTED = /^(?:✓|✔|✔️|✅|☑|☑️|yes|y|x|:white_check_mark:|:heavy_check_mark:|:check:)$/i;
const MAX_ROLES = 8;

/**
 * The first Markdown table whose columns after the first are roles: a header row, a delimiter row, then rows
 * whose cells are check marks or empty. Two such columns at least, and at least one mark in every column
 * (a feature matrix of versions or platforms in a roles page would otherwise pass).
 */
export function roleTable(lines: readonly string[]): { line: number; roles: string[] } | undefined {
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.replace(/[*_`]/g, '').trim());
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = lines[i] as string;
    if (!header.includes('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) continue;
    const roles = cells(header).slice(1);
    if (roles.length < 2 || roles.some((r) => r.length === 0 || r.length > 40 || /\d\.\d/.test(r))) continue;
    const marked = new Set<number>();
    let rows = 0;
    let onlyMarks = true;
    for (let j = i + 2; j < lines.length && (lines[j] as string).includes('|'); j++) {
      rows++;
      cells(lines[j] as string)
        .slice(1)
        .forEach((cell, k) => {
          if (GRANTED.test(cell)) marked.add(k);
          else if (cell !== '' && cell !== '-' && cell !== '') onlyMarks = false;
        });
    }
    if (rows >= 2 && onlyMarks && marked.size === roles.length)
      return { line: i + 1, roles: roles.slice(0, MAX_ROLES) };
  }
  return undefined;
}

/** "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The line where the list item holding `line` starts, or undefined when the line is not in a list item. */
function listItemStart(lines: readonly string[], line: number): number | undefined {
  for (let i = line - 1, steps = 0; i >= 0 && steps < 20; i--, steps++) {
    const raw = lines[i] ?? '';
    if (/^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(raw)) return i + 1;
    if (raw.trim() === '' || /^\s{0,3}#/.test(raw)) return undefined;
  }
  return undefined;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** `* **Encryption**: ...` → "Encryption" (the raw line: the prose scan has already dropped the markup). */
function boldLead(raw: string): string | undefined {
  const m = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(.{1,80}?)\1/.exec(raw);
  return m?.[2]
    ?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[:.\s]+$/, '')
    .trim();
}
