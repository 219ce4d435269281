// Development pipeline: which kinds of tests CI runs (unit, integration, end-to-end, conformance,
// acceptance), read from workflow, job and step names, from the commands CI runs (`make test-e2e`, `go test`,
// `chainsaw test`...) and the make targets they reach, and from test directories (test/e2e, tests/integration).
// One statement per kind, citing the CI line that runs it.
import picomatch from 'picomatch';
import { CI_SYSTEMS, NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import { ciSourcesOf, type Reach, RUN_WHEN_ORDER, whenOf } from '../../ci/ci-sources.js';
import { type Makefile, makeCalls } from '../../ci/makefile.js';
import { workflowsOf } from '../../ci/workflows.js';
import type { RunWhen, TestKind } from '../../evidence/kinds/pipeline.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'Continuous integration and testing';
const KIND_ORDER: TestKind[] = ['unit', 'integration', 'e2e', 'conformance', 'acceptance'];
const SYSTEM_NAMES = new Map(CI_SYSTEMS.map((s) => [s.id, s.name]));
const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });

/** Name tokens that say which kind of test something is. */
const TOKEN_KINDS: Record<string, TestKind> = {
  unit: 'unit',
  units: 'unit',
  unittest: 'unit',
  unittests: 'unit',
  ut: 'unit',
  uttest: 'unit',
  integration: 'integration',
  integrations: 'integration',
  integ: 'integration',
  e2e: 'e2e',
  endtoend: 'e2e',
  conformance: 'conformance',
  sonobuoy: 'conformance',
  acceptance: 'acceptance',
};

/** Test runners whose command says the kind when names do not. */
const RUNNERS: { re: RegExp; kind: TestKind }[] = [
  { re: /\bchainsaw\s+test\b/, kind: 'conformance' },
  { re: /\bkuttl\s+test\b|\bkubectl[\s-]kuttl\s+test\b/, kind: 'e2e' },
  { re: /\bsonobuoy\s+run\b/, kind: 'conformance' },
  { re: /\bcypress\s+run\b|\bplaywright\s+test\b/, kind: 'e2e' },
  {
    re: /\bgo\s+test\b|\bpytest\b|\bjest\b|\b(npm|yarn|pnpm)\s+(run\s+)?test\b|\bcargo\s+test\b|\bmvn\b.*\btest\b|\bgradlew?\b.*\btest\b|\bctest\b|\bbazel\s+test\b|\bng\s+test\b|\bkarma\s+start\b/,
    kind: 'unit',
  },
];

/** Directories whose name is a kind of test. */
const TEST_DIR = /(?:^|\/)(e2e|integration|conformance|acceptance)(?:[-_]?tests?)?\//i;

interface Seen {
  refs: { path: string; line: number; rank: number }[];
  ci: Set<string>;
  when: Set<RunWhen>;
  makeTargets: Set<string>;
  dirs: Set<string>;
}

export const testKindsDetector = defineDetector({
  id: 'test-kinds',
  section: SECTION,
  reads: ['.github/workflows/*', 'other CI files', 'Makefile', 'test directories'],
  detect(snapshot) {
    const seen = new Map<TestKind, Seen>();
    const at = (k: TestKind): Seen => {
      let s = seen.get(k);
      if (!s) {
        s = { refs: [], ci: new Set(), when: new Set(), makeTargets: new Set(), dirs: new Set() };
        seen.set(k, s);
      }
      return s;
    };
    const sources = ciSourcesOf(snapshot);
    const record = (
      kinds: Set<TestKind>,
      path: string,
      line: number,
      reach: Reach,
      rank: number,
      targets: { name: string; kinds: Set<TestKind> }[],
    ): void => {
      for (const k of kinds) {
        const s = at(k);
        if (s.refs.length < 20) s.refs.push({ path, line, rank });
        for (const sys of reach.systems) s.ci.add(SYSTEM_NAMES.get(sys) ?? sys);
        for (const w of whenOf(reach)) s.when.add(w);
        for (const t of targets) if (s.makeTargets.size < 3 && t.kinds.has(k)) s.makeTargets.add(t.name);
      }
    };

    // GitHub workflows: workflow, job and step names, and what each step runs.
    for (const w of workflowsOf(snapshot).workflows) {
      const reach = sources.reachOf(w.path);
      if (reach.systems.size === 0) continue;
      const workflowKinds = kindsOfName(w.kind === 'workflow' ? (w.name ?? '') : '');
      for (const job of w.jobs) {
        const jobKinds = union(workflowKinds, kindsOfName(job.id), kindsOfName(job.name ?? ''));
        let cited = false;
        for (const step of job.steps) {
          if (!step.run) continue;
          const { kinds, targets } = kindsOfScript(step.run.text, sources.makefiles, snapshot);
          const stepKinds = union(kindsOfName(step.name ?? ''), kinds);
          // A job named for a kind cites its first step that runs something; a step cites itself.
          const all = cited ? stepKinds : union(jobKinds, stepKinds);
          if (all.size === 0) continue;
          record(all, w.path, step.run.firstLine, reach, stepKinds.size > 0 ? 0 : 1, targets);
          if (jobKinds.size > 0) cited = true;
        }
      }
    }

    // Other CI systems' lines.
    for (const line of sources.lines) {
      if (line.kind !== 'ci' || line.path.startsWith('.github/')) continue;
      const { kinds, targets } = kindsOfScript(line.text, sources.makefiles, snapshot);
      const all = union(kinds, kindsOfName(line.text));
      if (all.size > 0) record(all, line.path, line.line, line.reach, 2, targets);
    }

    // Test directories.
    for (const f of snapshot.files) {
      const m = TEST_DIR.exec(f.path);
      if (!m || notProject(f.path)) continue;
      const kind = TOKEN_KINDS[(m[1] as string).toLowerCase()];
      if (!kind) continue;
      const dir = f.path.slice(0, (m.index ?? 0) + m[0].length - 1).replace(/^\//, '');
      const s = at(kind);
      if (s.dirs.size < 2 && ![...s.dirs].some((d) => dir.startsWith(`${d}/`))) s.dirs.add(dir);
    }

    const facts: AnyFact[] = [];
    for (const kind of KIND_ORDER) {
      const s = seen.get(kind);
      if (!s) continue;
      const inCi = s.ci.size > 0;
      // A directory alone is a weak signal for unit tests (they sit next to the code); say nothing then.
      if (!inCi && s.dirs.size === 0) continue;
      const refs: Ref[] = [];
      const files = new Set<string>();
      for (const r of [...s.refs].sort((a, b) => a.rank - b.rank)) {
        if (refs.length >= 2 || files.has(r.path)) continue;
        files.add(r.path);
        refs.push(snapshot.ref(r.path, r.line));
      }
      for (const d of s.dirs) if (refs.length < 3) refs.push(snapshot.ref(d));
      facts.push({
        ...fact(
          'pipeline.tests',
          SECTION,
          {
            kind,
            ci: [...s.ci].sort(),
            when: RUN_WHEN_ORDER.filter((w) => s.when.has(w)),
            dirs: [...s.dirs],
            makeTargets: [...s.makeTargets],
          },
          refs,
          inCi ? 'observed' : 'inferred',
          kind,
        ),
        topic: TOPIC,
      });
    }
    return { facts, unknowns: [] };
  },
});

/** The test kinds a name says: "Unit test (ubuntu)", "test-e2e", "UTTEST", "TestEndToEnd". */
export function kindsOfName(name: string): Set<TestKind> {
  const out = new Set<TestKind>();
  if (!name) return out;
  const tokens = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const k = TOKEN_KINDS[tokens[i] as string];
    if (k) out.add(k);
    if (tokens[i] === 'end' && tokens[i + 1] === 'to' && tokens[i + 2] === 'end') out.add('e2e');
  }
  return out;
}

/** The kinds a script runs: its make targets (and the targets they depend on), its runners, its words. */
function kindsOfScript(
  text: string,
  makefiles: ReadonlyMap<string, Makefile>,
  snapshot: Snapshot,
): { kinds: Set<TestKind>; targets: { name: string; kinds: Set<TestKind> }[] } {
  const kinds = new Set<TestKind>();
  const targets: { name: string; kinds: Set<TestKind> }[] = [];
  for (const raw of text.split('\n').slice(0, 200)) {
    const line = raw.slice(0, 2_000);
    for (const call of makeCalls(line)) {
      const mk = makefileFor(call.dir, makefiles, snapshot);
      for (const t of call.targets) {
        const own = kindsOfName(t);
        if (mk) for (const dep of closure(mk, t)) for (const k of kindsOfName(dep)) own.add(k);
        targets.push({ name: t, kinds: own });
        for (const k of own) kinds.add(k);
      }
    }
    for (const r of RUNNERS) {
      if (!r.re.test(line)) continue;
      // A runner pointed at an e2e or integration path runs those, not unit tests.
      const named = kindsOfName(line.replace(/\bgo\s+test\b/, ''));
      if (r.kind === 'unit' && named.size > 0) for (const k of named) kinds.add(k);
      else kinds.add(r.kind);
      break;
    }
  }
  return { kinds, targets };
}

function makefileFor(
  dir: string | undefined,
  makefiles: ReadonlyMap<string, Makefile>,
  snapshot: Snapshot,
): Makefile | undefined {
  const base = dir ? `${dir.replace(/\/$/, '')}/` : '';
  for (const name of ['Makefile', 'GNUmakefile', 'makefile']) {
    const path = `${base}${name}`;
    const mk = makefiles.get(path);
    if (mk) return mk;
    if (snapshot.has(path)) return undefined;
  }
  return undefined;
}

/** Target names reachable through prerequisites (`test: unit acceptance`), a few levels deep. */
function closure(mk: Makefile, target: string): string[] {
  const out: string[] = [];
  const queue = [{ t: target, depth: 0 }];
  const seen = new Set([target]);
  while (queue.length > 0 && out.length < 50) {
    const { t, depth } = queue.shift() as { t: string; depth: number };
    const rule = mk.rules.get(t);
    if (!rule || depth >= 2) continue;
    for (const p of rule.prerequisites) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      queue.push({ t: p, depth: depth + 1 });
    }
  }
  return out;
}

function union<T>(...sets: Set<T>[]): Set<T> {
  const out = new Set<T>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}
