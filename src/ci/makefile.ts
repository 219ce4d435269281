// Makefiles read for their rules: targets, prerequisites and recipe lines with their line numbers, so a CI
// step's `make test-unit` can be followed to the commands it runs. Simple variables are expanded and
// `include`d makefiles merged (by the caller, which can read files); make itself is never run (DESIGN §7).

export interface MakeRule {
  target: string;
  /** The file the rule is written in (an included makefile's, for an included rule). */
  path: string;
  line: number;
  prerequisites: string[];
  recipe: { line: number; text: string }[];
}

export interface Makefile {
  path: string;
  rules: Map<string, MakeRule>;
  /** Simple variables (`NAME := value`, `NAME = value`, `NAME ?= value`), unexpanded. */
  variables: Map<string, string>;
}

const INCLUDE = /^\s*(?:-include|sinclude|include)\s+(.+?)\s*(?:#.*)?$/;

/** The simple variables a makefile defines (first definition wins), unexpanded. */
export function makefileVariables(text: string, into = new Map<string, string>()): Map<string, string> {
  for (const raw of text.split('\n')) {
    if (raw.startsWith('\t') || into.size >= MAX_RULES) continue;
    const v = VARIABLE.exec(raw);
    if (v?.[1] && !into.has(v[1])) into.set(v[1], (v[2] ?? '').replace(/\\$/, '').slice(0, 1_000));
  }
  return into;
}

/** The operands of a makefile's `include` / `-include` lines, with variables expanded. */
export function makefileIncludes(text: string, variables: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const m = INCLUDE.exec(raw);
    if (!m?.[1]) continue;
    for (const operand of expandVariables(m[1], variables).split(/\s+/)) {
      if (operand && !operand.includes('$') && out.length < 100) out.push(operand);
    }
  }
  return out;
}

/** Rules of several makefiles (a makefile and the ones it includes) as one; the first rule of a target wins. */
export function mergeMakefiles(main: Makefile, included: readonly Makefile[]): Makefile {
  const rules = new Map(main.rules);
  for (const mk of included) {
    for (const [target, rule] of mk.rules) {
      const existing = rules.get(target);
      if (!existing) rules.set(target, rule);
      else if (existing.recipe.length === 0 && rule.recipe.length > 0)
        rules.set(target, { ...rule, prerequisites: [...existing.prerequisites, ...rule.prerequisites] });
      else
        existing.prerequisites.push(...rule.prerequisites.filter((p) => !existing.prerequisites.includes(p)));
    }
  }
  const variables = new Map(main.variables);
  for (const mk of included) for (const [k, v] of mk.variables) if (!variables.has(k)) variables.set(k, v);
  return { path: main.path, rules, variables };
}

const RULE = /^([^\t#=:][^#=:]*?)\s*::?(?!=)\s*(.*)$/;
const MAX_RULES = 5_000;

const VARIABLE = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?::{1,3}|\?|\+)?=\s*(.*?)\s*$/;
const REFERENCE = /\$[({]([A-Za-z_][\w.-]*)[)}]/g;

/** Expands `$(NAME)` and `${NAME}` from the Makefile's simple variables, a few levels deep. */
export function expandVariables(text: string, variables: ReadonlyMap<string, string>): string {
  let out = text;
  for (let i = 0; i < 4 && out.includes('$'); i++) {
    // A value computed by `$(shell ...)` is not known without running it: the reference stays.
    const next = out.replace(REFERENCE, (m, name: string) => {
      const value = variables.get(name);
      return value === undefined || value.includes('$(shell') ? m : value;
    });
    if (next === out) break;
    out = next.length > 4_000 ? next.slice(0, 4_000) : next;
  }
  return out;
}

/** One makefile's rules; `known` adds variables defined elsewhere (in the makefiles that include it). */
export function parseMakefile(path: string, text: string, known?: ReadonlyMap<string, string>): Makefile {
  const rules = new Map<string, MakeRule>();
  const variables = makefileVariables(text, new Map(known));
  let current: MakeRule[] = [];
  const lines = text.split('\n');
  const expand = (s: string): string => (s.includes('$') ? expandVariables(s, variables) : s);
  for (let i = 0; i < lines.length && rules.size < MAX_RULES; i++) {
    const raw = lines[i] as string;
    if (raw.startsWith('\t')) {
      const body = expand(raw.slice(1));
      for (const r of current) r.recipe.push({ line: i + 1, text: body });
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    // A continuation of the previous non-recipe line (a long prerequisite list or a variable).
    if (i > 0 && (lines[i - 1] as string).endsWith('\\') && !(lines[i - 1] as string).startsWith('\t'))
      continue;
    const m = RULE.exec(expand(raw));
    if (
      !m ||
      /^(if|ifeq|ifneq|ifdef|ifndef|else|endif|define|endef|include|-include|export|override)\b/.test(trimmed)
    ) {
      current = [];
      continue;
    }
    const targets = (m[1] as string).trim().split(/\s+/);
    let rest = (m[2] as string).replace(/\\$/, '');
    const semi = rest.indexOf(';');
    let inline: string | undefined;
    if (semi >= 0) {
      inline = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi);
    }
    // `target: VAR := value` sets a variable for the target: not a rule line of its own.
    const targetVariable = /^[\w.-]+\s*[:+?!]?=/.test(rest.trim());
    const prerequisites = targetVariable
      ? []
      : rest
          .split(/\s+/)
          .filter((p) => p && p !== '|' && !p.startsWith('$'))
          .slice(0, 100);
    const next: MakeRule[] = [];
    for (const target of targets) {
      if (!target || target.includes('$') || /[()|]/.test(target)) continue;
      let rule = rules.get(target);
      if (!rule) {
        rule = { target, path, line: i + 1, prerequisites: [], recipe: [] };
        rules.set(target, rule);
      }
      rule.prerequisites.push(...prerequisites);
      if (inline) rule.recipe.push({ line: i + 1, text: inline });
      next.push(rule);
    }
    // Target-specific variables keep the previous rule's recipe context untouched.
    if (!targetVariable) current = next;
  }
  return { path, rules, variables };
}

export interface MakeCall {
  /** `-C dir` / `--directory=dir`. */
  dir?: string;
  /** `-f file`. */
  file?: string;
  targets: string[];
}

const MAKE_CALL = /(?:^|[\s;&|(`])(?:\$\(MAKE\)|\$\{MAKE\}|g?make)(?=\s|$)([^;&|`)\n#]*)/g;

/** The `make` invocations on a shell line, with their directory, makefile and targets. */
export function makeCalls(text: string): MakeCall[] {
  const calls: MakeCall[] = [];
  for (const m of text.matchAll(MAKE_CALL)) {
    const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const call: MakeCall = { targets: [] };
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (/^[<>]|^\d?>/.test(w)) break;
      if (w === '-C' || w === '--directory') {
        const dir = words[++i];
        if (dir) call.dir = dir;
      } else if (w.startsWith('--directory=')) call.dir = w.slice('--directory='.length);
      else if (w.startsWith('-C') && w.length > 2) call.dir = w.slice(2);
      else if (w === '-f' || w === '--file' || w === '--makefile') {
        const file = words[++i];
        if (file) call.file = file;
      } else if (w === '-j' || w === '-l' || w === '-o' || w === '-W') {
        if (/^\d+$/.test(words[i + 1] ?? '')) i++;
      } else if (w.startsWith('-')) {
        // other flags
      } else if (w.includes('=')) {
        // VAR=value
      } else if (/^[\w.\-/%]+$/.test(w)) call.targets.push(w);
    }
    calls.push(call);
  }
  return calls;
}
