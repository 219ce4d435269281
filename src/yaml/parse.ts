// YAML read tolerantly and with line numbers (DESIGN §4, §7). The `yaml` parser's node tree is turned into a
// small positioned tree (maps, sequences, scalars, each with its line) that detectors walk with typed
// accessors: a value of an unexpected type reads as absent, never as an exception. Hostile input is bounded:
// a size cap, the parser's alias-expansion limit (maxAliasCount) against alias bombs, and a node budget.
// A file that does not parse is a `YamlProblem` naming the file and the parser's line, never a throw.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Document as YamlDocument,
} from 'yaml';
import type { Snapshot } from '../snapshot/snapshot.js';

export interface YScalar {
  kind: 'scalar';
  /** The value as text ('' for null; numbers and booleans in their YAML spelling). */
  text: string;
  /** Line where the scalar starts (for a block scalar, the line of its `|` or `>` indicator). */
  line: number;
  /** Line of the scalar's first line of content (the line after the indicator for a block scalar). */
  contentLine: number;
  /** A literal or folded block scalar (`|`, `>`). */
  block: boolean;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  line: number;
}

export interface YEntry {
  key: string;
  keyLine: number;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  entries: YEntry[];
  line: number;
}

export type YNode = YScalar | YSeq | YMap;

export interface YamlFile {
  path: string;
  /** One per YAML document in the stream (`---` separated). */
  documents: YNode[];
}

export interface YamlProblem {
  path: string;
  /** Why the file could not be read as YAML, with the parser's location when it has one. */
  message: string;
  line?: number;
}

export type YamlResult = { ok: true; file: YamlFile } | { ok: false; problem: YamlProblem };

/** Input larger than this is not parsed (the snapshot's reader caps files at 1 MiB already). */
export const MAX_YAML_BYTES = 1024 * 1024;
/** The parser's limit on alias expansion: a document whose aliases expand past it is refused. */
export const MAX_ALIAS_COUNT = 100;
/** At most this many nodes are built from one file; the rest is dropped (and said). */
export const MAX_NODES = 200_000;

const EMPTY_MAP: YMap = { kind: 'map', entries: [], line: 1 };

/** Parses YAML text: every document, with lines. Never throws. */
export function parseYaml(path: string, text: string): YamlResult {
  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    return { ok: false, problem: { path, message: `not parsed: larger than ${MAX_YAML_BYTES} bytes` } };
  }
  const lineCounter = new LineCounter();
  let docs: YamlDocument.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      lineCounter,
      logLevel: 'error',
      prettyErrors: false,
      uniqueKeys: false,
    });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    return { ok: false, problem: { path, message: `YAML parser failed: ${errorText(e)}` } };
  }
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const documents: YNode[] = [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const line = error.pos ? lineOf(error.pos[0]) : undefined;
      return {
        ok: false,
        problem: { path, message: firstLine(error.message), ...(line ? { line } : {}) },
      };
    }
    const builder = new TreeBuilder(doc, lineOf, text);
    let node: YNode;
    try {
      node = builder.build(doc.contents as Node | null);
      if (builder.sawAlias) {
        // The parser's own guard: expanding the document with a bounded alias count throws on a bomb.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      }
    } catch (e) {
      return { ok: false, problem: { path, message: errorText(e) } };
    }
    documents.push(node);
  }
  return { ok: true, file: { path, documents } };
}

class TreeBuilder {
  sawAlias = false;
  private nodes = 0;
  private readonly memo = new Map<Node, YNode>();

  constructor(
    private readonly doc: YamlDocument.Parsed,
    private readonly lineOf: (offset: number | undefined) => number,
    private readonly text: string,
  ) {}

  build(node: Node | null | undefined, depth = 0): YNode {
    if (++this.nodes > MAX_NODES) throw new Error(`more than ${MAX_NODES} YAML nodes`);
    if (depth > 200) throw new Error('YAML nested more than 200 levels deep');
    if (!node) return { kind: 'scalar', text: '', line: 1, contentLine: 1, block: false };
    if (isAlias(node)) {
      this.sawAlias = true;
      const target = node.resolve(this.doc);
      if (!target)
        return { kind: 'scalar', text: '', line: this.lineOf(node.range?.[0]), contentLine: 1, block: false };
      // Aliases share the built subtree (a DAG, never an expanded copy).
      const seen = this.memo.get(target);
      if (seen) return seen;
      return this.build(target, depth + 1);
    }
    const cached = this.memo.get(node);
    if (cached) return cached;
    const line = this.lineOf(node.range?.[0]);
    let out: YNode;
    if (isMap(node)) {
      const map: YMap = { kind: 'map', entries: [], line };
      this.memo.set(node, map);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value ?? '') : '';
        const keyLine = keyNode && 'range' in keyNode ? this.lineOf(keyNode.range?.[0]) : line;
        // `<<: *base` merge keys: the merged map's entries come first, the map's own entries override them.
        if (key === '<<' && pair.value) {
          const merged = this.build(pair.value as Node, depth + 1);
          const sources = merged.kind === 'seq' ? merged.items : [merged];
          for (const s of sources) if (s.kind === 'map') map.entries.unshift(...s.entries);
          continue;
        }
        map.entries.push({ key, keyLine, value: this.build(pair.value as Node | null, depth + 1) });
      }
      out = map;
    } else if (isSeq(node)) {
      const seq: YSeq = { kind: 'seq', items: [], line };
      this.memo.set(node, seq);
      for (const item of node.items) seq.items.push(this.build(item as Node | null, depth + 1));
      out = seq;
    } else if (isScalar(node)) {
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      out = {
        kind: 'scalar',
        text: scalarText(node.value),
        line,
        contentLine: block ? contentLineOf(this.text, node.range?.[0], line) : line,
        block,
      };
      this.memo.set(node, out);
    } else {
      out = { kind: 'scalar', text: '', line, contentLine: line, block: false };
    }
    return out;
  }
}

/** The line after a block scalar's header (`|`, `|-`, `>2`, with an optional comment). */
function contentLineOf(text: string, offset: number | undefined, line: number): number {
  if (offset === undefined) return line + 1;
  const end = text.indexOf('\n', offset);
  return end < 0 ? line : line + 1;
}

function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return '';
}

function errorText(e: unknown): string {
  return firstLine(e instanceof Error ? e.message : String(e));
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').slice(0, 300);
}

// ---- cache: each YAML file is read and parsed once per snapshot, whichever detector asks first ----

const cache = new WeakMap<Snapshot, Map<string, YamlResult | undefined>>();

/**
 * The parsed YAML of a file in the snapshot, cached per snapshot; undefined when the file cannot be read
 * (missing, too large, a symlink: the snapshot records those skips itself).
 */
export function yamlOf(snapshot: Snapshot, path: string): YamlResult | undefined {
  let files = cache.get(snapshot);
  if (!files) {
    files = new Map();
    cache.set(snapshot, files);
  }
  if (files.has(path)) return files.get(path);
  const text = snapshot.read(path);
  const result = text === undefined ? undefined : parseYaml(path, text);
  files.set(path, result);
  return result;
}

// ---- accessors: tolerant reads of the positioned tree ----

/** The first document of a parsed file as a map ({} when it is not a map). */
export function rootMap(file: YamlFile): YMap {
  const first = file.documents[0];
  return first?.kind === 'map' ? first : EMPTY_MAP;
}

export function entry(node: YNode | undefined, key: string): YEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  // The last occurrence wins, as in YAML loaders that accept duplicate keys.
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const e = node.entries[i] as YEntry;
    if (e.key === key) return e;
  }
  return undefined;
}

export function get(node: YNode | undefined, key: string): YNode | undefined {
  return entry(node, key)?.value;
}

export function asMap(node: YNode | undefined): YMap | undefined {
  return node?.kind === 'map' ? node : undefined;
}

export function asSeq(node: YNode | undefined): YSeq | undefined {
  return node?.kind === 'seq' ? node : undefined;
}

/** A scalar's text, or undefined for a map, a sequence or nothing. */
export function str(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' ? node.text : undefined;
}

/** The items of a sequence, or the node itself as a one-item list (YAML often allows both spellings). */
export function list(node: YNode | undefined): YNode[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items;
  return [node];
}

/** Scalar items of a string-or-list value, with their lines. */
export function strings(node: YNode | undefined): YScalar[] {
  return list(node).filter((n): n is YScalar => n.kind === 'scalar' && n.text !== '');
}

/**
 * Every scalar of the tree with its line, depth-first, within a budget (the tree is a DAG when aliases are
 * shared; the budget bounds a walk over it).
 */
export function allScalars(node: YNode, budget = 50_000): YScalar[] {
  const out: YScalar[] = [];
  const stack: YNode[] = [node];
  let visited = 0;
  while (stack.length > 0 && visited++ < budget) {
    const n = stack.pop() as YNode;
    if (n.kind === 'scalar') out.push(n);
    else if (n.kind === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i] as YNode);
    else for (let i = n.entries.length - 1; i >= 0; i--) stack.push((n.entries[i] as YEntry).value);
  }
  return out;
}

/** Entries of every map in the tree whose key matches, within a budget, in line order. */
export function entriesNamed(node: YNode, match: (key: string) => boolean, budget = 50_000): YEntry[] {
  const out: YEntry[] = [];
  const stack: YNode[] = [node];
  let visited = 0;
  while (stack.length > 0 && visited++ < budget) {
    const n = stack.pop() as YNode;
    if (n.kind === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i] as YNode);
    else if (n.kind === 'map') {
      for (let i = n.entries.length - 1; i >= 0; i--) {
        const e = n.entries[i] as YEntry;
        if (match(e.key)) out.push(e);
        stack.push(e.value);
      }
    }
  }
  return out.sort((a, b) => a.keyLine - b.keyLine);
}
