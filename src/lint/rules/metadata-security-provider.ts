// Security Provider answers the template's question with Yes or No (an explanation may follow).
import { cleanValue, rowOrIssue } from '../metadata-checks.js';
import { defineRule } from '../types.js';

export const metadataSecurityProvider = defineRule({
  id: 'metadata-security-provider',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description: 'Security Provider is Yes or No.',
  hint: 'write Yes if the primary function of the project is to support the security of an integrating system, else No',
  check({ doc }) {
    const r = rowOrIssue(doc, 'provider', 'Security Provider');
    if (!r) return [];
    if ('issue' in r) return [r.issue];
    const value = cleanValue(r.row.value);
    if (/^(?:yes|no)\b/i.test(value)) return [];
    return [
      {
        line: r.row.line,
        message: value
          ? `Security Provider is "${value.slice(0, 60)}", not Yes or No`
          : 'Security Provider is empty',
      },
    ];
  },
});
