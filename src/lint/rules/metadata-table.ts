// The metadata table the template opens with: Assessment Stage, Software, Security Provider, Languages, SBOM.
// Read as a Markdown table, an HTML table or "Key: value" lines; the row rules below need one of them.
import { defineRule } from '../types.js';

export const metadataTable = defineRule({
  id: 'metadata-table',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description:
    'The document has the metadata table (Assessment Stage, Software, Security Provider, Languages, SBOM).',
  hint: "add the template's metadata table under the Metadata heading",
  check({ doc }) {
    if (doc.metadata) return [];
    const at = doc.sections.get('metadata');
    return [
      {
        line: at?.line ?? 1,
        message: at ? 'the Metadata section has no metadata table' : 'no metadata table found',
      },
    ];
  },
});
