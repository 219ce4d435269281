// Development pipeline: client-side git hooks a contributor is asked to install — a hook manager's
// configuration (pre-commit, Lefthook, Husky, Overcommit) or a directory of hook scripts (a pre-commit or
// pre-push file in a hooks directory), cited where the contribution documents point to it when they do.
import picomatch from 'picomatch';
import { NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import { GIT_HOOK_NAMES, HOOK_MANAGERS } from '../../catalogue/pipeline-contribution.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { contributionDocs } from '../../text/paths.js';
import { asMap, get, list, rootMap, str, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'Code review and contribution';
const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });

export const clientHooksDetector = defineDetector({
  id: 'client-hooks',
  section: SECTION,
  reads: [...HOOK_MANAGERS.flatMap((m) => m.files), '**/*hooks*/pre-commit', 'CONTRIBUTING.md'],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    for (const manager of HOOK_MANAGERS) {
      const path = manager.files.find((p) => snapshot.has(p));
      if (!path) continue;
      const hooks = hooksOf(snapshot, manager.name, path);
      const mechanism = manager.name === 'pre-commit' ? 'the pre-commit framework' : manager.name;
      const where = manager.name === 'Husky' ? '.husky' : path;
      facts.push({
        ...fact(
          'pipeline.client-hooks',
          SECTION,
          { mechanism, path: where, hooks },
          [snapshot.ref(path, 1)],
          'observed',
          manager.name,
        ),
        topic: TOPIC,
      });
    }
    // Hook scripts kept in the repository (hack/git-hooks/pre-commit, .githooks/pre-push...).
    const dirs = new Map<string, string[]>();
    for (const f of snapshot.files) {
      const slash = f.path.lastIndexOf('/');
      if (slash < 0) continue;
      const dir = f.path.slice(0, slash);
      const base = f.path.slice(slash + 1).replace(/\.(sh|bash|py)$/, '');
      if (!GIT_HOOK_NAMES.has(base) || !/hook/i.test(dir) || dir.startsWith('.husky') || notProject(f.path))
        continue;
      const list = dirs.get(dir) ?? [];
      list.push(base);
      dirs.set(dir, list);
    }
    for (const [dir, hooks] of [...dirs].slice(0, 2)) {
      const mention = mentionOf(snapshot, dir);
      const refs: Ref[] = mention ? [mention] : [];
      refs.push(snapshot.ref(`${dir}/${hooks[0]}`));
      facts.push({
        ...fact(
          'pipeline.client-hooks',
          SECTION,
          { mechanism: 'hook scripts', path: dir, hooks: [...new Set(hooks)].sort() },
          refs,
          mention ? 'stated' : 'observed',
          dir,
        ),
        topic: TOPIC,
      });
    }
    return { facts, unknowns: [] };
  },
});

function hooksOf(snapshot: Snapshot, manager: string, path: string): string[] {
  if (manager === 'Husky') {
    return (
      HOOK_MANAGERS.find((m) => m.name === 'Husky')
        ?.files.filter((p) => snapshot.has(p))
        .map((p) => p.slice('.husky/'.length)) ?? []
    );
  }
  const result = yamlOf(snapshot, path);
  if (!result?.ok) return [];
  const root = rootMap(result.file);
  if (manager === 'pre-commit') {
    const ids: string[] = [];
    for (const repo of list(get(root, 'repos'))) {
      for (const hook of list(get(repo, 'hooks'))) {
        const id = str(get(hook, 'id'));
        if (id && !ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }
  return (asMap(root)?.entries ?? [])
    .map((e) => e.key)
    .filter((k) => k.includes('-') && /commit|push|merge|checkout|rebase/.test(k));
}

/** Where the contribution documents point to the hooks directory (the first line naming it). */
function mentionOf(snapshot: Snapshot, dir: string): Ref | undefined {
  const leaf = dir.slice(dir.lastIndexOf('/') + 1);
  for (const path of contributionDocs(snapshot)) {
    const text = snapshot.read(path);
    if (text === undefined || !text.includes(leaf)) continue;
    const lines = text.split('\n');
    const exact = lines.findIndex((l) => l.includes(dir));
    const i = exact >= 0 ? exact : lines.findIndex((l) => l.includes(leaf));
    if (i >= 0) return snapshot.ref(path, i + 1);
  }
  return undefined;
}
