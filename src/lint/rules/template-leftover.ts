// Guidance text of the official template left in the document: its explanations, questions, example
// project ("Flibble") and the [project] placeholder. The phrases are a data table
// (src/lint/template-fingerprints.ts), taken from the template, not from any project.

import type { AssessmentDoc } from '../document.js';
import { proseStream } from '../prose.js';
import { normaliseProse, TEMPLATE_FINGERPRINTS } from '../template-fingerprints.js';
import { defineRule, type Issue } from '../types.js';

const COMPILED = TEMPLATE_FINGERPRINTS.map((f) => ({
  f,
  re: f.pattern
    ? new RegExp(f.pattern.source, `${f.pattern.flags.replace('g', '')}g`)
    : new RegExp(
        normaliseProse(f.phrase ?? '')
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        'g',
      ),
}));

/** At most this many findings per fingerprint: one leftover paragraph is one problem, not dozens. */
const MAX_PER_FINGERPRINT = 3;

export const templateLeftover = defineRule({
  id: 'template-leftover',
  group: 'leftovers',
  severity: 'error',
  relaxedInDraft: true,
  description: "No guidance text of the template is left: explanations, questions, 'Flibble', '[project]'.",
  hint: "replace the template's guidance with the project's answer",
  check({ doc }) {
    const stream = proseStream(doc);
    const hidden = commentLines(doc);
    const issues: Issue[] = [];
    const seenLines = new Set<number>();
    for (const { f, re } of COMPILED) {
      re.lastIndex = 0;
      let count = 0;
      for (const m of stream.text.matchAll(re)) {
        const line = stream.lineAt(m.index ?? 0);
        // One finding per line: a line with two phrases of the same explanation is one leftover.
        if (seenLines.has(line)) continue;
        seenLines.add(line);
        const inComment = hidden.has(line);
        issues.push({
          line,
          message: `${f.what} from the template is still here ("${m[0].trim().slice(0, 60)}")${inComment ? ', inside an HTML comment (hidden when rendered)' : ''}`,
          // Commented-out guidance does not show on the rendered page: worth tidying, not an error.
          ...(inComment ? { severity: 'note' as const } : {}),
          hint: f.what.includes('[project]')
            ? "write the project's name in place of [project]"
            : "replace the template's guidance with the project's answer",
        });
        if (++count >= MAX_PER_FINGERPRINT) break;
      }
    }
    return issues;
  },
});

/** Lines inside `<!-- … -->` comments outside code (a comment may span many lines). */
function commentLines(doc: AssessmentDoc): Set<number> {
  const out = new Set<number>();
  let open = false;
  doc.lines.forEach((raw, i) => {
    const line = i + 1;
    if (doc.isCode(line)) return;
    let rest = raw;
    let inside = open;
    for (;;) {
      if (open) {
        const end = rest.indexOf('-->');
        if (end < 0) break;
        open = false;
        rest = rest.slice(end + 3);
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) break;
        // Text before the comment on the same line is visible: the line counts as hidden only when it opens
        // with the comment.
        if (rest.slice(0, start).trim() === '') inside = true;
        open = true;
        rest = rest.slice(start + 4);
      }
    }
    if (inside) out.add(line);
  });
  return out;
}
