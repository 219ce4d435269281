// Prose out of a Markdown tree, with positions: the sentences of paragraphs, list items, table cells and
// headings (never code), and the document's sections by heading. Detectors that look for a stated rule
// ("two approvals", "within 3 business days") search these and cite the sentence's line.
import type { Root, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { MarkdownDoc } from './parse.js';

export interface Sentence {
  text: string;
  /** 1-based line where the sentence starts. */
  line: number;
  /** The heading path above it, outermost first (["Security", "Reporting"]). */
  headings: string[];
}

export interface DocSection {
  heading: string;
  depth: number;
  /** Line of the heading. */
  line: number;
  /** Last line of the section (the line before the next heading of the same or a higher level). */
  endLine: number;
}

type AnyNode = Root | RootContent;

/** Blocks whose text is prose (their inline children are read as one run of text). */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Never prose: code, raw HTML, front matter. */
const SKIP = new Set(['code', 'html', 'yaml', 'toml', 'definition']);

/** Splits prose into sentences at ". ", "! ", "? " followed by an upper-case letter, digit or quote. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"'“(])/;
const MAX_SENTENCE = 1_000;

/** Every sentence of the document's prose, in order, with its line and the headings above it. */
export function sentences(doc: MarkdownDoc): Sentence[] {
  const out: Sentence[] = [];
  const headingPath: { depth: number; text: string }[] = [];
  const stack: AnyNode[] = [doc.tree];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (SKIP.has(node.type)) continue;
    if (PROSE_BLOCKS.has(node.type)) {
      const text = mdToString(node).replace(/\s+/g, ' ').trim();
      const start = node.position?.start.line ?? 1;
      if (node.type === 'heading') {
        while (headingPath.length > 0 && (headingPath.at(-1)?.depth ?? 0) >= node.depth) headingPath.pop();
        headingPath.push({ depth: node.depth, text });
        continue;
      }
      if (!text) continue;
      const { raw, lineAt } = inlineText(node, start);
      let offset = 0;
      for (const part of raw.split(SENTENCE_END)) {
        const sentence = part.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE);
        const lead = part.length - part.trimStart().length;
        if (sentence)
          out.push({ text: sentence, line: lineAt(offset + lead), headings: headingPath.map((h) => h.text) });
        offset += part.length;
        // The separator's length: the whitespace the split consumed.
        const sep = /^\s+/.exec(raw.slice(offset))?.[0].length ?? 0;
        offset += sep;
      }
      continue;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return out;
}

/**
 * The text of a block's inline content (as mdast-util-to-string gives it) and, for any offset in it, the
 * source line it came from: text nodes carry their own positions, and a soft break inside one moves down
 * a line.
 */
function inlineText(block: AnyNode, firstLine: number): { raw: string; lineAt: (offset: number) => number } {
  let raw = '';
  const marks: { offset: number; line: number }[] = [];
  const stack: AnyNode[] = [block];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      let line = node.position?.start.line ?? marks.at(-1)?.line ?? firstLine;
      marks.push({ offset: raw.length, line });
      for (const piece of node.value.split('\n').slice(1)) {
        line += 1;
        marks.push({ offset: raw.length + node.value.length - piece.length, line });
      }
      raw += node.value;
    } else if (node.type === 'break') {
      raw += '\n';
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  const lineAt = (offset: number): number => {
    let line = firstLine;
    for (const m of marks) {
      if (m.offset > offset) break;
      line = m.line;
    }
    return line;
  };
  return { raw, lineAt };
}

/** The document's sections: each heading with the line range it governs. */
export function docSections(doc: MarkdownDoc): DocSection[] {
  const headings: { heading: string; depth: number; line: number }[] = [];
  for (const node of doc.tree.children) {
    if (node.type === 'heading') {
      headings.push({
        heading: mdToString(node).trim(),
        depth: node.depth,
        line: node.position?.start.line ?? 1,
      });
    }
  }
  const lastLine = doc.text.split('\n').length;
  return headings.map((h, i) => {
    const next = headings.slice(i + 1).find((n) => n.depth <= h.depth);
    return { ...h, endLine: next ? next.line - 1 : lastLine };
  });
}
