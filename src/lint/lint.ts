// Lint: read an assessment, run every rule (the repository rules only with `--repo`), and return the
// findings sorted by line. A rule that throws becomes a finding of its own, never a crash of the run.
import type { SnapshotIdentity } from '../evidence/model.js';
import { Snapshot, type SnapshotOptions } from '../snapshot/snapshot.js';
import { readAssessment } from './document.js';
import { openRepoContext, type RepoContext } from './repo.js';
import { RULES } from './rules/index.js';
import type { LintFinding, LintRule, LintSeverity } from './types.js';

export interface LintReport {
  /** The file as the user named it. */
  file: string;
  /** Assessment Stage, when it is one of the template's values. */
  stage: 'incomplete' | 'complete' | 'obsolete' | undefined;
  /** Complete: structural and leftover problems are errors. */
  final: boolean;
  /** The repository checked against (`--repo`). */
  repo?: SnapshotIdentity;
  findings: LintFinding[];
  counts: Record<LintSeverity, number>;
  /** The rules that ran, in registry order. */
  rules: readonly LintRule[];
}

const RELAX: Record<LintSeverity, LintSeverity> = { error: 'warning', warning: 'note', note: 'note' };

export function lintText(file: string, text: string, repo?: RepoContext): LintReport {
  const doc = readAssessment(file, text);
  const findings: LintFinding[] = [];
  const rules = RULES.filter((r) => !r.needsRepo || repo);
  for (const rule of rules) {
    let issues: ReturnType<LintRule['check']>;
    try {
      issues = rule.check({ doc, ...(repo ? { repo } : {}) });
    } catch (e) {
      issues = [
        {
          line: 1,
          message: `the ${rule.id} rule failed on this document: ${e instanceof Error ? e.message : String(e)}`,
          severity: 'note',
        },
      ];
    }
    for (const issue of issues) {
      const base = issue.severity ?? rule.severity;
      const severity = rule.relaxedInDraft && !doc.final ? RELAX[base] : base;
      findings.push({
        ruleId: rule.id,
        severity,
        line: Math.max(1, issue.line),
        column: Math.max(1, issue.column ?? 1),
        message: issue.message,
        hint: issue.hint ?? rule.hint,
        ...(issue.repoRefs && issue.repoRefs.length > 0 ? { repoRefs: issue.repoRefs } : {}),
      });
    }
  }
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    file,
    stage: doc.stage,
    final: doc.final,
    ...(repo ? { repo: repo.identity } : {}),
    findings,
    counts,
    rules,
  };
}

/** Lints FILE's text, against the repository at `repoSource` when given (opened, read, then closed). */
export async function lintAssessment(
  file: string,
  text: string,
  options: { repo?: string; snapshot?: SnapshotOptions } = {},
): Promise<LintReport> {
  if (!options.repo) return lintText(file, text);
  const snapshot = await Snapshot.open(options.repo, options.snapshot ?? {});
  try {
    return lintText(file, text, openRepoContext(snapshot, file));
  } finally {
    snapshot.close();
  }
}
