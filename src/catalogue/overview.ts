// What the overview detectors look for, as data: where Kubernetes manifests and architecture docs live,
// which headings name a section, which RBAC grants are worth a reviewer's attention, which CRD groups belong
// to other projects. Extending a convention is one row here.

/** Directories whose YAML files are Kubernetes manifests or Helm charts (any path segment). */
export const MANIFEST_DIRS =
  /(?:^|\/)(?:config|deploy|deploys|deployment|deployments|manifest|manifests|yamls|install|installation|k8s|kubernetes|kustomize|chart|charts|helm|crd|crds|operator)\//i;

/** Paths that are never the project's own deployment: tests, fixtures, vendored code, examples, CI. */
export const NOT_MANIFEST_PATHS =
  /(?:^|\/)(?:test|tests|e2e|testdata|test-data|fixtures?|vendor|third_party|third-party|node_modules|hack|examples?|samples?|docs?|\.github|devinfra|ci|[\w-]*_?deps|dependencies|[\w-]*_?demos?)\//i;

/** YAML files in a chart that are not Kubernetes objects. */
export const NOT_MANIFEST_FILES =
  /(?:^|\/)(?:Chart|values[\w.-]*|kustomization|\.?[\w-]*lint[\w-]*|[\w-]*patch[\w-]*)\.ya?ml$/i;

/** At most this many manifest files are read, and this many bytes in all (the draft's time budget). */
export const MAX_MANIFEST_FILES = 400;
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/** The object kinds the overview reads; everything else in a manifest is passed over by a line scan. */
export const WORKLOAD_KINDS = ['DaemonSet', 'Deployment', 'StatefulSet', 'CronJob', 'Job'] as const;
export const RBAC_KINDS = ['ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding'] as const;
export const WEBHOOK_KINDS = ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'] as const;

/**
 * API groups of CustomResourceDefinitions that other projects define (operators, CI systems, certificate
 * managers): a repository that ships them for its development infrastructure does not define them. A group
 * that contains the repository's own name is the project's whatever this list says (cert-manager.io in
 * cert-manager).
 */
export const EXTERNAL_CRD_GROUPS: readonly RegExp[] = [
  /(?:^|\.)coreos\.com$/,
  /(?:^|\.)cert-manager\.io$/,
  /^prow\.k8s\.io$/,
  /(?:^|\.)k8s\.elastic\.co$/,
  /(?:^|\.)istio\.io$/,
  /(?:^|\.)tekton\.dev$/,
  /(?:^|\.)argoproj\.io$/,
  /(?:^|\.)knative\.dev$/,
  /(?:^|\.)toolkit\.fluxcd\.io$/,
  /^gateway\.networking\.k8s\.io$/,
  /^snapshot\.storage\.k8s\.io$/,
  /(?:^|\.)cluster\.x-k8s\.io$/,
  /(?:^|\.)crossplane\.io$/,
  /(?:^|\.)linkerd\.io$/,
  /(?:^|\.)projectcalico\.org$/,
  /(?:^|\.)cilium\.io$/,
  /(?:^|\.)victoriametrics\.com$/,
  /(?:^|\.)grafana\.(?:com|integreatly\.org)$/,
];

export interface SensitiveGrant {
  /** What the grant lets the component do, as a verb phrase ("reads Secrets"). */
  label: string;
  /** Resources (lower case, with subresources: "pods/exec"); '*' in a rule matches any. */
  resources: readonly string[];
  /** Verbs; '*' in a rule matches any. */
  verbs: readonly string[];
}

/**
 * RBAC grants a security reviewer asks about: reading secrets, wildcards, privilege escalation verbs,
 * rewriting admission webhooks, exec into pods, minting tokens. Matched against ClusterRole rules (which
 * apply cluster-wide when bound by a ClusterRoleBinding) and Role rules.
 */
export const SENSITIVE_GRANTS: readonly SensitiveGrant[] = [
  { label: 'reads Secrets', resources: ['secrets'], verbs: ['get', 'list', 'watch'] },
  {
    label:
      'changes admission webhook configurations (validatingwebhookconfigurations, mutatingwebhookconfigurations)',
    resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'],
    verbs: ['create', 'update', 'patch', 'delete'],
  },
  { label: 'escalates roles', resources: ['roles', 'clusterroles'], verbs: ['escalate'] },
  {
    label: 'binds roles',
    resources: ['roles', 'clusterroles'],
    verbs: ['bind'],
  },
  { label: 'impersonates users', resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'] },
  { label: 'executes commands in Pods', resources: ['pods/exec'], verbs: ['create'] },
  { label: 'proxies to Nodes', resources: ['nodes/proxy'], verbs: ['get', 'create'] },
  { label: 'creates service account tokens', resources: ['serviceaccounts/token'], verbs: ['create'] },
];

/** Names of architecture and design documents (file names or their folders), most telling first. */
export const ARCHITECTURE_DOC_NAMES: readonly RegExp[] = [
  /(?:^|[-_/])architecture(?:[-_.]|$)/i,
  /(?:^|[-_/])components?(?:[-_.]|$)/i,
  /(?:^|[-_/])controllers?(?:[-_.]|$)/i,
  /(?:^|[-_/])internals?(?:[-_.]|$)/i,
  /(?:^|[-_/])design(?:[-_.]|$)/i,
  /(?:^|[-_/])overview(?:[-_.]|$)/i,
];

/** Root documents that often open with the project's components (ARCHITECTURE.md, DEVELOPMENT.md). */
export const ROOT_ARCHITECTURE_DOCS = /^(?:ARCHITECTURE|DESIGN|DEVELOPMENT|DEVELOPING|HACKING)\.md$/i;

/** At most this many architecture documents are read for components. */
export const MAX_ARCHITECTURE_DOCS = 4;

/**
 * Words that make a heading name a component ("Antrea Controller", "Webhook Server", "Cert Renewer"). A
 * heading under a "Components"/"Architecture" heading counts whatever its words.
 */
export const COMPONENT_WORDS =
  /\b(?:controllers?|agents?|servers?|daemons?|operators?|webhooks?|proxy|proxies|scheduler|manager|cli|apiserver|api server|plugins?|services?|gateway|broker|workers?|runners?|engine|store|database|registry|ui|dashboard|portal|sidecar|exporter|collector|renewer|generator|launcher|reconciler|watcher|cloud|plane)\b/i;

/** Headings that hold components. */
export const COMPONENTS_HEADING =
  /^(?:(?:main |core |system |the )?components?|architecture|(?:\w+ )?components)$/i;

/** Headings that are never a component, whatever their words (procedures and reference sections). */
export const NOT_COMPONENT_HEADING =
  /^(?:table of contents|contents|toc|overview|introduction|prerequisites?|requirements|installation|install|getting started|usage|configuration|examples?|faq|troubleshooting|references?|see also|summary|conclusion|future work|limitations|testing|build(?:ing)?|development|features?|goals?|non-goals?)$/i;

/** Headings that describe a part of the system rather than name one ("Controller Internals"). */
export const NOT_COMPONENT_TAIL =
  /\b(?:internals|overview|architecture|design|details|implementation|configuration|flow|workflow|walk|setup|requirements)$/i;

/** A sentence that introduces a list of components ("Pixie consists of three main components:"). */
export const COMPONENT_LIST_INTRO =
  /\b(?:consists? of|is made (?:up )?of|(?:is )?composed of|comprises?|has the following|includes? the following)\b[^.]*\b(?:components?|parts|services|binaries|pieces|modules)\b[^.]*:\s*$/i;

/** Sections of the README and overview docs that give background. */
export const BACKGROUND_HEADING =
  /^(?:overview|about(?: .{1,40})?|introduction|intro|background|motivation|why\b.{0,40}|what is\b.{0,40}|what's\b.{0,40}|concepts?|how it works|in a nutshell)\??$/i;

/** Docs files that give background (docs/overview.md, docs/introduction.md, docs/about.md). */
export const BACKGROUND_DOC =
  /^(?:docs?|documentation)\/(?:[\w-]+\/)?(?:overview|introduction|intro|about|what-is[\w-]*|motivation|concepts)\.md$/i;

/** Sections listing the headline features. */
export const FEATURES_HEADING =
  /^(?:(?:key |main |core )?features|highlights|capabilities|feature highlights|what (?:it|\w+) does)$/i;

/** Sections and docs stating goals and non-goals. */
export const GOALS_HEADING = /^(?:(?:project |design )?goals|objectives|scope|in scope|mission|vision)$/i;
export const NON_GOALS_HEADING =
  /^(?:non[- ]?goals|out of scope|not in scope|what \S+ is not|limitations and non-goals)$/i;
export const GOALS_DOC = /(?:^|\/)(?:goals|non-goals|scope|charter|vision|mission)\.md$/i;

/** Docs that describe flows: by file name, or by heading. */
export const FLOW_DOC_NAME =
  /(?:^|[-_/])(?:workflows?|how-it-works|lifecycle|sequence|walkthrough|data-?flow|request-?flow|control-?flow)(?:[-_.]|$)/i;
export const FLOW_HEADING =
  /\b(?:workflow|data ?flow|request flow|control flow|how (?:it|\w+) works|lifecycle|sequence diagram|walk(?:-| )?through|traffic walk|step by step|end-to-end flow)\b/i;

/** Words of a sentence saying how components talk to each other, and over what. */
export const TALK_VERBS =
  /\b(?:communicat\w*|connects?|connections?|talks?|watch(?:es)?|calls?|sends?|pushes|pulls|streams?|exposes?|serves?|queries|reports? to|registers? with)\b/i;
export const TALK_PROTOCOLS =
  /\b(?:gRPC|mTLS|TLS|HTTPS|HTTP\/2|REST(?:ful)?|WebSockets?|NATS|protobuf|websocket)\b/;

/** Caps on what is rendered: statements stay short (the draft is no longer than a human assessment). */
export const MAX_FEATURES = 12;
export const MAX_BACKGROUND_SENTENCES = 4;
export const MAX_COMPONENTS = 12;
export const MAX_BINARIES = 12;
export const MAX_WORKLOADS = 8;
export const MAX_CRD_GROUPS = 6;
export const MAX_CRD_KINDS_PER_GROUP = 10;
export const MAX_TALK_SENTENCES = 3;
export const MAX_FLOW_DOCS = 5;
export const MAX_GOALS = 5;
/** Longest sentence quoted, in words: longer ones are cut at a clause and marked with "…". */
export const MAX_QUOTE_WORDS = 35;
