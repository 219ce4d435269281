// Security issue resolution › Vulnerability response: the times a policy commits to ("we respond within 3
// business days", "acknowledged within 48 hours", "a fix within 90 days"), normalised so "three business
// days" and "3 business days" are one value. Disclosure timelines are the disclosure-terms detector's.
import { DISCLOSURE_TIMELINE, findDurations, responseAction } from '../../catalogue/disclosure-phrases.js';
import { policyProse } from '../../disclosure/sources.js';
import type { Duration, ResponseAction } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/vulnerability-response-process' as const;

export const responseTimesDetector = defineDetector({
  id: 'response-times',
  section: SECTION,
  reads: ['SECURITY.md', 'docs/**/security-release-process.md'],
  detect(snapshot) {
    const found: { action: ResponseAction; duration: Duration; refs: Ref[] }[] = [];
    for (const source of policyProse(snapshot)) {
      for (const s of source.sentences) {
        let start = 0;
        for (const d of findDurations(s.text)) {
          // The clause the duration closes: from the previous duration, or the last comma or "and", to here.
          const lead = s.text.slice(start, d.end);
          const clause = lead.slice(Math.max(0, lastBreak(lead)));
          start = d.end;
          if (
            DISCLOSURE_TIMELINE.test(clause) ||
            /\bsupport(?:ed)?\b|\bfor (?:the )?(?:last|past)\b/i.test(clause)
          )
            continue;
          const action =
            responseAction(clause) ?? (DISCLOSURE_TIMELINE.test(lead) ? undefined : responseAction(lead));
          if (!action) continue;
          const duration = { amount: d.amount, unit: d.unit };
          const ref = snapshot.ref(source.path, s.line);
          const same = found.find(
            (f) => f.action === action && f.duration.amount === d.amount && f.duration.unit === d.unit,
          );
          if (same) {
            if (same.refs.length < 2 && !same.refs.some((r) => r.path === ref.path && r.line === ref.line))
              same.refs.push(ref);
          } else found.push({ action, duration, refs: [ref] });
        }
      }
    }
    const facts: AnyFact[] = found.slice(0, 5).map((f) => ({
      ...fact(
        'disclosure.response-time',
        SECTION,
        { action: f.action, duration: f.duration },
        f.refs,
        'stated',
        `${f.action}:${f.duration.amount}:${f.duration.unit}`,
      ),
      topic: 'Response',
    }));
    return { facts, unknowns: [] };
  },
});

/** Where the last clause of a text begins: after its last comma, semicolon or " and ". */
function lastBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[,;:]\s|\s(?:and|but|then)\s/g)) at = m.index + m[0].length;
  return at;
}
