// Ecosystem: how widely the project is used, as its adopters file counts it ("ADOPTERS.md lists 12
// organisations"). The appendix's case studies name the organisations (src/detectors/appendix/adopters.ts);
// here only the count, so that the ecosystem section says who uses the project without repeating the list.
import { ADOPTERS_GLOBS } from '../../catalogue/disclosure-appendix.js';
import { fact } from '../../evidence/model.js';
import { adopterFiles, adopterNames } from '../appendix/adopters.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/ecosystem' as const;

export const adopterCountDetector = defineDetector({
  id: 'adopter-count',
  section: SECTION,
  reads: ADOPTERS_GLOBS,
  detect(snapshot) {
    // The same file the case studies read: the shallowest adopters file that lists names.
    const files = adopterFiles(snapshot);
    for (const path of files.slice(0, 3)) {
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const names = adopterNames(text);
      if (names.length === 0) continue;
      return {
        facts: [
          {
            ...fact(
              'ecosystem.adopters',
              SECTION,
              { path, total: names.length },
              [snapshot.ref(path, names[0]?.line)],
              'stated',
            ),
            topic: 'Place in the ecosystem',
          },
        ],
        unknowns: [],
      };
    }
    return { facts: [], unknowns: [] };
  },
});
