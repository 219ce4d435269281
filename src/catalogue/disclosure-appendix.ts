// What the appendix draws on: vulnerability identifiers in changelogs and advisories, adopters files,
// security audit reports (and the firms that write them), and documents that compare a project with others.

// ---------------------------------------------------------------------------------------------------------
// Known issues over time

export const CVE_ID = /\bCVE-(\d{4})-(\d{4,7})\b/g;
/** GitHub advisory identifiers use a fixed alphabet (no vowels or look-alike digits). */
export const GHSA_ID = /\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi;

/**
 * Changelogs, release notes and advisory files: read whole (they are where past vulnerabilities are named).
 * Regular expressions over the file index rather than globs: brace-expanded globs cost 10-20 ms on a few
 * thousand paths, one expression well under 1 ms.
 */
export const HISTORY_PATH = new RegExp(
  [
    /^(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES|RELEASES?)(?:\.(?:md|markdown|txt|rst|adoc))?$/
      .source,
    /^(?:docs?\/)?(?:changelogs?|release[-_]?notes|releasenotes|releases)\/.+\.(?:md|markdown|txt|rst|adoc|ya?ml)$/
      .source,
    /^docs?\/(?:.+\/)?(?:changelog|release[-_]?notes)[^/]*\.(?:md|markdown|rst)$/.source,
    /(?:^|\/)advisories\/.+\.(?:md|json|ya?ml)$/.source,
    /^\.?(?:security|vex)\/.+\.(?:md|json|ya?ml)$/.source,
    /\.(?:openvex|vex)\.json$/.source,
    /^(?:\.github\/|docs\/)?SECURITY\.md$/.source,
  ].join('|'),
  'i',
);
/** What HISTORY_PATH matches, for "looked in". */
export const HISTORY_READS = [
  'CHANGELOG*',
  'CHANGELOG/**',
  'release-notes/**',
  '**/advisories/**',
  '*.vex.json',
  'SECURITY.md',
];

/**
 * Documentation pages that name past vulnerabilities: about security, advisories, releases and upgrades
 * (a CVE elsewhere in the docs is usually someone else's: an example, a detection rule).
 */
export const DOC_GLOBS = [
  '{docs,doc,documentation}/**/*{security,Security,SECURITY,advisor,cve,CVE,vulnerab,release,Release,upgrad,known-issue,known_issue,faq,FAQ}*.{md,markdown,rst,adoc}',
];
export const MAX_DOC_FILES = 100;
export const MAX_SCAN_BYTES = 8 * 1024 * 1024;

/**
 * Lines about other software: upgrading a dependency or toolchain, or a detection rule for a vulnerability
 * elsewhere. An identifier there is usually not the project's own.
 */
export const DEPENDENCY_LINE =
  /\b(?:bump|upgrad|updat)\w*\b|\bdependenc|\bgolang\b|\bgo ?1\.\d|\bbase image|\bvendor|\bdeps?\b|\blibrar(?:y|ies)\b|\bimage\b|\bpackages?\b|\bmodule\b|\bdetect(?:s|ion|ing)?\b|\brules?\b/i;

/** How many recent identifiers a statement names. */
export const RECENT_IDS = 3;

// ---------------------------------------------------------------------------------------------------------
// Issue labels for security reports

export const ISSUE_TEMPLATE_GLOBS = [
  '.github/ISSUE_TEMPLATE/*.{md,yml,yaml}',
  '.gitlab/issue_templates/*.md',
];
export const SECURITY_LABEL =
  /^(?:security|kind\/security|area\/security|type\/security|type: ?security|vulnerability|security[- ]issue|cve)$/i;

// ---------------------------------------------------------------------------------------------------------
// Security audits

export const AUDIT_PATH = new RegExp(
  [
    /(?:^|\/)[^/]*(?:security[-_ ]?audit|security[-_ ]?assessment|pen[-_ ]?test|penetration[-_ ]?test)[^/]*\.(?:md|pdf)$/
      .source,
    /^(?:docs\/|security\/|docs\/security\/)?(?:audits?|security-audits)\/.+\.(?:md|pdf)$/.source,
    /^(?:docs?|security)\/(?:.+\/)?[^/]*audit[^/]*\.pdf$/.source,
  ].join('|'),
  'i',
);
export const AUDIT_READS = ['**/*security-audit*.{md,pdf}', 'audits/**', 'docs/**/*audit*.pdf'];

/** Not audits, though their names can match: the self-assessment and threat model are the project's own. */
export const NOT_AUDIT =
  /self[-_ ]?assessment|threat[-_ ]?model|audit[-_ ]?log|audit[-_ ]?logging|k8s[-_]?audit|auditd|audit-policy|README\.md$/i;

/** Firms that publish security audits of open source projects (OSTIF and CNCF commission most). */
export const AUDIT_FIRMS = [
  'Cure53',
  'Trail of Bits',
  'NCC Group',
  'Ada Logics',
  'X41 D-Sec',
  'Quarkslab',
  'Include Security',
  'Doyensec',
  '7ASecurity',
  'Atredis',
  'Cossack Labs',
  'Least Authority',
  'Kudelski',
  'Shielder',
  'Fuzzing Labs',
  'Synacktiv',
  'Bishop Fox',
  'IOActive',
  'Recurity Labs',
  'Securitum',
  'Chainguard',
  'OSTIF',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// ---------------------------------------------------------------------------------------------------------
// Case studies

export const ADOPTERS_GLOBS = [
  '{ADOPTERS,USERS,adopters,users,Adopters,Users,ADOPTERS_LIST,INTEGRATIONS}{,.md,.markdown,.rst,.txt}',
  '{docs,doc,.github,community}/**/{ADOPTERS,USERS,adopters,users,Adopters,case-studies,case_studies}.{md,markdown}',
];
export const MAX_ADOPTER_NAMES = 10;

/** Headings and cells of an adopters file that are structure, not organisations. */
export const NOT_ADOPTER =
  /^(?:adopters?|users?|end[- ]users?|success stor(?:y|ies)|case stud(?:y|ies)|adding|add your|how to|contribut|list|organi[sz]ations?|companies|company|organization name|name|vendors?|projects?|table of contents|introduction|overview|notes?|website|description|logo|usage|use case|who uses|production|evaluation|testing|others?|more|links?|contact|updating|in production|becoming an adopter|adopter)\b/i;

// ---------------------------------------------------------------------------------------------------------
// Related projects

export const RELATED_DOC_PATH = new RegExp(
  [
    /^(?:docs?|documentation|site|website|content)\/(?:.+\/)?[^/]*(?:comparison|compare|alternatives|landscape|[-_]vs[-_])[^/]*\.(?:md|mdx|markdown|rst)$/
      .source,
    /^(?:docs?|documentation|site|website|content)\/(?:.+\/)?(?:related[-_]projects|similar[-_]projects|why-[^/]*)\.(?:md|mdx|markdown|rst)$/
      .source,
    /^(?:COMPARISON|ALTERNATIVES|RELATED_PROJECTS)\.md$/.source,
  ].join('|'),
  'i',
);
export const RELATED_READS = ['docs/**/*{comparison,alternatives,landscape,-vs-}*.md', 'README.md'];

/** README or docs headings that compare the project with others. */
export const RELATED_HEADING =
  /^(?:comparisons?\b|compared? (?:to|with)\b|alternatives\b|related (?:projects|work|tools|software)\b|similar (?:projects|tools)\b|how (?:does )?\S+ (?:compare|differ)|\S+ (?:vs\.?|versus) \S+|why not\b|differences? (?:from|with|between)\b|prior art\b)/i;
