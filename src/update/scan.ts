// Reads a draft the way `draft --update` needs it: its lines with their own line endings, the generated
// blocks between well-formed begin/end markers, the header marker lines, and the headings that tell where a
// section's text ends. Which lines are markers (and not code or HTML content that merely looks like one) is
// decided by merge's scanner (src/merge.ts), so update and merge never disagree on what is a tool line.
import { KIND_MARKER, scanDraftLines } from '../merge.js';
import { blockHash } from '../render/markdown.js';

/** One line of the document: its text and the line ending that followed it ('' on a last line without one). */
export interface DocLine {
  text: string;
  eol: string;
}

/** A generated block: `<!-- selfassess:begin <id> sha256=<hash> -->` ... `<!-- selfassess:end <id> -->`. */
export interface MarkedBlock {
  id: string;
  /** The hash its begin marker carries. */
  hash: string;
  /** 0-based line indexes of the begin and end markers. */
  begin: number;
  end: number;
  /** The lines between the markers, without line endings. */
  content: string[];
  /** Whether the content still hashes to the marker's hash: nobody edited it since it was generated. */
  untouched: boolean;
}

export interface Heading {
  line: number;
  level: number;
  title: string;
}

export interface MarkerProblem {
  /** 1-based line in the scanned document. */
  line: number;
  id?: string;
  message: string;
}

export interface DraftScan {
  lines: DocLine[];
  blocks: MarkedBlock[];
  /** Markers that do not pair up; the lines stay as they are and the ids they name are not refreshed. */
  problems: MarkerProblem[];
  brokenIds: Set<string>;
  /** How many begin markers there are, well-formed or not: none means a hand-written document. */
  beginMarkers: number;
  /** The `<!-- selfassess:draft ... -->` line and the `selfassess:note` lines right after it (0-based, inclusive). */
  header?: { start: number; end: number };
  headings: Heading[];
  /** The line ending most lines use ('\n' when there is none). */
  eol: string;
}

// The shapes render/markdown.ts writes; merge's MARKER test has already said the line is one whole comment.
const BEGIN =
  /^[ \t]*<!--[ \t]*selfassess:begin[ \t]+([A-Za-z0-9][\w./-]*)[ \t]+sha256=([0-9a-f]{12})[ \t]*-->[ \t]*$/;
const BEGIN_ANY = /^[ \t]*<!--[ \t]*selfassess:begin(?:[ \t]|-->)/;
const END = /^[ \t]*<!--[ \t]*selfassess:end[ \t]+([A-Za-z0-9][\w./-]*)[ \t]*-->[ \t]*$/;
const END_ANY = /^[ \t]*<!--[ \t]*selfassess:end(?:[ \t]|-->)/;
const DRAFT_HEADER = /^<!-- selfassess:draft v\d+ [^\r\n]*-->$/;
const NOTE = /^<!-- selfassess:note [^\r\n]*-->$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export function scanDraft(text: string): DraftScan {
  const { lines: split, kinds, isProtected } = scanDraftLines(text);
  const lines: DocLine[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < split.count; i++) {
    const eol = text.slice(split.contentEnd[i], split.end[i]);
    if (eol === '\r\n') crlf++;
    else if (eol === '\n') lf++;
    else if (eol === '\r') cr++;
    lines.push({ text: text.slice(split.start[i], split.contentEnd[i]), eol });
  }
  const eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';

  const blocks: MarkedBlock[] = [];
  const problems: MarkerProblem[] = [];
  const brokenIds = new Set<string>();
  const headings: Heading[] = [];
  let beginMarkers = 0;
  let header: DraftScan['header'];
  let open: { id: string; hash: string; begin: number } | undefined;

  const unclosed = (o: { id: string; begin: number }, why: string) => {
    problems.push({ line: o.begin + 1, id: o.id, message: `begin marker of ${o.id} ${why}; left as it is` });
    brokenIds.add(o.id);
  };

  for (let i = 0; i < lines.length; i++) {
    if (isProtected[i]) continue;
    const line = (lines[i] as DocLine).text;
    if (kinds[i] !== KIND_MARKER) {
      // Headings only matter outside blocks (where a missing block goes); a cheap test before the regex.
      if (!open && line.length < 4096 && /^ {0,3}#/.test(line)) {
        const m = ATX.exec(line);
        if (m) headings.push({ line: i, level: (m[1] as string).length, title: (m[2] ?? '').trim() });
      }
      continue;
    }
    if (BEGIN_ANY.test(line)) {
      beginMarkers++;
      const m = BEGIN.exec(line);
      if (open) unclosed(open, `has no end marker before the next begin marker (line ${i + 1})`);
      open = undefined;
      if (!m) {
        problems.push({
          line: i + 1,
          message: 'begin marker without an id and a 12-digit sha256; left as it is',
        });
        continue;
      }
      open = { id: m[1] as string, hash: m[2] as string, begin: i };
      continue;
    }
    if (END_ANY.test(line)) {
      const m = END.exec(line);
      const id = m?.[1];
      if (open && id === open.id) {
        const content = lines.slice(open.begin + 1, i).map((l) => l.text);
        blocks.push({
          id,
          hash: open.hash,
          begin: open.begin,
          end: i,
          content,
          untouched: blockHash(content.join('\n')) === open.hash,
        });
        open = undefined;
      } else {
        const what = id ? `end marker of ${id}` : 'end marker without an id';
        const why = open ? `inside the block of ${open.id}` : 'without a begin marker';
        problems.push({ line: i + 1, ...(id ? { id } : {}), message: `${what} ${why}; left as it is` });
        if (id) brokenIds.add(id);
      }
      continue;
    }
    if (!open && header === undefined && DRAFT_HEADER.test(line)) {
      let end = i;
      while (end + 1 < lines.length && !isProtected[end + 1] && NOTE.test((lines[end + 1] as DocLine).text))
        end++;
      header = { start: i, end };
      i = end;
    }
  }
  if (open) unclosed(open, 'has no end marker');

  // Two complete blocks with one id: which one is the tool's is unknowable, so neither is refreshed.
  const seen = new Map<string, number>();
  for (const b of blocks) seen.set(b.id, (seen.get(b.id) ?? 0) + 1);
  for (const b of blocks) {
    if ((seen.get(b.id) ?? 0) > 1) {
      problems.push({
        line: b.begin + 1,
        id: b.id,
        message: `block ${b.id} appears more than once; left as it is`,
      });
      brokenIds.add(b.id);
    }
  }
  return {
    lines,
    blocks: blocks.filter((b) => !brokenIds.has(b.id)),
    problems: problems.sort((a, b) => a.line - b.line),
    brokenIds,
    beginMarkers,
    ...(header ? { header } : {}),
    headings,
    eol,
  };
}
