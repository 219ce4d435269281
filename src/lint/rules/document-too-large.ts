// A document past lint's size bound (src/lint/document.ts MAX_LINT_CHARS) is checked up to the bound only;
// this note says so, so that a clean result is not read as covering the whole file.
import { MAX_LINT_CHARS } from '../document.js';
import { defineRule } from '../types.js';

export const documentTooLarge = defineRule({
  id: 'document-too-large',
  group: 'structure',
  severity: 'note',
  relaxedInDraft: false,
  description: `Documents are checked up to ${MAX_LINT_CHARS / 1024} KiB; the rest is not read.`,
  hint: 'split the document, or check that this is the self-assessment you meant',
  check({ doc }) {
    if (doc.unread === 0) return [];
    return [
      {
        line: doc.lines.length,
        message: `only the first ${MAX_LINT_CHARS / 1024} KiB were checked; ${doc.unread} characters after line ${doc.lines.length} were not read`,
      },
    ];
  },
});
