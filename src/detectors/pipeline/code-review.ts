// Development pipeline: code review rules — CODEOWNERS (rules and owners), Kubernetes/Prow OWNERS files
// (approvers and reviewers, aliases resolved through OWNERS_ALIASES), and review rules stated in the
// contribution documents ("one maintainer's approval is required to merge a PR"), each cited at its line.
import picomatch from 'picomatch';
import { NOT_PROJECT_PATHS } from '../../catalogue/ci-systems.js';
import {
  CODEOWNERS_PATHS,
  MAX_OWNERS_FILES,
  NOT_REVIEW_CONTEXT,
  REVIEW_CONTEXT,
  REVIEW_RULES,
} from '../../catalogue/pipeline-contribution.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { contributionDocs } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { asMap, get, rootMap, strings, type YNode, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'Code review and contribution';
const notProject = picomatch(NOT_PROJECT_PATHS, { dot: true });

export const codeReviewDetector = defineDetector({
  id: 'code-review',
  section: SECTION,
  reads: [...CODEOWNERS_PATHS, '**/OWNERS', 'OWNERS_ALIASES', 'CONTRIBUTING.md', 'GOVERNANCE.md'],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    const codeOwners = readCodeOwners(snapshot);
    if (codeOwners) facts.push(codeOwners);
    const owners = readOwnersFiles(snapshot);
    if (owners) facts.push(owners);
    facts.push(...statedRules(snapshot));
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'pipeline.code-review',
          section: SECTION,
          lookedFor: 'code review rules (CODEOWNERS, OWNERS files, a stated number of approvals)',
          lookedIn: [...CODEOWNERS_PATHS.slice(0, 2), 'OWNERS', ...contributionDocs(snapshot).slice(0, 3)],
          reason: 'not-found',
          detail: 'if branch protection requires reviews, say how many and from whom',
        },
      ],
    };
  },
});

function readCodeOwners(snapshot: Snapshot): AnyFact | undefined {
  const path = CODEOWNERS_PATHS.find((p) => snapshot.has(p));
  if (!path) return undefined;
  const text = snapshot.read(path);
  if (text === undefined) return undefined;
  let rules = 0;
  let firstLine = 0;
  const counts = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('[')) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    rules++;
    if (!firstLine) firstLine = i + 1;
    for (const o of owners) if (o.startsWith('@') || o.includes('@')) counts.set(o, (counts.get(o) ?? 0) + 1);
  });
  if (rules === 0) return undefined;
  const owners = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o);
  return {
    ...fact(
      'pipeline.code-owners',
      SECTION,
      { path, rules, owners: owners.slice(0, 10) },
      [snapshot.ref(path, firstLine)],
      'observed',
    ),
    topic: TOPIC,
  };
}

function readOwnersFiles(snapshot: Snapshot): AnyFact | undefined {
  const files = snapshot.files
    .filter(
      (f) => f.kind === 'file' && (f.path === 'OWNERS' || f.path.endsWith('/OWNERS')) && !notProject(f.path),
    )
    .slice(0, MAX_OWNERS_FILES);
  if (files.length === 0) return undefined;
  const aliases = new Map<string, string[]>();
  const aliasFile = snapshot.has('OWNERS_ALIASES') ? yamlOf(snapshot, 'OWNERS_ALIASES') : undefined;
  if (aliasFile?.ok) {
    const map = get(rootMap(aliasFile.file), 'aliases');
    if (map?.kind === 'map')
      for (const e of map.entries)
        aliases.set(
          e.key,
          strings(e.value).map((s) => s.text),
        );
  }
  const approvers = new Set<string>();
  const reviewers = new Set<string>();
  const expand = (names: string[], into: Set<string>): void => {
    for (const n of names) for (const m of aliases.get(n) ?? [n]) into.add(m.toLowerCase());
  };
  let counted = 0;
  let first: { path: string; line: number } | undefined;
  for (const f of files) {
    const text = snapshot.read(f.path);
    if (text === undefined) continue;
    const owners = readOwners(snapshot, f.path, text);
    if (!owners) continue;
    counted++;
    expand(owners.approvers, approvers);
    expand(owners.reviewers, reviewers);
    if (!first) first = { path: f.path, line: owners.line };
  }
  if (counted === 0 || !first) return undefined;
  const refs = [snapshot.ref(first.path, first.line)];
  if (aliases.size > 0) refs.push(snapshot.ref('OWNERS_ALIASES', 1));
  return {
    ...fact(
      'pipeline.owners-files',
      SECTION,
      { files: counted, approvers: approvers.size, reviewers: reviewers.size, aliases: aliases.size > 0 },
      refs,
      'observed',
    ),
    topic: TOPIC,
  };
}

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  a: 1,
  an: 1,
  single: 1,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

function statedRules(snapshot: Snapshot): AnyFact[] {
  const out: AnyFact[] = [];
  const seen = new Set<string>();
  for (const path of contributionDocs(snapshot, /approv|LGTM|\+1/i)) {
    for (const s of proseOf(snapshot, path)?.sentences ?? []) {
      if (s.text.length > 400 || NOT_REVIEW_CONTEXT.test(s.text)) continue;
      if (!REVIEW_CONTEXT.test(s.text) && !REVIEW_CONTEXT.test(s.headings.join(' '))) continue;
      const m = REVIEW_RULES.map((re) => re.exec(s.text)).find((x) => x !== null);
      if (!m) continue;
      const words = m[0].toLowerCase();
      const countWord = /\b(one|two|three|four|1|2|3|4|a|an|single)\b/.exec(words)?.[1];
      const approvals = countWord ? NUMBERS[countWord] : undefined;
      const role =
        /\b(maintainer|approver|reviewer|committer|code\s*owner|owner|core(?:\s+team)?\s+member|team\s+member)s?\b/
          .exec(words)?.[1]
          ?.replace(/\s+/g, ' ');
      const key = `${approvals}|${role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...fact(
          'pipeline.review-rule',
          SECTION,
          { path, ...(approvals !== undefined ? { approvals } : {}), ...(role ? { role } : {}) },
          [snapshot.ref(path, s.line)],
          'stated',
          `${path}:${s.line}`,
        ),
        topic: TOPIC,
      });
      if (out.length >= 2) return out;
    }
  }
  return out;
}

interface Owners {
  approvers: string[];
  reviewers: string[];
  /** Line of the first `approvers:` or `reviewers:` key. */
  line: number;
}

/**
 * An OWNERS file's approvers and reviewers (top level and under `filters:`). The format is a few block lists,
 * read line by line; a file in another shape (flow lists, anchors) goes through the YAML parser.
 */
function readOwners(snapshot: Snapshot, path: string, text: string): Owners | undefined {
  if (/[[{&*]/.test(text.replace(/#.*$/gm, ''))) return readOwnersYaml(snapshot, path);
  const out: Owners = { approvers: [], reviewers: [], line: 0 };
  let current: string[] | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    const key = /^\s*([\w.-]+|"[^"]*")\s*:\s*$/.exec(line);
    if (key) {
      current = key[1] === 'approvers' ? out.approvers : key[1] === 'reviewers' ? out.reviewers : undefined;
      if (current && !out.line) out.line = i + 1;
      return;
    }
    const item = /^\s*-\s*([\w.@-]+)\s*$/.exec(line);
    if (item?.[1] && current) current.push(item[1]);
    else if (!item) current = undefined;
  });
  return out.approvers.length + out.reviewers.length > 0 ? out : undefined;
}

function readOwnersYaml(snapshot: Snapshot, path: string): Owners | undefined {
  const result = yamlOf(snapshot, path);
  if (!result?.ok) return undefined;
  const root = rootMap(result.file);
  const blocks: YNode[] = [root, ...(asMap(get(root, 'filters'))?.entries.map((e) => e.value) ?? [])];
  const out: Owners = { approvers: [], reviewers: [], line: 0 };
  for (const b of blocks) {
    out.approvers.push(...strings(get(b, 'approvers')).map((s) => s.text));
    out.reviewers.push(...strings(get(b, 'reviewers')).map((s) => s.text));
    const node = get(b, 'approvers') ?? get(b, 'reviewers');
    if (node && !out.line) out.line = Math.max(1, node.line - 1);
  }
  return out.approvers.length + out.reviewers.length > 0 ? out : undefined;
}
