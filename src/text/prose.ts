// A line scan of Markdown prose: sentences with their lines and the headings above them, and the headings
// themselves, without building a syntax tree (DESIGN §9: "a line scan for sweeping the rest of the docs").
// The pipeline detectors sweep contribution documents for a stated rule ("two approvals", "sign off your
// commits"); a full Markdown parse of a 20 KB CONTRIBUTING.md costs tens of milliseconds, this scan well
// under one. Code blocks, HTML comments and front matter are skipped; inline markup is reduced to its text.
import type { Snapshot } from '../snapshot/snapshot.js';

export interface ProseSentence {
  text: string;
  /** 1-based line where the sentence starts. */
  line: number;
  /** Headings above it, outermost first. */
  headings: string[];
}

export interface ProseHeading {
  depth: number;
  text: string;
  line: number;
}

export interface Prose {
  sentences: ProseSentence[];
  headings: ProseHeading[];
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"'“(])/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const MAX_LINES = 20_000;
const MAX_SENTENCE = 1_000;

const cache = new WeakMap<Snapshot, Map<string, Prose | undefined>>();

/** The prose of a Markdown file in the snapshot (cached per snapshot). */
export function proseOf(snapshot: Snapshot, path: string): Prose | undefined {
  let files = cache.get(snapshot);
  if (!files) {
    files = new Map();
    cache.set(snapshot, files);
  }
  if (files.has(path)) return files.get(path);
  const text = snapshot.read(path);
  const prose = text === undefined ? undefined : scanProse(text);
  files.set(path, prose);
  return prose;
}

export function scanProse(text: string): Prose {
  const sentences: ProseSentence[] = [];
  const headings: ProseHeading[] = [];
  const path: ProseHeading[] = [];
  let block: { line: number; text: string }[] = [];
  const flush = (): void => {
    if (block.length > 0) splitBlock(block, path, sentences);
    block = [];
  };
  const lines = text.split('\n');
  let fence: string | undefined;
  let comment = false;
  const end = Math.min(lines.length, MAX_LINES);
  let i = 0;
  // YAML front matter.
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (close > 0) i = close + 1;
  }
  for (; i < end; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '').slice(0, 4_000);
    if (fence) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const f = FENCE.exec(raw);
    if (f) {
      flush();
      fence = (f[1] as string).slice(0, 3);
      continue;
    }
    if (comment) {
      if (raw.includes('-->')) comment = false;
      continue;
    }
    if (/^\s*<!--/.test(raw) && !raw.includes('-->')) {
      flush();
      comment = true;
      continue;
    }
    const h = ATX.exec(raw);
    if (h) {
      flush();
      const heading = { depth: (h[1] as string).length, text: inline(h[2] as string), line: i + 1 };
      headings.push(heading);
      while (path.length > 0 && (path[path.length - 1] as ProseHeading).depth >= heading.depth) path.pop();
      path.push(heading);
      continue;
    }
    if (raw.trim() === '' || /^\s*(?:[-*_]\s*){3,}$/.test(raw) || /^\s*[=-]{3,}\s*$/.test(raw)) {
      flush();
      continue;
    }
    // Indented code (four spaces outside a list) is not prose.
    if (/^( {4}|\t)/.test(raw) && block.length === 0 && !LIST_ITEM.test(raw)) continue;
    if (LIST_ITEM.test(raw) || raw.trimStart().startsWith('|')) flush();
    const body = raw
      .replace(/^\s*(?:>\s*)+/, '')
      // GitHub's alert markers ("> [!NOTE]") label a quote; they are not words of it.
      .replace(/^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i, '')
      .replace(LIST_ITEM, '')
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '');
    block.push({ line: i + 1, text: inline(body) });
    if (raw.trimStart().startsWith('|')) flush();
  }
  flush();
  return { sentences, headings };
}

function splitBlock(
  block: { line: number; text: string }[],
  path: ProseHeading[],
  out: ProseSentence[],
): void {
  let joined = '';
  const marks: { offset: number; line: number }[] = [];
  for (const piece of block) {
    if (joined) joined += ' ';
    marks.push({ offset: joined.length, line: piece.line });
    joined += piece.text;
  }
  // Sentences come in order, so the mark before an offset only moves forward.
  let mark = 0;
  const lineAt = (offset: number): number => {
    while (mark + 1 < marks.length && (marks[mark + 1] as { offset: number }).offset <= offset) mark++;
    return marks[mark]?.line ?? 1;
  };
  const headings = path.map((h) => h.text);
  let offset = 0;
  for (const part of joined.split(SENTENCE_END)) {
    const start = joined.indexOf(part, offset);
    offset = start < 0 ? offset : start + part.length;
    const text = part.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE);
    if (text) out.push({ text, line: lineAt(Math.max(start, 0)), headings });
  }
}

const INLINE_MARKUP = /[[<*_`]/;

/** Inline Markdown reduced to its text: links and images to their text, emphasis and tags removed. */
function inline(s: string): string {
  // Most lines have no markup: skip the replacements (a third of the scan's time on a docs folder).
  if (!INLINE_MARKUP.test(s)) return s.trim();
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}
