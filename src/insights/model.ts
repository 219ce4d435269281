// The Security Insights v2.1.0 document as TypeScript types (schema/security-insights-2.1.0.json is the
// JSON Schema, translated from the specification's schema.cue). Field order here is the order of the
// specification's template-full.yml, which the YAML output keeps.

export const SCHEMA_VERSION = '2.1.0';

export interface SiContact {
  name: string;
  affiliation?: string;
  email?: string;
  social?: string;
  primary: boolean;
}

export interface SiLink {
  uri: string;
  comment: string;
}

export interface SiLicense {
  url: string;
  expression: string;
}

export interface SiAssessment {
  name?: string;
  evidence?: string;
  date?: string;
  comment: string;
}

export interface SiTool {
  name: string;
  type: 'fuzzing' | 'container' | 'secret' | 'SCA' | 'SAST' | 'other';
  version?: string;
  rulesets: string[];
  results: Record<string, never>;
  integration: { adhoc: boolean; ci: boolean; release: boolean };
  comment?: string;
}

export interface SiDocument {
  header: {
    'schema-version': string;
    'last-updated': string;
    'last-reviewed': string;
    url: string;
    comment?: string;
  };
  project?: {
    name: string;
    homepage?: string;
    funding?: string;
    roadmap?: string;
    administrators: SiContact[];
    documentation?: {
      'quickstart-guide'?: string;
      'detailed-guide'?: string;
      'code-of-conduct'?: string;
      'release-process'?: string;
      'support-policy'?: string;
      'signature-verification'?: string;
    };
    repositories: { name: string; url: string; comment: string }[];
    'vulnerability-reporting': {
      'reports-accepted': boolean;
      'bug-bounty-available': boolean;
      'bug-bounty-program'?: string;
      contact?: SiContact;
      'security-policy'?: string;
      'pgp-key'?: string;
      comment?: string;
    };
  };
  repository?: {
    url: string;
    status: 'active' | 'abandoned' | 'concept' | 'inactive' | 'moved' | 'suspended' | 'unsupported' | 'WIP';
    'accepts-change-request': boolean;
    'accepts-automated-change-request': boolean;
    'core-team': SiContact[];
    documentation?: {
      'contributing-guide'?: string;
      'review-policy'?: string;
      'security-policy'?: string;
      governance?: string;
      'dependency-management-policy'?: string;
    };
    license: SiLicense;
    release?: {
      changelog?: string;
      'automated-pipeline': boolean;
      'distribution-points': SiLink[];
    };
    security: {
      assessments: { self: SiAssessment; 'third-party'?: SiAssessment[] };
      tools?: SiTool[];
    };
  };
}

/**
 * Why a value is in the file, as a YAML comment on its line: the file and line it came from, or that it was
 * inferred, declared by the maintainer, or is a placeholder to replace.
 */
export interface Note {
  kind: 'source' | 'inferred' | 'declared' | 'placeholder';
  text: string;
}

/** A field of the specification the file does not carry, or carries as a placeholder, and why. */
export interface FieldReport {
  /** Dotted path in the document ("project.homepage", "repository.release"). */
  field: string;
  why: string;
}

export interface InsightsResult {
  document: SiDocument;
  /** Notes keyed by dotted path ("repository.security.tools.0"). */
  notes: Map<string, Note[]>;
  /** Optional fields left out: nothing in the repository shows them. */
  leftOut: FieldReport[];
  /** Required fields the repository does not show, filled with a marked placeholder to replace. */
  placeholders: FieldReport[];
}
