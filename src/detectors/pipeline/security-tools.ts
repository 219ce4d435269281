// Development pipeline: the tools the project runs (code and dependency scanning, linters, license checks,
// SBOMs, signing, provenance, update bots, Scorecard), recognised from the catalogue in
// src/catalogue/security-tools.ts wherever they appear: GitHub Action `uses:`, commands in CI steps and in
// the Makefile targets and scripts they reach, other CI systems' scripts, configuration files, linters that
// golangci-lint or Arcanist enable, pre-commit hooks, release configuration and README badges. One fact per
// tool, with up to three references, preferring the places that show it runs in CI.
import picomatch from 'picomatch';
import { CI_SYSTEMS, NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import {
  CATEGORY_TOPIC,
  type CommandPattern,
  EXPECTED_CATEGORIES,
  type PipelineTopic,
  TOOLS,
  type Tool,
} from '../../catalogue/security-tools.js';
import { ciSourcesOf, isCommandText, type Reach, RUN_WHEN_ORDER, whenOf } from '../../ci/ci-sources.js';
import { workflowsOf } from '../../ci/workflows.js';
import type { RunWhen, ToolFact } from '../../evidence/kinds/pipeline.js';
import { type AnyFact, fact, type Ref, type Unknown } from '../../evidence/model.js';
import { markdownLinks } from '../../markdown/parse.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { findFiles } from '../../text/paths.js';
import { asMap, asSeq, entry, get, list, rootMap, str, type YNode, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const MAX_REFS = 3;

/** Where a tool was seen, strongest evidence first. */
type Channel =
  | 'ci'
  | 'ci-make'
  | 'ci-script'
  | 'host'
  | 'pre-commit'
  | 'make'
  | 'script'
  | 'release-config'
  | 'config'
  | 'badge'
  | 'test-file';
const CHANNEL_RANK: Record<Channel, number> = {
  ci: 0,
  'ci-make': 1,
  'ci-script': 2,
  'release-config': 3,
  host: 4,
  'pre-commit': 5,
  make: 6,
  script: 7,
  'test-file': 8,
  config: 9,
  badge: 10,
};

interface Place {
  path: string;
  line?: number;
  channel: Channel;
}

interface Found {
  tool: Tool;
  places: Place[];
  ci: Set<string>;
  when: Set<RunWhen>;
  makeTargets: Set<string>;
  localTargets: Set<string>;
  hosts: Set<string>;
  preCommit: boolean;
  scripts: Set<string>;
  configs: Set<string>;
  badge: boolean;
  details: string[];
  release: boolean;
}

const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });
const SYSTEM_NAMES = new Map(CI_SYSTEMS.map((s) => [s.id, s.name]));

export const securityToolsDetector = defineDetector({
  id: 'security-tools',
  section: SECTION,
  reads: [
    '.github/workflows/*',
    '.github/actions/**/action.yml',
    'other CI files (.travis.yml, .gitlab-ci.yml, Jenkinsfile...)',
    'Makefile',
    'ci/ scripts',
    '.pre-commit-config.yaml',
    'tool configuration files',
    'README.md badges',
  ],
  detect(snapshot) {
    const found = new Map<string, Found>();
    const at = (tool: Tool): Found => {
      let f = found.get(tool.id);
      if (!f) {
        f = {
          tool,
          places: [],
          ci: new Set(),
          when: new Set(),
          makeTargets: new Set(),
          localTargets: new Set(),
          hosts: new Set(),
          preCommit: false,
          scripts: new Set(),
          configs: new Set(),
          badge: false,
          details: [],
          release: false,
        };
        found.set(tool.id, f);
      }
      return f;
    };
    const place = (f: Found, p: Place): void => {
      if (!f.places.some((q) => q.path === p.path && q.line === p.line)) f.places.push(p);
    };
    const fromReach = (f: Found, r: Reach): void => {
      if (r.systems.size === 0) return;
      for (const s of r.systems) f.ci.add(SYSTEM_NAMES.get(s) ?? s);
      for (const w of whenOf(r)) f.when.add(w);
      if (r.release) f.release = true;
      for (const t of r.makeTargets) f.makeTargets.add(t);
    };

    const sources = ciSourcesOf(snapshot);
    const { workflows } = workflowsOf(snapshot);

    // 1. GitHub Actions `uses:` (steps, reusable workflows, composite actions).
    for (const w of workflows) {
      const reach = sources.reachOf(w.path);
      for (const job of w.jobs) {
        const refs = [...(job.uses ? [job.uses] : []), ...job.steps.flatMap((s) => (s.uses ? [s.uses] : []))];
        for (const uses of refs) {
          const tools = toolsForUses(uses.value);
          for (const tool of tools) {
            const f = at(tool);
            place(f, { path: w.path, line: uses.line, channel: 'ci' });
            fromReach(f, reach);
          }
        }
      }
    }

    // 2. Commands on CI lines, Makefile recipes and scripts.
    for (const line of sources.lines) {
      const tools = toolsForCommand(line.text, true);
      if (tools.length === 0) continue;
      const reached = line.reach.systems.size > 0;
      for (const tool of tools) {
        const f = at(tool);
        const channel: Channel =
          line.kind === 'ci'
            ? 'ci'
            : line.kind === 'make'
              ? reached
                ? 'ci-make'
                : 'make'
              : reached
                ? 'ci-script'
                : 'script';
        place(f, { path: line.path, line: line.line, channel });
        fromReach(f, line.reach);
        if (!reached && line.kind === 'make' && line.target) f.localTargets.add(line.target);
        if (!reached && line.kind === 'script') f.scripts.add(line.path);
      }
    }

    // 3. Configuration files.
    for (const tool of TOOLS) {
      if (!tool.configs) continue;
      for (const path of findFiles(snapshot, tool.configs)) {
        if (notProject(path)) continue;
        const f = at(tool);
        f.configs.add(path);
        place(f, { path, line: 1, channel: 'config' });
        if (f.configs.size >= 5) break;
      }
    }

    // 4. Linters enabled inside golangci-lint and Arcanist.
    readGolangci(snapshot, at, place);
    readArclint(snapshot, at, place);

    // 5. pre-commit hooks.
    readPreCommit(snapshot, at, place);

    // 6. Release configuration (GoReleaser signs, SBOMs).
    readGoreleaser(snapshot, at, place);

    // 7. Dependency update bots' configuration.
    const dependabot = found.get('dependabot');
    if (dependabot) readDependabot(snapshot, dependabot, place);

    // 8. Fuzz tests and property-based tests in the code.
    readFuzzTests(snapshot, at, place);

    // 9. README badges.
    readBadges(snapshot, at, place);

    // Linters that only a host tool enables are listed in the host's statement, not one statement each.
    for (const f of found.values()) {
      if (!folded(f)) continue;
      const hostId = f.hosts.has('golangci-lint') ? 'golangci-lint' : 'arcanist-lint';
      const host = found.get(hostId) ?? at(tool(hostId));
      if (hostId === 'arcanist-lint') {
        const names = host.details.find((d) => d.startsWith('linters: '));
        const list = names ? names.slice('linters: '.length).split(', ') : [];
        if (!list.includes(f.tool.name)) list.push(f.tool.name);
        host.details = [
          ...host.details.filter((d) => !d.startsWith('linters: ')),
          `linters: ${list.join(', ')}`,
        ];
        if (host.places.length === 0) place(host, { path: '.arclint', line: 1, channel: 'config' });
      }
    }
    const facts = [...found.values()]
      .filter((f) => f.places.length > 0 && !folded(f))
      .map((f) => toFact(snapshot, f))
      .sort((a, b) => topicRank(a.topic) - topicRank(b.topic));
    return { facts, unknowns: [...missingCategories(found, snapshot), ...configProblems(snapshot)] };
  },
});

// ---- matching ----

interface CommandMatcher {
  tool: Tool;
  re?: RegExp;
  /** For a pattern tried on every line: substrings (lower case) one of which the line must contain. */
  hints?: readonly string[];
}

const byWord = new Map<string, CommandMatcher[]>();
const everyLine: CommandMatcher[] = [];
const usesPrefixes: { prefix: string; tool: Tool }[] = [];
const usesPatterns = TOOLS.filter((t) => t.usesPattern);
for (const tool of TOOLS) {
  for (const c of tool.commands ?? []) addCommand(tool, c);
  for (const u of tool.uses ?? []) usesPrefixes.push({ prefix: u.toLowerCase(), tool });
}

function addCommand(tool: Tool, c: CommandPattern): void {
  if (typeof c === 'string') {
    const words = c.toLowerCase().split(/\s+/);
    const first = words[0] as string;
    const re =
      words.length > 1
        ? new RegExp(`(?<![\\w-])${words.map(escapeRe).join('\\s+')}(?![\\w-])`, 'i')
        : undefined;
    push(first, { tool, ...(re ? { re } : {}) });
  } else if (c.word === '') {
    everyLine.push({ tool, re: c.re, hints: c.hints ?? [] });
  } else {
    push(c.word.toLowerCase(), { tool, re: c.re });
  }
}

function push(word: string, m: CommandMatcher): void {
  const list = byWord.get(word) ?? [];
  list.push(m);
  byWord.set(word, list);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SEPARATORS = /[^a-z0-9_.+-]+/;
const NO_TOOLS: Tool[] = [];

/** Tools whose command appears on a shell line (`checked`: the caller already knows it is a command). */
export function toolsForCommand(text: string, checked = false): Tool[] {
  if (text.length > 2_000 || (!checked && !isCommandText(text))) return NO_TOOLS;
  const lower = text.toLowerCase();
  let out: Tool[] | undefined;
  // Each pattern is tried at most once per line, however often its word occurs (a line of 500 `gpg`s).
  let tried: CommandMatcher[] | undefined;
  // Words are looked up in an index of command words; a word inside a longer path segment
  // (`trivy-results.sarif`) is a different word and does not match.
  for (let token of lower.split(SEPARATORS)) {
    if (token.length < 2) continue;
    let matchers = byWord.get(token);
    if (!matchers) {
      const last = token.charCodeAt(token.length - 1);
      if (last === 46 || last === 43 || last === 45) token = token.replace(/[.+-]+$/, '');
      else if (token.endsWith('.exe')) token = token.slice(0, -4);
      else continue;
      matchers = byWord.get(token);
      if (!matchers) continue;
    }
    for (const matcher of matchers) {
      if (out?.includes(matcher.tool) || tried?.includes(matcher)) continue;
      if (matcher.re) {
        tried ??= [];
        tried.push(matcher);
        if (!matcher.re.test(text)) continue;
      }
      out ??= [];
      out.push(matcher.tool);
    }
  }
  for (const matcher of everyLine) {
    if (out?.includes(matcher.tool) || !matcher.hints?.some((h) => lower.includes(h))) continue;
    if (matcher.re?.test(text)) {
      out ??= [];
      out.push(matcher.tool);
    }
  }
  return out ?? NO_TOOLS;
}

/** Tools of a `uses:` reference (`owner/repo/path@ref`, or `docker://image` read as a command). */
export function toolsForUses(uses: string): Tool[] {
  const value = uses.trim().toLowerCase();
  if (value.startsWith('docker://'))
    return toolsForCommand(value.slice('docker://'.length).replace(/[:@].*$/, ''));
  const ref = value.replace(/@.*$/, '');
  const out = new Set<Tool>();
  for (const { prefix, tool } of usesPrefixes) {
    if (ref === prefix || ref.startsWith(`${prefix}/`)) out.add(tool);
  }
  if (out.size === 0) for (const tool of usesPatterns) if (tool.usesPattern?.test(ref)) out.add(tool);
  return [...out];
}

// ---- origins ----

// ---- configuration readers ----

type At = (tool: Tool) => Found;
type PlaceFn = (f: Found, p: Place) => void;

const TOOL_BY_ID = new Map(TOOLS.map((t) => [t.id, t]));
function tool(id: string): Tool {
  const t = TOOL_BY_ID.get(id);
  if (!t) throw new Error(`unknown tool ${id}`);
  return t;
}

const GOLANGCI_BY_NAME = new Map<string, Tool>();
for (const t of TOOLS) for (const n of t.golangci ?? []) GOLANGCI_BY_NAME.set(n, t);

function readGolangci(snapshot: Snapshot, at: At, place: PlaceFn): void {
  const configs = findFiles(snapshot, ['.golangci.{yml,yaml}', 'golangci.{yml,yaml}']).filter(
    (p) => !notProject(p),
  );
  for (const path of configs) {
    const file = { path };
    const result = yamlOf(snapshot, path);
    if (!result?.ok) continue;
    const root = rootMap(result.file);
    const linters = get(root, 'linters');
    const enabled = [...list(get(linters, 'enable')), ...list(get(get(root, 'formatters'), 'enable'))].filter(
      (n): n is Extract<YNode, { kind: 'scalar' }> => n.kind === 'scalar' && n.text !== '',
    );
    const all = str(get(linters, 'enable-all')) === 'true' || str(get(linters, 'default')) === 'all';
    const host = at(tool('golangci-lint'));
    const names: string[] = [];
    for (const n of enabled) {
      names.push(n.text);
      const t = GOLANGCI_BY_NAME.get(n.text);
      if (!t) continue;
      const f = at(t);
      f.hosts.add('golangci-lint');
      place(f, { path: file.path, line: n.line, channel: 'host' });
    }
    if (names.length > 0 && host.details.length === 0) {
      const notable = names.filter((n) => GOLANGCI_BY_NAME.has(n) || n === 'errcheck');
      host.details.push(
        `${names.length} linters enabled${notable.length ? ` (including ${notable.slice(0, 6).join(', ')})` : ''}`,
      );
    } else if (all && host.details.length === 0) host.details.push('all linters enabled');
  }
}

function readArclint(snapshot: Snapshot, at: At, place: PlaceFn): void {
  if (!snapshot.has('.arclint')) return;
  const result = yamlOf(snapshot, '.arclint');
  if (!result?.ok) return;
  for (const e of asMap(get(rootMap(result.file), 'linters'))?.entries ?? []) {
    const type = get(e.value, 'type');
    const script = get(e.value, 'script-and-regex.script');
    for (const node of [type, script]) {
      if (node?.kind !== 'scalar' || !node.text) continue;
      for (const t of toolsForCommand(node.text)) {
        if (t.id === 'arcanist-lint') continue;
        const f = at(t);
        f.hosts.add('Arcanist lint');
        place(f, { path: '.arclint', line: node.line, channel: 'host' });
      }
    }
  }
}

const PRE_COMMIT_BY_ID = new Map<string, Tool>();
for (const t of TOOLS) for (const id of t.preCommit ?? []) PRE_COMMIT_BY_ID.set(id, t);

function readPreCommit(snapshot: Snapshot, at: At, place: PlaceFn): void {
  for (const path of ['.pre-commit-config.yaml', '.pre-commit-config.yml']) {
    if (!snapshot.has(path)) continue;
    const result = yamlOf(snapshot, path);
    if (!result?.ok) continue;
    for (const repo of list(get(rootMap(result.file), 'repos'))) {
      for (const hook of list(get(repo, 'hooks'))) {
        const id = get(hook, 'id');
        if (id?.kind !== 'scalar' || !id.text) continue;
        const t = PRE_COMMIT_BY_ID.get(id.text) ?? toolsForCommand(id.text)[0];
        if (!t) continue;
        const f = at(t);
        f.preCommit = true;
        place(f, { path, line: id.line, channel: 'pre-commit' });
      }
    }
  }
}

function readGoreleaser(snapshot: Snapshot, at: At, place: PlaceFn): void {
  for (const path of findFiles(snapshot, ['.goreleaser.{yml,yaml}', 'goreleaser.{yml,yaml}'])) {
    const file = { path };
    const result = yamlOf(snapshot, file.path);
    if (!result?.ok) continue;
    const root = rootMap(result.file);
    const add = (id: string, line: number, detail?: string): void => {
      const f = at(tool(id));
      f.hosts.add('GoReleaser');
      f.release = true;
      if (detail && !f.details.includes(detail)) f.details.push(detail);
      place(f, { path: file.path, line, channel: 'release-config' });
    };
    for (const key of ['signs', 'docker_signs', 'binary_signs']) {
      const e = entry(root, key);
      if (!e) continue;
      const cmds = list(e.value).map((s) => str(get(s, 'cmd')) ?? (key === 'signs' ? 'gpg' : 'cosign'));
      for (const cmd of cmds.length ? cmds : [key === 'signs' ? 'gpg' : 'cosign']) {
        if (/cosign/.test(cmd)) add('cosign', e.keyLine);
        else if (/gpg/.test(cmd)) add('gpg', e.keyLine);
      }
    }
    const sboms = entry(root, 'sboms');
    if (sboms) {
      const cmds = list(sboms.value).map((s) => str(get(s, 'cmd')) ?? 'syft');
      for (const cmd of cmds.length ? cmds : ['syft']) {
        if (/syft/.test(cmd)) add('syft', sboms.keyLine);
        else if (/cyclonedx/.test(cmd)) add('cyclonedx', sboms.keyLine);
      }
    }
    const notarize = entry(root, 'notarize');
    if (notarize) add('apple-notarization', notarize.keyLine);
  }
}

function readDependabot(snapshot: Snapshot, f: Found, place: PlaceFn): void {
  for (const path of f.configs) {
    const result = yamlOf(snapshot, path);
    if (!result?.ok) continue;
    const updates = asSeq(get(rootMap(result.file), 'updates'));
    const byEcosystem = new Map<string, Set<string>>();
    for (const u of updates?.items ?? []) {
      const eco = get(u, 'package-ecosystem');
      if (eco?.kind !== 'scalar' || !eco.text) continue;
      const interval = str(get(get(u, 'schedule'), 'interval'));
      const set = byEcosystem.get(eco.text) ?? new Set<string>();
      if (interval) set.add(interval);
      byEcosystem.set(eco.text, set);
      if (byEcosystem.size === 1) place(f, { path, line: eco.line, channel: 'config' });
    }
    for (const [eco, intervals] of byEcosystem) {
      f.details.push(intervals.size ? `${eco} (${[...intervals].join(', ')})` : eco);
    }
  }
}

/** Source files whose path names fuzzing (a fuzz/ directory, a *fuzz* file name). */
const FUZZ_PATH = /fuzz[^/]*(\/.*)?\.(go|c|cc|cpp|py|java|rs)$/i;
const FUZZ_CONTENT: { re: RegExp; tool: string }[] = [
  { re: /^func\s+Fuzz\w*\s*\(\s*\w+\s+\*testing\.F\s*\)/m, tool: 'go-fuzz' },
  { re: /\bLLVMFuzzerTestOneInput\b/, tool: 'libfuzzer' },
  { re: /^\s*import\s+atheris\b|^\s*from\s+atheris\b/m, tool: 'atheris' },
  { re: /\bcom\.code_intelligence\.jazzer\b/, tool: 'jazzer' },
  { re: /^\s*fuzz_target!\s*\(/m, tool: 'cargo-fuzz' },
];
const MAX_FUZZ_FILES = 40;

function readFuzzTests(snapshot: Snapshot, at: At, place: PlaceFn): void {
  const files = snapshot.files.filter(
    (f) => f.kind === 'file' && f.size < 256 * 1024 && FUZZ_PATH.test(f.path) && !notProject(f.path),
  );
  for (const file of files.slice(0, MAX_FUZZ_FILES)) {
    const text = snapshot.read(file.path);
    if (!text) continue;
    for (const { re, tool: id } of FUZZ_CONTENT) {
      const m = re.exec(text);
      if (!m) continue;
      const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
      const f = at(tool(id));
      place(f, { path: file.path, line, channel: 'test-file' });
    }
  }
  // Property-based testing declared as a development dependency.
  const pkg = snapshot.read('package.json');
  if (pkg) {
    const lines = pkg.split('\n');
    const i = lines.findIndex((l) => /"fast-check"\s*:/.test(l));
    if (i >= 0) place(at(tool('fast-check')), { path: 'package.json', line: i + 1, channel: 'config' });
  }
}

const README_GLOBS = ['README.md', 'README.markdown', 'readme.md', 'Readme.md', 'README.rst'];
const BADGES: { fragment: string; tool: Tool }[] = TOOLS.flatMap((t) =>
  (t.badges ?? []).map((b) => ({ fragment: b, tool: t })),
);

function readBadges(snapshot: Snapshot, at: At, place: PlaceFn): void {
  const readme = README_GLOBS.find((p) => snapshot.has(p));
  if (!readme?.endsWith('.md')) return;
  const doc = snapshot.markdown(readme);
  if (!doc) return;
  for (const link of markdownLinks(doc)) {
    const url = link.url.toLowerCase();
    for (const { fragment, tool: t } of BADGES) {
      if (!url.includes(fragment)) continue;
      const f = at(t);
      f.badge = true;
      place(f, { path: readme, line: link.line, channel: 'badge' });
    }
  }
}

// ---- facts ----

/**
 * A linter seen only inside a host tool's configuration (golangci-lint, Arcanist lint), perhaps with its own
 * configuration file: the host's statement lists it.
 */
function folded(f: Found): boolean {
  return (
    (f.tool.category === 'lint' || f.tool.category === 'coverage') &&
    !HOST_TOOLS.has(f.tool.id) &&
    f.hosts.size > 0 &&
    f.places.every((p) => p.channel === 'host' || p.channel === 'config')
  );
}

const HOST_TOOLS = new Set(['golangci-lint', 'arcanist-lint']);

const TOPIC_ORDER: PipelineTopic[] = [
  'Security scanning',
  'Code quality',
  'Dependencies',
  'Release integrity',
  'OpenSSF Scorecard',
];

function topicRank(topic: string | undefined): number {
  const i = TOPIC_ORDER.indexOf(topic as PipelineTopic);
  return i < 0 ? TOPIC_ORDER.length : i;
}

function topicOf(f: Found): PipelineTopic {
  if (f.tool.topic) return f.tool.topic;
  if (f.tool.category === 'sbom' && f.release) return 'Release integrity';
  return CATEGORY_TOPIC[f.tool.category];
}

function toFact(snapshot: Snapshot, f: Found): AnyFact {
  const inCi = f.ci.size > 0;
  const value: ToolFact = {
    tool: f.tool.name,
    ...(f.tool.plural ? { plural: true } : {}),
    toolId: f.tool.id,
    category: f.tool.category,
    what: f.tool.what,
    ci: [...f.ci].sort(),
    when: RUN_WHEN_ORDER.filter((w) => f.when.has(w)),
    makeTargets: [...(inCi ? f.makeTargets : f.localTargets)].slice(0, 3),
    hosts: [...f.hosts],
    preCommit: f.preCommit,
    scripts: inCi ? [] : [...f.scripts].slice(0, 2),
    configs: [...f.configs].slice(0, 3),
    badge: f.badge,
    details: f.details.slice(0, 8),
  };
  const confidence = inCi || f.hosts.size > 0 || f.preCommit ? 'observed' : 'inferred';
  return {
    ...fact('pipeline.tool', SECTION, value, refsOf(snapshot, f.places), confidence, f.tool.id),
    topic: topicOf(f),
  };
}

/** Up to three references, strongest first, one per file before a second from the same file. */
function refsOf(snapshot: Snapshot, places: Place[]): Ref[] {
  // A configuration file cited at line 1 adds nothing when a line of the same file is cited.
  const specific = new Set(places.filter((p) => (p.line ?? 1) > 1).map((p) => p.path));
  const kept = places.filter((p) => !(p.channel === 'config' && (p.line ?? 1) === 1 && specific.has(p.path)));
  const sorted = kept.sort((a, b) => CHANNEL_RANK[a.channel] - CHANNEL_RANK[b.channel]);
  const chosen: Place[] = [];
  const files = new Set<string>();
  for (const p of sorted) {
    if (chosen.length >= MAX_REFS) break;
    if (files.has(p.path)) continue;
    files.add(p.path);
    chosen.push(p);
  }
  for (const p of sorted) {
    if (chosen.length >= MAX_REFS) break;
    if (!chosen.includes(p)) chosen.push(p);
  }
  return chosen.map((p) => snapshot.ref(p.path, p.line));
}

/** YAML configuration read for tools (golangci-lint, pre-commit, GoReleaser, Dependabot) that did not parse. */
const PARSED_CONFIGS = [
  '.golangci.{yml,yaml}',
  'golangci.{yml,yaml}',
  '.goreleaser.{yml,yaml}',
  'goreleaser.{yml,yaml}',
  '.pre-commit-config.{yaml,yml}',
  '.github/dependabot.{yml,yaml}',
  '.arclint',
];

function configProblems(snapshot: Snapshot): Unknown[] {
  const out: Unknown[] = [];
  for (const path of findFiles(snapshot, PARSED_CONFIGS)) {
    const result = yamlOf(snapshot, path);
    if (!result || result.ok) continue;
    const p = result.problem;
    out.push({
      id: `pipeline.tool-config.parse-error:${path}`,
      section: SECTION,
      lookedFor: `the tool configuration in ${path}`,
      lookedIn: [p.line ? `${path}:${p.line}` : path],
      reason: 'parse-error',
      detail: `${p.message}${p.line ? ` (line ${p.line})` : ''}`,
    });
  }
  return out;
}

function missingCategories(found: Map<string, Found>, snapshot: Snapshot): Unknown[] {
  const categories = new Set(
    [...found.values()].filter((f) => f.places.length > 0).map((f) => f.tool.category),
  );
  const lookedIn = [
    '.github/workflows/*',
    ...[...ciSourcesOf(snapshot).systems.keys()]
      .filter((s) => s !== 'github-actions')
      .map((s) => SYSTEM_NAMES.get(s) ?? s),
    'Makefile',
    'ci/ scripts',
    '.pre-commit-config.yaml',
    'tool configuration files',
  ];
  return EXPECTED_CATEGORIES.filter((c) => !c.categories.some((x) => categories.has(x))).map((c) => ({
    id: `pipeline.tool.missing:${c.categories.join('+')}`,
    section: SECTION,
    lookedFor: c.lookedFor,
    lookedIn,
    reason: 'not-found' as const,
    detail: c.detail,
  }));
}
