// selfassess as a library: open a snapshot, collect evidence, build the assessment, render it.
// The CLI (src/cli.ts) is a thin layer over these functions.
import { type Assessment, buildAssessment } from './assessment/build.js';
import { type CollectedEvidence, collectEvidence } from './evidence/collect.js';
import { snapshotContext } from './gaps/evaluate.js';
import { gapReport } from './gaps/report.js';
import { renderJson, type ToolInfo } from './render/json.js';
import { renderDraft } from './render/markdown.js';
import { Snapshot, type SnapshotOptions } from './snapshot/snapshot.js';

export type { Assessment, Block, SectionContent } from './assessment/build.js';
export { buildAssessment } from './assessment/build.js';
export type { Detector, DetectorResult } from './detectors/detector.js';
export { DETECTORS } from './detectors/index.js';
export { UserError } from './errors.js';
export type { CollectedEvidence, Lead } from './evidence/collect.js';
export { collectEvidence } from './evidence/collect.js';
export type * from './evidence/model.js';
export type { GapReport, Recommendation } from './gaps/report.js';
export { type GapsFormat, type GapsOptions, gaps } from './gaps/run.js';
export { type InsightsOptions, type InsightsOutput, insights } from './insights/index.js';
export { type LintReport, lintAssessment, lintText } from './lint/lint.js';
export type { LintFinding, LintSeverity } from './lint/types.js';
export { type MergeResult, mergeDraft } from './merge.js';
export { renderJson } from './render/json.js';
export { renderDraft } from './render/markdown.js';
export { Snapshot, type SnapshotOptions } from './snapshot/snapshot.js';
export { type SectionId, TEMPLATE_SECTIONS, type TemplateSection } from './template/sections.js';
export { type UpdateResult, updateDraft } from './update.js';

export type DraftFormat = 'md' | 'json';

export interface DraftResult {
  evidence: CollectedEvidence;
  assessment: Assessment;
  output: string;
}

/** Opens SOURCE, gathers evidence and renders the draft in `format`. Always removes a temporary clone. */
export async function draft(
  source: string,
  options: SnapshotOptions & { format?: DraftFormat; tool?: ToolInfo; answersFile?: string } = {},
): Promise<DraftResult> {
  const snapshot = await Snapshot.open(source, options);
  try {
    const evidence = collectEvidence(
      snapshot,
      undefined,
      options.answersFile ? { answersFile: options.answersFile } : {},
    );
    // The Appendix's action items come from the same evaluation as `selfassess gaps` (with the file index).
    const assessment = buildAssessment(evidence, { gaps: gapReport(snapshotContext(evidence, snapshot)) });
    const output =
      options.format === 'json'
        ? renderJson(evidence, options.tool ?? { name: 'selfassess', version: 'unknown' })
        : renderDraft(assessment);
    return { evidence, assessment, output };
  } finally {
    snapshot.close();
  }
}
