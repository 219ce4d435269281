// Appendix › OpenSSF Best Practices: the badges the README shows (OpenSSF Best Practices with its project
// id, Scorecard, CLOMonitor, FOSSA, Artifact Hub, Snyk, SLSA) and a Scorecard run in CI.
import { BADGE_FILES, BADGE_IMAGE, BADGES, SCORECARD_ACTION } from '../../catalogue/badges.js';
import type { BadgeId } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/openssf-best-practices' as const;
const URL_IN_TEXT = /https?:\/\/[^\s)"'<>\]]+/g;
const WORKFLOWS = '.github/workflows/*.{yml,yaml}';

export const badgesDetector = defineDetector({
  id: 'badges',
  section: SECTION,
  reads: [...BADGE_FILES, WORKFLOWS],
  detect(snapshot) {
    const found = new Map<BadgeId, { url: string; id?: string; ref: Ref; image: boolean }>();
    for (const path of BADGE_FILES) {
      const text = snapshot.has(path) ? snapshot.read(path) : undefined;
      if (text === undefined) continue;
      text.split('\n').forEach((line, i) => {
        if (line.length > 20_000 || !/https?:\/\//.test(line)) return;
        for (const m of line.matchAll(URL_IN_TEXT)) {
          const url = m[0].replace(/[.,;]+$/, '');
          const row = BADGES.find((b) => b.url.test(url));
          if (!row) continue;
          const id = row.url.exec(url)?.[1];
          const image = BADGE_IMAGE.test(url);
          const page = row.page && id ? row.page(id) : url;
          const known = found.get(row.badge);
          // Keep the first badge, but let the page behind it replace its image URL.
          if (!known)
            found.set(row.badge, {
              url: page,
              ...(id ? { id } : {}),
              ref: snapshot.ref(path, i + 1),
              image: image && !row.page,
            });
          else if (known.image && !image && !row.page) found.set(row.badge, { ...known, url, image: false });
        }
      });
      if (found.size > 0) break;
    }
    const facts: AnyFact[] = [...found.entries()].map(([badge, b]) =>
      fact(
        'appendix.badge',
        SECTION,
        {
          badge,
          url: b.url,
          ...(b.id && badge !== 'artifact-hub' && badge !== 'snyk' ? { projectId: b.id } : {}),
        },
        [b.ref],
        'observed',
        badge,
      ),
    );
    const workflow = scorecardWorkflow(snapshot);
    if (workflow)
      facts.push(
        fact('appendix.scorecard-workflow', SECTION, { path: workflow.path }, [workflow.ref], 'observed'),
      );
    // The Best Practices badge first: it is what the section asks about.
    facts.sort((a, b) => rank(a) - rank(b));
    const unknowns = found.has('openssf-best-practices')
      ? []
      : [
          {
            id: 'appendix.openssf-best-practices-badge',
            section: SECTION,
            lookedFor: 'an OpenSSF Best Practices badge (a bestpractices.dev project link)',
            lookedIn: BADGE_FILES.filter((p) => snapshot.has(p)),
            reason: 'not-found' as const,
          },
        ];
    return { facts, unknowns };
  },
});

function rank(f: AnyFact): number {
  if (f.kind === 'appendix.badge') return BADGES.findIndex((b) => b.badge === f.value.badge);
  return BADGES.length;
}

function scorecardWorkflow(snapshot: Snapshot): { path: string; ref: Ref } | undefined {
  const files = snapshot
    .glob(WORKFLOWS)
    .map((f) => f.path)
    .sort((a, b) => Number(!/scorecard/i.test(a)) - Number(!/scorecard/i.test(b)));
  for (const path of files.slice(0, 80)) {
    const text = snapshot.read(path);
    if (text === undefined || !SCORECARD_ACTION.test(text)) continue;
    const line = text.split('\n').findIndex((l) => SCORECARD_ACTION.test(l)) + 1;
    return { path, ref: snapshot.ref(path, line) };
  }
  return undefined;
}
