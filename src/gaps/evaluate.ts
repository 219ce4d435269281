// Evaluates every OSPS Baseline control against the evidence: the control's evidence test over the observed
// facts first; then the maintainers' declared answers, which settle only what the files leave unknown. When
// an answer contradicts a decided control, the observed verdict stands and the contradiction is kept.
import { answerKey } from '../catalogue/answers.js';
import { OSPS_CONTROLS, type OspsControl } from '../catalogue/osps-controls.js';
import type { AnyFact, Evidence, Fact } from '../evidence/model.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { ControlStatus, Evaluation, GapContext } from './types.js';

export interface ControlResult {
  control: OspsControl;
  evaluation: Evaluation;
}

type EvidenceLike = GapContext['evidence'];

/** A context reading the snapshot's file index (paths only) for file-presence controls. */
export function snapshotContext(evidence: EvidenceLike, snapshot: Snapshot): GapContext {
  return {
    evidence,
    indexed: true,
    files: (globs) => snapshot.glob(globs, { nocase: true }).map((f) => f.path),
    ref: (path, line) => snapshot.ref(path, line),
  };
}

/** A context over evidence alone (a library call without a snapshot): file-presence controls stay unknown. */
export function evidenceContext(evidence: EvidenceLike): GapContext {
  return {
    evidence,
    indexed: false,
    files: () => [],
    ref: (path, line) => ({ path, ...(line ? { line } : {}) }),
  };
}

/** The same context, seeing only what the repository shows (declared facts removed). */
export function observedOnly(ctx: GapContext): GapContext {
  return {
    ...ctx,
    evidence: { ...ctx.evidence, facts: ctx.evidence.facts.filter((f) => f.confidence !== 'declared') },
  };
}

/** What an answer implies for the controls it feeds. */
export function impliedStatus(value: boolean | number): ControlStatus {
  return value === true || (typeof value === 'number' && value >= 1) ? 'met' : 'not-met';
}

export function evaluateControls(ctx: GapContext): ControlResult[] {
  const observed = observedOnly(ctx);
  const declared = declaredByControl(ctx.evidence.facts);
  return OSPS_CONTROLS.map((control) => {
    let evaluation = evaluateObserved(control, observed);
    for (const d of declared.get(control.id) ?? []) evaluation = applyDeclared(evaluation, d);
    return { control, evaluation };
  });
}

/** The control's evidence test, guarded: a test that throws leaves the control unknown, never the run. */
export function evaluateObserved(control: OspsControl, ctx: GapContext): Evaluation {
  if (!control.test) return { status: 'unknown', refs: [] };
  try {
    return control.test(ctx);
  } catch (e) {
    return {
      status: 'unknown',
      refs: [],
      found: `the evidence test failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

interface DeclaredAnswer {
  status: ControlStatus;
  text: string;
  fact: AnyFact;
}

function declaredByControl(facts: readonly AnyFact[]): Map<string, DeclaredAnswer[]> {
  const out = new Map<string, DeclaredAnswer[]>();
  const add = (id: string, d: DeclaredAnswer) => out.set(id, [...(out.get(id) ?? []), d]);
  for (const f of facts) {
    if (f.confidence !== 'declared') continue;
    if (f.kind === 'declared.answer') {
      const key = answerKey(f.value.key);
      if (!key) continue;
      const status = impliedStatus(f.value.value);
      const text = `the maintainers declare that ${f.value.statement}${f.value.justification ? ` (${f.value.justification})` : ''}`;
      for (const id of key.controls) add(id, { status, text, fact: f });
    } else if (f.kind === 'channels.channel') {
      const c = (f as Fact<'channels.channel'>).value;
      if (c.audience === 'internal') continue;
      const key = answerKey('channels');
      for (const id of key?.controls ?? [])
        add(id, { status: 'met', text: `the maintainers declare the channel ${c.name}`, fact: f });
    }
  }
  return out;
}

function applyDeclared(evaluation: Evaluation, d: DeclaredAnswer): Evaluation {
  const ref = d.fact.refs[0] ?? { path: '.selfassess.yml' };
  if (evaluation.status === 'unknown' && !evaluation.declared) {
    return {
      status: d.status,
      found: d.text,
      refs: d.fact.refs.slice(0, 1),
      declared: true,
      ...(evaluation.lookedFor ? { lookedFor: evaluation.lookedFor } : {}),
      ...(evaluation.lookedIn ? { lookedIn: evaluation.lookedIn } : {}),
    };
  }
  if (evaluation.declared || evaluation.status === d.status) return evaluation;
  // Observed evidence wins; the answer is kept beside it so both are shown.
  return { ...evaluation, contradicts: { answer: d.text, ref } };
}

/** Counts per OSPS level (controls introduced at that level; the levels are cumulative). */
export interface LevelSummary {
  level: 1 | 2 | 3;
  controls: number;
  met: number;
  notMet: number;
  unknown: number;
  /** Of the met, how many only by the maintainers' answers. */
  declared: number;
}

export function summarise(results: readonly ControlResult[]): LevelSummary[] {
  return ([1, 2, 3] as const).map((level) => {
    const at = results.filter((r) => r.control.level === level);
    const count = (s: ControlStatus) => at.filter((r) => r.evaluation.status === s).length;
    return {
      level,
      controls: at.length,
      met: count('met'),
      notMet: count('not-met'),
      unknown: count('unknown'),
      declared: at.filter((r) => r.evaluation.declared && r.evaluation.status === 'met').length,
    };
  });
}

export type { Evidence };
