// Sentences for the ecosystem area's fact kinds (src/evidence/kinds/ecosystem.ts). Short statements: the
// reference lines under each carry the file and line.
import type { EcosystemFactValues, IntegrationEvidence } from '../../evidence/kinds/ecosystem.js';
import type { WordingTable } from './types.js';

const LEVEL_WORDS = { sandbox: 'a sandbox', incubating: 'an incubating', graduated: 'a graduated' } as const;

export const ECOSYSTEM_WORDING: WordingTable<keyof EcosystemFactValues> = {
  'ecosystem.integration': (f) => {
    const doc = f.value.doc ? `; see ${f.value.doc}` : '';
    return `${f.value.label}: ${evidenceText(f.value.evidence)}${doc}.`;
  },
  'ecosystem.kubernetes': (f) => {
    const parts: string[] = [];
    if (f.value.workloads.length > 0)
      parts.push(
        `${andList(f.value.workloads)} workloads in its manifests${f.value.manifest ? ` (e.g. ${f.value.manifest})` : ''}`,
      );
    if (f.value.installManifests?.length)
      parts.push(`installation manifests ${andList(f.value.installManifests)}`);
    if (f.value.client) parts.push(`a client of the Kubernetes API through ${f.value.client}`);
    return `Kubernetes: ${parts.join('; ')}.`;
  },
  'ecosystem.crds': (f) => {
    const { count, groups } = f.value;
    const groupText =
      groups.length > 0 ? ` in the API group${groups.length > 1 ? 's' : ''} ${andList(groups)}` : '';
    return `Kubernetes API extensions: ${count} CustomResourceDefinition${count === 1 ? '' : 's'}${groupText}.`;
  },
  'ecosystem.helm-charts': (f) => {
    const names = f.value.charts.map((c) => `${c.name} (${c.path})`);
    const more =
      f.value.total > f.value.charts.length ? `, and ${f.value.total - f.value.charts.length} more` : '';
    const hub = f.value.artifactHub
      ? `; ${f.value.total === 1 ? 'the chart carries' : 'the charts carry'} Artifact Hub annotations`
      : '';
    return `Helm chart${f.value.total === 1 ? '' : 's'}: ${names.join(', ')}${more}${hub}.`;
  },
  'ecosystem.cncf-status': (f) =>
    f.value.level
      ? `CNCF: ${f.value.path} states the project is ${LEVEL_WORDS[f.value.level]} project of the Cloud Native Computing Foundation.`
      : `CNCF: ${f.value.path} states the project belongs to the Cloud Native Computing Foundation.`,
  'ecosystem.named-projects': (f) => {
    const names = f.value.projects.map((p) => (p.url ? `${p.name} (${p.url})` : p.name));
    const more = f.value.total > names.length ? `, and ${f.value.total - names.length} more` : '';
    return `${f.value.lead}: ${names.join(', ')}${more}.`;
  },
  'ecosystem.sibling-projects': (f) => {
    const more =
      f.value.total > f.value.names.length ? `, and ${f.value.total - f.value.names.length} more` : '';
    return `Other ${f.value.org} projects linked from ${f.value.path}: ${f.value.names.join(', ')}${more}.`;
  },
  'ecosystem.adopters': (f) =>
    `Adopters: ${f.value.path} lists ${f.value.total} organisation${f.value.total === 1 ? '' : 's'} using the project (named under Case Studies).`,
};

function evidenceText(e: IntegrationEvidence): string {
  switch (e.type) {
    case 'objects':
      return `${andList(e.objects)} objects in ${e.path}`;
    case 'file':
      return `${e.noun} (${e.path})`;
    case 'dependency':
      return `depends on ${e.name}`;
    case 'doc':
      return `documented in ${e.path}`;
    case 'mention':
      return `named in ${e.path}`;
  }
}

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
