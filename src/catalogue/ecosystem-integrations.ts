// Ecosystem (template: Secure development practices › Ecosystem): the interfaces a project implements and the
// systems it integrates with, each recognised from structural evidence first (Kubernetes objects in its
// manifests, files it ships, dependencies it declares) and from its documentation last. Adding an integration
// is one row here plus a fixture in test/unit/ecosystem-integrations.test.ts.

/** `implements`: the project provides the interface (a CNI plugin); `integrates`: it works with the system. */
export type IntegrationKind = 'implements' | 'integrates';

/** The dependency ecosystems whose manifests are read (src/detectors/ecosystem/integrations.ts). */
export type DependencyEcosystem = 'go' | 'npm' | 'python' | 'rust' | 'java';

export interface IntegrationRow {
  id: string;
  /** What a reviewer calls it: "Container Network Interface (CNI)". */
  label: string;
  kind: IntegrationKind;
  /**
   * Kubernetes object kinds in the project's own manifests (top-level `kind:`), optionally with their API
   * group: `ServiceMonitor` or `monitoring.coreos.com/ServiceMonitor`.
   */
  objects?: readonly string[];
  /** Files the project ships that show it (picomatch globs over the file index). */
  files?: readonly string[];
  /** What such a file is, for the sentence: "a CNI network configuration". */
  fileNoun?: string;
  /**
   * Direct dependencies that show it, per ecosystem. A name matches itself and its sub-packages
   * (`go.opentelemetry.io/otel` matches `go.opentelemetry.io/otel/sdk`); a name ending in `/` or `:` is a
   * prefix (`@opentelemetry/`, `io.prometheus:`).
   */
  dependencies?: Partial<Record<DependencyEcosystem, readonly string[]>>;
  /** A documentation page whose file name says it is about this integration (`docs/prometheus-integration.md`). */
  docPage?: RegExp;
  /** A README sentence that states it ("Antrea is a Kubernetes-native project that implements the CNI"). */
  phrase?: RegExp;
}

/** Rows in the order statements are shown: interfaces the project implements, then what it works with. */
export const INTEGRATIONS: readonly IntegrationRow[] = [
  {
    id: 'cni',
    label: 'Container Network Interface (CNI)',
    kind: 'implements',
    files: ['**/*.conflist', '**/*.conflist.{json,in,tmpl,template}', '**/*-cni.conf', '**/cni.conf'],
    fileNoun: 'a CNI network configuration',
    dependencies: { go: ['github.com/containernetworking/cni', 'github.com/containernetworking/plugins'] },
    docPage: /(?:^|[-_])cni(?:[-_.]|$)/i,
    phrase: /\bCNI\b|\bContainer Network Interface\b/,
  },
  {
    id: 'csi',
    label: 'Container Storage Interface (CSI)',
    kind: 'implements',
    objects: ['CSIDriver'],
    dependencies: {
      go: ['github.com/container-storage-interface/spec', 'github.com/kubernetes-csi/'],
      rust: ['csi-grpc'],
    },
    docPage: /(?:^|[-_])csi(?:[-_.]|$)/i,
    phrase: /\bContainer Storage Interface\b|\bCSI (?:driver|plugin)\b/,
  },
  {
    id: 'cri',
    label: 'Container Runtime Interface (CRI)',
    kind: 'implements',
    objects: ['RuntimeClass'],
    dependencies: { go: ['k8s.io/cri-api'] },
    phrase: /\bContainer Runtime Interface\b|\bCRI (?:implementation|runtime|plugin)\b/,
  },
  {
    id: 'admission-webhooks',
    label: 'Kubernetes admission webhooks',
    kind: 'implements',
    objects: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy'],
    docPage: /admission/i,
    phrase: /\badmission (?:controls?|controllers?|webhooks?)\b/i,
  },
  {
    id: 'aggregated-api',
    label: 'Kubernetes API aggregation (APIService)',
    kind: 'implements',
    objects: ['APIService'],
  },
  {
    id: 'gateway-api',
    label: 'Kubernetes Gateway API',
    kind: 'implements',
    objects: ['GatewayClass', 'gateway.networking.k8s.io/Gateway', 'gateway.networking.k8s.io/HTTPRoute'],
    dependencies: { go: ['sigs.k8s.io/gateway-api'] },
    docPage: /gateway[-_]api/i,
    phrase: /\bGateway API\b/,
  },
  {
    id: 'ingress-controller',
    label: 'Kubernetes Ingress controller',
    kind: 'implements',
    objects: ['IngressClass'],
    phrase: /\bingress controller\b/i,
  },
  {
    id: 'operator-lifecycle-manager',
    label: 'Operator Lifecycle Manager (OLM) bundle',
    kind: 'implements',
    objects: ['ClusterServiceVersion'],
    files: ['**/*.clusterserviceversion.{yaml,yml}', 'bundle.Dockerfile', 'bundle/metadata/annotations.yaml'],
    fileNoun: 'an OLM bundle',
    dependencies: { go: ['github.com/operator-framework/'] },
  },
  {
    id: 'oci',
    label: 'OCI image and distribution specifications',
    kind: 'implements',
    dependencies: {
      go: [
        'github.com/opencontainers/image-spec',
        'github.com/opencontainers/distribution-spec',
        'github.com/opencontainers/runtime-spec',
        'github.com/google/go-containerregistry',
        'oras.land/oras-go',
        'github.com/containers/image',
        'github.com/distribution/distribution',
        'github.com/docker/distribution',
      ],
      rust: ['oci-spec', 'oci-distribution', 'oci-client'],
      npm: ['@oras-project/'],
    },
    phrase:
      /\bOCI(?:-based| image| registr(?:y|ies)| artifacts?| runtime| specs?| distribution|-compliant| compliant)\b|\bOpen Container Initiative\b/,
  },
  {
    id: 'prometheus',
    label: 'Prometheus metrics',
    kind: 'integrates',
    objects: ['ServiceMonitor', 'PodMonitor', 'PrometheusRule'],
    dependencies: {
      go: ['github.com/prometheus/client_golang'],
      npm: ['prom-client'],
      python: ['prometheus-client'],
      rust: ['prometheus', 'prometheus-client', 'metrics-exporter-prometheus'],
      java: ['io.prometheus:', 'io.micrometer:micrometer-registry-prometheus'],
    },
    docPage: /prometheus/i,
    phrase: /\bPrometheus\b/,
  },
  {
    id: 'opentelemetry',
    label: 'OpenTelemetry',
    kind: 'integrates',
    objects: ['OpenTelemetryCollector'],
    dependencies: {
      go: ['go.opentelemetry.io/otel', 'go.opentelemetry.io/contrib'],
      npm: ['@opentelemetry/'],
      python: ['opentelemetry-api', 'opentelemetry-sdk'],
      rust: ['opentelemetry'],
      java: ['io.opentelemetry:'],
    },
    docPage: /opentelemetry|(?:^|[-_])otel(?:[-_.]|$)/i,
    phrase: /\bOpenTelemetry\b|\bOTLP\b/,
  },
  {
    id: 'spiffe',
    label: 'SPIFFE workload identity',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/spiffe/go-spiffe', 'github.com/spiffe/spire-api-sdk'],
      java: ['io.spiffe:'],
      python: ['spiffe'],
      rust: ['spiffe'],
    },
    docPage: /spiffe|spire/i,
    phrase: /\bSPIFFE\b/,
  },
  {
    id: 'envoy',
    label: 'Envoy (xDS)',
    kind: 'integrates',
    dependencies: { go: ['github.com/envoyproxy/go-control-plane'], rust: ['envoy-types', 'xds-api'] },
    docPage: /envoy/i,
    phrase: /\bEnvoy\b|\bxDS\b/,
  },
  {
    id: 'istio',
    label: 'Istio',
    kind: 'integrates',
    dependencies: { go: ['istio.io/api', 'istio.io/client-go'] },
    docPage: /(?:^|[-_])istio/i,
  },
  {
    id: 'cert-manager',
    label: 'cert-manager',
    kind: 'integrates',
    objects: ['cert-manager.io/Certificate', 'cert-manager.io/Issuer', 'cert-manager.io/ClusterIssuer'],
    dependencies: { go: ['github.com/cert-manager/cert-manager', 'github.com/jetstack/cert-manager'] },
    docPage: /cert-manager/i,
  },
  {
    id: 'open-policy-agent',
    label: 'Open Policy Agent',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/open-policy-agent/opa', 'github.com/open-policy-agent/frameworks'],
    },
    docPage: /(?:^|[-_])opa(?:[-_.]|$)|gatekeeper/i,
  },
  {
    id: 'sigstore',
    label: 'Sigstore signing and verification',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/sigstore/'],
      npm: ['sigstore', '@sigstore/'],
      python: ['sigstore'],
      rust: ['sigstore'],
      java: ['dev.sigstore:'],
    },
  },
  {
    id: 'in-toto',
    label: 'in-toto attestations',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/in-toto/in-toto-golang', 'github.com/in-toto/attestation'],
      python: ['in-toto'],
    },
  },
  {
    id: 'cloudevents',
    label: 'CloudEvents',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/cloudevents/sdk-go'],
      npm: ['cloudevents'],
      python: ['cloudevents'],
      java: ['io.cloudevents:'],
    },
  },
  {
    id: 'vault',
    label: 'HashiCorp Vault',
    kind: 'integrates',
    dependencies: { go: ['github.com/hashicorp/vault/api'], python: ['hvac'], npm: ['node-vault'] },
  },
  {
    id: 'aws',
    label: 'Amazon Web Services',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/aws/aws-sdk-go', 'github.com/aws/aws-sdk-go-v2'],
      npm: ['aws-sdk', '@aws-sdk/'],
      python: ['boto3', 'botocore'],
      rust: ['aws-config', 'aws-sdk-s3'],
      java: ['software.amazon.awssdk:', 'com.amazonaws:'],
    },
  },
  {
    id: 'azure',
    label: 'Microsoft Azure',
    kind: 'integrates',
    dependencies: {
      go: ['github.com/Azure/azure-sdk-for-go'],
      npm: ['@azure/'],
      python: ['azure-identity', 'azure-core'],
      java: ['com.azure:'],
    },
  },
  {
    id: 'google-cloud',
    label: 'Google Cloud',
    kind: 'integrates',
    dependencies: {
      go: ['cloud.google.com/go'],
      npm: ['@google-cloud/'],
      python: ['google-cloud-storage', 'google-cloud-core', 'google-auth'],
      java: ['com.google.cloud:'],
    },
  },
];

/**
 * Kubernetes itself: shown by the project's own workload manifests or Helm charts (it runs on Kubernetes)
 * or by a Kubernetes client library (it talks to the API). One statement, before the rows above.
 */
export const KUBERNETES_WORKLOADS: readonly string[] = [
  'Deployment',
  'DaemonSet',
  'StatefulSet',
  'Job',
  'CronJob',
];
export const KUBERNETES_CLIENTS: Partial<Record<DependencyEcosystem, readonly string[]>> = {
  go: ['k8s.io/client-go', 'sigs.k8s.io/controller-runtime'],
  npm: ['@kubernetes/client-node'],
  python: ['kubernetes', 'kopf'],
  rust: ['kube', 'kube-client', 'k8s-openapi'],
  java: ['io.kubernetes:', 'io.fabric8:'],
};

/** All-in-one installation manifests users apply directly (`kubectl apply -f install.yaml`), by file name. */
export const INSTALL_MANIFEST = /^(?:install|all-in-one|quick-?start)(?:[-_.][\w.-]*)?\.ya?ml$/i;

/**
 * Paths that are not the project's own deployment or dependencies: vendored code and third-party manifests
 * kept beside it (`cloud_deps/`, `external/`), tests and their fixtures, examples and demos, tooling modules
 * and scripts (hack/tools/go.mod lists linters) and documentation sites.
 */
export const NOT_OWN_INTEGRATION =
  /(?:^|\/)(?:vendor|node_modules|third[_-]party|3rdparty|[\w-]*deps|external|upstream|testdata|test-?data|tests?|e2e|fixtures?|[\w-]*(?:examples?|samples?|demos?)|(?:examples?|samples?|demos?)[\w-]*|hack|make|tools|scripts|website|site|docs?|\.github|ci)(?:\/|$)/i;

/**
 * Folders where projects keep what users deploy: manifests there are cited before others (a workload in
 * deploy/ says more than one in contrib/).
 */
export const DEPLOYMENT_DIRS =
  /(?:^|\/)(?:deploy(?:ments?)?|charts?|helm|manifests|install(?:ation)?|k8s|kubernetes|config|yamls|operator|bundle)(?:\/|$)/i;

/** Dependency manifests read, by base name. */
export const DEPENDENCY_FILES: Readonly<Record<string, DependencyEcosystem>> = {
  'go.mod': 'go',
  'package.json': 'npm',
  'requirements.txt': 'python',
  'pyproject.toml': 'python',
  'setup.cfg': 'python',
  'Cargo.toml': 'rust',
  'pom.xml': 'java',
  'build.gradle': 'java',
  'build.gradle.kts': 'java',
};

/** Caps: manifests and YAML files read, their total bytes, statements shown. */
export const MAX_DEPENDENCY_FILES = 40;
export const MAX_MANIFEST_FILES = 500;
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_MANIFEST_FILE_BYTES = 1024 * 1024;
export const MAX_INTEGRATIONS = 12;
/** At most this many CRD API groups are named. */
export const MAX_CRD_GROUPS = 5;
