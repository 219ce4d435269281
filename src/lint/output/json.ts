// JSON output: a stable, versioned shape (docs/lint.md describes it). Keys are always present; absent
// values are null, so consumers need no existence checks.
import type { LintReport } from '../lint.js';

export const LINT_JSON_VERSION = 1;

export function renderLintJson(report: LintReport, tool: { name: string; version: string }): string {
  const out = {
    lintReportVersion: LINT_JSON_VERSION,
    tool,
    file: report.file,
    stage: report.stage ?? null,
    final: report.final,
    repo: report.repo
      ? { source: report.repo.source, repo: report.repo.repo ?? null, commit: report.repo.commit ?? null }
      : null,
    summary: { errors: report.counts.error, warnings: report.counts.warning, notes: report.counts.note },
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      line: f.line,
      column: f.column,
      message: f.message,
      hint: f.hint,
      repoRefs: (f.repoRefs ?? []).map((r) => ({ path: r.path, line: r.line ?? null, url: r.url ?? null })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
