// The components a repository deploys to Kubernetes: each workload (Deployment, DaemonSet, StatefulSet, Job,
// CronJob) with its service account and the sensitive permissions that account is granted through role
// bindings (SENSITIVE_GRANTS), plus admission webhook configurations and custom resource definitions.
//
// API: workloadsOf(snapshot), webhooksOf(snapshot), crdsOf(snapshot). All built on manifestsOf (one scan,
// cached) and documentOf (small documents parsed on demand). A document that does not parse is a problem in
// the result, never an exception.
import { SENSITIVE_GRANTS, WORKLOAD_KINDS } from '../catalogue/overview.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { get, list, str, type YNode } from '../yaml/parse.js';
import {
  documentOf,
  type ManifestObject,
  type ManifestProblem,
  manifestsOf,
  nameFromPath,
} from './manifests.js';
import { plainRbacRules, type RbacRule } from './rbac-rules.js';

export interface Grant {
  /** The SENSITIVE_GRANTS label ("reads Secrets"). */
  label: string;
  /** A ClusterRole bound by a ClusterRoleBinding: the grant holds in every namespace. */
  clusterWide: boolean;
  /** The role that grants it, as `Kind/name`. */
  role: string;
  path: string;
  line: number;
}

export interface Workload {
  object: ManifestObject;
  serviceAccount?: string;
  /** Sensitive grants of the service account, one per label (cluster-wide ones first). */
  grants: Grant[];
}

export interface WorkloadScan {
  workloads: Workload[];
  problems: ManifestProblem[];
}

const WORKLOAD_ORDER: readonly string[] = WORKLOAD_KINDS;

/** Workloads in order of kind (DaemonSet, Deployment, StatefulSet, CronJob, Job), then file order. */
export function workloadsOf(snapshot: Snapshot): WorkloadScan {
  const scan = manifestsOf(snapshot);
  const problems: ManifestProblem[] = [];
  const tree = (o: ManifestObject): YNode | undefined => {
    const d = documentOf(o);
    if (d.ok) return d.node;
    problems.push(d.problem);
    return undefined;
  };
  // Workloads and their accounts by a line scan: parsing every pod spec costs more than the whole draft may.
  const workloads: Workload[] = [];
  const shown = new Set<string>();
  for (const o of scan.objects) {
    if (!WORKLOAD_ORDER.includes(o.kind)) continue;
    // Helm hooks are install-time helpers (upgrades, cleanup before delete), not parts of the running system.
    if (/^[ \t]+["']?helm\.sh\/hook["']?:/m.test(o.source.text)) continue;
    // Templated names derived from one folder would repeat: one line per kind and name.
    if (shown.has(`${o.kind}/${o.name}`)) continue;
    shown.add(`${o.kind}/${o.name}`);
    const declared = SERVICE_ACCOUNT_LINE.exec(o.source.text)?.[1];
    const serviceAccount = resolvedName(
      declared?.includes('{{') ? 'TEMPLATED' : declared || 'default',
      o.path,
    );
    workloads.push({ object: o, serviceAccount, grants: [] });
  }
  const accounts = new Set(workloads.map((w) => w.serviceAccount));
  // Bindings whose subjects include one of those accounts, then only the roles they bind.
  const bound: { binding: ManifestObject; role: string; accounts: string[] }[] = [];
  for (const o of scan.objects) {
    if (o.kind !== 'ClusterRoleBinding' && o.kind !== 'RoleBinding') continue;
    // A rendered binding that names none of the workloads' accounts binds none of them: no parse needed.
    // (A Helm template's subject may be templated and resolve to a name derived from its path.)
    if (!o.helm && ![...accounts].some((a) => a !== undefined && o.source.text.includes(a))) continue;
    const node = tree(o);
    if (!node) continue;
    const roleRef = get(node, 'roleRef');
    const roleKind = str(get(roleRef, 'kind')) ?? 'ClusterRole';
    const roleName = resolvedName(str(get(roleRef, 'name')), o.path);
    const subjects = list(get(node, 'subjects'))
      .filter((x) => str(get(x, 'kind')) === 'ServiceAccount')
      .map((x) => resolvedName(str(get(x, 'name')), o.path))
      .filter((a) => accounts.has(a));
    if (subjects.length) bound.push({ binding: o, role: `${roleKind}/${roleName}`, accounts: subjects });
  }
  const wanted = new Set(bound.map((b) => b.role));
  const roleGrants = new Map<string, { label: string; path: string; line: number }[]>();
  for (const o of scan.objects) {
    if (o.kind !== 'ClusterRole' && o.kind !== 'Role') continue;
    const key = `${o.kind}/${o.name}`;
    if (!wanted.has(key) || roleGrants.has(key)) continue;
    // A role that names no sensitive resource or verb needs no parse.
    if (!MAYBE_SENSITIVE.test(o.source.text)) {
      roleGrants.set(key, []);
      continue;
    }
    // Rendered roles are read by lines (src/k8s/rbac-rules.ts); Helm templates and unusual shapes are parsed.
    const plain = o.helm ? undefined : plainRbacRules(o.source.text, o.source.startLine);
    if (plain) {
      roleGrants.set(key, sensitiveGrants(plain, o));
      continue;
    }
    const node = tree(o);
    if (node) roleGrants.set(key, sensitiveGrants(rulesOfTree(node), o));
  }
  const byAccount = new Map<string, Grant[]>();
  for (const b of bound) {
    const grants = roleGrants.get(b.role) ?? [];
    const clusterWide = b.binding.kind === 'ClusterRoleBinding' && b.role.startsWith('ClusterRole/');
    for (const account of b.accounts) {
      const mine = byAccount.get(account) ?? [];
      for (const g of grants) {
        const known = mine.find((m) => m.label === g.label);
        if (known) {
          if (clusterWide && !known.clusterWide) Object.assign(known, { clusterWide, role: b.role });
          continue;
        }
        mine.push({ ...g, clusterWide, role: b.role });
      }
      byAccount.set(account, mine);
    }
  }
  for (const w of workloads) {
    w.grants = [...(byAccount.get(w.serviceAccount ?? '') ?? [])].sort(
      (a, b) => Number(b.clusterWide) - Number(a.clusterWide),
    );
  }
  workloads.sort((a, b) => WORKLOAD_ORDER.indexOf(a.object.kind) - WORKLOAD_ORDER.indexOf(b.object.kind));
  return { workloads, problems };
}

/** A pod spec's `serviceAccountName:` (or the older `serviceAccount:`), read from its line. */
const SERVICE_ACCOUNT_LINE = /^[ \t]+serviceAccount(?:Name)?:[ \t]*["']?([^"'#\s]+(?:[^"'#\n]*\}\})?)/m;
/** Words any SENSITIVE_GRANTS rule or wildcard needs in a role's text. */
const MAYBE_SENSITIVE = /secrets|\*|escalate|bind|impersonate|webhookconfigurations|exec|proxy|token/;

export interface WebhookConfiguration {
  object: ManifestObject;
  /** How many webhooks it declares. */
  webhooks: number;
}

/**
 * Validating and mutating admission webhook configurations the manifests declare. Counted, not parsed: every
 * webhook has exactly one (required) `clientConfig:`, and a configuration holds nothing else with that key;
 * parsing a 12-webhook configuration costs more than the rest of this reader.
 */
export function webhooksOf(snapshot: Snapshot): WebhookConfiguration[] {
  return manifestsOf(snapshot)
    .objects.filter(
      (o) => o.kind === 'ValidatingWebhookConfiguration' || o.kind === 'MutatingWebhookConfiguration',
    )
    .map((object) => ({ object, webhooks: object.source.text.match(CLIENT_CONFIG_LINE)?.length ?? 0 }));
}

const CLIENT_CONFIG_LINE = /^[ \t]*(?:-[ \t]+)?clientConfig:/gm;

/** Custom resource definitions (from the line scan), in file order. */
export function crdsOf(snapshot: Snapshot): (ManifestObject & { crd: NonNullable<ManifestObject['crd']> })[] {
  return manifestsOf(snapshot).objects.filter(
    (o): o is ManifestObject & { crd: NonNullable<ManifestObject['crd']> } => o.crd !== undefined,
  );
}

/** A name as written, or the path-derived name when it is a template expression. */
function resolvedName(name: string | undefined, path: string): string {
  if (!name || name.includes('TEMPLATED')) return nameFromPath(path);
  return name;
}

/** A parsed role's rules. */
export function rulesOfTree(role: YNode): RbacRule[] {
  return list(get(role, 'rules')).map((rule) => ({
    apiGroups: list(get(rule, 'apiGroups')).map((g) => str(g) ?? ''),
    resources: list(get(rule, 'resources')).map((r) => str(r) ?? ''),
    verbs: list(get(rule, 'verbs')).map((v) => str(v) ?? ''),
    line: rule.line,
  }));
}

/** The SENSITIVE_GRANTS labels a role's rules match, each once, with the rule's line. */
function sensitiveGrants(
  rules: RbacRule[],
  o: ManifestObject,
): { label: string; path: string; line: number }[] {
  const out: { label: string; path: string; line: number }[] = [];
  for (const rule of rules) {
    const resources = rule.resources.map((r) => r.toLowerCase());
    const verbs = rule.verbs.map((v) => v.toLowerCase());
    const groups = rule.apiGroups;
    if (resources.includes('*') && verbs.includes('*') && groups.includes('*')) {
      if (!out.some((g) => g.label === 'all verbs on all resources'))
        out.push({ label: 'all verbs on all resources', path: o.path, line: rule.line });
      continue;
    }
    for (const grant of SENSITIVE_GRANTS) {
      if (out.some((g) => g.label === grant.label)) continue;
      const resource = resources.some((r) => r === '*' || grant.resources.includes(r));
      const verb = verbs.some((v) => v === '*' || grant.verbs.includes(v));
      if (resource && verb) out.push({ label: grant.label, path: o.path, line: rule.line });
    }
  }
  return out;
}
