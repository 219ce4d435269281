// The metadata table of an assessment: the template's Markdown table, the HTML table that documents
// converted from Google Docs carry, or "Key: value" lines. Rows are read by their label, so extra rows
// (Website, License, Compatibility) and any row order are fine.
import type { Root, RootContent, Table } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { MarkdownDoc } from '../markdown/parse.js';

export type MetadataKey = 'stage' | 'software' | 'provider' | 'languages' | 'sbom';

export interface MetadataRow {
  key: MetadataKey | undefined;
  label: string;
  /** The value cell's text, whitespace collapsed. */
  value: string;
  /** Link targets in the value cell (Markdown links, autolinks, bare URLs, hrefs). */
  links: string[];
  line: number;
}

export interface MetadataTable {
  line: number;
  form: 'markdown' | 'html' | 'lines';
  rows: MetadataRow[];
}

/** The labels people give the template's rows, normalised (lower case, letters only). */
const KEY_LABELS: Record<string, MetadataKey> = {
  'assessment stage': 'stage',
  stage: 'stage',
  'assessment status': 'stage',
  software: 'software',
  'software repository': 'software',
  repository: 'software',
  'security provider': 'provider',
  languages: 'languages',
  language: 'languages',
  'language s': 'languages',
  'programming languages': 'languages',
  sbom: 'sbom',
  'software bill of materials': 'sbom',
};

export function metadataKey(label: string): MetadataKey | undefined {
  const norm = label
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return KEY_LABELS[norm];
}

const URL_RE = /\bhttps?:\/\/[^\s<>|)"'\]]+/gi;

type AnyNode = Root | RootContent;

function collect(node: AnyNode, out: string[]): void {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'link' || n.type === 'definition') out.push(n.url);
    if (n.type === 'html')
      for (const m of n.value.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) out.push(m[1] ?? '');
    if ('children' in n) for (const c of n.children) stack.push(c as AnyNode);
  }
}

export function readMetadataTable(
  md: MarkdownDoc,
  lines: readonly string[],
  region: { line: number; endLine: number },
): MetadataTable | undefined {
  const within = (n: AnyNode) => {
    const l = n.position?.start.line ?? 0;
    return l >= region.line && l <= region.endLine;
  };
  const tables = md.tree.children.filter((n): n is Table => n.type === 'table' && within(n));
  const markdownTables = tables.map((t) => markdownTable(t));
  const htmlTable = readHtmlTable(lines, region);
  const candidates = [...markdownTables, ...(htmlTable ? [htmlTable] : [])].sort((a, b) => a.line - b.line);
  // The metadata table is the first one with a template row; a links table comes later.
  const table = candidates.find((t) => t.rows.some((r) => r.key)) ?? undefined;
  if (table) return table;
  return readLines(lines, region);
}

function markdownTable(t: Table): MetadataTable {
  const rows: MetadataRow[] = [];
  for (const row of t.children) {
    const [labelCell, valueCell] = row.children;
    if (!labelCell) continue;
    const label = mdToString(labelCell).replace(/\s+/g, ' ').trim();
    const value = valueCell ? mdToString(valueCell).replace(/\s+/g, ' ').trim() : '';
    const links: string[] = [];
    if (valueCell) collect(valueCell, links);
    for (const m of value.matchAll(URL_RE)) if (!links.includes(m[0])) links.push(m[0]);
    rows.push({ key: metadataKey(label), label, value, links, line: row.position?.start.line ?? 1 });
  }
  return { line: t.position?.start.line ?? 1, form: 'markdown', rows };
}

/** An HTML <table> in the region: rows by <tr>, cells by <td>/<th>, tags removed from the text. */
function readHtmlTable(
  lines: readonly string[],
  region: { line: number; endLine: number },
): MetadataTable | undefined {
  const from = region.line - 1;
  const to = Math.min(region.endLine, lines.length, region.line + 400);
  const slice = lines.slice(from, to);
  const start = slice.findIndex((l) => /<table\b/i.test(l));
  if (start < 0) return undefined;
  const rows: MetadataRow[] = [];
  let text = '';
  const lineStarts: number[] = [];
  for (let i = start; i < slice.length; i++) {
    lineStarts.push(text.length);
    text += `${slice[i]}\n`;
    if (/<\/table>/i.test(slice[i] as string)) break;
  }
  const lineOf = (offset: number) => {
    let i = 0;
    while (i + 1 < lineStarts.length && (lineStarts[i + 1] as number) <= offset) i++;
    return from + start + i + 1;
  };
  for (const tr of text.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi)) {
    const cells = [
      ...(tr[1] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)(?=<\/t[dh]>|<t[dh]\b|<\/tr>|$)/gi),
    ].map((c) => c[1] ?? '');
    const [labelHtml, valueHtml = ''] = cells;
    if (labelHtml === undefined) continue;
    const strip = (h: string) =>
      h
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const label = strip(labelHtml);
    const value = strip(valueHtml);
    const links = [...valueHtml.matchAll(/href\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] ?? '');
    for (const m of value.matchAll(URL_RE)) if (!links.includes(m[0])) links.push(m[0]);
    rows.push({ key: metadataKey(label), label, value, links, line: lineOf(tr.index ?? 0) });
  }
  return { line: from + start + 1, form: 'html', rows };
}

/** "Assessment Stage: Incomplete" lines (or list items), when there is no table. */
function readLines(
  lines: readonly string[],
  region: { line: number; endLine: number },
): MetadataTable | undefined {
  const rows: MetadataRow[] = [];
  // The table sits near the top of its section: a few hundred lines are enough, long lines are prose.
  for (let l = region.line; l <= Math.min(region.endLine, lines.length, region.line + 400); l++) {
    if ((lines[l - 1] ?? '').length > 300) continue;
    const m = /^\s*(?:[-*+]\s+)?[*_]*([A-Za-z][A-Za-z ()?]{1,40}?)[*_]*\s*:[*_]*\s*(.*)$/.exec(
      lines[l - 1] ?? '',
    );
    if (!m) continue;
    const key = metadataKey(m[1] ?? '');
    if (!key) continue;
    const value = (m[2] ?? '').trim();
    rows.push({
      key,
      label: (m[1] ?? '').trim(),
      value,
      links: [...value.matchAll(URL_RE)].map((u) => u[0]),
      line: l,
    });
  }
  return rows.length > 0 ? { line: rows[0]?.line ?? region.line, form: 'lines', rows } : undefined;
}
