// Metadata › Software: the repository's web address. From the origin remote when it is a GitHub or GitLab
// URL; otherwise inferred from the repository's mentions of its own address (module path, manifest
// repository fields, links to its own issues, blobs and badges), the most strongly supported one winning.
import {
  FORGE_HOSTS,
  MANIFEST_FILES,
  NOT_PROJECT_OWNERS,
  REPO_PAGE_SEGMENTS,
  SELF_LINK_FILES,
  SELF_LINK_WEIGHTS,
} from '../../catalogue/repository-self-links.js';
import { fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

interface Candidate {
  host: string;
  repo: string;
  weight: number;
  /** Named by a manifest's own declaration (`module`, `repository`): the repository says who it is. */
  declared: boolean;
  first: { path: string; line: number };
}

const PAGE = new Set<string>(REPO_PAGE_SEGMENTS);
const HOST_ALTERNATION = FORGE_HOSTS.map((h) => h.replace('.', '\\.')).join('|');
// owner/name then an optional next segment; bounded character classes keep it linear on hostile input.
const LINK = new RegExp(
  `(?:^|[^\\w.-])(${HOST_ALTERNATION})[/:]([A-Za-z0-9][\\w.-]{0,99})/([\\w.-]{1,100})(/[\\w.-]{1,40})?`,
  'g',
);
const DECLARATION =
  /^\s*(?:module\s|"?(?:repository|url|homepage|source|source-code|project-url|repo-url)"?\s*[:=])/i;
const MAX_LINE = 4000;

export function findSelfLinks(snapshot: Snapshot): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const path of SELF_LINK_FILES) {
    const text = snapshot.read(path);
    if (text === undefined) continue;
    const manifest = MANIFEST_FILES.has(path);
    text.split('\n').forEach((rawLine, i) => {
      const line = rawLine.length > MAX_LINE ? rawLine.slice(0, MAX_LINE) : rawLine;
      const declaration = DECLARATION.test(line);
      if (manifest && !declaration) return;
      for (const m of line.matchAll(LINK)) {
        const [, host, owner, rawName, next] = m;
        if (!host || !owner || !rawName) continue;
        if (NOT_PROJECT_OWNERS.has(owner.toLowerCase())) continue;
        const name = rawName.replace(/\.git$/, '').replace(/[.]+$/, '');
        if (!name) continue;
        const key = `${host}/${owner}/${name}`.toLowerCase();
        const nextSegment = next?.slice(1).toLowerCase();
        const weight = declaration
          ? SELF_LINK_WEIGHTS.declaration
          : nextSegment && PAGE.has(nextSegment)
            ? SELF_LINK_WEIGHTS.repoPage
            : SELF_LINK_WEIGHTS.bare;
        const existing = byKey.get(key);
        const declared = manifest && declaration;
        if (existing) {
          existing.weight += weight;
          if (declared && !existing.declared) {
            existing.declared = true;
            existing.first = { path, line: i + 1 };
          }
        } else {
          byKey.set(key, { host, repo: `${owner}/${name}`, weight, declared, first: { path, line: i + 1 } });
        }
      }
    });
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight);
}

/** A winner needs repeated or declared support, and a clear lead over the runner-up. */
const MIN_WEIGHT = 3;

export const softwareUrlDetector = defineDetector({
  id: 'software-url',
  section: 'metadata',
  reads: ['git remote origin', ...SELF_LINK_FILES],
  detect(snapshot) {
    if (snapshot.forge) {
      // Cite the first file that names the address too, so a reviewer can see it in the repository.
      const mention = findSelfLinks(snapshot).find(
        (c) => c.repo.toLowerCase() === snapshot.forge?.repo.toLowerCase(),
      );
      return {
        facts: [
          fact(
            'metadata.software-url',
            'metadata',
            { url: snapshot.forge.webUrl, source: 'origin-remote' },
            mention ? [snapshot.ref(mention.first.path, mention.first.line)] : [],
            'observed',
          ),
        ],
        unknowns: [],
      };
    }
    const candidates = findSelfLinks(snapshot);
    // A manifest's declaration outranks any number of links: READMEs link to sibling repositories a lot.
    const declared = candidates.filter((c) => c.declared);
    const [best, second] = declared.length === 1 ? declared : candidates;
    const clear = best?.declared
      ? declared.length === 1
      : best && (!second || best.weight >= second.weight * 1.5);
    if (best && clear && best.weight >= MIN_WEIGHT) {
      return {
        facts: [
          fact(
            'metadata.software-url',
            'metadata',
            { url: `https://${best.host.toLowerCase()}/${best.repo}`, source: 'repository-files' },
            [snapshot.ref(best.first.path, best.first.line)],
            'inferred',
          ),
        ],
        unknowns: [],
      };
    }
    return {
      facts: [],
      unknowns: [
        {
          id: 'metadata.software-url',
          section: 'metadata',
          lookedFor: "the repository's web address",
          lookedIn: ['git remote origin', ...SELF_LINK_FILES.filter((p) => snapshot.has(p))],
          reason: 'not-found',
          ...(best
            ? {
                detail: `no clear winner among ${[best, second]
                  .filter(Boolean)
                  .map((c) => c?.repo)
                  .join(', ')}`,
              }
            : {}),
        },
      ],
    };
  },
});
