// Appendix › Known issues over time: CVE and GHSA identifiers named in changelogs, release notes, advisory
// files and the docs, with where each is first mentioned: how many, in how many files, how many appear only
// on lines about dependency upgrades, and the most recent few. A cheap line scan, never the Markdown parser.
import picomatch from 'picomatch';
import {
  CVE_ID,
  DEPENDENCY_LINE,
  DOC_GLOBS,
  GHSA_ID,
  HISTORY_PATH,
  HISTORY_READS,
  MAX_DOC_FILES,
  MAX_SCAN_BYTES,
  RECENT_IDS,
} from '../../catalogue/disclosure-appendix.js';
import { NOT_PROJECT_DOCS } from '../../catalogue/security-docs.js';
import { fact, type Ref } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'appendix/known-issues-over-time' as const;
const notProject = picomatch(
  NOT_PROJECT_DOCS.filter((g) => g !== '**/CHANGELOG/**'),
  { dot: true, nocase: true },
);

interface Mention {
  id: string;
  path: string;
  line: number;
  /** Every mention is on a line about a dependency upgrade. */
  dependency: boolean;
}

export const knownVulnerabilitiesDetector = defineDetector({
  id: 'known-vulnerabilities',
  section: SECTION,
  reads: [...HISTORY_READS, ...DOC_GLOBS],
  detect(snapshot) {
    const history = snapshot.files.filter(
      (f) => f.kind === 'file' && HISTORY_PATH.test(f.path) && !notProject(f.path),
    );
    const seen = new Set(history.map((f) => f.path));
    const docs = snapshot
      .glob(DOC_GLOBS, { nocase: true })
      .filter((f) => !seen.has(f.path) && !notProject(f.path))
      .sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.size - b.size)
      .slice(0, MAX_DOC_FILES);
    const mentions = new Map<string, Mention>();
    const files = new Set<string>();
    let budget = MAX_SCAN_BYTES;
    for (const f of [...history, ...docs]) {
      if (f.size > budget) continue;
      budget -= f.size;
      const text = snapshot.read(f.path);
      if (text === undefined || !/CVE-\d|GHSA-/i.test(text)) continue;
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as string;
        if (!line.includes('CVE-') && !/GHSA-/i.test(line)) continue;
        const ids = [
          ...[...line.matchAll(CVE_ID)].map((m) => m[0]),
          ...[...line.matchAll(GHSA_ID)].map((m) => `GHSA${m[0].slice(4).toLowerCase()}`),
        ];
        if (ids.length === 0) continue;
        files.add(f.path);
        const dependency = DEPENDENCY_LINE.test(line);
        for (const id of ids) {
          const known = mentions.get(id);
          if (!known) mentions.set(id, { id, path: f.path, line: i + 1, dependency });
          else if (known.dependency && !dependency)
            mentions.set(id, { id, path: f.path, line: i + 1, dependency });
        }
      }
    }
    if (mentions.size === 0) {
      return {
        facts: [],
        unknowns: [
          {
            id: 'appendix.vulnerability-ids',
            section: SECTION,
            lookedFor: 'past vulnerabilities (CVE or GHSA identifiers)',
            lookedIn: ['CHANGELOG*', 'release notes', 'advisories/', 'docs/'],
            reason: 'not-found',
          },
        ],
      };
    }
    const all = [...mentions.values()];
    const cve = all.filter((m) => m.id.startsWith('CVE-'));
    // The project's own first (not only named beside an upgrade), newest CVE first; GHSA ids carry no date.
    const recent = [...all]
      .sort((a, b) => Number(a.dependency) - Number(b.dependency) || cveOrder(b.id) - cveOrder(a.id))
      .slice(0, RECENT_IDS);
    const refs: Ref[] = recent.map((m) => snapshot.ref(m.path, m.line));
    return {
      facts: [
        fact(
          'appendix.vulnerability-ids',
          SECTION,
          {
            total: all.length,
            cve: cve.length,
            ghsa: all.length - cve.length,
            files: files.size,
            otherSoftware: all.filter((m) => m.dependency).length,
            recent: recent.map((m) => m.id),
          },
          refs,
          'observed',
        ),
      ],
      unknowns: [],
    };
  },
});

/** CVE-2024-12345 → 2024 * 1e7 + 12345; GHSA ids sort after dated ones of the same rank. */
function cveOrder(id: string): number {
  const m = /^CVE-(\d{4})-(\d+)$/.exec(id);
  return m ? Number(m[1]) * 1e7 + Number(m[2]) : 0;
}
