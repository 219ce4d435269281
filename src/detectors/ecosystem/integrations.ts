// Ecosystem: the interfaces the project implements and the systems it works with (catalogue:
// src/catalogue/ecosystem-integrations.ts), each with its strongest evidence: Kubernetes objects in the
// project's own manifests and Helm templates, then files it ships, then direct dependencies it declares, then
// a documentation page about it, last a README sentence. Also Kubernetes itself (workload manifests, client
// libraries) and the CustomResourceDefinitions it ships (count and API groups: the Overview's actors name
// them). Manifests are line-scanned for top-level `apiVersion:`/`kind:` (Helm templates are not YAML until
// rendered, and a scan costs a fraction of a parse); dependency manifests are read per ecosystem.
import {
  DEPENDENCY_FILES,
  DEPLOYMENT_DIRS,
  type DependencyEcosystem,
  INSTALL_MANIFEST,
  INTEGRATIONS,
  type IntegrationRow,
  KUBERNETES_CLIENTS,
  KUBERNETES_WORKLOADS,
  MAX_CRD_GROUPS,
  MAX_DEPENDENCY_FILES,
  MAX_INTEGRATIONS,
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_FILE_BYTES,
  MAX_MANIFEST_FILES,
  NOT_OWN_INTEGRATION,
} from '../../catalogue/ecosystem-integrations.js';
import type { IntegrationEvidence } from '../../evidence/kinds/ecosystem.js';
import { type AnyFact, fact, type Ref, type Unknown } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { findFiles, shallowFirst } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/ecosystem' as const;
const README = ['README.md', 'README', 'readme.md', 'Readme.md'];
const DOC_DIRS = /^(?:docs?|documentation|site\/content|website\/(?:docs|content))\//i;
const MAX_LINE = 4_000;
/** A YAML file this large is a generated bundle (many objects, CRD schemas). */
const LARGE_MANIFEST_BYTES = 100 * 1024;

/** One Kubernetes object seen in a manifest: its group (from apiVersion), kind, name and where. */
export interface ManifestObject {
  group: string;
  kind: string;
  name?: string;
  path: string;
  line: number;
}

/** One direct dependency declared in a manifest. */
export interface Dependency {
  ecosystem: DependencyEcosystem;
  name: string;
  path: string;
  line: number;
}

export const integrationsDetector = defineDetector({
  id: 'integrations',
  section: SECTION,
  reads: [
    '**/*.{yaml,yml}',
    ...Object.keys(DEPENDENCY_FILES).map((f) => `**/${f}`),
    'docs/**/*.md',
    'README.md',
  ],
  detect(snapshot) {
    const unknowns: Unknown[] = [];
    const objects = manifestObjects(snapshot, unknowns);
    const dependencies = directDependencies(snapshot, unknowns);
    const docPages = snapshot.files
      .filter((f) => f.kind === 'file' && DOC_DIRS.test(f.path) && /\.(?:md|mdx|rst|adoc)$/i.test(f.path))
      .map((f) => f.path)
      // The shortest path first: versioned copies of a page (docs/v1.2/...) come after the current one.
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const readme = README.find((p) => snapshot.has(p));
    const facts: AnyFact[] = [];

    const kubernetes = kubernetesFact(snapshot, objects, dependencies);
    if (kubernetes) facts.push(kubernetes);
    const crds = crdFact(snapshot, objects);
    if (crds) facts.push(crds);

    const found: AnyFact[] = [];
    for (const row of INTEGRATIONS) {
      const shown = evidenceFor(row, snapshot, objects, dependencies, docPages, readme);
      if (!shown) continue;
      const { evidence, ref } = shown;
      const doc = evidence.type !== 'doc' && row.docPage ? docPageFor(row.docPage, docPages) : undefined;
      found.push(
        fact(
          'ecosystem.integration',
          SECTION,
          {
            id: row.id,
            label: row.label,
            kind: row.kind,
            evidence,
            ...(doc ? { doc } : {}),
          },
          [ref],
          evidence.type === 'mention' || evidence.type === 'doc' ? 'stated' : 'observed',
          row.id,
        ),
      );
    }
    // Structural evidence before documentation when the list has to be cut.
    const strength = (f: AnyFact): number =>
      f.kind === 'ecosystem.integration' ? EVIDENCE_ORDER.indexOf(f.value.evidence.type) : 0;
    const kept = new Set([...found].sort((a, b) => strength(a) - strength(b)).slice(0, MAX_INTEGRATIONS));
    facts.push(...found.filter((f) => kept.has(f)));
    for (const f of facts) f.topic = 'Integrations';
    if (facts.length === 0)
      unknowns.push({
        id: 'ecosystem.integrations',
        section: SECTION,
        lookedFor:
          'what the project implements or integrates with (Kubernetes manifests, dependency manifests, integration docs)',
        lookedIn: ['**/*.{yaml,yml}', ...Object.keys(DEPENDENCY_FILES), 'docs/', 'README.md'],
        reason: 'not-found',
      });
    return { facts, unknowns };
  },
});

const EVIDENCE_ORDER: IntegrationEvidence['type'][] = ['objects', 'file', 'dependency', 'doc', 'mention'];

function evidenceFor(
  row: IntegrationRow,
  snapshot: Snapshot,
  objects: readonly ManifestObject[],
  dependencies: readonly Dependency[],
  docPages: readonly string[],
  readme: string | undefined,
): { evidence: IntegrationEvidence; ref: Ref } | undefined {
  if (row.objects) {
    const matching = objects.filter((o) => row.objects?.some((spec) => objectMatches(spec, o)));
    const first = matching[0];
    if (first) {
      // The kinds seen in the first file that has any, so the sentence names what that reference shows.
      const kinds = [...new Set(matching.filter((o) => o.path === first.path).map((o) => o.kind))];
      return {
        evidence: { type: 'objects', objects: kinds, path: first.path },
        ref: snapshot.ref(first.path, first.line),
      };
    }
  }
  if (row.files) {
    // snapshot.glob answers `**/*.ext` from its extension index instead of testing every path.
    const path = snapshot
      .glob(row.files)
      .map((f) => f.path)
      .find((p) => !NOT_OWN_INTEGRATION.test(p));
    if (path)
      return {
        evidence: { type: 'file', noun: row.fileNoun ?? 'a file', path },
        ref: snapshot.ref(path),
      };
  }
  if (row.dependencies) {
    const dep = dependencies.find((d) => dependencyMatches(row.dependencies?.[d.ecosystem], d));
    if (dep)
      return {
        evidence: { type: 'dependency', name: dep.name, path: dep.path },
        ref: snapshot.ref(dep.path, dep.line),
      };
  }
  if (row.docPage) {
    const page = docPageFor(row.docPage, docPages);
    if (page) return { evidence: { type: 'doc', path: page }, ref: snapshot.ref(page) };
  }
  if (row.phrase && readme) {
    const sentence = proseOf(snapshot, readme)?.sentences.find((s) => row.phrase?.test(s.text));
    if (sentence)
      return { evidence: { type: 'mention', path: readme }, ref: snapshot.ref(readme, sentence.line) };
  }
  return undefined;
}

/** A page whose file name (not its folder) names the integration. */
function docPageFor(pattern: RegExp, docPages: readonly string[]): string | undefined {
  return docPages.find((p) => pattern.test((p.split('/').pop() ?? p).replace(/\.[a-z]+$/i, '')));
}

function objectMatches(spec: string, o: ManifestObject): boolean {
  const slash = spec.lastIndexOf('/');
  if (slash < 0) return spec === o.kind;
  return spec.slice(slash + 1) === o.kind && spec.slice(0, slash) === o.group;
}

function dependencyMatches(names: readonly string[] | undefined, d: Dependency): boolean {
  if (!names) return false;
  const name = d.ecosystem === 'python' ? normalisePython(d.name) : d.name;
  return names.some((n) =>
    n.endsWith('/') || n.endsWith(':') ? name.startsWith(n) : name === n || name.startsWith(`${n}/`),
  );
}

function kubernetesFact(
  snapshot: Snapshot,
  objects: readonly ManifestObject[],
  dependencies: readonly Dependency[],
): AnyFact | undefined {
  const workloads = objects.filter((o) => ['apps', 'batch', 'extensions', ''].includes(o.group));
  // Cite the manifest that shows the most kinds of workload (the all-in-one install manifest, usually).
  const kindsByPath = new Map<string, Set<string>>();
  for (const o of workloads) {
    if (!KUBERNETES_WORKLOADS.includes(o.kind)) continue;
    const set = kindsByPath.get(o.path) ?? new Set<string>();
    set.add(o.kind);
    kindsByPath.set(o.path, set);
  }
  let bestPath: string | undefined;
  for (const [path, set] of kindsByPath)
    if (!bestPath || set.size > (kindsByPath.get(bestPath)?.size ?? 0)) bestPath = path;
  const firstWorkload = workloads.find((o) => o.path === bestPath && KUBERNETES_WORKLOADS.includes(o.kind));
  const kinds = KUBERNETES_WORKLOADS.filter((k) => workloads.some((o) => o.kind === k));
  const client = dependencies.find((d) => dependencyMatches(KUBERNETES_CLIENTS[d.ecosystem], d));
  // Named by file name alone: such bundles are often over the read cap (kyverno's is 3.8 MB).
  const installs = snapshot
    .glob(['**/*.yaml', '**/*.yml'])
    .map((f) => f.path)
    .filter((p) => INSTALL_MANIFEST.test(p.slice(p.lastIndexOf('/') + 1)) && !NOT_OWN_INTEGRATION.test(p))
    .filter((p) => !/(?:^|\/)templates\//.test(p))
    .slice(0, 2);
  if (!firstWorkload && !client && installs.length === 0) return undefined;
  const refs: Ref[] = [];
  if (firstWorkload) refs.push(snapshot.ref(firstWorkload.path, firstWorkload.line));
  if (installs[0]) refs.push(snapshot.ref(installs[0]));
  if (client) refs.push(snapshot.ref(client.path, client.line));
  return fact(
    'ecosystem.kubernetes',
    SECTION,
    {
      workloads: kinds,
      ...(firstWorkload ? { manifest: firstWorkload.path } : {}),
      ...(installs.length > 0 ? { installManifests: installs } : {}),
      ...(client ? { client: client.name, clientPath: client.path } : {}),
    },
    refs,
    'observed',
  );
}

function crdFact(snapshot: Snapshot, objects: readonly ManifestObject[]): AnyFact | undefined {
  // A CRD's name is `<plural>.<group>`; the same CRD appears in several bundles (all-in-one, CRD-only, Helm).
  const crds = objects.filter(
    (o) => o.kind === 'CustomResourceDefinition' && o.name && /^[a-z0-9-]+\.[a-z0-9.-]+$/.test(o.name),
  );
  const first = crds[0];
  if (!first) return undefined;
  const names = new Set(crds.map((o) => o.name as string));
  const byGroup = new Map<string, number>();
  for (const name of names) {
    const group = name.slice(name.indexOf('.') + 1);
    byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
  }
  const groups = [...byGroup.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([g]) => g);
  const shown = groups.slice(0, MAX_CRD_GROUPS);
  if (groups.length > shown.length) shown.push(`${groups.length - shown.length} more`);
  return fact(
    'ecosystem.crds',
    SECTION,
    { count: names.size, groups: shown, path: first.path },
    [snapshot.ref(first.path, first.line)],
    'observed',
  );
}

/**
 * The Kubernetes objects in the project's own YAML files (tests, examples, vendored code and docs left out),
 * by a line scan of top-level `apiVersion:`, `kind:` and `metadata.name`, document by document. Bounded in
 * files and bytes; a file over the cap is left unread and said.
 */
export function manifestObjects(snapshot: Snapshot, unknowns: Unknown[]): ManifestObject[] {
  const files = snapshot
    .glob(['**/*.yaml', '**/*.yml'])
    .filter((f) => !NOT_OWN_INTEGRATION.test(f.path))
    // Deployment folders first (deploy/, charts/...), then shallow files before deeply nested copies.
    .map((f) => ({ f, rank: deployRank(f.path) * 1000 + depth(f.path) }))
    .sort((a, b) => a.rank - b.rank || (a.f.path < b.f.path ? -1 : 1))
    .map((x) => x.f);
  const out: ManifestObject[] = [];
  let bytes = 0;
  let read = 0;
  let skipped = 0;
  // Generated bundles come in variants of one install (antrea-aks.yml, antrea-eks.yml... 300 KB each): once
  // two large files of a folder brought no object not seen before, its other large files are passed over.
  const seen = new Set<string>();
  const staleLarge = new Map<string, number>();
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf('/') + 1);
    const large = f.size > LARGE_MANIFEST_BYTES;
    if (large && (staleLarge.get(dir) ?? 0) >= 2) continue;
    if (
      f.size > MAX_MANIFEST_FILE_BYTES ||
      read >= MAX_MANIFEST_FILES ||
      bytes + f.size > MAX_MANIFEST_BYTES
    ) {
      skipped++;
      continue;
    }
    read++;
    bytes += f.size;
    const text = snapshot.read(f.path);
    if (text === undefined || !text.includes('kind:')) continue;
    const before = out.length;
    scanManifest(text, f.path, out);
    let fresh = false;
    for (let i = before; i < out.length; i++) {
      const o = out[i] as ManifestObject;
      const key = `${o.group}/${o.kind}/${o.name ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        fresh = true;
      }
    }
    if (large && !fresh) staleLarge.set(dir, (staleLarge.get(dir) ?? 0) + 1);
  }
  if (skipped > 0)
    unknowns.push({
      id: 'ecosystem.manifests-skipped',
      section: SECTION,
      lookedFor: 'Kubernetes objects in every YAML file',
      lookedIn: ['**/*.{yaml,yml}'],
      reason: 'skipped',
      detail: `${skipped} YAML files not scanned (over ${MAX_MANIFEST_FILES} files, ${MAX_MANIFEST_BYTES} bytes, or ${MAX_MANIFEST_FILE_BYTES} bytes per file)`,
    });
  return out;
}

function depth(path: string): number {
  let n = 0;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++;
  return n;
}

function deployRank(path: string): number {
  return DEPLOYMENT_DIRS.test(path) ? 0 : 1;
}

/** Adds the objects of one YAML text (a manifest or a Helm template) to `out`. */
export function scanManifest(text: string, path: string, out: ManifestObject[]): void {
  let group = '';
  let hasVersion = false;
  let kind: { name: string; line: number } | undefined;
  let name: string | undefined;
  let inMetadata = false;
  const flush = (): void => {
    if (kind) out.push({ group, kind: kind.name, path, line: kind.line, ...(name ? { name } : {}) });
    group = '';
    hasVersion = false;
    kind = undefined;
    name = undefined;
    inMetadata = false;
  };
  // One multi-line regex visits only the lines that matter (a document separator, a top-level key, a
  // two-space `name:`), instead of splitting megabytes of generated bundles into lines; line numbers are
  // counted only up to the matches.
  let line = 1;
  let counted = 0;
  MANIFEST_LINE.lastIndex = 0;
  for (let m = MANIFEST_LINE.exec(text); m; m = MANIFEST_LINE.exec(text)) {
    const token = m[0];
    if (token.startsWith('---')) {
      flush();
      continue;
    }
    if (token.startsWith(' ')) {
      // `  name:` directly under `metadata:` (nested keys have more indentation).
      if (inMetadata && name === undefined && m[3]) name = m[3];
      continue;
    }
    // Any other top-level key ends a `metadata:` block; nested `kind:` (RBAC subjects, CRD names) never
    // reach here, as they are indented.
    inMetadata = false;
    const key = m[1];
    const value = m[2];
    if (key === 'metadata') inMetadata = true;
    else if (key === 'kind' && value) {
      for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) {
        line++;
        counted = nl + 1;
      }
      // A second `kind:` without `---` starts another object (Helm templates often omit separators).
      if (kind) {
        const keptGroup: string = group;
        const keptVersion: boolean = hasVersion;
        flush();
        group = keptGroup;
        hasVersion = keptVersion;
      }
      kind = { name: value, line };
    } else if (key === 'apiVersion' && value) {
      // A second `apiVersion:` after a complete object starts the next one; before its `kind:` it is the
      // same object's (the keys come in either order).
      if (kind && hasVersion) flush();
      group = value.includes('/') ? value.slice(0, value.lastIndexOf('/')) : '';
      hasVersion = true;
    }
  }
  flush();
}

/**
 * The lines a manifest scan looks at: `---`; a top-level `apiVersion:`/`kind:`/`metadata:` with a plain
 * value (groups 1, 2); any other top-level key (a letter in column 0); a two-space `name:` (group 3). Bounded
 * classes keep it linear on hostile lines.
 */
const MANIFEST_LINE =
  /^(?:---|(apiVersion|kind|metadata):[ \t]*(?:["']?([\w./-]{1,200})["']?)?[ \t]*(?:#[^\n]*)?\r?$|[A-Za-z]| {2}name:[ \t]*["']?([a-z0-9][a-z0-9.-]{0,252})["']?[ \t]*\r?$)/gm;

/**
 * Direct dependencies declared in the project's own manifests (go.mod without `// indirect`, package.json
 * runtime dependencies, requirements, pyproject, Cargo, Maven and Gradle), shallow manifests first.
 */
export function directDependencies(snapshot: Snapshot, unknowns: Unknown[]): Dependency[] {
  const paths = findFiles(
    snapshot,
    Object.keys(DEPENDENCY_FILES).flatMap((base) => [base, `**/${base}`]),
  )
    .filter((p) => !NOT_OWN_INTEGRATION.test(p))
    .sort(shallowFirst)
    .slice(0, MAX_DEPENDENCY_FILES);
  const out: Dependency[] = [];
  for (const path of paths) {
    const base = path.split('/').pop() ?? path;
    const ecosystem = DEPENDENCY_FILES[base];
    const text = snapshot.read(path);
    if (!ecosystem || text === undefined) continue;
    const add = (name: string, line: number): void => {
      if (name) out.push({ ecosystem, name, path, line });
    };
    switch (base) {
      case 'go.mod':
        goModules(text, add);
        break;
      case 'package.json':
        if (!packageJson(text, add))
          unknowns.push({
            id: `ecosystem.dependencies:${path}`,
            section: SECTION,
            lookedFor: 'the dependencies of a package.json',
            lookedIn: [path],
            reason: 'parse-error',
            detail: 'not valid JSON',
          });
        break;
      case 'requirements.txt':
        forLines(text, (l, n) => add(/^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(l)?.[1] ?? '', n));
        break;
      case 'pyproject.toml':
      case 'setup.cfg':
        pythonProject(text, add);
        break;
      case 'Cargo.toml':
        tomlTables(text, /^\[(?:workspace\.|target\.[^\]]+\.)?dependencies\]$/, add);
        break;
      default:
        javaArtifacts(text, add);
    }
  }
  return out;
}

function forLines(text: string, each: (line: string, lineNo: number) => void): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) each((lines[i] as string).slice(0, MAX_LINE).trim(), i + 1);
}

function goModules(text: string, add: (name: string, line: number) => void): void {
  let inRequire = false;
  forLines(text, (l, n) => {
    if (/^require\s*\($/.test(l)) inRequire = true;
    else if (inRequire && l.startsWith(')')) inRequire = false;
    const spec = inRequire ? l : /^require\s+(.*)$/.exec(l)?.[1];
    if (!spec || /\/\/\s*indirect\b/.test(spec)) return;
    const m = /^([^\s/]+\.[^\s]+)\s+v\S+/.exec(spec);
    if (m?.[1]) add(m[1], n);
  });
}

/** Runtime dependencies of a package.json; false when it is not JSON. */
function packageJson(text: string, add: (name: string, line: number) => void): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (!json || typeof json !== 'object') return false;
  const lines = text.split('\n');
  for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = (json as Record<string, unknown>)[key];
    if (!deps || typeof deps !== 'object') continue;
    for (const name of Object.keys(deps).slice(0, 1000)) {
      const at = lines.findIndex((l) => l.includes(`"${name}"`));
      add(name, at + 1);
    }
  }
  return true;
}

function pythonProject(text: string, add: (name: string, line: number) => void): void {
  let inList = false;
  let poetry = false;
  forLines(text, (l, n) => {
    if (l.startsWith('[')) {
      poetry = l === '[tool.poetry.dependencies]';
      inList = false;
      return;
    }
    if (/^(?:dependencies|install_requires)\s*=/.test(l)) {
      inList = !l.includes(']') || l.endsWith('[');
      for (const m of l.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)) add(m[1] ?? '', n);
      return;
    }
    if (inList) {
      if (l.startsWith(']') || (/^[a-z_]+\s*=/.test(l) && !l.startsWith('"'))) {
        inList = false;
        return;
      }
      const m = /^["']?([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(l);
      if (m?.[1]) add(m[1], n);
      return;
    }
    if (poetry) {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/.exec(l);
      if (m?.[1] && m[1] !== 'python') add(m[1], n);
    }
  });
}

function tomlTables(text: string, table: RegExp, add: (name: string, line: number) => void): void {
  let inTable = false;
  forLines(text, (l, n) => {
    if (l.startsWith('[')) {
      inTable = table.test(l);
      // `[dependencies.serde]` names one dependency as a table.
      const dotted = /^\[(?:workspace\.)?dependencies\.([A-Za-z0-9_-]+)\]$/.exec(l)?.[1];
      if (dotted) add(dotted, n);
      return;
    }
    if (!inTable) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9_-]*)\s*=/.exec(l);
    if (m?.[1]) add(m[1], n);
  });
}

/** Maven `<groupId>g</groupId><artifactId>a</artifactId>` pairs and Gradle `'g:a:v'` coordinates, as `g:a`. */
function javaArtifacts(text: string, add: (name: string, line: number) => void): void {
  forLines(text, (l, n) => {
    const gradle = /["']([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^"']*)?["']/.exec(l);
    if (gradle && /^(?:implementation|api|compile|runtimeOnly)/.test(l)) add(`${gradle[1]}:${gradle[2]}`, n);
  });
  if (!text.includes('<dependency>') || text.length > 2_000_000) return;
  for (const m of text.matchAll(/<dependency>([\s\S]{0,1000}?)<\/dependency>/g)) {
    const g = /<groupId>\s*([^<\s]{1,200})\s*<\/groupId>/.exec(m[1] ?? '')?.[1];
    const a = /<artifactId>\s*([^<\s]{1,200})\s*<\/artifactId>/.exec(m[1] ?? '')?.[1];
    if (g && a) add(`${g}:${a}`, (text.slice(0, m.index).match(/\n/g)?.length ?? 0) + 1);
  }
}

function normalisePython(name: string): string {
  return name.toLowerCase().replace(/[_.]+/g, '-');
}
