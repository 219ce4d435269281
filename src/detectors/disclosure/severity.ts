// Security issue resolution › Vulnerability response: how reports are scored. CVSS (with its version, from
// the text or the calculator link), a project's own numbered scale (an ordered list under a "severity",
// "risk" or "taxonomy" heading), or named levels (critical, high, medium, low).
import type { List, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { CVSS, CVSS_URL, SCALE_HEADING, SEVERITY_WORDS } from '../../catalogue/disclosure-phrases.js';
import { policyProse } from '../../disclosure/sources.js';
import type { Severity } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { markdownLinks } from '../../markdown/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/vulnerability-response-process' as const;

export const severityDetector = defineDetector({
  id: 'severity',
  section: SECTION,
  reads: ['SECURITY.md', 'docs/**/security-release-process.md'],
  detect(snapshot) {
    const found: { value: Severity; refs: Ref[] }[] = [];
    for (const source of policyProse(snapshot)) {
      // CVSS: the first mention, with the version from any mention or calculator link.
      const cvss = source.sentences.filter((s) => CVSS.test(s.text));
      if (cvss.length > 0 && !found.some((f) => f.value.scheme === 'cvss')) {
        let version = cvss.map((s) => CVSS.exec(s.text)?.[1]).find((v) => v !== undefined);
        if (!version) {
          const lines = new Set(cvss.map((s) => s.line));
          for (const link of markdownLinks(source.doc)) {
            if (!lines.has(link.line) && !/cvss/i.test(link.url)) continue;
            const m = CVSS_URL.exec(link.url);
            version = m?.[1] ?? m?.[2] ?? m?.[3];
            if (version) break;
          }
        }
        found.push({
          value: { scheme: 'cvss', ...(version ? { version } : {}) },
          refs: [snapshot.ref(source.path, cvss[0]?.line)],
        });
      }
      const scale = ownScale(source.doc.tree.children);
      if (scale && !found.some((f) => f.value.scheme === 'scale'))
        found.push({
          value: { scheme: 'scale', levels: scale.levels, name: scale.name },
          refs: [snapshot.ref(source.path, scale.line)],
        });
      if (!found.some((f) => f.value.scheme !== 'cvss')) {
        for (const s of source.sentences) {
          if (!/\bseverit|\bcriticalit|\brat(?:ed|ing)\b/i.test(`${s.text} ${s.headings.at(-1) ?? ''}`))
            continue;
          const levels = SEVERITY_WORDS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(s.text));
          if (levels.length >= 3) {
            found.push({
              value: { scheme: 'levels', levels: levels.map((l) => l.charAt(0).toUpperCase() + l.slice(1)) },
              refs: [snapshot.ref(source.path, s.line)],
            });
            break;
          }
        }
      }
    }
    const facts: AnyFact[] = found.map((f) => ({
      ...fact('disclosure.severity', SECTION, f.value, f.refs, 'stated', f.value.scheme),
      topic: 'Response',
    }));
    return { facts, unknowns: [] };
  },
});

/** An ordered list of three or more items right under a heading about severity or risk. */
function ownScale(nodes: readonly RootContent[]): { levels: number; name: string; line: number } | undefined {
  let heading: { text: string; line: number; index: number } | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === 'heading') {
      const text = mdToString(node).trim();
      heading = SCALE_HEADING.test(text)
        ? { text, line: node.position?.start.line ?? 1, index: i }
        : undefined;
      continue;
    }
    if (heading && node.type === 'list' && (node as List).ordered && i - heading.index <= 3) {
      const items = (node as List).children.length;
      if (items >= 3 && items <= 12) return { levels: items, name: heading.text, line: heading.line };
    }
  }
  return undefined;
}
