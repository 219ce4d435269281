// Overview › Actors: what the project deploys to Kubernetes, from its manifests and Helm charts (src/k8s):
// each workload (DaemonSet, Deployment, StatefulSet, CronJob, Job) with its service account and the sensitive
// permissions its role bindings grant (reading Secrets, wildcards, escalate/bind/impersonate, rewriting
// admission webhooks), and the admission webhook configurations. A document that does not parse (a Helm
// template beyond repair) is an unknown naming the file and line, never a crash.
import { MAX_WORKLOADS } from '../../catalogue/overview.js';
import { type AnyFact, fact, type Unknown } from '../../evidence/model.js';
import { isHelmTemplate, MANIFEST_LOOKED_IN, manifestsOf } from '../../k8s/manifests.js';
import { webhooksOf, workloadsOf } from '../../k8s/workloads.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actors' as const;
const TOPIC = 'Deployed to Kubernetes';
/** Webhook configurations named, at most. */
const MAX_WEBHOOK_CONFIGURATIONS = 4;
/** Parse problems reported, at most (one line each in the draft). */
const MAX_PROBLEMS = 1;

export const kubernetesWorkloadsDetector = defineDetector({
  id: 'kubernetes-workloads',
  section: SECTION,
  reads: MANIFEST_LOOKED_IN,
  detect(snapshot) {
    const scan = manifestsOf(snapshot);
    const { workloads, problems } = workloadsOf(snapshot);
    const facts: AnyFact[] = [];
    // Jobs are one-off helpers (upgrades, cleanup hooks): shown only while there is room.
    const shown = workloads.slice(0, MAX_WORKLOADS);
    for (const w of shown) {
      const o = w.object;
      const f = fact(
        'overview.workload',
        SECTION,
        {
          kind: o.kind,
          name: o.name,
          ...(o.namespace ? { namespace: o.namespace } : {}),
          ...(w.serviceAccount ? { serviceAccount: w.serviceAccount } : {}),
          grants: w.grants.map((g) => ({ label: g.label, clusterWide: g.clusterWide })),
          helm: o.helm,
          path: o.path,
        },
        [snapshot.ref(o.path, o.line), ...w.grants.slice(0, 2).map((g) => snapshot.ref(g.path, g.line))],
        'observed',
        `${o.kind}/${o.name}`,
      );
      f.topic = TOPIC;
      facts.push(f);
    }
    const webhooks = webhooksOf(snapshot);
    if (webhooks.length > 0) {
      const f = fact(
        'overview.webhooks',
        SECTION,
        {
          configurations: webhooks.slice(0, MAX_WEBHOOK_CONFIGURATIONS).map((w) => ({
            kind: w.object.kind,
            name: w.object.name,
            webhooks: w.webhooks,
          })),
        },
        webhooks.slice(0, 3).map((w) => snapshot.ref(w.object.path, w.object.line)),
        'observed',
      );
      f.topic = TOPIC;
      facts.push(f);
    }
    // Parse problems: the first few by name, the count of the rest in the last one's detail.
    // Plain manifests that do not parse come first (the human can act on them); Helm templates and unreadable
    // files after.
    const all = [...problems, ...scan.problems].sort(
      (a, b) => Number(isHelmTemplate(a.path)) - Number(isHelmTemplate(b.path)),
    );
    const unknowns: Unknown[] = all.slice(0, MAX_PROBLEMS).map((p, i) => {
      const rest = i === MAX_PROBLEMS - 1 ? all.length - MAX_PROBLEMS : 0;
      return {
        id: `overview.manifest:${p.path}${p.line ? `:${p.line}` : ''}`,
        section: SECTION,
        lookedFor: `Kubernetes objects in ${p.path}`,
        lookedIn: [p.path],
        // A Helm template is not YAML until rendered: its failure is recorded, not put to the human.
        reason: isHelmTemplate(p.path) ? 'skipped' : 'parse-error',
        detail: `${p.message}${p.line ? ` (line ${p.line})` : ''}${rest > 0 ? `; ${rest} more manifests did not parse` : ''}`,
      };
    });
    if (workloads.length > MAX_WORKLOADS) {
      unknowns.push({
        id: 'overview.workloads-capped',
        section: SECTION,
        lookedFor: 'every workload the manifests deploy',
        lookedIn: scan.files.slice(0, 5),
        reason: 'skipped',
        detail: `${workloads.length - MAX_WORKLOADS} more workloads not listed`,
      });
    }
    return { facts, unknowns };
  },
});
