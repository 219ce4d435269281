// Cells a human filled in a generated table. The draft writes `?` in a key/value row it cannot fill
// (`| Security Provider | ? |`) and a todo asks a human to write the answer there. Filling it changes the
// block, so by its hash alone the block would count as edited and never refresh again (the languages, the
// SBOM sources and the license would stay as they were). Instead, when turning some filled rows back into
// `| key | ? |` gives exactly the content the begin marker's hash was computed over, those rows are the only
// edit: the rest of the block is still the tool's, and can be refreshed around the human's rows.
import { blockHash } from '../render/markdown.js';

const TABLE_ROW = /^\|.*\|[ \t]*$/;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
/** What the draft writes in a cell a human must fill. */
const UNKNOWN_CELL = '?';
/** Rows tried in every combination (2^n hashes); a key/value table of the draft has a handful. A block with
 * more filled-looking rows is simply treated as edited, which is always safe. */
const MAX_CANDIDATES = 8;

export interface FilledRow {
  /** The row's first cell, as written (escapes kept), which names it. */
  key: string;
  /** The row as the human left it. */
  line: string;
}

export interface FilledCells {
  /** The block's content as generated: the filled rows turned back into `| key | ? |`. */
  generated: string[];
  filled: FilledRow[];
}

/**
 * Whether the only edits to a block (its content no longer hashing to `hash`) are `?` cells a human filled;
 * if so, the content as generated and the filled rows. Undefined otherwise (any other edit, or none).
 */
export function filledCells(content: readonly string[], hash: string): FilledCells | undefined {
  const candidates: { index: number; key: string }[] = [];
  for (let i = 0; i < content.length; i++) {
    const line = content[i] as string;
    if (!TABLE_ROW.test(line) || DELIMITER_ROW.test(line)) continue;
    // The header row (right above the delimiter row) is not a key/value row.
    if (DELIMITER_ROW.test(content[i + 1] ?? '')) continue;
    const cells = splitCells(line);
    const key = cells[0] ?? '';
    if (cells.length !== 2 || key === '' || cells[1] === UNKNOWN_CELL) continue;
    candidates.push({ index: i, key });
  }
  if (candidates.length === 0 || candidates.length > MAX_CANDIDATES) return undefined;
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const generated = [...content];
    const filled: FilledRow[] = [];
    candidates.forEach((c, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      generated[c.index] = unknownRow(c.key);
      filled.push({ key: c.key, line: content[c.index] as string });
    });
    if (blockHash(generated.join('\n')) === hash) return { generated, filled };
  }
  return undefined;
}

/**
 * The fresh block's content with the human's filled rows in place of its `?` rows; undefined when a filled
 * key is not a single `?` row of the fresh block any more (the evidence now answers it, or the row went):
 * then the human's answer and the tool's disagree, and the block is left as the human's.
 */
export function withFilledRows(fresh: readonly string[], filled: readonly FilledRow[]): string[] | undefined {
  const out = [...fresh];
  for (const row of filled) {
    const unknown = unknownRow(row.key);
    const at = fresh.flatMap((line, i) => (line === unknown ? [i] : []));
    if (at.length !== 1) return undefined;
    out[at[0] as number] = row.line;
  }
  return out;
}

/** A key/value row with its value left for a human, as src/render/markdown.ts writes it. */
function unknownRow(key: string): string {
  return `| ${key} | ${UNKNOWN_CELL} |`;
}

/** Cells of a table row, split on pipes that are not escaped. */
function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
