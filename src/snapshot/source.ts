// Turns the SOURCE argument into a local root: a path inside a git work tree resolves to the work tree's
// root, a plain directory is used as it is, and a git URL is cloned into a temporary directory with hooks,
// templates, submodules and LFS downloads off and a bounded history.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { GitError, git, gitMaybe } from './git.js';

export type ResolvedSource =
  | {
      kind: 'git';
      root: string;
      source: string;
      /** HEAD's commit, absent in a repository without commits. */
      head?: string;
      shallow: boolean;
      cleanup?: () => void;
    }
  | { kind: 'directory'; root: string; source: string };

const ALLOWED_SCHEMES = new Set(['https', 'ssh', 'git', 'file']);

/** Whether SOURCE names a remote repository rather than a local path. */
export function isGitUrl(source: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ||
    /^[a-z][a-z0-9+.-]*::/i.test(source) ||
    /^[^@/\s]+@[^:/\s]+:[^/]/.test(source)
  );
}

/** Rejects URLs git could turn into a command: option-like arguments and the ext::/fd:: transports. */
export function checkGitUrl(url: string): void {
  if (url.startsWith('-'))
    throw new UserError(`refusing source "${url}": it starts with "-"; pass a path or URL`);
  const transport = /^([a-z][a-z0-9+.-]*)::/i.exec(url);
  if (transport) {
    throw new UserError(
      `refusing source "${url}": the ${transport[1]}:: transport can run commands; use an https, ssh, git or file URL`,
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
    throw new UserError(
      `refusing source "${url}": scheme ${scheme} is not allowed; use https, ssh, git or file`,
    );
  }
}

/** Removes user:password@ from a URL before it is shown anywhere. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1');
}

export interface ResolveOptions {
  /** How many commits a clone fetches (the history reader's depth). */
  depth: number;
  cloneTimeoutMs?: number;
}

export async function resolveSource(source: string, options: ResolveOptions): Promise<ResolvedSource> {
  if (source.startsWith('-')) {
    throw new UserError(`refusing source "${source}": it starts with "-"; pass a path or URL`);
  }
  if (isGitUrl(source)) return clone(source, options);
  const abs = resolve(source);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES')
      throw new UserError(`cannot read ${source}: permission denied; check its permissions`);
    throw new UserError(`no such directory: ${source}; pass a repository path or a git URL`);
  }
  if (!isDir) throw new UserError(`${source} is not a directory; pass a repository path or a git URL`);
  // One call answers three questions: the work tree's root, whether it is shallow, and HEAD's commit (git
  // prints the first two and exits 1 when there is no commit yet).
  let out: string | undefined;
  try {
    out = await git(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD'], {
      cwd: abs,
      timeoutMs: 20_000,
    });
  } catch (e) {
    if (e instanceof GitError && e.stdout.trim()) out = e.stdout;
    if (e instanceof GitError && /dubious ownership/.test(e.stderr)) {
      throw new UserError(
        `git refuses ${abs}: it is owned by another user; run: git config --global --add safe.directory ${abs}`,
      );
    }
    if (e instanceof GitError && /Permission denied/i.test(e.stderr)) {
      throw new UserError(`cannot read ${source}: permission denied; check its permissions`);
    }
  }
  const [top, shallow, head] = (out ?? '').split('\n').map((l) => l.trim());
  if (top)
    return { kind: 'git', root: top, source: abs, shallow: shallow === 'true', ...(head ? { head } : {}) };
  return { kind: 'directory', root: abs, source: abs };
}

async function clone(url: string, options: ResolveOptions): Promise<ResolvedSource> {
  checkGitUrl(url);
  const dir = mkdtempSync(join(tmpdir(), 'selfassess-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const target = join(dir, 'repo');
  try {
    await git(
      [
        'clone',
        '--quiet',
        '--template=',
        '--no-recurse-submodules',
        '--single-branch',
        `--depth=${options.depth}`,
        '--',
        url,
        target,
      ],
      { cwd: dir, timeoutMs: options.cloneTimeoutMs ?? 600_000 },
    );
  } catch (e) {
    cleanup();
    const why = e instanceof GitError ? e.message.replace(/^fatal:\s*/, '') : String(e);
    throw new UserError(`cannot clone ${redactUrl(url)}: ${redactUrl(why)}; check the URL and your access`);
  }
  const head = (await gitMaybe(['rev-parse', '--verify', '-q', 'HEAD'], { cwd: target }))?.trim();
  if (!head) {
    cleanup();
    throw new UserError(`cloned ${redactUrl(url)} but it has no commits; pass a repository with history`);
  }
  return { kind: 'git', root: target, source: redactUrl(url), head, shallow: true, cleanup };
}
