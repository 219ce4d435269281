// `selfassess draft SOURCE --update FILE`: refreshes the generated blocks of an existing draft from a fresh
// one and leaves every line a human wrote or changed byte-for-byte (docs/draft-format.md § Updating).
//
// A block's begin marker carries a hash of the block as generated. A block that still hashes to it was not
// touched by a human, so it is replaced with the fresh block of the same id; a block that does not was edited
// and is kept, and reported. Facts an untouched block stated that the fresh evidence no longer shows are not
// dropped silently: a `todo:` line right above the block quotes each one (outside the block, so the human can
// delete it without freezing the block; merge refuses while it is there). Pure: strings in, string out.
//
// A section's todos have a block of their own (`<section-id>.todo`, src/render/markdown.ts): answering them
// freezes only that block, never the section's statements. Two cases keep drafts moving: a table whose only
// edits are `?` cells a human filled is refreshed around them (src/update/cells.ts), and a draft made before
// todo blocks (v1: todos inside the statements block) gets the fresh todo block with each block it refreshes.
import { UserError } from './errors.js';
import { statementsBlockOf, todoBlockId } from './render/markdown.js';
import { TEMPLATE_SECTIONS } from './template/sections.js';
import { type FilledCells, filledCells, withFilledRows } from './update/cells.js';
import { goneItems, type StatedItem, statedItems } from './update/items.js';
import {
  type DocLine,
  type DraftScan,
  type MarkedBlock,
  type MarkerProblem,
  scanDraft,
} from './update/scan.js';

export interface BlockNote {
  id: string;
  /** 1-based line of the block's begin marker (or of the flag that replaced it) in the updated text. */
  line: number;
}

export interface RefreshedNote extends BlockNote {
  /** Keys of the table rows a human filled in place of `?`: kept as written, the rest of the block refreshed. */
  keptCells?: string[];
}

export interface EditedNote extends BlockNote {
  /** Statements and table rows of the fresh block that the edited block does not have. */
  freshOnly: string[];
  /** Statements and table rows of the edited block that the fresh block does not have (the human's own, or
   * facts no longer found). */
  blockOnly: string[];
  /** One sentence for a person: "block X was edited by hand; not refreshed; ...". */
  message: string;
}

export interface FlagNote extends BlockNote {
  /** The statement or table row (`key: value`) no longer found. */
  text: string;
}

export interface GoneNote extends BlockNote {
  /** Edited blocks stay as they are; untouched ones lose their markers and get a flag. */
  edited: boolean;
}

export interface UpdateReport {
  /** Untouched blocks replaced by a fresh version that differs. */
  refreshed: RefreshedNote[];
  /** Untouched blocks the fresh evidence renders the same (left byte-for-byte). */
  unchanged: RefreshedNote[];
  /** Blocks a human edited: kept byte-for-byte. */
  keptEdited: EditedNote[];
  /** Fresh blocks the draft did not have, inserted at the end of their section. */
  added: BlockNote[];
  /** Fresh blocks not added: their section's heading is not in the draft, or their markers are broken. */
  notAdded: { id: string; reason: string }[];
  /** Facts of refreshed blocks that the fresh evidence no longer shows: one `todo:` line each. */
  flagged: FlagNote[];
  /** Blocks the fresh draft no longer has at all. */
  gone: GoneNote[];
  /** Untouched blocks the fresh draft no longer has while it still has their section: a todo block whose
   * todos it no longer asks, or a statements block none of whose facts it shows (each flagged). Removed. */
  removed: BlockNote[];
  /** Markers that do not pair up (left as they are, their ids not refreshed). */
  problems: MarkerProblem[];
  /** The commit of the fresh evidence, as the fresh draft's header names it. */
  commit?: string;
}

export interface UpdateResult {
  text: string;
  report: UpdateReport;
}

/** Whether the text has at least one `selfassess:begin` marker outside code: something `--update` can refresh. */
export function hasGeneratedBlocks(text: string): boolean {
  return scanDraft(text).beginMarkers > 0;
}

const HEADER_COMMIT = /^<!-- selfassess:draft v\d+ generated (\S+) from .* at ([0-9a-f]{7,40}) -->$/;
const HEADER_DATE = /^<!-- selfassess:draft v\d+ generated (\S+) /;
/** Blocks whose list items are not evidence: an action item that goes away was done, not lost. */
const NOT_EVIDENCE = new Set(['table-of-contents', 'appendix/action-items']);
const STATES_EVIDENCE = (id: string) => !NOT_EVIDENCE.has(id);
/** A flag quotes the statement; a very long one is cut so that the flag stays one readable line. */
const MAX_QUOTE = 400;

/** Section titles by block id, for placing a new block and for wording flags. */
const SECTION_TITLES = new Map<string, { titles: string[]; title: string }>([
  ['table-of-contents', { title: 'Table of contents', titles: ['table of contents', 'contents'] }],
  ...TEMPLATE_SECTIONS.map(
    (s) =>
      [s.id, { title: s.title, titles: [s.title, ...(s.aliases ?? [])].map(normaliseTitle) }] as [
        string,
        { titles: string[]; title: string },
      ],
  ),
]);

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

/**
 * Refreshes `existing` (a draft, maybe edited by a human) with `fresh` (a draft just rendered from the
 * repository). Throws a UserError when `existing` has no block markers at all (a hand-written assessment:
 * nothing is the tool's to refresh).
 */
export function updateDraft(existing: string, fresh: string): UpdateResult {
  const ex = scanDraft(existing);
  if (ex.beginMarkers === 0) {
    throw new UserError(
      'the file has no selfassess block markers, so nothing in it is generated; check a hand-written assessment with selfassess lint FILE',
    );
  }
  const fr = scanDraft(fresh);
  const freshHeader = fr.header ? (fr.lines[fr.header.start] as DocLine).text : '';
  const commit = HEADER_COMMIT.exec(freshHeader)?.[2];
  const date = HEADER_DATE.exec(freshHeader)?.[1];
  const where = commit
    ? `in the repository at ${commit}`
    : date
      ? `in the repository (draft of ${date})`
      : 'in the repository';

  const report: UpdateReport = {
    refreshed: [],
    unchanged: [],
    keptEdited: [],
    added: [],
    notAdded: [],
    flagged: [],
    gone: [],
    removed: [],
    problems: ex.problems,
    ...(commit ? { commit } : {}),
  };
  const freshBlocks = new Map<string, MarkedBlock>();
  for (const b of fr.blocks) if (!freshBlocks.has(b.id)) freshBlocks.set(b.id, b);

  const plan = new Plan(ex);
  if (ex.header && fr.header) {
    plan.replace(
      ex.header.start,
      ex.header.end,
      fr.lines.slice(fr.header.start, fr.header.end + 1).map((l) => l.text),
    );
  }

  const present = new Map(ex.blocks.map((b) => [b.id, b]));
  /** The fresh todo block of statements block `id` when the draft has none (a draft made before todos had
   * blocks of their own, or one whose todo block the human deleted): it travels with the statements block. */
  const travellingTodo = (id: string): MarkedBlock | undefined => {
    if (statementsBlockOf(id) !== undefined) return undefined;
    const todoId = todoBlockId(id);
    return present.has(todoId) || ex.brokenIds.has(todoId) ? undefined : freshBlocks.get(todoId);
  };

  /** One `todo:` line per fact of `block` the fresh evidence no longer shows, right above the block. */
  const flag = (block: MarkedBlock, gone: StatedItem[], eol: string) => {
    if (gone.length === 0) return;
    // Before the begin marker, not after the end marker: the marker (an HTML block) ends the flags'
    // paragraph, so they cannot change how a human's line after the block parses (a lazy continuation).
    plan.insertBefore(
      block.begin,
      gone.map((g) => flagLine(g, where)),
      eol,
      (line) => {
        gone.forEach((g, k) => {
          report.flagged.push({ id: block.id, line: line + k, text: g.text });
        });
      },
    );
  };

  for (const block of ex.blocks) {
    const next = freshBlocks.get(block.id);
    const isTodoBlock = statementsBlockOf(block.id) !== undefined;
    const travelling = travellingTodo(block.id);
    const blockEol = (ex.lines[block.begin] as DocLine).eol || ex.eol;

    // A block whose only edits are `?` cells a human filled is still the tool's around those cells: it is
    // refreshed with the human's rows in place of the fresh `?` rows (src/update/cells.ts).
    let filled: FilledCells | undefined;
    let nextContent = next?.content;
    if (!block.untouched && next && !isTodoBlock) {
      filled = filledCells(block.content, block.hash);
      const merged = filled && withFilledRows(next.content, filled.filled);
      if (merged) nextContent = merged;
      else filled = undefined;
    }

    if (!block.untouched && !filled) {
      if (travelling) {
        report.notAdded.push({
          id: travelling.id,
          reason: `block ${block.id} was edited by hand and may already answer its todos; copy any todo you still need from a fresh draft`,
        });
      }
      if (!next) {
        plan.note(block.begin, (line) => report.gone.push({ id: block.id, line, edited: true }));
      } else if (!sameLines(block.content, next.content) || travelling) {
        // (Edited into the fresh statements but without its todos, as a v1 block whose todos a human deleted:
        // refreshing it would bring the todos back on the next update, so it stays the human's.)
        const note = editedNote(block, next);
        plan.note(block.begin, (line) => report.keptEdited.push({ ...note, line }));
      } else {
        // Edited into exactly what is generated now: the fresh block (and its marker's hash) replaces it.
        plan.replace(block.begin, block.end, blockLines(next), blockEol);
        plan.note(block.begin, (line) => report.refreshed.push({ id: block.id, line }));
      }
      continue;
    }

    if (!next && !travelling) {
      const sectionStays = !isTodoBlock && freshBlocks.has(todoBlockId(block.id));
      if (isTodoBlock || sectionStays) {
        // A todo block's todos are the tool's questions, and the fresh evidence no longer asks them: nothing
        // of the human's is lost. A statements block whose section now has only todos lost all its facts:
        // each is flagged, as for any refreshed block. Either way the block goes, with one blank line next to
        // it (none when flags take its place), so that no gap is left.
        const gone =
          sectionStays && STATES_EVIDENCE(block.id) ? goneItems(statedItems(block.content), []) : [];
        const following = ex.lines[block.end + 1];
        const preceding = ex.lines[block.begin - 1];
        const blank = (l: DocLine | undefined) => l !== undefined && l.text.trim() === '';
        const todoNext = present.get(todoBlockId(block.id))?.begin === block.end + 2;
        if (blank(following) && (gone.length === 0 || todoNext)) plan.drop(block.begin, block.end + 1);
        else if (following && !blank(following) && gone.length > 0) {
          // Flags right above a human's line would make it part of their paragraph: a blank line between.
          plan.replace(block.begin, block.end, [''], blockEol);
        } else if (!following && isTodoBlock && blank(preceding)) plan.drop(block.begin - 1, block.end);
        else plan.drop(block.begin, block.end);
        plan.note(block.begin, (line) => report.removed.push({ id: block.id, line }));
        if (gone.length > 0) flag(block, gone, blockEol);
        continue;
      }
      // Keep every line of it, as the human's now, under a flag that says it is no longer found.
      const title = SECTION_TITLES.get(block.id)?.title ?? block.id;
      plan.replace(block.begin, block.begin, [
        `todo: The text below was generated for "${title}" and was not generated again ${where}; keep what still holds as your own text, then delete this line.`,
      ]);
      // The end marker goes too; a blank line takes its place when text follows right under it, so that text
      // does not become part of the block's last paragraph or list item.
      const following = ex.lines[block.end + 1];
      plan.replace(block.end, block.end, following && following.text.trim() !== '' ? [''] : []);
      plan.note(block.begin, (line) => report.gone.push({ id: block.id, line, edited: false }));
      continue;
    }

    const keptCells = filled ? { keptCells: filled.filled.map((f) => f.key) } : {};
    if (
      next &&
      nextContent &&
      !travelling &&
      sameLines(block.content, nextContent) &&
      block.hash === next.hash
    ) {
      plan.note(block.begin, (line) => report.unchanged.push({ id: block.id, line, ...keptCells }));
      continue;
    }
    // The fresh block replaces it; a draft without this section's todo block gets it right after.
    const lines = [
      ...(next && nextContent ? blockLines({ ...next, content: nextContent }) : []),
      ...(next && travelling ? [''] : []),
      ...(travelling ? blockLines(travelling) : []),
    ];
    plan.replace(block.begin, block.end, lines, blockEol);
    plan.note(block.begin, (line) => report.refreshed.push({ id: block.id, line, ...keptCells }));
    if (isTodoBlock || !STATES_EVIDENCE(block.id)) continue;
    flag(
      block,
      goneItems(statedItems(filled?.generated ?? block.content), statedItems(next?.content ?? [])),
      blockEol,
    );
  }

  // Fresh blocks the draft does not have: a new statements block goes right before its section's todo block
  // when the draft has one; anything else at the end of its section's own text, in the fresh draft's order.
  const atSectionEnd = new Map<number, MarkedBlock[]>();
  for (const block of fr.blocks) {
    if (present.has(block.id)) continue;
    if (ex.brokenIds.has(block.id)) {
      report.notAdded.push({ id: block.id, reason: 'its markers in the draft are broken (see problems)' });
      continue;
    }
    const base = statementsBlockOf(block.id);
    if (base !== undefined && present.has(base)) continue; // travelled with its statements block, above
    if (base !== undefined && ex.brokenIds.has(base)) {
      report.notAdded.push({
        id: block.id,
        reason: `the markers of block ${base} are broken (see problems)`,
      });
      continue;
    }
    const todo = base === undefined ? present.get(todoBlockId(block.id)) : undefined;
    if (todo) {
      const before = ex.lines[todo.begin - 1];
      const lines = [...(before && before.text.trim() !== '' ? [''] : []), ...blockLines(block), ''];
      const offset = lines[0] === '' ? 1 : 0;
      plan.insertBefore(todo.begin, lines, ex.eol, (line) =>
        report.added.push({ id: block.id, line: line + offset }),
      );
      continue;
    }
    const section = base ?? block.id;
    const at = insertionPoint(ex, section);
    if (at === undefined) {
      const title = SECTION_TITLES.get(section)?.title ?? section;
      report.notAdded.push({
        id: block.id,
        reason: `the draft has no heading "${title}"; add it where the section belongs and update again`,
      });
      continue;
    }
    const group = atSectionEnd.get(at) ?? [];
    group.push(block);
    atSectionEnd.set(at, group);
  }
  for (const [at, blocks] of atSectionEnd) {
    const before = at - 1 >= 0 ? (ex.lines[at - 1] as DocLine) : undefined;
    const lines: string[] = before && before.text.trim() !== '' ? [''] : [];
    const offsets: number[] = [];
    blocks.forEach((block, k) => {
      if (k > 0) lines.push('');
      offsets.push(lines.length);
      lines.push(...blockLines(block));
    });
    if (at < ex.lines.length) lines.push('');
    plan.insertBefore(at, lines, ex.eol, (line) => {
      blocks.forEach((block, k) => {
        report.added.push({ id: block.id, line: line + (offsets[k] as number) });
      });
    });
  }

  return { text: plan.render(), report };
}

/** The first line of the next heading (H1-H3) after the section's own heading, or the end of the document:
 * a new block goes at the end of its section's own text, after anything the human wrote there. */
function insertionPoint(ex: DraftScan, id: string): number | undefined {
  const titles = SECTION_TITLES.get(id)?.titles;
  if (!titles) return undefined;
  const index = ex.headings.findIndex((h) => h.level <= 3 && titles.includes(normaliseTitle(h.title)));
  if (index < 0) return undefined;
  const next = ex.headings.slice(index + 1).find((h) => h.level <= 3);
  return next ? next.line : ex.lines.length;
}

function blockLines(block: Pick<MarkedBlock, 'id' | 'hash' | 'content'>): string[] {
  return [
    `<!-- selfassess:begin ${block.id} sha256=${block.hash} -->`,
    ...block.content,
    `<!-- selfassess:end ${block.id} -->`,
  ];
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

function flagLine(item: StatedItem, where: string): string {
  const text = item.text.length > MAX_QUOTE ? `${item.text.slice(0, MAX_QUOTE)}…` : item.text;
  const was = item.reference ? ` (it cited ${item.reference})` : '';
  return `todo: Not found again ${where}: "${text}"${was}. Check whether it still holds, then delete this line.`;
}

function editedNote(block: MarkedBlock, fresh: MarkedBlock): Omit<EditedNote, 'line'> {
  const inBlock = new Set(block.content);
  if (statementsBlockOf(block.id) !== undefined) {
    // A todo block holds questions, and the human's answers in their place: what matters is whether the
    // fresh draft asks something new. When the fresh block hashes to the marker's hash, it is the very block
    // the human answered: nothing new. Otherwise, the todos it has that the block does not have word for word.
    const same = fresh.hash === block.hash;
    const asked = same ? [] : fresh.content.filter((l) => l.startsWith('todo:') && !inBlock.has(l));
    const freshOnly = asked.map((l) => l.slice('todo:'.length).trim());
    const differs = same
      ? 'the fresh version asks the same todos as when it was drafted'
      : freshOnly.length > 0
        ? `the fresh version asks ${freshOnly.length} todo(s) the block does not have word for word, answered or new (e.g. "${cut(freshOnly[0] as string)}")`
        : 'the fresh version asks no todo the block lacks';
    return {
      id: block.id,
      freshOnly,
      blockOnly: [],
      message: `block ${block.id} was edited by hand; not refreshed; ${differs}`,
    };
  }
  const freshItems = statedItems(fresh.content);
  const freshLines = new Set(freshItems.map((i) => i.line));
  const freshOnly = freshItems.filter((i) => !inBlock.has(i.line)).map((i) => i.text);
  const blockOnly = statedItems(block.content)
    .filter((i) => !freshLines.has(i.line))
    .map((i) => i.text);
  const parts: string[] = [];
  const example = (list: string[]) => ` (e.g. "${cut(list[0] as string)}")`;
  if (freshOnly.length > 0)
    parts.push(`${freshOnly.length} statement(s) the block lacks${example(freshOnly)}`);
  if (blockOnly.length > 0) {
    parts.push(
      `${blockOnly.length} statement(s) in the block that it no longer generates${example(blockOnly)}`,
    );
  }
  const differs =
    parts.length > 0
      ? `the fresh version differs in ${parts.join(' and ')}`
      : 'the fresh version has the same statements (it differs only in todo:, reference: or other lines)';
  return {
    id: block.id,
    freshOnly,
    blockOnly,
    message: `block ${block.id} was edited by hand; not refreshed; ${differs}`,
  };
}

function cut(s: string): string {
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/**
 * The edits to make, by line of the existing document, applied in one pass at the end so that line numbers
 * stay those of the input while planning. Lines not named in the plan are copied with their own endings.
 */
class Plan {
  private readonly replacements = new Map<
    number,
    { end: number; lines: string[]; eol: string | undefined }
  >();
  private readonly before = new Map<
    number,
    { lines: string[]; eol: string; onLine?: (line: number) => void }[]
  >();
  private readonly notes = new Map<number, ((line: number) => void)[]>();
  private readonly dropped = new Set<number>();

  constructor(private readonly scan: DraftScan) {}

  /** Replaces lines start..end (inclusive) by `lines`, written with `eol` (else the document's). */
  replace(start: number, end: number, lines: string[], eol?: string): void {
    this.replacements.set(start, { end, lines, eol });
  }

  /** Leaves lines start..end (inclusive) out. Unlike replacements, drops may overlap. */
  drop(start: number, end: number): void {
    for (let i = start; i <= end; i++) this.dropped.add(i);
  }

  insertBefore(line: number, lines: string[], eol: string, onLine?: (line: number) => void): void {
    this.push(this.before, line, { lines, eol, ...(onLine ? { onLine } : {}) });
  }

  /** Calls `onLine` with the 1-based output line where input line `line` (or its replacement) lands. */
  note(line: number, onLine: (line: number) => void): void {
    const list = this.notes.get(line) ?? [];
    list.push(onLine);
    this.notes.set(line, list);
  }

  private push<T>(map: Map<number, T[]>, key: number, value: T): void {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }

  render(): string {
    const src = this.scan.lines;
    const out: DocLine[] = [];
    const emit = (
      inserts: { lines: string[]; eol: string; onLine?: (line: number) => void }[] | undefined,
    ) => {
      for (const ins of inserts ?? []) {
        ins.onLine?.(out.length + 1);
        for (const text of ins.lines) out.push({ text, eol: ins.eol });
      }
    };
    for (let i = 0; i < src.length; i++) {
      emit(this.before.get(i));
      for (const cb of this.notes.get(i) ?? []) cb(out.length + 1);
      if (this.dropped.has(i)) continue;
      const r = this.replacements.get(i);
      if (r) {
        // What was planned at lines the replacement covers lands where the replacement starts.
        for (let j = i + 1; j <= r.end; j++) {
          emit(this.before.get(j));
          for (const cb of this.notes.get(j) ?? []) cb(out.length + 1);
        }
        const eol = r.eol ?? this.scan.eol;
        for (const text of r.lines) out.push({ text, eol });
        // The last replaced line keeps the ending of the last line it replaces (maybe none, at the end).
        const lastOut = out[out.length - 1];
        if (r.lines.length > 0 && lastOut) lastOut.eol = (src[r.end] as DocLine).eol;
        i = r.end;
      } else {
        out.push(src[i] as DocLine);
      }
    }
    emit(this.before.get(src.length));
    // Lines inserted after a last line that had no ending: it now needs one, and the new last line gets none,
    // so a draft without a final newline keeps having none.
    const endsWithNewline = src.length === 0 || (src[src.length - 1] as DocLine).eol !== '';
    for (let i = 0; i < out.length; i++) {
      const line = out[i] as DocLine;
      if (i < out.length - 1 && line.eol === '') out[i] = { text: line.text, eol: this.scan.eol };
    }
    const last = out[out.length - 1];
    if (last && !endsWithNewline && last.eol !== '') out[out.length - 1] = { text: last.text, eol: '' };
    return out.map((l) => l.text + l.eol).join('');
  }
}
