// Appendix › Known issues over time: the label security issues carry, from the issue templates that apply
// it. Counting the label's issues gives the track record the template asks for.
import { ISSUE_TEMPLATE_GLOBS, SECURITY_LABEL } from '../../catalogue/disclosure-appendix.js';
import { fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/known-issues-over-time' as const;

export const securityLabelDetector = defineDetector({
  id: 'security-label',
  section: SECTION,
  reads: ISSUE_TEMPLATE_GLOBS,
  detect(snapshot) {
    for (const f of snapshot.glob(ISSUE_TEMPLATE_GLOBS).slice(0, 40)) {
      const text = snapshot.read(f.path);
      if (text === undefined) continue;
      const found = labels(text).find((l) => SECURITY_LABEL.test(l.label));
      if (!found) continue;
      const base = snapshot.forge?.kind === 'github' ? snapshot.forge.webUrl : undefined;
      const url = base ? `${base}/labels/${encodeURIComponent(found.label)}` : undefined;
      return {
        facts: [
          fact(
            'appendix.security-label',
            SECTION,
            { label: found.label, template: f.path, ...(url ? { url } : {}) },
            [snapshot.ref(f.path, found.line)],
            'observed',
          ),
        ],
        unknowns: [],
      };
    }
    return { facts: [], unknowns: [] };
  },
});

/**
 * The labels an issue template applies: `labels: a, b`, `labels: [a, "b"]` or a YAML list under `labels:`
 * (front matter of a Markdown template or an issue form), and GitLab's `/label ~security` quick action.
 */
export function labels(text: string): { label: string; line: number }[] {
  const out: { label: string; line: number }[] = [];
  const lines = text.split('\n').slice(0, 200);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inline = /^labels:\s*(.+)$/.exec(line.trim());
    if (inline?.[1]) {
      for (const l of inline[1].replace(/^\[|\]$/g, '').split(','))
        if (l.trim()) out.push({ label: unquote(l), line: i + 1 });
    } else if (/^labels:\s*$/.test(line.trim())) {
      for (let j = i + 1; j < lines.length && /^\s*-\s+/.test(lines[j] as string); j++)
        out.push({ label: unquote((lines[j] as string).replace(/^\s*-\s+/, '')), line: j + 1 });
    }
    for (const m of line.matchAll(/\/label\s+~"?([\w:/ -]+?)"?(?=\s|$)/g))
      if (m[1]) out.push({ label: m[1], line: i + 1 });
  }
  return out;
}

function unquote(s: string): string {
  return s
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
}
