import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
const KIND_NONE = 0;
const KIND_REFERENCE = 1;
const KIND_TODO = 2;
const KIND_MARKER = 3;
// Per-line flags, computed in one pass so that no per-chunk scan ever looks past its chunk.
/** The line may open a fenced code or HTML block, at any depth (see `openerFlags`). */
const FLAG_OPENER = 1;
/** The line may open a fenced code or HTML block at the top level (≤3 spaces, then ``` / ~~~ / `<`), one
 * that a blank line does not close and that could so run on past the chunk. */
const FLAG_TOP_OPENER = 2;
/** A candidate line indented by a tab or 4+ spaces: it could be a line of an indented code block. */
const FLAG_DEEP_CANDIDATE = 4;
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
let parserOptions;
globalThis.__parsed = 0; globalThis.__calls = 0;
function parseBlocks(text) { console.log(JSON.stringify(text)); globalThis.__parsed += text.length; globalThis.__calls++;
    parserOptions ??= {
        extensions: [gfm(), INLINE_CONSTRUCTS_OFF],
        // The autolink-literal transform searches every text node for URLs: work for inlines nobody reads here.
        mdastExtensions: gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] })),
    };
    return fromMarkdown(text, parserOptions);
}
// Lower case only: the community writes `reference:` / `todo:` (cncf/tag-security drafts), and a capitalised
// `Reference:` or `Todo:` at the start of a line is more likely a human's sentence than a tool line.
const REFERENCE = 'reference:';
const TODO = 'todo:';
// The whole line is one marker: no second `-->` inside, nothing but blanks around it.
const MARKER = /^[ \t]*<!--[ \t]*selfassess:(?:(?!-->).)*-->[ \t]*$/s;
const OPENER_ANYWHERE = /```|~~~|</g;
// Anything a block may start after: indentation, block quote markers, list markers, GFM footnote labels.
// Deliberately loose (a longer prefix than the parser's only makes more lines count as openers).
const CONTAINER_PREFIX = /^(?:[ \t]|>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]]*\]:)*/;
const CODE_FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
// CommonMark HTML block types 1-5 are the only ones that survive a blank line; their end conditions.
const HTML_BLOCK_ENDS = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
function splitLines(text) {
    const start = [];
    const contentEnd = [];
    const end = [];
    let lineStart = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
            start.push(lineStart);
            contentEnd.push(i);
            if (c === 13 && text.charCodeAt(i + 1) === 10)
                i++;
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
export function mergeDraft(draft, options) {
    const text = typeof draft === 'string' ? draft : '';
    const lines = splitLines(text);
    const kinds = new Uint8Array(lines.count);
    const flags = new Uint8Array(lines.count);
    const blank = new Uint8Array(lines.count);
    classifyLines(text, lines, kinds, flags, blank);
    const isProtected = new Uint8Array(lines.count);
    protectCode(text, lines, kinds, flags, blank, isProtected);
    const remainingTodos = [];
    const removed = { references: 0, todos: 0, markers: 0 };
    const parts = [];
    let spanStart = -1; // first byte of the run of kept lines being collected
    let lastKept = -1;
    for (let i = 0; i < lines.count; i++) {
        const kind = isProtected[i] ? KIND_NONE : kinds[i];
        let remove = false;
        if (kind === KIND_REFERENCE) {
            remove = true;
            removed.references++;
        }
        else if (kind === KIND_MARKER) {
            remove = true;
            removed.markers++;
        }
        else if (kind === KIND_TODO) {
            remainingTodos.push({ line: i + 1, text: text.slice(lines.start[i], lines.contentEnd[i]).trim() });
            // Without --allow-todo the caller refuses to write anything; the text keeps the todos so that nothing
            // a human still has to answer is ever dropped silently, should a caller show or save it anyway.
            if (options.allowTodo) {
                remove = true;
                removed.todos++;
            }
        }
        if (remove) {
            if (spanStart >= 0)
                parts.push(text.slice(spanStart, lines.start[i]));
            spanStart = -1;
        }
        else {
            if (spanStart < 0)
                spanStart = lines.start[i];
            lastKept = i;
        }
    }
    if (spanStart >= 0)
        parts.push(text.slice(spanStart, text.length));
    let out = parts.join('');
    // A removed line takes its own line ending with it; but when the input's last line had none and was
    // removed, the kept line now last must lose its ending too, or merging would add a final newline.
    const last = lines.count - 1;
    if (lastKept >= 0 && lastKept < last && lines.contentEnd[last] === lines.end[last]) {
        out = out.slice(0, out.length - (lines.end[lastKept] - lines.contentEnd[lastKept]));
    }
    return { text: out, remainingTodos, removed };
}
function classifyLines(text, lines, kinds, flags, blank) {
    for (let i = 0; i < lines.count; i++) {
        const s = lines.start[i];
        const e = lines.contentEnd[i];
        let p = s;
        let spaces = 0;
        let tab = false;
        for (; p < e; p++) {
            const c = text.charCodeAt(p);
            if (c === 32)
                spaces++;
            else if (c === 9)
                tab = true;
            else
                break;
        }
        if (p === e) {
            blank[i] = 1;
            continue;
        }
        let kind = KIND_NONE;
        if (text.startsWith(REFERENCE, p))
            kind = KIND_REFERENCE;
        else if (text.startsWith(TODO, p))
            kind = KIND_TODO;
        else if (text.startsWith('<!--', p) && MARKER.test(text.slice(s, e)))
            kind = KIND_MARKER;
        kinds[i] = kind;
        if (kind !== KIND_NONE && (tab || spaces >= 4))
            flags[i] = flags[i] | FLAG_DEEP_CANDIDATE;
    }
    // One global scan for lines that contain an opener character at all; only those get a closer look.
    OPENER_ANYWHERE.lastIndex = 0;
    let line = 0;
    for (let m = OPENER_ANYWHERE.exec(text); m !== null; m = OPENER_ANYWHERE.exec(text)) {
        while (line < lines.count && lines.end[line] <= m.index)
            line++;
        if (line >= lines.count)
            break;
        flags[line] = flags[line] | openerFlags(text, lines, line);
        // Skip the rest of this line: it has been looked at as a whole.
        OPENER_ANYWHERE.lastIndex = Math.max(OPENER_ANYWHERE.lastIndex, lines.end[line]);
    }
}
/**
 * Whether a line can open a fenced code block or an HTML block: only right after its container prefix
 * (block quote and list markers, footnote labels, indentation), never mid-line. So a table cell
 * `| <https://...> |` or a mid-line `<` opens nothing, and a `<!-- ... -->` comment that closes on its own
 * line (every selfassess marker) is a one-line HTML block that cannot contain another line.
 */
function openerFlags(text, lines, line) {
    let content = text.slice(lines.start[line], lines.contentEnd[line]);
    // The parser drops a byte order mark at the start of the document, so what follows it counts.
    if (line === 0 && content.charCodeAt(0) === 0xfeff)
        content = content.slice(1);
    const prefix = CONTAINER_PREFIX.exec(content)?.[0] ?? '';
    const rest = content.slice(prefix.length);
    let opens = rest.startsWith('```') || rest.startsWith('~~~');
    if (!opens && rest.startsWith('<'))
        opens = !(rest.startsWith('<!--') && rest.indexOf('-->', 4) >= 0);
    if (!opens)
        return 0;
    return /^ {0,3}$/.test(prefix) ? FLAG_OPENER | FLAG_TOP_OPENER : FLAG_OPENER;
}
/**
 * Where the document can be cut into pieces that parse exactly as they do inside the whole: a non-blank line
 * with no indentation that follows a blank line, or that is an ATX heading or a comment closed on its own line
 * (the markers). Such a line continues no container (block quote, list item, footnote definition: an
 * unindented heading or HTML block is never a lazy continuation), and it ends any paragraph, table or
 * indented code block; so does a blank line, which also ends HTML blocks of types 6-7. What can stay open is
 * a top-level fenced code block, an HTML block of types 1-5, or one of types 6-7 not followed by a blank
 * line: `openBlockAtEnd` finds those from the parse, and the chunk is extended past them.
 */
function chunkStarts(text, lines, blank) {
    const starts = [0];
    for (let i = 1; i < lines.count; i++) {
        if (blank[i])
            continue;
        const s = lines.start[i];
        const c = text.charCodeAt(s);
        // A byte order mark is dropped at the start of a document only; not cutting there keeps it as it was.
        if (c === 32 || c === 9 || c === 0xfeff)
            continue;
        if (blank[i - 1] ||
            (c === 35 && ATX_HEADING.test(text.slice(s, s + 8))) ||
            (c === 60 && closedComment(text, lines, i))) {
            starts.push(i);
        }
    }
    return starts;
}
function closedComment(text, lines, line) {
    const s = lines.start[line];
    const e = lines.contentEnd[line];
    if (!text.startsWith('<!--', s))
        return false;
    const close = text.indexOf('-->', s + 4);
    return close >= 0 && close + 3 <= e;
}
/** Chunks parsed together, up to about this many characters: one parse costs a fixed ~0.1 ms of setup, while
 * the parser's time per character grows with the size of what it parses (it copies its event list each time
 * a list item or block quote closes), so small batches are the fastest. Measured on a 1 MB draft. */
const BATCH_CHARS = 8 * 1024;
function protectCode(text, lines, kinds, flags, blank, isProtected) {
    const starts = chunkStarts(text, lines, blank);
    starts.push(lines.count);
    const chunks = starts.length - 1;
    const needsParse = new Uint8Array(chunks);
    for (let c = 0; c < chunks; c++) {
        let candidates = false;
        let openers = false;
        let topOpeners = false;
        let deep = false;
        for (let i = starts[c]; i < starts[c + 1]; i++) {
            if (kinds[i] !== KIND_NONE)
                candidates = true;
            const f = flags[i];
            if (f & FLAG_OPENER)
                openers = true;
            if (f & FLAG_TOP_OPENER)
                topOpeners = true;
            if (f & FLAG_DEEP_CANDIDATE)
                deep = true;
        }
        // Without ``` / ~~~ / `<` there is no fenced code or HTML, and without a deeply indented candidate no
        // candidate can be indented code: nothing to protect. Without a top-level opener the chunk cannot leave
        // a block open for the next one. Either way the parser is not needed, which is most chunks of a draft.
        needsParse[c] = (candidates && (openers || deep)) || topOpeners ? 1 : 0;
    }
    let chunk = 0;
    while (chunk < chunks) {
        if (!needsParse[chunk]) {
            chunk++;
            continue;
        }
        const first = starts[chunk];
        let endChunk = chunk + 1;
        while (endChunk < chunks &&
            needsParse[endChunk] &&
            lines.start[starts[endChunk]] - lines.start[first] < BATCH_CHARS) {
            endChunk++;
        }
        let attempts = 0;
        for (;;) {
            const last = starts[endChunk] - 1;
            let tree;
            try {
                tree = parseBlocks(text.slice(lines.start[first], lines.end[last]));
            }
            catch {
                // Only pathological input gets here (thousands of nested block quotes overflow the parser's stack).
                // Keep every line of the chunk; when it could have left a block open, keep everything after it too.
                let mayLeaveOpen = false;
                for (let i = first; i <= last; i++)
                    if (flags[i] & FLAG_TOP_OPENER)
                        mayLeaveOpen = true;
                isProtected.fill(1, first, mayLeaveOpen ? lines.count : last + 1);
                if (mayLeaveOpen)
                    return;
                break;
            }
            const open = openBlockAtEnd(text, lines, tree, first, last, blank);
            if (open !== undefined && endChunk < chunks) {
                // The last block runs past the chunk: extend the chunk past the line that can close it, and parse
                // again. Should the parser disagree with that guess, the loop goes on; after a few misses the chunk
                // doubles instead, so a hostile document cannot make this quadratic.
                attempts++;
                const closer = attempts > 4 ? UNKNOWN : findCloser(text, lines, blank, open, last + 1);
                if (closer === UNKNOWN)
                    endChunk = Math.min(chunks, endChunk + (endChunk - chunk));
                else if (closer === TO_THE_END)
                    endChunk = chunks;
                else
                    endChunk = firstStartAfter(starts, closer, endChunk);
                continue;
            }
            markCodeLines(tree, first, last, isProtected);
            break;
        }
        chunk = endChunk;
    }
}
/** The top-level code or HTML block left open at the end of the chunk, as its first line (0-based, global). */
function openBlockAtEnd(text, lines, tree, first, last, blank) {
    const node = tree.children[tree.children.length - 1];
    if (!node || (node.type !== 'code' && node.type !== 'html') || !node.position)
        return undefined;
    let lastNonBlank = last;
    while (lastNonBlank > first && blank[lastNonBlank])
        lastNonBlank--;
    const startLine = first + node.position.start.line - 1;
    const endLine = first + node.position.end.line - 1;
    // A closed block ends on its last non-blank line; an open fence or HTML block of types 1-5 runs on to the
    // end of the input, past it.
    if (endLine > lastNonBlank)
        return startLine;
    // An HTML block of types 6-7 ends at a blank line only: ending on the chunk's last line, it would go on
    // into the next chunk's first line in the whole document.
    if (node.type === 'html' &&
        endLine === last &&
        htmlBlockEnd(text.slice(lines.start[startLine], lines.contentEnd[startLine])) === undefined) {
        return startLine;
    }
    return undefined;
}
/** The end condition of an HTML block of types 1-5 that starts with this line; undefined for types 6-7. */
function htmlBlockEnd(line) {
    for (const [start, end] of HTML_BLOCK_ENDS)
        if (start.test(line))
            return end;
    return undefined;
}
/** No line closes the block: it runs to the end of the document. */
const TO_THE_END = -1;
/** The block's kind is not one this file knows: the caller falls back to growing the chunk. */
const UNKNOWN = -2;
/** The first line from `from` on that would close the fenced code or HTML block opening on `opener`. */
function findCloser(text, lines, blank, opener, from) {
    const openText = text.slice(lines.start[opener], lines.contentEnd[opener]);
    let closes;
    const fence = CODE_FENCE_OPEN.exec(openText);
    if (fence?.[1]) {
        const char = fence[1][0] === '`' ? '`' : '~';
        const closing = new RegExp(`^ {0,3}${char}{${fence[1].length},}[ \\t]*$`);
        closes = (i) => closing.test(text.slice(lines.start[i], lines.contentEnd[i]));
    }
    else if (openText.trimStart().startsWith('<')) {
        const end = htmlBlockEnd(openText);
        closes = end ? (i) => end.test(text.slice(lines.start[i], lines.contentEnd[i])) : (i) => blank[i] === 1;
    }
    else {
        return UNKNOWN;
    }
    for (let i = from; i < lines.count; i++)
        if (closes(i))
            return i;
    return TO_THE_END;
}
/** The index in `starts` of the first chunk start after `line`, at least `min`. */
function firstStartAfter(starts, line, min) {
    let lo = min;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] > line)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** Protects every line of a code block, and of a multi-line HTML block (a marker alone on its line is a
 * one-line HTML block; HTML spanning lines, such as a `<!-- ... -->` comment or `<details>`, is content). */
function markCodeLines(tree, first, last, isProtected) {
    const stack = [tree];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node.type === 'code' || node.type === 'html') {
            const pos = node.position;
            if (!pos)
                continue;
            // A block left open runs to the end of the input: when that follows a line ending, the end point is at
            // column 1 of a line the block has nothing on (the next chunk's first line).
            const endLine = pos.end.column === 1 && pos.end.line > pos.start.line ? pos.end.line - 1 : pos.end.line;
            if (node.type === 'html' && pos.start.line === endLine)
                continue;
            isProtected.fill(1, first + pos.start.line - 1, Math.min(first + endLine, last + 1));
        }
        else if ('children' in node) {
            for (const child of node.children)
                stack.push(child);
        }
    }
}
