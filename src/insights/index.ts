// `selfassess insights` as a library call: open the snapshot, collect the evidence (the same detectors as the
// draft), read the few insights-only extras, build the Security Insights document and render it as YAML.
import { type CollectedEvidence, collectEvidence } from '../evidence/collect.js';
import { Snapshot, type SnapshotOptions } from '../snapshot/snapshot.js';
import { buildInsights } from './build.js';
import { collectInsightsExtras } from './collect.js';
import type { InsightsResult } from './model.js';
import { renderInsightsYaml } from './render.js';

export { buildInsights, integrationOf, PLACEHOLDER_URL, safeUrl } from './build.js';
export { collectInsightsExtras, type InsightsExtras } from './collect.js';
export type { FieldReport, InsightsResult, SiDocument } from './model.js';
export { renderInsightsYaml } from './render.js';

export interface InsightsOptions extends SnapshotOptions {
  /** "selfassess 0.1.0", named in the file's header. */
  generator?: string;
  /** Where the file will live in the repository, for `header.url` (default: SECURITY-INSIGHTS.yml). */
  fileName?: string;
  /** The maintainers' answers file (--answers); default: the repository's .selfassess.yml, if any. */
  answersFile?: string;
}

export interface InsightsOutput {
  evidence: CollectedEvidence;
  result: InsightsResult;
  yaml: string;
}

/** Opens SOURCE and writes its Security Insights file. Always removes a temporary clone. */
export async function insights(source: string, options: InsightsOptions = {}): Promise<InsightsOutput> {
  const snapshot = await Snapshot.open(source, options);
  try {
    const evidence = collectEvidence(
      snapshot,
      undefined,
      options.answersFile ? { answersFile: options.answersFile } : {},
    );
    const extras = collectInsightsExtras(snapshot);
    const generator = options.generator ?? 'selfassess';
    const result = buildInsights(evidence, extras, {
      generator,
      ...(options.fileName ? { fileName: options.fileName } : {}),
    });
    const yaml = renderInsightsYaml(result, {
      generator,
      ...(evidence.snapshot.commit ? { commit: evidence.snapshot.commit } : {}),
    });
    return { evidence, result, yaml };
  } finally {
    snapshot.close();
  }
}
