// The evidence model (DESIGN §3): what detectors return and every renderer reads.
// Facts are data; the sentences a reviewer reads are made from them in src/render/wording.ts.
import type { SectionId } from '../template/sections.js';
import type { ChannelsFactValues } from './kinds/channels.js';
import type { DeclaredFactValues } from './kinds/declared.js';
import type { DisclosureFactValues } from './kinds/disclosure.js';
import type { EcosystemFactValues } from './kinds/ecosystem.js';
import type { FunctionsFactValues } from './kinds/functions.js';
import type { OverviewFactValues } from './kinds/overview.js';
import type { PipelineFactValues } from './kinds/pipeline.js';

/** Where a fact came from: a path in the repository, a line, and a permalink at the snapshot's commit. */
export interface Ref {
  /** Repository-relative POSIX path. */
  path: string;
  /** 1-based line, when the fact sits on a line. */
  line?: number;
  /** Commit the path and line are valid at (absent for a directory without git). */
  commit?: string;
  /** Permalink on the forge when the origin is GitHub or GitLab; else absent and the path is the reference. */
  url?: string;
}

/**
 * How sure a fact is: `stated` means the repository's own words say it; `observed` means configuration or
 * history shows it; `inferred` means a heuristic concluded it; `declared` means the maintainer's answers file
 * (.selfassess.yml) says it, which the repository cannot show (e.g. forge settings).
 */
export type Confidence = 'stated' | 'observed' | 'inferred' | 'declared';

export interface LanguageShare {
  name: string;
  bytes: number;
  /** Share of the counted bytes, 0..1. */
  share: number;
}

/**
 * The typed value of each kind of fact. Each area of the template declares its kinds in
 * src/evidence/kinds/<area>.ts (joined here) and their sentences in src/render/wording/<area>.ts; the
 * compiler then insists every kind has a wording.
 */
export interface FactValues
  extends PipelineFactValues,
    DisclosureFactValues,
    ChannelsFactValues,
    OverviewFactValues,
    FunctionsFactValues,
    EcosystemFactValues,
    DeclaredFactValues {
  'metadata.project-name': { name: string };
  'metadata.software-url': { url: string; source: 'origin-remote' | 'repository-files' };
  'metadata.languages': { languages: LanguageShare[]; countedBytes: number; countedFiles: number };
  'metadata.license': { spdx: string; file: string };
  /** Dependency manifests and lock files (the SBOM row's fallback). */
  'metadata.dependency-manifests': { paths: string[] };
  /** A document in the repository (`path`) or one the repository points to (`url`, e.g. from Security Insights). */
  'metadata.security-link': { label: SecurityLinkLabel; path?: string; url?: string };
  'disclosure.security-policy': { path: string; location: 'root' | '.github' | 'docs' | 'other' };
  'history.commits': {
    read: number;
    nonMerge: number;
    signedOff: number;
    signed: number;
    /** Signed commits whose committer is the forge itself (GitHub's web-flow key), not the contributor. */
    signedByForge: number;
    firstDate: string;
    lastDate: string;
  };
}

export type SecurityLinkLabel =
  | 'Security file'
  | 'Security documentation'
  | 'Threat model'
  | 'Security audit'
  | 'Default and optional configs'
  | 'Security insights'
  | 'Self-assessment'
  | 'Dependency policy'
  | 'Documentation';

export type FactKind = keyof FactValues;

export interface Fact<K extends FactKind = FactKind> {
  /** Stable dotted identity; unique within one evidence set (kind, plus a discriminator when a kind repeats). */
  id: string;
  kind: K;
  section: SectionId;
  value: FactValues[K];
  refs: Ref[];
  confidence: Confidence;
  /**
   * Optional grouping inside a section (e.g. "Security scanning" in the development pipeline); the draft
   * renders statements of one topic together under a bold lead-in, topics in order of first appearance.
   */
  topic?: string;
}

/** A fact of any kind, narrowed by `kind`. */
export type AnyFact = { [K in FactKind]: Fact<K> }[FactKind];

/**
 * A concern that was checked and not settled: what was looked for and where. Rendered as "not found in
 * the files", never as "the project does not do it" (settings may live on the forge).
 */
export interface Unknown {
  id: string;
  section: SectionId;
  /** What was looked for, as a noun phrase: "a security policy (SECURITY.md)". */
  lookedFor: string;
  /** Paths and patterns that were searched. */
  lookedIn: string[];
  /** Why it stays unknown. */
  reason: 'not-found' | 'skipped' | 'parse-error' | 'no-history';
  /** Details for a reviewer (the parser's message, the cap that was hit). */
  detail?: string;
}

/** The commit and origin a set of evidence was taken from. */
export interface SnapshotIdentity {
  /** `owner/name` on the forge when known. */
  repo?: string;
  /** The repository's web URL when known. */
  url?: string;
  /** Commit SHA, absent for a directory without git. */
  commit?: string;
  /** Commit date (ISO 8601), absent without git. */
  commitDate?: string;
  /** When the evidence was gathered (ISO 8601). */
  generatedAt: string;
  /** The local root that was read, or the URL that was cloned. */
  source: string;
}

export interface Evidence {
  snapshot: SnapshotIdentity;
  facts: AnyFact[];
  unknowns: Unknown[];
}

/** Builds a fact, keeping detectors short and the value typed by kind. */
export function fact<K extends FactKind>(
  kind: K,
  section: SectionId,
  value: FactValues[K],
  refs: Ref[],
  confidence: Confidence,
  discriminator?: string,
): Fact<K> {
  return { id: discriminator ? `${kind}:${discriminator}` : kind, kind, section, value, refs, confidence };
}

export function factsOfKind<K extends FactKind>(evidence: Pick<Evidence, 'facts'>, kind: K): Fact<K>[] {
  return evidence.facts.filter((f): f is Fact<K> & AnyFact => f.kind === kind) as Fact<K>[];
}
