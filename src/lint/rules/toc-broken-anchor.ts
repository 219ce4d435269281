// In-page links (the table of contents, "see [Actors](#actors)") whose anchor no heading in the document
// has, by GitHub's anchor rules (lower case, punctuation dropped, repeated headings get -1, -2).
import { defineRule, type Issue } from '../types.js';

export const tocBrokenAnchor = defineRule({
  id: 'toc-broken-anchor',
  group: 'structure',
  severity: 'error',
  relaxedInDraft: true,
  description: 'Links to #anchors in the document reach a heading.',
  hint: 'point the link at an existing heading, or add the heading',
  check({ doc }) {
    const issues: Issue[] = [];
    // "#securitylinks" for "#security-links": the same anchor without its hyphens.
    const byLetters = new Map<string, string>();
    for (const a of doc.anchors)
      if (!byLetters.has(a.replace(/-/g, ''))) byLetters.set(a.replace(/-/g, ''), a);
    for (const link of doc.links) {
      if (!link.url.startsWith('#') || link.url.length < 2) continue;
      let anchor = link.url.slice(1);
      try {
        anchor = decodeURIComponent(anchor);
      } catch {
        // a malformed escape: compare it as written
      }
      if (doc.anchors.has(anchor) || doc.anchors.has(anchor.toLowerCase())) continue;
      const close = byLetters.get(anchor.toLowerCase().replace(/-/g, ''));
      issues.push({
        line: link.line,
        column: link.column,
        message: `link to #${anchor} reaches no heading`,
        hint: close ? `did you mean #${close}?` : 'point the link at an existing heading, or add the heading',
      });
    }
    return issues;
  },
});
