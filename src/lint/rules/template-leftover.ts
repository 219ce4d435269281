// Guidance text of the official template left in the document: its explanations, questions, example
// project ("Flibble") and the [project] placeholder. The phrases are a data table
// (src/lint/template-fingerprints.ts), taken from the template, not from any project.

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
        issues.push({
          line,
          message: `${f.what} from the template is still here ("${m[0].trim().slice(0, 60)}")`,
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
