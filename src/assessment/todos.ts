// What a human must write in each section that evidence does not fill yet: the template's question in
// plain words. The assessment adds "where to look" from the leads this repository has.
import type { SectionId } from '../template/sections.js';

export const SECTION_TODOS: Partial<Record<SectionId, string>> = {
  overview: 'Describe the project in one or two sentences a reviewer assessing many projects will remember',
  'overview/background': "Explain the project's domain and problem area for reviewers new to it",
  'overview/actors':
    'List the parts of the system that interact (services, agents, controllers, CLIs, datastores) and how they are isolated from each other',
  'overview/actions':
    'Describe the main flows step by step: which actor does what, which security checks happen, where sensitive data is used',
  'overview/goals':
    'State the goals of the project, including the security guarantees it is meant to provide',
  'overview/non-goals':
    'State what a reader could believe is in scope but is not (security guarantees the project does not make)',
  'security-functions-and-features':
    'List the critical security components (not configurable; used for threat modelling) and the security-relevant ones (settings and deployment options), each with a sentence on why it matters',
  'project-compliance':
    'List the security standards the project meets that the files do not show (e.g. FIPS 140, SOC 2, CIS, from the website or certifications); if none is claimed, say so',
  'secure-development-practices/development-pipeline':
    'Describe testing and review before merge: required reviewers, CI checks, vulnerability and dependency scanning, signed commits and signed images',
  'secure-development-practices/communication-channels':
    'List the internal, inbound and outbound communication channels (chat, mailing lists, meetings, social accounts)',
  'secure-development-practices/ecosystem':
    'Say in a sentence or two how the project fits into the cloud native ecosystem: the platforms it serves, what it integrates with and who builds on it',
  'security-issue-resolution/responsible-disclosures-process':
    'Outline how suspected vulnerabilities are reported privately and how the project communicates about them',
  'security-issue-resolution/vulnerability-response-process':
    'Say who responds to a report, how reports are triaged and scored, and how fixes are released and disclosed',
  'security-issue-resolution/incident-response':
    'Describe the steps for triage, confirmation, notification, and patch or update availability',
  'appendix/known-issues-over-time':
    'Summarise past vulnerabilities with links (advisories, CVEs); if none, give data on issues caught in review or testing',
  'appendix/openssf-best-practices':
    'Say where the project stands on the OpenSSF Best Practices badge (https://www.bestpractices.dev) and what it needs to achieve it',
  'appendix/case-studies': 'Describe two or three real-world uses of the project',
  'appendix/related-projects-vendors':
    'Explain how the project differs from the projects users compare it with',
};

/** Where to look when the repository has no matching document. */
export const DEFAULT_LEADS = "the README, the docs folder and the project's website";
