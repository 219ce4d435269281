// Sentences for security issue resolution and appendix facts (kinds in src/evidence/kinds/disclosure.ts).
import { durationText } from '../../catalogue/disclosure-phrases.js';
import type {
  BadgeId,
  DisclosureFactValues,
  IncidentStep,
  Publication,
  ReportingChannel,
  Responder,
  ResponseAction,
  Severity,
} from '../../evidence/kinds/disclosure.js';
import type { WordingTable } from './types.js';

const DOCUMENT_ROLE = {
  'security-policy': 'is another security policy file',
  'security-contacts': 'is the security contacts file',
  process: 'describes the security response process',
} as const;

const RESPONSE: Record<ResponseAction, (d: string) => string> = {
  acknowledge: (d) => `Reports are acknowledged within ${d}.`,
  respond: (d) => `Reports get a response within ${d}.`,
  triage: (d) => `Reports are triaged within ${d}.`,
  update: (d) => `Reporters get status updates within ${d}.`,
  fix: (d) => `Fixes are targeted within ${d}.`,
};

const STEP: Record<IncidentStep, string> = {
  triage: 'Triage',
  confirmation: 'Confirmation',
  fix: 'Fix',
  notification: 'Notification',
  release: 'Release',
  disclosure: 'Disclosure',
};

const BADGE_NAME: Record<BadgeId, string> = {
  'openssf-best-practices': 'the OpenSSF Best Practices badge',
  'openssf-scorecard': 'the OpenSSF Scorecard badge',
  clomonitor: 'the CLOMonitor badge',
  fossa: 'a FOSSA licence scan badge',
  'artifact-hub': 'an Artifact Hub badge',
  snyk: 'a Snyk badge',
  slsa: 'a SLSA badge',
};

export const DISCLOSURE_WORDING: WordingTable<keyof DisclosureFactValues> = {
  'disclosure.policy-document': (f) => `${f.value.path} ${DOCUMENT_ROLE[f.value.role]}.`,
  'disclosure.policy-pointer': (f) => {
    const v = f.value;
    const where =
      v.scope === 'organisation'
        ? `the organisation's policy, ${v.url}`
        : v.scope === 'other-repository'
          ? `a policy in another repository, ${v.url}`
          : `a policy on the project's website, ${v.url}`;
    return v.only
      ? `${v.from} points to ${where}; the reporting details live there.`
      : `${v.from} also points to ${where}.`;
  },
  'disclosure.policy-template': (f) =>
    `${f.value.path} still holds template text (${f.value.placeholders.map((p) => `"${p}"`).join(', ')}); the project has to fill it in.`,
  'disclosure.reporting-channel': (f) => channelSentence(f.value),
  'disclosure.address-conflict': (f) =>
    `The files name different reporting addresses: ${list(f.value.addresses.map((a) => `${a.address} (${a.path})`))}; confirm which is current.`,
  'disclosure.report-contents': (f) => `A report should include ${list(f.value.items)}.`,
  'disclosure.response-time': (f) => RESPONSE[f.value.action](durationText(f.value.duration)),
  'disclosure.severity': (f) => severitySentence(f.value),
  'disclosure.responder': (f) => responderSentence(f.value),
  'disclosure.embargo': (f) =>
    `Information shared before public disclosure is under embargo${f.value.heading ? ` (section "${f.value.heading}")` : ''}.`,
  'disclosure.disclosure-timeline': (f) => {
    const v = f.value;
    const date = v.negotiated
      ? v.parties.length > 1
        ? `The public disclosure date is negotiated between ${list(v.parties)}`
        : `The public disclosure date is negotiated${v.parties[0] ? ` with ${v.parties[0]}` : ''}`
      : '';
    const timeline = v.duration
      ? `the stated disclosure timeline is ${v.bound ? `${v.bound} ` : ''}${durationText(v.duration)}`
      : '';
    if (date && timeline) return `${date}; ${timeline}.`;
    return date ? `${date}.` : `${capitalise(timeline)}.`;
  },
  'disclosure.distributor-list': (f) =>
    `Distributors get early, private disclosure through ${f.value.address ?? 'a private list'}${f.value.criteria ? ', which has membership criteria' : ''}.`,
  'disclosure.publication': (f) => publicationSentence(f.value),
  'disclosure.credit': (f) =>
    `Reporters are credited ${f.value.viaAdvisory ? 'in the security advisory' : 'when the vulnerability is disclosed'}.`,
  'disclosure.supported-versions': (f) => {
    const v = f.value;
    const scope = v.scope ? ` (${v.scope})` : '';
    return v.backports
      ? `Security fixes are backported to supported releases${scope}.`
      : `Security fixes go to the supported releases${scope}.`;
  },
  'disclosure.private-fix': (f) =>
    f.value.via === 'email'
      ? `Fixes are prepared privately, as patches by email${f.value.formatPatch ? ' (git format-patch)' : ''}, before they are made public.`
      : f.value.via === 'private-fork'
        ? 'Fixes are prepared privately, in a temporary private fork.'
        : 'Fixes are prepared privately, in a private repository or branch.',
  'incident.step': (f) =>
    f.value.heading
      ? `${STEP[f.value.step]}: described under "${f.value.quote}".`
      : `${STEP[f.value.step]}: "${f.value.quote}".`,
  'appendix.vulnerability-ids': (f) => {
    const v = f.value;
    const kinds = [v.cve ? `${v.cve} CVE` : '', v.ghsa ? `${v.ghsa} GHSA` : ''].filter(Boolean).join(' and ');
    const dependency = v.otherSoftware
      ? `, ${v.otherSoftware} of them only on lines about other software (dependency upgrades, detection rules)`
      : '';
    const files = v.files === 1 ? '1 file' : `${v.files} files`;
    return `The repository names ${kinds} identifier${v.total === 1 ? '' : 's'} in ${files}${dependency}; the most recent: ${v.recent.join(', ')}.`;
  },
  'appendix.security-label': (f) =>
    `Security issues carry the \`${f.value.label}\` label (issue template ${f.value.template})${f.value.url ? `: ${f.value.url}` : ''}.`,
  'appendix.audit': (f) => {
    const v = f.value;
    const what = `A ${v.thirdParty ? 'third-party ' : ''}security audit${v.auditor ? ` by ${v.auditor}` : ''}${v.date ? ` (${v.date})` : ''}`;
    return v.path ? `${what} is in the repository: ${v.path}.` : `${what} is published at ${v.url}.`;
  },
  'appendix.badge': (f) => {
    const v = f.value;
    if (v.badge === 'openssf-best-practices')
      return `The README shows the OpenSSF Best Practices badge for project ${v.projectId ?? '?'}: ${v.url}.`;
    if (v.badge === 'slsa') return `The README shows a SLSA level ${v.projectId ?? '?'} badge.`;
    return `The README shows ${BADGE_NAME[v.badge]}: ${v.url}.`;
  },
  'appendix.scorecard-workflow': (f) => `OpenSSF Scorecard runs in CI (${f.value.path}).`,
  'appendix.adopters': (f) => {
    const v = f.value;
    const more = v.total > v.names.length ? `, among them ${list(v.names)}` : `: ${list(v.names)}`;
    return `${v.path} lists ${v.total} adopter${v.total === 1 ? '' : 's'}${more}.`;
  },
  'appendix.related-projects': (f) =>
    f.value.url
      ? `${f.value.path} links to a comparison with related projects: ${f.value.url}.`
      : f.value.title
        ? `${f.value.path} compares the project with related projects ("${f.value.title}").`
        : `${f.value.path} compares the project with related projects.`,
};

function channelSentence(c: ReportingChannel): string {
  switch (c.channel) {
    case 'email':
      return `Vulnerabilities are reported privately by email to ${c.address}${c.deobfuscated ? ' (written obfuscated in the file)' : ''}.`;
    case 'private-advisory': {
      const forge = c.url?.includes('github.com')
        ? "GitHub's"
        : c.url?.includes('gitlab')
          ? "GitLab's"
          : "the forge's";
      return `Vulnerabilities can be reported privately through ${forge} private vulnerability reporting${c.url ? ` (${c.url})` : ''}.`;
    }
    case 'bug-bounty':
      return `A bug bounty programme takes reports on ${c.platform}${c.url ? ` (${c.url})` : ''}.`;
    case 'web-form':
      return `Vulnerabilities can be reported through a web form: ${c.url}.`;
    case 'pgp-key': {
      const key = c.url ?? (c.fingerprint ? `fingerprint ${c.fingerprint}` : undefined);
      return `Reports can be encrypted with the project's PGP key${key ? ` (${key})` : ''}.`;
    }
  }
}

function severitySentence(s: Severity): string {
  switch (s.scheme) {
    case 'cvss':
      return `Severity is scored with CVSS${s.version ? ` v${s.version}` : ''}.`;
    case 'scale':
      return `Issue risk is rated on the project's own 1 to ${s.levels} scale${s.name ? ` ("${s.name}")` : ''}.`;
    case 'levels':
      return `Severity is rated ${list(s.levels, 'or')}.`;
  }
}

function responderSentence(r: Responder): string {
  switch (r.role) {
    case 'team':
      return `Reports are handled by the ${r.name}${r.ofMaintainers ? ', made up of maintainers' : ''}.`;
    case 'maintainers':
      return 'Reports go to the maintainers, who handle them.';
    case 'coordinator':
      return 'A coordinator is assigned to each report to drive the fix and the disclosure.';
    case 'contacts': {
      const more = r.total > r.members.length ? ` and ${r.total - r.members.length} more` : '';
      return `The security contacts are ${more ? `${r.members.join(', ')}${more}` : list(r.members)}.`;
    }
  }
}

function publicationSentence(p: Publication): string {
  switch (p.channel) {
    case 'github-advisories':
      return `Advisories are published as GitHub security advisories${p.url ? ` (${p.url})` : ''}.`;
    case 'cve':
      return p.none
        ? 'The policy says the project has no process to assign CVEs.'
        : `CVE identifiers are requested for confirmed vulnerabilities${p.via ? ` (through ${p.via})` : ''}.`;
    case 'announce-list':
      return `Advisories are announced on ${p.list}.`;
  }
}

/** "a, b and c". */
function list(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
