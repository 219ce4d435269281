import { describe, expect, it } from 'vitest';
import { customResourcesDetector } from '../../src/detectors/overview/custom-resources.js';
import { kubernetesWorkloadsDetector } from '../../src/detectors/overview/kubernetes-workloads.js';
import { nameFromPath, neutraliseTemplates, scanObjects } from '../../src/k8s/manifests.js';
import { plainRbacRules } from '../../src/k8s/rbac-rules.js';
import { rulesOfTree } from '../../src/k8s/workloads.js';
import { statementOf } from '../../src/render/wording.js';
import { parseYaml, type YNode } from '../../src/yaml/parse.js';
import { detectOn } from '../helpers/detect.js';

const BUNDLE = `---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.crd.example.io
spec:
  group: crd.example.io
  versions:
    - name: v1
      schema:
        openAPIV3Schema:
          properties:
            kind:
              type: string
            group:
              type: string
  scope: Cluster
  names:
    plural: widgets
    kind: Widget
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: example-controller
  namespace: kube-system
---
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: example-controller
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "watch", "list"]
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["validatingwebhookconfigurations"]
    verbs: ["update"]
---
kind: ClusterRoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata:
  name: example-controller
roleRef:
  kind: ClusterRole
  name: example-controller
subjects:
  - kind: ServiceAccount
    name: example-controller
    namespace: kube-system
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    name: not-the-name
  name: example-controller
  namespace: kube-system
spec:
  template:
    spec:
      serviceAccountName: example-controller
      containers:
        - name: controller
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: validator.example.io
webhooks:
  - name: a.example.io
    clientConfig:
      service: { name: example-controller, namespace: kube-system }
  - clientConfig:
      service: { name: example-controller, namespace: kube-system }
    name: b.example.io
`;

const CHART_DEPLOYMENT = `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ template "example.admission.name" . }}
  labels:
    {{- include "example.labels" . | nindent 4 }}
spec:
  template:
    spec:
      serviceAccountName: {{ template "example.admission.serviceAccountName" . }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
`;

describe('kubernetes manifests', () => {
  it('finds workloads, their service accounts and sensitive grants, and webhooks', async () => {
    const r = await detectOn(kubernetesWorkloadsDetector, { 'build/yamls/example.yml': BUNDLE });
    expect(r.facts.map(statementOf)).toEqual([
      'Deployment `example-controller` in namespace `kube-system`, service account `example-controller`; its roles grant: reads Secrets (cluster-wide), changes admission webhook configurations (validatingwebhookconfigurations, mutatingwebhookconfigurations) (cluster-wide).',
      'Admission webhooks: ValidatingWebhookConfiguration `validator.example.io` (2 webhooks).',
    ]);
    expect(r.facts[0]?.refs[0]).toMatchObject({
      path: 'build/yamls/example.yml',
      line: BUNDLE.split('\n').indexOf('kind: Deployment') + 1,
    });
  });

  it('reads a Helm template: names from its folder, template lines blanked', async () => {
    const r = await detectOn(kubernetesWorkloadsDetector, {
      'charts/widget/templates/admission/deployment.yaml': CHART_DEPLOYMENT,
      'charts/widget/templates/admission/clusterrole.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: {{ template "x" . }}\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n',
      'charts/widget/templates/admission/binding.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: {{ template "x" . }}\nroleRef:\n  kind: ClusterRole\n  name: {{ template "x" . }}\nsubjects:\n  - kind: ServiceAccount\n    name: {{ template "sa" . }}\n',
      'charts/widget/templates/hooks/job.yaml':
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\n  annotations:\n    helm.sh/hook: post-upgrade\n',
      'charts/widget/values.yaml': 'kind: Deployment\n',
    });
    expect(r.facts.map(statementOf)).toEqual([
      'Deployment `admission` (Helm chart), service account `admission`; its roles grant: all verbs on all resources (cluster-wide).',
    ]);
  });

  it('groups custom resources by API group, leaving out other projects shipped for tooling', async () => {
    const r = await detectOn(customResourcesDetector, {
      'build/yamls/example.yml': BUNDLE,
      'config/crds/crd.example.io_gadgets.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gadgets.crd.example.io\nspec:\n  group: crd.example.io\n  names:\n    kind: Gadget\n    plural: gadgets\n  scope: Namespaced\n',
      'k8s/olm/crds.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: subs.operators.coreos.com\nspec:\n  group: operators.coreos.com\n  names:\n    kind: Subscription\n  scope: Namespaced\n',
      'test/e2e/crd.yaml':
        'kind: CustomResourceDefinition\nmetadata:\n  name: t.test.io\nspec:\n  group: test.io\n  names:\n    kind: T\n',
    });
    expect(r.facts.map(statementOf)).toEqual([
      'Custom resources in `crd.example.io` (2 kinds, 1 cluster-scoped): Widget and Gadget.',
    ]);
  });

  it("keeps a catalogued project's own API groups in that project's repository (named with a version suffix)", async () => {
    const crd =
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: servers.policy.linkerd.io\nspec:\n  group: policy.linkerd.io\n  names:\n    kind: Server\n  scope: Namespaced\n';
    const files = { 'charts/linkerd-crds/templates/policy/server.yaml': crd };
    const own = await detectOn(customResourcesDetector, files, (repo) =>
      repo.git('remote', 'add', 'origin', 'https://github.com/linkerd/linkerd2.git'),
    );
    expect(own.facts.map(statementOf)).toEqual([
      'Custom resources in `policy.linkerd.io` (1 kind, namespaced): Server.',
    ]);
    const other = await detectOn(customResourcesDetector, files, (repo) =>
      repo.git('remote', 'add', 'origin', 'https://github.com/acme/mesh-addon.git'),
    );
    expect(other.facts).toEqual([]);
  });

  it('finds nothing in a repository without manifests', async () => {
    const r = await detectOn(kubernetesWorkloadsDetector, {
      'README.md': '# X\n',
      'config/app.yaml': 'a: 1\n',
    });
    expect(r.facts).toEqual([]);
  });

  it('helpers: names from paths, template neutralising keeps lines', () => {
    expect(nameFromPath('charts/x/templates/reports-controller/deployment.yaml')).toBe('reports-controller');
    expect(nameFromPath('charts/x/templates/webhook.yaml')).toBe('x');
    expect(nameFromPath('charts/x/templates/controller-deployment.yaml')).toBe('controller-deployment');
    const out = neutraliseTemplates('a: {{ .x }}\n{{- if y }}\nb: 1\n');
    expect(out.split('\n')).toEqual(['a: TEMPLATED', '', 'b: 1', '']);
    expect(
      scanObjects('deploy/x.yaml', 'kind: Service\n---\nkind: DaemonSet\nmetadata:\n  name: d\n'),
    ).toMatchObject([{ kind: 'DaemonSet', name: 'd', line: 3 }]);
  });
});

describe('plain RBAC rules', () => {
  const parsed = (text: string) => {
    const r = parseYaml('role.yaml', text);
    if (!r.ok) throw new Error(r.problem.message);
    return rulesOfTree(r.file.documents[0] as YNode);
  };
  const ROLE = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n';
  it.each([
    [
      'block lists, items indented',
      `${ROLE}rules:\n  - apiGroups:\n      - ""\n    resources:\n      - secrets\n    verbs:\n      - get\n      - list\n`,
    ],
    [
      'flow lists, items at column 0',
      `${ROLE}rules:\n- apiGroups: [""]\n  resources: ["secrets", 'pods/exec']\n  verbs: [get, "*"]\n- apiGroups: ["crd.example.io"]\n  resources: ["widgets"]\n  verbs: []\n`,
    ],
    [
      'block lists at the key indentation, comments between',
      `${ROLE}rules:\n# read secrets\n- apiGroups:\n  - ""\n  resources:\n  - secrets\n  resourceNames:\n  - one\n  verbs:\n  - watch\naggregationRule: {}\n`,
    ],
    ['no rules', `${ROLE}`],
    ['empty rules', `${ROLE}rules: []\n`],
  ])('reads %s as the parser does', (_name, text) => {
    const plain = plainRbacRules(text, 1);
    expect(plain).toBeDefined();
    expect(plain).toEqual(parsed(text));
  });

  it.each([
    ['an anchor', `${ROLE}rules:\n- apiGroups: [""]\n  resources: &r ["secrets"]\n  verbs: ["get"]\n`],
    ['an alias', `${ROLE}rules:\n- apiGroups: [""]\n  resources: *r\n`],
    ['a multi-line flow list', `${ROLE}rules:\n- apiGroups: [""]\n  resources: ["secrets",\n    "pods"]\n`],
    ['a comment after a value', `${ROLE}rules:\n- apiGroups: [""] # core\n`],
    ['a quoted value with a comma', `${ROLE}rules:\n- resources: ["a,b"]\n`],
    ['an escaped quote', `${ROLE}rules:\n- resources: ["a\\\\"b"]\n`],
    ['a flow map', `${ROLE}rules:\n- {apiGroups: [""], resources: ["secrets"], verbs: ["get"]}\n`],
    ['a tab', `${ROLE}rules:\n-\tapiGroups: [""]\n`],
  ])('leaves %s to the parser', (_name, text) => {
    expect(plainRbacRules(text, 1)).toBeUndefined();
  });
});
