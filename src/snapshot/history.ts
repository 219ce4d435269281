// Reads the last N commits in one batch (two git processes in parallel, never one per commit): authors,
// committers, dates, Signed-off-by trailers (git's own trailer parser), merge or not, and whether a signature
// header is present. Signatures are not verified: that runs gpg once per commit (DESIGN §4).
import { git } from './git.js';

export interface Commit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  subject: string;
  /** Values of the commit's Signed-off-by trailers. */
  signedOffBy: string[];
  /** A gpgsig / gpgsig-sha256 header is present (GPG, SSH or X.509 signature; not verified). */
  signed: boolean;
  merge: boolean;
}

export interface History {
  commits: Commit[];
  /** The limit asked for; `commits.length < limit` means the whole history was read. */
  limit: number;
  /** The repository is a shallow clone, so older history is absent. */
  shallow: boolean;
}

export const DEFAULT_HISTORY_LIMIT = 2000;

const FIELD = '\x00';
const RECORD = '\x1e';
const TRAILER_SEP = '\x1f';

export async function readHistory(
  root: string,
  limit = DEFAULT_HISTORY_LIMIT,
  shallow = false,
): Promise<History> {
  const format = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%s'].join('%x00');
  const trailers = '%(trailers:key=Signed-off-by,valueonly,separator=%x1f)';
  const [log, headers] = await Promise.all([
    git(['log', `-n${limit}`, '--no-show-signature', `--format=${format}%x00${trailers}%x1e`, 'HEAD', '--'], {
      cwd: root,
    }),
    git(['rev-list', `-n${limit}`, '--header', 'HEAD'], { cwd: root }),
  ]);
  const signedShas = signedCommits(headers);
  const commits: Commit[] = [];
  for (const raw of log.split(RECORD)) {
    const record = raw.replace(/^\n/, '');
    if (!record) continue;
    const f = record.split(FIELD);
    const [sha, parents, an, ae, ad, cn, ce, cd, subject, trailerField] = f;
    if (!sha) continue;
    const parentList = parents ? parents.split(' ').filter(Boolean) : [];
    commits.push({
      sha,
      parents: parentList,
      authorName: an ?? '',
      authorEmail: ae ?? '',
      authorDate: ad ?? '',
      committerName: cn ?? '',
      committerEmail: ce ?? '',
      committerDate: cd ?? '',
      subject: subject ?? '',
      signedOffBy: (trailerField ?? '')
        .split(TRAILER_SEP)
        .map((s) => s.trim())
        .filter(Boolean),
      signed: signedShas.has(sha),
      merge: parentList.length > 1,
    });
  }
  return { commits, limit, shallow };
}

/** Shas whose raw commit object carries a signature header, from `rev-list --header` (NUL-separated). */
export function signedCommits(revListHeader: string): Set<string> {
  const signed = new Set<string>();
  for (const record of revListHeader.split('\0')) {
    const end = record.indexOf('\n\n');
    const head = end < 0 ? record : record.slice(0, end);
    const lines = head.split('\n');
    const sha = lines[0]?.trim();
    if (!sha) continue;
    if (lines.some((l) => l.startsWith('gpgsig ') || l.startsWith('gpgsig-sha256 '))) signed.add(sha);
  }
  return signed;
}
