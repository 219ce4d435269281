// Shared by the metadata row rules: find a row by key, and tell a placeholder from a value.
import type { AssessmentDoc } from './document.js';
import type { MetadataKey, MetadataRow } from './metadata.js';
import type { Issue } from './types.js';

/** Values that hold no answer: the draft's "?", "TBD", "N/A", "-". */
export const NO_VALUE = /^(?:|\?+|-+|—|tbd|tbc|todo|n\/?a|none|unknown|\.{3}|…)$/i;

export function cleanValue(value: string): string {
  return value.replace(/[*_`]/g, '').trim();
}

/**
 * The row for `key`, or the issue to report when the table lacks it. Without a table the metadata-table
 * rule reports once, and the row rules stay silent.
 */
export function rowOrIssue(
  doc: AssessmentDoc,
  key: MetadataKey,
  label: string,
): { row: MetadataRow } | { issue: Issue } | undefined {
  const table = doc.metadata;
  if (!table) return undefined;
  const row = table.rows.find((r) => r.key === key);
  if (row) return { row };
  return { issue: { line: table.line, message: `the metadata table has no ${label} row` } };
}
