// Overview: the project's one-paragraph description, from the README's lead (the first prose after the title,
// badges, images, HTML and notices passed over; a tagline gets the opening of the Overview/About section), and
// the headline features when the README lists them under a Features/Highlights heading (item titles, capped).
import { FEATURES_HEADING, MAX_FEATURES } from '../../catalogue/overview.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { clip, headingKey, itemTitle, proseBlocks, sectionsOf } from '../../overview/markdown.js';
import { README_NAMES, readmeLead, readmeOf } from '../../overview/readme.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview' as const;

export const projectDescriptionDetector = defineDetector({
  id: 'project-description',
  section: SECTION,
  reads: README_NAMES,
  detect(snapshot) {
    const doc = readmeOf(snapshot);
    const facts: AnyFact[] = [];
    const lead = doc ? readmeLead(doc) : undefined;
    if (doc && lead) {
      facts.push(
        fact(
          'overview.description',
          SECTION,
          { sentences: lead.sentences.map((s) => clip(s)), path: doc.path },
          lead.blocks.map((b) => snapshot.ref(doc.path, b.line)),
          'stated',
        ),
      );
    }
    if (doc) {
      const features = sectionsOf(doc).find((s) => FEATURES_HEADING.test(headingKey(s.heading)));
      const items = features ? proseBlocks(features.blocks).filter((b) => b.item) : [];
      if (features && items.length >= 2) {
        const titles = [...new Set(items.map((b) => itemTitle(b.raw, b.text)).filter(Boolean))];
        facts.push(
          fact(
            'overview.features',
            SECTION,
            {
              titles: titles.slice(0, MAX_FEATURES),
              total: titles.length,
              path: doc.path,
              heading: features.heading,
            },
            [snapshot.ref(doc.path, features.line)],
            'stated',
          ),
        );
      }
    }
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'overview.description',
          section: SECTION,
          lookedFor: "the project's description (the README's first paragraph after the title)",
          lookedIn: doc ? [doc.path] : README_NAMES,
          reason: 'not-found',
          ...(doc ? { detail: 'the README has no prose paragraph before its sections' } : {}),
        },
      ],
    };
  },
});
