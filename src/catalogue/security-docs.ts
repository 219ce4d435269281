// Where projects keep their security documentation: the patterns behind the Metadata "Security links"
// table and the security policy's location. One row per kind of document; extend here, not in detectors.
import type { SecurityLinkLabel } from '../evidence/model.js';

/** Paths never searched for a project's own documents: other people's code and generated trees. */
export const NOT_PROJECT_DOCS = [
  '**/vendor/**',
  '**/node_modules/**',
  '**/third_party/**',
  '**/third-party/**',
  '**/3rdparty/**',
  '**/testdata/**',
  '**/test/fixtures/**',
  '**/CHANGELOG/**',
  // Instructions for AI coding agents describe how to edit the repository, not the project.
  '**/{AGENTS,CLAUDE,GEMINI}.md',
  '**/.github/copilot-instructions.md',
];

/** Where GitHub looks for a repository's security policy, in its order of precedence. */
export const SECURITY_POLICY_LOCATIONS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'] as const;

export interface SecurityDocPattern {
  label: SecurityLinkLabel;
  /** picomatch globs, matched against repository paths (case-insensitively unless `caseSensitive`). */
  globs: string[];
  /** Keep at most this many (shallowest first) so the table stays short. */
  max: number;
  /** Match case-sensitively (SECURITY.md is a policy; a lower-case docs/security.md is documentation). */
  caseSensitive?: boolean;
  /** Paths the globs catch that are something else (an audit-logging guide is not an audit report). */
  exclude?: string[];
}

/**
 * A security policy: upper-case SECURITY anywhere (the convention), or another case at the root or in .github/.
 * Matched case-sensitively.
 */
export const SECURITY_POLICY_GLOBS = [
  '**/SECURITY.{md,markdown,rst,txt}',
  '**/SECURITY',
  '{Security,security}.{md,markdown,rst,txt}',
  // .github/ holds only community files; a lower-case docs/security.md is usually documentation instead.
  '.github/{Security,security}.md',
];

export const SECURITY_DOC_PATTERNS: readonly SecurityDocPattern[] = [
  { label: 'Security file', globs: SECURITY_POLICY_GLOBS, max: 3, caseSensitive: true },
  {
    label: 'Security documentation',
    globs: [
      '{docs,doc,documentation,site,website}/**/security.{md,mdx,rst,adoc}',
      '{docs,doc,documentation,site,website}/**/security/{index,_index,README,readme}.{md,mdx,rst,adoc}',
      '{docs,doc,documentation,site,website}/**/{security-*,securing-*,*-security}.{md,mdx,rst,adoc}',
      '{docs,doc,documentation,site,website}/**/{security-release-process,security-process,security_process}.{md,mdx}',
      '{SECURITY_CONTACTS,security_contacts,SECURITY-CONTACTS}',
    ],
    max: 5,
  },
  {
    label: 'Threat model',
    globs: [
      '**/{threat-model,threat_model,threatmodel,threat-modeling,threat_modeling}*.{md,mdx,rst,adoc,pdf}',
      '**/threat-model/**/*.{md,pdf}',
    ],
    max: 3,
  },
  {
    label: 'Security audit',
    globs: [
      '**/{security-audit,security_audit,SECURITY_AUDIT,*-security-audit,*_Security_Audit*,*security-assessment*,*self-assessment*}*.{md,pdf}',
      '{docs,doc,security,audits,audit}/**/*audit*.{md,pdf}',
    ],
    exclude: ['**/*audit{log,-log,_log,ing,-logging,_logging,-logs,_logs}*', '**/*{-,_}audit{-,_}log*'],
    max: 3,
  },
  {
    label: 'Default and optional configs',
    globs: [
      '{docs,doc,documentation}/**/{configuration,configuring,config,configure,settings,options}.{md,mdx,rst,adoc}',
      '{docs,doc,documentation}/**/{configuration,config}/{index,_index,README,readme}.{md,mdx}',
      '{docs,doc,documentation}/**/{configuration-*,config-*}.{md,mdx}',
    ],
    max: 3,
  },
  {
    label: 'Security insights',
    globs: [
      '{SECURITY-INSIGHTS,security-insights}.{yml,yaml}',
      '.github/{SECURITY-INSIGHTS,security-insights}.{yml,yaml}',
    ],
    max: 1,
  },
];

/** Helm charts' default values are a project's default configuration (a chart has Chart.yaml beside them). */
export const HELM_VALUES_GLOB = '**/values.yaml';
/** Charts that are test or example fixtures, not the project's deployment. */
export const NOT_PROJECT_CHARTS = ['**/test/**', '**/tests/**', '**/e2e/**', '**/examples/**', '**/hack/**'];
export const MAX_HELM_VALUES_LINKS = 2;
