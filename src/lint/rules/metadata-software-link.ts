// The Software row links to the project's repository.
import { cleanValue, rowOrIssue } from '../metadata-checks.js';
import { defineRule } from '../types.js';

export const metadataSoftwareLink = defineRule({
  id: 'metadata-software-link',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description: "Software is a link to the project's repository.",
  hint: "write the repository's URL, e.g. https://github.com/<owner>/<repo>",
  check({ doc }) {
    const r = rowOrIssue(doc, 'software', 'Software');
    if (!r) return [];
    if ('issue' in r) return [r.issue];
    if (r.row.links.some((u) => /^https?:\/\//i.test(u))) return [];
    const value = cleanValue(r.row.value);
    return [
      {
        line: r.row.line,
        message: value ? `Software is "${value.slice(0, 60)}", not a link` : 'Software is empty',
      },
    ];
  },
});
