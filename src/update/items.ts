// The facts a generated block states, read back from its lines: list statements (`* ...` with their
// `reference:` lines) and table rows. Used to tell which facts of an old block the fresh evidence no longer
// shows (they are flagged, never dropped silently), and to say how an edited block differs from the fresh one.

export interface StatedItem {
  kind: 'statement' | 'row';
  /** The statement's text, or the row as `key: value`. */
  text: string;
  /** The row's first cell (tables of the draft are key/value). */
  key?: string;
  /** The line as written, to compare old and fresh blocks. */
  line: string;
  /** The first `reference:` under a statement, if any. */
  reference?: string;
}

const STATEMENT = /^\* (.+)$/;
const REFERENCE = /^[ \t]+reference:[ \t]*(.*)$/;
const TABLE_ROW = /^\|.*\|[ \t]*$/;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
/** What the draft writes in a cell a human must fill: never a fact. */
const UNKNOWN_CELL = '?';

export function statedItems(content: readonly string[]): StatedItem[] {
  const items: StatedItem[] = [];
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as string;
    const statement = STATEMENT.exec(line);
    if (statement) {
      const reference = REFERENCE.exec(content[i + 1] ?? '')?.[1]?.trim();
      items.push({
        kind: 'statement',
        text: (statement[1] as string).trim(),
        line,
        ...(reference ? { reference } : {}),
      });
      continue;
    }
    if (!TABLE_ROW.test(line) || DELIMITER_ROW.test(line)) continue;
    // The header row is the one right above the delimiter row.
    if (DELIMITER_ROW.test(content[i + 1] ?? '')) continue;
    const cells = splitCells(line);
    const key = cells[0] ?? '';
    const value = cells.slice(1).join(' | ');
    if (value === UNKNOWN_CELL || value === '') continue;
    items.push({ kind: 'row', text: key ? `${key}: ${value}` : value, key, line });
  }
  return items;
}

/** Cells of a table row, split on pipes that are not escaped. */
function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/**
 * A statement's shape without its numbers: "Of the last 1,998 commits, 86% ..." and "Of the last 2,000
 * commits, 87% ..." are the same fact measured again, not one fact gone and another come; so are two
 * permalinks to one file at two commits.
 */
export function skeleton(text: string): string {
  // Commit ids first (permalinks cite the commit drafted, so every link changes with it), then numbers.
  return text.replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/g, '#').replace(/\d[\d,.]*%?/g, '#');
}

/**
 * The items of `old` the fresh block no longer states: not there word for word, not the same statement with
 * other numbers, not the same lead with other details ("Custom resources in `x.io` (19 kinds): A, B" and
 * "... (20 kinds): A, B, C"), and not the new value of a one-row key (`Languages: Go (93%)` replaced by
 * `Go (94%)`).
 */
export function goneItems(old: readonly StatedItem[], fresh: readonly StatedItem[]): StatedItem[] {
  const freshLines = new Set(fresh.map((f) => f.line));
  const oldLines = new Set(old.map((o) => o.line));
  const arrived = fresh.filter((f) => !oldLines.has(f.line));
  const arrivedShapes = new Set(arrived.map((f) => `${f.kind}:${skeleton(f.line)}`));
  const arrivedLeads = new Set(arrived.map(lead).filter((l) => l !== undefined));
  const keyCount = (items: readonly StatedItem[], key: string) =>
    items.filter((i) => i.kind === 'row' && i.key === key).length;
  return old.filter((o) => {
    if (freshLines.has(o.line)) return false;
    if (arrivedShapes.has(`${o.kind}:${skeleton(o.line)}`)) return false;
    const oldLead = lead(o);
    if (oldLead !== undefined && arrivedLeads.has(oldLead)) return false;
    if (o.kind === 'row' && o.key && keyCount(old, o.key) === 1 && keyCount(fresh, o.key) === 1) return false;
    return true;
  });
}

/** A statement's lead, the words before its first ": " (the draft's "Subject (source): details" shape), without
 * numbers; too short a lead says too little to pair two statements. */
function lead(item: StatedItem): string | undefined {
  if (item.kind !== 'statement') return undefined;
  const end = item.text.indexOf(': ');
  return end >= 16 ? skeleton(item.text.slice(0, end)) : undefined;
}
