// The Languages row names the languages the project is written in.
import { cleanValue, NO_VALUE, rowOrIssue } from '../metadata-checks.js';
import { defineRule } from '../types.js';

export const metadataLanguages = defineRule({
  id: 'metadata-languages',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description: 'Languages names the languages the project is written in.',
  hint: 'list the languages the project is written in (selfassess draft measures them)',
  check({ doc }) {
    const r = rowOrIssue(doc, 'languages', 'Languages');
    if (!r) return [];
    if ('issue' in r) return [r.issue];
    if (!NO_VALUE.test(cleanValue(r.row.value))) return [];
    return [{ line: r.row.line, message: 'Languages has no value' }];
  },
});
