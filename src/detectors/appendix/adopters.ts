// Appendix › Case studies: the organisations an adopters file lists (ADOPTERS.md, USERS.md...), in the
// file's order: table rows, list items, bold leads, headings and logo links (their alt text or domain).
import { ADOPTERS_GLOBS, MAX_ADOPTER_NAMES, NOT_ADOPTER } from '../../catalogue/disclosure-appendix.js';
import { fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { notProjectPath, shallowFirst } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/case-studies' as const;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const INSTRUCTIONS =
  /\badd(?:ing)? (?:yourself|your)|\bhow to (?:add|join|become)|\bbecom(?:e|ing) an? (?:adopter|user)|\bupdat(?:e|ing) (?:this|the) list|\bcontribut/i;

interface Candidate {
  name: string;
  line: number;
  /** Made from a domain name or URL (a logo's alt text): a later plain name replaces it. */
  fromDomain: boolean;
}

/** The repository's adopters files, shallowest first (the case studies and the ecosystem's count read the same). */
export function adopterFiles(snapshot: Snapshot): string[] {
  return snapshot
    .glob(ADOPTERS_GLOBS)
    .map((f) => f.path)
    .filter((p) => !notProjectPath(p))
    .sort(shallowFirst);
}

export const adoptersDetector = defineDetector({
  id: 'adopters',
  section: SECTION,
  reads: ADOPTERS_GLOBS,
  detect(snapshot) {
    const files = adopterFiles(snapshot);
    let pointer: string | undefined;
    for (const path of files.slice(0, 3)) {
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const names = adopterNames(text);
      if (names.length === 0) {
        // A file that only points to a list kept elsewhere (the organisation's community repository).
        const url = /https?:\/\/[^\s)>\]]+/.exec(text)?.[0];
        if (url && text.length < 2000) pointer ??= `${path} points to ${url}`;
        continue;
      }
      const first = names[0]?.line;
      return {
        facts: [
          fact(
            'appendix.adopters',
            SECTION,
            { path, names: names.slice(0, MAX_ADOPTER_NAMES).map((n) => n.name), total: names.length },
            [snapshot.ref(path, first)],
            'stated',
          ),
        ],
        unknowns: [],
      };
    }
    return {
      facts: [],
      unknowns: [
        {
          id: 'appendix.adopters',
          section: SECTION,
          lookedFor: 'an adopters file naming organisations that use the project',
          lookedIn: ['ADOPTERS.md', 'USERS.md', 'docs/**/adopters.md'],
          reason: 'not-found',
          ...(pointer ? { detail: pointer } : {}),
        },
      ],
    };
  },
});

/**
 * The organisations a document lists, deduplicated (a logo and a success story name one adopter), by a line
 * scan: table rows (first cell), list items, bold leads, headings after the title, lone links and logo
 * links. Sections telling readers how to add themselves are instructions, not adopters.
 */
export function adopterNames(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const push = (raw: string, line: number, fromDomain = false) =>
    candidates.push({ name: raw, line, fromDomain });
  const lines = text.split('\n');
  let fence: string | undefined;
  let headings = 0;
  let skipUnder: number | undefined;
  const skipped = new Set<number>();
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const at = i + 1;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (f || fence) {
      if (f && !fence) fence = f[0];
      else if (f && f[0] === fence) fence = undefined;
      continue;
    }
    if (raw.length > 4000) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading?.[1] && heading[2] !== undefined) {
      const depth = heading[1].length;
      if (skipUnder !== undefined && depth <= skipUnder) skipUnder = undefined;
      if (INSTRUCTIONS.test(heading[2])) skipUnder = depth;
      // The title is the file's own; later headings may be organisations (one section per adopter).
      else if (skipUnder === undefined && headings > 0 && depth >= 2) push(inline(heading[2]), at);
      headings++;
      continue;
    }
    if (skipUnder !== undefined) {
      skipped.add(at);
      continue;
    }
    // A table: a header row, a separator row, then rows until a line without a pipe.
    if (inTable && raw.includes('|')) {
      push(inline(raw.replace(/^\s*\|/, '').split(/(?<!\\)\|/)[0] ?? ''), at);
      continue;
    }
    inTable = false;
    if (raw.includes('|') && TABLE_SEPARATOR.test(lines[i + 1] ?? '')) {
      inTable = true;
      i++;
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    if (item?.[1] !== undefined) {
      push(boldLead(raw) ?? leadLink(item[1]) ?? leadText(inline(item[1])), at);
      continue;
    }
    const bold = boldLead(raw);
    if (bold) push(bold, at);
    else {
      const lone = /^\s*\[([^\]]{1,100})\]\([^)]*\)\s*$/.exec(raw)?.[1];
      if (lone) push(lone, at);
    }
  }
  if (text.includes('<a'))
    html(text, 1, (name, line, fromDomain) => {
      if (!skipped.has(line)) push(name, line, fromDomain);
    });
  candidates.sort((a, b) => a.line - b.line);
  const found: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const name = clean(c.name);
    if (
      !name ||
      name.length > 60 ||
      /^(?:https?:|www\.)/i.test(name) ||
      NOT_ADOPTER.test(name) ||
      /your (?:company|organi[sz]ation|name)|example/i.test(name)
    )
      continue;
    const k = key(name);
    if (!k) continue;
    const known = byKey.get(k);
    if (!known) {
      const entry = { name, line: c.line, fromDomain: c.fromDomain };
      byKey.set(k, entry);
      found.push(entry);
    } else if (known.fromDomain && !c.fromDomain) Object.assign(known, { name, fromDomain: false });
  }
  return found;
}

/** Markdown inline syntax removed: links to their text, images, tags, emphasis and code marks. */
function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_`]/g, '');
}

/** The text of a link that opens a list item: `[Acme](https://acme.io) - in production`. */
function leadLink(item: string): string | undefined {
  return /^\s*\[([^\]]{1,100})\]\([^)]*\)/.exec(item)?.[1];
}

/** Logos: `<a href="https://acme.io"><img alt="Acme"></a>`: the alt text, else the link's domain. */
function html(
  value: string,
  line: number,
  add: (name: string, line: number, fromDomain?: boolean) => void,
): void {
  if (value.length > 200_000) return;
  for (const m of value.matchAll(/<a\b[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]{0,600}?)<\/a>/gi)) {
    const at = line + (value.slice(0, m.index).match(/\n/g)?.length ?? 0);
    const alt = /\balt\s*=\s*["']([^"']*)["']/i.exec(m[2] ?? '')?.[1]?.trim();
    const text = stripTags(m[2] ?? '');
    const label = [alt, text].find((x) => x && !/^https?:|^www\.|\.(?:com|io|org|net|dev|cn)$/i.test(x));
    if (label) add(label, at);
    else {
      const domain = domainName(alt && /[.]/.test(alt) ? alt : (m[1] ?? ''));
      if (domain) add(domain, at, true);
    }
  }
}

function stripTags(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A bold lead (`**Acme:**`, `**[Acme](https://acme.io)** uses...`), read from the source line: the parser
 * leaves emphasis unparsed (src/markdown/parse.ts), so it is plain text in the tree.
 */
function boldLead(raw: string): string | undefined {
  const m = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(.{1,120}?)\1/.exec(raw);
  return m?.[2]?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]*>/g, '');
}

function domainName(url: string): string | undefined {
  const host = /^(?:https?:\/\/)?([^/:?#\s]+)/i.exec(url.trim())?.[1];
  return host?.replace(/^www\./i, '');
}

function leadText(text: string): string {
  return text.split(/\s[-–—:|]\s|:\s|\s\(/)[0] ?? text;
}

function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s*_`]+|[\s*_`:,.]+$/g, '')
    .trim();
}

/** Compares names and domains: `www.Transwarp.io` and `Transwarp` are one adopter. */
function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(?:com|io|org|net|dev|co|ai|cn|de|uk|fr|jp)(?:\.[a-z]{2})?(?:\/.*)?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
