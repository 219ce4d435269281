// Sentences for the development pipeline's facts (kinds in src/evidence/kinds/pipeline.ts): what a reviewer
// would write, made from the facts' values; never text pasted from the repository.
import type { PipelineFactValues, RunWhen, TestKind, ToolFact } from '../../evidence/kinds/pipeline.js';
import type { WordingTable } from './types.js';

export const PIPELINE_WORDING: WordingTable<keyof PipelineFactValues> = {
  'pipeline.tool': (f) => toolSentence(f.value),
  'pipeline.ci-system': (f) => {
    const v = f.value;
    const t = v.triggers;
    if (t) {
      const parts: string[] = [];
      if (t.pullRequest) parts.push(`${t.pullRequest} on pull requests`);
      if (t.push) {
        const branches = t.pushBranches.length ? ` to ${joinList(t.pushBranches.slice(0, 4).map(code))}` : '';
        parts.push(`${t.push} on pushes${branches}`);
      }
      if (t.schedule)
        parts.push(`${t.schedule} on a schedule${t.cadences.length ? ` (${joinList(t.cadences)})` : ''}`);
      if (t.release) parts.push(`${t.release} on releases or tags`);
      if (t.manual) parts.push(`${t.manual} on demand`);
      const start = `CI runs on ${v.system}: ${t.workflows} ${plural(t.workflows, 'workflow')}`;
      return parts.length ? `${start}, ${joinList(parts)}.` : `${start}.`;
    }
    const where = v.dir ? ` in ${v.dir}` : '';
    return `CI runs on ${v.system} (${v.files} ${plural(v.files, 'file')}${where}).`;
  },
  'pipeline.ci-docs': (f) => `The CI is documented in ${joinList(f.value.paths)}.`,
  'pipeline.tests': (f) => {
    const v = f.value;
    const name = TEST_NAMES[v.kind];
    const through = v.makeTargets.length ? ` (${joinList(v.makeTargets.map((t) => code(`make ${t}`)))})` : '';
    const dirs = v.dirs.length ? `; they live in ${joinList(v.dirs.map((d) => `${d}/`))}` : '';
    if (v.ci.length > 0) {
      const when = whenPhrase(v.when);
      return `${capitalise(name)} run in ${joinList(v.ci)}${when ? ` ${when}` : ''}${through}${dirs}.`;
    }
    return `The repository has ${name}${v.dirs.length ? ` in ${joinList(v.dirs.map((d) => `${d}/`))}` : ''}${through}; no CI job was seen running them.`;
  },
  'pipeline.dco': (f) => {
    const v = f.value;
    const by = joinList(v.enforcedBy);
    return v.documented
      ? `Contributors must sign off their commits under the Developer Certificate of Origin (DCO)${by ? `, checked on pull requests by ${by}` : ''}.`
      : `Pull requests are checked for a Developer Certificate of Origin (DCO) sign-off on every commit${by ? ` by ${by}` : ''}.`;
  },
  'pipeline.cla': (f) => {
    const v = f.value;
    const service = v.service ? ` through ${v.service}` : '';
    if (v.documented) return `Contributors must sign a Contributor License Agreement (CLA)${service}.`;
    return `The repository has a Contributor License Agreement (CLA)${v.file ? ` in ${v.file}` : ''}${service}.`;
  },
  'pipeline.code-owners': (f) => {
    const v = f.value;
    const owners = v.owners.length
      ? ` (${joinList(v.owners.slice(0, 3))}${v.owners.length > 3 ? ` and ${v.owners.length - 3} more` : ''})`
      : '';
    return `${v.path} assigns code owners to ${v.rules} path ${plural(v.rules, 'pattern')}${owners}; the forge requests their review on pull requests that touch those paths.`;
  },
  'pipeline.owners-files': (f) => {
    const v = f.value;
    return (
      `${v.files} OWNERS ${plural(v.files, 'file')} (the Kubernetes/Prow convention${v.aliases ? ', with OWNERS_ALIASES' : ''}) ${v.files === 1 ? 'names' : 'name'} ` +
      `${v.approvers} ${plural(v.approvers, 'approver')} and ${v.reviewers} ${plural(v.reviewers, 'reviewer')} for the code they cover.`
    );
  },
  'pipeline.review-rule': (f) => {
    const v = f.value;
    const role = v.role ? ` ${v.approvals === undefined || v.approvals === 1 ? v.role : `${v.role}s`}` : '';
    const who =
      v.approvals === undefined
        ? `approval from${role ? ` a${/^[aeiou]/.test(role.trim()) ? 'n' : ''}${role}` : ' a reviewer'}`
        : `${v.approvals === 1 ? 'one' : numberWord(v.approvals)}${role} ${v.approvals === 1 ? 'approval' : 'approvals'}`;
    return `${v.path} states that a pull request needs ${who} before it is merged.`;
  },
  'pipeline.client-hooks': (f) => {
    const v = f.value;
    const hooks = joinList(v.hooks.slice(0, 5));
    if (v.mechanism === 'hook scripts') {
      return `Client-side git hooks${hooks ? ` (${hooks})` : ''} in ${v.path} run checks before a commit or push.`;
    }
    return `Client-side git hooks are managed with ${v.mechanism} (${v.path}${hooks ? `: ${hooks}` : ''}).`;
  },
  'pipeline.release-docs': (f) => {
    const v = f.value;
    if (v.kind === 'release-process') return `The release process is documented in ${joinList(v.paths)}.`;
    const parts = [
      ...(v.paths.length ? [`documented in ${joinList(v.paths)}`] : []),
      ...(v.workflows.length ? [`automated by ${joinList(v.workflows)}`] : []),
    ];
    return `Fixes are backported (cherry-picked) to maintained release branches: ${parts.join('; ')}.`;
  },
  'pipeline.release-artifacts': (f) => {
    const v = f.value;
    const parts: string[] = [];
    if (v.registries.length)
      parts.push(`Release workflows publish container images to ${joinList(v.registries)}`);
    if (v.artifactHub) parts.push(`${parts.length ? 'the' : 'The'} Helm charts are listed on Artifact Hub`);
    return `${parts.join('; ')}.`;
  },
  'pipeline.workflow-permissions': (f) => {
    const v = f.value;
    const parts = [
      `${v.topLevel} of ${v.workflows} GitHub ${plural(v.workflows, 'workflow')} set top-level token \`permissions:\``,
    ];
    if (v.writeAll) parts.push(`${v.writeAll} ${v.writeAll === 1 ? 'grants' : 'grant'} \`write-all\``);
    if (v.unrestricted)
      parts.push(
        `${v.unrestricted} ${v.unrestricted === 1 ? 'sets' : 'set'} none at all, so the repository's default token permissions apply`,
      );
    return `${joinList(parts)}.`;
  },
  'pipeline.action-pinning': (f) => {
    const v = f.value;
    if (v.pinned === v.total)
      return `All ${v.total} external action references in the workflows are pinned by commit SHA.`;
    return `${v.pinned} of ${v.total} external action references in the workflows are pinned by commit SHA; ${v.unpinnedActions} ${plural(v.unpinnedActions, 'action')} ${v.unpinnedActions === 1 ? 'is' : 'are'} referenced by a tag or branch.`;
  },
  'pipeline.dangerous-trigger': (f) =>
    `${f.value.workflow} runs on \`${f.value.trigger}\` and checks out the pull request's code, which then runs with the base repository's secrets and token.`,
  'pipeline.script-injection': (f) => {
    const v = f.value;
    const shown = v.expressions.slice(0, 2).map((e) => code(`\${{ ${e} }}`));
    return `${v.workflows} ${plural(v.workflows, 'workflow')} ${v.workflows === 1 ? 'expands' : 'expand'} untrusted event data (${joinList(shown)}) directly inside \`run:\` scripts, where it can inject shell commands.`;
  },
};

const TEST_NAMES: Record<TestKind, string> = {
  unit: 'unit tests',
  integration: 'integration tests',
  e2e: 'end-to-end (e2e) tests',
  conformance: 'conformance tests',
  acceptance: 'acceptance tests',
  ui: 'UI tests',
  benchmark: 'benchmark tests',
};

function toolSentence(v: ToolFact): string {
  const name = `${v.tool} (${v.what})`;
  const s = v.plural ? '' : 's';
  const is = v.plural ? 'are' : 'is';
  const has = v.plural ? 'have' : 'has';
  if (v.category === 'dependency-update') {
    const ecosystems = v.details.length ? ` for ${joinList(v.details)}` : '';
    const lead = `${v.tool} opens dependency update pull requests${ecosystems}`;
    return `${lead}${v.configs.length ? ` (configured in ${v.configs[0]})` : ''}.`;
  }
  const clauses: string[] = [];
  let main: 'ci' | 'host' | 'make' | 'script' | 'pre-commit' | 'config' | 'badge' | 'code';
  if (v.ci.length > 0) {
    main = 'ci';
    const when = whenPhrase(v.when);
    const through = v.makeTargets.length
      ? ` through ${joinList(v.makeTargets.map((t) => code(`make ${t}`)))}`
      : '';
    clauses.push(`run${s} in ${joinList(v.ci)}${when ? ` ${when}` : ''}${through}`);
  } else if (v.hosts.length > 0) {
    main = 'host';
    clauses.push(`${is} enabled in the ${joinList(v.hosts)} configuration`);
  } else if (v.makeTargets.length > 0) {
    main = 'make';
    const targets = joinList(v.makeTargets.map(code));
    clauses.push(`${is} run by the Makefile ${plural(v.makeTargets.length, 'target')} ${targets}`);
  } else if (v.scripts.length > 0) {
    main = 'script';
    clauses.push(`${is} run by ${joinList(v.scripts)}`);
  } else if (v.preCommit) {
    main = 'pre-commit';
    clauses.push(`run${s} as a pre-commit hook`);
  } else if (v.configs.length > 0) {
    main = 'config';
    clauses.push(`${is} configured in ${joinList(v.configs.slice(0, 2))}`);
  } else if (v.badge) {
    main = 'badge';
    clauses.push(`${is} shown by a badge in the README`);
  } else {
    main = 'code';
    clauses.push(`${is} used in the code base`);
  }
  if (main !== 'host' && v.hosts.length > 0)
    clauses.push(`${is} enabled in the ${joinList(v.hosts)} configuration`);
  if (main !== 'pre-commit' && v.preCommit) clauses.push(`run${s} as a pre-commit hook`);
  if (main !== 'badge' && v.badge) clauses.push(`${has} a badge in the README`);
  const details = v.details.length ? `, with ${joinList(v.details)}` : '';
  return `${name} ${joinList(clauses)}${details}.`;
}

const WHEN_WORDS: Record<RunWhen, string> = {
  'pull-request': 'pull requests',
  push: 'pushes',
  'merge-queue': 'the merge queue',
  hourly: 'an hourly schedule',
  daily: 'a daily schedule',
  weekly: 'a weekly schedule',
  monthly: 'a monthly schedule',
  schedule: 'a schedule',
  release: 'releases',
  manual: 'manual runs',
};

/** "on pull requests, pushes, a daily schedule and manual runs". */
export function whenPhrase(when: readonly RunWhen[]): string {
  return when.length ? `on ${joinList(when.map((w) => WHEN_WORDS[w]))}` : '';
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function numberWord(n: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);
}
