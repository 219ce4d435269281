// Places evidence into the template: for each section, the statements made from its facts (with their
// references), the rows of its tables, and todos for what a human must still write. Pure: no I/O.
import type { CollectedEvidence, Lead } from '../evidence/collect.js';
import { type AnyFact, type Fact, type FactKind, factsOfKind, type Ref } from '../evidence/model.js';
import { evidenceContext } from '../gaps/evaluate.js';
import { type GapReport, gapReport, topRecommendations } from '../gaps/report.js';
import { basisOf, languageList, statementOf, unknownTodo } from '../render/wording.js';
import {
  type SectionId,
  selfAssessmentUseText,
  TEMPLATE_SECTIONS,
  type TemplateSection,
} from '../template/sections.js';
import { DEFAULT_LEADS, SECTION_TODOS } from './todos.js';

/** A reference as rendered: a file reference, or the basis of a fact measured over the whole repository. */
export type Citation = Ref | { basis: string };

export type Block =
  | { kind: 'statement'; text: string; refs: Citation[] }
  | { kind: 'table'; header: [string, string]; rows: { cells: [string, string]; refs: Citation[] }[] }
  | { kind: 'text'; text: string }
  /** A lead-in that groups the statements after it (a fact's topic). */
  | { kind: 'topic'; text: string }
  | { kind: 'todo'; text: string };

export interface SectionContent {
  section: TemplateSection;
  blocks: Block[];
}

export interface Assessment {
  project: string;
  evidence: CollectedEvidence;
  sections: SectionContent[];
}

/** Facts shown in a section's own table instead of as statements. */
const TABLE_KINDS = new Set<FactKind>([
  'metadata.project-name',
  'metadata.software-url',
  'metadata.languages',
  'metadata.license',
  'metadata.dependency-manifests',
  'metadata.security-link',
]);

/** Placeholder in a table cell a human must fill; a todo line under the table says with what. */
export const UNKNOWN_CELL = '?';

export interface BuildOptions {
  /** The gap report for the Appendix's action items; without one it is evaluated on the evidence alone. */
  gaps?: GapReport;
}

export function buildAssessment(evidence: CollectedEvidence, options: BuildOptions = {}): Assessment {
  const project = projectName(evidence);
  const sections = TEMPLATE_SECTIONS.map((section) => ({
    section,
    blocks:
      section.id === 'appendix/action-items'
        ? actionItemBlocks(options.gaps ?? gapReport(evidenceContext(evidence)))
        : blocksFor(section, evidence, project),
  }));
  return { project, evidence, sections };
}

/** README title, else the repository's name, else a placeholder the human replaces. */
export function projectName(evidence: CollectedEvidence): string {
  const named = factsOfKind(evidence, 'metadata.project-name')[0];
  if (named) return named.value.name;
  const url = factsOfKind(evidence, 'metadata.software-url')[0]?.value.url;
  const repoName = url?.split('/').pop();
  if (repoName) return repoName.charAt(0).toUpperCase() + repoName.slice(1);
  return '[project]';
}

function blocksFor(section: TemplateSection, evidence: CollectedEvidence, project: string): Block[] {
  switch (section.id) {
    case 'metadata':
      return metadataBlocks(evidence);
    case 'metadata/security-links':
      return securityLinkBlocks(evidence);
    case 'self-assessment-use':
      return [{ kind: 'text', text: selfAssessmentUseText(project) }];
    default:
      return genericBlocks(section.id, evidence);
  }
}

/** The basis for whole-repository measurements, else the fact's own references. */
function citationsOf(f: AnyFact | undefined, evidence: CollectedEvidence): Citation[] {
  if (!f) return [];
  const basis = basisOf(f, evidence.snapshot);
  return basis ? [{ basis }] : f.refs;
}

function statements(facts: readonly AnyFact[], evidence: CollectedEvidence): Block[] {
  const shown = facts.filter((f) => !TABLE_KINDS.has(f.kind));
  // Facts without a topic first, then each topic's facts together, topics in order of first appearance.
  const topics: (string | undefined)[] = [undefined];
  for (const f of shown) if (f.topic && !topics.includes(f.topic)) topics.push(f.topic);
  return topics.flatMap((topic) => {
    const group = shown.filter((f) => f.topic === topic);
    if (group.length === 0) return [];
    const items: Block[] = group.map((f) => ({
      kind: 'statement',
      // The maintainers' answers file says it; the repository does not show it.
      text:
        f.confidence === 'declared'
          ? `${statementOf(f)} (declared by the maintainers, not observed)`
          : statementOf(f),
      refs: citationsOf(f, evidence),
    }));
    return topic ? [{ kind: 'topic', text: topic } as Block, ...items] : items;
  });
}

function unknownTodos(section: SectionId, evidence: CollectedEvidence): Block[] {
  return evidence.unknowns
    .filter((u) => u.section === section && u.reason !== 'skipped')
    .map((u) => ({ kind: 'todo', text: unknownTodo(u) }));
}

function leadsFor(section: SectionId, leads: readonly Lead[]): string {
  const found = leads.find((l) => l.section === section);
  return found ? found.paths.join(', ') : DEFAULT_LEADS;
}

function genericBlocks(id: SectionId, evidence: CollectedEvidence): Block[] {
  const facts = evidence.facts.filter((f) => f.section === id);
  const blocks = [...statements(facts, evidence), ...unknownTodos(id, evidence)];
  const ask = SECTION_TODOS[id];
  if (ask) {
    const lead = leadsFor(id, evidence.leads);
    const prefix = facts.length > 0 ? 'Complete this section: ' : '';
    blocks.push({ kind: 'todo', text: `${prefix}${ask}. Look in ${lead}.` });
  }
  return blocks;
}

function metadataBlocks(evidence: CollectedEvidence): Block[] {
  const one = <K extends FactKind>(kind: K): Fact<K> | undefined => factsOfKind(evidence, kind)[0];
  const software = one('metadata.software-url');
  const languages = one('metadata.languages');
  const license = one('metadata.license');
  const manifests = one('metadata.dependency-manifests');
  const provider = factsOfKind(evidence, 'declared.answer').find((f) => f.value.key === 'security-provider');
  // The SBOM row: SBOM generators and dependency reports the pipeline found, then the manifests themselves.
  const sbomTools = factsOfKind(evidence, 'pipeline.tool').filter(
    (f) => f.value.category === 'sbom' || f.value.toolId === 'fossa',
  );
  const sbomParts = [
    ...sbomTools.map((f) => `${f.value.tool} (see Development Pipeline)`),
    ...(manifests ? [`dependency manifests: ${manifests.value.paths.join(', ')}`] : []),
  ];
  const rows: { cells: [string, string]; refs: Citation[] }[] = [
    { cells: ['Assessment Stage', 'Incomplete'], refs: [] },
    {
      cells: ['Software', software ? `<${software.value.url}>` : UNKNOWN_CELL],
      refs: citationsOf(software, evidence),
    },
    {
      cells: [
        'Security Provider',
        provider ? `${provider.value.value ? 'Yes' : 'No'} (declared by the maintainers)` : UNKNOWN_CELL,
      ],
      refs: provider?.refs.slice(0, 1) ?? [],
    },
    {
      cells: ['Languages', languages ? languageList(languages.value.languages) : UNKNOWN_CELL],
      refs: citationsOf(languages, evidence),
    },
    {
      cells: ['SBOM', sbomParts.length ? sbomParts.join('; ') : UNKNOWN_CELL],
      refs: [...sbomTools.flatMap((f) => f.refs.slice(0, 1)), ...(manifests?.refs.slice(0, 2) ?? [])],
    },
    ...(license ? [{ cells: ['License', license.value.spdx] as [string, string], refs: license.refs }] : []),
  ];
  const todos: Block[] = [];
  if (!software) {
    todos.push({ kind: 'todo', text: "Software: add the link to the project's repository." });
  }
  if (!provider)
    todos.push({
      kind: 'todo',
      text: "Security Provider: write Yes if the project's primary function is to support the security of an integrating system, else No.",
    });
  if (!languages)
    todos.push({ kind: 'todo', text: 'Languages: list the languages the project is written in.' });
  todos.push({
    kind: 'todo',
    text: sbomParts.length
      ? 'SBOM: if releases publish a software bill of materials, link it; otherwise keep the sources above.'
      : 'SBOM: link to the software bill of materials (a release asset, a generated SBOM, or the dependency manifests).',
  });
  return [
    { kind: 'table', header: ['', ''], rows },
    ...unknownTodos('metadata', evidence).filter(
      (t) => !(t.kind === 'todo' && /web address|languages|dependency manifests/i.test(t.text)),
    ),
    ...todos,
  ];
}

function securityLinkBlocks(evidence: CollectedEvidence): Block[] {
  const links = factsOfKind(evidence, 'metadata.security-link');
  if (links.length === 0) {
    return [
      ...unknownTodos('metadata/security-links', evidence),
      {
        kind: 'todo',
        text: 'Security links: list links to the security documentation (security file, configuration docs).',
      },
    ];
  }
  // Without a forge origin, the inferred address still gives readers a link (GitHub and GitLab resolve HEAD
  // to the default branch); a path alone would break once the assessment is copied elsewhere.
  const base = evidence.snapshot.url ?? factsOfKind(evidence, 'metadata.software-url')[0]?.value.url;
  const rows = links.map((f) => ({
    cells: [
      f.value.label,
      f.value.url ? `<${f.value.url}>` : linkTo(f.value.path ?? '', f.refs[0], base),
    ] as [string, string],
    refs: f.refs,
  }));
  return [{ kind: 'table', header: ['Doc', 'url'], rows }];
}

/** A link a reader can follow: the permalink on the forge when known, else the repository path. */
function linkTo(path: string, ref: Ref | undefined, base: string | undefined): string {
  if (ref?.url) return `<${ref.url.replace(/#L\d+$/, '')}>`;
  if (!base) return `[${path}](${path})`;
  const blob = base.includes('gitlab') ? '-/blob' : 'blob';
  return `<${base}/${blob}/HEAD/${path.split('/').map(encodeURIComponent).join('/')}>`;
}

/** Action items shown in the Appendix: the most important of `selfassess gaps`, one line each. */
export const MAX_ACTION_ITEMS = 8;

function actionItemBlocks(report: GapReport): Block[] {
  const top = topRecommendations(report, MAX_ACTION_ITEMS);
  if (top.length === 0) return [];
  const items: Block[] = top.map((r) => ({
    kind: 'statement',
    text: `${r.control} (level ${r.level}${r.status === 'not-met' ? ', not met' : ''}): ${capitalise(r.nextStep)}.`,
    refs: r.refs.slice(0, 1),
  }));
  const more = report.recommendations.length - top.length;
  return [
    ...items,
    {
      kind: 'todo',
      text: `Review these action items (from \`selfassess gaps\`, OSPS Baseline ${report.baseline.version}${more > 0 ? `; ${more} more there` : ''}; unless marked "not met", the files do not show the practice, which may still be set on the forge): keep those the project commits to, remove the rest, and declare forge settings in .selfassess.yml.`,
    },
  ];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
