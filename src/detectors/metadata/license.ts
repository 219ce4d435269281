// The project's licence as an SPDX expression, with the file and line it comes from. Licence files are
// recognised by the phrases in src/catalogue/licenses.ts (observed); without a recognised file, a manifest's
// declared licence or an SPDX-License-Identifier line is taken at its word (stated). All reading goes through
// the snapshot, so symlinks, oversized, binary and non-UTF-8 files never reach this code; what is left is
// scanned with indexOf and single-quantifier regexes over at most SCAN_CHARS characters.
import {
  BARE_SPDX_IDS,
  DUAL_LICENSE_PHRASES,
  LICENSES,
  type LicenseEntry,
  type LicensePhrase,
  OR_LATER_PHRASE,
} from '../../catalogue/licenses.js';
import { type Confidence, fact, type Ref, type Unknown } from '../../evidence/model.js';
import type { IndexedFile } from '../../snapshot/file-index.js';
import type { SkipReason } from '../../snapshot/reader.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

/**
 * Characters of a file that are scanned. Every catalogued text fits (GPL-3.0, the longest, is about 35 KB),
 * and a hostile file costs no more than this.
 */
const SCAN_CHARS = 64 * 1024;
/**
 * How far (in normalised characters) a heading may come before the first recognising phrase and still open
 * the same text: room for a few copyright lines, not for a heading of some earlier text in the file.
 */
const HEADING_WINDOW = 1000;
/**
 * How much of a text (normalised characters from its start) `noneOf` phrases are looked for in: the
 * distinguishing clauses of the short permissive licences come well within it.
 */
const TEXT_WINDOW = 4000;
/** Longest file (normalised characters) read as a notice: the standard headers are well under 1,000. */
const NOTICE_FILE_MAX = 3000;
/** Longest declared licence string considered: an expression, not a paragraph. */
const MAX_DECLARED = 200;

const ROOT_GLOBS = ['LICEN[CS]E*', 'COPYING*', 'UNLICENSE*'];
const DIR_GLOBS = ['license/LICEN[CS]E*', 'licenses/LICEN[CS]E*'];
const MANIFESTS = ['package.json', 'Cargo.toml', 'pyproject.toml', 'setup.cfg'];
const READS: readonly string[] = [...ROOT_GLOBS, ...DIR_GLOBS, ...MANIFESTS];

/** LICENSE, LICENCE, COPYING or UNLICENSE alone or with a text extension: the project's licence file. */
const PLAIN_NAME = /^(?:licen[cs]e|copying|unlicense)(?:\.(?:md|markdown|txt|rst|adoc|org))?$/i;
/** The same stems with a suffix: LICENSE-MIT, LICENSE.Apache-2.0, COPYING.LESSER. */
const SUFFIXED_NAME = /^(?:licen[cs]e|copying|unlicense)[-._][a-z0-9][a-z0-9.+_-]*$/i;
/** Suffixed files that hold something other than the project's licence: third-party notices, code, config. */
const OTHER_CONTENT =
  /third|3rd|part(?:y|ies)|notice|vendor|depend|bundle|doc|content|asset|exception|header|template|check|tool|script|font|image|icon|data|test|\.(?:go|[cm]?js|tsx?|py|rs|java|kt|c|h|cc|cpp|rb|php|json|ya?ml|toml|sh|xml|html?|css|cfg|ini|lock)$/i;

/** The stem every licence file name starts with. */
const STEM = /^(?:licen[cs]e|copying|unlicense)/i;

const SPDX_TAG = /SPDX-License-Identifier:/i;
const LINE_BREAK = /\r\n|\r|\n/;

/** One licence found in one place. */
interface Found {
  /** The catalogue row, when the licence is one (text, notice, or a declared id the catalogue knows). */
  entry?: LicenseEntry;
  /** SPDX id or expression. */
  spdx: string;
  path: string;
  line: number;
  confidence: Confidence;
}

export const licenseDetector = defineDetector({
  id: 'license',
  section: 'metadata',
  reads: READS,
  detect(snapshot) {
    const notes: string[] = [];
    let found = fromLicenseFiles(snapshot, notes);
    if (found.length === 0) found = fromManifests(snapshot, notes);
    if (found.length === 0) {
      const unknown: Unknown = {
        id: 'metadata.license',
        section: 'metadata',
        lookedFor: 'a license file or a declared SPDX license',
        lookedIn: [...READS],
        reason: 'not-found',
        ...(notes.length > 0 ? { detail: notes.join('; ') } : {}),
      };
      return { facts: [], unknowns: [unknown] };
    }
    const { spdx, items } = combine(found);
    const first = items[0] as Found;
    const refs: Ref[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const key = `${item.path}:${item.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      refs.push(snapshot.ref(item.path, item.line));
    }
    // A recognised text shows the licence; a notice, an SPDX line or a manifest only says so. The fact is
    // `observed` only when every part of it is a recognised text.
    const confidence: Confidence = items.every((i) => i.confidence === 'observed') ? 'observed' : 'stated';
    return {
      facts: [fact('metadata.license', 'metadata', { spdx, file: first.path }, refs, confidence)],
      unknowns: [],
    };
  },
});

// ---------------------------------------------------------------------------------------------------------
// Licence files

function fromLicenseFiles(snapshot: Snapshot, notes: string[]): Found[] {
  // Symlinks are listed in the index but never read, not even when they point inside the repository.
  for (const f of snapshot.files) {
    if (f.kind === 'symlink' && candidateRank(f.path) !== undefined) {
      notes.push(`${f.path} is a symbolic link (not followed)`);
    }
  }
  const candidates = snapshot
    .glob([...ROOT_GLOBS, ...DIR_GLOBS], { nocase: true })
    .map((f) => ({ file: f, rank: candidateRank(f.path) }))
    .filter((c): c is { file: IndexedFile; rank: number } => c.rank !== undefined)
    .sort(
      (a, b) => a.rank - b.rank || stemOrder(a.file.path) - stemOrder(b.file.path) || byPath(a.file, b.file),
    );
  // Files at the root together (LICENSE-APACHE with LICENSE-MIT, COPYING with COPYING.LESSER); a license/
  // directory only when the root has nothing recognisable.
  for (const inDirectory of [false, true]) {
    const found: Found[] = [];
    for (const { file, rank } of candidates) {
      if ((rank === 2) !== inDirectory) continue;
      const text = readNoting(snapshot, file.path, notes);
      if (text === undefined) continue;
      const here = recogniseLicenseFile(file.path, text);
      if (here.length === 0) notes.push(`${file.path} present but not recognised`);
      found.push(...here);
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** 0 for a plain licence file at the root, 1 for a suffixed one, 2 in a license/ directory; else undefined. */
function candidateRank(path: string): number | undefined {
  const slash = path.indexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash).toLowerCase();
  const name = path.slice(slash + 1);
  if (name.includes('/')) return undefined;
  if (dir !== '' && dir !== 'license' && dir !== 'licenses') return undefined;
  const plain = PLAIN_NAME.test(name);
  const suffixed = !plain && SUFFIXED_NAME.test(name) && !OTHER_CONTENT.test(name.replace(STEM, ''));
  if (!plain && !suffixed) return undefined;
  if (dir !== '') return 2;
  return plain ? 0 : 1;
}

/** LICENSE before COPYING before UNLICENSE, so the first file named is the one people look for. */
function stemOrder(path: string): number {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.startsWith('copying')) return 1;
  if (name.startsWith('unlicense')) return 2;
  return 0;
}

function byPath(a: IndexedFile, b: IndexedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** What one licence file says: the texts it holds, else a notice, else an SPDX-License-Identifier line. */
function recogniseLicenseFile(path: string, text: string): Found[] {
  const scanned = scanText(text);
  let texts = matchTexts(scanned);
  if (texts.length > 0) {
    texts = withoutIncluded(texts, (t) => t.spdx);
    // Several texts in one file are a choice only when the file says so. Otherwise the first is the
    // project's and the rest are usually third-party licences appended to it.
    if (texts.length > 1 && !DUAL_PHRASES.some((p) => scanned.norm.includes(p))) texts = texts.slice(0, 1);
    return texts.map((t) => ({
      entry: t.entry,
      spdx: t.spdx,
      path,
      line: lineAt(scanned, t.start),
      confidence: 'observed' as const,
    }));
  }
  const notice = matchNotice(scanned);
  if (notice) {
    return [
      {
        entry: notice.entry,
        spdx: notice.spdx,
        path,
        line: lineAt(scanned, notice.start),
        confidence: 'stated',
      },
    ];
  }
  const header = spdxHeader(path, text);
  return header ? [header] : [];
}

// ---------------------------------------------------------------------------------------------------------
// Matching licence texts against the catalogue

/** Lower case, "licence" spelled "license", every run of punctuation and white space one space. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface CompiledEntry {
  entry: LicenseEntry;
  allOf: string[][];
  noneOf: string[];
  headings: string[];
  notices: string[];
}

const COMPILED: readonly CompiledEntry[] = LICENSES.map((entry) => ({
  entry,
  allOf: entry.allOf.map(alternatives),
  noneOf: (entry.noneOf ?? []).map(normalise),
  headings: (entry.heading ?? []).map(normalise),
  notices: (entry.notices ?? []).map(normalise),
}));
const DUAL_PHRASES = DUAL_LICENSE_PHRASES.map(normalise);
const OR_LATER = normalise(OR_LATER_PHRASE);

function alternatives(phrase: LicensePhrase): string[] {
  return (typeof phrase === 'string' ? [phrase] : [...phrase]).map(normalise);
}

/** A file's first SCAN_CHARS characters, normalised into one string, with where each source line starts. */
interface ScannedText {
  norm: string;
  /** Offsets in `norm` where a non-empty source line starts, ascending. */
  starts: number[];
  /** The 1-based source line for each entry of `starts`. */
  lines: number[];
}

function scanText(text: string): ScannedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const lines: number[] = [];
  let offset = 0;
  const raw = text.slice(0, SCAN_CHARS).split(LINE_BREAK);
  for (let i = 0; i < raw.length; i++) {
    const n = normalise(raw[i] as string);
    if (n === '') continue;
    starts.push(offset);
    lines.push(i + 1);
    parts.push(n);
    offset += n.length + 1;
  }
  return { norm: parts.join(' '), starts, lines };
}

/** The source line of an offset in the normalised text. */
function lineAt(scanned: ScannedText, offset: number): number {
  let lo = 0;
  let hi = scanned.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((scanned.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return scanned.lines[lo] ?? 1;
}

interface TextMatch {
  entry: LicenseEntry;
  spdx: string;
  /** Where the text starts in the normalised string: its heading, else its first recognising phrase. */
  start: number;
}

function matchTexts(scanned: ScannedText): TextMatch[] {
  const { norm } = scanned;
  const matches: TextMatch[] = [];
  for (const c of COMPILED) {
    // Every phrase must occur. The text itself runs up to the phrase that first appears latest; each other
    // phrase is taken at its closest occurrence before that, so a summary above the text that names the
    // licence ("hwy/random.h: CC0 1.0 Universal") does not move the text's start up to the summary.
    const firsts = c.allOf.map((alts) => earliest(alts.map((a) => norm.indexOf(a))));
    if (firsts.some((i) => i < 0)) continue;
    const last = Math.max(...firsts);
    let start = Math.min(...c.allOf.map((alts) => Math.max(...alts.map((a) => norm.lastIndexOf(a, last)))));
    for (const h of c.headings) {
      const i = norm.lastIndexOf(h, start);
      if (i >= 0 && start - i <= HEADING_WINDOW) start = i;
    }
    // Relatives are told apart within the text, not the whole file: it ends TEXT_WINDOW on, or where the
    // next copy of its first phrase starts another text, so a BSD-2-Clause licence followed by a vendored
    // BSD-3-Clause one is still BSD-2-Clause.
    const next = earliest((c.allOf[0] ?? []).map((a) => norm.indexOf(a, last + 1)));
    const body = norm.slice(start, next > start ? Math.min(next, start + TEXT_WINDOW) : start + TEXT_WINDOW);
    if (c.noneOf.some((p) => body.includes(p))) continue;
    // The text's own "How to Apply" appendix says "or (at your option) any later version" as an example;
    // only a notice before the text is the project's choice.
    const orLater = c.entry.orLater !== undefined && norm.slice(0, start).includes(OR_LATER);
    matches.push({ entry: c.entry, spdx: orLater ? (c.entry.orLater as string) : c.entry.spdx, start });
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** The smallest non-negative index, or -1 when there is none. */
function earliest(indexes: number[]): number {
  let best = -1;
  for (const i of indexes) if (i >= 0 && (best < 0 || i < best)) best = i;
  return best;
}

/**
 * The earliest standard notice in a short file that holds no recognised licence text. Long files are left
 * alone: a full text the catalogue does not know (a reworded GPL) carries the notice in its own appendix.
 */
function matchNotice(scanned: ScannedText): TextMatch | undefined {
  if (scanned.norm.length > NOTICE_FILE_MAX) return undefined;
  let best: TextMatch | undefined;
  for (const c of COMPILED) {
    for (const n of c.notices) {
      const i = scanned.norm.indexOf(n);
      if (i < 0 || (best && best.start <= i)) continue;
      const orLater = c.entry.orLater !== undefined && scanned.norm.includes(OR_LATER);
      best = { entry: c.entry, spdx: orLater ? (c.entry.orLater as string) : c.entry.spdx, start: i };
    }
  }
  return best;
}

/** Drops the licences another one found with them includes (GPL-3.0 next to LGPL-3.0). */
function withoutIncluded<T extends { entry?: LicenseEntry | undefined }>(
  items: T[],
  idOf: (t: T) => string,
): T[] {
  return items.filter((t) => !items.some((o) => o !== t && o.entry?.includes?.includes(idOf(t))));
}

// ---------------------------------------------------------------------------------------------------------
// Declared licences: manifests and SPDX-License-Identifier lines

function fromManifests(snapshot: Snapshot, notes: string[]): Found[] {
  for (const path of MANIFESTS) {
    if (!snapshot.has(path)) continue;
    const text = readNoting(snapshot, path, notes);
    if (text === undefined) continue;
    const declared = path === 'package.json' ? fromPackageJson(text, notes) : fromTomlOrIni(path, text);
    if (declared) {
      const expression = parseDeclared(declared.value);
      if (expression) {
        return [{ ...expression, path, line: declared.line, confidence: 'stated' }];
      }
      notes.push(`${path} declares license "${declared.value.slice(0, 80)}", not an SPDX expression`);
    }
    const header = spdxHeader(path, text);
    if (header) return [header];
  }
  return [];
}

interface Declared {
  value: string;
  line: number;
}

function fromPackageJson(text: string, notes: string[]): Declared | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    notes.push('package.json is not valid JSON');
    // A broken manifest still says what it declares: read the first "license" string on its line.
    return firstLine(text, (line) => /"license"\s*:\s*"([^"\n]{1,200})"/.exec(line)?.[1]);
  }
  const value = licenseInPackageJson(parsed);
  if (value === undefined) return undefined;
  // The key's line: the least indented "license"/"licenses" key is the top-level one.
  const raw = text.slice(0, SCAN_CHARS).split(LINE_BREAK);
  let line = 1;
  let indent = Number.POSITIVE_INFINITY;
  for (let i = 0; i < raw.length; i++) {
    const m = /^(\s*)"licen[cs]es?"\s*:/.exec(raw[i] as string);
    if (m && (m[1] as string).length < indent) {
      indent = (m[1] as string).length;
      line = i + 1;
    }
  }
  return { value, line };
}

/** npm's `license` string, its legacy `{ type }` object, or the legacy `licenses` array (a choice). */
function licenseInPackageJson(parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const typeOf = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : isRecord(v) && typeof v.type === 'string' ? v.type : undefined;
  const single = typeOf(parsed.license);
  if (single !== undefined) return single;
  if (Array.isArray(parsed.licenses)) {
    const types = parsed.licenses.slice(0, 10).map(typeOf);
    if (types.length > 0 && types.every((t) => t !== undefined)) return types.join(' OR ');
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where each manifest keeps its licence: the tables, and the key's forms (value in group 1). */
const KEYS: Record<string, { tables: ReadonlySet<string>; patterns: readonly RegExp[] }> = {
  'Cargo.toml': {
    tables: new Set(['package', 'workspace.package']),
    patterns: [/^license\s*=\s*"([^"\n]{0,200})"/, /^license\s*=\s*'([^'\n]{0,200})'/],
  },
  'pyproject.toml': {
    // PEP 639's expression string, PEP 621's `{ text = ... }`, and Poetry's string.
    tables: new Set(['project', 'tool.poetry']),
    patterns: [
      /^license\s*=\s*"([^"\n]{0,200})"/,
      /^license\s*=\s*'([^'\n]{0,200})'/,
      /^license\s*=\s*\{\s*text\s*=\s*"([^"\n]{0,200})"/,
    ],
  },
  'setup.cfg': {
    tables: new Set(['metadata']),
    patterns: [/^license\s*[=:]\s*(\S[^\n]{0,200})$/i],
  },
};

/** A line scan of TOML or INI: no parser needed for one key, and a broken file costs nothing. */
function fromTomlOrIni(path: string, text: string): Declared | undefined {
  const keys = KEYS[path];
  if (!keys) return undefined;
  const raw = text.slice(0, SCAN_CHARS).split(LINE_BREAK);
  let table = '';
  for (let i = 0; i < raw.length; i++) {
    const line = (raw[i] as string).trim();
    if (line.startsWith('[')) {
      const m = /^\[\[?([^\]]{0,100})\]/.exec(line);
      table = m ? (m[1] as string).replace(/["'\s]/g, '').toLowerCase() : '';
      continue;
    }
    if (!keys.tables.has(table)) continue;
    for (const re of keys.patterns) {
      const value = re.exec(line)?.[1];
      if (value !== undefined) return { value: value.trim(), line: i + 1 };
    }
  }
  return undefined;
}

function firstLine(text: string, pick: (line: string) => string | undefined): Declared | undefined {
  const raw = text.slice(0, SCAN_CHARS).split(LINE_BREAK);
  for (let i = 0; i < raw.length; i++) {
    const value = pick(raw[i] as string);
    if (value !== undefined) return { value, line: i + 1 };
  }
  return undefined;
}

/** The first `SPDX-License-Identifier:` line, when what follows is an SPDX expression. */
function spdxHeader(path: string, text: string): Found | undefined {
  const head = text.slice(0, SCAN_CHARS);
  const m = SPDX_TAG.exec(head);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const eol = head.slice(from, from + MAX_DECLARED + 50).search(LINE_BREAK);
  let value = head.slice(from, eol < 0 ? from + MAX_DECLARED + 50 : from + eol).trim();
  // Comment closers of the languages the header is written in.
  for (const closer of ['*/', '-->', '#}', '*)', '--}}']) {
    if (value.endsWith(closer)) value = value.slice(0, -closer.length).trim();
  }
  const expression = parseDeclared(value);
  if (!expression) return undefined;
  const line = head.slice(0, m.index).split(LINE_BREAK).length;
  return { ...expression, path, line, confidence: 'stated' };
}

// ---------------------------------------------------------------------------------------------------------
// SPDX expressions as declared by people

/** Lower-cased ids (current, "or later" and deprecated) to their row and canonical spelling. */
const ID_LOOKUP = new Map<string, { entry: LicenseEntry; id: string }>();
/** Whole declared strings, normalised, to their row ("Apache License 2.0"). */
const NAME_LOOKUP = new Map<string, LicenseEntry>();
for (const entry of LICENSES) {
  ID_LOOKUP.set(entry.spdx.toLowerCase(), { entry, id: entry.spdx });
  if (entry.orLater) ID_LOOKUP.set(entry.orLater.toLowerCase(), { entry, id: entry.orLater });
  for (const alias of entry.aliases ?? []) {
    if (!/\s/.test(alias)) ID_LOOKUP.set(alias.toLowerCase(), { entry, id: entry.spdx });
    NAME_LOOKUP.set(normalise(alias), entry);
  }
  NAME_LOOKUP.set(normalise(entry.name), entry);
}
const BARE_IDS = new Map(BARE_SPDX_IDS.map((id) => [id.toLowerCase(), id]));

const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

/**
 * A declared licence as a canonical SPDX expression, or undefined when it is not one. Ids the catalogue knows
 * get their canonical spelling (`apache-2.0` → `Apache-2.0`, deprecated `GPL-2.0+` → `GPL-2.0-or-later`);
 * other ids are kept as written when they look like SPDX ids; a free-text name the catalogue lists
 * ("Apache License 2.0") is translated. Cargo's old `MIT/Apache-2.0` means OR.
 */
function parseDeclared(raw: string): { spdx: string; entry?: LicenseEntry } | undefined {
  const text = raw.trim();
  if (text === '' || text.length > MAX_DECLARED) return undefined;
  const tokens = text.replace(/\//g, ' OR ').match(/\(|\)|[^\s()]+/g) ?? [];
  const out: string[] = [];
  let entry: LicenseEntry | undefined;
  let ids = 0;
  let depth = 0;
  let expectId = true;
  let ok = tokens.length > 0;
  for (let i = 0; ok && i < tokens.length; i++) {
    const t = tokens[i] as string;
    const upper = t.toUpperCase();
    if (expectId) {
      if (t === '(') {
        depth++;
        out.push('(');
        continue;
      }
      const id = canonicalId(t);
      if (!id) ok = false;
      else {
        out.push(id.id);
        entry = id.entry;
        ids++;
        expectId = false;
      }
    } else if (t === ')') {
      if (depth === 0) ok = false;
      depth--;
      out.push(')');
    } else if (upper === 'AND' || upper === 'OR') {
      out.push(upper);
      expectId = true;
    } else if (upper === 'WITH') {
      const exception = tokens[++i];
      if (exception === undefined || !ID_SHAPE.test(exception)) ok = false;
      else out.push('WITH', exception);
    } else {
      ok = false;
    }
  }
  if (ok && !expectId && depth === 0) {
    const spdx = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
    return ids === 1 && entry && !spdx.includes(' ') ? { spdx, entry } : { spdx };
  }
  const named = NAME_LOOKUP.get(normalise(text));
  return named ? { spdx: named.spdx, entry: named } : undefined;
}

function canonicalId(token: string): { id: string; entry?: LicenseEntry } | undefined {
  if (LICENSE_REF.test(token)) return { id: token };
  const plus = token.endsWith('+');
  const base = plus ? token.slice(0, -1) : token;
  if (!ID_SHAPE.test(base)) return undefined;
  const known = ID_LOOKUP.get(base.toLowerCase());
  if (known) {
    const id = plus ? (known.entry.orLater ?? `${known.id}+`) : known.id;
    return { id, entry: known.entry };
  }
  const bare = BARE_IDS.get(base.toLowerCase());
  if (bare) return { id: plus ? `${bare}+` : bare };
  // An id the catalogue does not know is taken as written when it has the shape of one (a version number or
  // a hyphen): "MPL-1.1", "BlueOak-1.0.0". A bare word ("BSD", "GPL", "UNLICENSED", "later") is not.
  return /[0-9-]/.test(base) ? { id: token } : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Putting the pieces together

/**
 * One expression from everything found: one licence per catalogue row (an "or later" statement anywhere
 * refines the bare text), rows included by another dropped, the rest a choice (OR) in the order found.
 */
function combine(found: Found[]): { spdx: string; items: Found[] } {
  const groups = new Map<string, { spdx: string; entry?: LicenseEntry; items: Found[] }>();
  for (const f of found) {
    const key = f.entry?.spdx ?? f.spdx;
    let g = groups.get(key);
    if (!g) {
      g = { spdx: f.spdx, ...(f.entry ? { entry: f.entry } : {}), items: [] };
      groups.set(key, g);
    }
    if (f.entry?.orLater !== undefined && f.spdx === f.entry.orLater) g.spdx = f.spdx;
    g.items.push(f);
  }
  const kept = withoutIncluded([...groups.values()], (g) => g.spdx);
  const spdx = kept
    .map((g) => (kept.length > 1 && g.spdx.includes(' ') ? `(${g.spdx})` : g.spdx))
    .join(' OR ');
  return { spdx, items: kept.flatMap((g) => g.items) };
}

const SKIP_WORDS: Record<SkipReason, string> = {
  'too-large': 'too large',
  binary: 'binary',
  'not-utf8': 'not valid UTF-8',
  symlink: 'a symbolic link',
  'outside-root': 'outside the repository',
  'not-regular': 'not a regular file',
  unreadable: 'unreadable',
};

/** The file's text; when the snapshot refuses it, a note saying why for the unknown's detail. */
function readNoting(snapshot: Snapshot, path: string, notes: string[]): string | undefined {
  const text = snapshot.read(path);
  if (text === undefined) {
    const skipped = snapshot.skippedFiles().find((s) => s.path === path);
    notes.push(`${path} was not read (${skipped ? SKIP_WORDS[skipped.reason] : 'unreadable'})`);
  }
  return text;
}
