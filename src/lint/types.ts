// What lint produces and how a rule is declared. Rules are data (id, severity, description, fix hint) plus
// one check function; the registry (rules/index.ts) lists them all, like the detector registry.
import type { AssessmentDoc } from './document.js';
import type { RepoContext } from './repo.js';

/** error: the document is wrong as it stands; warning: worth a look (drift, omissions); note: for information. */
export type LintSeverity = 'error' | 'warning' | 'note';

/** A place in the assessed repository a finding rests on (drift findings cite both sides). */
export interface RepoRef {
  path: string;
  line?: number;
  /** Permalink at the snapshot's commit when the forge is known. */
  url?: string;
}

export interface LintFinding {
  ruleId: string;
  severity: LintSeverity;
  /** 1-based line in the linted document. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
  /** How to fix it (the rule's hint, made specific when the rule can). */
  hint: string;
  /** Repository references, for findings made against `--repo`. */
  repoRefs?: RepoRef[];
}

/** What a check returns: the rule fills in its id, severity and default hint. */
export interface Issue {
  line: number;
  column?: number;
  message: string;
  hint?: string;
  repoRefs?: RepoRef[];
  /** Overrides the rule's severity for this issue (e.g. a stricter case of the rule). */
  severity?: LintSeverity;
}

export interface LintContext {
  doc: AssessmentDoc;
  /** Present with `--repo`: the snapshot and its evidence. */
  repo?: RepoContext;
}

export type RuleGroup = 'structure' | 'leftovers' | 'metadata' | 'repository';

export interface LintRule {
  /** Short, stable, kebab-case; equal to the rule's file name under src/lint/rules/. */
  id: string;
  group: RuleGroup;
  /** Severity in a document that claims to be final (Assessment Stage: Complete). */
  severity: LintSeverity;
  /**
   * Structural and leftover problems are expected while a document is being written: in a document that
   * does not claim to be final they are reported one level lower (error -> warning, warning -> note).
   */
  relaxedInDraft: boolean;
  /** One sentence: what the rule checks (docs/lint.md and SARIF's shortDescription). */
  description: string;
  /** The default fix hint. */
  hint: string;
  /** Runs only with `--repo`. */
  needsRepo?: boolean;
  check(ctx: LintContext): Issue[];
}

export function defineRule(rule: LintRule): LintRule {
  return rule;
}
