// Overview › Background: the README's about/overview/why/motivation sections and the docs' overview pages
// (docs/overview.md, docs/introduction.md...), summarised as the first sentence of each paragraph or item,
// capped, never pasted whole. The README's lead is the description (project-description) and is skipped here.
import { BACKGROUND_DOC, BACKGROUND_HEADING, MAX_BACKGROUND_SENTENCES } from '../../catalogue/overview.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import type { MarkdownDoc } from '../../markdown/parse.js';
import { clip, headingKey, proseBlocks, sectionsOf, sentencesOf } from '../../overview/markdown.js';
import { README_NAMES, readmeLead, readmeOf } from '../../overview/readme.js';
import { shallowFirst } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/background' as const;
/** Background docs read beside the README. */
const MAX_BACKGROUND_DOCS = 2;

/**
 * A number with a unit or a percentage ("less than 5% of cluster CPU", "within 30 seconds", "up to 10x"): a
 * measured claim, the most checkable thing a project says about itself.
 */
const MEASURE =
  /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|x\b|ms\b|milliseconds?\b|seconds?\b|minutes?\b|hours?\b|days?\b|[KMGT]i?B\b)/i;
/** Words the first sentence and a measured second sentence may take together. */
const MAX_WITH_MEASURE_WORDS = 40;

/**
 * The first sentence, with the next one when it states a measure and both stay short: a feature item often
 * says what in its first sentence and how much in its second ("... locally in the cluster. Pixie uses less
 * than 5% of cluster CPU").
 */
function withMeasure(first: string, second: string | undefined): string {
  if (!second || !MEASURE.test(second) || /:$/.test(second)) return first;
  const joined = `${/[.!?]$/.test(first) ? first : `${first}.`} ${second}`;
  return joined.split(' ').length <= MAX_WITH_MEASURE_WORDS ? joined : first;
}

export const backgroundDetector = defineDetector({
  id: 'background',
  section: SECTION,
  reads: [...README_NAMES, 'docs/{overview,introduction,about,what-is-*,motivation,concepts}.md'],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    const seen = new Set<string>();
    const take = (doc: MarkdownDoc, skipLines: Set<number>, wholeDoc: boolean): void => {
      const sections = sectionsOf(doc).filter((s) => BACKGROUND_HEADING.test(headingKey(s.heading)));
      // A background doc without such headings: its opening paragraphs are the background.
      const parts = sections.length
        ? sections.map((s) => ({ heading: s.heading, blocks: proseBlocks(s.blocks) }))
        : wholeDoc
          ? [{ heading: undefined, blocks: proseBlocks(doc.tree.children) }]
          : [];
      for (const part of parts) {
        for (const block of part.blocks) {
          if (facts.length >= MAX_BACKGROUND_SENTENCES) return;
          if (skipLines.has(block.line)) continue;
          const [first, second] = sentencesOf(block.text);
          // An intro to a list ("Three features enable...:") says nothing alone; a fragment neither.
          if (!first || /:$/.test(first) || first.split(' ').length < 6 || !/[a-z]{3}/.test(first)) continue;
          const key = first.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          facts.push(
            fact(
              'overview.background',
              SECTION,
              {
                sentence: clip(withMeasure(first, second)),
                path: doc.path,
                ...(part.heading ? { heading: part.heading } : {}),
              },
              [snapshot.ref(doc.path, block.line)],
              'stated',
              `${doc.path}:${block.line}`,
            ),
          );
        }
      }
    };
    const readme = readmeOf(snapshot);
    if (readme) {
      const lead = readmeLead(readme);
      take(readme, new Set(lead?.blocks.map((b) => b.line) ?? []), false);
    }
    const docs = snapshot
      .glob(['docs/*.md', 'docs/*/*.md', 'doc/*.md', 'documentation/*.md'], { nocase: true })
      .map((f) => f.path)
      .filter((p) => BACKGROUND_DOC.test(p))
      .sort(shallowFirst)
      .slice(0, MAX_BACKGROUND_DOCS);
    for (const path of docs) {
      const doc = snapshot.markdown(path);
      if (doc) take(doc, new Set(), true);
    }
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'overview.background',
          section: SECTION,
          lookedFor: 'background (an Overview, About, Why or Motivation section, or an overview page)',
          lookedIn: [
            readme?.path ?? 'README.md',
            'docs/overview.md',
            'docs/introduction.md',
            'docs/about.md',
          ],
          reason: 'not-found',
        },
      ],
    };
  },
});
