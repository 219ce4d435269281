// How security policies word their terms: reporting addresses (and their obfuscations), durations, bounty
// platforms, severity scales, the people who respond, and the steps of incident response. Data and small
// pure recognisers over one line or sentence; detectors decide which documents to read.
import type { Duration, DurationUnit, IncidentStep, ResponseAction } from '../evidence/kinds/disclosure.js';

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses

const EMAIL =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b/g;

/**
 * Obfuscations people use to hide an address from harvesters, rewritten to `@` and `.`: `[at]`, `(at)`,
 * `{at}`, `<at>`, ` AT ` (upper case only: "at" is an English word), `&#64;`, `[.]`, `[dot]`, ` DOT `.
 */
const DEOBFUSCATE: readonly [RegExp, string][] = [
  [/\s*[[({<]\s*(?:at|AT|@)\s*[\])}>]\s*/g, '@'],
  [/\s+AT\s+/g, '@'],
  [/&#0*64;|&commat;|&#x0*40;/gi, '@'],
  [/\s*[[({<]\s*(?:dot|DOT|\.)\s*[\])}>]\s*/g, '.'],
  [/(?<=@[\w.-]*\w)\s+DOT\s+/g, '.'],
];

/** Local parts and domains that are placeholders in templates, never a project's address. */
const PLACEHOLDER_ADDRESS =
  /^(?:your|you|user(?:name)?|name|email|someone|somebody|insert|todo|xxx+|foo|bar)(?:[._-]|@)|@(?:your|my|insert|domain|company|project|xxx+)[\w-]*\.|@(?:email|mail|domain)\.(?:com|org)$/i;

export interface FoundAddress {
  address: string;
  /** 1-based line in the text. */
  line: number;
  deobfuscated: boolean;
}

/** Valid addresses in a text, with their lines; obfuscated forms are rewritten first. Placeholders are left out. */
export function findAddresses(text: string, firstLine = 1): FoundAddress[] {
  const found: FoundAddress[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.length > 4000) continue;
    const plain = new Set(matchAddresses(raw.replace(/%40/g, '@')));
    for (const a of plain) found.push({ address: a, line: firstLine + i, deobfuscated: false });
    if (!/\b(?:at|AT)\b|&#0*64;|&commat;|&#x0*40;|\[\.\]|\bdot\b|\bDOT\b/i.test(raw)) continue;
    let rewritten = raw;
    for (const [pattern, to] of DEOBFUSCATE) rewritten = rewritten.replace(pattern, to);
    for (const a of matchAddresses(rewritten)) {
      if (!plain.has(a)) found.push({ address: a, line: firstLine + i, deobfuscated: true });
    }
  }
  return found;
}

function matchAddresses(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(EMAIL)) {
    const address = m[0].replace(/\.+$/, '').toLowerCase();
    if (isValidAddress(address) && !out.includes(address)) out.push(address);
  }
  return out;
}

/** Syntax of an address a person can write to (RFC 5321 lengths, no empty labels, a letter TLD). */
export function isValidAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  if (!/^[a-z0-9.-]+\.[a-z]{2,24}$/i.test(domain) || domain.includes('..')) return false;
  if (domain.split('.').some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return false;
  // File names that look like addresses: image@2x.png, package@1.2.3.
  if (/\.(?:png|jpe?g|gif|svg|webp|js|ts|json|ya?ml|md|html?)$/i.test(domain)) return false;
  return !PLACEHOLDER_ADDRESS.test(address);
}

export type AddressRole = 'reporting' | 'distributors' | 'announce' | 'other';

/**
 * What an address is for, from the address itself and the text around it: a distributors' (pre-disclosure)
 * list, an announcement list, an unrelated contact (conduct, press), or, by default, where reports go.
 */
export function addressRole(address: string, context: string): AddressRole {
  const local = address.split('@')[0] ?? '';
  if (/distributor|pre-?disclosure|vendor|embargo/i.test(local)) return 'distributors';
  if (/announce|advisor(?:y|ies)|notif/i.test(local)) return 'announce';
  if (/conduct|^coc$|privacy|abuse|press|media|sales|marketing|info$|legal|trademark|^hr$/i.test(local))
    return 'other';
  if (/\b(?:distributors?|pre-?disclosure|early disclosure)\b/i.test(context) && !/\breport\b/i.test(context))
    return 'distributors';
  if (/\bcode of conduct\b|\bconduct\b/i.test(context) && !/vulnerab|secur/i.test(context)) return 'other';
  return 'reporting';
}

// ---------------------------------------------------------------------------------------------------------
// Durations

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  'twenty-one': 21,
  'twenty-four': 24,
  thirty: 30,
  'forty-five': 45,
  'forty-eight': 48,
  sixty: 60,
  'seventy-two': 72,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1,
};

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const UNIT = '(business|working|calendar)?[\\s-]*(hours?|hrs?|h|days?|weeks?|months?)';

/** "within 3 business days", "in two (2) weeks", "72 hours", "a 90-day disclosure timeline". */
const DURATION = new RegExp(`\\b${NUMBER}(?:\\s*\\(\\d{1,3}\\))?[\\s-]*${UNIT}\\b`, 'gi');

export interface FoundDuration extends Duration {
  /** Offset of the match in the sentence and its end. */
  index: number;
  end: number;
}

/** Every duration in a sentence, normalised ("three business days" = 3 business days). */
export function findDurations(sentence: string): FoundDuration[] {
  const out: FoundDuration[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const word = (m[1] ?? '').toLowerCase();
    const amount = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    // "a day" alone is prose ("a day of work"); only a digit or a counted word makes a commitment.
    if (
      amount === undefined ||
      amount === 0 ||
      ((word === 'a' || word === 'an') && !/within|in/i.test(before(sentence, m.index)))
    )
      continue;
    const unit = normaliseUnit((m[2] ?? '').toLowerCase(), (m[3] ?? '').toLowerCase());
    if (!unit) continue;
    out.push({ amount, unit, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

function before(sentence: string, index: number): string {
  return sentence.slice(Math.max(0, index - 8), index);
}

function normaliseUnit(kind: string, base: string): DurationUnit | undefined {
  if (base.startsWith('h')) return 'hours';
  if (base.startsWith('w')) return 'weeks';
  if (base.startsWith('m')) return 'months';
  if (base.startsWith('d')) {
    if (kind === 'business') return 'business days';
    if (kind === 'working') return 'working days';
    if (kind === 'calendar') return 'calendar days';
    return 'days';
  }
  return undefined;
}

/** "3 business days", "1 week", "90 days". */
export function durationText(d: Duration): string {
  const unit = d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit;
  return `${d.amount} ${unit}`;
}

/** Words before a duration that say what is promised in it (the clause the duration closes). */
const RESPONSE_ACTIONS: readonly [ResponseAction, RegExp][] = [
  ['acknowledge', /acknowledg|confirm(?:ation of)? (?:the )?receipt|receipt/i],
  ['triage', /triag|assess|investigat|evaluat/i],
  ['update', /\bupdates?\b|\bstatus\b|\bprogress\b|keep (?:you|the reporter) informed/i],
  ['fix', /\bfix|\bpatch|\bresolv|\bremediat|\bmitigat|\brelease/i],
];

/** Words that make a clause a response promise at all (not "supported for 12 months"). */
const RESPONSE_VERBS =
  /respon|repl(?:y|ies)|answer|acknowledg|address|get back|hear (?:back|from)|contact|reach out|conversation|triag|assess|investigat|evaluat|update|fix|patch|resolv|remediat|receipt|confirm/i;

/** Classifies the promise of a clause ending with a duration; undefined when it promises nothing. */
export function responseAction(clause: string): ResponseAction | undefined {
  if (!RESPONSE_VERBS.test(clause)) return undefined;
  for (const [action, pattern] of RESPONSE_ACTIONS) if (pattern.test(clause)) return action;
  return 'respond';
}

// ---------------------------------------------------------------------------------------------------------
// Channels other than e-mail

/** Bug bounty and coordinated-disclosure platforms, by host. */
export const BOUNTY_PLATFORMS: readonly { host: RegExp; platform: string }[] = [
  { host: /(^|\.)hackerone\.com$/i, platform: 'HackerOne' },
  { host: /(^|\.)bugcrowd\.com$/i, platform: 'Bugcrowd' },
  { host: /(^|\.)intigriti\.com$/i, platform: 'Intigriti' },
  { host: /(^|\.)yeswehack\.com$/i, platform: 'YesWeHack' },
  { host: /(^|\.)huntr\.(?:dev|com)$/i, platform: 'huntr' },
  { host: /(^|\.)immunefi\.com$/i, platform: 'Immunefi' },
  { host: /(^|\.)hackenproof\.com$/i, platform: 'HackenProof' },
];

/** Hosted forms a report can be sent through. */
export const FORM_HOSTS: readonly RegExp[] = [
  /^forms\.gle$/i,
  /^docs\.google\.com$/i, // only /forms/ paths, checked by the caller
  /(^|\.)typeform\.com$/i,
  /^forms\.office\.com$/i,
  /(^|\.)jotform\.com$/i,
  /^msrc\.microsoft\.com$/i,
];

/** A PGP key: a key file or keyserver link, or a fingerprint (ten groups of four hex digits). */
export const PGP_MENTION = /\b(?:PGP|GPG|OpenPGP|GnuPG)\b/i;
export const PGP_KEY_URL =
  /\.(?:asc|gpg|pgp|pub)$|keys\.openpgp\.org|keyserver|keybase\.io|pgp\.mit\.edu|\/pgp(?:-key)?(?:\.txt)?$|\/gpg(?:-key)?$/i;
export const PGP_FINGERPRINT = /\b(?:[0-9A-F]{4}\s?){9}[0-9A-F]{4}\b/;

/** The forge's private vulnerability reporting, as a path of a repository page. */
export const PRIVATE_ADVISORY_PATH = /\/security\/advisories\/new\/?$/i;
export const PRIVATE_REPORTING_TEXT =
  /private vulnerability report|report a vulnerability["”]? (?:button|link|tab)|security advisor(?:y|ies) (?:form|page)|privately report|security\/advisories\/new|\b(?:file|open|submit|create) a (?:private |draft )?(?:GitHub )?security advisory/i;

// ---------------------------------------------------------------------------------------------------------
// Severity

/** CVSS with an optional version ("CVSS v3.1", "CVSS Version 3", "CVSSv4"). */
export const CVSS = /\bCVSS(?:\s*(?:v|version)?\s*\.?\s*([234](?:\.[01])?)(?!\d|\.\d))?/i;
/** Calculator links carry the version: first.org/cvss/calculator/3.1, nvd.nist.gov/.../cvss/v3-calculator. */
export const CVSS_URL = /first\.org\/cvss\/(?:calculator\/|v)?(\d(?:\.\d)?)|cvss\/v(\d)-calculator|cvss(\d)/i;
/** Headings over a project's own scale. */
export const SCALE_HEADING =
  /\b(?:severity|risk|priority|taxonomy|criticality|impact (?:levels?|rating)|classification|rating)\b/i;
export const SEVERITY_WORDS = ['critical', 'high', 'important', 'medium', 'moderate', 'low', 'informational'];

// ---------------------------------------------------------------------------------------------------------
// Who responds

/** A named body: "the Harbor Security Team", "Product Security Committee", "security response team". */
export const TEAM_NAME =
  /\b((?:[A-Z][\w.-]*\s+){0,3}(?:Product\s+|Security\s+Response\s+|Vulnerability\s+(?:Management|Response)\s+|Security\s+)(?:Team|Committee|Council|Group|Working Group|Officers?|Response Team))\b/;
export const LOWER_TEAM_NAME =
  /\b(?:our|the|a) ((?:product |vulnerability |incident )?security (?:response )?(?:team|committee|council|group))\b/i;
export const MAINTAINERS_RECEIVE =
  /\b(?:report|contact|email|send|notify|reach)\b[^.]{0,80}\bmaintainers?\b|\bmaintainers?\b[^.]{0,60}\b(?:respond|review|triage|handle|receive|diagnose|investigate|assess|evaluate)/i;
export const COORDINATOR = /\bcoordinator\b/i;

// ---------------------------------------------------------------------------------------------------------
// Disclosure

export const EMBARGO = /\bembargo/i;
export const DISCLOSURE_DATE =
  /\b(?:public )?disclosure (?:date|time|day|timeline|deadline)\b[^.]{0,160}\b(?:negotiat|agree|coordinat|set|determin|decid)|\b(?:negotiat|agree|coordinat|set|determin|decid)\w*\b[^.]{0,80}\bdisclosure (?:date|time|timeline)/i;
export const DISCLOSURE_TIMELINE = /\bdisclos|\bembargo/i;
export const DISTRIBUTORS =
  /\b(?:distributors?(?:'|’)? (?:list|mailing list|announce)|pre-?disclosure (?:list|notification)|early disclosure)\b/i;
export const MEMBERSHIP_CRITERIA =
  /\bmembership criteria\b|\beligib\w* to join\b|\bto join\b[^.]{0,40}\blist\b/i;
export const CREDIT = /\bcredit(?:ed|s|ing)?\b|\backnowledg\w* (?:the )?(?:reporter|researcher|finder)s?\b/i;
export const NEGATION = /\b(?:no|not|never|cannot|can't|won't|doesn't|don't|does not|do not|without)\b/i;

export const GITHUB_ADVISORIES =
  /\bGitHub\b[^.]{0,60}\badvisor(?:y|ies)|\badvisor(?:y|ies)\b[^.]{0,60}\bGitHub\b|\bGHSA\b|\/security\/advisories\b/i;
export const CVE_PROCESS =
  /\bCVE(?:s|-IDs?| IDs?| numbers?| identifiers?)?\b[^.]{0,80}\b(?:request|assign|obtain|reserv|issu|allocat)|\b(?:request|assign|obtain|reserv|issu|allocat)\w*\b[^.]{0,60}\bCVE/i;
export const CVE_NONE =
  /\b(?:does not|doesn't|do not|don't) (?:have|yet have|currently have)\b[^.]{0,40}\b(?:process|way)\b[^.]{0,40}\bCVE|\bnot (?:able|yet able) to (?:assign|request|issue)\b[^.]{0,20}\bCVE/i;

export const SUPPORTED_VERSIONS_HEADING =
  /\bsupported (?:versions?|releases?)\b|\bversion support\b|\bsupport(?:ed)? (?:policy|window|lifecycle)\b/i;
export const BACKPORT = /\bback-?port/i;
const SCOPE_ONE =
  '(?:(?:\\w+|\\d+)\\s+)?(?:most recent|latest|last|newest|current|previous|prior)\\s+(?:(?:\\w+|\\d+)\\s+)?(?:(?:minor|major|patch|stable)\\s+)?(?:release series|release branches|release lines|minor series|releases?|versions?)';
/** "the three most recent minor releases", "the current minor release series and the previous one". */
export const SUPPORT_SCOPE = new RegExp(
  `\\b((?:the\\s+)?${SCOPE_ONE}(?:\\s*,?\\s+(?:and|or)\\s+(?:the\\s+)?(?:${SCOPE_ONE}|(?:previous|prior|last) (?:one|two|\\w+)))?)\\b`,
  'i',
);

export const PRIVATE_FIX: readonly {
  via: 'email' | 'private-fork' | 'private-repository';
  pattern: RegExp;
}[] = [
  {
    via: 'email',
    pattern:
      /\bformat-patch\b|\bpatch(?:es)?\b[^.]{0,40}\b(?:sent|send|review\w*|shared)\b[^.]{0,30}\b(?:by|via|over|through) e-?mail|\breview\w*\b[^.]{0,20}\b(?:via|by|over) e-?mail|\b(?:fix|patch)\w*\b[^.]{0,60}\b(?:discussed|shared|reviewed)\b[^.]{0,20}\b(?:via|by|over|on|in) (?:the )?(?:e-?mail|mail(?:ing)? (?:thread|list))/i,
  },
  { via: 'private-fork', pattern: /\b(?:temporary )?private fork\b/i },
  { via: 'private-repository', pattern: /\bprivate (?:repository|repo|branch)\b/i },
];

// ---------------------------------------------------------------------------------------------------------
// What a report should contain

/** Paragraphs that introduce the list of what to include, and headings over it. */
export const CONTENTS_INTRO = /\b(?:include|provide|contain|send us|attach)\b/i;
/** ...and the intro is about the report itself (not "evaluate against the following"). */
export const CONTENTS_SUBJECT = /\breport|\be-?mail|\bmessage|\bsubmission|\bbody\b|\bvulnerabilit/i;
export const CONTENTS_HEADING =
  /\b(?:template|content|what to include|information|details|report format|what to send)\b/i;

/** Normalised labels of what a report should contain, in the order they are listed. */
export const REPORT_ITEMS: readonly { label: string; pattern: RegExp }[] = [
  { label: 'a descriptive subject', pattern: /\bsubject\b|\btitle\b/i },
  { label: 'who you are', pattern: /\b(?:your name|identity|affiliation|contact information)\b/i },
  { label: 'steps to reproduce', pattern: /reproduc|\bsteps\b|proof[- ]of[- ]concept|\bPoC\b|exploit/i },
  { label: 'affected versions', pattern: /\bversions?\b|\brelease\b|\bcommit\b/i },
  { label: 'attack vector', pattern: /attack (?:vector|surface|scenario)/i },
  { label: 'impact', pattern: /\bimpact|\beffects?\b|\baffects?\b|consequence|severity/i },
  { label: 'configuration and environment', pattern: /configuration|environment|platform|setup/i },
  {
    label: 'software or dependencies involved',
    pattern: /dependenc|other (?:software|projects?)|third-party/i,
  },
  { label: 'a suggested fix or mitigation', pattern: /\bfix\b|\bpatch\b|mitigation|workaround|remediation/i },
];

// ---------------------------------------------------------------------------------------------------------
// Incident response

/** Each step of incident response, in the template's order, as headings and sentences name it. */
export const INCIDENT_STEPS: readonly { step: IncidentStep; heading: RegExp; sentence: RegExp }[] = [
  {
    step: 'triage',
    heading: /\btriag|\bassess|\bidentify the (?:problem|issue)|\bseverity|\brisk\b|\btaxonomy|\bevaluat/i,
    sentence:
      /\btriag\w*|\b(?:investigate|assess|evaluate|diagnose)\b[^.]{0,60}\b(?:vulnerabilit|report|issue|problem|impact|severity|criticality)|\bdetermine\b[^.]{0,30}\b(?:impact|severity|criticality|effects)/i,
  },
  {
    step: 'confirmation',
    heading: /\bconfirm|\breplicat|\breproduc|\bvalidat|\bverif/i,
    sentence:
      /\bconfirm\w*\b[^.]{0,40}\b(?:validity|report|vulnerabilit|issue|impact)|\b(?:replicate|reproduce|validate|verify)\b[^.]{0,30}\b(?:report|vulnerabilit|issue|problem)|\b(?:report|vulnerabilit\w*|issue|problem) (?:is|are|can be|has been) (?:acknowledged|confirmed|accepted|replicated|reproduced|validated)/i,
  },
  {
    step: 'fix',
    heading: /\bfix|\bpatch|\bremediat|\bmitigat/i,
    sentence:
      /\b(?:develop|work(?:ing)? on|prepar|creat|propos|implement)\w*\b[^.]{0,30}\b(?:fix|patch|remediation|mitigation)|\bfix(?:ing)? the vulnerabilit/i,
  },
  {
    step: 'notification',
    heading: /\bnotif|\bcommunicat|\binform|\bearly disclosure|\bannounc|\bdistributors?\b/i,
    sentence:
      /\bnotif\w*\b[^.]{0,60}\b(?:users|parties|distributors|subscribers|communit|vendors)|\bearly disclosure\b|\bsecurity bulletin\b|\bcommunicate with\b[^.]{0,40}\bcommunit/i,
  },
  {
    step: 'release',
    heading: /\brelease|\bpublish and|\broll ?out/i,
    sentence:
      /\b(?:patch|fix)\w*\b[^.]{0,60}\b(?:next|patch|minor) (?:patch |minor )?release|\brelease\b[^.]{0,40}\b(?:fix|patch|updated version)|\bpublish and release\b|\broll(?:ed)? out\b[^.]{0,30}\bfix/i,
  },
  {
    step: 'disclosure',
    heading: /\bdisclos|\badvisor/i,
    sentence: /\bpublic(?:ly)? disclos\w*|\bpublish\w*\b[^.]{0,40}\badvisor|\badvisory\b[^.]{0,40}\bpublish/i,
  },
];

/** Section headings under which disclosure process steps are described (not how to report). */
export const PROCESS_HEADING =
  /\brespon|\bprocess\b|\bhandl|\btriag|\bincident|\bdisclos|\bpatch|\brelease|\bfix|\bremediat|\bconfirm|\bnotif|\bpublish|\badvisor|\bcoordinat/i;

// ---------------------------------------------------------------------------------------------------------
// Policies that are not filled in

/** GitHub's stock SECURITY.md sentences, left when a project adds the template without editing it. */
export const TEMPLATE_SENTENCES: readonly RegExp[] = [
  /use this section to tell people/i,
  /tell them where to go, how often they can expect/i,
  /what to expect if the vulnerability is accepted or declined/i,
];

/** Placeholders a template asks to replace. */
export const PLACEHOLDERS: readonly RegExp[] = [
  /\[(?:insert|your|add|enter|replace|project|email|contact|name|link|url)\b[^\]\n]{0,40}\]/i,
  /<(?:insert|your|project[ _-]?name|email|contact|name)\b[^>\n]{0,40}>/i,
  /\{\{[^}\n]{1,60}\}\}/,
  /\b(?:TODO|TBD|FIXME)\b/,
  /lorem ipsum/i,
  /\b[\w.-]+@(?:yourdomain|yourproject|yourcompany|your-?project|domain)\.(?:com|org|net|io)\b/i,
];

const ENGLISH_WORDS = new Set(
  'the to and of a in is for you we be please report it this that with on are will or by if as not our your any can an at from have all security vulnerability vulnerabilities issue issues'.split(
    ' ',
  ),
);

/**
 * Whether prose is English enough for the phrase rules: true for short texts (nothing to judge), false when
 * most letters are not Latin or common English words are rare.
 */
export function looksEnglish(whole: string): boolean {
  const text = whole.slice(0, 20_000);
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 40) return true;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters.length / 2) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true;
  const english = words.filter((w) => ENGLISH_WORDS.has(w.toLowerCase())).length;
  return english / words.length >= 0.1;
}
