// Security issue resolution › Responsible disclosure: what a report should contain. The list under a
// "report template" / "email content" heading, or after a paragraph asking to "include the following",
// normalised to short labels (steps to reproduce, affected versions, impact...).
import type { List, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import {
  CONTENTS_HEADING,
  CONTENTS_INTRO,
  CONTENTS_SUBJECT,
  REPORT_ITEMS,
} from '../../catalogue/disclosure-phrases.js';
import { policyProse } from '../../disclosure/sources.js';
import { fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/responsible-disclosures-process' as const;

export const reportContentsDetector = defineDetector({
  id: 'report-contents',
  section: SECTION,
  reads: ['SECURITY.md', 'README.md', 'CONTRIBUTING.md'],
  detect(snapshot) {
    for (const source of policyProse(snapshot)) {
      const lines = new Set(source.sentences.map((s) => s.line));
      const list = contentsList(
        source.doc.tree.children,
        (line) => source.role !== 'community' || lines.has(line),
      );
      if (!list) continue;
      const items: string[] = [];
      for (const text of list.items) {
        // An item can touch several labels ("the effects... so we can reproduce it"): take its first new one.
        const label = REPORT_ITEMS.find((r) => r.pattern.test(text) && !items.includes(r.label))?.label;
        if (label) items.push(label);
      }
      if (list.intro) {
        const subject = REPORT_ITEMS[0];
        if (subject?.pattern.test(list.intro) && !items.includes(subject.label)) items.unshift(subject.label);
      }
      if (items.length < 2) continue;
      return {
        facts: [
          {
            ...fact(
              'disclosure.report-contents',
              SECTION,
              { items },
              [snapshot.ref(source.path, list.line)],
              'stated',
            ),
            topic: 'Reporting',
          },
        ],
        unknowns: [],
      };
    }
    return { facts: [], unknowns: [] };
  },
});

/** The first list that follows a contents heading or an "include the following" paragraph. */
function contentsList(
  nodes: readonly RootContent[],
  inScope: (line: number) => boolean,
): { items: string[]; line: number; intro?: string } | undefined {
  let underHeading = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === 'heading') {
      const text = mdToString(node);
      underHeading =
        CONTENTS_HEADING.test(text) && /\breport|\bemail|\bvulnerab|\bsubmi|\binclude/i.test(text);
      continue;
    }
    if (node.type !== 'list') continue;
    const line = node.position?.start.line ?? 1;
    const prev = nodes[i - 1];
    const intro = prev?.type === 'paragraph' ? mdToString(prev) : undefined;
    const asked =
      intro !== undefined &&
      CONTENTS_INTRO.test(intro) &&
      CONTENTS_SUBJECT.test(intro) &&
      /following|below|:\s*$/i.test(intro);
    if ((underHeading || asked) && inScope(line)) {
      const items = (node as List).children.map((li) => mdToString(li).replace(/\s+/g, ' ').trim());
      return { items, line, ...(intro ? { intro } : {}) };
    }
  }
  return undefined;
}
