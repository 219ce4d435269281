// Security issue resolution: where the security policy is. GitHub shows a policy found at SECURITY.md,
// .github/SECURITY.md or docs/SECURITY.md; one elsewhere exists but is not shown. Also the other documents
// of the process (security contacts, release-process documents, a second SECURITY file), links that send
// readers to a policy kept elsewhere (the organisation's, another repository's, the website's: the details
// live there), and whether the policy can be read: empty, too large, not English, or an unedited template.
import { looksEnglish, PLACEHOLDERS, TEMPLATE_SENTENCES } from '../../catalogue/disclosure-phrases.js';
import { SECURITY_POLICY_GLOBS, SECURITY_POLICY_LOCATIONS } from '../../catalogue/security-docs.js';
import {
  COMMUNITY_DOCS,
  INSIGHTS_FILES,
  type PolicySource,
  PROCESS_DOC_READS,
  policySources,
  proseOf,
  readInsights,
  SECURITY_CONTACTS_GLOBS,
  stripTags,
} from '../../disclosure/sources.js';
import { type AnyFact, fact, type Ref, type Unknown } from '../../evidence/model.js';
import { markdownLinks } from '../../markdown/parse.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/responsible-disclosures-process' as const;
const ISSUE_CHOOSER = '.github/ISSUE_TEMPLATE/config.yml';
const URL_IN_TEXT = /https?:\/\/[^\s)"'<>\]`]+/g;

/** Hosts whose security pages are general references, never a project's policy. */
const REFERENCE_HOSTS =
  /(^|\.)(?:docs\.github\.com|help\.github\.com|github\.blog|docs\.gitlab\.com|cve\.mitre\.org|cve\.org|cwe\.mitre\.org|nvd\.nist\.gov|first\.org|owasp\.org|wikipedia\.org|shields\.io|bestpractices\.dev|coreinfrastructure\.org|securityscorecards\.dev|scorecard\.dev|openssf\.org|cisa\.gov|slsa\.dev|snyk\.io|fossa\.com|img\.shields\.io|googleapis\.com)$/i;

/** A repository page that is a policy: a SECURITY file, or GitHub's security policy tab. */
const FORGE_POLICY_PATH =
  /^(?:-\/)?(?:blob|tree|raw)\/[^/]+\/(?:.*\/)?SECURITY(?:[_-]CONTACTS)?(?:\.md|\.markdown|\.rst|\.txt|\.adoc)?$|^security\/policy\/?$|^(?:-\/)?(?:blob|tree)\/[^/]+\/(?:.*\/)?security[-_]?(?:release[-_]?)?(?:process|policy|disclosure)\.md$/i;
/** A lower-case security page of another repository counts when its link is about reporting. */
const FORGE_SECURITY_DOC = /^(?:-\/)?(?:blob|tree)\/[^/]+\/(?:.*\/)?security(?:\/|\.md$|\/README\.md$)/i;
/** A website page that is a policy: /security, /security-policy, /vulnerability-disclosure, /report... */
const WEB_POLICY_PATH =
  /\/(?:security|security[-_]policy|security[-_]process|vulnerabilit(?:y|ies)[-_]?(?:disclosure|reporting|policy|management)?|disclosure|responsible[-_]disclosure|report[-_]a[-_]vulnerability)(?:\/|\.html?|$)/i;
/** Words around a link that make it a pointer to the reporting process. */
const ABOUT_REPORTING =
  /\breport|\bdisclos|\bvulnerab|\bsecurity (?:polic|process|practices|procedures|contacts?)|\bsecurity\b/i;

/** Repositories an organisation keeps its shared policies in. */
const ORG_REPOS = new Set(['.github', 'community', 'governance', 'security', 'org', 'project', 'foundation']);

interface Pointer {
  url: string;
  scope: 'organisation' | 'other-repository' | 'website';
  refs: Ref[];
  from: string;
}

export const securityPolicyDetector = defineDetector({
  id: 'security-policy',
  section: SECTION,
  reads: [
    ...SECURITY_POLICY_GLOBS,
    ...SECURITY_CONTACTS_GLOBS,
    ...PROCESS_DOC_READS,
    ...COMMUNITY_DOCS,
    ...INSIGHTS_FILES,
    ISSUE_CHOOSER,
  ],
  detect(snapshot) {
    const sources = policySources(snapshot);
    const main = sources.find((s) => s.role === 'policy');
    const facts: AnyFact[] = [];
    const unknowns: Unknown[] = [];
    if (main) {
      const path = main.path;
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      const location =
        dir === '' ? 'root' : dir === '.github' ? '.github' : dir === 'docs' ? 'docs' : 'other';
      const text = snapshot.read(path);
      // Cite the first heading or line with content, so the reference lands on the policy's start.
      const line = text === undefined ? undefined : firstContentLine(text);
      facts.push(
        fact(
          'disclosure.security-policy',
          SECTION,
          { path, location },
          [snapshot.ref(path, line)],
          'observed',
        ),
      );
      const problem = readability(path, text, snapshot.file(path)?.size);
      if (problem) unknowns.push(problem);
      else if (text !== undefined) {
        const template = templateText(text);
        if (template.placeholders.length > 0)
          facts.push(
            fact(
              'disclosure.policy-template',
              SECTION,
              { path, placeholders: template.placeholders },
              [snapshot.ref(path, template.line)],
              'observed',
            ),
          );
      }
    }
    for (const s of sources) {
      if (s === main) continue;
      const text = snapshot.read(s.path);
      const role = s.role === 'policy' ? 'security-policy' : s.role;
      facts.push(
        fact(
          'disclosure.policy-document',
          SECTION,
          { path: s.path, role },
          [snapshot.ref(s.path, text === undefined ? undefined : firstContentLine(text))],
          'observed',
          s.path,
        ),
      );
    }
    const pointers = findPointers(snapshot, sources);
    for (const p of pointers.slice(0, 3))
      facts.push(
        fact(
          'disclosure.policy-pointer',
          SECTION,
          { url: p.url, scope: p.scope, from: p.from, only: thinPolicy(snapshot, sources) },
          p.refs.slice(0, 2),
          'stated',
          p.url,
        ),
      );
    if (facts.length > 0) return { facts, unknowns };
    const org = snapshot.forge?.kind === 'github' ? snapshot.forge.repo.split('/')[0] : undefined;
    return {
      facts: [],
      unknowns: [
        {
          id: 'disclosure.security-policy',
          section: SECTION,
          lookedFor: 'a security policy (SECURITY.md)',
          lookedIn: [...SECURITY_POLICY_LOCATIONS, '**/SECURITY.md', 'SECURITY_CONTACTS'],
          reason: 'not-found',
          detail: org
            ? `GitHub may show a default policy from the organisation's repository https://github.com/${org}/.github`
            : "an organisation-wide default policy (the forge's .github repository) may apply",
        },
      ],
    };
  },
});

/**
 * Links that send readers to a policy kept elsewhere: the organisation's .github or community repository,
 * another repository, or the project's website; from the policy documents, the README and contributing
 * guide, the issue template chooser and Security Insights.
 */
function findPointers(snapshot: Snapshot, sources: readonly PolicySource[]): Pointer[] {
  const pointers: Pointer[] = [];
  for (const s of sources) {
    const doc = snapshot.markdown(s.path);
    if (!doc) continue;
    const lines = doc.text.split('\n');
    for (const link of markdownLinks(doc)) {
      const context = `${link.text} ${lines[link.line - 1] ?? ''}`;
      const scope = pointerScope(link.url, context, s.path, snapshot);
      if (scope)
        add(pointers, {
          url: cleanUrl(link.url),
          scope,
          refs: [snapshot.ref(s.path, link.line)],
          from: s.path,
        });
    }
  }
  // The README and contributing guide can be long: a line scan of their URLs (a reference definition,
  // `[security]: https://...`, carries its label on its line).
  for (const path of COMMUNITY_DOCS) {
    const text = snapshot.has(path) ? snapshot.read(path) : undefined;
    if (text === undefined) continue;
    text.split('\n').forEach((line, i) => {
      if (line.length > 20_000 || !line.includes('://')) return;
      for (const m of line.matchAll(URL_IN_TEXT)) {
        const url = m[0].replace(/[.,;:]+$/, '');
        const scope = pointerScope(url, line, path, snapshot);
        if (scope)
          add(pointers, { url: cleanUrl(url), scope, refs: [snapshot.ref(path, i + 1)], from: path });
      }
    });
  }
  const insights = readInsights(snapshot);
  for (const f of insights?.fields ?? []) {
    if (!f.field.endsWith('security-policy')) continue;
    const scope = pointerScope(f.value, 'security policy', insights?.path ?? '', snapshot);
    if (scope && insights)
      add(pointers, {
        url: cleanUrl(f.value),
        scope,
        refs: [snapshot.ref(insights.path, f.line)],
        from: insights.path,
      });
  }
  // The issue template chooser's contact links ("Report a security vulnerability").
  const chooser = snapshot.has(ISSUE_CHOOSER) ? snapshot.read(ISSUE_CHOOSER) : undefined;
  if (chooser !== undefined) {
    const lines = chooser.split('\n');
    lines.forEach((line, i) => {
      const url = /^\s*-?\s*url:\s*["']?(https?:\/\/[^\s"']+)/.exec(line)?.[1];
      if (!url) return;
      const context = lines.slice(Math.max(0, i - 3), i + 3).join(' ');
      const scope = /secur|vulnerab/i.test(context)
        ? pointerScope(url, context, ISSUE_CHOOSER, snapshot)
        : undefined;
      if (scope)
        add(pointers, {
          url: cleanUrl(url),
          scope,
          refs: [snapshot.ref(ISSUE_CHOOSER, i + 1)],
          from: ISSUE_CHOOSER,
        });
    });
  }
  return pointers;
}

/** The details live elsewhere when no local policy says more than a sentence or two. */
function thinPolicy(snapshot: Snapshot, sources: readonly PolicySource[]): boolean {
  return !sources.some((s) => {
    const doc = snapshot.markdown(s.path);
    return doc !== undefined && proseOf(doc).length >= 3;
  });
}

/** Why the policy's terms cannot be read: missing text (too large, binary), empty, or not in English. */
function readability(path: string, text: string | undefined, size: number | undefined): Unknown | undefined {
  const base = {
    id: 'disclosure.policy-content',
    section: SECTION,
    lookedFor: `the reporting process in ${path}`,
    lookedIn: [path],
    reason: 'not-found' as const,
  };
  if (text === undefined) {
    const detail =
      size !== undefined && size > 1024 * 1024
        ? `${path} was not read: ${Math.round(size / 1024)} KiB is over the 1 MiB read cap`
        : `${path} could not be read as text`;
    return { ...base, detail };
  }
  const prose = stripTags(text.replace(/^#+\s*[^\n]*$/gm, ' '))
    .replace(/[\s#*_>`|-]+/g, ' ')
    .trim();
  if (prose.length === 0) return { ...base, detail: `${path} has no text beyond headings` };
  if (!looksEnglish(stripTags(text)))
    return {
      ...base,
      detail: `${path} is not in English: addresses and links were read, its terms were not`,
    };
  return undefined;
}

/** Stock template sentences and placeholders in the policy (a few, quoted), and the first line with one. */
function templateText(text: string): { placeholders: string[]; line?: number } {
  const placeholders: string[] = [];
  let first: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && placeholders.length < 3; i++) {
    const line = lines[i] as string;
    for (const pattern of [...TEMPLATE_SENTENCES, ...PLACEHOLDERS]) {
      const m = pattern.exec(line);
      if (!m) continue;
      const quote = TEMPLATE_SENTENCES.includes(pattern) ? `${m[0]}...` : m[0];
      if (!placeholders.includes(quote)) placeholders.push(quote);
      first ??= i + 1;
      break;
    }
  }
  return { placeholders, ...(first ? { line: first } : {}) };
}

function firstContentLine(text: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('<!--'));
  return i < 0 ? undefined : i + 1;
}

function add(pointers: Pointer[], p: Pointer): void {
  const same = pointers.find((q) => q.url.replace(/\/$/, '') === p.url.replace(/\/$/, ''));
  if (same) {
    if (!same.refs.some((r) => r.path === p.refs[0]?.path)) same.refs.push(...p.refs);
  } else pointers.push(p);
}

function cleanUrl(url: string): string {
  return url.trim().replace(/^http:\/\//i, 'https://');
}

/** Whether a link points to a policy kept outside this repository, and where. */
export function pointerScope(
  url: string,
  context: string,
  fromPath: string,
  snapshot: Pick<Snapshot, 'forge' | 'has'>,
): Pointer['scope'] | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  if (REFERENCE_HOSTS.test(host)) return undefined;
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  if (host === 'github.com' || host === 'www.github.com' || host === 'gitlab.com') {
    const [owner, repo, ...rest] = path.split('/');
    if (!owner || !repo) return undefined;
    const page = rest.join('/');
    const policy =
      FORGE_POLICY_PATH.test(page) || (FORGE_SECURITY_DOC.test(page) && ABOUT_REPORTING.test(context));
    if (!policy) return undefined;
    if (isOwnRepository(owner, repo, page, fromPath, snapshot)) return undefined;
    return ORG_REPOS.has(repo.toLowerCase()) ? 'organisation' : 'other-repository';
  }
  if (!WEB_POLICY_PATH.test(`/${path}`)) return undefined;
  // A website's /security page is a policy when the words around the link are about reporting, or the
  // link comes from a field that names the policy.
  if (!/\breport|\bdisclos|\bvulnerab|\bsecurity (?:polic|process|practices|procedures)/i.test(context))
    return undefined;
  // Documentation pages about a feature's security ("/docs/concepts/security/") are not policies.
  if (/\/(?:concepts|guides?|tutorials?|reference|api|blog)\//i.test(`/${path}`)) return undefined;
  return 'website';
}

/**
 * Whether owner/repo is this repository: the forge says so when known; without a forge, a link to a file
 * this repository has at the same path, from another file, is taken as a link to itself.
 */
function isOwnRepository(
  owner: string,
  repo: string,
  page: string,
  fromPath: string,
  snapshot: Pick<Snapshot, 'forge' | 'has'>,
): boolean {
  const name = repo.replace(/\.git$/, '');
  if (snapshot.forge) return snapshot.forge.repo.toLowerCase() === `${owner}/${name}`.toLowerCase();
  if (ORG_REPOS.has(name.toLowerCase())) return false;
  const local = /^(?:-\/)?(?:blob|tree|raw)\/[^/]+\/(.+)$/.exec(page)?.[1];
  if (local === undefined) return page.startsWith('security/');
  return local !== fromPath && snapshot.has(local);
}
