// Fact kinds of the development pipeline (template: Secure development practices › Development Pipeline).
// Each kind needs a sentence in src/render/wording/pipeline.ts.
import type { ToolCategory } from '../../catalogue/security-tools.js';

/** When a GitHub workflow runs, as a reviewer reads it. */
export type RunWhen =
  | 'pull-request'
  | 'push'
  | 'merge-queue'
  | 'hourly'
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'schedule'
  | 'release'
  | 'manual';

export type TestKind = 'unit' | 'integration' | 'e2e' | 'conformance' | 'acceptance' | 'ui' | 'benchmark';

export interface ToolFact {
  tool: string;
  /** The name is plural ("License header checks"). */
  plural?: boolean;
  toolId: string;
  category: ToolCategory;
  /** What it does, from the catalogue ("a security checker for Go code"). */
  what: string;
  /** CI systems whose jobs run it (names: "GitHub Actions", "Travis CI"). */
  ci: string[];
  /** When the GitHub workflows that run it start. */
  when: RunWhen[];
  /** `make` targets through which CI runs it, or that run it when CI does not. */
  makeTargets: string[];
  /** Tools whose configuration enables it (golangci-lint, Arcanist lint, GoReleaser). */
  hosts: string[];
  /** A pre-commit hook runs it. */
  preCommit: boolean;
  /** Scripts that run it when no CI job was seen to reach them. */
  scripts: string[];
  /** Its configuration files. */
  configs: string[];
  /** The README shows its badge. */
  badge: boolean;
  /** Extra detail: Dependabot's ecosystems, the linters golangci-lint enables. */
  details: string[];
}

export interface CiSystemFact {
  system: string;
  systemId: string;
  /** Files that define it. */
  files: number;
  /** Where its files live, when they share a directory ("ci/jenkins/"). */
  dir?: string;
  /** GitHub Actions only: how many workflows start on each kind of trigger. */
  triggers?: {
    workflows: number;
    pullRequest: number;
    push: number;
    pushBranches: string[];
    schedule: number;
    cadences: string[];
    release: number;
    manual: number;
  };
}

export type PipelineFactValues = {
  'pipeline.tool': ToolFact;
  'pipeline.ci-system': CiSystemFact;
  'pipeline.ci-docs': { paths: string[] };
  'pipeline.tests': {
    kind: TestKind;
    ci: string[];
    when: RunWhen[];
    /** Test directories of that kind. */
    dirs: string[];
    /** Make targets CI runs them through. */
    makeTargets: string[];
  };
  'pipeline.dco': {
    /** A contributing document states the requirement. */
    documented: boolean;
    /** What enforces it: the DCO GitHub App, a workflow, Prow. */
    enforcedBy: string[];
  };
  'pipeline.cla': { documented: boolean; service?: string; file?: string };
  'pipeline.code-owners': { path: string; rules: number; owners: string[] };
  'pipeline.owners-files': { files: number; approvers: number; reviewers: number; aliases: boolean };
  'pipeline.review-rule': {
    path: string;
    /** Approvals needed, when the sentence says a number. */
    approvals?: number;
    /** Who approves ("maintainer", "approver", "reviewer", "code owner"). */
    role?: string;
  };
  'pipeline.client-hooks': { mechanism: string; path: string; hooks: string[] };
  'pipeline.release-docs': {
    kind: 'release-process' | 'backport-policy';
    /** Documents. */
    paths: string[];
    /** Workflows that automate it (a cherry-pick bot). */
    workflows: string[];
  };
  'pipeline.workflow-permissions': {
    workflows: number;
    /** Workflows that set `permissions:` at the top. */
    topLevel: number;
    /** Workflows that grant write-all (top level or job). */
    writeAll: number;
    /** Workflows without top-level permissions where some job sets none either. */
    unrestricted: number;
  };
  'pipeline.action-pinning': {
    /** External action references (local ./ actions and docker:// excluded). */
    total: number;
    pinned: number;
    /** Distinct actions not pinned by a commit SHA. */
    unpinnedActions: number;
  };
  'pipeline.release-artifacts': {
    /** Registries the release workflows publish container images to. */
    registries: string[];
    /** Helm charts are listed on Artifact Hub. */
    artifactHub: boolean;
  };
  'pipeline.dangerous-trigger': { workflow: string; trigger: string };
  'pipeline.script-injection': { workflows: number; expressions: string[] };
};
