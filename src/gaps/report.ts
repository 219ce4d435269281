// Turns the evaluation of the OSPS Baseline controls into recommendations: for each control not met or not
// shown, what was looked for and where, why it matters, the next step for this repository, and the OSPS id,
// level and Scorecard checks. Ordered by level, then not-met before unknown, then severity.
import {
  OSPS_BASELINE_VERSION,
  type OspsControl,
  type ScorecardCheck,
  type Severity,
} from '../catalogue/osps-controls.js';
import type { Ref, SnapshotIdentity } from '../evidence/model.js';
import { type ControlResult, evaluateControls, type LevelSummary, summarise } from './evaluate.js';
import type { GapContext } from './types.js';

export interface Recommendation {
  control: string;
  level: 1 | 2 | 3;
  status: 'not-met' | 'unknown';
  severity: Severity;
  /** Whether a snapshot can decide the control ('no': forge settings or a human attestation). */
  snapshot: OspsControl['snapshot'];
  requirement: string;
  scorecard: readonly ScorecardCheck[];
  why: string;
  /** What the files show (not-met, or an unknown with partial evidence). */
  found?: string;
  lookedFor: string;
  lookedIn: readonly string[];
  nextStep: string;
  /** For unknown: how to settle it when the practice exists where the files do not show it. */
  confirm?: string;
  refs: Ref[];
  /** The verdict comes from the maintainers' answers file (declared not done). */
  declared?: boolean;
  contradicts?: { answer: string; ref: Ref };
}

export interface MetControl {
  control: string;
  level: 1 | 2 | 3;
  found: string;
  refs: Ref[];
  declared?: boolean;
  contradicts?: { answer: string; ref: Ref };
}

export interface GapReport {
  baseline: { name: 'OSPS Baseline'; version: string };
  snapshot: SnapshotIdentity;
  summary: LevelSummary[];
  recommendations: Recommendation[];
  met: MetControl[];
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function gapReport(ctx: GapContext): GapReport {
  const results = evaluateControls(ctx);
  return {
    baseline: { name: 'OSPS Baseline', version: OSPS_BASELINE_VERSION },
    snapshot: ctx.evidence.snapshot,
    summary: summarise(results),
    recommendations: recommendationsOf(results),
    met: results
      .filter((r) => r.evaluation.status === 'met')
      .map((r) => ({
        control: r.control.id,
        level: r.control.level,
        found: r.evaluation.found ?? 'met',
        refs: r.evaluation.refs,
        ...(r.evaluation.declared ? { declared: true } : {}),
        ...(r.evaluation.contradicts ? { contradicts: r.evaluation.contradicts } : {}),
      })),
  };
}

export function recommendationsOf(results: readonly ControlResult[]): Recommendation[] {
  return results
    .filter((r) => r.evaluation.status !== 'met')
    .map(({ control, evaluation: e }) => ({
      control: control.id,
      level: control.level,
      status: e.status as 'not-met' | 'unknown',
      severity: control.severity,
      snapshot: control.snapshot,
      requirement: control.requirement,
      scorecard: control.scorecard,
      why: control.why,
      ...(e.found ? { found: e.found } : {}),
      lookedFor: e.lookedFor ?? control.lookedFor,
      lookedIn: e.lookedIn ?? control.lookedIn,
      nextStep: e.nextStep ?? control.remedy,
      ...(e.status === 'unknown' && !e.declared ? { confirm: confirmStep(control) } : {}),
      refs: e.refs,
      ...(e.declared ? { declared: true } : {}),
      ...(e.contradicts ? { contradicts: e.contradicts } : {}),
    }))
    .sort(
      (a, b) =>
        a.level - b.level ||
        (a.status === b.status ? 0 : a.status === 'not-met' ? -1 : 1) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.control < b.control ? -1 : 1),
    );
}

/** Unknown asks the maintainers to confirm before it asks them to act: settings may live on the forge. */
function confirmStep(control: OspsControl): string {
  return control.snapshot === 'no'
    ? 'check the forge settings and declare the answer in .selfassess.yml'
    : 'if it is done where the files do not show it, say where or declare it in .selfassess.yml';
}

/**
 * The most important recommendations first, for the draft: not met, then what the files could show but do
 * not, then forge settings to confirm; within each by severity and level.
 */
export function topRecommendations(report: GapReport, max: number): Recommendation[] {
  const rank = (r: Recommendation) => (r.status === 'not-met' ? 0 : r.snapshot === 'no' ? 2 : 1);
  return [...report.recommendations]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.level - b.level ||
        (a.control < b.control ? -1 : 1),
    )
    .slice(0, max);
}
