// GitHub Actions workflows and the repository's own composite actions, read once per snapshot into a small
// typed model: triggers (with branches and cron schedules), permissions, jobs and their steps (`uses:` and
// `run:` with lines). Tolerant: a step of an unexpected shape is dropped, not its workflow; a file that does
// not parse is a problem naming the file and line (the caller makes it an Unknown).
import type { Snapshot } from '../snapshot/snapshot.js';
import { findFiles } from '../text/paths.js';
import {
  asMap,
  entry,
  get,
  list,
  str,
  strings,
  type YamlProblem,
  type YEntry,
  type YMap,
  type YNode,
  type YScalar,
  yamlOf,
} from '../yaml/parse.js';

export const WORKFLOW_GLOBS = ['.github/workflows/*.yml', '.github/workflows/*.yaml'];
export const ACTION_GLOBS = [
  'action.yml',
  'action.yaml',
  '.github/actions/**/action.yml',
  '.github/actions/**/action.yaml',
];

export interface Located {
  value: string;
  line: number;
}

/** How a workflow starts, reduced to what a reviewer asks: on pull requests? on a schedule? */
export type TriggerKind =
  | 'pull-request'
  | 'pull-request-target'
  | 'push'
  | 'tag'
  | 'merge-queue'
  | 'schedule'
  | 'release'
  | 'manual'
  | 'workflow-call'
  | 'workflow-run'
  | 'other';

export type Cadence = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'other';

export interface Trigger {
  event: string;
  kind: TriggerKind;
  line: number;
  /** Branch filters of push / pull_request (empty: all branches). */
  branches: string[];
  /** Tag filters of push. */
  tags: string[];
  /** Cron schedules, read as cadences. */
  schedules: { cron: string; cadence: Cadence; line: number }[];
}

export interface RunScript {
  text: string;
  /** Line of the script's first line of content. */
  firstLine: number;
}

export interface Step {
  line: number;
  name?: string;
  id?: string;
  uses?: Located;
  run?: RunScript;
  /** The step's `with:` inputs (scalar values only). */
  with: Map<string, Located>;
  workingDirectory?: string;
}

export interface Job {
  id: string;
  name?: string;
  line: number;
  /** A reusable workflow this job calls (`jobs.<id>.uses`). */
  uses?: Located;
  permissions?: Permissions;
  steps: Step[];
}

export type Permissions =
  | { kind: 'read-all' | 'write-all' | 'none'; line: number }
  | { kind: 'scoped'; line: number; write: string[] };

export interface Workflow {
  path: string;
  kind: 'workflow' | 'action';
  name?: string;
  triggers: Trigger[];
  /** Line of `on:` (or 1). */
  onLine: number;
  permissions?: Permissions;
  jobs: Job[];
}

export interface WorkflowSet {
  workflows: Workflow[];
  /** Files that did not parse. */
  problems: YamlProblem[];
  /** Workflow files listed in the index that could not be read (symlinks, too large, not UTF-8). */
  unreadable: string[];
}

const cache = new WeakMap<Snapshot, WorkflowSet>();

/** Every workflow and local composite action of the snapshot, parsed once. */
export function workflowsOf(snapshot: Snapshot): WorkflowSet {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const set: WorkflowSet = { workflows: [], problems: [], unreadable: [] };
  const read = (path: string, kind: Workflow['kind']): void => {
    const result = yamlOf(snapshot, path);
    if (!result) {
      set.unreadable.push(path);
      return;
    }
    if (!result.ok) {
      set.problems.push(result.problem);
      return;
    }
    const root = asMap(result.file.documents[0]);
    if (!root) {
      set.problems.push({ path, message: 'not a YAML mapping' });
      return;
    }
    set.workflows.push(kind === 'workflow' ? readWorkflow(path, root) : readAction(path, root));
  };
  for (const path of findFiles(snapshot, WORKFLOW_GLOBS)) read(path, 'workflow');
  for (const path of findFiles(snapshot, ACTION_GLOBS)) read(path, 'action');
  // Symlinked workflows are listed by the index but never read: reading records the skip for the draft.
  for (const f of snapshot.files) {
    if (f.kind === 'symlink' && /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f.path)) {
      snapshot.read(f.path);
      set.unreadable.push(f.path);
    }
  }
  cache.set(snapshot, set);
  return set;
}

function readWorkflow(path: string, root: YMap): Workflow {
  const on = entry(root, 'on') ?? entry(root, 'true');
  const jobs: Job[] = [];
  for (const e of asMap(get(root, 'jobs'))?.entries ?? []) {
    const job = readJob(e);
    if (job) jobs.push(job);
  }
  const name = str(get(root, 'name'));
  const permissions = readPermissions(entry(root, 'permissions'));
  return {
    path,
    kind: 'workflow',
    ...(name ? { name } : {}),
    triggers: on ? readTriggers(on.value) : [],
    onLine: on?.keyLine ?? 1,
    ...(permissions ? { permissions } : {}),
    jobs,
  };
}

function readAction(path: string, root: YMap): Workflow {
  const runs = get(root, 'runs');
  const steps = readSteps(get(runs, 'steps'));
  const name = str(get(root, 'name'));
  return {
    path,
    kind: 'action',
    ...(name ? { name } : {}),
    triggers: [],
    onLine: 1,
    jobs: [{ id: 'composite', line: asMap(runs)?.line ?? 1, steps }],
  };
}

function readJob(e: YEntry): Job | undefined {
  const job = asMap(e.value);
  if (!job) return undefined;
  const name = str(get(job, 'name'));
  const usesNode = get(job, 'uses');
  const uses =
    usesNode?.kind === 'scalar' && usesNode.text ? { value: usesNode.text, line: usesNode.line } : undefined;
  const permissions = readPermissions(entry(job, 'permissions'));
  return {
    id: e.key,
    ...(name ? { name } : {}),
    line: e.keyLine,
    ...(uses ? { uses } : {}),
    ...(permissions ? { permissions } : {}),
    steps: readSteps(get(job, 'steps')),
  };
}

function readSteps(node: YNode | undefined): Step[] {
  const steps: Step[] = [];
  if (node?.kind !== 'seq') return steps;
  for (const item of node.items) {
    const step = readStep(item);
    if (step) steps.push(step);
  }
  return steps;
}

/** A step of an unexpected shape (not a map, `uses` not a string...) reads as nothing or loses that field. */
function readStep(node: YNode): Step | undefined {
  if (node.kind !== 'map') return undefined;
  const step: Step = { line: node.line, with: new Map() };
  const name = str(get(node, 'name'));
  if (name) step.name = name;
  const id = str(get(node, 'id'));
  if (id) step.id = id;
  const uses = get(node, 'uses');
  if (uses?.kind === 'scalar' && uses.text) step.uses = { value: uses.text, line: uses.line };
  const run = get(node, 'run');
  if (run?.kind === 'scalar' && run.text) step.run = { text: run.text, firstLine: run.contentLine };
  for (const w of asMap(get(node, 'with'))?.entries ?? []) {
    if (w.value.kind === 'scalar') step.with.set(w.key, { value: w.value.text, line: w.value.line });
  }
  const wd = str(get(node, 'working-directory'));
  if (wd) step.workingDirectory = wd;
  if (!step.uses && !step.run) return undefined;
  return step;
}

function readPermissions(e: YEntry | undefined): Permissions | undefined {
  if (!e) return undefined;
  const v = e.value;
  if (v.kind === 'scalar') {
    if (v.text === 'write-all') return { kind: 'write-all', line: e.keyLine };
    if (v.text === 'read-all') return { kind: 'read-all', line: e.keyLine };
    return { kind: 'none', line: e.keyLine };
  }
  if (v.kind === 'map') {
    if (v.entries.length === 0) return { kind: 'none', line: e.keyLine };
    const write = v.entries.filter((p) => str(p.value) === 'write').map((p) => p.key);
    return { kind: 'scoped', line: e.keyLine, write };
  }
  return undefined;
}

const EVENT_KINDS: Record<string, TriggerKind> = {
  pull_request: 'pull-request',
  pull_request_target: 'pull-request-target',
  pull_request_review: 'pull-request',
  push: 'push',
  merge_group: 'merge-queue',
  schedule: 'schedule',
  release: 'release',
  workflow_dispatch: 'manual',
  repository_dispatch: 'manual',
  workflow_call: 'workflow-call',
  workflow_run: 'workflow-run',
};

function readTriggers(node: YNode): Trigger[] {
  const triggers: Trigger[] = [];
  const add = (event: string, line: number, config: YNode | undefined): void => {
    const trigger: Trigger = {
      event,
      kind: EVENT_KINDS[event] ?? 'other',
      line,
      branches: strings(get(config, 'branches')).map((s) => s.text),
      tags: strings(get(config, 'tags')).map((s) => s.text),
      schedules: [],
    };
    if (event === 'schedule') {
      for (const item of list(config)) {
        const cron = get(item, 'cron');
        if (cron?.kind === 'scalar' && cron.text)
          trigger.schedules.push({ cron: cron.text, cadence: cadenceOf(cron.text), line: cron.line });
      }
    }
    // A push filtered to tags only is a release trigger in practice.
    if (event === 'push' && trigger.tags.length > 0 && trigger.branches.length === 0) trigger.kind = 'tag';
    triggers.push(trigger);
  };
  if (node.kind === 'scalar') {
    if (node.text) add(node.text, node.line, undefined);
  } else if (node.kind === 'seq') {
    for (const item of node.items)
      if (item.kind === 'scalar' && item.text) add(item.text, item.line, undefined);
  } else {
    for (const e of node.entries) add(e.key, e.keyLine, e.value);
  }
  return triggers;
}

/**
 * A cron expression read as a cadence: "0 10 * * *" daily, "0 0 * * 1" weekly, "0 0 1 * *" monthly,
 * minutes or a step in the hour field hourly.
 */
export function cadenceOf(cron: string): Cadence {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5) return 'other';
  const [minute, hour, dom, month, dow] = f as [string, string, string, string, string];
  if (month !== '*') return 'other';
  const fixed = (s: string): boolean => /^\d+$/.test(s);
  const everyDay = dom === '*' && dow === '*';
  if (everyDay && (hour === '*' || hour.includes('/') || hour.split(',').length > 1)) {
    return fixed(minute) || minute.includes(',') ? 'hourly' : 'other';
  }
  if (everyDay) return 'daily';
  if (dom === '*' && dow !== '*') {
    // "1-5" or "MON-FRI" runs on several days a week: still a daily cadence on working days.
    return dow.includes('-') || dow.includes(',') ? 'daily' : 'weekly';
  }
  if (dow === '*' && fixed(dom)) return 'monthly';
  return 'other';
}

/** The scalar lines of a string value, for callers that need to cite one entry of a list. */
export function locatedStrings(node: YNode | undefined): Located[] {
  return strings(node).map((s: YScalar) => ({ value: s.text, line: s.line }));
}
