// Reading the prose of a parsed Markdown document the way the overview needs it: blocks by section, the
// plain text of a paragraph or list item without badges, images and HTML, first sentences, and quotes cut
// to a few words. Shared by the overview detectors (src/detectors/overview/).
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { MAX_QUOTE_WORDS } from '../catalogue/overview.js';
import type { MarkdownDoc } from '../markdown/parse.js';

export interface ProseBlock {
  /** Plain text: inline markup reduced to words, images, badges and tags removed. */
  text: string;
  /** The inline text before cleaning (bold marks kept: the parser leaves emphasis as text). */
  raw: string;
  line: number;
  /** A list item (else a paragraph). */
  item: boolean;
  /** Headings above it, outermost first. */
  headings: string[];
}

export interface Section {
  heading: string;
  depth: number;
  line: number;
  /** The blocks between this heading and the next heading of the same or a higher level. */
  blocks: RootContent[];
}

/** The document's sections (every heading, nested ones included), in order. */
export function sectionsOf(doc: MarkdownDoc): Section[] {
  const children = doc.tree.children;
  const out: Section[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'heading') continue;
    const blocks: RootContent[] = [];
    for (let k = i + 1; k < children.length; k++) {
      const next = children[k] as RootContent;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      blocks.push(next);
    }
    out.push({ heading: headingText(node), depth: node.depth, line: lineOf(node), blocks });
  }
  return out;
}

/** A heading reduced for matching against the catalogue: leading emoji, numbers and marks removed. */
export function headingKey(text: string): string {
  return text
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[^\p{L}\p{N}?')]+$/u, '')
    .trim();
}

export function headingText(h: Heading): string {
  return cleanText(h.children.map(inlineText).join(''));
}

/** Paragraphs and list items of some blocks (not under a nested heading), in order; code, HTML and tables skipped. */
export function proseBlocks(blocks: readonly RootContent[], headings: string[] = []): ProseBlock[] {
  const out: ProseBlock[] = [];
  const visit = (node: RootContent | Root, item: boolean): void => {
    if (out.length > 500) return;
    if (node.type === 'paragraph') {
      const raw = node.children.map(inlineText).join('');
      const text = cleanText(raw);
      if (text) out.push({ text, raw, line: lineOf(node), item, headings });
      return;
    }
    if (node.type === 'list') {
      for (const li of (node as List).children) visitItem(li);
      return;
    }
    if (node.type === 'blockquote') for (const c of node.children) visit(c, item);
    if (node.type === 'html') {
      // HTML-heavy READMEs put their tagline in a <p>; keep it when it reads as a sentence.
      const text = cleanText(node.value.replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' '));
      if (text.split(' ').length >= 6 && /[a-z]{3}/.test(text) && !/[<>{}]/.test(text))
        out.push({ text, raw: text, line: lineOf(node), item, headings });
    }
  };
  const visitItem = (li: ListItem): void => {
    // An item's own paragraph is the item; nested lists follow as their own items.
    const [first, ...rest] = li.children;
    if (first?.type === 'paragraph') {
      const raw = first.children.map(inlineText).join('');
      const text = cleanText(raw);
      if (text) out.push({ text, raw, line: lineOf(li), item: true, headings });
    } else if (first) visit(first, true);
    for (const c of rest) visit(c, true);
  };
  for (const b of blocks) visit(b, false);
  return out;
}

/** The text of inline content: links by their text, images and raw HTML left out, code kept. */
export function inlineText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    case 'break':
      return ' ';
    default:
      return 'children' in node ? (node.children as PhrasingContent[]).map(inlineText).join('') : '';
  }
}

/** Whitespace folded, emphasis marks (the parser leaves them as text) and stray brackets removed. */
export function cleanText(s: string): string {
  return (
    s
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      // Emoji (and GitHub's ":wave:" shortcodes) decorate headings and taglines; they are not words.
      .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, '')
      .replace(/(?<![\w:/]):[a-z0-9_+-]{1,40}:(?![\w:/])/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s|:–—-]+/, '')
      .trim()
  );
}

/** Longest quote in characters. */
const MAX_QUOTE_CHARS = 300;

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"'“(])/;

export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Cut to MAX_QUOTE_WORDS words (at the last comma or semicolon before the cut when there is one), "…" marks it. */
export function clip(sentence: string, max = MAX_QUOTE_WORDS): string {
  // A run without spaces (a URL, a hostile heading) is cut by characters.
  if (sentence.length > MAX_QUOTE_CHARS)
    sentence = `${sentence.slice(0, MAX_QUOTE_CHARS).replace(/\s+\S*$/, '')}…`;
  const words = sentence.split(' ');
  if (words.length <= max) return sentence;
  const cut = words.slice(0, max).join(' ');
  const clause = cut.lastIndexOf(', ');
  const semi = cut.lastIndexOf('; ');
  const at = Math.max(clause, semi);
  return `${(at > cut.length / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** A list item's title: its bold lead, else the text before a colon or dash, else its first words. */
export function itemTitle(raw: string, cleaned: string): string {
  const bold = /^\s*(?:\*\*|__)(.{1,80}?)(?:\*\*|__)/.exec(raw)?.[1];
  const title = bold ?? cleaned.split(/\s[-–—|]\s|:\s/)[0] ?? cleaned;
  return clip(cleanText(title).replace(/[:.]$/, ''), 8);
}

export function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}
