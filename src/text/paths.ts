// Finding repository files by glob without testing every glob against every file: a per-snapshot index of
// base names and a sorted path list. The pipeline detectors ask for a few hundred config-file globs; testing
// each against every file of a large repository costs tens of milliseconds, the index a fraction of that.
import picomatch from 'picomatch';
import { CONTRIBUTION_DOCS, MAX_CONTRIBUTION_DOCS } from '../catalogue/pipeline-contribution.js';
import { NOT_PROJECT_DOCS } from '../catalogue/security-docs.js';
import type { Snapshot } from '../snapshot/snapshot.js';

interface PathIndex {
  /** Regular files by base name. */
  byBase: Map<string, string[]>;
  /** Regular files, sorted. */
  sorted: string[];
}

/** Other people's code and generated trees (vendor/, node_modules/, testdata/...): never the project's docs. */
export const notProjectPath: (path: string) => boolean = picomatch(NOT_PROJECT_DOCS, {
  dot: true,
  nocase: true,
});

/** Shallow paths first, then by path: the root's SECURITY.md before a chart's copy of it. */
export function shallowFirst(a: string, b: string): number {
  return a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0);
}

const pathIndexes = new WeakMap<Snapshot, PathIndex>();
const matchers = new Map<string, (p: string) => boolean>();

function pathIndex(snapshot: Snapshot): PathIndex {
  let index = pathIndexes.get(snapshot);
  if (index) return index;
  const byBase = new Map<string, string[]>();
  const sorted: string[] = [];
  for (const f of snapshot.files) {
    if (f.kind !== 'file') continue;
    sorted.push(f.path);
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const list = byBase.get(base);
    if (list) list.push(f.path);
    else byBase.set(base, [f.path]);
  }
  sorted.sort();
  index = { byBase, sorted };
  pathIndexes.set(snapshot, index);
  return index;
}

function matcherOf(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    matchers.set(glob, m);
  }
  return m;
}

/** `a/{b,c}.{yml,yaml}` → its four spellings (no nested braces). */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (open < 0 || close < 0) return [glob];
  const head = glob.slice(0, open);
  const tail = glob.slice(close + 1);
  return glob
    .slice(open + 1, close)
    .split(',')
    .flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
}

const WILDCARD = /[*?[\]]/;

/**
 * Regular files matching any of the globs (picomatch syntax, dot files included), found through a base-name
 * index: a glob with a literal file name looks that name up; one with a wildcard name scans only the files
 * under its literal directory prefix. Same answers as testing every file, at a fraction of the cost.
 */
export function findFiles(snapshot: Snapshot, globs: readonly string[]): string[] {
  const index = pathIndex(snapshot);
  const out = new Set<string>();
  for (const glob of globs) {
    // One matcher per glob (picomatch expands braces itself), compiled only when a candidate needs it.
    let m: ((p: string) => boolean) | undefined;
    const match = (p: string): boolean => {
      m ??= matcherOf(glob);
      return m(p);
    };
    for (const alt of expandBraces(glob)) {
      const slash = alt.lastIndexOf('/');
      const base = alt.slice(slash + 1);
      const dir = alt.slice(0, slash + 1);
      if (!WILDCARD.test(base)) {
        const candidates = index.byBase.get(base);
        if (!candidates) continue;
        if (!WILDCARD.test(dir)) {
          if (candidates.includes(alt)) out.add(alt);
          continue;
        }
        // `**/name` is every file of that name; `*/name` every one a directory down.
        if (dir === '**/') {
          for (const c of candidates) out.add(c);
          continue;
        }
        if (dir === '*/') {
          for (const c of candidates)
            if (c.indexOf('/') === c.lastIndexOf('/') && c.includes('/')) out.add(c);
          continue;
        }
        for (const c of candidates) if (match(c)) out.add(c);
        continue;
      }
      const wild = alt.search(WILDCARD);
      const prefix = alt.slice(0, alt.lastIndexOf('/', wild) + 1);
      for (let i = lowerBound(index.sorted, prefix); i < index.sorted.length; i++) {
        const p = index.sorted[i] as string;
        if (!p.startsWith(prefix)) break;
        if (match(p)) out.add(p);
      }
    }
  }
  return [...out].sort();
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const contributionCache = new WeakMap<Snapshot, string[]>();
const contributionMatchers = CONTRIBUTION_DOCS.map((g) => picomatch(g, { dot: true, nocase: true }));

/**
 * The contribution documents this repository has (CONTRIBUTING, GOVERNANCE...), most authoritative first;
 * with `mentioning`, only those whose text matches it (so that only they are parsed as Markdown).
 */
export function contributionDocs(snapshot: Snapshot, mentioning?: RegExp): string[] {
  const all = allContributionDocs(snapshot);
  if (!mentioning) return all;
  return all.filter((p) => {
    const text = snapshot.read(p);
    return text !== undefined && mentioning.test(text);
  });
}

function allContributionDocs(snapshot: Snapshot): string[] {
  const cached = contributionCache.get(snapshot);
  if (cached) return cached;
  const found = snapshot.glob([...CONTRIBUTION_DOCS], { nocase: true }).filter((f) => f.size < 256 * 1024);
  const rank = (p: string): number => contributionMatchers.findIndex((m) => m(p));
  const out = found
    .map((f) => f.path)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .slice(0, MAX_CONTRIBUTION_DOCS);
  contributionCache.set(snapshot, out);
  return out;
}
