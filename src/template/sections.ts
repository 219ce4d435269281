// The CNCF TAG Security & Compliance self-assessment template as data: every H2/H3 section, in order,
// with its anchor and the template's guidance. Source: cncf/tag-security,
// community/assessments/guide/self-assessment.md (copy in ../shared/reference/self-assessment-template.md).
// Draft, merge, lint and update all read this one structure.

export type SectionId =
  | 'metadata'
  | 'metadata/security-links'
  | 'overview'
  | 'overview/background'
  | 'overview/actors'
  | 'overview/actions'
  | 'overview/goals'
  | 'overview/non-goals'
  | 'self-assessment-use'
  | 'security-functions-and-features'
  | 'project-compliance'
  | 'secure-development-practices'
  | 'secure-development-practices/development-pipeline'
  | 'secure-development-practices/communication-channels'
  | 'secure-development-practices/ecosystem'
  | 'security-issue-resolution'
  | 'security-issue-resolution/responsible-disclosures-process'
  | 'security-issue-resolution/vulnerability-response-process'
  | 'security-issue-resolution/incident-response'
  | 'appendix'
  | 'appendix/known-issues-over-time'
  | 'appendix/openssf-best-practices'
  | 'appendix/case-studies'
  | 'appendix/related-projects-vendors'
  | 'appendix/action-items';

export interface TemplateSection {
  id: SectionId;
  /** 2 for the template's top-level sections, 3 for their subsections (the draft's heading levels). */
  level: 2 | 3;
  title: string;
  /** GitHub's heading anchor for `title`. */
  anchor: string;
  /** What the template asks for, shortened; todos quote it so a human knows what to write. */
  guidance: string;
  /** Other headings people use for this section (lint recognises them). */
  aliases?: readonly string[];
  /** Not in the CNCF template: selfassess adds it to drafts; an assessment without it is complete. */
  notInTemplate?: boolean;
}

/** GitHub's anchor algorithm: lower case, drop punctuation except hyphens and spaces, spaces to hyphens. */
export function githubAnchor(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

function section(
  id: SectionId,
  level: 2 | 3,
  title: string,
  guidance: string,
  aliases?: readonly string[],
): TemplateSection {
  return { id, level, title, anchor: githubAnchor(title), guidance, ...(aliases ? { aliases } : {}) };
}

/** The template's sections in document order. */
export const TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  section(
    'metadata',
    2,
    'Metadata',
    'A table for quick reference: assessment stage, software repository, whether it is a security provider, languages, SBOM.',
  ),
  section(
    'metadata/security-links',
    3,
    'Security links',
    'Links to existing security documentation: the security file, default and optional configuration.',
    ['Relevant Links', 'Security Documentation'],
  ),
  section(
    'overview',
    2,
    'Overview',
    'One or two sentences describing the project: memorable, accurate, distinguishing.',
    ['Project Overview'],
  ),
  section(
    'overview/background',
    3,
    'Background',
    "Information for reviewers who may not be familiar with the project's domain or problem area.",
  ),
  section(
    'overview/actors',
    3,
    'Actors',
    'The individual parts of the system that interact to provide its function, and how they are isolated from each other.',
  ),
  section(
    'overview/actions',
    3,
    'Actions',
    'The steps the project performs to provide its service: security checks, use of sensitive data, interactions between actors.',
  ),
  section(
    'overview/goals',
    3,
    'Goals',
    'The intended goals of the project, including the security guarantees it is meant to provide.',
  ),
  section(
    'overview/non-goals',
    3,
    'Non-goals',
    'What a reasonable reader could believe is in scope but is not.',
    ['Non goals', 'Nongoals'],
  ),
  section(
    'self-assessment-use',
    2,
    'Self-assessment use',
    'The standard statement that this self-assessment is an internal analysis, not an audit or attestation.',
  ),
  section(
    'security-functions-and-features',
    2,
    'Security functions and features',
    'Critical security components (not configurable; used for threat modelling) and security-relevant components (deployment configurations, settings).',
  ),
  section(
    'project-compliance',
    2,
    'Project compliance',
    'Security standards or sub-sections the project is documented as meeting (PCI-DSS, COBIT, ISO, GDPR...).',
  ),
  section(
    'secure-development-practices',
    2,
    'Secure development practices',
    'How the software is developed, tested and released securely.',
  ),
  section(
    'secure-development-practices/development-pipeline',
    3,
    'Development Pipeline',
    'Testing and assessment as the software is developed and built: commit signing, signed immutable images, reviewers before merging, automated vulnerability checks.',
  ),
  section(
    'secure-development-practices/communication-channels',
    3,
    'Communication Channels',
    'Where the project documents how to reach the team: internal, inbound and outbound channels.',
  ),
  section(
    'secure-development-practices/ecosystem',
    3,
    'Ecosystem',
    'How the software fits into the cloud native ecosystem: integrations, adopters, what depends on it.',
  ),
  section(
    'security-issue-resolution',
    2,
    'Security issue resolution',
    'How suspected security issues are reported, handled and disclosed.',
  ),
  section(
    'security-issue-resolution/responsible-disclosures-process',
    3,
    'Responsible Disclosures Process',
    "An outline of the project's responsible disclosure process for issues found inside or outside the project, with its communication methods.",
    ['Responsible Disclosure Process', 'Responsible Disclosures', 'Responsible Disclosure'],
  ),
  section(
    'security-issue-resolution/vulnerability-response-process',
    3,
    'Vulnerability Response Process',
    'Who responds to a report, what the reporting process is, and how the project responds.',
  ),
  section(
    'security-issue-resolution/incident-response',
    3,
    'Incident Response',
    'The defined procedures for triage, confirmation, notification, and patch or update availability.',
    ['Incident Response Process'],
  ),
  section('appendix', 2, 'Appendix', 'Track record, best practices, case studies and related projects.'),
  section(
    'appendix/known-issues-over-time',
    3,
    'Known Issues Over Time',
    'Past vulnerabilities with links, or data on catching issues in code review or automated testing.',
    ['Known Issues', 'Past Vulnerabilities'],
  ),
  section(
    'appendix/openssf-best-practices',
    3,
    'OpenSSF Best Practices',
    'Where the project stands with respect to the OpenSSF Best Practices badge and what it needs to achieve it.',
    ['CII Best Practices', 'Open SSF Best Practices'],
  ),
  section('appendix/case-studies', 3, 'Case Studies', 'Two or three real-world scenarios of use.', [
    'Use Cases',
    'Real-World Use Cases',
  ]),
  section(
    'appendix/related-projects-vendors',
    3,
    'Related Projects / Vendors',
    'How the project differs from projects prospective users compare it with.',
    ['Related Projects', 'Related Projects and Vendors'],
  ),
  {
    ...section(
      'appendix/action-items',
      3,
      'Action items',
      'Practices to adopt or confirm, from `selfassess gaps` (OSPS Baseline controls not met or not shown).',
      ['Action Items', 'Recommendations'],
    ),
    notInTemplate: true,
  },
];

const BY_ID = new Map(TEMPLATE_SECTIONS.map((s) => [s.id, s]));

export function templateSection(id: SectionId): TemplateSection {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown template section ${id}`);
  return s;
}

/** The H2 section a section belongs to (itself for an H2). */
export function topLevelOf(id: SectionId): SectionId {
  return id.split('/')[0] as SectionId;
}

/** Sections whose H2 parent is `id`, in order. */
export function subsectionsOf(id: SectionId): TemplateSection[] {
  return TEMPLATE_SECTIONS.filter((s) => s.level === 3 && topLevelOf(s.id) === id);
}

/** The standard "Self-assessment use" text of the template, with the project's name in place of [project]. */
export function selfAssessmentUseText(project: string): string {
  return [
    `This self-assessment is created by the ${project} team to perform an internal analysis of the`,
    `project's security. It is not intended to provide a security audit of ${project}, or`,
    `function as an independent assessment or attestation of ${project}'s security health.`,
    '',
    `This document serves to provide ${project} users with an initial understanding of`,
    `${project}'s security, where to find existing security documentation, ${project} plans for`,
    `security, and general overview of ${project} security practices, both for development of`,
    `${project} as well as security of ${project}.`,
    '',
    `This document provides the CNCF TAG-Security with an initial understanding of ${project}`,
    'to assist in a joint-assessment, necessary for projects under incubation. Taken',
    'together, this document and the joint-assessment serve as a cornerstone for if and when',
    `${project} seeks graduation and is preparing for a security audit.`,
  ].join('\n');
}
