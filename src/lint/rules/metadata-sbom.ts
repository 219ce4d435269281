// The SBOM row says where the software bill of materials is.
import { cleanValue, NO_VALUE, rowOrIssue } from '../metadata-checks.js';
import { defineRule } from '../types.js';

export const metadataSbom = defineRule({
  id: 'metadata-sbom',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description: 'SBOM says where the software bill of materials is.',
  hint: 'link the SBOM (a release asset, a generated SBOM, or the dependency manifests)',
  check({ doc }) {
    const r = rowOrIssue(doc, 'sbom', 'SBOM');
    if (!r) return [];
    if ('issue' in r) return [r.issue];
    if (!NO_VALUE.test(cleanValue(r.row.value))) return [];
    return [{ line: r.row.line, message: 'SBOM has no value' }];
  },
});
