import { describe, expect, it } from 'vitest';
import { helmChartsDetector } from '../../src/detectors/ecosystem/helm-charts.js';
import {
  integrationsDetector,
  type ManifestObject,
  scanManifest,
} from '../../src/detectors/ecosystem/integrations.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

const GO_MOD = [
  'module github.com/acme/netplug',
  '',
  'go 1.22',
  '',
  'require (',
  '\tgithub.com/containernetworking/cni v1.1.2',
  '\tgithub.com/prometheus/client_golang v1.19.0',
  '\tk8s.io/client-go v0.30.0',
  '\tgo.opentelemetry.io/otel v1.24.0 // indirect',
  ')',
  '',
  'require github.com/spiffe/go-spiffe/v2 v2.1.7',
].join('\n');

const DEPLOY = [
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: netplug-agent',
  'spec:',
  '  template:',
  '    spec:',
  '      serviceAccountName: netplug',
  '---',
  'apiVersion: admissionregistration.k8s.io/v1',
  'kind: ValidatingWebhookConfiguration',
  'metadata:',
  '  name: netplug-webhook',
  '---',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRoleBinding',
  'subjects:',
  '- kind: ServiceAccount',
  '  name: netplug',
].join('\n');

const CRDS = ['policies', 'tiers', 'egresses']
  .map((p) =>
    [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      `  name: ${p}.crd.netplug.io`,
      'spec:',
      '  group: crd.netplug.io',
      '  names:',
      '    kind: Policy',
    ].join('\n'),
  )
  .join('\n---\n');

function byId(facts: AnyFact[], id: string): AnyFact | undefined {
  return facts.find((f) => f.kind === 'ecosystem.integration' && f.value.id === id);
}

describe('integrations', () => {
  it('finds interfaces from manifests, shipped files and direct dependencies, strongest evidence first', async () => {
    const r = await detectOn(integrationsDetector, {
      'go.mod': GO_MOD,
      'deploy/netplug.yaml': DEPLOY,
      'deploy/crds.yaml': CRDS,
      'build/conf/10-netplug.conflist': '{"cniVersion": "1.0.0", "name": "netplug", "plugins": []}',
      'docs/prometheus-integration.md': '# Prometheus integration\n',
      'README.md': '# Netplug\n\nNetplug implements the Container Network Interface.\n',
    });
    // The CNI configuration file outranks the CNI dependency and the README sentence.
    const cni = byId(r.facts, 'cni');
    expect(cni?.value).toMatchObject({
      evidence: { type: 'file', path: 'build/conf/10-netplug.conflist' },
    });
    expect(byId(r.facts, 'admission-webhooks')?.value).toMatchObject({
      evidence: { type: 'objects', objects: ['ValidatingWebhookConfiguration'], path: 'deploy/netplug.yaml' },
    });
    expect(byId(r.facts, 'admission-webhooks')?.refs[0]).toMatchObject({
      path: 'deploy/netplug.yaml',
      line: 11,
    });
    const prom = byId(r.facts, 'prometheus');
    expect(prom?.value).toMatchObject({
      evidence: { type: 'dependency', name: 'github.com/prometheus/client_golang' },
      doc: 'docs/prometheus-integration.md',
    });
    expect(prom?.refs[0]).toMatchObject({ path: 'go.mod', line: 7 });
    // A single-line require counts; an indirect dependency does not.
    expect(byId(r.facts, 'spiffe')?.value).toMatchObject({
      evidence: { name: 'github.com/spiffe/go-spiffe/v2' },
    });
    expect(byId(r.facts, 'opentelemetry')).toBeUndefined();
    const k8s = r.facts.find((f) => f.kind === 'ecosystem.kubernetes');
    expect(k8s?.value).toEqual({
      workloads: ['DaemonSet'],
      manifest: 'deploy/netplug.yaml',
      client: 'k8s.io/client-go',
      clientPath: 'go.mod',
    });
    const crds = r.facts.find((f) => f.kind === 'ecosystem.crds');
    expect(crds?.value).toEqual({ count: 3, groups: ['crd.netplug.io'], path: 'deploy/crds.yaml' });
    expect(statementOf(crds as AnyFact)).toBe(
      'Kubernetes API extensions: 3 CustomResourceDefinitions in the API group crd.netplug.io.',
    );
    expect(statementOf(prom as AnyFact)).toBe(
      'Prometheus metrics: depends on github.com/prometheus/client_golang; see docs/prometheus-integration.md.',
    );
    expect(r.unknowns).toEqual([]);
  });

  it('names all-in-one installation manifests by file name, even over the read cap', async () => {
    const big = `apiVersion: apps/v1\nkind: Deployment\n${'# padding\n'.repeat(120_000)}`;
    const r = await detectOn(integrationsDetector, {
      'config/install-latest.yaml': big,
      'charts/x/templates/install.yaml': 'kind: ConfigMap\n',
      'test/install.yaml': 'kind: Job\n',
    });
    expect(r.facts.find((f) => f.kind === 'ecosystem.kubernetes')?.value).toEqual({
      workloads: [],
      installManifests: ['config/install-latest.yaml'],
    });
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Kubernetes: installation manifests config/install-latest.yaml.',
    );
  });

  it('leaves out tests, examples, vendored code and tooling modules', async () => {
    const r = await detectOn(integrationsDetector, {
      'test/e2e/monitor.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\n',
      'examples/gw.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\n',
      'vendor/github.com/x/y/go.mod': 'module x\n\nrequire github.com/prometheus/client_golang v1.0.0\n',
      'hack/tools/go.mod': 'module tools\n\nrequire github.com/aws/aws-sdk-go v1.0.0\n',
      'README.md': '# Tool\n\nA small command line tool.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns.map((u) => u.id)).toEqual(['ecosystem.integrations']);
  });

  it('reads npm, Python, Cargo and Maven dependencies', async () => {
    const r = await detectOn(integrationsDetector, {
      'web/package.json': JSON.stringify(
        { dependencies: { '@opentelemetry/api': '1.0.0' }, devDependencies: { 'prom-client': '1' } },
        null,
        2,
      ),
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "boto3>=1.0",\n  "requests",\n]\n',
      'agent/Cargo.toml': '[package]\nname = "agent"\n\n[dependencies]\nkube = "0.90"\nserde = "1"\n',
      'server/pom.xml':
        '<project><dependencies><dependency>\n<groupId>io.cloudevents</groupId>\n<artifactId>cloudevents-core</artifactId>\n</dependency></dependencies></project>',
    });
    expect(byId(r.facts, 'opentelemetry')?.value).toMatchObject({ evidence: { name: '@opentelemetry/api' } });
    // devDependencies are tools of the project's own development.
    expect(byId(r.facts, 'prometheus')).toBeUndefined();
    expect(byId(r.facts, 'aws')?.value).toMatchObject({
      evidence: { name: 'boto3', path: 'pyproject.toml' },
    });
    expect(byId(r.facts, 'cloudevents')?.value).toMatchObject({
      evidence: { name: 'io.cloudevents:cloudevents-core' },
    });
    expect(r.facts.find((f) => f.kind === 'ecosystem.kubernetes')?.value).toMatchObject({ client: 'kube' });
  });

  it('falls back to a documentation page, then to a README sentence', async () => {
    const r = await detectOn(integrationsDetector, {
      'docs/integrations/opentelemetry.md': '# Tracing\n',
      'README.md': '# Mesh\n\nMesh configures Envoy proxies through xDS.\n',
    });
    expect(byId(r.facts, 'opentelemetry')?.value).toMatchObject({
      evidence: { type: 'doc', path: 'docs/integrations/opentelemetry.md' },
    });
    expect(byId(r.facts, 'envoy')?.value).toMatchObject({ evidence: { type: 'mention', path: 'README.md' } });
    expect(byId(r.facts, 'envoy')?.refs[0]).toMatchObject({ line: 3 });
    expect(byId(r.facts, 'envoy')?.confidence).toBe('stated');
  });
});

describe('scanManifest', () => {
  it('reads top-level kinds and groups, Helm templates included, and ignores nested kinds', () => {
    const out: ManifestObject[] = [];
    scanManifest(
      [
        '{{- if .Values.webhook.enabled }}',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: MutatingWebhookConfiguration',
        'metadata:',
        '  name: {{ include "x.fullname" . }}',
        '{{- end }}',
        'apiVersion: v1',
        'kind: ServiceAccount # no separator before it',
        'subjects:',
        '  - kind: Group',
      ].join('\n'),
      'charts/x/templates/webhook.yaml',
      out,
    );
    expect(out).toEqual([
      {
        group: 'admissionregistration.k8s.io',
        kind: 'MutatingWebhookConfiguration',
        path: 'charts/x/templates/webhook.yaml',
        line: 3,
      },
      { group: '', kind: 'ServiceAccount', path: 'charts/x/templates/webhook.yaml', line: 8 },
    ]);
  });
  it('takes the keys in either order within one object', () => {
    const out: ManifestObject[] = [];
    scanManifest(
      'kind: ServiceMonitor\napiVersion: monitoring.coreos.com/v1\nmetadata:\n  name: rocket\n',
      'deploy/m.yaml',
      out,
    );
    expect(out).toEqual([
      {
        group: 'monitoring.coreos.com',
        kind: 'ServiceMonitor',
        name: 'rocket',
        path: 'deploy/m.yaml',
        line: 1,
      },
    ]);
  });
});

describe('helm charts', () => {
  it('names top-level charts, not subcharts or test charts, and sees Artifact Hub annotations', async () => {
    const r = await detectOn(helmChartsDetector, {
      'charts/rocket/Chart.yaml':
        'apiVersion: v2\nname: rocket\nannotations:\n  artifacthub.io/license: Apache-2.0\n',
      'charts/rocket/charts/crds/Chart.yaml': 'apiVersion: v2\nname: crds\n',
      'charts/rocket-policies/Chart.yaml': 'apiVersion: v2\nname: rocket-policies\n',
      'test/e2e/charts/fake/Chart.yaml': 'apiVersion: v2\nname: fake\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      {
        charts: [
          { name: 'rocket-policies', path: 'charts/rocket-policies' },
          { name: 'rocket', path: 'charts/rocket' },
        ],
        total: 2,
        artifactHub: true,
      },
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Helm charts: rocket-policies (charts/rocket-policies), rocket (charts/rocket); the charts carry Artifact Hub annotations.',
    );
  });

  it('names a chart kept in two places once', async () => {
    const r = await detectOn(helmChartsDetector, {
      'charts/gate/Chart.yaml': 'apiVersion: v2\nname: gate\n',
      'manifest_staging/charts/gate/Chart.yaml': 'apiVersion: v2\nname: gate\n',
    });
    expect(r.facts.map(statementOf)).toEqual(['Helm chart: gate (charts/gate).']);
  });

  it('says nothing without a chart', async () => {
    const r = await detectOn(helmChartsDetector, { 'README.md': '# x\n', 'deploy/Chart.yml': 'name: x\n' });
    expect(r.facts).toEqual([]);
  });
});
