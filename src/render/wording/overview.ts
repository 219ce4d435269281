// Sentences for the overview area's fact kinds (src/evidence/kinds/overview.ts). Quotes are the project's own
// words (cut short by the detectors); lists are capped with "and K more".
import type { OverviewFactValues } from '../../evidence/kinds/overview.js';
import type { WordingTable } from './types.js';

export const OVERVIEW_WORDING: WordingTable<keyof OverviewFactValues> = {
  'overview.description': (f) => f.value.sentences.join(' '),
  'overview.features': (f) =>
    `Headline features listed in ${f.value.path} (${f.value.heading}): ${more(f.value.titles, f.value.total)}.`,
  'overview.background': (f) => sentence(f.value.sentence),
  'overview.component': (f) => {
    if (!f.value.summary && f.value.parts.length)
      return `${f.value.name}: ${more(f.value.parts, f.value.parts.length)}.`;
    const parts = f.value.parts.length ? ` Parts: ${more(f.value.parts, f.value.parts.length)}.` : '';
    return `${componentSentence(f.value.name, f.value.summary)}${parts}`;
  },
  'overview.binaries': (f) =>
    `Programs built from ${f.value.dir}: ${more(f.value.names.map(code), f.value.total)}.`,
  'overview.workload': (f) => {
    const v = f.value;
    const where = v.namespace ? ` in namespace ${code(v.namespace)}` : '';
    const chart = v.helm ? ' (Helm chart)' : '';
    const account = v.serviceAccount ? `, service account ${code(v.serviceAccount)}` : '';
    const grants = v.grants.length
      ? `; its roles grant: ${v.grants.map((g) => `${g.label}${g.clusterWide ? ' (cluster-wide)' : ''}`).join(', ')}`
      : '';
    return `${v.kind} ${code(v.name)}${where}${chart}${account}${grants}.`;
  },
  'overview.webhooks': (f) =>
    `Admission webhooks: ${f.value.configurations
      .map((c) => `${c.kind} ${code(c.name)}${c.webhooks > 1 ? ` (${c.webhooks} webhooks)` : ''}`)
      .join('; ')}.`,
  'overview.crd-group': (f) => {
    const v = f.value;
    const scope =
      v.cluster === 0 ? 'namespaced' : v.namespaced === 0 ? 'cluster-scoped' : `${v.cluster} cluster-scoped`;
    return `Custom resources in ${code(v.group)} (${v.total} ${v.total === 1 ? 'kind' : 'kinds'}, ${scope}): ${more(v.kinds, v.total)}.`;
  },
  'overview.communication': (f) => sentence(f.value.sentence),
  'overview.flow-docs': (f) =>
    `Documents that describe flows: ${more(
      f.value.docs.map((d) => (d.heading ? `${d.path} (${d.heading})` : d.path)),
      f.value.total,
    )}.`,
  'overview.goal': (f) => sentence(f.value.sentence),
};

/** "a, b and c", or "a, b, c and 4 more" when the list was capped. */
function more(items: readonly string[], total: number): string {
  const rest = total - items.length;
  if (rest > 0) return `${items.join(', ')} and ${rest} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function code(s: string): string {
  return `\`${s.replace(/`/g, '')}\``;
}

/** Ends with a full stop (or the clip mark) so that statements read as sentences. */
function sentence(s: string): string {
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/** "OVS daemons: The two OVS daemons…" unless the summary names it in its first words ("The Antrea Controller…"). */
function componentSentence(name: string, summary: string | undefined): string {
  if (!summary) return sentence(name);
  // "Each Example Agent connects…" names it already: within its first words.
  const opening = summary
    .split(' ')
    .slice(0, name.split(' ').length + 3)
    .join(' ')
    .toLowerCase();
  const opens = opening.includes(name.toLowerCase());
  return opens ? sentence(summary) : `${name}: ${sentence(summary)}`;
}
