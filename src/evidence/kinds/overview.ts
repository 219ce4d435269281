// Fact kinds of the overview area (issue 4): the project's description, background, actors (components from
// docs, binaries, Kubernetes workloads, webhooks, custom resources, how components talk), the docs that
// describe flows, goals and non-goals. Each kind's sentence lives in src/render/wording/overview.ts.

/** Where a quoted sentence came from: a file and, when it sits under one, the heading. */
export interface QuoteSource {
  path: string;
  heading?: string;
}

export interface OverviewFactValues {
  /** The README's lead: 1-3 sentences in the project's own words. */
  'overview.description': { sentences: string[]; path: string };
  /** The headline features a README lists (short item titles). */
  'overview.features': { titles: string[]; total: number; path: string; heading: string };
  /** One sentence of background (the first sentence of a paragraph or item of an about/why section). */
  'overview.background': { sentence: string } & QuoteSource;
  /** A component a document names: a heading in an architecture doc, an item of a components list or table. */
  'overview.component': { name: string; summary?: string; parts: string[] } & QuoteSource;
  /** Program entry points (Go `cmd/<name>/`, Rust `src/bin/<name>.rs`). */
  'overview.binaries': { names: string[]; total: number; dir: string };
  /** A workload the Kubernetes manifests or Helm chart deploy, with its service account's sensitive grants. */
  'overview.workload': {
    kind: string;
    name: string;
    namespace?: string;
    serviceAccount?: string;
    /** Sensitive RBAC grants ("reads Secrets"), cluster-wide or in a namespace. */
    grants: { label: string; clusterWide: boolean }[];
    /** Read from a Helm template (the name may come from the template's folder). */
    helm: boolean;
    path: string;
  };
  /** Admission webhook configurations the manifests declare. */
  'overview.webhooks': { configurations: { kind: string; name: string; webhooks: number }[] };
  /** Custom resources the project defines, in one API group. */
  'overview.crd-group': {
    group: string;
    kinds: string[];
    total: number;
    namespaced: number;
    cluster: number;
  };
  /** A sentence of the docs saying how components talk to each other, and over what. */
  'overview.communication': { sentence: string } & QuoteSource;
  /** Documents that describe flows (workflow, lifecycle, how it works): where to look for the actions. */
  'overview.flow-docs': { docs: QuoteSource[]; total: number };
  /** A goal or non-goal the docs state. */
  'overview.goal': { sentence: string; nonGoal: boolean } & QuoteSource;
}
