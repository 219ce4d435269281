// Where an OpenSSF Security Insights file (https://github.com/ossf/security-insights-spec) names a project's
// security documents, for the Metadata "Security links" table. v1 and v2 keep them under different keys;
// each row is a key path (map keys; sequences are read item by item) and the label it becomes.
import type { SecurityLinkLabel } from '../evidence/model.js';

export const SECURITY_INSIGHTS_FILES = [
  'SECURITY-INSIGHTS.yml',
  'SECURITY-INSIGHTS.yaml',
  'security-insights.yml',
  'security-insights.yaml',
  '.github/SECURITY-INSIGHTS.yml',
  '.github/security-insights.yml',
] as const;

export interface InsightsLink {
  path: readonly string[];
  label: SecurityLinkLabel;
}

export const SECURITY_INSIGHTS_LINKS: readonly InsightsLink[] = [
  // v1 (schema-version 1.x)
  { path: ['vulnerability-reporting', 'security-policy'], label: 'Security documentation' },
  { path: ['security-artifacts', 'threat-model', 'evidence-url'], label: 'Threat model' },
  { path: ['security-artifacts', 'self-assessment', 'evidence-url'], label: 'Self-assessment' },
  { path: ['dependencies', 'dependencies-lifecycle', 'policy-url'], label: 'Dependency policy' },
  { path: ['dependencies', 'env-dependencies-policy', 'policy-url'], label: 'Dependency policy' },
  { path: ['documentation'], label: 'Documentation' },
  // v2 (schema-version 2.x)
  { path: ['repository', 'documentation', 'security-policy'], label: 'Security documentation' },
  { path: ['repository', 'documentation', 'dependency-management-policy'], label: 'Dependency policy' },
  { path: ['repository', 'security', 'assessments', 'self', 'evidence'], label: 'Self-assessment' },
  { path: ['project', 'documentation', 'detailed-guide'], label: 'Documentation' },
  { path: ['project', 'documentation', 'signature-verification'], label: 'Security documentation' },
];

/** At most this many links from one Security Insights file. */
export const MAX_INSIGHTS_LINKS = 8;
