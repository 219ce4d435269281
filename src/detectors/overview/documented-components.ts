// Overview › Actors: the components the project's documents name. Three shapes, all common:
//  - an architecture or design document (docs/design/architecture.md, docs/dev/controllers/README.md,
//    ARCHITECTURE.md, DEVELOPMENT.md) whose headings name components ("Antrea Controller", "Cert Renewer"):
//    each top-level one with the first sentence under it, deeper ones as its parts;
//  - a sentence introducing a list ("Pixie consists of three main components:") and the list after it;
//  - a "Components" heading over a table or list in any doc ("Harbor Components": Postgresql, Redis...).
// Documents are read by a line scan (src/text/prose.ts), not parsed: architecture docs run to 30 KB and more.
import {
  COMPONENT_LIST_INTRO,
  COMPONENT_WORDS,
  COMPONENTS_HEADING,
  MAX_COMPONENTS,
  NOT_COMPONENT_HEADING,
  NOT_COMPONENT_TAIL,
  ROOT_ARCHITECTURE_DOCS,
} from '../../catalogue/overview.js';
import type { OverviewFactValues } from '../../evidence/kinds/overview.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { architectureDocs, projectDocs } from '../../overview/docs.js';
import { cleanText, clip, headingKey } from '../../overview/markdown.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { type Prose, type ProseHeading, proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actors' as const;
const TOPIC = 'Components (from the docs)';
/** Parts named under one component, at most. */
const MAX_PARTS = 8;
/** Once this many components are known, further architecture docs are not read. */
const ENOUGH_COMPONENTS = 5;
/** Words of a component's summary. */
const SUMMARY_WORDS = 30;

type Component = OverviewFactValues['overview.component'] & { ref: Ref };

export const documentedComponentsDetector = defineDetector({
  id: 'documented-components',
  section: SECTION,
  reads: [
    'docs/**/{architecture,design,components,controllers,internals,overview}*.md',
    'ARCHITECTURE.md',
    'DEVELOPMENT.md',
  ],
  detect(snapshot) {
    const docs = projectDocs(snapshot);
    const components: Component[] = [];
    const names = new Set<string>();
    const add = (c: Component): void => {
      const key = c.name.toLowerCase();
      if (names.has(key) || components.length >= MAX_COMPONENTS) return;
      names.add(key);
      components.push(c);
    };
    const architecture = architectureDocs(docs);
    for (const path of architecture) {
      // The first documents are the most telling; later ones (a feature's design) only fill a short list.
      if (components.length >= ENOUGH_COMPONENTS) break;
      const prose = proseOf(snapshot, path);
      const text = snapshot.read(path);
      if (!prose || text === undefined) continue;
      // DEVELOPMENT.md-style documents have procedure headings ("Building the CLI"): only their lists count.
      if (!ROOT_ARCHITECTURE_DOCS.test(path) || /^arch/i.test(path))
        for (const c of headingComponents(snapshot, path, prose)) add(c);
      for (const c of listedComponents(snapshot, path, prose, text.split('\n'))) add(c);
    }
    // The README's command lists ("`detector` - Chooses buildpacks..."): a CLI's or a multi-call binary's parts.
    const readme = docs.find((p) => /^readme\.md$/i.test(p));
    if (readme && components.length < MAX_COMPONENTS) {
      const text = snapshot.read(readme);
      if (text !== undefined) for (const c of commandLists(snapshot, readme, text.split('\n'))) add(c);
    }
    // Any other doc: a "Components" heading over a table or list.
    let tables = 0;
    for (const path of docs) {
      if (tables >= 1 || components.length >= MAX_COMPONENTS) break;
      if (architecture.includes(path)) continue;
      const prose = proseOf(snapshot, path);
      if (!prose?.headings.some((h) => COMPONENTS_HEADING.test(headingKey(h.text)))) continue;
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const found = tabledComponents(snapshot, path, prose, text.split('\n'));
      if (found.length) tables++;
      for (const c of found) add(c);
    }
    const facts: AnyFact[] = components.map(({ ref, ...value }) => {
      const f = fact('overview.component', SECTION, value, [ref], 'stated', `${ref.path}:${ref.line}`);
      f.topic = TOPIC;
      return f;
    });
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'overview.documented-components',
          section: SECTION,
          lookedFor: 'components named in architecture or design documents',
          lookedIn: architecture.length
            ? architecture
            : ['docs/**/architecture*.md', 'docs/design/', 'ARCHITECTURE.md'],
          reason: 'not-found',
        },
      ],
    };
  },
});

/** Headings that name components; deeper component headings become parts of the one above them. */
function headingComponents(snapshot: Snapshot, path: string, prose: Prose): Component[] {
  const hs = prose.headings;
  const grouped = hs.some((h) => COMPONENTS_HEADING.test(headingKey(h.text)));
  const out: Component[] = [];
  const chain: { heading: ProseHeading; component?: Component; components: boolean }[] = [];
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i] as ProseHeading;
    while (chain.length && (chain.at(-1)?.heading.depth ?? 0) >= h.depth) chain.pop();
    const key = headingKey(h.text);
    const underComponents = chain.some((c) => c.components);
    const parent = [...chain].reverse().find((c) => c.component)?.component;
    const isComponent =
      h.depth >= 2 &&
      key.split(' ').length <= 6 &&
      key.length <= 60 &&
      !NOT_COMPONENT_HEADING.test(key) &&
      !NOT_COMPONENT_TAIL.test(key) &&
      !/^\w+ing\b/i.test(key) &&
      !COMPONENTS_HEADING.test(key) &&
      (underComponents || (!grouped && (COMPONENT_WORDS.test(key) || /^`?[a-z][\w-]*`?$/.test(key))));
    let component: Component | undefined;
    if (isComponent && parent) {
      if (parent.parts.length < MAX_PARTS && !parent.parts.includes(key)) parent.parts.push(key);
    } else if (isComponent) {
      const next = hs[i + 1]?.line ?? Number.POSITIVE_INFINITY;
      // The first sentence under the heading, not a table row ("CRD | Description").
      const first = prose.sentences.find(
        (s) => s.line > h.line && s.line < next && !/:$/.test(s.text) && !s.text.includes('|'),
      );
      component = {
        name: key.replace(/`/g, ''),
        ...(first ? { summary: clip(first.text, SUMMARY_WORDS) } : {}),
        parts: [],
        path,
        heading: h.text,
        ref: snapshot.ref(path, h.line),
      };
      out.push(component);
    }
    chain.push({ heading: h, ...(component ? { component } : {}), components: COMPONENTS_HEADING.test(key) });
  }
  return out;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;

/** "X consists of three main components:" and the list after it: one component per item. */
function listedComponents(snapshot: Snapshot, path: string, prose: Prose, lines: string[]): Component[] {
  const intro = prose.sentences.find((s) => COMPONENT_LIST_INTRO.test(s.text));
  if (!intro) return [];
  const out: Component[] = [];
  for (const { line, text } of itemsAfter(lines, intro.line)) {
    const name = componentName(text);
    if (!name) continue;
    out.push({
      name,
      summary: clip(text, SUMMARY_WORDS),
      parts: [],
      path,
      ...(intro.headings.length ? { heading: intro.headings.at(-1) as string } : {}),
      ref: snapshot.ref(path, line),
    });
  }
  return out;
}

/** A "Components" heading over a table (first cells) or a list: one fact naming them as parts. */
function tabledComponents(snapshot: Snapshot, path: string, prose: Prose, lines: string[]): Component[] {
  const h = prose.headings.find((x) => COMPONENTS_HEADING.test(headingKey(x.text)));
  if (!h) return [];
  const next = prose.headings.find((x) => x.line > h.line)?.line ?? lines.length + 1;
  const parts: string[] = [];
  let header = true;
  let listIndent: number | undefined;
  for (let i = h.line; i < next - 1 && i < h.line + 200; i++) {
    const raw = lines[i] ?? '';
    if (/^\s*\|/.test(raw)) {
      if (/^\s*\|?\s*:?-{2,}/.test(raw)) {
        header = false;
        continue;
      }
      if (header) continue;
      const cell = cleanText(raw.replace(/^\s*\|/, '').split('|')[0] ?? '');
      if (cell && !parts.includes(cell)) parts.push(cell);
      continue;
    }
    const item = LIST_ITEM.exec(raw)?.[1];
    // Only the list's top level: nested items are the parts of a part (a controller's CRDs).
    const indent = raw.length - raw.trimStart().length;
    if (item) listIndent ??= indent;
    if (item && indent === listIndent) {
      const name = componentName(item);
      if (name && !parts.includes(name)) parts.push(name);
    }
  }
  if (parts.length < 2) return [];
  // The heading's own sentence, not the first item of its list.
  const first = prose.sentences.find(
    (s) =>
      s.line > h.line && s.line < next && !s.text.includes('|') && !LIST_ITEM.test(lines[s.line - 1] ?? ''),
  );
  return [
    {
      name: h.text,
      ...(first ? { summary: clip(first.text, SUMMARY_WORDS) } : {}),
      parts: parts.slice(0, 16),
      path,
      heading: h.text,
      ref: snapshot.ref(path, h.line),
    },
  ];
}

const COMMAND_ITEM = /^\s*[-*+]\s+`(\w[\w.-]{1,39})`\s*[-–—:]\s+\S/;
/** Sections listing settings, not programs. */
const NOT_COMMANDS = /config|option|flag|environment|variable|setting|parameter|argument|field|value/i;

/**
 * Lists whose every item is a code name and a description (`detector` - Chooses buildpacks...), grouped by the
 * README section (H2) they sit in: one fact per section, naming them.
 */
function commandLists(snapshot: Snapshot, path: string, lines: string[]): Component[] {
  const bySection = new Map<string, { line: number; names: string[] }>();
  let fence = false;
  let run: { line: number; names: string[] } | undefined;
  let runOk = true;
  const flush = (section: string | undefined): void => {
    if (run && runOk && run.names.length > 0 && section) {
      const known = bySection.get(section) ?? { line: run.line, names: [] };
      for (const n of run.names) if (!known.names.includes(n)) known.names.push(n);
      bySection.set(section, known);
    }
    run = undefined;
    runOk = true;
  };
  let section: string | undefined;
  for (let i = 0; i < lines.length && i < 5000; i++) {
    const raw = lines[i] ?? '';
    if (/^\s{0,3}(?:```|~~~)/.test(raw)) fence = !fence;
    if (fence) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (h) {
      flush(section);
      if ((h[1] as string).length <= 2) section = cleanText(h[2] as string);
      continue;
    }
    if (LIST_ITEM.test(raw) && !/^\s{2,}/.test(raw)) {
      const m = COMMAND_ITEM.exec(raw);
      if (m) {
        run ??= { line: i + 1, names: [] };
        run.names.push(m[1] as string);
      } else runOk = false;
      continue;
    }
    if (raw.trim() !== '' && !/^\s{2,}/.test(raw)) flush(section);
  }
  flush(section);
  return [...bySection.entries()]
    .filter(([heading, v]) => v.names.length >= 2 && !NOT_COMMANDS.test(heading))
    .map(([heading, v]) => ({
      name: `Commands under ${heading}`,
      parts: v.names.slice(0, 16),
      path,
      heading,
      ref: snapshot.ref(path, v.line),
    }));
}

/** List items right after a line (blank lines between items allowed), up to the first other block. */
function itemsAfter(lines: string[], after: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (let i = after; i < lines.length && out.length < 12; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const item = LIST_ITEM.exec(raw)?.[1];
    if (item !== undefined) {
      if (/^\s{2,}/.test(raw) && out.length) continue;
      out.push({ line: i + 1, text: cleanText(item.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')) });
      continue;
    }
    // Continuation lines of an item are indented; anything else ends the list.
    if (out.length && /^\s{2,}\S/.test(raw)) continue;
    if (i === after) continue;
    break;
  }
  return out;
}

/** A component's name from a list item: its bold lead, else the text before the first comma, dash or colon. */
function componentName(raw: string): string | undefined {
  // "[Source Controller](https://…)" names "Source Controller".
  const item = raw.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  const bold = /^\s*(?:\*\*|__)(.{1,60}?)(?:\*\*|__)/.exec(item)?.[1];
  const name = cleanText(bold ?? item.split(/,\s|\s[-–—]\s|:\s|\s\(/)[0] ?? '').replace(/[.:]$/, '');
  return name && name.split(' ').length <= 6 ? name.replace(/`/g, '') : undefined;
}
