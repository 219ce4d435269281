// Security issue resolution › Responsible disclosure: how a vulnerability is reported privately. Addresses
// (validated, de-obfuscated) from the policy documents, the README's and contributing guide's security
// sections and Security Insights; the forge's private vulnerability reporting; bounty platforms; web forms;
// a PGP key. Different reporting addresses in different files are reported together as a conflict.
import {
  addressRole,
  BOUNTY_PLATFORMS,
  FORM_HOSTS,
  findAddresses,
  isValidAddress,
  NEGATION,
  PGP_FINGERPRINT,
  PGP_KEY_URL,
  PGP_MENTION,
  PRIVATE_ADVISORY_PATH,
  PRIVATE_REPORTING_TEXT,
} from '../../catalogue/disclosure-phrases.js';
import {
  COMMUNITY_DOCS,
  INSIGHTS_FILES,
  policyProse,
  readInsights,
  type SourceProse,
} from '../../disclosure/sources.js';
import type { ReportingChannel } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, type Fact, fact, type Ref } from '../../evidence/model.js';
import { markdownHeadings, markdownLinks } from '../../markdown/parse.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/responsible-disclosures-process' as const;
const TOPIC = 'Reporting';
const ISSUE_CHOOSER = '.github/ISSUE_TEMPLATE/config.yml';
const MAX_REFS = 2;

interface Found {
  channel: ReportingChannel;
  refs: Ref[];
  /** Files the channel is named in (for conflicts). */
  paths: string[];
}

export const reportingChannelsDetector = defineDetector({
  id: 'reporting-channels',
  section: SECTION,
  reads: [
    'SECURITY.md',
    '.github/SECURITY.md',
    'SECURITY_CONTACTS',
    ...COMMUNITY_DOCS,
    ...INSIGHTS_FILES,
    ISSUE_CHOOSER,
  ],
  detect(snapshot) {
    const found: Found[] = [];
    const sources = policyProse(snapshot);
    for (const source of sources) scanSource(snapshot, source, found);
    scanInsights(snapshot, found);
    scanIssueChooser(snapshot, found);

    const facts: AnyFact[] = found.map((f, i) =>
      withTopic(
        fact(
          'disclosure.reporting-channel',
          SECTION,
          f.channel,
          f.refs.slice(0, MAX_REFS),
          'stated',
          channelKey(f.channel, i),
        ),
      ),
    );
    const conflict = addressConflict(found);
    if (conflict) facts.push(conflict(snapshot));
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'disclosure.reporting-channel',
          section: SECTION,
          lookedFor:
            "a private reporting channel (a security address, the forge's private vulnerability reporting, a form or a bounty programme)",
          lookedIn: [...new Set([...sources.map((r) => r.path), 'SECURITY.md', 'SECURITY-INSIGHTS.yml'])],
          reason: 'not-found',
        },
      ],
    };
  },
});

function withTopic<T extends AnyFact>(f: T): T {
  return { ...f, topic: TOPIC };
}

function channelKey(c: ReportingChannel, i: number): string {
  switch (c.channel) {
    case 'email':
      return `email:${c.address}`;
    case 'bug-bounty':
      return `bounty:${c.platform}`;
    case 'web-form':
      return `form:${c.url}`;
    default:
      return `${c.channel}:${i}`;
  }
}

function record(found: Found[], channel: ReportingChannel, ref: Ref): void {
  const same = found.find((f) => sameChannel(f.channel, channel));
  if (same) {
    if (!same.refs.some((r) => r.path === ref.path && r.line === ref.line)) same.refs.push(ref);
    if (!same.paths.includes(ref.path)) same.paths.push(ref.path);
    // A URL or fingerprint found later completes a bare mention.
    const a = same.channel;
    if (a.channel === 'pgp-key' && channel.channel === 'pgp-key')
      same.channel = {
        channel: 'pgp-key',
        ...((a.url ?? channel.url) ? { url: a.url ?? channel.url } : {}),
        ...((a.fingerprint ?? channel.fingerprint)
          ? { fingerprint: a.fingerprint ?? channel.fingerprint }
          : {}),
      };
    if (a.channel === 'private-advisory' && channel.channel === 'private-advisory' && !a.url && channel.url)
      same.channel = channel;
    if (a.channel === 'email' && channel.channel === 'email' && !channel.deobfuscated)
      same.channel = { ...a, deobfuscated: false };
    return;
  }
  found.push({ channel, refs: [ref], paths: [ref.path] });
}

function sameChannel(a: ReportingChannel, b: ReportingChannel): boolean {
  if (a.channel !== b.channel) return false;
  switch (a.channel) {
    case 'email':
      return a.address === (b as typeof a).address;
    case 'bug-bounty':
      return a.platform === (b as typeof a).platform;
    case 'web-form':
      return a.url === (b as typeof a).url;
    default:
      return true;
  }
}

function scanSource(snapshot: Snapshot, source: SourceProse, found: Found[]): void {
  const { doc, path } = source;
  const lines = doc.text.split('\n');
  const headings = markdownHeadings(doc);
  // A security contacts file lists people to reach the team, not where reports go ("do not report to these").
  const addresses = source.role === 'security-contacts' ? [] : findAddresses(doc.text);
  for (const a of addresses) {
    const heading = headings.filter((h) => h.line <= a.line).at(-1)?.text ?? '';
    const context = `${heading} ${lines[a.line - 2] ?? ''} ${lines[a.line - 1] ?? ''}`;
    if (addressRole(a.address, context) !== 'reporting') continue;
    record(
      found,
      { channel: 'email', address: a.address, deobfuscated: a.deobfuscated },
      snapshot.ref(path, a.line),
    );
  }
  for (const link of markdownLinks(doc)) {
    const context = `${link.text} ${lines[link.line - 1] ?? ''}`;
    const channel = linkChannel(link.url, context);
    if (channel) record(found, channel, snapshot.ref(path, link.line));
  }
  // Mentions without a link: private vulnerability reporting by name, a PGP fingerprint.
  for (let n = 1; n <= lines.length; n++) {
    const line = lines[n - 1] ?? '';
    if (line.length > 4000 || line === '') continue;
    if (
      PRIVATE_REPORTING_TEXT.test(line) &&
      !NEGATION.test(line.replace(/do not (?:open|file|report|create)[^.]*/gi, ''))
    ) {
      const url =
        snapshot.forge?.kind === 'github' ? `${snapshot.forge.webUrl}/security/advisories/new` : undefined;
      record(found, { channel: 'private-advisory', ...(url ? { url } : {}) }, snapshot.ref(path, n));
    }
    // A fingerprint on its own line, below the sentence that names the key.
    if (PGP_MENTION.test(`${lines[n - 3] ?? ''} ${lines[n - 2] ?? ''} ${line}`)) {
      const fingerprint = PGP_FINGERPRINT.exec(line)?.[0];
      if (fingerprint) record(found, { channel: 'pgp-key', fingerprint }, snapshot.ref(path, n));
    }
  }
}

/** What a link in a security section is as a reporting channel, if anything. */
function linkChannel(url: string, context: string): ReportingChannel | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  const clean = url.trim();
  // The advisories page with "file", "report" or "submit" beside it is where reports are made.
  const advisories =
    /\/security\/advisories\/?$/i.test(parsed.pathname) &&
    /\b(?:file|report|submit|open|create)\b/i.test(context);
  if ((PRIVATE_ADVISORY_PATH.test(parsed.pathname) || advisories) && /github\.com$|gitlab\.com$/.test(host)) {
    const [owner, repo] = parsed.pathname.replace(/^\//, '').split('/');
    // Another repository's form is still where this project takes reports (an org-wide intake repo).
    return owner && repo ? { channel: 'private-advisory', url: clean } : undefined;
  }
  const bounty = BOUNTY_PLATFORMS.find((b) => b.host.test(host));
  if (bounty && !NEGATION.test(context))
    return { channel: 'bug-bounty', platform: bounty.platform, url: clean };
  if (
    FORM_HOSTS.some((h) => h.test(host)) &&
    (host !== 'docs.google.com' || parsed.pathname.startsWith('/forms/'))
  )
    if (/\breport|\bsubmit|\bvulnerab|\bsecurity|\bdisclos/i.test(context))
      return { channel: 'web-form', url: clean };
  if (PGP_MENTION.test(context) && (PGP_KEY_URL.test(parsed.pathname) || PGP_KEY_URL.test(host)))
    return { channel: 'pgp-key', url: clean };
  return undefined;
}

/** The issue template chooser's contact links: GitHub's "Report a security vulnerability" goes to private reporting. */
function scanIssueChooser(snapshot: Snapshot, found: Found[]): void {
  const text = snapshot.has(ISSUE_CHOOSER) ? snapshot.read(ISSUE_CHOOSER) : undefined;
  if (text === undefined) return;
  text.split('\n').forEach((line, i) => {
    const url = /^\s*-?\s*url:\s*["']?(https?:\/\/[^\s"']+)/.exec(line)?.[1];
    if (url && PRIVATE_ADVISORY_PATH.test(url))
      record(found, { channel: 'private-advisory', url }, snapshot.ref(ISSUE_CHOOSER, i + 1));
  });
}

function scanInsights(snapshot: Snapshot, found: Found[]): void {
  const insights = readInsights(snapshot);
  if (!insights) return;
  for (const f of insights.fields) {
    const ref = snapshot.ref(insights.path, f.line);
    if (/email|contacts\.value/.test(f.field)) {
      const address = f.value
        .replace(/^mailto:/i, '')
        .trim()
        .toLowerCase();
      if (isValidAddress(address) && addressRole(address, '') === 'reporting')
        record(found, { channel: 'email', address, deobfuscated: false }, ref);
    } else if (/bug-bounty/.test(f.field)) {
      const channel = linkChannel(f.value, 'bug bounty');
      if (channel) record(found, channel, ref);
      else if (/^https?:\/\//.test(f.value))
        record(found, { channel: 'bug-bounty', platform: 'its own programme', url: f.value }, ref);
    } else if (/pgp-key/.test(f.field)) {
      const url = /^https?:\/\//.test(f.value) ? f.value : undefined;
      const fingerprint = PGP_FINGERPRINT.exec(f.value)?.[0];
      record(
        found,
        { channel: 'pgp-key', ...(url ? { url } : {}), ...(fingerprint ? { fingerprint } : {}) },
        ref,
      );
    }
  }
}

/**
 * Reporting addresses that disagree: two files each naming addresses the other does not. Both are reported;
 * a human decides which one is current.
 */
function addressConflict(
  found: Found[],
): ((snapshot: Snapshot) => Fact<'disclosure.address-conflict'>) | undefined {
  const emails = found.filter(
    (f): f is Found & { channel: { channel: 'email' } } => f.channel.channel === 'email',
  );
  const byPath = new Map<string, Set<string>>();
  for (const e of emails)
    for (const p of e.paths) byPath.set(p, (byPath.get(p) ?? new Set()).add(e.channel.address));
  const files = [...byPath.entries()];
  let pair: [string, string] | undefined;
  for (let i = 0; i < files.length && !pair; i++)
    for (let j = i + 1; j < files.length && !pair; j++) {
      const [a, sa] = files[i] as [string, Set<string>];
      const [b, sb] = files[j] as [string, Set<string>];
      if (![...sa].some((x) => sb.has(x))) pair = [a, b];
    }
  if (!pair) return undefined;
  const [a, b] = pair;
  const addresses = [
    ...[...(byPath.get(a) ?? [])].map((address) => ({ address, path: a })),
    ...[...(byPath.get(b) ?? [])].map((address) => ({ address, path: b })),
  ];
  return (snapshot) => {
    const refs = addresses.flatMap(({ address, path }) => {
      const e = emails.find((x) => x.channel.address === address);
      const r = e?.refs.find((x) => x.path === path);
      return r ? [r] : [snapshot.ref(path)];
    });
    return { ...fact('disclosure.address-conflict', SECTION, { addresses }, refs, 'observed'), topic: TOPIC };
  };
}
