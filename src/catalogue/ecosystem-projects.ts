// Ecosystem (template: Secure development practices › Ecosystem): where a project says it stands among other
// projects: its CNCF status, the projects and vendors it names as building on it or working with it, and its
// sibling repositories. Adding a convention is a row or an alternative here.

/** Documents read for these statements, most authoritative first (each read with a cheap line scan). */
export const ECOSYSTEM_DOCS: readonly string[] = [
  'README.md',
  'README',
  'readme.md',
  'docs/README.md',
  'docs/index.md',
  'CONTRIBUTING.md',
  '.github/CONTRIBUTING.md',
  'GOVERNANCE.md',
];

/** The foundation, by name or abbreviation. */
export const CNCF_NAME = /\bCNCF\b|\bCloud Native Computing Foundation\b/i;

/**
 * A sentence that says the project belongs to the foundation ("is a CNCF graduated project", "is hosted by
 * the Cloud Native Computing Foundation", "was contributed ... to the CNCF as a Sandbox project"), as opposed
 * to one that only points at the foundation's Slack or mailing lists.
 */
export const CNCF_MEMBERSHIP =
  /\b(?:is|are|was|were|became|as)\b[^.]{0,80}\b(?:project|hosted|member|part)\b|\bhosted by\b|\b(?:contributed|donated|accepted|admitted|joined)\b[^.]{0,80}\b(?:to|into|by|the)\b/i;

/** Sentences that mention the foundation for something else. */
export const CNCF_NOT_STATUS =
  /\bslack\b|\bmailing\b|\blists?\.cncf\b|\bcode of conduct\b|\btrademark|\bcharter\b|\bCLA\b|\bservice desk\b|\bTAG\b|\bSIG\b|\bassessment\b|\baudit\b/i;

/** Maturity levels, as the foundation names them and as projects write them. */
export const CNCF_LEVELS: readonly { level: 'sandbox' | 'incubating' | 'graduated'; pattern: RegExp }[] = [
  { level: 'graduated', pattern: /\bgraduated?\b|\bgraduation\b/i },
  { level: 'incubating', pattern: /\bincubat(?:ing|ion|ed|or)\b/i },
  { level: 'sandbox', pattern: /\bsandbox\b/i },
];

/**
 * A lead that introduces a list of other projects a reader should know in this ecosystem: the platforms
 * and vendors that build on it, what it integrates with ("Example buildpack providers:", "Integrations:",
 * "Works with", "Built on"). Matched against the text before a colon, or a heading.
 */
export const ECOSYSTEM_LEAD =
  /\b(?:providers?|vendors?|platforms?|integrations?|integrates?|implementations?|distributions?|ecosystem|plugins?|extensions?|adapters?|built (?:on|with)|works? with|powered by|compatible with|layered on|tools? (?:built|layered) on|(?:additional|community|third[- ]party) (?:tools|projects|integrations)|sub-?projects|sibling projects)\b/i;

/** Leads that are about the project's own development, not its ecosystem. */
export const NOT_ECOSYSTEM_LEAD =
  /\b(?:development|contribut\w*|build(?:ing)? (?:from|the)|test(?:s|ing)?|lint\w*|CI|release|install(?:ation|ing)?|prerequisites?|requirements?|license|sponsor\w*|thanks|acknowledg\w*|credits?|security|report\w*|vulnerabilit\w*|support(?:ed)? (?:versions?|matrix)|slack|meeting|communit(?:y|ies)|adopters?|users)\b/i;

/** A link that is not another project: badges, the project's own pages, chat and social hosts. */
export const NOT_PROJECT_LINK =
  /(?:shields\.io|badge|bestpractices|coreinfrastructure|codecov|goreportcard|godoc|pkg\.go\.dev|slack|discord|gitter|twitter\.com|x\.com|linkedin|youtube|medium\.com|zoom\.us|meet\.google|calendar|docs\.google|lists\.|groups\.google|cncf\.io|mailto:|#)/i;

/** Repository names in the project's own organisation that are not sibling projects (infrastructure). */
export const NOT_SIBLING =
  /^(?:\.github|community|website|docs?|homebrew-[\w-]+|charts?|helm-charts|governance|enhancements|test-infra|infra|ci|artwork|logos?|brand|tap|\.allstar)$/i;

/** At most this many names per list, lists per repository, and siblings. */
export const MAX_NAMED = 8;
export const MAX_NAMED_LISTS = 3;
export const MAX_SIBLINGS = 6;
