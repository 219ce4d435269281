// Overview › Actors: the programs the repository builds, by the conventions of their languages: Go's
// `cmd/<name>/` folders (at the root or one level down: `cmd/cli/kubectl-kyverno/`), Rust's `src/bin/<name>.rs`.
// Each folder with a Go file is a program; a folder of folders is a group (cmd/cli/ holds kubectl-kyverno).
import { MAX_BINARIES } from '../../catalogue/overview.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actors' as const;
const TOPIC = 'Programs';
/** Folders under cmd/ that hold shared code, not a program. */
const NOT_PROGRAM =
  /^(?:internal|pkg|common|util|utils|lib|shared|testing|test|tests|e2e|tools?|hack|docs?)$/i;

export const binariesDetector = defineDetector({
  id: 'binaries',
  section: SECTION,
  reads: ['cmd/*/**/*.go', '*/cmd/*/**/*.go', 'src/bin/*.rs'],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    // Go: the folder under cmd/ whose files include a `main.go` (or any .go file at its top).
    const programs = new Map<string, { name: string; path: string }[]>();
    for (const f of snapshot.glob(['cmd/**/*.go', '*/cmd/**/*.go'])) {
      if (/_test\.go$/.test(f.path)) continue;
      const m = /^((?:[^/]+\/)?cmd)\/((?:[^/]+\/)?[^/]+)\/[^/]+\.go$/.exec(f.path);
      if (!m) continue;
      const dir = m[1] as string;
      const rel = m[2] as string;
      const parts = rel.split('/');
      if (parts.some((p) => NOT_PROGRAM.test(p))) continue;
      // cmd/cli/kubectl-kyverno/main.go is the program kubectl-kyverno; cmd/foo/bar.go is foo.
      if (parts.length === 2 && !/\/main\.go$/.test(f.path)) continue;
      const name = parts.at(-1) as string;
      const list = programs.get(dir) ?? [];
      if (!list.some((p) => p.name === name)) list.push({ name, path: f.path });
      // A folder that is a program's parent (cmd/cli) is not a program itself.
      if (parts.length === 2) {
        const at = list.findIndex(
          (p) => p.name === parts[0] && p.path.split('/').length === f.path.split('/').length - 1,
        );
        if (at >= 0) list.splice(at, 1);
      }
      programs.set(dir, list);
    }
    for (const [dir, list] of [...programs.entries()].sort((a, b) => a[0].length - b[0].length).slice(0, 2)) {
      const sorted = list.sort((a, b) => (a.name < b.name ? -1 : 1));
      const f = fact(
        'overview.binaries',
        SECTION,
        { names: sorted.slice(0, MAX_BINARIES).map((p) => p.name), total: sorted.length, dir: `${dir}/` },
        sorted.slice(0, 3).map((p) => snapshot.ref(p.path)),
        'observed',
        dir,
      );
      f.topic = TOPIC;
      facts.push(f);
    }
    const rust = snapshot.glob('src/bin/*.rs');
    if (rust.length > 0) {
      const names = rust.map((f) => (f.path.split('/').pop() as string).replace(/\.rs$/, ''));
      const f = fact(
        'overview.binaries',
        SECTION,
        { names: names.slice(0, MAX_BINARIES), total: names.length, dir: 'src/bin/' },
        rust.slice(0, 3).map((r) => snapshot.ref(r.path)),
        'observed',
        'src/bin',
      );
      f.topic = TOPIC;
      facts.push(f);
    }
    return { facts, unknowns: [] };
  },
});
