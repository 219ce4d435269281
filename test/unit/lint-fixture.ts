// A finished assessment that follows the template, for the lint tests to break one piece at a time.
import { selfAssessmentUseText, TEMPLATE_SECTIONS } from '../../src/template/sections.js';

/** A finished assessment that follows the template: every section with an answer. */
export function completeAssessment(stage = 'Complete'): string {
  const out = [
    '# Self-assessment for Rocket',
    '',
    '## Table of contents',
    '',
    ...TEMPLATE_SECTIONS.filter((s) => s.level === 2).map((s) => `* [${s.title}](#${s.anchor})`),
    '',
  ];
  for (const s of TEMPLATE_SECTIONS) {
    if (s.notInTemplate) continue;
    out.push(`${'#'.repeat(s.level)} ${s.title}`, '');
    if (s.id === 'metadata') {
      out.push(
        '| | |',
        '| -- | -- |',
        `| Assessment Stage | ${stage} |`,
        '| Software | <https://github.com/acme/rocket> |',
        '| Security Provider | No |',
        '| Languages | Go |',
        '| SBOM | [go.mod](https://github.com/acme/rocket/blob/main/go.mod) |',
        '',
      );
    } else if (s.id === 'metadata/security-links') {
      out.push(
        '| Doc | url |',
        '| -- | -- |',
        '| Security file | https://github.com/acme/rocket/blob/main/SECURITY.md |',
        '',
      );
    } else if (s.id === 'self-assessment-use') {
      out.push(selfAssessmentUseText('Rocket'), '');
    } else if (s.level === 3 || !TEMPLATE_SECTIONS.some((c) => c.id.startsWith(`${s.id}/`))) {
      out.push(`Rocket's answer about ${s.title.toLowerCase()}.`, '');
    }
  }
  return out.join('\n');
}
