// Fact kinds of the template's "Security functions and features" and "Project compliance" sections (issue 4).
// Each kind's sentence lives in src/render/wording/functions.ts.

import type { ComplianceStandardId } from '../../catalogue/compliance-standards.js';
import type { CapabilityClass } from '../../catalogue/security-capabilities.js';

/** Where the project's own words describing a capability were found. */
export type CapabilitySource = 'readme-feature' | 'feature-doc' | 'doc';

export interface SecurityCapabilityFact {
  /** The catalogue row (src/catalogue/security-capabilities.ts). */
  capability: string;
  /** The row's label: "Encryption of traffic between nodes". */
  label: string;
  class: CapabilityClass;
  /** Critical (always on, part of the design) or security relevant (a setting or deployment option). */
  critical: boolean;
  /** The project's words, shortened to the clause that says it (at most ~30 words). */
  summary: string;
  /** The document's title or the feature's bold lead, when it says more than the label. */
  title?: string;
  source: CapabilitySource;
}

/** One algorithm or security parameter found in the project's source or configuration. */
export interface CryptoParameterFact {
  /** Parameter family: "JWT signing", "Password hashing", "Symmetric encryption", "TLS minimum version"... */
  family: string;
  /** The algorithm or value: "RS256", "PBKDF2", "AES", "TLS 1.2". */
  algorithm: string;
  /** Every file (up to a few) where it appears. */
  paths: string[];
}

/** A standard the documentation claims to meet (or that a badge shows). */
export interface ComplianceClaimFact {
  standard: ComplianceStandardId;
  /** Display name: "FIPS 140-2", "SLSA". */
  name: string;
  /** The level or profile when stated: "Build Level 3", "140-3". */
  level?: string;
  /** The claim, shortened: "Kyverno release artifacts meet SLSA Level 3". */
  summary: string;
  /** A badge (README image) rather than a sentence. */
  badge: boolean;
}

/** A threat model the project points to (Security Insights, or a document in the repository). */
export interface ThreatModelFact {
  url?: string;
  path?: string;
}

export interface FunctionsFactValues {
  'functions.capability': SecurityCapabilityFact;
  'functions.crypto-parameter': CryptoParameterFact;
  'functions.threat-model': ThreatModelFact;
  'compliance.claim': ComplianceClaimFact;
}
