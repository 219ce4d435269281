// Ecosystem: the other projects the documentation names as part of the project's ecosystem, and its sibling
// repositories. Two conventions, by a line scan of the README and the top-level community documents:
// - a lead that introduces a list of projects ("Example buildpack providers: [Google](…), [Heroku](…)",
//   "Integrations:", "Works with"), or a heading like "Integrations" / "Additional tools" whose list items
//   each open with a link;
// - README links to other repositories of the project's own GitHub organisation (github.com/<org>/<other>).
// Only links with http(s) addresses count: javascript:, data: and relative links are not projects.
import {
  ECOSYSTEM_DOCS,
  ECOSYSTEM_LEAD,
  MAX_NAMED,
  MAX_NAMED_LISTS,
  MAX_SIBLINGS,
  NOT_ECOSYSTEM_LEAD,
  NOT_PROJECT_LINK,
  NOT_SIBLING,
} from '../../catalogue/ecosystem-projects.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';
import { findSelfLinks } from '../metadata/software-url.js';

const SECTION = 'secure-development-practices/ecosystem' as const;
const TOPIC = 'Place in the ecosystem';
const MAX_LINES = 5_000;
const MAX_LINE = 2_000;
/** `[text](https://…)`, bounded so that a hostile line stays linear. */
const LINK = /\[([^\]\n]{1,120})\]\(\s*<?(https?:\/\/[^)\s>]{1,300})>?(?:\s+"[^"]{0,200}")?\s*\)/g;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;

interface Named {
  name: string;
  url: string;
}

export const namedProjectsDetector = defineDetector({
  id: 'named-projects',
  section: SECTION,
  reads: ECOSYSTEM_DOCS,
  detect(snapshot) {
    const facts: AnyFact[] = [];
    const own = ownRepository(snapshot);
    const seen = new Set<string>();
    for (const path of ECOSYSTEM_DOCS) {
      if (facts.length >= MAX_NAMED_LISTS || !snapshot.has(path)) continue;
      const text = snapshot.read(path);
      if (text === undefined) continue;
      for (const list of namedLists(text)) {
        if (facts.length >= MAX_NAMED_LISTS) break;
        const projects = list.projects.filter((p) => !isOwn(p.url, own) && !seen.has(p.url.toLowerCase()));
        if (projects.length === 0) continue;
        for (const p of projects) seen.add(p.url.toLowerCase());
        facts.push({
          ...fact(
            'ecosystem.named-projects',
            SECTION,
            {
              lead: list.lead,
              projects: projects.slice(0, MAX_NAMED).map((p) => ({ name: p.name, ...urlPart(p) })),
              total: projects.length,
              path,
            },
            [snapshot.ref(path, list.line)],
            'stated',
            `${path}#${list.line}`,
          ),
          topic: TOPIC,
        });
      }
    }
    const siblings = own ? siblingsOf(snapshot, own, seen) : undefined;
    if (siblings) facts.push(siblings);
    return { facts, unknowns: [] };
  },
});

/** A GitHub repository link is shown as `github.com/owner/name` (the name alone is often ambiguous). */
function urlPart(p: Named): { url?: string } {
  const gh = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+\/[\w.-]+)/i.exec(p.url)?.[1];
  return gh && !p.name.toLowerCase().includes(gh.toLowerCase())
    ? { url: `github.com/${gh.replace(/\.git$/, '')}` }
    : {};
}

/** `owner/name` of the repository: the forge remote, else the address its own files declare or link most. */
function ownRepository(snapshot: Snapshot): string | undefined {
  if (snapshot.forge) return snapshot.forge.repo;
  // As the software-url detector decides: a declaration (go.mod's module), else a clear lead in links; a
  // README that links a sibling more than itself leaves the question open, and no siblings are named.
  const candidates = findSelfLinks(snapshot).filter((c) => c.host.toLowerCase() === 'github.com');
  const declared = candidates.find((c) => c.declared);
  if (declared) return declared.repo;
  const [best, second] = candidates;
  return best && best.weight >= 3 && (!second || best.weight >= second.weight * 1.5) ? best.repo : undefined;
}

function isOwn(url: string, own: string | undefined): boolean {
  if (!own) return false;
  const [org] = own.toLowerCase().split('/');
  const gh = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)/i.exec(url)?.[1]?.toLowerCase();
  return gh === org;
}

/**
 * Lists of projects in one Markdown text: a line whose lead before a colon matches the ecosystem lead and
 * that carries two or more project links; or, under a heading that matches it, list items that open with a
 * link (one project each).
 */
export function namedLists(text: string): { lead: string; line: number; projects: Named[] }[] {
  const out: { lead: string; line: number; projects: Named[] }[] = [];
  const lines = text.split('\n');
  let fence = false;
  let under: { lead: string; line: number; depth: number; projects: Named[] } | undefined;
  const close = (): void => {
    if (under && under.projects.length > 0)
      out.push({ lead: under.lead, line: under.line, projects: under.projects });
    under = undefined;
  };
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const raw = (lines[i] as string).slice(0, MAX_LINE);
    if (FENCE.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const h = ATX.exec(raw);
    if (h?.[1] && h[2] !== undefined) {
      const depth = h[1].length;
      if (under && depth <= under.depth) close();
      const title = plain(h[2]);
      if (!under && depth >= 2 && ECOSYSTEM_LEAD.test(title) && !NOT_ECOSYSTEM_LEAD.test(title))
        under = { lead: title, line: i + 1, depth, projects: [] };
      continue;
    }
    const item = ITEM.exec(raw)?.[1];
    if (under && item !== undefined) {
      // `* **[Harbor.Tagd](https://…)**` or `- [Paketo](https://paketo.io) - …`: one project per item.
      const opening = /^(?:\*\*|__)?\[([^\]\n]{1,120})\]\(\s*<?(https?:\/\/[^)\s>]{1,300})/.exec(item);
      if (opening?.[1] && opening[2] && !NOT_PROJECT_LINK.test(opening[2]))
        under.projects.push({ name: plain(opening[1]), url: opening[2] });
    }
    const colon = raw.indexOf(':');
    if (colon < 0 || !raw.includes('](http')) continue;
    const lead = plain(
      raw
        .slice(0, colon)
        .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
        .replace(/^>\s*/, ''),
    );
    if (lead.length === 0 || lead.length > 80 || lead.includes('](')) continue;
    if (!ECOSYSTEM_LEAD.test(lead) || NOT_ECOSYSTEM_LEAD.test(lead)) continue;
    const projects = linksIn(raw.slice(colon + 1));
    if (projects.length >= 2) out.push({ lead: capitalise(lead), line: i + 1, projects });
  }
  close();
  return out;
}

function linksIn(s: string): Named[] {
  const found: Named[] = [];
  for (const m of s.matchAll(LINK)) {
    const url = m[2] ?? '';
    const name = plain(m[1] ?? '');
    if (!name || NOT_PROJECT_LINK.test(url) || found.some((f) => f.url === url)) continue;
    found.push({ name, url });
  }
  return found;
}

/** Other repositories of the project's GitHub organisation that the README links to. */
function siblingsOf(snapshot: Snapshot, own: string, seen: Set<string>): AnyFact | undefined {
  const [org, name] = own.split('/') as [string, string];
  const path = ECOSYSTEM_DOCS.slice(0, 3).find((p) => snapshot.has(p));
  const text = path ? snapshot.read(path) : undefined;
  if (!path || text === undefined) return undefined;
  const escaped = org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A link to the repository itself, not a badge or image whose address embeds it (pkg.go.dev/badge/github.com/…).
  const link = new RegExp(
    `(?:^|[\\s(<\\[]|https?://)(?:www\\.)?github\\.com/${escaped}/([A-Za-z0-9_.-]{1,100})`,
    'gi',
  );
  const names: string[] = [];
  let first: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = (lines[i] as string).slice(0, MAX_LINE);
    for (const m of line.matchAll(link)) {
      const repo = (m[1] ?? '').replace(/\.git$/, '').replace(/\.+$/, '');
      if (!repo || repo.toLowerCase() === name.toLowerCase() || NOT_SIBLING.test(repo)) continue;
      if (/\.(?:svg|png|jpe?g|gif|webp)$/i.test(repo)) continue;
      if (seen.has(`https://github.com/${org}/${repo}`.toLowerCase())) continue;
      if (names.some((n) => n.toLowerCase() === repo.toLowerCase())) continue;
      names.push(repo);
      first ??= i + 1;
    }
  }
  if (names.length === 0 || first === undefined) return undefined;
  return {
    ...fact(
      'ecosystem.sibling-projects',
      SECTION,
      { org, names: names.slice(0, MAX_SIBLINGS), total: names.length, path },
      [snapshot.ref(path, first)],
      'stated',
    ),
    topic: TOPIC,
  };
}

/** Inline Markdown reduced to text: links to their text, images, tags, emphasis and code marks removed. */
function plain(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]{0,500}>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
