// A template section with nothing in it: only its heading, blank lines, comments, or a placeholder such as
// "TBD". In a final document `todo:` lines count as nothing too (a draft is expected to have them).
import { TEMPLATE_SECTIONS } from '../../template/sections.js';
import { defineRule, type Issue } from '../types.js';

const PLACEHOLDER =
  /^(?:[-*+]\s*)?(?:tbd|tbc|todo|to ?do|to be (?:added|completed|written|determined|done)|coming soon|wip|work in progress|fill (?:me )?in|placeholder|\.{3}|…)[.!:]*$/i;
const DRAFT_LINE = /^\s*(?:[-*+]\s+)?(?:todo|reference):/i;

export const emptySection = defineRule({
  id: 'empty-section',
  group: 'structure',
  severity: 'error',
  relaxedInDraft: true,
  description: 'Every template section has content.',
  hint: 'write the section, or say why it does not apply',
  check({ doc }) {
    const issues: Issue[] = [];
    const headingLines = new Set(doc.headings.map((h) => h.line));
    for (const t of TEMPLATE_SECTIONS) {
      const s = doc.sections.get(t.id);
      if (!s?.heading) continue;
      let content = false;
      let onlyTodos = false;
      let inComment = false;
      for (let l = s.line + 1; l <= s.endLine && !content; l++) {
        const raw = (doc.lines[l - 1] ?? '').trim();
        if (inComment) {
          if (raw.includes('-->')) inComment = false;
          continue;
        }
        if (raw.startsWith('<!--')) {
          if (!raw.includes('-->')) inComment = true;
          continue;
        }
        if (!raw || headingLines.has(l) || /^[-=]{3,}$/.test(raw)) continue;
        if (PLACEHOLDER.test(raw.replace(/[*_`]/g, '').trim())) continue;
        if (DRAFT_LINE.test(raw) && !doc.isCode(l)) {
          if (/^\s*(?:[-*+]\s+)?todo:/i.test(raw)) onlyTodos = true;
          if (doc.final) continue;
        }
        content = true;
      }
      if (content) continue;
      issues.push({
        line: s.line,
        message: onlyTodos ? `section "${t.title}" has only todo: lines` : `section "${t.title}" is empty`,
        hint: `write it: ${t.guidance}`,
      });
    }
    return issues;
  },
});
