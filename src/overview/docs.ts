// The project's own Markdown documentation, for cheap sweeps (src/text/prose.ts line scans): the docs folders
// and the root documents, without vendored trees, changelogs or generated command references, capped.
import picomatch from 'picomatch';
import {
  ARCHITECTURE_DOC_NAMES,
  MAX_ARCHITECTURE_DOCS,
  ROOT_ARCHITECTURE_DOCS,
} from '../catalogue/overview.js';
import { NOT_PROJECT_DOCS } from '../catalogue/security-docs.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { shallowFirst } from '../text/paths.js';

/** At most this many documents and bytes are swept (antrea: 131 files, 1.5 MB). */
export const MAX_SWEPT_DOCS = 400;
export const MAX_SWEPT_BYTES = 4 * 1024 * 1024;

const notProject = picomatch(
  [
    ...NOT_PROJECT_DOCS,
    // Changelogs and release notes describe changes, not the system ("Updated the collector to expose …").
    '**/CHANGELOG*',
    '**/CHANGES*',
    '**/HISTORY*',
    '**/NEWS*',
    '**/RELEASE*',
    '**/release-notes/**',
    '**/cli/commands/**',
  ],
  {
    dot: true,
    nocase: true,
  },
);
const cache = new WeakMap<Snapshot, string[]>();

/** Root Markdown files first, then docs/ and doc/ trees, shallow before deep. */
export function projectDocs(snapshot: Snapshot): string[] {
  const known = cache.get(snapshot);
  if (known) return known;
  const files = snapshot
    .glob(['*.md', '{docs,doc,documentation,Documentation}/**/*.md'], { nocase: true })
    .filter((f) => !notProject(f.path));
  files.sort((a, b) => shallowFirst(a.path, b.path));
  const out: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (out.length >= MAX_SWEPT_DOCS || bytes + f.size > MAX_SWEPT_BYTES) break;
    bytes += f.size;
    out.push(f.path);
  }
  cache.set(snapshot, out);
  return out;
}

/** Architecture and design docs, most telling name first, shallow before deep, capped. */
export function architectureDocs(docs: readonly string[]): string[] {
  const rank = (path: string): number => {
    if (!path.includes('/') && ROOT_ARCHITECTURE_DOCS.test(path)) return /^arch/i.test(path) ? 0 : 20;
    const base = path.replace(/\.md$/i, '');
    const file = base.split('/').pop() ?? base;
    const byFile = ARCHITECTURE_DOC_NAMES.findIndex((r) => r.test(`/${file}`));
    if (byFile >= 0) return byFile;
    const folder = base.split('/').slice(0, -1).join('/');
    const byFolder = ARCHITECTURE_DOC_NAMES.findIndex((r) => r.test(`/${folder}`));
    // A README in a folder named for the topic is that topic's document.
    if (byFolder >= 0 && /^(?:readme|index|_index)$/i.test(file)) return byFolder + 0.5;
    return byFolder >= 0 ? byFolder + 10 : -1;
  };
  return docs
    .map((path) => ({ path, rank: rank(path) }))
    .filter((d) => d.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.path.split('/').length - b.path.split('/').length)
    .slice(0, MAX_ARCHITECTURE_DOCS)
    .map((d) => d.path);
}
