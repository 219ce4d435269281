// The vocabulary of `selfassess gaps`: what evaluating one OSPS Baseline control gives, and what a control's
// evidence test may ask. Kept apart from the control table (src/catalogue/osps-controls.ts) so the table stays
// data and the tests stay small functions.
import type { AnyFact, Evidence, Ref } from '../evidence/model.js';

/**
 * `met`: the evidence shows the control is done. `not-met`: the snapshot can decide it and the evidence shows
 * it is not done (a workflow that grants write-all). `unknown`: not found in the files, or a forge setting:
 * the maintainers are asked to confirm; never reported as failing.
 */
export type ControlStatus = 'met' | 'not-met' | 'unknown';

export interface Evaluation {
  status: ControlStatus;
  /** What the evidence shows, as a short clause ("CodeQL runs on pull requests"); for met and not-met. */
  found?: string;
  /** Where it shows (the facts' references, or the files that were found). */
  refs: Ref[];
  /** What was looked for (unknown, not-met): a noun phrase. Defaults to the control's. */
  lookedFor?: string;
  /** Where it was looked for: paths and globs. Defaults to the control's. */
  lookedIn?: readonly string[];
  /** The concrete next step for this repository, when the evidence allows one sharper than the control's. */
  nextStep?: string;
  /** The verdict comes from the maintainers' answers file, not from the repository. */
  declared?: boolean;
  /** An answer the observed evidence contradicts; the observed verdict stands. */
  contradicts?: { answer: string; ref: Ref };
}

/** What an evidence test may ask: the collected facts, and the file index (paths only, never contents). */
export interface GapContext {
  evidence: Pick<Evidence, 'facts' | 'unknowns' | 'snapshot'> & {
    leads?: readonly { section: string; paths: string[] }[];
  };
  /** Whether a file index is at hand; without one (evidence alone), file-presence tests stay unknown. */
  indexed: boolean;
  /** Indexed files whose path matches one of the globs (case-insensitive); [] without a snapshot. */
  files(globs: readonly string[]): string[];
  /** A reference at the snapshot's commit (with a permalink when the forge is known). */
  ref(path: string, line?: number): Ref;
}

export type EvidenceTest = (ctx: GapContext) => Evaluation;

/** The references of facts, first few of each, without duplicates. */
export function refsOf(facts: readonly AnyFact[], perFact = 1, max = 4): Ref[] {
  const out: Ref[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    for (const r of f.refs.slice(0, perFact)) {
      const key = `${r.path}:${r.line ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
      if (out.length >= max) return out;
    }
  }
  return out;
}
