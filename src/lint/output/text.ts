// Text output, one finding a line like a compiler or markdownlint: `file:line:col rule severity: message`,
// then the repository references a drift finding rests on and the fix hint.
import type { LintReport } from '../lint.js';
import type { LintSeverity, RepoRef } from '../types.js';

export function refText(r: RepoRef): string {
  return r.line ? `${r.path}:${r.line}` : r.path;
}

export function renderLintText(report: LintReport): string {
  return report.findings
    .map((f) => {
      const refs = f.repoRefs?.length ? ` [repository: ${f.repoRefs.map(refText).join(', ')}]` : '';
      return `${report.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}: ${f.message}${refs} — ${f.hint}\n`;
    })
    .join('');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one-line summary written to stderr. */
export function lintSummary(report: LintReport): string {
  const c: Record<LintSeverity, number> = report.counts;
  const stage = report.stage ? `stage ${report.stage}` : 'no valid stage';
  return `${report.file}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')} (${stage}${report.repo ? `; checked against ${report.repo.repo ?? report.repo.source}${report.repo.commit ? ` at ${report.repo.commit.slice(0, 12)}` : ''}` : ''})`;
}
