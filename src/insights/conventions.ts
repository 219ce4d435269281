// Where repositories conventionally keep the documents a Security Insights file links to, and how our tool
// categories map to the specification's tool types. Knowledge as data: teaching selfassess a new convention
// is one row here. (It sits beside the insights code rather than in src/catalogue/ because only the insights
// output reads it; move it there when another part needs it.)
import type { ToolCategory } from '../catalogue/security-tools.js';

/** A documentation field of Security Insights v2 that a file in the repository can answer. */
export type DocumentField =
  | 'contributing-guide'
  | 'code-of-conduct'
  | 'governance'
  | 'review-policy'
  | 'release-process'
  | 'quickstart-guide'
  | 'roadmap'
  | 'funding'
  | 'changelog';

/**
 * Globs (picomatch, matched case-insensitively against HEAD's file list) in order of preference: the first
 * glob that matches wins, and among its matches the shallowest path. Names only, so a hit is a document of
 * that name, not a claim about what it says: the YAML comment cites the path.
 */
export const DOCUMENT_CONVENTIONS: Record<DocumentField, readonly string[]> = {
  'contributing-guide': [
    'CONTRIBUTING.{md,rst,txt,adoc}',
    'CONTRIBUTING',
    '{.github,docs,doc}/CONTRIBUTING.{md,rst,txt,adoc}',
  ],
  'code-of-conduct': [
    '{CODE_OF_CONDUCT,CODE-OF-CONDUCT,code_of_conduct,code-of-conduct}.{md,rst,txt,adoc}',
    '{.github,docs,doc}/{CODE_OF_CONDUCT,CODE-OF-CONDUCT,code_of_conduct,code-of-conduct}.{md,rst,txt,adoc}',
  ],
  governance: ['GOVERNANCE.{md,rst,txt,adoc}', '{.github,docs,doc}/GOVERNANCE.{md,rst,txt,adoc}'],
  'review-policy': [
    '{REVIEWING,REVIEW_POLICY,CODE_REVIEW,code-review}.md',
    '{docs,doc}/**/{reviewing,review-policy,review_policy,code-review,code_review,reviewer-guide}.md',
  ],
  'release-process': [
    '{RELEASE,RELEASES,RELEASING,RELEASE_PROCESS,release-process}.md',
    '{docs,doc}/**/{release,releases,releasing,release-process,release_process}.md',
  ],
  'quickstart-guide': [
    '{docs,doc}/{getting-started,getting_started,quickstart,quick-start,quick_start}.md',
    '{docs,doc}/**/{getting-started,getting_started,quickstart,quick-start,quick_start}.md',
  ],
  roadmap: ['ROADMAP.{md,rst,txt,adoc}', '{.github,docs,doc}/ROADMAP.{md,rst,txt,adoc}'],
  funding: ['.github/FUNDING.{yml,yaml}'],
  changelog: ['CHANGELOG.{md,rst,txt,adoc}', 'CHANGES.{md,rst,txt}', 'HISTORY.md', 'CHANGELOG'],
};

/**
 * Files that list maintainers in a structure we can read without guessing: a Markdown table with a name
 * column, or a Prow OWNERS file (YAML with `approvers:`). Prose lists ("- Jane (@jane), ACME") are left out:
 * their shapes vary too much to read a name, a handle and an affiliation reliably.
 */
export const MAINTAINER_TABLE_FILES = [
  'MAINTAINERS.md',
  'MAINTAINERS',
  '{.github,docs,doc}/MAINTAINERS.md',
  'CODEOWNERS.md',
] as const;
export const OWNERS_FILES = ['OWNERS'] as const;

/** At most this many people are listed from a maintainers file (a file listing hundreds is not a core team). */
export const MAX_TEAM = 30;

/** The Security Insights tool types (schema: SecurityTool.type). */
export type InsightsToolType = 'fuzzing' | 'container' | 'secret' | 'SCA' | 'SAST' | 'other';

/**
 * Our categories → the specification's tool types. `null`: not a security tool in the specification's sense
 * (linters, coverage, release builders, license-header checks), so it is not listed. Dependency update bots
 * are SCA, as in the specification's own example (Dependabot).
 */
export const TOOL_TYPES: Record<ToolCategory, InsightsToolType | null> = {
  sast: 'SAST',
  'dependency-scan': 'SCA',
  'dependency-update': 'SCA',
  'container-scan': 'container',
  'secret-scan': 'secret',
  fuzzing: 'fuzzing',
  'iac-scan': 'other',
  dast: 'other',
  sbom: 'other',
  signing: 'other',
  provenance: 'other',
  scorecard: 'other',
  lint: null,
  coverage: null,
  license: null,
  release: null,
};

/**
 * Notices near the top of a README that say the repository is no longer where work happens, and the
 * repostatus.org status they mean. Read only in the README's first lines (a notice is a banner, not a
 * sentence deep in the docs about some other component being deprecated).
 */
export const STATUS_NOTICES: readonly {
  re: RegExp;
  status: 'moved' | 'unsupported' | 'abandoned' | 'WIP';
}[] = [
  {
    re: /\b(?:this (?:project|repository|repo) has (?:been )?moved|has moved to|moved to https?:\/\/)/i,
    status: 'moved',
  },
  {
    re: /\b(?:this (?:project|repository|repo) is (?:no longer (?:actively )?(?:maintained|supported)|deprecated|unmaintained|archived)|no longer (?:actively )?maintained)\b/i,
    status: 'unsupported',
  },
  { re: /\b(?:this (?:project|repository|repo) (?:has been|is) abandoned)\b/i, status: 'abandoned' },
  {
    re: /\bthis (?:project|repository|repo) is (?:a |still )?(?:work in progress|in early development|not (?:yet )?ready for (?:production )?use)\b/i,
    status: 'WIP',
  },
];

/** How many README lines count as "the top" for status notices. */
export const STATUS_NOTICE_LINES = 30;

/**
 * Where a container registry named by the release-artifacts fact can be browsed: the distribution point's
 * URI. The image names are not part of the fact, so this is the registry, and the comment says which
 * workflow publishes there.
 */
export const REGISTRY_HOMES: Record<string, string> = {
  'GitHub Container Registry (ghcr.io)': 'https://ghcr.io',
  'Docker Hub': 'https://hub.docker.com',
  'Quay.io': 'https://quay.io',
  'Google Container Registry': 'https://gcr.io',
  'Amazon ECR': 'https://gallery.ecr.aws',
  'GitLab Container Registry': 'https://registry.gitlab.com',
};
