// Appendix › Known issues over time: security audits kept in the repository (reports and audit documents),
// with the firm and the date when the file name or the sentence that links to it gives them.
import {
  AUDIT_FIRMS,
  AUDIT_PATH,
  AUDIT_READS,
  MONTHS,
  NOT_AUDIT,
} from '../../catalogue/disclosure-appendix.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { notProjectPath } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/known-issues-over-time' as const;
const MAX_AUDITS = 4;
/** Documents whose links to audit reports say who audited and when. */
const LINKING_DOCS = [
  'README.md',
  'SECURITY.md',
  '.github/SECURITY.md',
  'docs/SECURITY.md',
  'docs/security.md',
];

interface Audit {
  path?: string;
  url?: string;
  auditor?: string;
  date?: string;
  thirdParty: boolean;
  refs: Ref[];
}

export const securityAuditsDetector = defineDetector({
  id: 'security-audits',
  section: SECTION,
  reads: [...AUDIT_READS, ...LINKING_DOCS],
  detect(snapshot) {
    const audits: Audit[] = [];
    for (const f of snapshot.files.filter((x) => x.kind === 'file' && AUDIT_PATH.test(x.path))) {
      if (notProjectPath(f.path) || NOT_AUDIT.test(f.path) || audits.some((a) => a.path === f.path)) continue;
      const name = f.path.split('/').pop() ?? f.path;
      const auditor = firmIn(f.path);
      // The name, else the folder (audits/2022/Final Report.pdf).
      const date = dateIn(name) ?? dateIn(f.path.slice(0, -name.length));
      audits.push({
        path: f.path,
        ...(auditor ? { auditor } : {}),
        ...(date ? { date } : {}),
        thirdParty: auditor !== undefined && auditor !== 'OSTIF',
        refs: [snapshot.ref(f.path)],
      });
    }
    // Links to reports from the README and the policy: they name the firm and the date in words.
    for (const path of LINKING_DOCS) {
      const text = snapshot.has(path) ? snapshot.read(path) : undefined;
      if (text === undefined || !/audit/i.test(text)) continue;
      const lines = text.split('\n');
      for (const link of lineLinks(lines)) {
        // The paragraph above a list of reports names the firm and the date.
        const context = lines.slice(Math.max(0, link.line - 4), link.line).join(' ');
        const target = link.url.split('#')[0] ?? '';
        const local = !/^[a-z]+:/i.test(target) ? normalise(path, target) : undefined;
        const aboutAudit = /\baudit/i.test(`${link.text} ${target} ${lines[link.line - 1] ?? ''}`);
        if (!aboutAudit || NOT_AUDIT.test(target)) continue;
        // A remote link is a report when it is a PDF or its text says so (not the firm's home page).
        if (!local && !/\.pdf$/i.test(target) && !/\b(?:audit|report|assessment)\b/i.test(link.text))
          continue;
        const auditor = firmIn(`${context} ${target}`);
        const date = dateIn(context) ?? dateIn(target.split('/').pop() ?? '');
        const thirdParty = auditor !== undefined || /third[- ]party|independent|external/i.test(context);
        const known = audits.find((a) => (local && a.path === local) || (!local && a.url === target));
        const ref = snapshot.ref(path, link.line);
        if (known) {
          known.auditor ??= auditor;
          known.date = date ?? known.date;
          known.thirdParty ||= thirdParty;
          known.refs.unshift(ref);
        } else if (!local || snapshot.has(local)) {
          audits.push({
            ...(local ? { path: local } : { url: target }),
            ...(auditor ? { auditor } : {}),
            ...(date ? { date } : {}),
            thirdParty,
            refs: [ref, ...(local ? [snapshot.ref(local)] : [])],
          });
        }
      }
    }
    const facts: AnyFact[] = audits.slice(0, MAX_AUDITS).map((a, i) => ({
      ...fact(
        'appendix.audit',
        SECTION,
        {
          ...(a.path ? { path: a.path } : {}),
          ...(a.url ? { url: a.url } : {}),
          ...(a.auditor ? { auditor: a.auditor } : {}),
          ...(a.date ? { date: a.date } : {}),
          thirdParty: a.thirdParty,
        },
        a.refs.slice(0, 2),
        'observed',
        a.path ?? a.url ?? String(i),
      ),
      topic: 'Security audits',
    }));
    return { facts, unknowns: [] };
  },
});

function firmIn(text: string): string | undefined {
  return AUDIT_FIRMS.find((firm) =>
    new RegExp(`(?<![A-Za-z0-9])${firm.replace(/[ -]/g, '[ _-]?')}(?![A-Za-z])`, 'i').test(text),
  );
}

/** "October of 2019", "Oct2019", "2019-10", "2019_07", "2023": the most precise date a text gives. */
export function dateIn(text: string): string | undefined {
  const month = new RegExp(
    `\\b(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?[\\s_-]*(?:of\\s+)?((?:19|20)\\d\\d)\\b`,
    'i',
  );
  const spaced = text.replace(/_+/g, ' ').replace(/(?<=[a-z])(?=(?:19|20)\d\d)/gi, ' ');
  const worded = month.exec(spaced);
  if (worded?.[1] && worded[2]) {
    const m = MONTHS.find((x) => x.toLowerCase().startsWith((worded[1] as string).slice(0, 3).toLowerCase()));
    return `${m} ${worded[2]}`;
  }
  const numeric = /\b((?:19|20)\d\d)[-_.](0[1-9]|1[0-2])(?:[-_.](?:0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(
    text.replace(/_/g, '-'),
  );
  if (numeric?.[1] && numeric[2]) return `${MONTHS[Number(numeric[2]) - 1]} ${numeric[1]}`;
  const year = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(text);
  return year?.[1];
}

/** Links by a line scan (Markdown inline links, reference definitions, HTML href): no parse for one word. */
function lineLinks(lines: readonly string[]): { url: string; text: string; line: number }[] {
  const out: { url: string; text: string; line: number }[] = [];
  lines.forEach((l, i) => {
    if (l.length > 20_000 || !/audit/i.test(`${lines[i - 1] ?? ''} ${l}`)) return;
    for (const m of l.matchAll(/\[([^\]]{0,300})\]\(\s*<?([^)\s>]+)/g))
      out.push({ url: m[2] ?? '', text: m[1] ?? '', line: i + 1 });
    for (const m of l.matchAll(/href\s*=\s*["']([^"']+)["']/gi))
      out.push({ url: m[1] ?? '', text: '', line: i + 1 });
    const def = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)/.exec(l);
    if (def) out.push({ url: def[2] ?? '', text: def[1] ?? '', line: i + 1 });
  });
  return out;
}

/** A relative link resolved against the linking file's directory. */
function normalise(from: string, target: string): string {
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const p of (target.startsWith('/') ? target.slice(1) : base + target).split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return decodeURIComponent(parts.join('/'));
}
