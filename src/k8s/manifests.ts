// Kubernetes objects in a repository's manifests and Helm charts, read cheaply and tolerantly.
//
// API (for any detector):
//   manifestsOf(snapshot)  -> { objects, problems, files }   every object of the kinds in WANTED_KINDS, once
//   documentOf(object)     -> the object's YAML tree (parsed on demand, cached), or a problem
//
// Manifest directories hold megabytes of YAML (antrea: 196 files, 3.2 MB, mostly CRD schemas repeated in
// variants of one bundle). Parsing all of it would cost a second, so a file is first scanned by lines: each
// `---` document's top-level `kind:` and `metadata.name`. Only objects of the wanted kinds are kept, and only
// the first of each kind and name (the variants repeat them); their YAML is parsed later, one small document
// at a time, when a detector asks. CRDs are read by the line scan alone (group, kind, scope), never parsed.
//
// Helm templates are Go templates, not YAML: lines that are only `{{ ... }}` are blanked and inline
// `{{ ... }}` becomes a placeholder, keeping every line in place. A name that is a template expression is
// replaced by the name of the template's folder or file (templates/admission-controller/deployment.yaml →
// "admission-controller"), so a Deployment, its ServiceAccount and its binding in one folder still meet.
import {
  MANIFEST_DIRS,
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_FILES,
  NOT_MANIFEST_FILES,
  NOT_MANIFEST_PATHS,
  RBAC_KINDS,
  WEBHOOK_KINDS,
  WORKLOAD_KINDS,
} from '../catalogue/overview.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { notProjectPath } from '../text/paths.js';
import { parseYaml, type YNode } from '../yaml/parse.js';

/** The kinds kept; everything else is passed over. */
export const WANTED_KINDS: ReadonlySet<string> = new Set<string>([
  ...WORKLOAD_KINDS,
  ...RBAC_KINDS,
  ...WEBHOOK_KINDS,
  'ServiceAccount',
  'CustomResourceDefinition',
]);

export interface ManifestObject {
  kind: string;
  /** metadata.name, or for a templated name the template's folder or file name (see `templated`). */
  name: string;
  namespace?: string;
  /** The name was a Helm template expression and was derived from the path. */
  templated: boolean;
  /** The file is a Helm chart template. */
  helm: boolean;
  path: string;
  /** Line of the document's `kind:` (1-based). */
  line: number;
  /** CRDs only, from the line scan. */
  crd?: { group: string; kind: string; scope?: string };
  /** The document's text as written, and its first line (internal: use documentOf). */
  readonly source: { text: string; startLine: number };
}

export interface ManifestProblem {
  path: string;
  line?: number;
  message: string;
}

export interface ManifestScan {
  objects: ManifestObject[];
  /** Files that could not be read or documents that did not parse. */
  problems: ManifestProblem[];
  /** The manifest files that were read. */
  files: string[];
  /** Files left out by the caps. */
  capped: number;
}

/** Where manifests are looked for (for "looked in" lines). */
export const MANIFEST_LOOKED_IN = [
  'config/',
  'deploy/',
  'manifests/',
  'build/yamls/',
  'k8s/',
  'charts/*/templates/',
  'charts/*/crds/',
];

/** Files larger than this are not read (the snapshot reader's default cap). */
const MAX_MANIFEST_FILE_BYTES = 1024 * 1024;
/** A file this large is a bundle (many objects, CRD schemas). */
const LARGE_MANIFEST_BYTES = 100 * 1024;
const WANTED_KIND_LINE = new RegExp(
  `^kind:[ \\t]*["']?(?:${[
    ...WORKLOAD_KINDS,
    ...RBAC_KINDS,
    ...WEBHOOK_KINDS,
    'ServiceAccount',
    'CustomResourceDefinition',
  ].join('|')})\\b`,
  'm',
);
const scans = new WeakMap<Snapshot, ManifestScan>();
const parsed = new WeakMap<
  ManifestObject,
  { ok: true; node: YNode } | { ok: false; problem: ManifestProblem }
>();

/** The manifest files of the repository, in reading order: rendered manifests first, then Helm templates. */
export function manifestFiles(snapshot: Snapshot): string[] {
  return snapshot.files
    .filter((f) => f.kind === 'file' && /\.ya?ml$/i.test(f.path))
    .map((f) => f.path)
    .filter((p) => MANIFEST_DIRS.test(p) && !NOT_MANIFEST_PATHS.test(p) && !NOT_MANIFEST_FILES.test(p))
    .filter((p) => !notProjectPath(p))
    .sort(
      (a, b) =>
        Number(isHelmTemplate(a)) - Number(isHelmTemplate(b)) || depth(a) - depth(b) || (a < b ? -1 : 1),
    );
}

/** Every wanted object of the repository's manifests, cached per snapshot. Never throws. */
export function manifestsOf(snapshot: Snapshot): ManifestScan {
  const cached = scans.get(snapshot);
  if (cached) return cached;
  const scan: ManifestScan = { objects: [], problems: [], files: [], capped: 0 };
  const seen = new Set<string>();
  let bytes = 0;
  const files = manifestFiles(snapshot);
  // Variants of one bundle (antrea-aks.yml, antrea-eks.yml...) repeat the same objects: after two large files
  // of a folder brought nothing new, its other large files are passed over.
  const staleLarge = new Map<string, number>();
  for (const path of files) {
    const size = snapshot.file(path)?.size ?? 0;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    const large = size > LARGE_MANIFEST_BYTES;
    if (
      scan.files.length >= MAX_MANIFEST_FILES ||
      bytes + size > MAX_MANIFEST_BYTES ||
      (large && (staleLarge.get(dir) ?? 0) >= 2)
    ) {
      scan.capped++;
      continue;
    }
    // Bundles over the reader's cap (kyverno's 3.8 MB install manifest) are not read at all: a skip, said in
    // `capped`, not a problem of the repository.
    if (size > MAX_MANIFEST_FILE_BYTES) {
      scan.capped++;
      continue;
    }
    const text = snapshot.read(path);
    if (text === undefined) {
      scan.problems.push({ path, message: 'not read (binary, not UTF-8 or a symbolic link)' });
      continue;
    }
    // Most manifest files hold none of the wanted kinds (ConfigMaps, Services): one regex says so.
    if (!WANTED_KIND_LINE.test(text)) {
      scan.files.push(path);
      continue;
    }
    bytes += size;
    scan.files.push(path);
    const before = scan.objects.length;
    for (const object of scanObjects(path, text, seen)) scan.objects.push(object);
    if (large && scan.objects.length === before) staleLarge.set(dir, (staleLarge.get(dir) ?? 0) + 1);
  }
  scans.set(snapshot, scan);
  return scan;
}

/** The object's document as a YAML tree with the file's line numbers, parsed once; a problem if it does not parse. */
export function documentOf(
  object: ManifestObject,
): { ok: true; node: YNode } | { ok: false; problem: ManifestProblem } {
  const known = parsed.get(object);
  if (known) return known;
  // The document is parsed alone (a prefix of blank lines to keep its lines costs the parser 17 ms a document
  // deep in a bundle); its lines are shifted to the file's afterwards.
  const offset = object.source.startLine - 1;
  const lines = neutralise(object).split('\n');
  let result = parseYaml(object.path, lines.join('\n'));
  // A Helm template is YAML only once rendered: a `{{- with }}` block leaves an indented fragment the parser
  // refuses. Tolerantly blank the line it names and try again, a few times, before giving up.
  for (let tries = 0; !result.ok && object.helm && tries < MAX_REPAIRS; tries++) {
    const line = result.problem.line;
    if (!line || line > lines.length || lines[line - 1] === '') break;
    lines[line - 1] = '';
    result = parseYaml(object.path, lines.join('\n'));
  }
  if (result.ok) for (const d of result.file.documents) shiftLines(d, offset);
  else if (result.problem.line) result.problem.line += offset;
  const out: { ok: true; node: YNode } | { ok: false; problem: ManifestProblem } = result.ok
    ? { ok: true, node: result.file.documents[0] ?? { kind: 'map', entries: [], line: object.line } }
    : { ok: false, problem: { ...result.problem, path: object.path } };
  parsed.set(object, out);
  return out;
}

/** Adds `offset` to every line of a parsed tree (a DAG when aliases are shared: each node once). */
function shiftLines(root: YNode, offset: number): void {
  if (offset === 0) return;
  const seen = new Set<YNode>();
  const stack: YNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as YNode;
    if (seen.has(n)) continue;
    seen.add(n);
    n.line += offset;
    if (n.kind === 'scalar') n.contentLine += offset;
    else if (n.kind === 'seq') stack.push(...n.items);
    else
      for (const e of n.entries) {
        e.keyLine += offset;
        stack.push(e.value);
      }
  }
}

/** Lines of a Helm template blanked to make it parse, at most. */
const MAX_REPAIRS = 8;

function neutralise(object: ManifestObject): string {
  return object.helm ? neutraliseTemplates(object.source.text) : object.source.text;
}

export function isHelmTemplate(path: string): boolean {
  return /(?:^|\/)templates\//.test(path);
}

function depth(path: string): number {
  return path.split('/').length;
}

const KIND_LINE = /^kind:[ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?$/gm;
const DOC_SEPARATOR = /^---/gm;
const TEMPLATE_ONLY_LINE = /^[ \t]*(?:-[ \t]+)?\{\{.*\}\}[ \t]*$/;
const INLINE_TEMPLATE = /\{\{.*?\}\}/g;

/**
 * The wanted objects of one file, by a line scan: document boundaries at `---`, each document's top-level
 * `kind:`. Objects whose kind and name are in `seen` are passed over (and new ones added to it), before the
 * costlier reading of a CRD's fields. Exported for tests.
 */
export function scanObjects(path: string, raw: string, seen: Set<string> = new Set()): ManifestObject[] {
  const helm = isHelmTemplate(path) || raw.includes('{{');
  const out: ManifestObject[] = [];
  const starts = [0];
  for (const m of raw.matchAll(DOC_SEPARATOR)) starts.push(m.index);
  starts.push(raw.length);
  const lineAt = lineCounter(raw);
  // Kind lines come in file order, so the document index only moves forward.
  let i = 0;
  for (const m of raw.matchAll(KIND_LINE)) {
    const kind = m[1] as string;
    if (!WANTED_KINDS.has(kind)) continue;
    // The document around this kind line.
    while (i + 1 < starts.length && (starts[i + 1] as number) <= m.index) i++;
    const from = starts[i] as number;
    const to = starts[i + 1] ?? raw.length;
    const text = raw.slice(from, to);
    const startLine = lineAt(from);
    const line = lineAt(m.index);
    const meta = metadataOf(text);
    const templated = meta.name === undefined || meta.name.includes('{{');
    const name = templated ? nameFromPath(path) : (meta.name as string);
    // Templated names are not unique keys (every chart's folder could share one): those are never merged.
    const key = `${kind}\0${name}`;
    if (!templated && seen.has(key)) continue;
    const object: ManifestObject = {
      kind,
      name,
      ...(meta.namespace && !meta.namespace.includes('{{') ? { namespace: meta.namespace } : {}),
      templated,
      helm,
      path,
      line,
      source: { text, startLine },
    };
    if (kind === 'CustomResourceDefinition') {
      const crd = crdOf(text);
      if (!crd) continue;
      // A CRD's name is `<plural>.<group>`; a templated one is keyed by its group and kind.
      const crdKey = `crd\0${crd.group}\0${crd.kind}`;
      if (seen.has(crdKey)) continue;
      seen.add(crdKey);
      object.crd = crd;
    }
    if (!templated) seen.add(key);
    out.push(object);
  }
  return out;
}

/** Template-only lines blanked, inline expressions replaced by a placeholder; line count unchanged. */
export function neutraliseTemplates(text: string): string {
  return text
    .split('\n')
    .map((l) => (TEMPLATE_ONLY_LINE.test(l) ? '' : l.replace(INLINE_TEMPLATE, 'TEMPLATED')))
    .join('\n');
}

/**
 * The name a templated object gets: its folder under templates/ (templates/reports-controller/deployment.yaml
 * → "reports-controller"); directly in templates/, its file name, or the chart's name when the file is only
 * named for its kind (charts/widget/templates/deployment.yaml → "widget").
 */
export function nameFromPath(path: string): string {
  const parts = path.split('/');
  const file = (parts.pop() ?? path).replace(/\.ya?ml$/i, '').replace(/^_+/, '');
  const parent = parts.pop();
  if (parent && parent !== 'templates' && parent !== 'crds') return parent;
  const chart = parent === 'templates' ? parts.pop() : undefined;
  return chart && KIND_FILE_NAME.test(file) ? chart : file;
}

const KIND_FILE_NAME =
  /^(?:deployment|daemonset|statefulset|job|cronjob|service-?account|cluster-?role(?:-?binding)?|role(?:-?binding)?|rbac|webhooks?|(?:validating|mutating)?-?webhook-?configurations?)$/i;

/** metadata.name and metadata.namespace from the lines right under a top-level `metadata:`. */
function metadataOf(text: string): { name?: string; namespace?: string } {
  const start = /^metadata:[ \t]*$/m.exec(text);
  if (!start) return {};
  const lines = text.slice(start.index).split('\n', 200);
  let indent: string | undefined;
  const out: { name?: string; namespace?: string } = {};
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const lead = /^[ \t]*/.exec(l)?.[0] ?? '';
    if (lead === '') break;
    indent ??= lead;
    if (lead !== indent) continue;
    const kv = /^[ \t]+(name|namespace):[ \t]*["']?([^"'#\n]*?)["']?[ \t]*(?:#.*)?$/.exec(l);
    if (kv?.[1] === 'name') out.name ??= kv[2] as string;
    else if (kv?.[1] === 'namespace') out.namespace ??= kv[2] as string;
  }
  if (out.name === '') delete out.name;
  if (out.namespace === '') delete out.namespace;
  return out;
}

/**
 * A CRD's group, kind and scope, read at the indentation of `spec:`'s children (a schema's properties can be
 * named `group` or `kind` too, deeper). Undefined when the group or kind is missing or templated.
 */
function crdOf(text: string): { group: string; kind: string; scope?: string } | undefined {
  const spec = /^spec:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*([ \t]+)\S/m.exec(text);
  if (!spec) return undefined;
  const indent = spec[1] as string;
  const at = (key: string): RegExpExecArray | null =>
    new RegExp(`^${indent}${key}:[ \\t]*["']?([\\w.-]*)["']?[ \\t]*(?:#.*)?$`, 'm').exec(text);
  const group = at('group')?.[1];
  const scope = at('scope')?.[1];
  const names = at('names');
  let kind: string | undefined;
  if (names) {
    const after = text.slice(names.index + names[0].length, names.index + names[0].length + 2000);
    const child = /^\n?([ \t]+)\S/.exec(after)?.[1];
    if (child && child.length > indent.length) {
      kind = new RegExp(`^${child}kind:[ \\t]*["']?([A-Za-z]\\w*)["']?`, 'm').exec(after)?.[1];
    }
  }
  if (!group || !kind) return undefined;
  return { group, kind, ...(scope === 'Namespaced' || scope === 'Cluster' ? { scope } : {}) };
}

/** Line numbers for offsets, by counting newlines once. */
function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
