// Metadata › Security links from an OpenSSF Security Insights file: the security policy, threat model,
// self-assessment, dependency policy and documentation it points to (often on the project's website).
import {
  MAX_INSIGHTS_LINKS,
  SECURITY_INSIGHTS_FILES,
  SECURITY_INSIGHTS_LINKS,
} from '../../catalogue/security-insights.js';
import { type AnyFact, fact, type Unknown } from '../../evidence/model.js';
import { get, list, rootMap, type YNode, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const WEB_URL = /^https?:\/\/[^\s<>"']{1,500}$/i;

/** The scalars at a key path; a sequence on the way is read item by item. */
function valuesAt(root: YNode, path: readonly string[]): { text: string; line: number }[] {
  let nodes: YNode[] = [root];
  for (const key of path) nodes = nodes.flatMap((n) => list(get(n, key)));
  return nodes.flatMap((n) => (n.kind === 'scalar' ? [{ text: n.text.trim(), line: n.line }] : []));
}

export const securityInsightsLinksDetector = defineDetector({
  id: 'security-insights-links',
  section: 'metadata/security-links',
  reads: SECURITY_INSIGHTS_FILES,
  detect(snapshot) {
    const facts: AnyFact[] = [];
    const unknowns: Unknown[] = [];
    for (const path of SECURITY_INSIGHTS_FILES) {
      if (!snapshot.has(path)) continue;
      const parsed = yamlOf(snapshot, path);
      if (!parsed) continue;
      if (!parsed.ok) {
        unknowns.push({
          id: `metadata.security-insights:${path}`,
          section: 'metadata/security-links',
          lookedFor: 'the links of the Security Insights file',
          lookedIn: [path],
          reason: 'parse-error',
          detail: `${parsed.problem.message}${parsed.problem.line ? ` (line ${parsed.problem.line})` : ''}`,
        });
        continue;
      }
      const root = rootMap(parsed.file);
      const seen = new Set<string>();
      for (const link of SECURITY_INSIGHTS_LINKS) {
        for (const value of valuesAt(root, link.path)) {
          if (!WEB_URL.test(value.text) || seen.has(value.text) || seen.size >= MAX_INSIGHTS_LINKS) continue;
          seen.add(value.text);
          facts.push(
            fact(
              'metadata.security-link',
              'metadata/security-links',
              { label: link.label, url: value.text },
              [snapshot.ref(path, value.line)],
              'stated',
              value.text,
            ),
          );
        }
      }
    }
    return { facts, unknowns };
  },
});
