// Runs every detector over one snapshot and gathers their facts and unknowns into one Evidence. A detector
// that throws becomes an unknown for its concern, never a crash of the run.
import { declaredFacts } from '../answers/facts.js';
import { loadAnswers } from '../answers/load.js';
import { MAX_LEADS, SECTION_LEADS } from '../catalogue/leads.js';
import type { Detector } from '../detectors/detector.js';
import { DETECTORS } from '../detectors/index.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { SectionId } from '../template/sections.js';
import { notProjectPath, shallowFirst } from '../text/paths.js';
import type { AnyFact, Evidence, Unknown } from './model.js';

export interface Lead {
  section: SectionId;
  paths: string[];
}

export interface CollectedEvidence extends Evidence {
  /** Documents this repository has that usually answer each section (for todos' "where to look"). */
  leads: Lead[];
}

export interface CollectOptions {
  /** The maintainers' answers file (--answers); default: the repository's .selfassess.yml, if any. */
  answersFile?: string;
}

export function collectEvidence(
  snapshot: Snapshot,
  detectors: readonly Detector[] = DETECTORS,
  options: CollectOptions = {},
): CollectedEvidence {
  const facts: AnyFact[] = [];
  const unknowns: Unknown[] = [];
  // SELFASSESS_TIMINGS=1 prints each detector's wall time to stderr (a detector that reads a file first also
  // pays for reading it; later readers hit the snapshot's caches).
  const timings = process.env.SELFASSESS_TIMINGS === '1' ? new Map<string, number>() : undefined;
  for (const detector of detectors) {
    const started = timings ? performance.now() : 0;
    try {
      const result = detector.detect(snapshot);
      facts.push(...result.facts);
      unknowns.push(...result.unknowns);
    } catch (e) {
      unknowns.push({
        id: `detector-error:${detector.id}`,
        section: detector.section,
        lookedFor: `the ${detector.id} evidence`,
        lookedIn: [...detector.reads],
        reason: 'parse-error',
        detail: `the ${detector.id} detector failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    timings?.set(detector.id, performance.now() - started);
  }
  if (timings) {
    const rows = [...timings]
      .sort((a, b) => b[1] - a[1])
      .map(([id, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${id}`);
    process.stderr.write(`${rows.join('\n')}\n`);
  }
  // The maintainers' answers (docs/answers.md) come after the observed facts they may contradict. A malformed
  // answers file throws a UserError naming its line (exit 2).
  const answers = loadAnswers(snapshot, options.answersFile);
  if (answers) facts.push(...declaredFacts(answers, snapshot, facts));
  // Skips are recorded while detectors read, so the snapshot's own unknowns come last.
  unknowns.push(...snapshot.snapshotUnknowns());
  return { snapshot: snapshot.identity, facts, unknowns, leads: findLeads(snapshot) };
}

function findLeads(snapshot: Snapshot): Lead[] {
  const leads: Lead[] = [];
  for (const [section, globs] of Object.entries(SECTION_LEADS) as [SectionId, readonly string[]][]) {
    const paths: string[] = [];
    for (const glob of globs) {
      for (const f of snapshot.glob(glob, { nocase: true })) {
        if (!notProjectPath(f.path) && !paths.includes(f.path)) paths.push(f.path);
      }
    }
    paths.sort(shallowFirst);
    if (paths.length > 0) leads.push({ section, paths: paths.slice(0, MAX_LEADS) });
  }
  return leads;
}
