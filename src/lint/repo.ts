// The repository an assessment is checked against (`--repo`): its snapshot's file index, its evidence
// (collected by the same detectors as `draft`), and the e-mail addresses its documents show. Opened once,
// read by the repository rules; the rules never read files themselves.
import { relative, resolve, sep } from 'node:path';
import { DETECTORS } from '../detectors/index.js';
import { type CollectedEvidence, collectEvidence } from '../evidence/collect.js';
import { factsOfKind, type SnapshotIdentity } from '../evidence/model.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { RepoRef } from './types.js';

export interface RepoContext {
  identity: SnapshotIdentity;
  /** `owner/name`, lower case, from the origin remote or the repository's own mentions of its address. */
  slug: string | undefined;
  evidence: CollectedEvidence;
  /** Every indexed path. */
  files: readonly string[];
  hasFile(path: string): boolean;
  hasDirectory(path: string): boolean;
  /** The linted file's path inside the repository, when it lies in the snapshot's root. */
  docPath: string | undefined;
  ref(path: string, line?: number): RepoRef;
  /** E-mail addresses in the repository's documentation, lower case, with where each first appears. */
  emails(): Map<string, RepoRef>;
  /** What `emails()` read, for "where we looked". */
  emailSources: string;
}

/** Documentation where a project names its addresses; read with the snapshot's caps. */
const EMAIL_GLOBS = [
  '**/*.{md,markdown,rst,txt,adoc}',
  '{MAINTAINERS,OWNERS,SECURITY_CONTACTS,CODEOWNERS,OWNERS_ALIASES,AUTHORS}',
  '**/{MAINTAINERS,OWNERS,SECURITY_CONTACTS,CODEOWNERS,OWNERS_ALIASES}',
  '**/*.{yml,yaml}',
];
const MAX_EMAIL_FILES = 3_000;
export const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}/g;

/**
 * The detectors whose facts the repository rules read. Lint runs these, not all of them: the others
 * (overview, functions, history...) cost time and no rule reads their facts.
 */
export const LINT_DETECTORS: readonly string[] = [
  'software-url',
  'security-policy',
  'reporting-channels',
  'disclosure-terms',
  'communication-channels',
  'ci-systems',
  'security-tools',
  'badges',
];

export function slugFromUrl(url: string | undefined): string | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/#?]|$)/i.exec(
    url ?? '',
  );
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

export function openRepoContext(snapshot: Snapshot, docFile: string | undefined): RepoContext {
  const evidence = collectEvidence(
    snapshot,
    DETECTORS.filter((d) => LINT_DETECTORS.includes(d.id)),
  );
  const software = factsOfKind(evidence, 'metadata.software-url')[0]?.value.url;
  const slug = snapshot.identity.repo?.toLowerCase() ?? slugFromUrl(software);
  const dirs = new Set<string>();
  for (const f of snapshot.files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  let docPath: string | undefined;
  if (docFile) {
    const rel = relative(snapshot.root, resolve(docFile));
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel))
      docPath = rel.split(sep).join('/');
  }
  let emails: Map<string, RepoRef> | undefined;
  const ref = (path: string, line?: number): RepoRef => {
    const r = snapshot.ref(path, line);
    return { path: r.path, ...(r.line ? { line: r.line } : {}), ...(r.url ? { url: r.url } : {}) };
  };
  return {
    identity: snapshot.identity,
    slug,
    evidence,
    files: snapshot.files.map((f) => f.path),
    hasFile: (p) => snapshot.file(p) !== undefined,
    hasDirectory: (p) => p === '' || dirs.has(p),
    docPath,
    ref,
    emailSources: 'the Markdown, text and YAML files of the repository',
    emails() {
      if (emails) return emails;
      emails = new Map();
      const files = snapshot.glob(EMAIL_GLOBS, { nocase: true }).slice(0, MAX_EMAIL_FILES);
      for (const f of files) {
        const text = snapshot.read(f.path) ?? '';
        if (!text.includes('@')) continue;
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i] as string;
          if (!line.includes('@')) continue;
          for (const m of line.matchAll(EMAIL_RE)) {
            const e = m[0].toLowerCase();
            if (!emails.has(e)) emails.set(e, ref(f.path, i + 1));
          }
        }
      }
      return emails;
    },
  };
}
