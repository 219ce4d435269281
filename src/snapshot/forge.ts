// Recognises GitHub and GitLab origins and builds permalinks at a commit.

export interface Forge {
  kind: 'github' | 'gitlab';
  host: string;
  /** `owner/name` (GitLab: `group/subgroup/name`). */
  repo: string;
  /** Web URL of the repository, without a trailing slash or `.git`. */
  webUrl: string;
}

const KNOWN_HOSTS: Record<string, Forge['kind']> = {
  'github.com': 'github',
  'www.github.com': 'github',
  'gitlab.com': 'gitlab',
};

/**
 * Parses a remote URL (https, ssh, scp-like `git@host:owner/repo.git`, git://). Credentials in the URL are
 * dropped: tokens are never carried into any output.
 */
export function parseForgeUrl(remote: string): Forge | undefined {
  let host: string;
  let path: string;
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(remote);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) {
    let u: URL;
    try {
      u = new URL(remote);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol)) return undefined;
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } else if (scp?.[1] && scp[2]) {
    host = scp[1].toLowerCase();
    path = scp[2];
  } else {
    return undefined;
  }
  const kind = KNOWN_HOSTS[host] ?? (host.startsWith('gitlab.') ? 'gitlab' : undefined);
  if (!kind) return undefined;
  const parts = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length < 2 || (kind === 'github' && parts.length !== 2)) return undefined;
  if (!parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return undefined;
  const repo = parts.join('/');
  const canonicalHost = host === 'www.github.com' ? 'github.com' : host;
  return { kind, host: canonicalHost, repo, webUrl: `https://${canonicalHost}/${repo}` };
}

/** A permalink to `path` (and `line`) at `commit` on the forge. */
export function permalink(forge: Forge, commit: string, path: string, line?: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const blob = forge.kind === 'gitlab' ? '-/blob' : 'blob';
  return `${forge.webUrl}/${blob}/${commit}/${encoded}${line ? `#L${line}` : ''}`;
}
