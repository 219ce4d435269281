// Development pipeline: which CI systems run the project's checks, recognised by their files
// (src/catalogue/ci-systems.ts), with a summary of when the GitHub workflows start (pull requests, pushes
// to which branches, schedules read as daily/weekly, releases, on demand), and the CI's own documentation.
// Workflow files that do not parse become unknowns naming the file and the parser's line.

import picomatch from 'picomatch';
import { CI_DOC_GLOBS, CI_SYSTEMS, NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import { ciSourcesOf } from '../../ci/ci-sources.js';
import { type Workflow, workflowsOf } from '../../ci/workflows.js';
import type { CiSystemFact } from '../../evidence/kinds/pipeline.js';
import { type AnyFact, fact, type Unknown } from '../../evidence/model.js';
import { findFiles } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'Continuous integration and testing';
const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });

export const ciSystemsDetector = defineDetector({
  id: 'ci-systems',
  section: SECTION,
  reads: [
    '.github/workflows/*',
    ...CI_SYSTEMS.filter((s) => s.id !== 'github-actions').flatMap((s) => s.files.slice(0, 1)),
    ...CI_DOC_GLOBS,
  ],
  detect(snapshot) {
    const sources = ciSourcesOf(snapshot);
    const { workflows } = workflowsOf(snapshot);
    const facts: AnyFact[] = [];
    for (const system of CI_SYSTEMS) {
      const files = sources.systems.get(system.id);
      if (!files || files.length === 0) continue;
      const value: CiSystemFact = { system: system.name, systemId: system.id, files: files.length };
      let refs = files.slice(0, 3).map((p) => snapshot.ref(p));
      if (system.id === 'github-actions') {
        const ws = workflows.filter((w) => w.kind === 'workflow');
        value.triggers = summarise(ws);
        refs = triggerRefs(ws).map((r) => snapshot.ref(r.path, r.line));
      } else {
        const dir = commonDir(files);
        if (dir && files.length > 1) value.dir = `${dir}/`;
      }
      facts.push({
        ...fact('pipeline.ci-system', SECTION, value, refs, 'observed', system.id),
        topic: TOPIC,
      });
    }
    const docs = findFiles(snapshot, CI_DOC_GLOBS).filter((p) => !notProject(p));
    if (docs.length > 0) {
      facts.push({
        ...fact(
          'pipeline.ci-docs',
          SECTION,
          { paths: docs.slice(0, 3) },
          docs.slice(0, 3).map((p) => snapshot.ref(p, 1)),
          'stated',
        ),
        topic: TOPIC,
      });
    }
    const unknowns: Unknown[] = sources.problems.map((p) => ({
      id: `pipeline.ci-file.parse-error:${p.path}`,
      section: SECTION,
      lookedFor: `the CI configuration in ${p.path}`,
      lookedIn: [p.line ? `${p.path}:${p.line}` : p.path],
      reason: 'parse-error' as const,
      detail: `${p.message}${p.line ? ` (line ${p.line})` : ''}; the rest of the CI was read`,
    }));
    if (facts.length === 0) {
      unknowns.push({
        id: 'pipeline.ci-system',
        section: SECTION,
        lookedFor: 'a CI system (GitHub Actions, GitLab CI, Jenkins, Prow, Travis, CircleCI...)',
        lookedIn: [
          '.github/workflows/*',
          '.gitlab-ci.yml',
          'Jenkinsfile',
          '.travis.yml',
          '.circleci/config.yml',
          'azure-pipelines.yml',
          '.prow.yaml',
        ],
        reason: 'not-found',
        detail:
          'if CI is configured outside the repository (e.g. Prow jobs in another repository), say where',
      });
    }
    return { facts, unknowns };
  },
});

function summarise(ws: Workflow[]): NonNullable<CiSystemFact['triggers']> {
  const has = (w: Workflow, ...kinds: string[]): boolean => w.triggers.some((t) => kinds.includes(t.kind));
  const branches = new Map<string, number>();
  for (const w of ws) {
    for (const t of w.triggers)
      if (t.kind === 'push') for (const b of t.branches) branches.set(b, (branches.get(b) ?? 0) + 1);
  }
  const cadences = new Map<string, number>();
  for (const w of ws) {
    const seen = new Set(w.triggers.flatMap((t) => t.schedules.map((s) => s.cadence)));
    for (const c of seen) cadences.set(c, (cadences.get(c) ?? 0) + 1);
  }
  return {
    workflows: ws.length,
    pullRequest: ws.filter((w) => has(w, 'pull-request', 'pull-request-target')).length,
    push: ws.filter((w) => has(w, 'push')).length,
    pushBranches: [...branches.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([b]) => b)
      .slice(0, 4),
    schedule: ws.filter((w) => has(w, 'schedule')).length,
    cadences: [...cadences.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => (c === 'other' ? `${n} other` : `${n} ${c}`)),
    release: ws.filter((w) => has(w, 'release', 'tag')).length,
    manual: ws.filter((w) => has(w, 'manual')).length,
  };
}

/** The `on:` lines of the workflows that run on pull requests, then the others (at most three). */
function triggerRefs(ws: Workflow[]): { path: string; line: number }[] {
  const score = (w: Workflow): number =>
    w.triggers.some((t) => t.kind === 'pull-request') ? 0 : w.triggers.some((t) => t.kind === 'push') ? 1 : 2;
  return [...ws]
    .sort((a, b) => score(a) - score(b) || a.path.localeCompare(b.path))
    .slice(0, 3)
    .map((w) => ({ path: w.path, line: w.onLine }));
}

function commonDir(paths: string[]): string | undefined {
  const parts = paths.map((p) => p.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return n > 0 ? first.slice(0, n).join('/') : undefined;
}
