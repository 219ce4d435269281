// Assessment Stage is one of the template's three values; it also decides whether the document claims to be
// final (Complete), which makes structural problems errors.
import { cleanValue, rowOrIssue } from '../metadata-checks.js';
import { defineRule } from '../types.js';

export const metadataStage = defineRule({
  id: 'metadata-stage',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: false,
  description: 'Assessment Stage is Incomplete, Complete or Obsolete.',
  hint: 'write Incomplete, Complete or Obsolete',
  check({ doc }) {
    const r = rowOrIssue(doc, 'stage', 'Assessment Stage');
    if (!r) return [];
    if ('issue' in r) return [{ ...r.issue, hint: 'add the row "| Assessment Stage | Incomplete |"' }];
    if (doc.stage) return [];
    const value = cleanValue(r.row.value);
    return [
      {
        line: r.row.line,
        message: value
          ? `Assessment Stage is "${value.slice(0, 60)}", not Incomplete, Complete or Obsolete`
          : 'Assessment Stage is empty',
      },
    ];
  },
});
