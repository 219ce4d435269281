// Metadata › Languages: the languages the project is written in, with their shares of the code, as GitHub
// Linguist computes them (lib/linguist/repository.rb): bytes per language over the files at HEAD, leaving
// out vendored, documentation and generated paths and every language that is not programming or markup.
// It works from the file index (names and sizes) and the .gitattributes files only, never reading a source
// file: on a 2,000-file repository that is milliseconds where Linguist itself takes seconds. What Linguist
// learns from contents (heuristics, shebangs, "Code generated" headers) is approximated from names in
// src/catalogue/languages.ts.
import picomatch from 'picomatch';
import {
  COUNTED_TYPES,
  EVIDENCE_KEYS,
  EXTENSIONS,
  FILENAMES,
  GENERIC_EXTENSIONS,
  GROUPS,
  isDocumentation,
  isGenerated,
  isVendored,
  languageByAlias,
  TIE_BREAK_BY_EXTENSION,
  type TieBreak,
  TYPES,
} from '../../catalogue/languages.js';
import { fact, type LanguageShare } from '../../evidence/model.js';
import type { IndexedFile } from '../../snapshot/file-index.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

/** Languages under this share of the counted bytes are left out of the fact (the top one always stays). */
export const MIN_SHARE = 0.01;
/** One reference per reported language, to its largest file, at most this many. */
const MAX_REFS = 5;
/**
 * Bounds on .gitattributes work, so a hostile repository cannot make the walk slow: every rule is tried on
 * every file (real files have a handful of linguist-* lines), and several `*` in one path segment make a
 * backtracking regular expression polynomial in the segment's length.
 */
const MAX_ATTRIBUTE_FILES = 64;
const MAX_ATTRIBUTE_RULES = 256;
const MAX_PATTERN_LENGTH = 1_024;
const MAX_STARS_PER_SEGMENT = 2;

// ---------------------------------------------------------------------------------------------------------
// .gitattributes: the `linguist-*` overrides (https://github.com/github-linguist/linguist/blob/main/docs/overrides.md)

const LINGUIST_ATTRIBUTES = [
  'linguist-vendored',
  'linguist-generated',
  'linguist-documentation',
  'linguist-detectable',
  'linguist-language',
] as const;
type LinguistAttribute = (typeof LINGUIST_ATTRIBUTES)[number];

/**
 * An attribute's state as git reports it: `true` (set: `attr`), `false` (unset: `-attr`), a string
 * (`attr=value`), or `null` (unspecified again: `!attr`, which undoes an earlier line).
 */
type AttributeValue = boolean | string | null;
export type AttributeSet = Partial<Record<LinguistAttribute, AttributeValue>>;

export interface AttributeRule {
  /** Directory of the .gitattributes file ('' for the root); the pattern is relative to it. */
  dir: string;
  /** A pattern without a slash matches the base name at any depth (gitignore semantics). */
  basenameOnly: boolean;
  matches: (relativePath: string) => boolean;
  attributes: AttributeSet;
}

const isLinguistAttribute = (name: string): name is LinguistAttribute =>
  (LINGUIST_ATTRIBUTES as readonly string[]).includes(name);

/**
 * Parses one .gitattributes file (gitattributes(5)), keeping only lines that set a `linguist-*` attribute.
 * `dir` is the file's directory relative to the root, '' for the root file.
 */
export function parseGitattributes(text: string, dir = '', maxRules = MAX_ATTRIBUTE_RULES): AttributeRule[] {
  const rules: AttributeRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rules.length >= maxRules) break;
    const line = rawLine.replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const split = line.startsWith('"') ? splitQuoted(line) : splitPlain(line);
    if (!split) continue;
    const [pattern, rest] = split;
    // Negative patterns are forbidden in attributes files, and macros ([attr]name) set no linguist-* attribute.
    if (pattern === '' || pattern.startsWith('!') || pattern.startsWith('[attr]')) continue;
    const attributes = parseAttributes(rest);
    if (Object.keys(attributes).length === 0) continue;
    const matches = compilePattern(pattern);
    if (!matches) continue;
    rules.push({ dir, basenameOnly: !pattern.includes('/'), matches, attributes });
  }
  return rules;
}

function splitPlain(line: string): [string, string] {
  const end = line.search(/[ \t]/);
  return end < 0 ? [line, ''] : [line.slice(0, end), line.slice(end)];
}

/** A C-style quoted pattern ("with spaces\303\251"), as git writes them; undefined when unterminated. */
function splitQuoted(line: string): [string, string] | undefined {
  const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };
  const chars = Array.from(line); // code points, so a non-ASCII character is never split
  const bytes: number[] = [];
  let i = 1;
  while (i < chars.length) {
    const c = chars[i] as string;
    if (c === '"') return [Buffer.from(bytes).toString('utf8'), chars.slice(i + 1).join('')];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      i += 1;
      continue;
    }
    const digits = chars.slice(i + 1, i + 4).join('');
    if (/^[0-3][0-7]{2}$/.test(digits)) {
      bytes.push(Number.parseInt(digits, 8));
      i += 4;
    } else {
      const next = chars[i + 1];
      if (next === undefined) return undefined;
      const escaped = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
      if (escaped === undefined) bytes.push(...Buffer.from(next, 'utf8'));
      else bytes.push(escaped);
      i += 2;
    }
  }
  return undefined;
}

function parseAttributes(rest: string): AttributeSet {
  const set: AttributeSet = {};
  for (const token of rest.split(/[ \t]+/)) {
    if (!token) continue;
    let name = token;
    let value: AttributeValue = true;
    if (token.startsWith('-')) {
      name = token.slice(1);
      value = false;
    } else if (token.startsWith('!')) {
      name = token.slice(1);
      value = null;
    } else if (token.includes('=')) {
      name = token.slice(0, token.indexOf('='));
      value = token.slice(token.indexOf('=') + 1);
    }
    if (isLinguistAttribute(name)) set[name] = value;
  }
  return set;
}

const PICOMATCH_OPTIONS = { dot: true, nobrace: true, noextglob: true, nonegate: true, posix: true } as const;

/**
 * Compiles a gitattributes pattern with picomatch. Git's wildmatch knows only `*`, `?`, `[...]`, `**` and
 * backslash escapes, so every other character picomatch would read as syntax (braces, parentheses,
 * extglobs, `+`) is escaped first. A pattern ending in a slash matches only directories, which never carry
 * attributes in git, so it matches nothing here; nor does a pattern over the bounds above.
 */
function compilePattern(pattern: string): ((path: string) => boolean) | undefined {
  if (pattern.endsWith('/') || pattern.length > MAX_PATTERN_LENGTH) return undefined;
  const stars = (segment: string) => segment.split('*').length - 1;
  if (pattern.split('/').some((segment) => segment !== '**' && stars(segment) > MAX_STARS_PER_SEGMENT)) {
    return undefined;
  }
  const glob = toPicomatchGlob(pattern.startsWith('/') ? pattern.slice(1) : pattern);
  try {
    // The bare regular expression: picomatch's matcher function adds per-call overhead we do not need.
    const regex = picomatch.makeRe(glob, PICOMATCH_OPTIONS);
    return (path) => regex.test(path);
  } catch {
    return undefined;
  }
}

function toPicomatchGlob(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const close = bracketEnd(pattern, i);
      if (close < 0) {
        out += '\\[';
        i += 1;
      } else {
        out += pattern.slice(i, close + 1);
        i = close + 1;
      }
    } else {
      out += /[A-Za-z0-9*?/._-]/.test(c) || c.charCodeAt(0) > 127 ? c : `\\${c}`;
      i += 1;
    }
  }
  return out;
}

/** Index of the `]` closing the bracket expression at `start`, or -1 (then the `[` is literal). */
function bracketEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i += 1;
  if (pattern[i] === ']') i += 1;
  for (; i < pattern.length; i += 1) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

/** The attributes of `path`: later lines win, and a deeper .gitattributes wins over a shallower one. */
export function attributesFor(path: string, rules: readonly AttributeRule[]): AttributeSet {
  const result: AttributeSet = {};
  const basename = path.slice(path.lastIndexOf('/') + 1);
  for (const rule of rules) {
    let relative = path;
    if (rule.dir) {
      if (!path.startsWith(`${rule.dir}/`)) continue;
      relative = path.slice(rule.dir.length + 1);
    }
    if (!rule.matches(rule.basenameOnly ? basename : relative)) continue;
    Object.assign(result, rule.attributes);
  }
  return result;
}

/** Rules of every tracked .gitattributes, shallowest first (the order in which later ones override). */
function loadAttributeRules(snapshot: Pick<Snapshot, 'files' | 'read'>): AttributeRule[] {
  const files = snapshot.files
    .filter((f) => f.kind === 'file' && (f.path === '.gitattributes' || f.path.endsWith('/.gitattributes')))
    .sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1))
    .slice(0, MAX_ATTRIBUTE_FILES);
  const rules: AttributeRule[] = [];
  for (const file of files) {
    const text = snapshot.read(file.path);
    if (text === undefined) continue;
    const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
    rules.push(...parseGitattributes(text, dir, MAX_ATTRIBUTE_RULES - rules.length));
    if (rules.length >= MAX_ATTRIBUTE_RULES) break;
  }
  return rules;
}

function depth(path: string): number {
  let n = 0;
  for (const c of path) if (c === '/') n += 1;
  return n;
}

/** Linguist's reading of a boolean attribute: set, or any value but "false" (LazyBlob#boolean_attribute). */
function booleanAttribute(value: AttributeValue | undefined): boolean | undefined {
  return value === undefined || value === null ? undefined : value !== false && value !== 'false';
}

// ---------------------------------------------------------------------------------------------------------
// Language of a file name (Linguist's Filename then Extension strategies, tie-broken by TIE_BREAKS)

/** Bytes of the repository's counted-candidate files by extension (`.cpp`) and by exact name. */
export interface SiblingEvidence {
  byExtension: Map<string, number>;
  byName: Map<string, number>;
}

/** What a file name alone says: Linguist's candidates, and the tie-break of the extension they came from. */
interface NameReading {
  candidates: readonly string[];
  tieBreak: TieBreak | undefined;
  /** A generic extension (generic.yml) names no language by itself. */
  generic: boolean;
}

const NO_CANDIDATES: readonly string[] = [];

/**
 * Linguist's Filename strategy, then its Extension strategy on the extensions of the lower-cased name,
 * longest first (`a.pb.go`: `.pb.go`, then `.go`; Blob#extensions). Undefined when nothing could name it.
 */
function readName(basename: string): NameReading | undefined {
  const byName = FILENAMES.get(basename);
  if (byName?.length === 1) return { candidates: byName, tieBreak: undefined, generic: false };
  const lower = basename.toLowerCase();
  let extension: string | undefined;
  let byExtension = NO_CANDIDATES;
  // Every suffix from a dot, after the first character's segment (a dotfile's name is its extension).
  for (let dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
    const found = EXTENSIONS.get(lower.slice(dot));
    if (found && found.length > 0) {
      extension = lower.slice(dot);
      byExtension = found;
      break;
    }
  }
  if (!byName && extension === undefined) return undefined;
  const generic = extension !== undefined && GENERIC_EXTENSIONS.has(extension);
  let candidates: readonly string[];
  if (byName) {
    const both = generic ? NO_CANDIDATES : byName.filter((l) => byExtension.includes(l));
    candidates = both.length > 0 ? both : byName;
  } else {
    candidates = generic ? NO_CANDIDATES : byExtension;
  }
  const tieBreak = extension === undefined ? undefined : TIE_BREAK_BY_EXTENSION.get(extension);
  if (candidates.length === 0 && !tieBreak) return undefined;
  return { candidates, tieBreak, generic };
}

function chooseLanguage(reading: NameReading | undefined, evidence: SiblingEvidence): string | undefined {
  if (!reading) return undefined;
  const { candidates, tieBreak: rule, generic } = reading;
  if (rule && (candidates.length > 1 || (generic && candidates.length === 0))) {
    const pick = tieBreak(rule, evidence);
    if (pick === null) return undefined;
    if (candidates.length === 0 || candidates.includes(pick)) return pick;
  }
  return candidates[0];
}

function lastExtension(basename: string): string | undefined {
  const dot = basename.lastIndexOf('.');
  return dot < 0 ? undefined : basename.slice(dot).toLowerCase();
}

/** The language Linguist would most likely give a file of this base name, or undefined. */
export function languageOfName(basename: string, evidence: SiblingEvidence): string | undefined {
  return chooseLanguage(readName(basename), evidence);
}

function tieBreak(rule: TieBreak, evidence: SiblingEvidence): string | null {
  let best: string | null = rule.default;
  let bestBytes = 0;
  for (const [language, keys] of Object.entries(rule.siblings ?? {})) {
    let bytes = 0;
    for (const key of keys) {
      bytes += (key.startsWith('.') ? evidence.byExtension.get(key) : evidence.byName.get(key)) ?? 0;
    }
    if (bytes > bestBytes) {
      best = language;
      bestBytes = bytes;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// The detector

interface Tally {
  bytes: number;
  files: number;
  largest: IndexedFile;
}

export interface LanguageStats {
  /** Every counted language (by Linguist group), bytes descending. */
  languages: LanguageShare[];
  countedBytes: number;
  countedFiles: number;
  /** Largest file of each language, for references. */
  largest: Map<string, string>;
}

/** Bytes per language over the snapshot's index, Linguist's way (Repository#compute_stats). */
export function languageStats(snapshot: Pick<Snapshot, 'files' | 'read'>): LanguageStats {
  const rules = loadAttributeRules(snapshot);
  const evidence: SiblingEvidence = { byExtension: new Map(), byName: new Map() };
  const included: { file: IndexedFile; reading: NameReading | undefined; attributes: AttributeSet }[] = [];

  // Pass 1: drop symlinks, empty files and excluded paths; weigh the rest for tie-breaks.
  for (const file of snapshot.files) {
    // Symlinks are never read nor counted (Linguist skips them too); empty files have no language.
    if (file.kind !== 'file' || file.size <= 0) continue;
    const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
    const reading = readName(basename);
    const extension = lastExtension(basename);
    const attributes = rules.length > 0 ? attributesFor(file.path, rules) : {};
    // A file no table names, no attribute names and no tie-break weighs cannot matter: skip the path
    // patterns (most of the cost) for it.
    const evidenceKey =
      (extension !== undefined && EVIDENCE_KEYS.has(extension)) || EVIDENCE_KEYS.has(basename);
    if (!reading && !evidenceKey && attributes['linguist-language'] === undefined) continue;
    const excluded =
      (booleanAttribute(attributes['linguist-vendored']) ?? isVendored(file.path)) ||
      (booleanAttribute(attributes['linguist-documentation']) ?? isDocumentation(file.path)) ||
      (booleanAttribute(attributes['linguist-generated']) ?? isGenerated(file.path));
    if (excluded) continue;
    included.push({ file, reading, attributes });
    if (extension)
      evidence.byExtension.set(extension, (evidence.byExtension.get(extension) ?? 0) + file.size);
    evidence.byName.set(basename, (evidence.byName.get(basename) ?? 0) + file.size);
  }

  // Pass 2: the language of each, counted when programming or markup (or made detectable).
  const tallies = new Map<string, Tally>();
  let countedBytes = 0;
  let countedFiles = 0;
  for (const { file, reading, attributes } of included) {
    const override = attributes['linguist-language'];
    // `linguist-language=X` names the language; set without a value it names none (Linguist finds no alias).
    const language =
      typeof override === 'string'
        ? languageByAlias(override)
        : override === true
          ? undefined
          : chooseLanguage(reading, evidence);
    if (language === undefined) continue;
    const type = TYPES.get(language);
    const detectable =
      booleanAttribute(attributes['linguist-detectable']) ?? (type !== undefined && COUNTED_TYPES.has(type));
    if (!detectable) continue;
    const name = GROUPS.get(language) ?? language;
    const tally = tallies.get(name);
    if (tally) {
      tally.bytes += file.size;
      tally.files += 1;
      if (file.size > tally.largest.size) tally.largest = file;
    } else {
      tallies.set(name, { bytes: file.size, files: 1, largest: file });
    }
    countedBytes += file.size;
    countedFiles += 1;
  }

  const languages = [...tallies.entries()]
    .map(([name, t]) => ({ name, bytes: t.bytes, share: round(t.bytes / countedBytes) }))
    .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const largest = new Map([...tallies.entries()].map(([name, t]) => [name, t.largest.path]));
  return { languages, countedBytes, countedFiles, largest };
}

/** Four decimals (a hundredth of a percent): enough for any rendering, and stable in snapshots. */
function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

export const languagesDetector = defineDetector({
  id: 'languages',
  section: 'metadata',
  // The sizes of every indexed file (never their contents), and the .gitattributes overrides.
  reads: ['**/*', '**/.gitattributes'],
  detect(snapshot) {
    const stats = languageStats(snapshot);
    if (stats.countedBytes === 0) {
      return {
        facts: [],
        unknowns: [
          {
            id: 'metadata.languages',
            section: 'metadata',
            lookedFor: 'source files of a programming or markup language',
            lookedIn: ['file index (git ls-tree at HEAD)'],
            reason: 'not-found',
          },
        ],
      };
    }
    const reported = stats.languages.filter((l, i) => i === 0 || l.share >= MIN_SHARE);
    const refs = reported
      .slice(0, MAX_REFS)
      .map((l) => stats.largest.get(l.name))
      .filter((path): path is string => path !== undefined)
      .map((path) => snapshot.ref(path));
    return {
      facts: [
        fact(
          'metadata.languages',
          'metadata',
          { languages: reported, countedBytes: stats.countedBytes, countedFiles: stats.countedFiles },
          refs,
          'observed',
        ),
      ],
      unknowns: [],
    };
  },
});
