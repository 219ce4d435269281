// The commands a repository's CI and build run, as lines with their file and line number, each with what
// reaches it: which CI systems, which GitHub workflows (and so which triggers), which jobs, and through
// which `make` targets. Built once per snapshot and shared by the pipeline detectors (tools, test kinds).
//
// The sources form a graph of units — a workflow file, a step's `run:` script, another CI system's file, a
// Makefile rule, a script — linked by `uses: ./local-action`, `make <target>`, prerequisites and
// `./path/script.sh` references. Each unit is read once; what reaches it (its `Reach`) is propagated along
// the links to a fixed point, so the cost does not grow with the number of ways a line is reached.
// Nothing is ever run.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { CI_SYSTEMS, type CiSystem, NOT_PROJECT_PATHS, SCRIPT_KEYS } from '../catalogue/ci-systems.js';
import type { RunWhen } from '../evidence/kinds/pipeline.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { findFiles } from '../text/paths.js';
import type { YamlProblem } from '../yaml/parse.js';
import {
  type MakeCall,
  type Makefile,
  makeCalls,
  makefileIncludes,
  makefileVariables,
  mergeMakefiles,
  parseMakefile,
} from './makefile.js';
import { type Cadence, type TriggerKind, type Workflow, workflowsOf } from './workflows.js';

/** What reaches a unit of CI or build code. Empty `systems`: nothing in CI was seen to run it. */
export interface Reach {
  /** CI system ids (src/catalogue/ci-systems.ts). */
  systems: Set<string>;
  /** GitHub workflow paths. */
  workflows: Set<string>;
  triggers: Set<TriggerKind>;
  cadences: Set<Cadence>;
  /** Reached from a release: a release or tag trigger, or a workflow or job named for releasing. */
  release: boolean;
  /** The `make` targets CI calls on the way (the first make target entered from a non-make unit). */
  makeTargets: Set<string>;
  /** Names along the way: workflow, job and step names, make targets, script paths (capped). */
  context: Set<string>;
}

export type LineKind = 'ci' | 'make' | 'script';

export interface CommandLine {
  path: string;
  line: number;
  text: string;
  kind: LineKind;
  /** For a Makefile line, the rule it belongs to. */
  target?: string;
  reach: Reach;
}

export interface CiSources {
  lines: CommandLine[];
  /** Files per CI system id. */
  systems: Map<string, string[]>;
  /** What reaches a GitHub workflow or local composite action file (its own triggers and its callers'). */
  reachOf: (path: string) => Reach;
  makefiles: Map<string, Makefile>;
  problems: YamlProblem[];
}

/** Makefiles read even when no CI step reaches them (their targets are what developers run). */
const MAKEFILE_GLOBS = [
  'Makefile',
  'GNUmakefile',
  'makefile',
  '*.mk',
  '*/Makefile',
  '{build,make,hack,scripts}/*.mk',
];
/** Scripts that are CI by where they live. */
const CI_SCRIPT_GLOBS = ['ci/**/*.{sh,bash}', '.ci/**/*.{sh,bash}', '.github/**/*.{sh,bash}'];
const SCRIPT_REF =
  /(?:^|[\s"'=(:])((?:\$\{?\w+\}?\/|\$\(\w+\)\/)?(?:\.{1,2}\/)?(?:[\w.@-]+\/)*[\w.@-]+\.(?:sh|bash|py))(?=$|[\s"';)|&`])/g;
const MAX_SCRIPTS = 400;
const MAX_UNITS = 20_000;
const MAX_CONTEXT = 40;
const MAX_LINE_CHARS = 2_000;
const MAX_INCLUDES = 60;

const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });
const cache = new WeakMap<Snapshot, CiSources>();

export function ciSourcesOf(snapshot: Snapshot): CiSources {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const built = new Graph(snapshot).build();
  cache.set(snapshot, built);
  return built;
}

/** A line is not a command when it is a comment or prints text. */
export function isCommandText(text: string): boolean {
  const t = text.trim().replace(/^@?-?/, '');
  if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('*')) return false;
  return !/^(echo|printf|log|info|warn|note|say)\b/.test(t);
}

function emptyReach(): Reach {
  return {
    systems: new Set(),
    workflows: new Set(),
    triggers: new Set(),
    cadences: new Set(),
    release: false,
    makeTargets: new Set(),
    context: new Set(),
  };
}

interface Unit {
  kind: 'file' | 'step' | 'ci-file' | 'make' | 'script';
  path: string;
  target?: string;
  lineKind: LineKind;
  lines: { line: number; text: string }[];
  children: Set<Unit>;
  /** Names this unit adds to the context of what it reaches. */
  names: string[];
  reach: Reach;
}

class Graph {
  private readonly units = new Map<string, Unit>();
  private readonly systems = new Map<string, string[]>();
  private readonly makefiles = new Map<string, Makefile | undefined>();
  private readonly problems: YamlProblem[] = [];
  private readonly roots: { unit: Unit; reach: Reach }[] = [];
  private scripts = 0;

  constructor(private readonly snapshot: Snapshot) {}

  build(): CiSources {
    const s = this.snapshot;
    const { workflows, problems } = workflowsOf(s);
    this.problems.push(...problems);
    for (const w of workflows) this.workflowUnit(w);
    for (const w of workflows) this.linkWorkflow(w);
    for (const system of CI_SYSTEMS) this.addSystem(system);
    for (const path of findFiles(s, MAKEFILE_GLOBS)) {
      if (notProject(path)) continue;
      const mk = this.makefile(path);
      if (mk) for (const target of mk.rules.keys()) this.makeUnit(mk, target);
    }
    for (const path of findFiles(s, CI_SCRIPT_GLOBS)) if (!notProject(path)) this.scriptUnit(path);

    this.propagate(this.roots);
    // Local actions and reusable workflows nothing calls still run in GitHub Actions.
    const late: { unit: Unit; reach: Reach }[] = [];
    for (const w of workflows) {
      const u = this.units.get(`file\0${w.path}`);
      if (u && u.reach.systems.size === 0) {
        const r = emptyReach();
        r.systems.add('github-actions');
        r.workflows.add(w.path);
        late.push({ unit: u, reach: r });
      }
    }
    this.propagate(late);

    const lines = new Map<string, CommandLine>();
    for (const u of this.units.values()) {
      for (const l of u.lines) {
        const key = `${u.path}:${l.line}`;
        const existing = lines.get(key);
        if (existing) {
          if (existing.reach !== u.reach) existing.reach = mergeInto(cloneReach(existing.reach), u.reach);
          continue;
        }
        lines.set(key, {
          path: u.path,
          line: l.line,
          text: l.text,
          kind: u.lineKind,
          ...(u.target ? { target: u.target } : {}),
          reach: u.reach,
        });
      }
    }
    return {
      lines: [...lines.values()],
      systems: this.systems,
      reachOf: (path: string) => this.units.get(`file\0${normaliseLocal(path)}`)?.reach ?? emptyReach(),
      makefiles: new Map([...this.makefiles].filter((e): e is [string, Makefile] => e[1] !== undefined)),
      problems: this.problems,
    };
  }

  private unit(
    key: string,
    make: () => Omit<Unit, 'children' | 'reach' | 'lines'>,
  ): { unit: Unit; created: boolean } {
    const existing = this.units.get(key);
    if (existing) return { unit: existing, created: false };
    const unit: Unit = { ...make(), lines: [], children: new Set(), reach: emptyReach() };
    if (this.units.size < MAX_UNITS) this.units.set(key, unit);
    return { unit, created: true };
  }

  // ---- GitHub Actions ----

  private workflowUnit(w: Workflow): Unit {
    const { unit, created } = this.unit(`file\0${normaliseLocal(w.path)}`, () => ({
      kind: 'file',
      path: w.path,
      lineKind: 'ci',
      names: [w.path, ...(w.name ? [w.name] : [])],
    }));
    if (!created) return unit;
    const callable = w.kind === 'workflow' && w.triggers.some((t) => t.kind !== 'workflow-call');
    if (callable) {
      const r = emptyReach();
      r.systems.add('github-actions');
      r.workflows.add(w.path);
      for (const t of w.triggers) if (t.kind !== 'workflow-call') r.triggers.add(t.kind);
      for (const t of w.triggers) for (const c of t.schedules) r.cadences.add(c.cadence);
      r.release =
        w.triggers.some((t) => t.kind === 'release' || t.kind === 'tag') || releaseName(w.path, w.name);
      this.roots.push({ unit, reach: r });
    }
    for (const job of w.jobs) {
      const jobNames = [job.id, ...(job.name ? [job.name] : [])];
      for (const step of job.steps) {
        const { unit: su } = this.unit(`step\0${w.path}\0${step.line}`, () => ({
          kind: 'step',
          path: w.path,
          lineKind: 'ci',
          names: [...jobNames, ...(step.name ? [step.name] : [])],
        }));
        unit.children.add(su);
        if (step.run) this.addText(su, step.run.firstLine, step.run.text, step.workingDirectory);
      }
    }
    return unit;
  }

  private linkWorkflow(w: Workflow): void {
    const file = this.units.get(`file\0${normaliseLocal(w.path)}`);
    if (!file) return;
    for (const job of w.jobs) {
      if (job.uses) this.linkLocal(file, job.uses.value);
      for (const step of job.steps) {
        if (!step.uses) continue;
        const su = this.units.get(`step\0${w.path}\0${step.line}`);
        if (su) this.linkLocal(su, step.uses.value);
      }
    }
  }

  private linkLocal(from: Unit, uses: string): void {
    if (!uses.startsWith('./')) return;
    const target = this.units.get(`file\0${normaliseLocal(uses)}`);
    if (target && target !== from) from.children.add(target);
  }

  // ---- other CI systems ----

  private addSystem(system: CiSystem): void {
    const s = this.snapshot;
    const files = findFiles(s, system.files)
      .filter((p) => !notProject(p))
      .map((path) => ({ path }));
    if (files.length === 0) return;
    this.systems.set(
      system.id,
      files.map((f) => f.path),
    );
    if (system.format === 'github' || system.format === 'none') return;
    for (const f of files) {
      const { unit, created } = this.unit(`ci\0${f.path}`, () => ({
        kind: 'ci-file',
        path: f.path,
        lineKind: 'ci',
        names: [f.path],
      }));
      if (!created) continue;
      const r = emptyReach();
      r.systems.add(system.id);
      r.release = releaseName(f.path);
      this.roots.push({ unit, reach: r });
      if (/\.(sh|bash)$/.test(f.path)) {
        unit.children.add(this.scriptUnit(f.path));
        continue;
      }
      // Other CI systems' files are scanned line by line: their commands sit in script-like keys, and a
      // line scan finds them without the cost of building a YAML tree (Jenkins Job Builder files run to
      // hundreds of kilobytes).
      const text = s.read(f.path);
      if (text === undefined) continue;
      if (/\.ya?ml$/.test(f.path)) this.addYamlText(unit, text);
      else this.addText(unit, 1, text, undefined);
    }
  }

  /**
   * Lines of a YAML CI file that hold commands: values of script-like keys (`script:`, `- run: make x`,
   * `commands:`), the items and block-scalar lines under them. Keys, names and images are left out.
   */
  private addYamlText(unit: Unit, text: string): void {
    const lines = text.split('\n');
    let blockIndent = -1;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] as string;
      const indent = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t === '' || t.startsWith('#')) continue;
      if (blockIndent >= 0 && (indent > blockIndent || (indent === blockIndent && t.startsWith('- ')))) {
        this.addLine(unit, i + 1, t.replace(/^-\s+/, '').replace(/^(["'])(.*)\1$/, '$2'), undefined);
        continue;
      }
      blockIndent = -1;
      const m = /^(?:-\s+)?([\w.-]+)\s*:\s*(.*)$/.exec(t);
      if (!m?.[1] || !isScriptKey(m[1])) continue;
      const value = (m[2] ?? '').replace(/\s+#.*$/, '');
      if (value === '' || /^[|>][-+0-9]*$/.test(value)) blockIndent = indent + (t.startsWith('- ') ? 2 : 0);
      else this.addLine(unit, i + 1, value.replace(/^(["'])(.*)\1$/, '$2'), undefined);
    }
  }

  // ---- Makefiles and scripts ----

  /** A makefile with the makefiles it includes (`include make/*.mk`), merged, sharing their variables. */
  private makefile(path: string): Makefile | undefined {
    if (this.makefiles.has(path)) return this.makefiles.get(path);
    const text = this.snapshot.read(path);
    if (text === undefined) {
      this.makefiles.set(path, undefined);
      return undefined;
    }
    const dir = posix.dirname(path) === '.' ? '' : `${posix.dirname(path)}/`;
    const variables = makefileVariables(text);
    const files: { path: string; text: string }[] = [];
    const seen = new Set([path]);
    let pending = makefileIncludes(text, variables);
    for (let depth = 0; depth < 3 && pending.length > 0; depth++) {
      const next: string[] = [];
      for (const operand of pending) {
        const rel = posix.normalize(`${dir}${operand}`);
        if (rel.startsWith('..') || rel.startsWith('/')) continue;
        const paths = /[*?[]/.test(rel)
          ? findFiles(this.snapshot, [rel])
          : this.snapshot.has(rel)
            ? [rel]
            : [];
        for (const p of paths) {
          if (seen.has(p) || files.length >= MAX_INCLUDES) continue;
          seen.add(p);
          const t = this.snapshot.read(p);
          if (t === undefined) continue;
          files.push({ path: p, text: t });
          makefileVariables(t, variables);
          next.push(...makefileIncludes(t, variables));
        }
      }
      pending = next;
    }
    const main = parseMakefile(path, text, variables);
    const mk = files.length
      ? mergeMakefiles(
          main,
          files.map((f) => parseMakefile(f.path, f.text, variables)),
        )
      : main;
    this.makefiles.set(path, mk);
    return mk;
  }

  private makeUnit(mk: Makefile, target: string): Unit | undefined {
    const rule = mk.rules.get(target);
    if (!rule) return undefined;
    const { unit, created } = this.unit(`make\0${rule.path}\0${target}`, () => ({
      kind: 'make',
      path: rule.path,
      target,
      lineKind: 'make',
      names: [`make ${target}`],
    }));
    if (!created) return unit;
    const dir = posix.dirname(mk.path) === '.' ? undefined : posix.dirname(mk.path);
    for (const r of rule.recipe) this.addLine(unit, r.line, r.text, dir);
    for (const p of rule.prerequisites) {
      const child = this.makeUnit(mk, p);
      if (child && child !== unit) unit.children.add(child);
    }
    return unit;
  }

  private scriptUnit(path: string): Unit {
    const { unit, created } = this.unit(`script\0${path}`, () => ({
      kind: 'script',
      path,
      lineKind: 'script',
      names: [path],
    }));
    if (!created) return unit;
    // Python and other scripts are cited by path but not read line by line (imports are not commands).
    if (!/\.(sh|bash)$/.test(path) || this.scripts >= MAX_SCRIPTS) return unit;
    this.scripts++;
    const text = this.snapshot.read(path);
    if (text !== undefined) this.addText(unit, 1, text, undefined);
    return unit;
  }

  /** Adds a script body's lines to a unit and links the make targets and scripts it calls. */
  private addText(unit: Unit, firstLine: number, text: string, cwd: string | undefined): void {
    let dir = cwd;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const cd = /^\s*(?:pushd|cd)\s+([\w./-]+)\s*(?:$|&&|;)/.exec(line);
      if (cd?.[1]) dir = posix.normalize(posix.join(dir ?? '', cd[1]));
      this.addLine(unit, firstLine + i, line, dir, unit.path);
    }
  }

  private addLine(
    unit: Unit,
    line: number,
    raw: string,
    dir: string | undefined,
    referrer = unit.path,
  ): void {
    if (!isCommandText(raw)) return;
    const text = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    unit.lines.push({ line, text });
    if (text.includes('make') || text.includes('MAKE')) {
      for (const call of makeCalls(text)) this.linkMake(unit, call, dir);
    }
    if (/\.(sh|bash|py)\b/.test(text)) {
      for (const m of text.matchAll(SCRIPT_REF)) {
        const resolved = m[1] ? this.resolvePath(m[1], dir, referrer) : undefined;
        if (!resolved || notProject(resolved)) continue;
        const child = this.scriptUnit(resolved);
        if (child !== unit) unit.children.add(child);
      }
    }
  }

  private linkMake(unit: Unit, call: MakeCall, cwd: string | undefined): void {
    const dir = posix.normalize(posix.join(cwd ?? '', call.dir ?? ''));
    const base = dir === '.' ? '' : `${dir}/`;
    const candidates = call.file
      ? [`${base}${call.file}`]
      : [`${base}Makefile`, `${base}GNUmakefile`, `${base}makefile`];
    const path = candidates.map((p) => posix.normalize(p)).find((p) => this.snapshot.has(p));
    if (!path) return;
    const mk = this.makefile(path);
    if (!mk) return;
    const targets = call.targets.length > 0 ? call.targets : defaultTarget(mk);
    for (const t of targets) {
      const child = this.makeUnit(mk, t);
      if (child && child !== unit) unit.children.add(child);
    }
  }

  private resolvePath(ref: string, cwd: string | undefined, referrer: string): string | undefined {
    const stripped = ref.replace(/^(?:\$\{?\w+\}?|\$\(\w+\))\//, '');
    const candidates = [
      posix.join(cwd ?? '', stripped),
      stripped,
      posix.join(posix.dirname(referrer), stripped),
    ].map((p) => posix.normalize(p));
    return candidates.find((p) => !p.startsWith('..') && !p.startsWith('/') && this.snapshot.has(p));
  }

  // ---- reach ----

  private propagate(seeds: { unit: Unit; reach: Reach }[]): void {
    const queue: Unit[] = [];
    for (const { unit, reach } of seeds) {
      const r = cloneReach(reach);
      for (const n of unit.names) if (r.context.size < MAX_CONTEXT) r.context.add(n);
      if (grow(unit.reach, r)) queue.push(unit);
    }
    let steps = 0;
    while (queue.length > 0 && steps++ < 200_000) {
      const u = queue.shift() as Unit;
      for (const child of u.children) {
        const r = cloneReach(u.reach);
        if (child.kind === 'make' && u.kind !== 'make' && child.target)
          r.makeTargets = new Set([child.target]);
        if (
          child.kind === 'step' ||
          child.kind === 'make' ||
          child.kind === 'script' ||
          child.kind === 'file'
        ) {
          for (const n of child.names) if (r.context.size < MAX_CONTEXT) r.context.add(n);
        }
        if (child.kind === 'step' && child.names.some((n) => /release|publish/i.test(n))) r.release = true;
        if (grow(child.reach, r)) queue.push(child);
      }
    }
  }
}

function isScriptKey(key: string): boolean {
  return SCRIPT_KEYS.has(key) || key.endsWith('_script') || key.endsWith('_scripts');
}

function releaseName(...names: (string | undefined)[]): boolean {
  return names.some((n) => n !== undefined && /release|publish|deliver/i.test(n));
}

function cloneReach(r: Reach): Reach {
  return {
    systems: new Set(r.systems),
    workflows: new Set(r.workflows),
    triggers: new Set(r.triggers),
    cadences: new Set(r.cadences),
    release: r.release,
    makeTargets: new Set(r.makeTargets),
    context: new Set(r.context),
  };
}

function mergeInto(into: Reach, from: Reach): Reach {
  grow(into, from);
  return into;
}

/** Adds `from` into `into`; true when `into` changed. */
function grow(into: Reach, from: Reach): boolean {
  let changed = false;
  const add = <T>(a: Set<T>, b: Set<T>, cap = Number.POSITIVE_INFINITY): void => {
    for (const x of b) {
      if (!a.has(x) && a.size < cap) {
        a.add(x);
        changed = true;
      }
    }
  };
  add(into.systems, from.systems);
  add(into.workflows, from.workflows);
  add(into.triggers, from.triggers);
  add(into.cadences, from.cadences);
  add(into.makeTargets, from.makeTargets, 10);
  add(into.context, from.context, MAX_CONTEXT);
  if (from.release && !into.release) {
    into.release = true;
    changed = true;
  }
  return changed;
}

/** `./.github/actions/x` and `.github/actions/x/action.yml` name the same action. */
function normaliseLocal(p: string): string {
  return p
    .replace(/^\.\//, '')
    .replace(/@.*$/, '')
    .replace(/\/action\.ya?ml$/, '')
    .replace(/\/$/, '');
}

function defaultTarget(mk: Makefile): string[] {
  for (const t of mk.rules.keys()) if (!t.startsWith('.') && !t.includes('%')) return [t];
  return [];
}

/** The order a reviewer reads "when it runs" in: pull requests first, manual runs last. */
export const RUN_WHEN_ORDER: RunWhen[] = [
  'pull-request',
  'push',
  'merge-queue',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'schedule',
  'release',
  'manual',
];

/** When a reached line runs, in a reviewer's words (a schedule with no readable cadence is just "schedule"). */
export function whenOf(o: Reach): RunWhen[] {
  const out: RunWhen[] = [];
  for (const t of o.triggers) {
    if (t === 'pull-request' || t === 'pull-request-target') out.push('pull-request');
    else if (t === 'push') out.push('push');
    else if (t === 'merge-queue') out.push('merge-queue');
    else if (t === 'release' || t === 'tag') out.push('release');
    else if (t === 'manual') out.push('manual');
  }
  for (const c of o.cadences) out.push(c === 'other' ? 'schedule' : c);
  if (o.triggers.has('schedule') && o.cadences.size === 0) out.push('schedule');
  if (o.release) out.push('release');
  return out;
}
