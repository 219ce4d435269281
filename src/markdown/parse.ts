// Markdown as a syntax tree with positions (mdast + GFM), for the files whose links and headings we cite.
// Chosen over markdown-it because every inline link keeps its line (../shared/reference/deps.md §2); it costs
// 20-30x more, so callers parse only key documents, and each file once (the snapshot caches the result).
import type { Heading, Link, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as mdToString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export interface MarkdownDoc {
  path: string;
  text: string;
  tree: Root;
}

export interface MarkdownLink {
  url: string;
  text: string;
  line: number;
}

export interface MarkdownHeading {
  depth: number;
  text: string;
  line: number;
}

/** Documents larger than this are not parsed into a tree (a line scan is used instead). */
export const MAX_MARKDOWN_PARSE_BYTES = 256 * 1024;

/**
 * micromark is quadratic or worse on some shapes no real document has: one paragraph of 30,000 lines (6 s),
 * a list nested 1,000 deep (36 s), emphasis runs like `*a*a*a...` (seconds). Before parsing, bound those
 * shapes while keeping every line where it is (positions stay valid): truncate very long lines, clamp deep
 * indentation and quote nesting, and break a block every MAX_BLOCK_LINES lines with a blank line.
 */
const MAX_LINE_CHARS = 10_000;
const MAX_PREFIX_CHARS = 64;
const MAX_BLOCK_LINES = 1_000;
const PREFIX = /^[ \t>]+/;

export function boundForParsing(text: string): string {
  const lines = text.split('\n');
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.length > MAX_LINE_CHARS) line = line.slice(0, MAX_LINE_CHARS);
    const prefix = PREFIX.exec(line)?.[0];
    if (prefix && prefix.length > MAX_PREFIX_CHARS)
      line = prefix.slice(0, MAX_PREFIX_CHARS) + line.slice(prefix.length);
    if (line.trim() === '') run = 0;
    else if (++run >= MAX_BLOCK_LINES) {
      line = '';
      run = 0;
    }
    lines[i] = line;
  }
  return lines.join('\n');
}

/**
 * Emphasis and strikethrough are never read (we want headings, links and code), and their resolution is
 * the slowest part of micromark on hostile input; CommonMark decides blocks before inlines, so turning them
 * off changes no block and no link.
 */
const UNUSED_CONSTRUCTS = { disable: { null: ['attention', 'strikethrough'] } };

export function parseMarkdown(path: string, text: string): MarkdownDoc {
  const tree = fromMarkdown(boundForParsing(text), {
    extensions: [gfm(), UNUSED_CONSTRUCTS],
    mdastExtensions: [gfmFromMarkdown()],
  });
  return { path, text, tree };
}

type AnyNode = Root | RootContent;

/** Depth-first, in document order, without recursion (a hostile document can nest deeply). */
function walk(root: AnyNode, visit: (n: AnyNode) => void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    visit(node);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
}

/** Every link (inline, autolink, GFM literal) with the line it starts on. */
export function markdownLinks(doc: MarkdownDoc): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const definitions = new Map<string, { url: string; line: number }>();
  walk(doc.tree, (n) => {
    if (n.type === 'definition')
      definitions.set(n.identifier, { url: n.url, line: n.position?.start.line ?? 1 });
  });
  walk(doc.tree, (n) => {
    if (n.type === 'link') {
      links.push({ url: (n as Link).url, text: mdToString(n), line: n.position?.start.line ?? 1 });
    } else if (n.type === 'linkReference') {
      const def = definitions.get(n.identifier);
      if (def) links.push({ url: def.url, text: mdToString(n), line: n.position?.start.line ?? def.line });
    } else if (n.type === 'html') {
      // Raw HTML (badges, centred headers) hides links from the tree; read href attributes directly.
      const line = n.position?.start.line ?? 1;
      n.value.split('\n').forEach((l, i) => {
        for (const m of l.matchAll(/href\s*=\s*["']([^"'\s]{1,2000})["']/gi)) {
          if (m[1]) links.push({ url: m[1], text: '', line: line + i });
        }
      });
    }
  });
  return links;
}

export function markdownHeadings(doc: MarkdownDoc): MarkdownHeading[] {
  const headings: MarkdownHeading[] = [];
  walk(doc.tree, (n) => {
    if (n.type === 'heading') {
      headings.push({
        depth: (n as Heading).depth,
        // Badges in a title ("# Foo [![Tweet](...)](...)") are images: their alt text is not the heading's.
        text: mdToString(n, { includeImageAlt: false }).replace(/\s+/g, ' ').trim(),
        line: n.position?.start.line ?? 1,
      });
    }
  });
  return headings;
}

/** The first line number of the first block of the document (its title, usually). */
export function firstLine(doc: MarkdownDoc): number {
  return doc.tree.children[0]?.position?.start.line ?? 1;
}
