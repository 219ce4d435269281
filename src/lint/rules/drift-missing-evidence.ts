// Claims the repository no longer backs: a contact address, an OpenSSF Best Practices project id, or a
// catalogued tool the document names that selfassess's evidence does not show. Warnings: the document may
// be older than the repository, and a tool may run where the repository cannot show it.
import { BADGES } from '../../catalogue/badges.js';
import { factsOfKind } from '../../evidence/model.js';
import { sentences } from '../../markdown/text.js';
import type { AssessmentDoc } from '../document.js';
import { NOT_A_CLAIM, proseLines, withoutUrls } from '../prose.js';
import { EMAIL_RE, type RepoContext } from '../repo.js';
import { TOOL_MENTIONS } from '../tool-mentions.js';
import { defineRule, type Issue, type RepoRef } from '../types.js';

/** Sections where an address is a contact the repository should show (not an author's signature). */
const CONTACT_SECTIONS =
  /^(?:metadata|security-issue-resolution|secure-development-practices\/communication-channels)/;
const CONTACT_WORDS = /\b(?:security|vulnerab\w*|disclos\w*|report\w*|contact|e-?mail)\b/i;
const EXAMPLE_DOMAIN = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|test|invalid|localhost)$/i;

function factEmails(repo: RepoContext): Map<string, RepoRef> {
  const out = new Map<string, RepoRef>();
  const add = (address: string | undefined, refs: { path: string; line?: number }[]) => {
    const r = refs[0];
    if (address && r && !out.has(address.toLowerCase()))
      out.set(address.toLowerCase(), repo.ref(r.path, r.line));
  };
  for (const f of factsOfKind(repo.evidence, 'disclosure.reporting-channel'))
    if (f.value.channel === 'email') add(f.value.address, f.refs);
  for (const f of factsOfKind(repo.evidence, 'disclosure.distributor-list')) add(f.value.address, f.refs);
  for (const f of factsOfKind(repo.evidence, 'channels.channel'))
    if ('address' in f.value) add(f.value.address as string | undefined, f.refs);
  return out;
}

function missingEmails(doc: AssessmentDoc, repo: RepoContext): Issue[] {
  const issues: Issue[] = [];
  const facts = factEmails(repo);
  const reporting = factsOfKind(repo.evidence, 'disclosure.reporting-channel').flatMap((f) =>
    f.value.channel === 'email' && f.refs[0]
      ? [{ address: f.value.address, ref: repo.ref(f.refs[0].path, f.refs[0].line) }]
      : [],
  );
  const seen = new Set<string>();
  for (const { line, text: raw } of proseLines(doc)) {
    if (!raw.includes('@')) continue;
    // An address in inline code is an example (`{user: alice@email.com}`), not a contact.
    const text = raw.replace(/`[^`]*`/g, (c) => ' '.repeat(c.length));
    const section = doc.sectionAt(line) ?? '';
    // The contact words must be the sentence's, not the address's own ("@email.com").
    if (!CONTACT_SECTIONS.test(section) && !CONTACT_WORDS.test(text.replace(EMAIL_RE, ' '))) continue;
    for (const m of withoutUrls(text).matchAll(EMAIL_RE)) {
      const email = m[0].toLowerCase().replace(/\.$/, '');
      if (seen.has(email) || EXAMPLE_DOMAIN.test(email)) continue;
      seen.add(email);
      if (facts.has(email) || repo.emails().has(email)) continue;
      const now = reporting.filter((r) => r.address.toLowerCase() !== email);
      issues.push({
        line,
        column: (m.index ?? 0) + 1,
        message:
          `names ${m[0]}, which the repository no longer shows (looked in ${repo.emailSources})` +
          (now.length > 0 ? `; its security policy gives ${now.map((r) => r.address).join(', ')}` : ''),
        hint:
          now.length > 0
            ? `check the address; the repository gives ${now[0]?.address}`
            : 'check the address is still in use',
        repoRefs: now.map((r) => r.ref),
      });
    }
  }
  return issues;
}

function badgeDrift(doc: AssessmentDoc, repo: RepoContext): Issue[] {
  const issues: Issue[] = [];
  const badges = factsOfKind(repo.evidence, 'appendix.badge');
  const seen = new Set<string>();
  for (const link of doc.links) {
    for (const pattern of BADGES) {
      if (pattern.badge !== 'openssf-best-practices') continue;
      const id = pattern.url.exec(link.url)?.[1];
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const repoBadges = badges.filter((b) => b.value.badge === 'openssf-best-practices');
      if (repoBadges.some((b) => b.value.projectId === id)) continue;
      const other = repoBadges[0];
      const ref = other?.refs[0];
      issues.push({
        line: link.line,
        column: link.column,
        message: other
          ? `names OpenSSF Best Practices project ${id}; the repository's badge is project ${other.value.projectId}`
          : `names OpenSSF Best Practices project ${id}; the repository's README shows no Best Practices badge`,
        hint: other
          ? `link https://www.bestpractices.dev/projects/${other.value.projectId}`
          : 'check the badge id',
        repoRefs: ref ? [repo.ref(ref.path, ref.line)] : [],
      });
    }
  }
  return issues;
}

function missingTools(doc: AssessmentDoc, repo: RepoContext): Issue[] {
  const shown = new Set(factsOfKind(repo.evidence, 'pipeline.tool').map((f) => f.value.toolId));
  // Where the pipeline was read: each CI system's folder (or its first file).
  const ci: RepoRef[] = factsOfKind(repo.evidence, 'pipeline.ci-system').flatMap((f) => {
    const dir = f.value.systemId === 'github-actions' ? '.github/workflows' : f.value.dir?.replace(/\/$/, '');
    const path = dir ?? f.refs[0]?.path;
    return path ? [{ path }] : [];
  });
  const issues: Issue[] = [];
  const reported = new Set<string>();
  // The assessed project may itself be a catalogued tool (Kubescape, Trivy): its own name is its subject.
  const own = new Set(
    [repo.slug?.split('/')[1], repo.identity.repo?.split('/')[1]]
      .filter((n): n is string => !!n)
      .map((n) => n.toLowerCase()),
  );
  for (const s of sentences(doc.md)) {
    if (!(doc.sectionAt(s.line) ?? '').startsWith('secure-development-practices')) continue;
    if (NOT_A_CLAIM.test(s.text)) continue;
    for (const mention of TOOL_MENTIONS) {
      const id = mention.tool.id;
      if (own.has(id) || own.has(mention.tool.name.toLowerCase())) continue;
      if (shown.has(id) || reported.has(id) || mention.find(s.text) < 0) continue;
      reported.add(id);
      issues.push({
        line: s.line,
        message: `names ${mention.tool.name} as part of the pipeline; the repository's CI (${ci.map((r) => r.path).join(', ') || 'none found'}), Makefiles, scripts and configuration show no sign of it`,
        hint: `check ${mention.tool.name} still runs (it may run outside the repository); update the sentence if it does not`,
        repoRefs: ci,
      });
    }
  }
  return issues;
}

export const driftMissingEvidence = defineRule({
  id: 'drift-missing-evidence',
  group: 'repository',
  severity: 'warning',
  relaxedInDraft: false,
  needsRepo: true,
  description:
    'Addresses, OpenSSF Best Practices ids and tools the document names are still shown by the repository.',
  hint: 'check the claim against the repository and update the document',
  check({ doc, repo }) {
    if (!repo) return [];
    return [...missingEmails(doc, repo), ...badgeDrift(doc, repo), ...missingTools(doc, repo)];
  },
});
