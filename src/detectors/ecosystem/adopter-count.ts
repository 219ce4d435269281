// Ecosystem: how widely the project is used, as its adopters file counts it ("ADOPTERS.md lists 12
// organisations"). The appendix's case studies name the organisations (src/detectors/appendix/adopters.ts);
// here only the count, so that the ecosystem section says who uses the project without repeating the list.
import picomatch from 'picomatch';
import { ADOPTERS_GLOBS } from '../../catalogue/disclosure-appendix.js';
import { NOT_PROJECT_DOCS } from '../../catalogue/security-docs.js';
import { fact } from '../../evidence/model.js';
import { adopterNames } from '../appendix/adopters.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/ecosystem' as const;
const notProject = picomatch(NOT_PROJECT_DOCS, { dot: true, nocase: true });

export const adopterCountDetector = defineDetector({
  id: 'adopter-count',
  section: SECTION,
  reads: ADOPTERS_GLOBS,
  detect(snapshot) {
    // The same file the case studies read: the shallowest adopters file that lists names.
    const files = snapshot
      .glob(ADOPTERS_GLOBS)
      .map((f) => f.path)
      .filter((p) => !notProject(p))
      .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
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
