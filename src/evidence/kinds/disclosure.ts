// Fact kinds of security issue resolution and the appendix (template: Security issue resolution, Appendix).
// Each kind needs a sentence in src/render/wording/disclosure.ts.

/** A duration as a policy states it, normalised: "three business days" and "3 business days" are one value. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export type DurationUnit =
  | 'hours'
  | 'days'
  | 'business days'
  | 'working days'
  | 'calendar days'
  | 'weeks'
  | 'months';

/** How a suspected vulnerability is reported privately. */
export type ReportingChannel =
  | { channel: 'email'; address: string; deobfuscated: boolean }
  /** The forge's private vulnerability reporting (GitHub: security/advisories/new). */
  | { channel: 'private-advisory'; url?: string }
  | { channel: 'bug-bounty'; platform: string; url?: string }
  | { channel: 'web-form'; url: string }
  | { channel: 'pgp-key'; url?: string; fingerprint?: string };

/** When the policy promises something, measured from the report. */
export type ResponseAction = 'acknowledge' | 'respond' | 'triage' | 'update' | 'fix';

export type Severity =
  | { scheme: 'cvss'; version?: string }
  /** The project's own numbered scale (an ordered list under a "severity"/"risk" heading). */
  | { scheme: 'scale'; levels: number; name?: string }
  | { scheme: 'levels'; levels: string[] };

export type Responder =
  | { role: 'team'; name: string; ofMaintainers: boolean }
  | { role: 'maintainers' }
  | { role: 'coordinator' }
  | { role: 'contacts'; members: string[]; total: number };

export type Publication =
  | { channel: 'github-advisories'; url?: string }
  | { channel: 'cve'; via?: 'GitHub' | 'MITRE' | 'the CNCF' | 'a CNA'; none: boolean }
  /** An announcement list: its address, or the web page of the list. */
  | { channel: 'announce-list'; list: string };

export type IncidentStep = 'triage' | 'confirmation' | 'fix' | 'notification' | 'release' | 'disclosure';

export type BadgeId =
  | 'openssf-best-practices'
  | 'openssf-scorecard'
  | 'clomonitor'
  | 'fossa'
  | 'artifact-hub'
  | 'snyk'
  | 'slsa';

export type DisclosureFactValues = {
  /** Another document about the disclosure process, beside the policy GitHub shows. */
  'disclosure.policy-document': {
    path: string;
    role: 'security-policy' | 'security-contacts' | 'process';
  };
  /** A link that sends readers to a policy kept elsewhere: the organisation's, another repository's, a website. */
  'disclosure.policy-pointer': {
    url: string;
    scope: 'organisation' | 'other-repository' | 'website';
    /** The file the pointer is in. */
    from: string;
    /** True when the repository has no disclosure details of its own (the details live there). */
    only: boolean;
  };
  /** Template text left in the policy: GitHub's stock sentences or placeholders. */
  'disclosure.policy-template': { path: string; placeholders: string[] };
  'disclosure.reporting-channel': ReportingChannel;
  /** Different reporting addresses in different files. */
  'disclosure.address-conflict': { addresses: { address: string; path: string }[] };
  /** What a report should contain, as short labels. */
  'disclosure.report-contents': { items: string[] };
  'disclosure.response-time': { action: ResponseAction; duration: Duration };
  'disclosure.severity': Severity;
  'disclosure.responder': Responder;
  'disclosure.embargo': { heading?: string };
  'disclosure.disclosure-timeline': {
    negotiated: boolean;
    parties: string[];
    duration?: Duration;
    /** "on the order of 14 days" is about; "within 90 days" is at most. */
    bound?: 'about' | 'at most';
  };
  /** A private list that learns of vulnerabilities before the public (distributors, vendors). */
  'disclosure.distributor-list': { address?: string; criteria: boolean };
  'disclosure.publication': Publication;
  'disclosure.credit': { viaAdvisory: boolean };
  'disclosure.supported-versions': { scope?: string; backports: boolean };
  /** Fixes prepared out of public view. */
  'disclosure.private-fix': { via: 'email' | 'private-fork' | 'private-repository'; formatPatch: boolean };
  /** One documented step of incident response, in the template's order. */
  'incident.step': { step: IncidentStep; quote: string; heading: boolean };
  /** CVE and GHSA identifiers named in changelogs, release notes, docs and advisory files. */
  'appendix.vulnerability-ids': {
    total: number;
    cve: number;
    ghsa: number;
    files: number;
    /** Identifiers named only on lines about other software (dependency upgrades, detection rules). */
    otherSoftware: number;
    /** The most recent few, newest first. */
    recent: string[];
  };
  /** Issues about security carry a label (from an issue template). */
  'appendix.security-label': { label: string; template: string; url?: string };
  'appendix.audit': { path?: string; url?: string; auditor?: string; date?: string; thirdParty: boolean };
  'appendix.badge': { badge: BadgeId; url: string; projectId?: string };
  'appendix.scorecard-workflow': { path: string };
  'appendix.adopters': { path: string; names: string[]; total: number };
  'appendix.related-projects': { path: string; title?: string; url?: string };
};
