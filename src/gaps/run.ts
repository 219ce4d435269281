// `selfassess gaps` as a library call: open the snapshot, collect the evidence (with the maintainers'
// answers), evaluate the OSPS Baseline controls, render the recommendations. Always closes the snapshot.
import { collectEvidence } from '../evidence/collect.js';
import { Snapshot, type SnapshotOptions } from '../snapshot/snapshot.js';
import { snapshotContext } from './evaluate.js';
import { renderJson, renderMarkdown, renderText } from './render.js';
import { type GapReport, gapReport } from './report.js';
import { renderSarif } from './sarif.js';

export type GapsFormat = 'text' | 'json' | 'sarif' | 'md';

export interface GapsOptions extends SnapshotOptions {
  format?: GapsFormat;
  answersFile?: string;
  tool?: { name: string; version: string };
}

export async function gaps(
  source: string,
  options: GapsOptions = {},
): Promise<{ report: GapReport; output: string }> {
  const snapshot = await Snapshot.open(source, options);
  try {
    const evidence = collectEvidence(
      snapshot,
      undefined,
      options.answersFile ? { answersFile: options.answersFile } : {},
    );
    const report = gapReport(snapshotContext(evidence, snapshot));
    const tool = options.tool ?? { name: 'selfassess', version: 'unknown' };
    const readme = snapshot.glob(['README{,.md,.rst,.adoc,.txt}'], { nocase: true })[0]?.path;
    const output =
      options.format === 'json'
        ? renderJson(report, tool)
        : options.format === 'sarif'
          ? renderSarif(report, tool, readme)
          : options.format === 'md'
            ? renderMarkdown(report)
            : renderText(report);
    return { report, output };
  } finally {
    snapshot.close();
  }
}
