// Documents that usually answer a template section, by name. A todo for a section points a human at the
// ones this repository has ("where to look"). Extend a row to teach selfassess a new convention.
import type { SectionId } from '../template/sections.js';

export const SECTION_LEADS: Partial<Record<SectionId, readonly string[]>> = {
  'metadata/security-links': ['**/SECURITY.md', 'docs/**/security*.md'],
  overview: ['README.md', 'README.rst'],
  'overview/background': [
    'README.md',
    '{docs,doc}/**/{overview,introduction,intro,about,what-is-*,concepts}.md',
    '{docs,doc}/{README,index,_index}.md',
  ],
  'overview/actors': [
    '{docs,doc}/**/{architecture,design,components,internals}*.md',
    '{docs,doc}/design/**/*.md',
    'ARCHITECTURE.md',
    'cmd/*/main.go',
    '**/Chart.yaml',
  ],
  'overview/actions': [
    '{docs,doc}/**/{architecture,design,how-it-works,workflow,flow}*.md',
    'ARCHITECTURE.md',
  ],
  'overview/goals': [
    '{docs,doc}/**/{goals,scope,vision,charter,roadmap}*.md',
    '{GOALS,SCOPE,VISION,CHARTER,ROADMAP}.md',
    'README.md',
  ],
  'overview/non-goals': ['{docs,doc}/**/{goals,scope,non-goals,charter}*.md', '{SCOPE,CHARTER}.md'],
  'security-functions-and-features': [
    '{docs,doc}/**/*{security,auth,authentication,authorization,rbac,tls,encryption,secrets,policy,audit}*.md',
  ],
  'project-compliance': ['{docs,doc}/**/*{compliance,fips,cis,benchmark,gdpr,soc2}*.md'],
  'secure-development-practices/development-pipeline': [
    'CONTRIBUTING.md',
    '.github/CONTRIBUTING.md',
    '.github/workflows/*.{yml,yaml}',
    'ci/**/README.md',
    'Makefile',
    '.github/dependabot.yml',
    'renovate.json',
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'OWNERS',
  ],
  'secure-development-practices/communication-channels': [
    'README.md',
    'CONTRIBUTING.md',
    'GOVERNANCE.md',
    'SUPPORT.md',
    'COMMUNITY.md',
    'community/**/*.md',
    '.github/ISSUE_TEMPLATE/config.yml',
    'MAINTAINERS*',
  ],
  'secure-development-practices/ecosystem': [
    'ADOPTERS.md',
    'USERS.md',
    '{docs,doc}/**/{integrations,ecosystem,adopters}*.md',
    'README.md',
  ],
  'security-issue-resolution/responsible-disclosures-process': [
    '**/SECURITY.md',
    'SECURITY_CONTACTS',
    '{docs,doc}/**/security*.md',
  ],
  'security-issue-resolution/vulnerability-response-process': [
    '**/SECURITY.md',
    '{docs,doc}/**/{security-release-process,security-response,vulnerability}*.md',
  ],
  'security-issue-resolution/incident-response': [
    '**/SECURITY.md',
    '{docs,doc}/**/{incident,security-release-process,security-response}*.md',
  ],
  'appendix/known-issues-over-time': [
    'CHANGELOG.md',
    'CHANGELOG/**/*.md',
    '{docs,doc}/**/{security,advisories,cve}*.md',
  ],
  'appendix/openssf-best-practices': ['README.md'],
  'appendix/case-studies': ['ADOPTERS.md', 'USERS.md', '{docs,doc}/**/{case-stud*,adopters,users}*.md'],
  'appendix/related-projects-vendors': [
    'README.md',
    '{docs,doc}/**/{comparison,compare,alternatives,faq,related}*.md',
  ],
};

/** At most this many leads are named in one todo. */
export const MAX_LEADS = 4;
