// `selfassess merge`: turns a finished draft into self-assessment.md by deleting the tool's own lines
// (`reference:`, `todo:`, `<!-- selfassess:... -->` markers) and nothing else (docs/draft-format.md § merge).
//
// Which lines are code (and so content, never removed) is decided by the Markdown parser's `code` and `html`
// nodes, not by indentation: a `reference:` line indented under a list item is usually a lazy paragraph
// continuation, and only the parser knows. The parser (micromark) is the expensive part: 1-10 µs a character,
// and quadratic in the number of list items and block quotes of one parse. So the document is cut where it can
// be parsed in independent pieces (`chunkStarts`), only the pieces that could hold a code line among the
// candidates are parsed, and the inside of a fenced code block left open at the end of a piece is skipped
// with CommonMark's own closing rule rather than parsed.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface MergeResult {
  /** The merged document. Byte-identical to the input except for the removed lines. */
  text: string;
  /** Every `todo:` line outside code, with its 1-based line number in the input, whether removed or not. */
  remainingTodos: { line: number; text: string }[];
  removed: { references: number; todos: number; markers: number };
}

export const KIND_NONE = 0;
export const KIND_REFERENCE = 1;
export const KIND_TODO = 2;
export const KIND_MARKER = 3;

// Per-line flags, computed in one pass so that no per-chunk scan ever looks past its chunk.
/** The line may open a fenced code or HTML block, at any depth (see `openerFlags`). */
const FLAG_OPENER = 1;
/** The line may open a fenced code or HTML block at the top level (≤3 spaces, then ``` / ~~~ / `<`), one
 * that a blank line does not close and that could so run on past the chunk. */
const FLAG_TOP_OPENER = 2;
/** A candidate line indented by a tab or 4+ spaces: it could be a line of an indented code block... */
const FLAG_DEEP_CANDIDATE = 4;
/** ...unless it goes on a paragraph, which indented code cannot interrupt; this one may not (see below). */
const FLAG_DEEP_UNRESOLVED = 8;
/** The line may belong to a GFM table or footnote (`|`, `:-`, `-:`, `[^`), after which indented code differs. */
const FLAG_GFM = 16;
/** The line may open inline HTML that goes on to the next line (`text <!-- note`, `<a title="x`). */
const FLAG_INLINE_HTML = 32;

/** Only the block structure matters here, and these inline constructs cost time (3-5x on hostile input
 * such as 100k `[` or `*a`) without changing it: CommonMark decides blocks before inlines. Tables and
 * footnote definitions stay (they are blocks); escapes stay (cheap, and they occur in info strings). */
const INLINE_CONSTRUCTS_OFF = {
  disable: {
    null: [
      'attention',
      'autolink',
      'codeText',
      'hardBreakEscape',
      'htmlText',
      'labelEnd',
      'labelStartImage',
      'labelStartLink',
      'wwwAutolink',
      'protocolAutolink',
      'emailAutolink',
      'strikethrough',
      'gfmFootnoteCall',
      'gfmPotentialFootnoteCall',
    ],
  },
};

type ParserOptions = NonNullable<Parameters<typeof fromMarkdown>[1]>;
let gfmOptions: ParserOptions | undefined;
let commonmarkOptions: ParserOptions | undefined;

/** A delimiter row has a `|`, or else a colon against a dash (`:-:`, `-:`); a footnote definition has `[^`. */
const GFM_BLOCK_HINT = /\||\[\^|:-|-:/;

let fullOptions: ParserOptions | undefined;

/**
 * `inline`: also parse inline constructs, for text where inline HTML might span lines (an `html` node too).
 * Code spans, autolinks, escapes and links decide where inline HTML starts, so then nothing is left out.
 */
function parseBlocks(text: string, inline: boolean): Root {
  if (inline) {
    fullOptions ??= {
      extensions: [gfm()],
      mdastExtensions: gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] })),
    };
    return fromMarkdown(text, fullOptions);
  }
  // GFM adds two blocks that change which lines are code (an indented line after a table, or in a footnote,
  // is code): tables and footnote definitions. Text with neither parses the same without GFM, a quarter faster.
  if (GFM_BLOCK_HINT.test(text)) {
    gfmOptions ??= {
      extensions: [gfm(), INLINE_CONSTRUCTS_OFF],
      // The autolink-literal transform searches every text node for URLs: work for inlines nobody reads here.
      mdastExtensions: gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] })),
    };
    return fromMarkdown(text, gfmOptions);
  }
  commonmarkOptions ??= { extensions: [INLINE_CONSTRUCTS_OFF] };
  return fromMarkdown(text, commonmarkOptions);
}

// Lower case only: the community writes `reference:` / `todo:` (cncf/tag-security drafts), and a capitalised
// `Reference:` or `Todo:` at the start of a line is more likely a human's sentence than a tool line.
const REFERENCE = 'reference:';
const TODO = 'todo:';
// The whole line is one marker: no second `-->` inside, nothing but blanks around it.
const MARKER = /^[ \t]*<!--[ \t]*selfassess:(?:(?!-->).)*-->[ \t]*$/s;
const OPENER_ANYWHERE = /```|~~~|<|\||\[\^|:-|-:/g;
/** A line that surely starts or goes on a paragraph when its chunk has no code, HTML, table or footnote: up to
 * 3 spaces (so not indented code) and maybe one list marker, then a letter (so no other block). */
const PARAGRAPH_LINE = /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)]) {1,4})?[A-Za-z]/;
// Anything a block may start after: indentation, block quote markers, list markers, GFM footnote labels.
// Deliberately loose (a longer prefix than the parser's only makes more lines count as openers).
const CONTAINER_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]]*\]:)*/;

const CODE_FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** A line that opens a fenced code block (a backtick fence's info string has no backtick). */
const FENCE_OPENING_LINE = /^ {0,3}(?:`{3,}[^`]*|~{3,}.*)$/s;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
// CommonMark HTML block types 1-5 are the only ones that survive a blank line; their end conditions.
const HTML_BLOCK_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Lines, split as CommonMark does (\n, \r\n and a lone \r all end a line), so that the parser's line numbers
 * are ours. `start`..`contentEnd` is the text, `contentEnd`..`end` its line ending (empty on a last line
 * without one). */
export interface Lines {
  count: number;
  start: number[];
  contentEnd: number[];
  end: number[];
}

export function splitLines(text: string): Lines {
  const start: number[] = [];
  const contentEnd: number[] = [];
  const end: number[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      start.push(lineStart);
      contentEnd.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      end.push(i + 1);
      lineStart = i + 1;
    }
  }
  if (lineStart < n) {
    start.push(lineStart);
    contentEnd.push(n);
    end.push(n);
  }
  return { count: start.length, start, contentEnd, end };
}

/** How merge sees a draft, line by line; `draft --update` (src/update.ts) reads markers through this too. */
export interface DraftLines {
  lines: Lines;
  /** Per line: KIND_NONE, KIND_REFERENCE, KIND_TODO or KIND_MARKER, before protection. */
  kinds: Uint8Array;
  /** 1 where the line is code or HTML content (so not a tool line, whatever it looks like). */
  isProtected: Uint8Array;
}

export function scanDraftLines(text: string): DraftLines {
  const lines = splitLines(text);
  const kinds = new Uint8Array(lines.count);
  const flags = new Uint8Array(lines.count);
  const blank = new Uint8Array(lines.count);
  const marks = new Uint16Array(lines.count); // block quote and list markers opening each line
  classifyLines(text, lines, kinds, flags, blank, marks);

  const isProtected = new Uint8Array(lines.count);
  protectCode(text, lines, kinds, flags, blank, marks, isProtected);
  return { lines, kinds, isProtected };
}

export function mergeDraft(draft: string, options: { allowTodo: boolean }): MergeResult {
  const text = typeof draft === 'string' ? draft : '';
  const { lines, kinds, isProtected } = scanDraftLines(text);

  const remainingTodos: MergeResult['remainingTodos'] = [];
  const removed = { references: 0, todos: 0, markers: 0 };
  const parts: string[] = [];
  let spanStart = -1; // first byte of the run of kept lines being collected
  let lastKept = -1;
  for (let i = 0; i < lines.count; i++) {
    const kind = isProtected[i] ? KIND_NONE : kinds[i];
    let remove = false;
    if (kind === KIND_REFERENCE) {
      remove = true;
      removed.references++;
    } else if (kind === KIND_MARKER) {
      remove = true;
      removed.markers++;
    } else if (kind === KIND_TODO) {
      remainingTodos.push({ line: i + 1, text: text.slice(lines.start[i], lines.contentEnd[i]).trim() });
      // Without --allow-todo the caller refuses to write anything; the text keeps the todos so that nothing
      // a human still has to answer is ever dropped silently, should a caller show or save it anyway.
      if (options.allowTodo) {
        remove = true;
        removed.todos++;
      }
    }
    if (remove) {
      if (spanStart >= 0) parts.push(text.slice(spanStart, lines.start[i]));
      spanStart = -1;
    } else {
      if (spanStart < 0) spanStart = lines.start[i] as number;
      lastKept = i;
    }
  }
  if (spanStart >= 0) parts.push(text.slice(spanStart, text.length));
  let out = parts.join('');
  // A removed line takes its own line ending with it; but when the input's last line had none and was
  // removed, the kept line now last must lose its ending too, or merging would add a final newline.
  const last = lines.count - 1;
  if (lastKept >= 0 && lastKept < last && lines.contentEnd[last] === lines.end[last]) {
    out = out.slice(
      0,
      out.length - ((lines.end[lastKept] as number) - (lines.contentEnd[lastKept] as number)),
    );
  }
  return { text: out, remainingTodos, removed };
}

function classifyLines(
  text: string,
  lines: Lines,
  kinds: Uint8Array,
  flags: Uint8Array,
  blank: Uint8Array,
  marks: Uint16Array,
) {
  // Whether the line before is surely part of a paragraph (given a chunk without code, HTML, table or
  // footnote): then a deeply indented candidate under it goes on that paragraph and is no code. That is the
  // `    reference:` under a nested list item, which would otherwise send every such chunk to the parser.
  let afterParagraph = false;
  for (let i = 0; i < lines.count; i++) {
    const s = lines.start[i] as number;
    const e = lines.contentEnd[i] as number;
    let p = s;
    let spaces = 0;
    let tab = false;
    for (; p < e; p++) {
      const c = text.charCodeAt(p);
      if (c === 32) spaces++;
      else if (c === 9) tab = true;
      else break;
    }
    if (p === e) {
      blank[i] = 1;
      afterParagraph = false;
      continue;
    }
    if (isContainerMark(text.charCodeAt(p))) marks[i] = Math.min(nesting(text, p, e), 0xffff);
    let kind = KIND_NONE;
    if (text.startsWith(REFERENCE, p)) kind = KIND_REFERENCE;
    else if (text.startsWith(TODO, p)) kind = KIND_TODO;
    else if (text.startsWith('<!--', p) && MARKER.test(text.slice(s, e))) kind = KIND_MARKER;
    kinds[i] = kind;
    const deep = kind !== KIND_NONE && (tab || spaces >= 4);
    if (deep) {
      flags[i] = (flags[i] as number) | FLAG_DEEP_CANDIDATE | (afterParagraph ? 0 : FLAG_DEEP_UNRESOLVED);
    }
    // A `reference:`/`todo:` line going on a paragraph is more of it; a marker may instead be an HTML block
    // (in a list item, where it interrupts the paragraph), after which indented code can start.
    if (kind === KIND_MARKER) afterParagraph = false;
    else if (!deep) afterParagraph = PARAGRAPH_LINE.test(text.slice(s, Math.min(e, s + 24)));
  }
  // One global scan for lines that contain an opener character at all; only those get a closer look.
  OPENER_ANYWHERE.lastIndex = 0;
  let line = 0;
  for (let m = OPENER_ANYWHERE.exec(text); m !== null; m = OPENER_ANYWHERE.exec(text)) {
    while (line < lines.count && (lines.end[line] as number) <= m.index) line++;
    if (line >= lines.count) break;
    const content = lineText(text, lines, line);
    flags[line] = (flags[line] as number) | openerFlags(content) | gfmFlag(content) | inlineHtmlFlag(content);
    // Skip the rest of this line: it has been looked at as a whole.
    OPENER_ANYWHERE.lastIndex = Math.max(OPENER_ANYWHERE.lastIndex, lines.end[line] as number);
  }
}

function gfmFlag(content: string): number {
  return GFM_BLOCK_HINT.test(content) ? FLAG_GFM : 0;
}

/**
 * Whether some inline HTML may start on this line and end on a later one: a comment, processing instruction,
 * CDATA section or declaration not closed on the line, or a tag with no `>` after it or with a quote before
 * its `>` (an attribute value may hold a `>`, or a line ending). A superset: the parser decides.
 */
function inlineHtmlFlag(content: string): number {
  for (const m of content.matchAll(/<[A-Za-z/!?]/g)) {
    const rest = content.slice(m.index);
    let closed: boolean;
    if (rest.startsWith('<!--')) closed = rest.indexOf('-->', 2) >= 0;
    else if (rest.startsWith('<?')) closed = rest.indexOf('?>', 1) >= 0;
    else if (rest.startsWith('<![CDATA[')) closed = rest.indexOf(']]>', 9) >= 0;
    else {
      const close = rest.indexOf('>');
      closed = close >= 0 && !/["']/.test(rest.slice(0, close));
    }
    if (!closed) return FLAG_INLINE_HTML;
  }
  return 0;
}

function isContainerMark(c: number): boolean {
  return c === 62 || c === 42 || c === 43 || c === 45 || isDigit(c); // > * + - 0-9
}

/** How many block quote and list markers open the line (`>`, or `*`/`+`/`-`/`1.`/`1)` before a blank). */
function nesting(text: string, from: number, to: number): number {
  let marks = 0;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) {
      p++;
      continue;
    }
    let after = p + 1;
    if (c >= 48 && c <= 57) {
      while (after < to && after - p < 9 && isDigit(text.charCodeAt(after))) after++;
      const d = text.charCodeAt(after);
      if (d !== 46 && d !== 41) break;
      after++;
    } else if (c !== 62 && c !== 42 && c !== 43 && c !== 45) {
      break;
    }
    const next = after < to ? text.charCodeAt(after) : 32;
    if (c !== 62 && next !== 32 && next !== 9) break;
    marks++;
    p = after;
  }
  return marks;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether a line can open a fenced code block or an HTML block: only right after its container prefix
 * (block quote and list markers, footnote labels, indentation), never mid-line. So a table cell
 * `| <https://...> |` or a mid-line `<` opens nothing, and a `<!-- ... -->` comment that closes on its own
 * line (every selfassess marker) is a one-line HTML block that cannot contain another line.
 */
function openerFlags(content: string): number {
  const prefix = CONTAINER_PREFIX.exec(content)?.[0] ?? '';
  const rest = content.slice(prefix.length);
  let opens = rest.startsWith('```') || rest.startsWith('~~~');
  // (The parser lets the end overlap the start, as in `<!-->`.)
  if (!opens && rest.startsWith('<')) opens = !(rest.startsWith('<!--') && rest.indexOf('-->', 2) >= 0);
  if (!opens) return 0;
  return /^ {0,3}$/.test(prefix) ? FLAG_OPENER | FLAG_TOP_OPENER : FLAG_OPENER;
}

/**
 * Where the document can be cut into pieces that parse exactly as they do inside the whole (given that the
 * piece before ended clean, see below): a non-blank line without indentation that follows a blank line, or
 * that opens a block able to interrupt a paragraph: an ATX heading, a code fence, an HTML comment (the
 * markers). Such a line continues no container (block quote, list item, footnote definition) and is no lazy
 * continuation, and it ends any paragraph, table or indented code block; so does a blank line, which also
 * ends HTML blocks of types 6-7. What can stay open across it is a top-level fenced code block, an HTML block
 * of types 1-5, or one of types 6-7 not followed by a blank line: `openBlockAtEnd` finds those in the parse.
 */
function chunkStarts(text: string, lines: Lines, blank: Uint8Array): number[] {
  const starts = [0];
  for (let i = 1; i < lines.count; i++) {
    if (blank[i]) continue;
    const s = lines.start[i] as number;
    const c = text.charCodeAt(s);
    // A byte order mark is dropped at the start of a document only; not cutting there keeps it as it was.
    if (c === 32 || c === 9 || c === 0xfeff) continue;
    if (
      blank[i - 1] ||
      (c === 35 && ATX_HEADING.test(text.slice(s, s + 8))) ||
      (c === 60 && text.startsWith('<!--', s)) ||
      ((c === 96 || c === 126) && FENCE_OPENING_LINE.test(text.slice(s, lines.contentEnd[i])))
    ) {
      starts.push(i);
    }
  }
  return starts;
}

/** Chunks parsed together, up to about this many characters: each parse costs ~0.1 ms of set-up (more before
 * the JIT warms up), so many small chunks parse faster together; the parser's quadratic cost caps the size. */
const BATCH_CHARS = 8 * 1024;
/** ... and up to this many block quote and list markers: the parser copies its whole event list each time one
 * of those blocks closes, so its time grows with their number times the length (a hostile 64 KB list of
 * nested items takes it 4 s, a 1 MB one minutes). */
const BATCH_CONTAINERS = 256;
/** A chunk that needs no parsing is parsed anyway, to join two that do, when it is at most this long (parsing
 * ~100 characters costs about what a parse's set-up does). */
const GAP_CHARS = 64;
/** Beyond this size, or this many markers, one chunk is not parsed but kept whole (see `withoutParsing`). Real
 * drafts never come near: it takes that much text, or that many list items, without a blank line, heading,
 * fence or comment between them; parsing one such chunk takes the parser about 0.2 s. */
const MAX_PARSE_CHARS = 32 * 1024;
const MAX_PARSE_CONTAINERS = 1024;
/** And past this many characters parsed in all, the rest is not parsed either, so that a hostile document
 * (a megabyte of nested list items with HTML, which the parser reads at 10-20 µs a character) costs seconds,
 * not minutes. A 1 MB draft needs ~10 KB parsed, ~80 KB when every section holds code. */
const PARSE_BUDGET_CHARS = 256 * 1024;

function protectCode(
  text: string,
  lines: Lines,
  kinds: Uint8Array,
  flags: Uint8Array,
  blank: Uint8Array,
  marks: Uint16Array,
  isProtected: Uint8Array,
): void {
  const count = lines.count;
  const starts = chunkStarts(text, lines, blank);
  starts.push(count);
  // Running counts, so that any range of lines can be asked "does it need the parser?" in constant time.
  const candidates = new Int32Array(count + 1);
  const openers = new Int32Array(count + 1);
  const topOpeners = new Int32Array(count + 1);
  const deep = new Int32Array(count + 1);
  const unresolved = new Int32Array(count + 1);
  const gfmLines = new Int32Array(count + 1);
  const inlineHtml = new Int32Array(count + 1);
  const containers = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const f = flags[i] as number;
    candidates[i + 1] = (candidates[i] as number) + (kinds[i] === KIND_NONE ? 0 : 1);
    openers[i + 1] = (openers[i] as number) + (f & FLAG_OPENER ? 1 : 0);
    topOpeners[i + 1] = (topOpeners[i] as number) + (f & FLAG_TOP_OPENER ? 1 : 0);
    deep[i + 1] = (deep[i] as number) + (f & FLAG_DEEP_CANDIDATE ? 1 : 0);
    unresolved[i + 1] = (unresolved[i] as number) + (f & FLAG_DEEP_UNRESOLVED ? 1 : 0);
    gfmLines[i + 1] = (gfmLines[i] as number) + (f & FLAG_GFM ? 1 : 0);
    inlineHtml[i + 1] = (inlineHtml[i] as number) + (f & FLAG_INLINE_HTML ? 1 : 0);
    containers[i + 1] = (containers[i] as number) + (marks[i] as number);
  }
  const has = (sums: Int32Array, a: number, b: number) => (sums[b] as number) > (sums[a] as number);
  // Without a fence or HTML opener there is no fenced code or HTML block, without inline HTML left open on
  // a line none spanning lines, and without a deeply indented candidate (one not surely going on a
  // paragraph, or any in a chunk with a table or footnote) no candidate can be indented code: nothing to
  // protect. Without a top-level opener the chunk cannot leave a block open for the next one. Then the
  // parser is not needed, which is most chunks of a draft.
  // (A paragraph surely gone on must have begun within the chunk: so not for a deep candidate on its first
  // line, which after a skipped block may well be indented code.)
  const needsParse = (a: number, b: number) =>
    (has(candidates, a, b) &&
      (has(openers, a, b) ||
        has(unresolved, a, b) ||
        ((flags[a] as number) & FLAG_DEEP_CANDIDATE) !== 0 ||
        (has(deep, a, b) && has(gfmLines, a, b)) ||
        has(inlineHtml, a, b))) ||
    has(topOpeners, a, b);
  const containersIn = (a: number, b: number) => (containers[b] as number) - (containers[a] as number);
  const offset = (line: number) => (line < count ? (lines.start[line] as number) : text.length);

  let budget = PARSE_BUDGET_CHARS;
  // `pos` is always a line where parsing can start afresh: a chunk start, or the line after a top-level
  // block that closed.
  let pos = 0;
  let next = 1; // index in `starts` of the first chunk start after `pos`
  while (pos < count) {
    while ((starts[next] as number) <= pos) next++;
    // A fence opening here is top-level, so CommonMark's closing rule alone says where it ends (no container
    // can end it first): skip it without parsing. Code-heavy documents are mostly this.
    if (opensFence(text, lines, pos)) {
      const closer = findCloser(text, lines, blank, pos, pos + 1);
      const stop = closer < 0 ? count : closer + 1;
      isProtected.fill(1, pos, stop);
      pos = stop;
      continue;
    }
    let end = starts[next] as number;
    if (!needsParse(pos, end)) {
      pos = end;
      continue;
    }
    for (let k = next; k < starts.length - 1; k++) {
      const a = starts[k] as number;
      const b = starts[k + 1] as number;
      if (opensFence(text, lines, a)) break;
      if (needsParse(a, b)) {
        if (offset(b) - offset(pos) > BATCH_CHARS || containersIn(pos, b) > BATCH_CONTAINERS) break;
        end = b;
      } else if (offset(b) - offset(end) > GAP_CHARS) {
        break;
      }
    }
    const size = offset(end) - offset(pos);
    if (size > MAX_PARSE_CHARS || size > budget || containersIn(pos, end) > MAX_PARSE_CONTAINERS) {
      pos = withoutParsing(text, lines, blank, topOpeners, pos, end, isProtected);
      continue;
    }
    const last = end - 1;
    // The parser drops a byte order mark that starts its input; one starting a line mid-document is text.
    // A blank line in front keeps it, and changes nothing else: the tree's lines are then one further on.
    const lead = pos > 0 && text.charCodeAt(offset(pos)) === 0xfeff ? 1 : 0;
    const first = pos - lead;
    budget -= size;
    let tree: Root;
    try {
      tree = parseBlocks(
        (lead ? '\n' : '') + text.slice(offset(pos), lines.end[last]),
        has(inlineHtml, pos, end),
      );
    } catch {
      // Nothing known makes the parser throw (deep nesting, which overflows its stack, is refused above).
      pos = withoutParsing(text, lines, blank, topOpeners, pos, end, isProtected);
      continue;
    }
    markCodeLines(tree, first, last, isProtected);
    const open = end < count ? openBlockAtEnd(text, lines, tree, first, last, blank) : undefined;
    if (open === undefined) {
      pos = end;
      continue;
    }
    // A top-level block runs on past the chunk: protect it to its closing line, and go on after that.
    const closer = findCloser(text, lines, blank, open, end);
    const stop = closer < 0 ? count : closer + 1;
    isProtected.fill(1, open, stop);
    pos = stop;
  }
}

function opensFence(text: string, lines: Lines, line: number): boolean {
  const c = text.charCodeAt(lines.start[line] as number);
  // Cheap test first: a fence line starts with a space, a backtick or a tilde (or the byte order mark).
  if (c !== 32 && c !== 96 && c !== 126 && c !== 0xfeff) return false;
  return FENCE_OPENING_LINE.test(lineText(text, lines, line));
}

/**
 * A chunk too large, or with too many nested blocks, to parse (or that the parser threw on). An HTML block of
 * types 1-5 opening it is skipped by its closing rule (a fence never gets here); anything else is kept whole,
 * and when it could leave a block open, so is the rest of the document: keeping a reference line is visible
 * in the output, deleting a line of code is not.
 * Returns the line to go on from.
 */
function withoutParsing(
  text: string,
  lines: Lines,
  blank: Uint8Array,
  topOpeners: Int32Array,
  pos: number,
  end: number,
  isProtected: Uint8Array,
): number {
  const first = lineText(text, lines, pos);
  const end1to5 = htmlBlockEnd(first);
  if (end1to5?.test(first)) return pos + 1; // a one-line HTML block: content, or a marker
  if (end1to5) {
    const closer = findCloser(text, lines, blank, pos, pos + 1);
    if (closer < 0) {
      isProtected.fill(1, pos, lines.count);
      return lines.count;
    }
    isProtected.fill(1, pos, closer + 1);
    return closer + 1;
  }
  if ((topOpeners[end] as number) > (topOpeners[pos] as number)) {
    isProtected.fill(1, pos, lines.count);
    return lines.count;
  }
  isProtected.fill(1, pos, end);
  return end;
}

/** A line's text; on the first line without the byte order mark, which the parser drops. */
function lineText(text: string, lines: Lines, line: number): string {
  const s = text.slice(lines.start[line], lines.contentEnd[line]);
  return line === 0 && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** The top-level code or HTML block left open at the end of the chunk, as its first line (0-based, global). */
function openBlockAtEnd(
  text: string,
  lines: Lines,
  tree: Root,
  first: number,
  last: number,
  blank: Uint8Array,
): number | undefined {
  const node = tree.children[tree.children.length - 1];
  if (!node?.position || (node.type !== 'code' && node.type !== 'html')) return undefined;
  const startLine = first + node.position.start.line - 1;
  const endLine = first + node.position.end.line - 1;
  let lastNonBlank = last;
  while (lastNonBlank > startLine && blank[lastNonBlank]) lastNonBlank--;
  const opening = lineText(text, lines, startLine);
  if (node.type === 'code') {
    // An open fence runs on to the end of the input, past its last non-blank line. (Indented code cannot
    // stay open: the next chunk starts unindented. Its position may take in trailing blank lines, though.)
    return CODE_FENCE_OPEN.test(opening) && endLine > lastNonBlank ? startLine : undefined;
  }
  // HTML of types 1-5 left open runs to the end of the input too; types 6-7 end at a blank line only, so one
  // ending on the chunk's last line would go on into the next chunk's first line in the whole document.
  if (endLine > lastNonBlank) return startLine;
  return endLine === last && htmlBlockEnd(opening) === undefined ? startLine : undefined;
}

/** The end condition of an HTML block of types 1-5 that starts with this line; undefined for types 6-7. */
function htmlBlockEnd(line: string): RegExp | undefined {
  for (const [start, end] of HTML_BLOCK_ENDS) if (start.test(line)) return end;
  return undefined;
}

/**
 * The last line of the top-level fenced code or HTML block opening on line `opener`, searching from line
 * `from`, or -1 when it runs to the end of the document. For a block the parser reported but this file does
 * not recognise (none known), -1 too: keeping the rest is the safe answer.
 */
function findCloser(text: string, lines: Lines, blank: Uint8Array, opener: number, from: number): number {
  const opening = lineText(text, lines, opener);
  let closes: (line: number) => boolean;
  const fence = CODE_FENCE_OPEN.exec(opening)?.[1];
  if (fence) {
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    closes = (i) => closing.test(text.slice(lines.start[i], lines.contentEnd[i]));
  } else if (/^ {0,3}</.test(opening)) {
    const end = htmlBlockEnd(opening);
    // Types 6-7 end before the first blank line, which is then the last line to skip.
    closes = end ? (i) => end.test(text.slice(lines.start[i], lines.contentEnd[i])) : (i) => blank[i] === 1;
  } else {
    return -1;
  }
  for (let i = from; i < lines.count; i++) if (closes(i)) return i;
  return -1;
}

/** Protects every line of a code block, and of HTML spanning lines, block or inline (a marker alone on its
 * line is a one-line HTML block; a `<!-- ... -->` comment or `<details>` over several lines is content, and
 * so is a `reference:` line inside a comment opened mid-paragraph). */
function markCodeLines(tree: Root, first: number, last: number, isProtected: Uint8Array): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'code' || node.type === 'html') {
      const pos = node.position;
      if (!pos) continue;
      // A block left open runs to the end of the input: when that follows a line ending, the end point is at
      // column 1 of a line the block has nothing on (the next chunk's first line).
      const endLine = pos.end.column === 1 && pos.end.line > pos.start.line ? pos.end.line - 1 : pos.end.line;
      if (node.type === 'html' && pos.start.line === endLine) continue;
      isProtected.fill(1, first + pos.start.line - 1, Math.min(first + endLine, last + 1));
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child as Nodes);
    }
  }
}
