// Development pipeline: where releases are published — the container registries that workflows log in to
// and push to (ghcr.io, Docker Hub, Quay...), read from workflow and composite-action files that publish
// (a registry login, a push, ko, GoReleaser), and Helm charts listed on Artifact Hub (Chart.yaml annotations,
// artifacthub-repo.yml).
import picomatch from 'picomatch';
import { NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import {
  ARTIFACT_HUB,
  ARTIFACT_HUB_FILES,
  PUBLISH_SIGNAL,
  REGISTRIES,
} from '../../catalogue/pipeline-contribution.js';
import { ciSourcesOf } from '../../ci/ci-sources.js';
import { workflowsOf } from '../../ci/workflows.js';
import { fact, type Ref } from '../../evidence/model.js';
import { findFiles } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const RELEASE_NAME = /release|publish/i;
/** Lines that name a registry to read from, not to publish to (scanner databases, pulls, base images). */
const NOT_A_TARGET = /trivy|_DB_|db-repository|\bpull\b|\bFROM\b|base-?image|mirror/i;
const notProject = picomatch([...NOT_PROJECT_PATHS, '**/_testdata/**', '**/test/**', '**/tests/**'], {
  dot: true,
});

export const releaseArtifactsDetector = defineDetector({
  id: 'release-artifacts',
  section: SECTION,
  reads: [
    '.github/workflows/*',
    '.github/actions/**/action.yml',
    '.goreleaser.yml',
    '**/Chart.yaml',
    'artifacthub-repo.yml',
  ],
  detect(snapshot) {
    const refs: Ref[] = [];
    const registries: string[] = [];
    const sources = ciSourcesOf(snapshot);
    // Workflows and actions that run on a release (or are named for releasing or publishing).
    const files = [
      ...workflowsOf(snapshot)
        .workflows.filter(
          (w) => sources.reachOf(w.path).release || RELEASE_NAME.test(`${w.path} ${w.name ?? ''}`),
        )
        .map((w) => w.path),
      ...findFiles(snapshot, ['.goreleaser.{yml,yaml}', 'goreleaser.{yml,yaml}']),
    ];
    for (const path of files) {
      const text = snapshot.read(path);
      if (text === undefined || !PUBLISH_SIGNAL.test(text)) continue;
      const lines = text.split('\n');
      for (const r of REGISTRIES) {
        if (registries.includes(r.name)) continue;
        const i = lines.findIndex(
          (l) => r.host.test(l) && !l.trim().startsWith('#') && !NOT_A_TARGET.test(l),
        );
        if (i < 0) continue;
        registries.push(r.name);
        if (refs.length < 2) refs.push(snapshot.ref(path, i + 1));
      }
    }
    let artifactHub = false;
    const charts = findFiles(snapshot, [
      'Chart.yaml',
      '*/Chart.yaml',
      'charts/*/Chart.yaml',
      'deploy/*/Chart.yaml',
      'helm/*/Chart.yaml',
    ]);
    for (const path of [...findFiles(snapshot, ARTIFACT_HUB_FILES), ...charts]) {
      if (notProject(path)) continue;
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const i = path.endsWith('Chart.yaml') ? text.split('\n').findIndex((l) => ARTIFACT_HUB.test(l)) : 0;
      if (i < 0) continue;
      artifactHub = true;
      refs.push(snapshot.ref(path, i + 1));
      break;
    }
    if (registries.length === 0 && !artifactHub) return { facts: [], unknowns: [] };
    return {
      facts: [
        {
          ...fact(
            'pipeline.release-artifacts',
            SECTION,
            { registries, artifactHub },
            refs.slice(0, 3),
            'observed',
          ),
          topic: 'Release integrity',
        },
      ],
      unknowns: [],
    };
  },
});
