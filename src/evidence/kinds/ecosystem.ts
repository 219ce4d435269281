// Fact kinds of the ecosystem area (template: Secure development practices › Ecosystem). Each kind's
// sentence lives in src/render/wording/ecosystem.ts.
import type { IntegrationKind } from '../../catalogue/ecosystem-integrations.js';

/** How an integration was shown, strongest first. */
export type IntegrationEvidence =
  /** Kubernetes objects of these kinds in the project's manifests or Helm templates. */
  | { type: 'objects'; objects: string[]; path: string }
  /** A file the project ships (a CNI configuration, an OLM bundle). */
  | { type: 'file'; noun: string; path: string }
  /** A direct dependency declared in a manifest. */
  | { type: 'dependency'; name: string; path: string }
  /** A documentation page about it. */
  | { type: 'doc'; path: string }
  /** A README sentence naming it. */
  | { type: 'mention'; path: string };

export interface EcosystemFactValues {
  /** An interface the project implements or a system it works with (catalogue: ecosystem-integrations). */
  'ecosystem.integration': {
    id: string;
    label: string;
    kind: IntegrationKind;
    evidence: IntegrationEvidence;
    /** A documentation page about it, when the evidence is something else. */
    doc?: string;
  };
  /** Kubernetes itself: the project's workloads run on it, or it is a client of its API. */
  'ecosystem.kubernetes': {
    /** Workload kinds in the project's manifests (Deployment, DaemonSet...). */
    workloads: string[];
    manifest?: string;
    /** All-in-one installation manifests it ships (install.yaml, install-latest.yaml, all-in-one.yaml). */
    installManifests?: string[];
    /** A Kubernetes client library it depends on. */
    client?: string;
    clientPath?: string;
  };
  /** CustomResourceDefinitions the project ships: how many, in which API groups (the actors list names them). */
  'ecosystem.crds': { count: number; groups: string[]; path: string };
  /** Helm charts the project ships, and whether they are published on Artifact Hub (chart annotations). */
  'ecosystem.helm-charts': { charts: { name: string; path: string }[]; total: number; artifactHub: boolean };
  /** The CNCF status the repository states. */
  'ecosystem.cncf-status': { level?: 'sandbox' | 'incubating' | 'graduated'; path: string };
  /** A list of other projects the docs name in the ecosystem ("Example buildpack providers: ..."). */
  'ecosystem.named-projects': {
    lead: string;
    projects: { name: string; url?: string }[];
    total: number;
    path: string;
  };
  /** Other repositories of the project's organisation that the README links to. */
  'ecosystem.sibling-projects': { org: string; names: string[]; total: number; path: string };
  /** How many adopters the adopters file lists (the appendix's case studies name them). */
  'ecosystem.adopters': { path: string; total: number };
}
