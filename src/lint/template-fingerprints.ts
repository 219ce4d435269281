// Guidance text of the official self-assessment template (cncf/tag-security,
// community/assessments/guide/self-assessment.md; copy in ../shared/reference/self-assessment-template.md):
// phrases that belong to the template's instructions, never to a project's answer. A document that still
// contains one kept the template's text. Each phrase is matched case-insensitively across line breaks, with
// Markdown emphasis, quotes and table pipes ignored. Extend here when the template changes.
import type { SectionId } from '../template/sections.js';

export interface TemplateFingerprint {
  /** What is left over, for the message ("the Assessment Stage explanation"). */
  what: string;
  /** The template's words (normalised before matching: lower case, one space, straight quotes). */
  phrase?: string;
  /** When a phrase is not enough (placeholders that must not be a link's text). */
  pattern?: RegExp;
  /** The section it belongs to, for the hint. */
  section?: SectionId;
}

export const TEMPLATE_FINGERPRINTS: readonly TemplateFingerprint[] = [
  // The template's introduction.
  {
    what: "the template's introduction",
    phrase: 'the self-assessment is the initial document for projects to begin thinking about the security',
  },
  { what: "the template's introduction", phrase: 'check out the free express learning course' },
  // The metadata table's explanations.
  {
    what: 'the metadata table explanation',
    phrase: 'a table at the top for quick reference information',
    section: 'metadata',
  },
  {
    what: 'the Assessment Stage explanation',
    phrase: 'incomplete, complete, or obsolete',
    section: 'metadata',
  },
  {
    what: 'the Assessment Stage explanation',
    phrase: 'status of this file may change over time',
    section: 'metadata',
  },
  {
    what: 'the Software row explanation',
    phrase: "a link to the software's repository",
    section: 'metadata',
  },
  {
    what: 'the Security Provider explanation',
    phrase: 'yes or no. is the primary function of the project',
    section: 'metadata',
  },
  {
    what: 'the Languages row explanation',
    phrase: 'language(s) the project is written in',
    section: 'metadata',
  },
  {
    what: 'the SBOM row explanation',
    phrase: 'link to the libraries, packages, versions used by the project',
    section: 'metadata',
  },
  // Security links.
  {
    what: 'the security links guidance',
    phrase: 'provide the list of links to existing security documentation',
    section: 'metadata/security-links',
  },
  {
    what: 'the security links guidance',
    phrase: 'you may use the table below as an example',
    section: 'metadata/security-links',
  },
  { what: "the template's example link", pattern: /my\.security\.file/, section: 'metadata/security-links' },
  {
    what: "the template's example link",
    phrase: 'https://example.org/config',
    section: 'metadata/security-links',
  },
  // Overview.
  {
    what: 'the Overview guidance',
    phrase: 'something memorable and accurate that distinguishes your project',
  },
  {
    what: 'the Background guidance',
    phrase: 'provide information for reviewers who may not be familiar with your project',
    section: 'overview/background',
  },
  {
    what: 'the Actors guidance',
    phrase: 'these are the individual parts of your system that interact',
    section: 'overview/actors',
  },
  {
    what: 'the Actors guidance',
    phrase: 'actors only need to be separate, if they are isolated in some way',
    section: 'overview/actors',
  },
  {
    what: 'the Actors guidance',
    phrase: 'the means by which actors are isolated should also be described',
    section: 'overview/actors',
  },
  {
    what: 'the Actions guidance',
    phrase: 'these are the steps that a project performs in order to provide some service',
    section: 'overview/actions',
  },
  {
    what: 'the Actions guidance',
    phrase: 'an action need not be overly descriptive at the function call level',
    section: 'overview/actions',
  },
  {
    what: "the Actions guidance's example",
    phrase: 'the access server receives the client request, checks the format',
    section: 'overview/actions',
  },
  {
    what: 'the Goals guidance',
    phrase: 'the intended goals of the projects including the security guarantees',
    section: 'overview/goals',
  },
  {
    what: 'the Non-goals guidance',
    phrase: "non-goals that a reasonable reader of the project's literature",
    section: 'overview/non-goals',
  },
  // The template's made-up example project, in Goals, Non-goals, Communication Channels and Ecosystem.
  { what: "the template's example project (Flibble)", pattern: /\bflibb(?:le|er)\b/ },
  { what: "the template's example project (projectX)", pattern: /\bprojectx\b/ },
  // The [project] placeholder of the Self-assessment use text (not a Markdown link "[Project](url)").
  {
    what: 'the [project] placeholder',
    pattern: /\[project\](?![([:])/,
    section: 'self-assessment-use',
  },
  // Security functions and features, compliance.
  {
    what: 'the Critical components guidance',
    phrase: 'a listing critical security components of the project',
    section: 'security-functions-and-features',
  },
  {
    what: 'the Security Relevant guidance',
    phrase: 'a listing of security relevant components of the project',
    section: 'security-functions-and-features',
  },
  {
    what: 'the security functions guidance',
    phrase: 'projects are encouraged to track these as primary impact items',
    section: 'security-functions-and-features',
  },
  {
    what: 'the Compliance guidance',
    phrase: 'list any security standards or sub-sections the project is already documented as meeting',
    section: 'project-compliance',
  },
  // Secure development practices.
  {
    what: 'the Development Pipeline guidance',
    phrase: 'a description of the testing and assessment processes that the software undergoes',
    section: 'secure-development-practices/development-pipeline',
  },
  {
    what: 'the Development Pipeline guidance',
    phrase: 'be sure to include specific information such as if contributors are required to sign commits',
    section: 'secure-development-practices/development-pipeline',
  },
  {
    what: 'the Communication Channels guidance',
    phrase: 'reference where you document how to reach your team',
    section: 'secure-development-practices/communication-channels',
  },
  {
    what: 'the Communication Channels question',
    phrase: 'how do team members communicate with each other?',
    section: 'secure-development-practices/communication-channels',
  },
  {
    what: 'the Communication Channels question',
    phrase: 'how do users or prospective users communicate with the team?',
    section: 'secure-development-practices/communication-channels',
  },
  {
    what: 'the Communication Channels question',
    phrase: 'how do you communicate with your users?',
    section: 'secure-development-practices/communication-channels',
  },
  {
    what: 'the Ecosystem question',
    phrase: 'how does your software fit into the cloud native ecosystem?',
    section: 'secure-development-practices/ecosystem',
  },
  // Security issue resolution.
  {
    what: 'the Responsible Disclosures guidance',
    phrase: "a outline of the project's responsible disclosures process",
    section: 'security-issue-resolution/responsible-disclosures-process',
  },
  {
    what: 'the Vulnerability Response guidance',
    phrase: 'who is responsible for responding to a report. what is the reporting process?',
    section: 'security-issue-resolution/vulnerability-response-process',
  },
  {
    what: 'the Incident Response guidance',
    phrase: 'a description of the defined procedures for triage, confirmation, notification',
    section: 'security-issue-resolution/incident-response',
  },
  // Appendix.
  {
    what: 'the Known Issues guidance',
    phrase: 'list or summarize statistics of past vulnerabilities with links',
    section: 'appendix/known-issues-over-time',
  },
  {
    what: 'the Known Issues guidance',
    phrase: 'if none have been reported, provide data, if any, about your track record',
    section: 'appendix/known-issues-over-time',
  },
  {
    what: 'the Best Practices guidance',
    phrase: 'a brief discussion of where the project is at with respect to cii best practices',
    section: 'appendix/openssf-best-practices',
  },
  {
    what: 'the Case Studies guidance',
    phrase: 'provide context for reviewers by detailing 2-3 scenarios',
    section: 'appendix/case-studies',
  },
  {
    what: 'the Related Projects guidance',
    phrase: 'reflect on times prospective users have asked about the differences',
    section: 'appendix/related-projects-vendors',
  },
];

/** The normalisation both the document and the phrases go through before matching. */
export function normaliseProse(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\\([[\]()*_])/g, '$1')
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ');
}
