// Development pipeline: the release process and the backport (cherry-pick) policy, from documents named for
// them (RELEASE.md, docs/release-process.md, docs/cherry-picks.md), headings in the contribution and
// release documents, and workflows that automate cherry-picks.
import picomatch from 'picomatch';
import { NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import {
  BACKPORT_DOC,
  BACKPORT_HEADING,
  BACKPORT_WORKFLOW,
  RELEASE_DOC,
} from '../../catalogue/pipeline-contribution.js';
import { workflowsOf } from '../../ci/workflows.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { contributionDocs } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'Release integrity';
const notProject = picomatch(
  [...NOT_PROJECT_PATHS, '**/CHANGELOG*/**', '**/changelogs/**', '**/website/**'],
  { dot: true },
);

export const releaseProcessDetector = defineDetector({
  id: 'release-process',
  section: SECTION,
  reads: [
    'RELEASE.md',
    'RELEASES.md',
    'docs/**/release*.md',
    'docs/**/*cherry-pick*.md',
    'CONTRIBUTING.md',
    '.github/workflows/*',
  ],
  detect(snapshot) {
    const byDepth = (a: string, b: string): number =>
      a.split('/').length - b.split('/').length || a.localeCompare(b);
    const docs = snapshot.files.filter(
      (f) =>
        f.kind === 'file' && (RELEASE_DOC.test(f.path) || BACKPORT_DOC.test(f.path)) && !notProject(f.path),
    );
    const releaseDocs = docs
      .filter((f) => RELEASE_DOC.test(f.path))
      .map((f) => f.path)
      .sort(byDepth)
      .slice(0, 3);
    const backportPaths = docs
      .filter((f) => BACKPORT_DOC.test(f.path))
      .map((f) => f.path)
      .sort(byDepth);
    const backportRefs: Ref[] = backportPaths.slice(0, 2).map((p) => snapshot.ref(p, 1));
    // A backport or cherry-pick section in the contribution or release documents.
    for (const path of [...contributionDocs(snapshot, BACKPORT_HEADING), ...releaseDocs]) {
      if (backportRefs.length >= 3 || !path.endsWith('.md')) continue;
      const h = proseOf(snapshot, path)?.headings.find((x) => BACKPORT_HEADING.test(x.text));
      if (h) {
        backportRefs.push(snapshot.ref(path, h.line));
        if (!backportPaths.includes(path)) backportPaths.push(path);
      }
    }
    const workflows: string[] = [];
    for (const w of workflowsOf(snapshot).workflows) {
      if (
        w.kind !== 'workflow' ||
        !BACKPORT_WORKFLOW.test(`${w.path} ${w.name ?? ''}`) ||
        backportRefs.length >= 3
      )
        continue;
      backportRefs.push(snapshot.ref(w.path, w.onLine));
      workflows.push(w.path);
    }
    const facts: AnyFact[] = [];
    if (releaseDocs.length > 0) {
      facts.push({
        ...fact(
          'pipeline.release-docs',
          SECTION,
          { kind: 'release-process', paths: releaseDocs, workflows: [] },
          releaseDocs.map((p) => snapshot.ref(p, 1)),
          'stated',
          'release-process',
        ),
        topic: TOPIC,
      });
    }
    if (backportRefs.length > 0) {
      facts.push({
        ...fact(
          'pipeline.release-docs',
          SECTION,
          { kind: 'backport-policy', paths: [...new Set(backportPaths)].slice(0, 3), workflows },
          backportRefs.slice(0, 3),
          'stated',
          'backport-policy',
        ),
        topic: TOPIC,
      });
    }
    return { facts, unknowns: [] };
  },
});
