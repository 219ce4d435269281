// Runs one detector over a fixture repository and returns its result; closes and removes everything.
import type { Detector, DetectorResult } from '../../src/detectors/detector.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from './fixture-repo.js';

export async function detectOn(
  detector: Detector,
  files: Record<string, FileContent>,
  setup?: (repo: FixtureRepo) => void,
): Promise<DetectorResult> {
  const repo = FixtureRepo.git();
  try {
    repo.commit({ message: 'fixture', files });
    setup?.(repo);
    const snapshot = await Snapshot.open(repo.dir);
    try {
      return detector.detect(snapshot);
    } finally {
      snapshot.close();
    }
  } finally {
    repo.cleanup();
  }
}
