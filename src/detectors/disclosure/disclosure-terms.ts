// Security issue resolution › Responsible disclosure: how and when a vulnerability becomes public. The
// embargo, the disclosure date (negotiated, and with whom) and timeline, the private distributors' list,
// where advisories are published (GitHub Security Advisories, CVE assignment, announcement lists) and
// credit to reporters.
import {
  addressRole,
  CREDIT,
  CVE_NONE,
  CVE_PROCESS,
  DISCLOSURE_DATE,
  DISTRIBUTORS,
  EMBARGO,
  findAddresses,
  findDurations,
  GITHUB_ADVISORIES,
  MEMBERSHIP_CRITERIA,
  NEGATION,
} from '../../catalogue/disclosure-phrases.js';
import { policyProse } from '../../disclosure/sources.js';
import type { Duration, Publication } from '../../evidence/kinds/disclosure.js';
import {
  type AnyFact,
  type Fact,
  type FactKind,
  type FactValues,
  fact,
  type Ref,
} from '../../evidence/model.js';
import { markdownHeadings, markdownLinks } from '../../markdown/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/responsible-disclosures-process' as const;
const TOPIC = 'Disclosure';
/** The web page of an announcement mailing list. */
const ANNOUNCE_LIST_PAGE =
  /^https?:\/\/(?:lists\.[\w.-]+\/g\/|groups\.google\.com\/(?:a\/[\w.-]+\/)?(?:g|forum\/#!forum)\/|[\w.-]+\/mailman\/listinfo\/)[\w.-]*announce/i;

export const disclosureTermsDetector = defineDetector({
  id: 'disclosure-terms',
  section: SECTION,
  reads: ['SECURITY.md', 'docs/**/security-release-process.md', 'README.md'],
  detect(snapshot) {
    const prose = policyProse(snapshot);
    const facts: AnyFact[] = [];
    const push = <K extends FactKind>(kind: K, value: FactValues[K], refs: Ref[], key?: string) =>
      facts.push({
        ...(fact(kind, SECTION, value, refs, 'stated', key) as Fact<K>),
        topic: TOPIC,
      } as AnyFact);

    // Embargo: its heading when the policy has one, else the first sentence.
    embargo: for (const source of prose) {
      const heading = markdownHeadings(source.doc).find((h) => EMBARGO.test(h.text));
      if (
        heading &&
        (source.role !== 'community' || source.sentences.some((s) => s.headings.includes(heading.text)))
      ) {
        push('disclosure.embargo', { heading: heading.text }, [snapshot.ref(source.path, heading.line)]);
        break;
      }
      for (const s of source.sentences) {
        if (EMBARGO.test(s.text)) {
          push('disclosure.embargo', {}, [snapshot.ref(source.path, s.line)]);
          break embargo;
        }
      }
    }

    // The disclosure date and timeline.
    let negotiated: { parties: string[]; ref: Ref } | undefined;
    let timeline: { duration: Duration; bound?: 'about' | 'at most'; ref: Ref } | undefined;
    for (const source of prose) {
      for (const s of source.sentences) {
        if (!negotiated && DISCLOSURE_DATE.test(s.text))
          negotiated = { parties: parties(s.text), ref: snapshot.ref(source.path, s.line) };
        if (!timeline && /\bdisclos|\bembargo/i.test(s.text)) {
          const d = findDurations(s.text).find((x) => x.amount > 1 || x.unit !== 'days');
          if (d) {
            const before = s.text.slice(Math.max(0, d.index - 24), d.index);
            const bound = /(?:order of|about|approximately|around|roughly)\s*$/i.test(before)
              ? 'about'
              : /(?:up to|within|no (?:more|later) than|at most|maximum of)\s*$/i.test(before)
                ? 'at most'
                : undefined;
            timeline = {
              duration: { amount: d.amount, unit: d.unit },
              ...(bound ? { bound } : {}),
              ref: snapshot.ref(source.path, s.line),
            };
          }
        }
      }
    }
    if (negotiated || timeline)
      push(
        'disclosure.disclosure-timeline',
        {
          negotiated: negotiated !== undefined,
          parties: negotiated?.parties ?? [],
          ...(timeline ? { duration: timeline.duration } : {}),
          ...(timeline?.bound ? { bound: timeline.bound } : {}),
        },
        [negotiated?.ref, timeline?.ref].filter((r): r is Ref => r !== undefined),
      );

    // Lists: distributors (pre-disclosure) and announcements, from the addresses in the policy.
    const lists = new Map<string, { role: 'distributors' | 'announce'; ref: Ref }>();
    let distributorMention: Ref | undefined;
    let criteria = false;
    for (const source of prose) {
      const text = source.doc.text;
      const lines = text.split('\n');
      const inScope = new Set(source.sentences.map((s) => s.line));
      for (const a of findAddresses(text)) {
        if (source.role === 'community' && !inScope.has(a.line)) continue;
        const role = addressRole(a.address, `${lines[a.line - 2] ?? ''} ${lines[a.line - 1] ?? ''}`);
        if ((role === 'distributors' || role === 'announce') && !lists.has(a.address))
          lists.set(a.address, { role, ref: snapshot.ref(source.path, a.line) });
      }
      for (const s of source.sentences) {
        if (!distributorMention && DISTRIBUTORS.test(s.text))
          distributorMention = snapshot.ref(source.path, s.line);
        if (MEMBERSHIP_CRITERIA.test(`${s.text} ${s.headings.at(-1) ?? ''}`)) criteria = true;
      }
    }
    const distributors = [...lists.entries()].filter(([, l]) => l.role === 'distributors');
    for (const [address, l] of distributors.slice(0, 2))
      push('disclosure.distributor-list', { address, criteria }, [l.ref], address);
    if (distributors.length === 0 && distributorMention)
      push('disclosure.distributor-list', { criteria }, [distributorMention]);

    // Publication: GitHub Security Advisories, CVEs, announcement lists.
    const publications: { value: Publication; ref: Ref }[] = [];
    for (const source of prose) {
      const inScope = new Set(source.sentences.map((s) => s.line));
      const advisoryLink = markdownLinks(source.doc).find(
        (l) =>
          /\/security\/advisories\/?(?:$|[?#])/.test(l.url) &&
          /^https?:/.test(l.url) &&
          (source.role !== 'community' || inScope.has(l.line)),
      );
      if (advisoryLink && !publications.some((p) => p.value.channel === 'github-advisories'))
        publications.push({
          value: { channel: 'github-advisories', url: advisoryLink.url },
          ref: snapshot.ref(source.path, advisoryLink.line),
        });
      for (const s of source.sentences) {
        if (
          GITHUB_ADVISORIES.test(s.text) &&
          !publications.some((p) => p.value.channel === 'github-advisories')
        )
          publications.push({
            value: { channel: 'github-advisories' },
            ref: snapshot.ref(source.path, s.line),
          });
        if (!publications.some((p) => p.value.channel === 'cve')) {
          if (CVE_NONE.test(s.text))
            publications.push({
              value: { channel: 'cve', none: true },
              ref: snapshot.ref(source.path, s.line),
            });
          else if (CVE_PROCESS.test(s.text) || /\bCNA\b/.test(s.text)) {
            const via = /\bGitHub\b/.test(s.text)
              ? 'GitHub'
              : /\bMITRE\b/i.test(s.text)
                ? 'MITRE'
                : /\bCNCF\b/.test(s.text)
                  ? 'the CNCF'
                  : undefined;
            publications.push({
              value: { channel: 'cve', none: false, ...(via ? { via } : {}) },
              ref: snapshot.ref(source.path, s.line),
            });
          }
        }
      }
    }
    for (const [address, l] of [...lists.entries()].filter(([, x]) => x.role === 'announce').slice(0, 2))
      publications.push({ value: { channel: 'announce-list', list: address }, ref: l.ref });
    // Announcement lists linked by their web page (lists.cncf.io/g/x-announce, groups.google.com/g/x-announce).
    for (const source of prose) {
      const inScope = new Set(source.sentences.map((s) => s.line));
      for (const link of markdownLinks(source.doc)) {
        if (!ANNOUNCE_LIST_PAGE.test(link.url) || (source.role === 'community' && !inScope.has(link.line)))
          continue;
        if (publications.some((p) => p.value.channel === 'announce-list' && p.value.list === link.url))
          continue;
        if (publications.filter((p) => p.value.channel === 'announce-list').length >= 2) break;
        publications.push({
          value: { channel: 'announce-list', list: link.url },
          ref: snapshot.ref(source.path, link.line),
        });
      }
    }
    for (const p of publications)
      push(
        'disclosure.publication',
        p.value,
        [p.ref],
        p.value.channel === 'announce-list' ? p.value.list : p.value.channel,
      );

    // Credit to reporters.
    credit: for (const source of prose) {
      for (const s of source.sentences) {
        const m = CREDIT.exec(s.text);
        if (!m || NEGATION.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (!/\breport|\bsubmit|\bresearcher|\bfinder|\bdiscover/i.test(s.text)) continue;
        push('disclosure.credit', { viaAdvisory: /\badvisor/i.test(s.text) }, [
          snapshot.ref(source.path, s.line),
        ]);
        break credit;
      }
    }
    return { facts, unknowns: [] };
  },
});

/** Who agrees on the disclosure date, in the order a reader expects. */
function parties(sentence: string): string[] {
  const out: string[] = [];
  if (/\bsecurity (?:response )?(?:team|committee)|\bmaintainers?\b|\bcommittee\b|\bwe\b/i.test(sentence))
    out.push('the security team');
  if (/\breporter|\bsubmitter|\bresearcher|\bfinder|\byou\b/i.test(sentence)) out.push('the reporter');
  if (/\bdistributors?\b|\bvendors?\b/i.test(sentence)) out.push('the distributors');
  return out;
}
