// Which links of an assessment point into the assessed repository, and at which path: GitHub blob/tree/raw
// links to the same owner/repo, and relative links when the assessment lives inside the repository.
import { posix } from 'node:path';

export interface RepoLinkTarget {
  /** Candidate repository paths (a branch name may contain slashes, so the split is ambiguous). */
  paths: string[];
  ref?: string;
  kind: 'github' | 'relative';
}

/** Commit ids and version tags do not move: a link pinned to one keeps working after the file moves. */
const PINNED_REF = /^(?:[0-9a-f]{7,40}|v?\d+(?:\.\d+)+(?:[-+][\w.-]+)?)$/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function repoLinkTarget(
  url: string,
  slug: string | undefined,
  docPath: string | undefined,
): RepoLinkTarget | undefined {
  const clean = url.trim().replace(/[?#].*$/, '');
  const gh =
    /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)\/(?:blob|tree|raw)\/(.+)$/i.exec(clean) ??
    /^https?:\/\/raw\.githubusercontent\.com\/([\w.-]+)\/([\w.-]+)\/(.+)$/i.exec(clean);
  if (gh) {
    if (!slug || `${gh[1]}/${gh[2]}`.toLowerCase() !== slug) return undefined;
    const segments = (gh[3] ?? '').split('/').filter(Boolean).map(decode);
    if (segments.length < 2) return undefined;
    const [ref] = segments;
    if (!ref || PINNED_REF.test(ref)) return undefined;
    const paths: string[] = [];
    // "main/docs/x.md" or "release/1.2/docs/x.md": the ref takes one to three segments.
    for (let k = 1; k <= Math.min(3, segments.length - 1); k++) paths.push(segments.slice(k).join('/'));
    return { paths, ref, kind: 'github' };
  }
  if (!docPath) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//') || clean === '' || url.startsWith('#'))
    return undefined;
  const base = clean.startsWith('/') ? '' : posix.dirname(docPath);
  const joined = posix.normalize(posix.join(base === '.' ? '' : base, decode(clean))).replace(/\/$/, '');
  if (joined.startsWith('..') || joined === '.') return undefined;
  return { paths: [joined.replace(/^\//, '')], kind: 'relative' };
}
