// A template section the document does not have. Top-level sections are errors in a final document;
// subsections are warnings (the template itself writes several of them as list items, which count).
import { subsectionsOf, TEMPLATE_SECTIONS, templateSection } from '../../template/sections.js';
import type { FoundSection } from '../document.js';
import { parentOf } from '../headings.js';
import { defineRule, type Issue } from '../types.js';

export const missingSection = defineRule({
  id: 'missing-section',
  group: 'structure',
  severity: 'error',
  relaxedInDraft: true,
  description:
    'Every section of the template is present, under its own heading or a list item named after it.',
  hint: 'add the section with the template heading, or rename the heading that holds it to the template name',
  check({ doc }) {
    const issues: Issue[] = [];
    const unlabelled = new Set(
      TEMPLATE_SECTIONS.filter(
        (p) =>
          p.level === 2 &&
          doc.sections.has(p.id) &&
          subsectionsOf(p.id).some((c) => !c.notInTemplate) &&
          !subsectionsOf(p.id).some((c) => doc.sections.has(c.id)),
      ).map((p) => p.id),
    );
    for (const id of unlabelled) {
      const p = doc.sections.get(id) as FoundSection;
      const names = subsectionsOf(id)
        .filter((c) => !c.notInTemplate)
        .map((c) => c.title);
      issues.push({
        line: p.line,
        message: `"${templateSection(id).title}" names none of the template's subsections (${names.join(', ')})`,
        hint: `divide it under the template's subsection names, as headings or list items opening with the name`,
        severity: 'warning',
      });
    }
    for (const s of TEMPLATE_SECTIONS) {
      if (doc.sections.has(s.id) || s.notInTemplate) continue;
      // Security links have their own rule; a subsection of a missing section is covered by its parent.
      if (s.id === 'metadata/security-links') continue;
      const parent = parentOf(s.id);
      if (parent && !doc.sections.has(parent)) continue;
      // A section written as prose, with none of its subsections named, is one finding (below), not one
      // per subsection.
      if (parent && unlabelled.has(parent)) continue;
      const where = parent ? doc.sections.get(parent) : undefined;
      // Report where it should go: after the previous template section that is present.
      const before = TEMPLATE_SECTIONS.slice(0, TEMPLATE_SECTIONS.indexOf(s))
        .map((p) => doc.sections.get(p.id))
        .filter((p) => p !== undefined)
        .at(-1);
      const line = before ? before.endLine + 1 : (where?.line ?? 1);
      issues.push({
        line: Math.min(line, doc.lines.length),
        message: parent
          ? `missing subsection "${s.title}" of "${TEMPLATE_SECTIONS.find((t) => t.id === parent)?.title}"`
          : `missing section "${s.title}"`,
        hint: `add "${'#'.repeat(s.level)} ${s.title}": ${s.guidance}`,
        ...(parent ? { severity: 'warning' as const } : {}),
      });
    }
    return issues;
  },
});
