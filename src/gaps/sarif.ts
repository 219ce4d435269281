// The gap report as SARIF 2.1.0, for code-scanning dashboards: one rule per OSPS control reported, one result
// per recommendation. Not met is a warning, unknown a note (never an error: gaps are advice). A result sits on
// the file it concerns (the workflow line), else on the repository's README (or the root when there is none).
import { OSPS_CONTROLS } from '../catalogue/osps-controls.js';
import type { Ref } from '../evidence/model.js';
import { sarifLog } from '../render/sarif.js';
import type { GapReport, Recommendation } from './report.js';

const BASELINE_URL = 'https://baseline.openssf.org/versions/';

export function renderSarif(
  report: GapReport,
  tool: { name: string; version: string },
  rootFile: string | undefined,
): string {
  const ids = [...new Set(report.recommendations.map((r) => r.control))];
  const rules = ids.map((id) => {
    const c = OSPS_CONTROLS.find((x) => x.id === id);
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]/g, ''),
      shortDescription: { text: c?.requirement ?? id },
      fullDescription: { text: c ? `${c.requirement} ${c.why}` : id },
      helpUri: `${BASELINE_URL}${report.baseline.version}`,
      help: { text: c?.remedy ?? id },
      properties: {
        level: c?.level,
        scorecard: c?.scorecard ?? [],
        tags: ['security', 'osps-baseline', `osps-level-${c?.level ?? 0}`],
      },
    };
  });
  const results = report.recommendations.map((r) => ({
    ruleId: r.control,
    ruleIndex: ids.indexOf(r.control),
    level: r.status === 'not-met' ? 'warning' : 'note',
    kind: r.status === 'not-met' ? 'fail' : 'review',
    message: { text: messageOf(r) },
    locations: [location(r.refs[0], rootFile)],
    properties: { status: r.status, severity: r.severity, ...(r.declared ? { declared: true } : {}) },
  }));
  return sarifLog({
    tool,
    informationUri: 'https://github.com/ossf/security-baseline',
    rules,
    results,
    ...(report.snapshot.commit
      ? { extra: { versionControlProvenance: [provenance(report.snapshot.url, report.snapshot.commit)] } }
      : {}),
  });
}

function messageOf(r: Recommendation): string {
  const what = r.found
    ? `${r.status === 'not-met' ? 'Not met' : 'To confirm'}: ${r.found}.`
    : `Not found in the files: ${r.lookedFor} (looked in ${r.lookedIn.slice(0, 6).join(', ')}).`;
  return `${r.control} (level ${r.level}): ${r.requirement} ${what} Next step: ${r.nextStep}${r.confirm ? `; or ${r.confirm}` : ''}.`;
}

function location(ref: Ref | undefined, rootFile: string | undefined) {
  const path = ref?.path ?? rootFile;
  if (!path) return { physicalLocation: { artifactLocation: { uri: '.', uriBaseId: 'SRCROOT' } } };
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path), uriBaseId: 'SRCROOT' },
      ...(ref?.line ? { region: { startLine: ref.line } } : {}),
    },
  };
}

function provenance(url: string | undefined, commit: string) {
  return {
    ...(url ? { repositoryUri: url } : { repositoryUri: 'urn:selfassess:local' }),
    revisionId: commit,
  };
}
