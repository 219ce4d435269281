// The sentences a reviewer reads, made from facts: one wording per fact kind (DESIGN §3). Detectors never
// build prose; renderers never invent facts.
import type { AnyFact, FactKind, LanguageShare, Ref, SnapshotIdentity, Unknown } from '../evidence/model.js';

import { CHANNELS_WORDING } from './wording/channels.js';
import { DECLARED_WORDING } from './wording/declared.js';
import { DISCLOSURE_WORDING } from './wording/disclosure.js';
import { ECOSYSTEM_WORDING } from './wording/ecosystem.js';
import { FUNCTIONS_WORDING } from './wording/functions.js';
import { OVERVIEW_WORDING } from './wording/overview.js';
import { PIPELINE_WORDING } from './wording/pipeline.js';
import type { WordingTable } from './wording/types.js';

const POLICY_LOCATION = {
  root: 'at the repository root, where GitHub shows it as the repository security policy',
  '.github': 'in .github/, where GitHub shows it as the repository security policy',
  docs: 'in docs/, where GitHub shows it as the repository security policy',
  other: 'outside the root, .github/ and docs/, so GitHub does not show it as the repository security policy',
} as const;

const WORDING: WordingTable<FactKind> = {
  ...PIPELINE_WORDING,
  ...DISCLOSURE_WORDING,
  ...CHANNELS_WORDING,
  ...OVERVIEW_WORDING,
  ...FUNCTIONS_WORDING,
  ...ECOSYSTEM_WORDING,
  ...DECLARED_WORDING,
  'metadata.project-name': (f) => `The project is called ${f.value.name}.`,
  'metadata.software-url': (f) =>
    f.value.source === 'origin-remote'
      ? `The software lives at ${f.value.url}.`
      : `The software lives at ${f.value.url} (the repository's own links name it; there is no forge origin remote).`,
  'metadata.languages': (f) => `The project is written in ${languageList(f.value.languages)}.`,
  'metadata.dependency-manifests': (f) =>
    `Dependencies and their versions are listed in ${f.value.paths.join(', ')}.`,
  'metadata.license': (f) => `The project is licensed under ${f.value.spdx} (${f.value.file}).`,
  'metadata.security-link': (f) => `${f.value.label}: ${f.value.path ?? f.value.url}.`,
  'disclosure.security-policy': (f) =>
    `The project has a security policy, ${f.value.path}, ${POLICY_LOCATION[f.value.location]}.`,
  'history.commits': (f) => {
    const v = f.value;
    const span =
      v.firstDate && v.lastDate ? ` (${v.firstDate.slice(0, 10)} to ${v.lastDate.slice(0, 10)})` : '';
    if (v.nonMerge === 0) return `The last ${count(v.read)} commits${span} are all merges.`;
    return (
      `Of the last ${count(v.nonMerge)} non-merge commits${span}, ${percent(v.signedOff, v.nonMerge)} carry a ` +
      `Signed-off-by trailer (DCO sign-off) and ${percent(v.signed, v.nonMerge)} carry a commit signature (not verified` +
      (v.signedByForge > 0
        ? `; ${percent(v.signedByForge, v.nonMerge)} were committed through the forge's web interface, which signs with its own key).`
        : ').')
    );
  },
};

/**
 * For facts measured over the whole repository rather than read from one line, what they were measured
 * on: rendered as the reference instead of file references (which would be mere examples).
 */
export function basisOf(f: AnyFact, snapshot: SnapshotIdentity): string | undefined {
  const at = snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : '';
  switch (f.kind) {
    case 'metadata.languages':
      return `sizes of ${count(f.value.countedFiles)} files${at} (git ls-tree), classified with Linguist's language data`;
    case 'history.commits':
      return `git history, the last ${count(f.value.read)} commits${at}`;
    case 'metadata.software-url':
      return f.value.source === 'origin-remote' && f.refs.length === 0 ? 'git remote origin' : undefined;
    default:
      return undefined;
  }
}

export function statementOf(f: AnyFact): string {
  return (WORDING[f.kind] as (x: AnyFact) => string)(f);
}

/** "Go (93%), Shell (4%) and Python (2%)". */
export function languageList(languages: readonly LanguageShare[]): string {
  const parts = languages.map((l) => `${l.name} (${Math.max(1, Math.round(l.share * 100))}%)`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The text after `reference:`: the permalink when the forge is known, else `path:line`. */
export function referenceText(ref: Ref): string {
  return ref.url ?? (ref.line ? `${ref.path}:${ref.line}` : ref.path);
}

/** A todo for an unknown: what was not found and where we looked, never "the project does not do it". */
export function unknownTodo(u: Unknown): string {
  const places = u.lookedIn.length > 6 ? [...u.lookedIn.slice(0, 6), '...'] : u.lookedIn;
  const where = places.length ? ` (looked in ${places.join(', ')})` : '';
  const detail = u.detail ? `; ${u.detail}` : '';
  switch (u.reason) {
    case 'no-history':
      return `${capitalise(u.lookedFor)} is unknown: ${u.detail ?? 'no git history was available'}.`;
    case 'parse-error':
      return `${capitalise(u.lookedFor)} could not be read${where}${detail}.`;
    case 'skipped':
      return `${capitalise(u.lookedFor)} was skipped${detail}.`;
    default:
      // A detail already tells the human what to check; otherwise ask where it lives if not in the files.
      return `Not found in the files: ${u.lookedFor}${where}${u.detail ? `${detail}.` : '; if it exists elsewhere, say where.'}`;
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (100 * part) / whole;
  return `${p > 99 && p < 100 ? Math.floor(p) : Math.round(p)}%`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
