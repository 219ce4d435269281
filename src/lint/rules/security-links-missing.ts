// The Security links subsection lists links to the project's security documentation (at least one).
import { defineRule } from '../types.js';

export const securityLinksMissing = defineRule({
  id: 'security-links-missing',
  group: 'metadata',
  severity: 'error',
  relaxedInDraft: true,
  description: "A Security links section links the project's security documentation.",
  hint: 'add "### Security links" under Metadata with a table of links: security file, default and optional configs',
  check({ doc }) {
    const s = doc.sections.get('metadata/security-links');
    if (!s) {
      const metadata = doc.sections.get('metadata');
      return [
        {
          line: metadata?.line ?? 1,
          message: 'no Security links section',
        },
      ];
    }
    const links = doc.links.filter((l) => l.line >= s.line && l.line <= s.endLine && !l.url.startsWith('#'));
    if (links.length > 0) return [];
    // Bare addresses in a table cell are links too when GFM's literal autolinks miss them (e.g. "<url>" in HTML).
    for (let l = s.line; l <= s.endLine; l++) if (/https?:\/\//.test(doc.lines[l - 1] ?? '')) return [];
    return [{ line: s.line, message: 'the Security links section has no links' }];
  },
});
