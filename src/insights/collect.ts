// What the Security Insights file needs beyond the evidence the detectors collect: which conventional
// documents exist (names in HEAD's file list, no contents), the maintainers when a file lists them in a
// table or a Prow OWNERS file, and a "moved / no longer maintained" banner at the top of the README. Reads
// only through the snapshot (capped, symlink-safe); a file that does not parse yields nothing, never a throw.
import type { Table, TableRow } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import type { Ref } from '../evidence/model.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { shallowFirst } from '../text/paths.js';
import { asMap, get, rootMap, strings, yamlOf } from '../yaml/parse.js';
import {
  DOCUMENT_CONVENTIONS,
  type DocumentField,
  MAINTAINER_TABLE_FILES,
  MAX_TEAM,
  OWNERS_FILES,
  STATUS_NOTICE_LINES,
  STATUS_NOTICES,
} from './conventions.js';

/** A person read from a maintainers file. Every field is what the file says, checked for shape. */
export interface TeamMember {
  name: string;
  email?: string;
  /** A GitHub handle, without `@`. */
  handle?: string;
  affiliation?: string;
}

export interface Team {
  members: TeamMember[];
  /** The file (and the table's first line) they were read from. */
  ref: Ref;
  /** `table`: a maintainers table; `owners`: approvers of a Prow OWNERS file. */
  source: 'table' | 'owners';
}

export interface StatusNotice {
  status: 'moved' | 'unsupported' | 'abandoned' | 'WIP';
  ref: Ref;
  quote: string;
}

export interface InsightsExtras {
  documents: Partial<Record<DocumentField, Ref>>;
  team?: Team;
  notice?: StatusNotice;
}

export function collectInsightsExtras(snapshot: Snapshot): InsightsExtras {
  const documents: Partial<Record<DocumentField, Ref>> = {};
  for (const [field, globs] of Object.entries(DOCUMENT_CONVENTIONS) as [DocumentField, readonly string[]][]) {
    const path = firstMatch(snapshot, globs);
    if (path) documents[field] = snapshot.ref(path);
  }
  const team = maintainersTable(snapshot) ?? ownersApprovers(snapshot);
  const notice = statusNotice(snapshot);
  return { documents, ...(team ? { team } : {}), ...(notice ? { notice } : {}) };
}

/** The first glob with a match wins; among its matches, the shallowest path, then the first by name. */
function firstMatch(snapshot: Snapshot, globs: readonly string[]): string | undefined {
  for (const glob of globs) {
    const hits = snapshot
      .glob(glob, { nocase: true })
      .map((f) => f.path)
      .sort(shallowFirst);
    if (hits[0]) return hits[0];
  }
  return undefined;
}

// ---- maintainers ----

const NAME_HEADER = /^(?:full )?name$|^maintainers?$|^person$/i;
const HANDLE_HEADER = /github|handle|user ?name|^id$|^login$/i;
const EMAIL_HEADER = /e-?mail/i;
const AFFILIATION_HEADER = /affiliation|company|organi[sz]ation|employer/i;
/** The Security Insights schema's own email pattern: an address that fails it is left out. */
export const SCHEMA_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A plausible person or team name: letters, spaces and common name punctuation, not a sentence. */
const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,79}$/u;

function maintainersTable(snapshot: Snapshot): Team | undefined {
  for (const glob of MAINTAINER_TABLE_FILES) {
    for (const file of snapshot.glob(glob, { nocase: true })) {
      const doc = snapshot.markdown(file.path);
      if (!doc) continue;
      for (const node of doc.tree.children) {
        if (node.type !== 'table') continue;
        const team = readTable(node);
        if (team.length > 0) {
          return {
            members: team.slice(0, MAX_TEAM),
            ref: snapshot.ref(file.path, node.position?.start.line),
            source: 'table',
          };
        }
      }
    }
  }
  return undefined;
}

function cells(row: TableRow): string[] {
  return row.children.map((c) => mdToString(c).trim());
}

function readTable(table: Table): TeamMember[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const heads = cells(header);
  const col = (re: RegExp) => heads.findIndex((h) => re.test(h));
  const name = col(NAME_HEADER);
  if (name < 0) return [];
  const handle = col(HANDLE_HEADER);
  const email = col(EMAIL_HEADER);
  const affiliation = col(AFFILIATION_HEADER);
  const members: TeamMember[] = [];
  for (const row of rows) {
    const text = cells(row);
    const n = text[name] ?? '';
    if (!PERSON_NAME.test(n)) continue;
    const h = (handle >= 0 ? (text[handle] ?? '') : '').replace(/^@/, '');
    const e = email >= 0 ? (text[email] ?? '') : '';
    const a = affiliation >= 0 ? (text[affiliation] ?? '') : '';
    members.push({
      name: n,
      ...(GITHUB_HANDLE.test(h) ? { handle: h } : {}),
      ...(SCHEMA_EMAIL.test(e) ? { email: e } : {}),
      ...(a && a.length <= 80 && !/[\n<>]/.test(a) ? { affiliation: a } : {}),
    });
  }
  return members;
}

/**
 * Approvers of the root Prow OWNERS file, with aliases resolved from OWNERS_ALIASES. Handles only: the
 * name is the handle. An alias that does not resolve is skipped rather than listed as a person.
 */
function ownersApprovers(snapshot: Snapshot): Team | undefined {
  for (const path of OWNERS_FILES) {
    if (!snapshot.has(path)) continue;
    const parsed = yamlOf(snapshot, path);
    if (!parsed?.ok) continue;
    const approvers = strings(get(rootMap(parsed.file), 'approvers'));
    if (approvers.length === 0) continue;
    const aliases = readAliases(snapshot);
    const handles: string[] = [];
    for (const a of approvers) {
      const expanded = aliases.get(a.text) ?? [a.text];
      for (const h of expanded) if (GITHUB_HANDLE.test(h) && !handles.includes(h)) handles.push(h);
    }
    if (handles.length === 0) continue;
    return {
      members: handles.slice(0, MAX_TEAM).map((h) => ({ name: h, handle: h })),
      ref: snapshot.ref(path, approvers[0]?.line),
      source: 'owners',
    };
  }
  return undefined;
}

function readAliases(snapshot: Snapshot): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!snapshot.has('OWNERS_ALIASES')) return out;
  const parsed = yamlOf(snapshot, 'OWNERS_ALIASES');
  if (!parsed?.ok) return out;
  const aliases = asMap(get(rootMap(parsed.file), 'aliases'));
  for (const e of aliases?.entries ?? [])
    out.set(
      e.key,
      strings(e.value).map((s) => s.text),
    );
  return out;
}

// ---- status ----

function statusNotice(snapshot: Snapshot): StatusNotice | undefined {
  const readme = snapshot.files.find(
    (f) => f.kind === 'file' && /^readme(?:\.(?:md|rst|txt|adoc))?$/i.test(f.path),
  );
  if (!readme) return undefined;
  const text = snapshot.read(readme.path);
  if (text === undefined) return undefined;
  const lines = text.split('\n', STATUS_NOTICE_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).slice(0, 1000);
    for (const { re, status } of STATUS_NOTICES) {
      if (re.test(line))
        return { status, ref: snapshot.ref(readme.path, i + 1), quote: line.trim().slice(0, 160) };
    }
  }
  return undefined;
}
