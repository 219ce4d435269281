// Sections out of the template's order. The longest run of sections already in order stays; every other
// section is reported once, so one misplaced section is one finding, not a cascade.
import { type SectionId, TEMPLATE_SECTIONS } from '../../template/sections.js';
import type { FoundSection } from '../document.js';
import { parentOf } from '../headings.js';
import { defineRule, type Issue } from '../types.js';

const ORDER = new Map(TEMPLATE_SECTIONS.map((s, i) => [s.id, i]));
/** The template's contents list puts Background after Actions, its body before Actors: either is fine. */
const FREE: ReadonlySet<SectionId> = new Set(['overview/background']);

/** Indexes of the items outside one longest strictly increasing subsequence (patience sorting). */
function outOfOrder(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < (values[i] as number)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i] as number) keep.add(i);
  const out = new Set<number>();
  for (let i = 0; i < values.length; i++) if (!keep.has(i)) out.add(i);
  return out;
}

export const sectionOrder = defineRule({
  id: 'section-order',
  group: 'structure',
  severity: 'error',
  relaxedInDraft: true,
  description: "Sections follow the template's order.",
  hint: "move the section to its place in the template's order",
  check({ doc }) {
    const issues: Issue[] = [];
    const found = [...doc.sections.values()].filter(
      (s) => !FREE.has(s.id) && !TEMPLATE_SECTIONS[ORDER.get(s.id) ?? 0]?.notInTemplate,
    );
    // Top-level sections among themselves, then each section's subsections among themselves.
    const groups = new Map<string, FoundSection[]>();
    for (const s of found) {
      const key = parentOf(s.id) ?? '';
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const group of groups.values()) {
      const inDoc = group.sort((a, b) => a.line - b.line);
      const bad = outOfOrder(inDoc.map((s) => ORDER.get(s.id) ?? 0));
      for (const i of bad) {
        const s = inDoc[i] as FoundSection;
        const t = TEMPLATE_SECTIONS[ORDER.get(s.id) ?? 0];
        const after = inDoc
          .filter((o, j) => !bad.has(j) && (ORDER.get(o.id) ?? 0) < (ORDER.get(s.id) ?? 0))
          .at(-1);
        const afterTitle = after ? TEMPLATE_SECTIONS[ORDER.get(after.id) ?? 0]?.title : undefined;
        issues.push({
          line: s.line,
          message: `"${t?.title}" is out of the template's order`,
          hint: afterTitle
            ? `move it after "${afterTitle}"`
            : 'move it before the sections that follow it in the template',
        });
      }
    }
    return issues;
  },
});
