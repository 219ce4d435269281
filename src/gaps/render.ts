// The gap report as text (terminal), Markdown and JSON. Unknown is never shown as failing: it is listed under
// "to confirm" with what was looked for and where. SARIF lives in ./sarif.ts.
import type { Ref } from '../evidence/model.js';
import { referenceText } from '../render/wording.js';
import type { GapReport, Recommendation } from './report.js';

export const GAPS_REPORT_VERSION = 1;

function where(r: Ref): string {
  return r.line ? `${r.path}:${r.line}` : r.path;
}

function summaryLine(s: GapReport['summary'][number]): string {
  const declared = s.declared ? ` (${s.declared} declared)` : '';
  return `Level ${s.level}: ${s.met} met${declared}, ${s.notMet} not met, ${s.unknown} unknown (${s.controls} controls)`;
}

function heading(report: GapReport): string {
  const repo = report.snapshot.repo ?? report.snapshot.source;
  const at = report.snapshot.commit ? ` at ${report.snapshot.commit.slice(0, 12)}` : '';
  return `${report.baseline.name} ${report.baseline.version} for ${repo}${at}`;
}

function scorecardText(r: Recommendation): string {
  return r.scorecard.length ? `; Scorecard: ${r.scorecard.join(', ')}` : '';
}

export function renderText(report: GapReport): string {
  const out: string[] = [heading(report), ''];
  out.push(...report.summary.map(summaryLine));
  out.push(
    'Levels are cumulative: level 2 needs the level 1 controls too. Unknown is not failing: confirm it.',
  );
  for (const level of [1, 2, 3] as const) {
    const recs = report.recommendations.filter((r) => r.level === level);
    if (recs.length === 0) continue;
    out.push('', `Level ${level}`);
    for (const r of recs) {
      const mark = r.status === 'not-met' ? 'NOT MET' : 'CONFIRM';
      out.push(`  ${mark}  ${r.control} [${r.severity}${scorecardText(r)}] ${r.requirement}`);
      if (r.found) out.push(`      found: ${r.found}${r.declared ? ' (declared by the maintainers)' : ''}`);
      for (const ref of r.refs.slice(0, 3)) out.push(`        at ${where(ref)}`);
      if (r.status === 'unknown' && !r.found)
        out.push(`      looked for ${r.lookedFor} in ${r.lookedIn.slice(0, 6).join(', ')}`);
      if (r.contradicts)
        out.push(`      note: ${r.contradicts.answer} (${where(r.contradicts.ref)}); the files decide`);
      out.push(`      why: ${r.why}`);
      out.push(`      next: ${r.nextStep}`);
      if (r.confirm) out.push(`      or: ${r.confirm}`);
    }
  }
  const contradicted = report.met.filter((m) => m.contradicts);
  for (const m of contradicted)
    out.push('', `Note: ${m.control} is met by the files (${m.found}), though ${m.contradicts?.answer}.`);
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(report: GapReport): string {
  const out: string[] = [`# Gaps: ${heading(report)}`, ''];
  out.push('| Level | Met | Not met | Unknown | Controls |', '| -- | -- | -- | -- | -- |');
  for (const s of report.summary)
    out.push(
      `| ${s.level} | ${s.met}${s.declared ? ` (${s.declared} declared)` : ''} | ${s.notMet} | ${s.unknown} | ${s.controls} |`,
    );
  out.push(
    '',
    'Levels are cumulative. Unknown is not failing: not found in the files, or a forge setting to confirm.',
  );
  for (const level of [1, 2, 3] as const) {
    const recs = report.recommendations.filter((r) => r.level === level);
    if (recs.length === 0) continue;
    out.push('', `## Level ${level}`, '');
    for (const r of recs) {
      const mark = r.status === 'not-met' ? '**Not met**' : 'To confirm';
      out.push(`* ${mark}: ${r.control} (${r.severity}${scorecardText(r)}): ${escapeHtml(r.requirement)}`);
      if (r.found)
        out.push(
          `  * Found: ${escapeHtml(r.found)}${r.declared ? ' (declared by the maintainers, not observed)' : ''}`,
        );
      else
        out.push(
          `  * Looked for ${escapeHtml(r.lookedFor)} in ${escapeHtml(r.lookedIn.slice(0, 6).join(', '))}`,
        );
      for (const ref of r.refs.slice(0, 3)) out.push(`  * reference: ${referenceText(ref)}`);
      if (r.contradicts) out.push(`  * Note: ${escapeHtml(r.contradicts.answer)}; the files decide`);
      out.push(`  * Why: ${escapeHtml(r.why)}`, `  * Next step: ${escapeHtml(r.nextStep)}`);
      if (r.confirm) out.push(`  * Or: ${escapeHtml(r.confirm)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderJson(report: GapReport, tool: { name: string; version: string }): string {
  return `${JSON.stringify({ reportVersion: GAPS_REPORT_VERSION, tool, ...report }, null, 2)}\n`;
}

/** Repository text must not open HTML in Markdown output. */
function escapeHtml(s: string): string {
  return s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
