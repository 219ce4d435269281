// Ecosystem: the Helm charts the project ships (Chart.yaml files outside tests and vendored code; subcharts
// of another chart are part of it), named by their `name:` line, and whether they are prepared for Artifact
// Hub (`artifacthub.io/` annotations or an artifacthub-repo.yml). A line scan: Chart.yaml is small and
// flat, and a file that does not parse as YAML still has its name line.
import { NOT_OWN_INTEGRATION } from '../../catalogue/ecosystem-integrations.js';
import { fact } from '../../evidence/model.js';
import { findFiles } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/ecosystem' as const;
const MAX_CHARTS = 4;
/** A chart name as Helm allows it (lower case, digits, dashes); a templated or odd value is not a name. */
const NAME_LINE = /^name:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]{0,80})["']?[ \t]*(?:#.*)?\r?$/m;

export const helmChartsDetector = defineDetector({
  id: 'helm-charts',
  section: SECTION,
  reads: ['**/Chart.yaml', '**/artifacthub-repo.yml'],
  detect(snapshot) {
    const all = findFiles(snapshot, ['Chart.yaml', '**/Chart.yaml']).filter(
      (p) => !NOT_OWN_INTEGRATION.test(p),
    );
    const dirs = all.map((p) => p.slice(0, p.lastIndexOf('/') + 1));
    // A subchart sits somewhere below another chart's directory (charts/kyverno/charts/crds/Chart.yaml).
    const top = all.filter((p, i) => !dirs.some((d, j) => j !== i && d !== dirs[i] && p.startsWith(d)));
    const charts: { name: string; path: string; line: number }[] = [];
    let artifactHub =
      findFiles(snapshot, ['**/artifacthub-repo.{yml,yaml}', 'artifacthub-repo.{yml,yaml}']).length > 0;
    for (const path of top) {
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const m = NAME_LINE.exec(text.slice(0, 64 * 1024));
      if (!m?.[1]) continue;
      if (/^\s*artifacthub\.io\//m.test(text)) artifactHub = true;
      // A chart kept in two places (a staging copy, a generator's template) is one chart: the first found.
      if (charts.some((c) => c.name === m[1])) continue;
      charts.push({ name: m[1], path, line: (text.slice(0, m.index).match(/\n/g)?.length ?? 0) + 1 });
    }
    const first = charts[0];
    if (!first) return { facts: [], unknowns: [] };
    const shown = charts.slice(0, MAX_CHARTS);
    return {
      facts: [
        {
          ...fact(
            'ecosystem.helm-charts',
            SECTION,
            {
              charts: shown.map((c) => ({
                name: c.name,
                path: c.path.slice(0, c.path.lastIndexOf('/')) || '.',
              })),
              total: charts.length,
              artifactHub,
            },
            shown.map((c) => snapshot.ref(c.path, c.line)).slice(0, 2),
            'observed',
          ),
          topic: 'Integrations',
        },
      ],
      unknowns: [],
    };
  },
});
