// Overview › Actions: the documents that describe flows (workflow, lifecycle, how it works, sequence, traffic
// walk), by file name or heading, so the human writing the actions knows where to look. The flows themselves
// need a person: the section keeps its todo.
import { FLOW_DOC_NAME, FLOW_HEADING, MAX_FLOW_DOCS } from '../../catalogue/overview.js';
import type { QuoteSource } from '../../evidence/kinds/overview.js';
import { fact, type Ref } from '../../evidence/model.js';
import { projectDocs } from '../../overview/docs.js';
import { headingKey } from '../../overview/markdown.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actions' as const;
/** Flows of the project's process (contributing, releasing, CI), not of the system. */
const NOT_SYSTEM_FLOW =
  /contribut|github|\bgit\b|release|pull[- ]request|\bci\b|review|governance|community|issue|triage|backport|code of conduct|dco|sign[- ]?off|documentation|(?:^|\/)(?:proposals?|rfcs?|adrs?|keps?|enhancements)\//i;

export const flowDocsDetector = defineDetector({
  id: 'flow-docs',
  section: SECTION,
  reads: ['docs/**/*.md', '*.md'],
  detect(snapshot) {
    const found: (QuoteSource & { ref: Ref })[] = [];
    const docs = projectDocs(snapshot);
    for (const path of docs) {
      if (NOT_SYSTEM_FLOW.test(path)) continue;
      const name = path.replace(/\.md$/i, '');
      if (FLOW_DOC_NAME.test(`/${name.split('/').pop()}`)) found.push({ path, ref: snapshot.ref(path, 1) });
    }
    for (const path of docs) {
      if (found.length >= MAX_FLOW_DOCS * 3) break;
      if (NOT_SYSTEM_FLOW.test(path) || found.some((f) => f.path === path)) continue;
      const heading = proseOf(snapshot, path)?.headings.find(
        (h) => h.depth >= 2 && FLOW_HEADING.test(h.text) && !NOT_SYSTEM_FLOW.test(h.text),
      );
      if (heading)
        found.push({ path, heading: headingKey(heading.text), ref: snapshot.ref(path, heading.line) });
    }
    // Nothing found needs no line of its own: the section's todo already says where to look.
    if (found.length === 0) return { facts: [], unknowns: [] };
    const shown = found.slice(0, MAX_FLOW_DOCS);
    return {
      facts: [
        fact(
          'overview.flow-docs',
          SECTION,
          { docs: shown.map(({ ref: _ref, ...d }) => d), total: found.length },
          shown.map((d) => d.ref),
          'observed',
        ),
      ],
      unknowns: [],
    };
  },
});
