// The one file index every detector shares: tracked files at HEAD with their sizes (one `git ls-tree`),
// or, for a directory without git, a walk that never follows symlinks.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { git } from './git.js';

export interface IndexedFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Size in bytes (the blob's at HEAD for git, the file's for a plain directory). */
  size: number;
  /** Symlinks are listed (so detectors can say they were skipped) but never read. */
  kind: 'file' | 'symlink';
}

/** Files at HEAD, from `git ls-tree -r -l -z` (sizes without reading contents). Submodules are left out. */
export async function indexGitTree(root: string): Promise<IndexedFile[]> {
  const out = await git(['ls-tree', '-r', '-l', '-z', '--full-tree', 'HEAD'], { cwd: root });
  const files: IndexedFile[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, , size] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue;
    const path = record.slice(tab + 1);
    files.push({ path, size: Number(size) || 0, kind: mode === '120000' ? 'symlink' : 'file' });
  }
  return files.sort(byPath);
}

/** Directories a walk of a plain directory does not enter: tool caches, never project sources. */
const WALK_SKIP = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** Walks a plain directory without following symlinks; stops at `maxFiles` and reports it. */
export function indexDirectory(
  root: string,
  maxFiles = 200_000,
): { files: IndexedFile[]; truncated: boolean } {
  const files: IndexedFile[] = [];
  const stack = [''];
  let truncated = false;
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!WALK_SKIP.has(e.name)) stack.push(path);
      } else if (e.isSymbolicLink()) {
        files.push({ path, size: 0, kind: 'symlink' });
      } else if (e.isFile()) {
        let size = 0;
        try {
          size = lstatSync(join(root, path)).size;
        } catch {
          continue;
        }
        files.push({ path, size, kind: 'file' });
      }
      if (files.length >= maxFiles) {
        truncated = true;
        return { files: files.sort(byPath), truncated };
      }
    }
  }
  return { files: files.sort(byPath), truncated };
}

function byPath(a: IndexedFile, b: IndexedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
