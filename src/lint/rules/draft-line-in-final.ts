// A document that says it is Complete but still carries the draft format's `reference:` and `todo:` lines
// or selfassess's block markers: run `selfassess merge` on it, or set the stage back to Incomplete.
import { proseLines } from '../prose.js';
import { defineRule, type Issue } from '../types.js';

const DRAFT_LINE = /^\s*(?:[-*+]\s+)?(reference|todo):\s/i;
const MARKER = /^\s*<!--\s*selfassess:(?:begin|end)\b/;
const MAX = 50;

export const draftLineInFinal = defineRule({
  id: 'draft-line-in-final',
  group: 'leftovers',
  severity: 'error',
  relaxedInDraft: false,
  description:
    'A document whose Assessment Stage is Complete has no reference:, todo: or selfassess marker lines.',
  hint: 'run `selfassess merge` to drop them (it refuses while todo: lines remain), or set the stage to Incomplete',
  check({ doc }) {
    if (!doc.final) return [];
    const issues: Issue[] = [];
    for (const { line, text } of proseLines(doc)) {
      const m = DRAFT_LINE.exec(text);
      if (m) {
        issues.push({
          line,
          column: text.indexOf(m[1] as string) + 1,
          message: `a ${(m[1] as string).toLowerCase()}: line in a document marked Complete`,
          ...((m[1] as string).toLowerCase() === 'todo'
            ? { hint: 'do what the todo asks, then run `selfassess merge`' }
            : {}),
        });
      } else if (MARKER.test(text)) {
        issues.push({ line, message: 'a selfassess block marker in a document marked Complete' });
      }
      if (issues.length >= MAX) break;
    }
    return issues;
  },
});
