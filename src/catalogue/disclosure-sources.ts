// Where a repository states its disclosure process, as data: security contacts files, process documents,
// the community documents whose security sections count, and Security Insights files. The code that chooses
// among them is src/disclosure/sources.ts.

/** Files listing the people who receive reports (Kubernetes' convention and its variants). */
export const SECURITY_CONTACTS_GLOBS = [
  '{SECURITY_CONTACTS,SECURITY-CONTACTS,security_contacts,security-contacts}{,.md,.txt}',
  '.github/{SECURITY_CONTACTS,SECURITY-CONTACTS}{,.md}',
];

/** Documents that describe how reports are handled, released and disclosed (an expression: see HISTORY_PATH). */
export const PROCESS_DOC_PATH = new RegExp(
  [
    /^(?:(?:docs?|documentation|security|community|governance|\.github)\/(?:.+\/)?)?(?:security[-_]release[-_]process|security[-_]process|security[-_]response|vulnerability[-_](?:management|response|disclosure|handling)|disclosure[-_]policy|(?:security[-_])?incident[-_]response)[^/]*\.(?:md|markdown)$/
      .source,
    /^docs?\/security\/(?:index|_index|README|policy|disclosure|reporting|process)\.md$/.source,
  ].join('|'),
  'i',
);
export const PROCESS_DOC_READS = [
  'docs/**/security-release-process.md',
  'docs/**/incident-response.md',
  'docs/security/',
];

/** At most this many documents are read for disclosure terms. */
export const MAX_POLICY_SOURCES = 6;

/** Headings that open a README's or contributing guide's security section. */
export const SECURITY_SECTION_HEADING = /\bsecurity\b|\bvulnerabilit|\bdisclos/i;

/** Where the README and contributing guide live. */
export const COMMUNITY_DOCS = [
  'README.md',
  'README.markdown',
  'CONTRIBUTING.md',
  '.github/CONTRIBUTING.md',
  'docs/CONTRIBUTING.md',
  'Contributing.md',
];

export const INSIGHTS_FILES = [
  'SECURITY-INSIGHTS.yml',
  'SECURITY-INSIGHTS.yaml',
  'security-insights.yml',
  'security-insights.yaml',
  '.github/security-insights.yml',
  '.github/SECURITY-INSIGHTS.yml',
  '.gitlab/security-insights.yml',
];
