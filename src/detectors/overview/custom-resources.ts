// Overview › Actors: the custom resources the project defines (CustomResourceDefinitions in its manifests,
// CRD folders and Helm charts), grouped by API group with their kinds and scope. Groups of other projects
// that a repository ships for its own tooling (OLM, cert-manager, Prow...) are left out (EXTERNAL_CRD_GROUPS),
// unless the group carries the repository's own name.
import { EXTERNAL_CRD_GROUPS, MAX_CRD_GROUPS, MAX_CRD_KINDS_PER_GROUP } from '../../catalogue/overview.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { MANIFEST_LOOKED_IN } from '../../k8s/manifests.js';
import { crdsOf } from '../../k8s/workloads.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actors' as const;
const TOPIC = 'Custom resources';

interface Group {
  group: string;
  kinds: string[];
  namespaced: number;
  cluster: number;
  refs: Ref[];
}

export const customResourcesDetector = defineDetector({
  id: 'custom-resources',
  section: SECTION,
  reads: MANIFEST_LOOKED_IN,
  detect(snapshot) {
    const own = ownNames(snapshot);
    const groups = new Map<string, Group>();
    for (const o of crdsOf(snapshot)) {
      const { group, kind, scope } = o.crd;
      if (EXTERNAL_CRD_GROUPS.some((r) => r.test(group)) && !own.some((n) => group.includes(n))) continue;
      const g = groups.get(group) ?? { group, kinds: [], namespaced: 0, cluster: 0, refs: [] };
      if (g.kinds.includes(kind)) continue;
      g.kinds.push(kind);
      if (scope === 'Cluster') g.cluster++;
      else g.namespaced++;
      if (g.refs.length < 2) g.refs.push(snapshot.ref(o.path, o.line));
      groups.set(group, g);
    }
    // Most kinds first: the project's main API group leads.
    const ordered = [...groups.values()].sort(
      (a, b) => b.kinds.length - a.kinds.length || (a.group < b.group ? -1 : 1),
    );
    const facts: AnyFact[] = ordered.slice(0, MAX_CRD_GROUPS).map((g) => {
      const f = fact(
        'overview.crd-group',
        SECTION,
        {
          group: g.group,
          kinds: g.kinds.slice(0, MAX_CRD_KINDS_PER_GROUP),
          total: g.kinds.length,
          namespaced: g.namespaced,
          cluster: g.cluster,
        },
        g.refs,
        'observed',
        g.group,
      );
      f.topic = TOPIC;
      return f;
    });
    return { facts, unknowns: [] };
  },
});

/**
 * The repository's own names, lower case: its name from the forge identity or the folder, that name without a
 * version suffix ("linkerd2" → "linkerd"), and the forge owner ("linkerd/linkerd2"), since API groups are
 * usually named after the project or its organisation.
 */
function ownNames(snapshot: Snapshot): string[] {
  const [owner, repo] = snapshot.identity.repo?.split('/') ?? [undefined, undefined];
  const name = (repo ?? snapshot.root.split('/').pop() ?? '').toLowerCase().replace(/@.*$/, '');
  const names = [name, name.replace(/[-_.]?v?\d+$/, ''), owner?.toLowerCase() ?? ''];
  return [...new Set(names)].filter((n) => n.length >= 3);
}
