// What a detector is: a pure function from the snapshot to facts and unknowns, for one concern.
// Detectors never print, never render and never call each other (DESIGN §2).
import type { AnyFact, Unknown } from '../evidence/model.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { SectionId } from '../template/sections.js';

export interface DetectorResult {
  facts: AnyFact[];
  unknowns: Unknown[];
}

export interface Detector {
  /** kebab-case, equal to the file name under src/detectors/<section>/. */
  id: string;
  section: SectionId;
  /** The paths and globs it reads: shown in unknowns ("looked in") and in the docs. */
  reads: readonly string[];
  detect(snapshot: Snapshot): DetectorResult;
}

/** Declares a detector; the identity function keeps the object literal typed. */
export function defineDetector(detector: Detector): Detector {
  return detector;
}

/** Shorthand for a result with facts only, or with one unknown when there are none. */
export function resultOf(facts: AnyFact[], unknownIfNone?: Unknown): DetectorResult {
  return { facts, unknowns: facts.length === 0 && unknownIfNone ? [unknownIfNone] : [] };
}
