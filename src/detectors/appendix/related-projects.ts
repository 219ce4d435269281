// Appendix › Related projects / vendors: documents that compare the project with others (a comparison,
// alternatives or landscape page) and README or docs-index headings that do ("Comparison with X",
// "X vs Y", "Related projects"); a todo when there are none.
import { RELATED_DOC_PATH, RELATED_HEADING, RELATED_READS } from '../../catalogue/disclosure-appendix.js';
import { atxHeadings } from '../../disclosure/sources.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { notProjectPath } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/related-projects-vendors' as const;
const MAX_DOCS = 2;
/** A link to a comparison page, by its address or its text. */
const RELATED_LINK = /\bcomparisons?\b|\balternatives\b|[/-]vs[-.]|\bcompared? (?:to|with)\b/i;
const HEADING_DOCS = ['README.md', 'docs/README.md', 'docs/index.md', 'docs/faq.md', 'docs/FAQ.md', 'FAQ.md'];
/** Documents for the project's own developers compare development tools, not the project. */
const DEVELOPER_DOCS =
  /(?:^|\/)(?:contributors?|contributing|development|developers?|dev|hack|internal|design|proposals?)\//i;

export const relatedProjectsDetector = defineDetector({
  id: 'related-projects',
  section: SECTION,
  reads: [...RELATED_READS, ...HEADING_DOCS],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    // One document per name: versioned docs (docs/1.10/..., docs/2.0/...) repeat the same page.
    const byName = new Map<string, { path: string; size: number }>();
    for (const f of snapshot.files.filter((x) => x.kind === 'file' && RELATED_DOC_PATH.test(x.path))) {
      if (notProjectPath(f.path)) continue;
      if (DEVELOPER_DOCS.test(f.path)) continue;
      const name = (f.path.split('/').pop() ?? f.path).toLowerCase().replace(/[_\s]+/g, '-');
      const known = byName.get(name);
      // A stub ("this content has moved") is much smaller than the page; else the newest version wins.
      if (!known || f.size > 2 * known.size || (f.size * 2 >= known.size && newer(f.path, known.path)))
        byName.set(name, { path: f.path, size: f.size });
    }
    for (const { path } of [...byName.values()].slice(0, MAX_DOCS)) {
      // A line scan for the title (front matter or first heading): these pages are long tables.
      const { title, line } = titleOf(snapshot.read(path) ?? '');
      facts.push(
        fact(
          'appendix.related-projects',
          SECTION,
          { path, ...(title ? { title } : {}) },
          [snapshot.ref(path, line)],
          'stated',
          path,
        ),
      );
    }
    for (const path of HEADING_DOCS) {
      if (facts.length >= MAX_DOCS + 1 || !snapshot.has(path)) continue;
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const heading = atxHeadings(text).find((h) => h.depth >= 2 && RELATED_HEADING.test(h.text));
      if (heading) {
        facts.push(
          fact(
            'appendix.related-projects',
            SECTION,
            { path, title: heading.text },
            [snapshot.ref(path, heading.line)],
            'stated',
            `${path}#${heading.line}`,
          ),
        );
        continue;
      }
      // A link to a comparison page kept on the website ("see [comparisons](https://.../comparisons/)").
      const link = comparisonLink(text);
      if (link)
        facts.push(
          fact(
            'appendix.related-projects',
            SECTION,
            { path, url: link.url },
            [snapshot.ref(path, link.line)],
            'stated',
            link.url,
          ),
        );
    }
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts,
      unknowns: [
        {
          id: 'appendix.related-projects',
          section: SECTION,
          lookedFor: 'a comparison with related projects (a comparison, alternatives or landscape page)',
          lookedIn: ['README.md', 'docs/**/*{comparison,alternatives,landscape,-vs-}*.md'],
          reason: 'not-found',
        },
      ],
    };
  },
});

/** The later of two versioned copies: compares version-like path segments numerically. */
function newer(a: string, b: string): boolean {
  const v = (p: string) => /\/v?(\d+)\.(\d+)\//.exec(p);
  const va = v(a);
  const vb = v(b);
  if (!va || !vb) return a.split('/').length < b.split('/').length;
  return Number(va[1]) * 1000 + Number(va[2]) > Number(vb[1]) * 1000 + Number(vb[2]);
}

/** The title of a page: its front matter's `title:`, else its first heading. */
function titleOf(text: string): { title?: string; line?: number } {
  const front = /^---\r?\n([\s\S]{0,2000}?)\r?\n---/.exec(text);
  const title = front ? /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1] ?? '')?.[1] : undefined;
  if (title) return { title, line: 1 };
  const heading = atxHeadings(text.slice(0, 20_000))[0];
  return heading ? { title: heading.text, line: heading.line } : {};
}

/** A Markdown link whose text or address says it compares: `[comparisons](https://...)`. */
function comparisonLink(text: string): { url: string; line: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const m of (lines[i] as string).matchAll(/\[([^\]]{0,200})\]\(\s*<?([^)\s>]+)/g)) {
      const url = m[2] ?? '';
      if (RELATED_LINK.test(url) || RELATED_LINK.test(m[1] ?? '')) return { url, line: i + 1 };
    }
  }
  return undefined;
}
