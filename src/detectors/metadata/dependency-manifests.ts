// Metadata › SBOM: the dependency manifests and lock files the repository keeps (at the root and in the usual
// module folders). They are what a reviewer can link when no bill of materials is published.
import { DEPENDENCY_MANIFESTS, MANIFEST_DIRS, MAX_MANIFESTS } from '../../catalogue/dependency-manifests.js';
import { fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

export const dependencyManifestsDetector = defineDetector({
  id: 'dependency-manifests',
  section: 'metadata',
  reads: MANIFEST_DIRS.flatMap((dir) => DEPENDENCY_MANIFESTS.map((name) => `${dir}${name}`)),
  detect(snapshot) {
    const paths = MANIFEST_DIRS.flatMap((dir) => DEPENDENCY_MANIFESTS.map((name) => `${dir}${name}`))
      .filter((p) => snapshot.has(p))
      .slice(0, MAX_MANIFESTS);
    if (paths.length === 0) {
      return {
        facts: [],
        unknowns: [
          {
            id: 'metadata.dependency-manifests',
            section: 'metadata',
            lookedFor: 'dependency manifests or lock files',
            lookedIn: MANIFEST_DIRS.map(
              (d) => `${d || './'}{${DEPENDENCY_MANIFESTS.slice(0, 4).join(',')},...}`,
            ),
            reason: 'not-found',
          },
        ],
      };
    }
    return {
      facts: [
        fact(
          'metadata.dependency-manifests',
          'metadata',
          { paths },
          paths.map((p) => snapshot.ref(p)),
          'observed',
        ),
      ],
      unknowns: [],
    };
  },
});
