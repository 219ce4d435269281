// Evidence → a Security Insights v2.1.0 document. Pure: reads the facts the detectors collected and the few
// extras of collect.ts (document names, a maintainers table, a README status banner), never the repository.
//
// What the repository does not show is never invented (docs/insights.md):
// - an optional field nothing shows is left out, and reported (`leftOut`);
// - an optional object whose required fields nothing shows (release without a distribution point) is left
//   out whole, and reported;
// - a required field nothing shows (administrators, core team, whether bug bounties exist...) cannot be
//   left out without dropping everything the file does know, so it gets a placeholder marked `# TODO` in the
//   file and reported (`placeholders`): text placeholders start with "TODO:", a URL placeholder is on the
//   reserved `.invalid` domain, and a yes/no placeholder is the answer that claims no practice (false).

import type { ToolFact } from '../evidence/kinds/pipeline.js';
import type { AnyFact, Confidence, Evidence, Fact, FactKind, Ref } from '../evidence/model.js';
import { factsOfKind } from '../evidence/model.js';
import { statementOf } from '../render/wording.js';
import { parseForgeUrl } from '../snapshot/forge.js';
import type { InsightsExtras, Team } from './collect.js';
import { SCHEMA_EMAIL } from './collect.js';
import { REGISTRY_HOMES, TOOL_TYPES } from './conventions.js';
import {
  type FieldReport,
  type InsightsResult,
  type Note,
  SCHEMA_VERSION,
  type SiAssessment,
  type SiContact,
  type SiDocument,
  type SiLink,
  type SiTool,
} from './model.js';

export interface BuildOptions {
  /** The tool's name and version, for the header comment. */
  generator: string;
  /** Where the file will live in the repository (for header.url); default SECURITY-INSIGHTS.yml. */
  fileName?: string;
}

/** A placeholder URL: valid for the schema, on a domain reserved never to resolve (RFC 2606). */
export const PLACEHOLDER_URL = 'https://example.invalid/TODO';
const SCHEMA_URL = /^https?:\/\/[^\s]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A URL the file may carry: http(s) only (no `javascript:`, `data:`, `file:`), no credentials, no
 * whitespace or control characters, parseable, and of a sane length. Anything else is dropped.
 */
export function safeUrl(candidate: string | undefined): string | undefined {
  if (!candidate || candidate.length > 2048 || !SCHEMA_URL.test(candidate)) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f<>"`]/.test(candidate)) return undefined;
  try {
    const u = new URL(candidate);
    if (
      (u.protocol !== 'https:' && u.protocol !== 'http:') ||
      u.username ||
      u.password ||
      !u.hostname.includes('.')
    )
      return undefined;
  } catch {
    return undefined;
  }
  return candidate;
}

/** A reference as a YAML comment shows it: path and line (permalinks are too long for a line comment). */
function at(ref: Ref | undefined): string {
  if (!ref) return '';
  return ref.line ? `${ref.path}:${ref.line}` : ref.path;
}

const DECLARED = 'declared in .selfassess.yml';

class Builder {
  readonly notes = new Map<string, Note[]>();
  readonly leftOut: FieldReport[] = [];
  readonly placeholders: FieldReport[] = [];
  readonly repoUrl: string | undefined;
  private readonly forge;

  constructor(
    private readonly evidence: Evidence,
    readonly extras: InsightsExtras,
  ) {
    const software = this.one('metadata.software-url');
    this.repoUrl = safeUrl(software?.value.url) ?? safeUrl(evidence.snapshot.url);
    this.forge = this.repoUrl ? parseForgeUrl(this.repoUrl) : undefined;
  }

  facts<K extends FactKind>(kind: K): Fact<K>[] {
    return factsOfKind(this.evidence, kind);
  }

  one<K extends FactKind>(kind: K): Fact<K> | undefined {
    return this.facts(kind)[0];
  }

  note(field: string, kind: Note['kind'], text: string): void {
    if (!text) return;
    const list = this.notes.get(field) ?? [];
    if (!list.some((n) => n.text === text)) list.push({ kind, text });
    this.notes.set(field, list);
  }

  /** Notes a value's origin: its first reference, and whether it was inferred or declared. */
  cite(field: string, f: { refs: Ref[]; confidence: Confidence } | undefined, inferredWhy?: string): void {
    if (!f) return;
    const ref = f.refs[0];
    if (f.confidence === 'declared') this.note(field, 'declared', DECLARED);
    else if (ref) this.note(field, 'source', at(ref));
    if (f.confidence === 'inferred' || (inferredWhy && f.confidence !== 'declared'))
      this.note(field, 'inferred', inferredWhy ? `inferred: ${inferredWhy}` : 'inferred');
  }

  /**
   * A maintainer's answer (.selfassess.yml) that declares `key` true, unless the files show otherwise: then
   * the observed evidence wins and the answer is not used.
   */
  declared(key: string): Fact<'declared.answer'> | undefined {
    return this.facts('declared.answer').find(
      (f) => f.value.key === key && f.value.value === true && !f.value.contradiction,
    );
  }

  leave(field: string, why: string): void {
    this.leftOut.push({ field, why });
  }

  placeholder(field: string, why: string): void {
    this.placeholders.push({ field, why });
    this.note(field, 'placeholder', `TODO: ${why}`);
  }

  /**
   * The web address of a repository file: on the default branch (`blob/HEAD`), as Security Insights files
   * link living documents, not the commit this file was generated from. Undefined when the forge is unknown.
   */
  fileUrl(path: string): string | undefined {
    if (!this.forge) return undefined;
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return safeUrl(
      `${this.forge.webUrl}/${this.forge.kind === 'gitlab' ? '-/blob' : 'blob'}/HEAD/${encoded}`,
    );
  }

  /** A document: its own URL when it is a link, else the web address of its path. */
  docUrl(doc: { url?: string; path?: string }): string | undefined {
    return safeUrl(doc.url) ?? (doc.path ? this.fileUrl(doc.path) : undefined);
  }
}

export function buildInsights(
  evidence: Evidence,
  extras: InsightsExtras,
  options: BuildOptions,
): InsightsResult {
  const b = new Builder(evidence, extras);
  const fileName = options.fileName ?? existingInsightsFile(b) ?? 'SECURITY-INSIGHTS.yml';
  const date = (evidence.snapshot.commitDate ?? evidence.snapshot.generatedAt).slice(0, 10);
  const headerUrl = b.fileUrl(fileName) ?? b.repoUrl;
  const commit = evidence.snapshot.commit;
  const document: SiDocument = {
    header: {
      'schema-version': SCHEMA_VERSION,
      'last-updated': DATE.test(date) ? date : '1970-01-01',
      'last-reviewed': DATE.test(date) ? date : '1970-01-01',
      url: headerUrl ?? PLACEHOLDER_URL,
      comment:
        `Generated by ${options.generator} from the repository${commit ? ` at commit ${commit}` : ''}. ` +
        'Values marked TODO are placeholders for what the repository does not show: replace them before publishing.',
    },
  };
  b.note(
    'header.last-updated',
    'source',
    commit ? `date of commit ${commit.slice(0, 12)}` : 'date the file was generated',
  );
  b.note('header.last-reviewed', 'source', 'not reviewed by a person yet: update when you review this file');
  if (!headerUrl)
    b.placeholder(
      'header.url',
      'the repository address is not known (no forge origin, not stated in its files)',
    );
  else if (headerUrl !== b.repoUrl)
    b.note('header.url', 'source', `where ${fileName} lives on the default branch`);

  document.project = buildProject(b);
  document.repository = buildRepository(b, extras);
  return { document, notes: b.notes, leftOut: b.leftOut, placeholders: b.placeholders };
}

/** The repository's own Security Insights file, if it has one: the generated file replaces it. */
function existingInsightsFile(b: Builder): string | undefined {
  return b.facts('metadata.security-link').find((f) => f.value.label === 'Security insights' && f.value.path)
    ?.value.path;
}

// ---- project ----

function buildProject(b: Builder): NonNullable<SiDocument['project']> {
  const nameFact = b.one('metadata.project-name');
  const name = nameFact?.value.name ?? lastSegment(b.repoUrl);
  if (nameFact) b.cite('project.name', nameFact);
  else if (name) b.note('project.name', 'inferred', 'inferred: the last part of the repository address');
  else b.placeholder('project.name', 'the project name is not stated in the README');

  const project: NonNullable<SiDocument['project']> = {
    name: name ?? 'TODO: project name',
    administrators: [],
    repositories: [],
    'vulnerability-reporting': { 'reports-accepted': false, 'bug-bounty-available': false },
  };
  b.leave('project.homepage', 'no project website is stated in the repository in a form selfassess reads');
  const funding = b.extras.documents.funding;
  if (funding && b.fileUrl(funding.path)) {
    project.funding = b.fileUrl(funding.path) as string;
    b.note('project.funding', 'source', at(funding));
  } else b.leave('project.funding', 'no .github/FUNDING.yml');
  const roadmap = b.extras.documents.roadmap;
  if (roadmap && b.fileUrl(roadmap.path)) {
    project.roadmap = b.fileUrl(roadmap.path) as string;
    b.note('project.roadmap', 'source', at(roadmap));
  } else
    b.leave('project.roadmap', 'no ROADMAP file (looked for ROADMAP.md at the root, in .github/ and docs/)');
  b.leave('project.steward', 'an open-source steward (EU CRA) is not something a repository shows');

  const team = b.extras.team;
  if (team?.source === 'table') {
    project.administrators = contacts(team);
    b.note('project.administrators', 'source', at(team.ref));
    b.note(
      'project.administrators',
      'inferred',
      'inferred: the maintainers listed there; confirm they are who administers the project',
    );
  } else {
    project.administrators = [{ name: 'TODO: who has administrative access to the project', primary: true }];
    b.placeholder(
      'project.administrators',
      'no maintainers table found (looked in MAINTAINERS.md, MAINTAINERS, .github/ and docs/)',
    );
  }

  const documentation = projectDocumentation(b);
  if (documentation) project.documentation = documentation;

  if (b.repoUrl) {
    project.repositories = [
      {
        name: lastSegment(b.repoUrl) ?? project.name,
        url: b.repoUrl,
        comment: 'The repository this file describes.',
      },
    ];
    b.cite(
      'project.repositories.0',
      b.one('metadata.software-url'),
      'from the addresses the repository links to',
    );
  } else {
    project.repositories = [
      { name: project.name, url: PLACEHOLDER_URL, comment: 'TODO: the repository address' },
    ];
    b.placeholder('project.repositories', 'the repository address is not known');
  }
  project['vulnerability-reporting'] = vulnerabilityReporting(b);
  // Key order as in the specification's template.
  return ordered(project, [
    'name',
    'homepage',
    'funding',
    'roadmap',
    'administrators',
    'documentation',
    'repositories',
    'vulnerability-reporting',
  ]);
}

function projectDocumentation(b: Builder): NonNullable<SiDocument['project']>['documentation'] | undefined {
  const doc: NonNullable<NonNullable<SiDocument['project']>['documentation']> = {};
  const docs = b.extras.documents;
  const quick = docs['quickstart-guide'];
  setDoc(b, doc, 'project.documentation', 'quickstart-guide', quick && b.fileUrl(quick.path), quick);
  const guide = b.facts('metadata.security-link').find((f) => f.value.label === 'Documentation');
  setDoc(
    b,
    doc,
    'project.documentation',
    'detailed-guide',
    guide && b.docUrl(guide.value),
    guide?.refs[0],
    guide,
  );
  const coc = docs['code-of-conduct'];
  setDoc(b, doc, 'project.documentation', 'code-of-conduct', coc && b.fileUrl(coc.path), coc);
  const releaseFact = b
    .facts('pipeline.release-docs')
    .find((f) => f.value.kind === 'release-process' && f.value.paths[0]);
  const releasePath = releaseFact?.value.paths[0];
  if (releaseFact && releasePath)
    setDoc(
      b,
      doc,
      'project.documentation',
      'release-process',
      b.fileUrl(releasePath),
      releaseFact.refs[0],
      releaseFact,
    );
  else {
    const rel = docs['release-process'];
    setDoc(b, doc, 'project.documentation', 'release-process', rel && b.fileUrl(rel.path), rel);
  }
  const support = b.one('disclosure.supported-versions');
  const supportRef = support?.refs[0];
  setDoc(
    b,
    doc,
    'project.documentation',
    'support-policy',
    supportRef && b.fileUrl(supportRef.path),
    supportRef,
    support,
  );
  const sig = b
    .facts('metadata.security-link')
    .find(
      (f) =>
        f.value.label === 'Security documentation' &&
        f.refs[0] &&
        /signature|verif/i.test(f.value.url ?? f.value.path ?? ''),
    );
  setDoc(
    b,
    doc,
    'project.documentation',
    'signature-verification',
    sig && b.docUrl(sig.value),
    sig?.refs[0],
    sig,
  );
  const out = ordered(doc, [
    'quickstart-guide',
    'detailed-guide',
    'code-of-conduct',
    'release-process',
    'support-policy',
    'signature-verification',
  ]);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Sets a documentation link when it is known, with its source; else reports it left out. */
function setDoc<T extends Record<string, string | undefined>>(
  b: Builder,
  doc: T,
  parent: string,
  key: keyof T & string,
  url: string | undefined,
  ref: Ref | undefined,
  f?: { refs: Ref[]; confidence: Confidence },
): void {
  const field = `${parent}.${key}`;
  if (!url) {
    b.leave(field, WHY_MISSING[key] ?? 'not found in the repository');
    return;
  }
  (doc as Record<string, string>)[key] = url;
  if (f) b.cite(field, f);
  else b.note(field, 'source', at(ref));
}

const WHY_MISSING: Record<string, string> = {
  'quickstart-guide': 'no getting-started or quickstart document under docs/',
  'detailed-guide': 'no documentation site is named in the repository (a Security Insights file)',
  'code-of-conduct': 'no CODE_OF_CONDUCT file at the root, in .github/ or docs/',
  'release-process': 'no release process document (RELEASE.md, RELEASING.md, docs/**/release*.md)',
  'support-policy': 'no supported-versions statement in the security policy',
  'signature-verification': 'no document on verifying release signatures is linked',
  'contributing-guide': 'no CONTRIBUTING file at the root, in .github/ or docs/',
  'review-policy': 'no review rule or review policy document found',
  'security-policy': 'no security policy (SECURITY.md) found',
  governance: 'no GOVERNANCE file at the root, in .github/ or docs/',
  'dependency-management-policy': 'no dependency management policy is linked',
};

function vulnerabilityReporting(b: Builder): NonNullable<SiDocument['project']>['vulnerability-reporting'] {
  const F = 'project.vulnerability-reporting';
  const channels = b.facts('disclosure.reporting-channel');
  const policy = b.one('disclosure.security-policy');
  const pointers = b.facts('disclosure.policy-pointer');
  const vr: NonNullable<SiDocument['project']>['vulnerability-reporting'] = {
    'reports-accepted': false,
    'bug-bounty-available': false,
  };
  const basis = channels[0] ?? policy ?? pointers[0];
  const declaredPvr = b.declared('private-vulnerability-reporting');
  if (basis) {
    vr['reports-accepted'] = true;
    b.cite(`${F}.reports-accepted`, basis);
  } else if (declaredPvr) {
    vr['reports-accepted'] = true;
    b.cite(`${F}.reports-accepted`, declaredPvr);
  } else {
    b.placeholder(
      `${F}.reports-accepted`,
      'no security policy or private reporting channel found (SECURITY.md, docs/); set true if reports are accepted elsewhere',
    );
  }
  const bounty = channels.find((c) => c.value.channel === 'bug-bounty');
  if (bounty && bounty.value.channel === 'bug-bounty') {
    vr['bug-bounty-available'] = true;
    b.cite(`${F}.bug-bounty-available`, bounty);
    const url = safeUrl(bounty.value.url);
    if (url) vr['bug-bounty-program'] = url;
    else b.leave(`${F}.bug-bounty-program`, 'the bug bounty is named without a link');
  } else {
    b.placeholder(
      `${F}.bug-bounty-available`,
      'no bug bounty program is mentioned in the security policy; confirm there is none',
    );
  }

  const email = channels.find((c) => c.value.channel === 'email' && SCHEMA_EMAIL.test(c.value.address));
  if (email && email.value.channel === 'email') {
    const team = b.facts('disclosure.responder').find((r) => r.value.role === 'team');
    const name = team && team.value.role === 'team' ? team.value.name : email.value.address;
    vr.contact = { name, email: email.value.address, primary: true };
    b.cite(`${F}.contact`, email);
  } else b.leave(`${F}.contact`, 'no reporting email address in the security policy');

  const policyUrl = policyLink(b);
  if (policyUrl) {
    vr['security-policy'] = policyUrl.url;
    b.cite(`${F}.security-policy`, policyUrl.fact);
  } else
    b.leave(`${F}.security-policy`, 'no security policy found (SECURITY.md at the root, .github/ or docs/)');

  const pgp = channels.find((c) => c.value.channel === 'pgp-key');
  const pgpUrl = pgp && pgp.value.channel === 'pgp-key' ? safeUrl(pgp.value.url) : undefined;
  if (pgp && pgpUrl) {
    vr['pgp-key'] = pgpUrl;
    b.cite(`${F}.pgp-key`, pgp);
  } else b.leave(`${F}.pgp-key`, 'no PGP key is linked from the security policy');

  const how = channels.map(channelPhrase).filter((s): s is string => Boolean(s));
  if (declaredPvr && !channels.some((c) => c.value.channel === 'private-advisory')) {
    how.push("through the forge's private vulnerability reporting");
    b.cite(`${F}.comment`, declaredPvr);
  }
  if (how.length > 0) {
    vr.comment = `Report vulnerabilities privately ${[...new Set(how)].join('; or ')}.`;
    for (const c of channels) b.cite(`${F}.comment`, c);
  }
  b.leave(`${F}.in-scope`, 'scope lists are not read from the policy');
  return ordered(vr, [
    'reports-accepted',
    'bug-bounty-available',
    'bug-bounty-program',
    'contact',
    'security-policy',
    'pgp-key',
    'comment',
  ]);
}

/** The policy readers should follow: where the repository's file points, when it only points; else the file. */
function policyLink(b: Builder): { url: string; fact: AnyFact } | undefined {
  const policy = b.one('disclosure.security-policy');
  const pointer = b
    .facts('disclosure.policy-pointer')
    .find((p) => p.value.only && (!policy || p.value.from === policy.value.path) && safeUrl(p.value.url));
  if (pointer) return { url: pointer.value.url, fact: pointer };
  const url = policy && b.fileUrl(policy.value.path);
  if (policy && url) return { url, fact: policy };
  const any = b.facts('disclosure.policy-pointer').find((p) => safeUrl(p.value.url));
  return any ? { url: any.value.url, fact: any } : undefined;
}

function channelPhrase(f: Fact<'disclosure.reporting-channel'>): string | undefined {
  const v = f.value;
  switch (v.channel) {
    case 'email':
      return SCHEMA_EMAIL.test(v.address) ? `by email to ${v.address}` : undefined;
    case 'private-advisory':
      return `through the forge's private vulnerability reporting${safeUrl(v.url) ? ` (${v.url})` : ''}`;
    case 'web-form':
      return safeUrl(v.url) ? `through the form at ${v.url}` : undefined;
    case 'bug-bounty':
      return `through the ${oneLine(v.platform)} bug bounty program`;
    default:
      return undefined;
  }
}

// ---- repository ----

function buildRepository(b: Builder, extras: InsightsExtras): NonNullable<SiDocument['repository']> {
  const F = 'repository';
  const repo: NonNullable<SiDocument['repository']> = {
    url: b.repoUrl ?? PLACEHOLDER_URL,
    status: 'active',
    'accepts-change-request': false,
    'accepts-automated-change-request': false,
    'core-team': [],
    license: { url: PLACEHOLDER_URL, expression: 'TODO' },
    security: { assessments: { self: { comment: '' } } },
  };
  if (b.repoUrl)
    b.cite(`${F}.url`, b.one('metadata.software-url'), 'from the addresses the repository links to');
  else b.placeholder(`${F}.url`, 'the repository address is not known');

  status(b, extras, repo);

  const contributing = extras.documents['contributing-guide'];
  const prCi = b.facts('pipeline.ci-system').find((c) => (c.value.triggers?.pullRequest ?? 0) > 0);
  if (contributing) {
    repo['accepts-change-request'] = true;
    b.note(`${F}.accepts-change-request`, 'source', `${at(contributing)} explains how to contribute`);
  } else if (prCi) {
    repo['accepts-change-request'] = true;
    b.cite(`${F}.accepts-change-request`, prCi, 'CI runs on pull requests');
  } else
    b.placeholder(`${F}.accepts-change-request`, 'no contributing guide and no CI on pull requests found');

  const bot = b.facts('pipeline.tool').find((t) => t.value.category === 'dependency-update');
  if (bot) {
    repo['accepts-automated-change-request'] = true;
    b.cite(
      `${F}.accepts-automated-change-request`,
      bot,
      `${oneLine(bot.value.tool)} is configured to open pull requests`,
    );
  } else
    b.placeholder(
      `${F}.accepts-automated-change-request`,
      'no dependency update bot (Dependabot, Renovate) is configured; confirm whether machine-made pull requests are accepted',
    );

  const team = extras.team;
  if (team) {
    repo['core-team'] = contacts(team);
    b.note(`${F}.core-team`, 'source', at(team.ref));
    if (team.source === 'owners')
      b.note(`${F}.core-team`, 'inferred', 'inferred: the approvers of the root OWNERS file');
  } else {
    repo['core-team'] = [{ name: 'TODO: the maintainers of this repository', primary: true }];
    b.placeholder(
      `${F}.core-team`,
      'no maintainers table or OWNERS approvers found (MAINTAINERS.md, OWNERS)',
    );
  }

  const documentation = repositoryDocumentation(b, extras);
  if (documentation) repo.documentation = documentation;

  const license = b.one('metadata.license');
  const licenseUrl = license && b.fileUrl(license.value.file);
  if (license && licenseUrl) {
    repo.license = { url: licenseUrl, expression: license.value.spdx };
    b.cite(`${F}.license`, license);
  } else if (license) {
    repo.license = { url: PLACEHOLDER_URL, expression: license.value.spdx };
    b.cite(`${F}.license.expression`, license);
    b.placeholder(
      `${F}.license.url`,
      `the web address of ${license.value.file} is not known (no forge origin)`,
    );
  } else {
    b.placeholder(`${F}.license`, 'no license file identified (LICENSE, COPYING) with an SPDX expression');
  }

  const release = releaseDetails(b, extras);
  if (release) repo.release = release;

  repo.security = securityPosture(b);
  return ordered(repo, [
    'url',
    'status',
    'accepts-change-request',
    'accepts-automated-change-request',
    'core-team',
    'documentation',
    'license',
    'release',
    'security',
  ]);
}

const ACTIVE_MIN_COMMITS = 10;
const ACTIVE_MAX_DAYS_PER_COMMIT = 30;

function status(b: Builder, extras: InsightsExtras, repo: NonNullable<SiDocument['repository']>): void {
  const F = 'repository.status';
  if (extras.notice) {
    repo.status = extras.notice.status;
    b.note(F, 'source', `${at(extras.notice.ref)}: "${oneLine(extras.notice.quote)}"`);
    return;
  }
  const history = b.one('history.commits');
  if (history) {
    const v = history.value;
    const days = (Date.parse(v.lastDate) - Date.parse(v.firstDate)) / 86_400_000;
    if (
      v.nonMerge >= ACTIVE_MIN_COMMITS &&
      Number.isFinite(days) &&
      days / v.nonMerge <= ACTIVE_MAX_DAYS_PER_COMMIT
    ) {
      repo.status = 'active';
      b.note(
        F,
        'inferred',
        `inferred: ${v.nonMerge} commits from ${v.firstDate.slice(0, 10)} to ${v.lastDate.slice(0, 10)}, and no notice that the project moved or is unmaintained`,
      );
      return;
    }
  }
  repo.status = 'active';
  b.placeholder(
    F,
    'too little commit history to tell whether the repository is active; set its repostatus.org status',
  );
}

function repositoryDocumentation(
  b: Builder,
  extras: InsightsExtras,
): NonNullable<SiDocument['repository']>['documentation'] {
  const P = 'repository.documentation';
  const doc: NonNullable<NonNullable<SiDocument['repository']>['documentation']> = {};
  const contributing = extras.documents['contributing-guide'];
  setDoc(b, doc, P, 'contributing-guide', contributing && b.fileUrl(contributing.path), contributing);
  const rule = b.one('pipeline.review-rule');
  const review = extras.documents['review-policy'];
  if (rule) setDoc(b, doc, P, 'review-policy', b.fileUrl(rule.value.path), rule.refs[0], rule);
  else setDoc(b, doc, P, 'review-policy', review && b.fileUrl(review.path), review);
  const policy = b.one('disclosure.security-policy');
  setDoc(b, doc, P, 'security-policy', policy && b.fileUrl(policy.value.path), policy?.refs[0], policy);
  const governance = extras.documents.governance;
  setDoc(b, doc, P, 'governance', governance && b.fileUrl(governance.path), governance);
  const deps = b.facts('metadata.security-link').find((f) => f.value.label === 'Dependency policy');
  setDoc(b, doc, P, 'dependency-management-policy', deps && b.docUrl(deps.value), deps?.refs[0], deps);
  const out = ordered(doc, [
    'contributing-guide',
    'review-policy',
    'security-policy',
    'governance',
    'dependency-management-policy',
  ]);
  return Object.keys(out).length > 0 ? out : undefined;
}

function releaseDetails(
  b: Builder,
  extras: InsightsExtras,
): NonNullable<SiDocument['repository']>['release'] {
  const F = 'repository.release';
  const artifacts = b.one('pipeline.release-artifacts');
  const releaseTool = b
    .facts('pipeline.tool')
    .find((t) => t.value.category === 'release' && t.value.ci.length > 0);
  const releaseWorkflows = b.facts('pipeline.ci-system').find((c) => (c.value.triggers?.release ?? 0) > 0);
  const points: SiLink[] = [];
  const pointRefs: Ref[] = [];
  if (b.repoUrl && parseForgeUrl(b.repoUrl)?.kind === 'github' && (releaseTool || releaseWorkflows)) {
    points.push({
      uri: `${b.repoUrl}/releases`,
      comment: releaseTool
        ? `GitHub releases, published by ${oneLine(releaseTool.value.tool)} in CI`
        : 'GitHub releases (workflows run on releases and tags)',
    });
    const ref = (releaseTool ?? releaseWorkflows)?.refs[0];
    if (ref) pointRefs.push(ref);
  }
  for (const name of artifacts?.value.registries ?? []) {
    const home = REGISTRY_HOMES[name];
    if (!home) continue;
    points.push({
      uri: home,
      comment: `Container images published to ${oneLine(name)} by the release workflows`,
    });
  }
  if (artifacts?.value.artifactHub)
    points.push({ uri: 'https://artifacthub.io', comment: 'Helm charts listed on Artifact Hub' });
  if (artifacts?.refs[0]) pointRefs.push(artifacts.refs[0]);
  const changelog = extras.documents.changelog;
  const changelogUrl = changelog && b.fileUrl(changelog.path);
  if (points.length === 0) {
    b.leave(
      F,
      `no distribution point found (release workflows publishing to a registry, GoReleaser)${changelogUrl ? `; the changelog ${changelog?.path} is known` : ''}`,
    );
    return undefined;
  }
  const release: NonNullable<NonNullable<SiDocument['repository']>['release']> = {
    'automated-pipeline': true,
    'distribution-points': points,
  };
  if (changelog && changelogUrl) {
    release.changelog = changelogUrl;
    b.note(`${F}.changelog`, 'source', at(changelog));
  } else b.leave(`${F}.changelog`, 'no CHANGELOG file at the root');
  b.note(`${F}.automated-pipeline`, 'source', pointRefs.map(at).join(', '));
  b.note(`${F}.distribution-points`, 'source', pointRefs.map(at).join(', '));
  b.leave(
    `${F}.attestations`,
    'attestation locations (SBOM, provenance, VEX) are not published in the repository',
  );
  return ordered(release, ['changelog', 'automated-pipeline', 'distribution-points']);
}

function securityPosture(b: Builder): NonNullable<SiDocument['repository']>['security'] {
  const F = 'repository.security';
  const selfLink = b.facts('metadata.security-link').find((f) => f.value.label === 'Self-assessment');
  const selfUrl = selfLink && b.docUrl(selfLink.value);
  let self: SiAssessment;
  if (selfLink && selfUrl) {
    self = { evidence: selfUrl, comment: 'Security self-assessment of the project.' };
    b.cite(`${F}.assessments.self`, selfLink);
  } else {
    self = {
      comment:
        'TODO: no self-assessment was found in the repository; link it here once written (selfassess draft helps).',
    };
    b.placeholder(
      `${F}.assessments.self`,
      'no self-assessment found (a link labelled self-assessment, self-assessment.md)',
    );
  }
  const security: NonNullable<SiDocument['repository']>['security'] = { assessments: { self } };
  const audits = thirdParty(b);
  if (audits.length > 0) security.assessments['third-party'] = audits;
  else b.leave(`${F}.assessments.third-party`, 'no third-party security audit is linked from the repository');
  b.leave(`${F}.champions`, 'security champions are not named in the repository in a form selfassess reads');
  const tools = securityTools(b);
  // Secret scanning is a forge setting the files cannot show; the maintainer may declare it.
  const secrets = b.declared('secret-scanning');
  if (secrets && !tools.some((t) => t.type === 'secret')) {
    b.cite(`${F}.tools.${tools.length}`, secrets);
    tools.push({
      name: "The forge's secret scanning",
      type: 'secret',
      rulesets: ['default'],
      results: {},
      integration: { adhoc: false, ci: true, release: false },
      comment: `Declared by the maintainers: ${oneLine(secrets.value.justification)}`,
    });
  }
  if (tools.length > 0) security.tools = tools;
  else b.leave(`${F}.tools`, 'no security tool found in CI, make targets, scripts or configuration');
  return security;
}

function thirdParty(b: Builder): SiAssessment[] {
  const out: SiAssessment[] = [];
  for (const f of b.facts('appendix.audit')) {
    if (!f.value.thirdParty) continue;
    const evidence = b.docUrl(f.value);
    if (!evidence || out.some((a) => a.evidence === evidence)) continue;
    const a: SiAssessment = {
      evidence,
      comment: f.value.auditor
        ? `Security audit by ${oneLine(f.value.auditor)}.`
        : 'Third-party security audit.',
    };
    if (f.value.date && DATE.test(f.value.date)) a.date = f.value.date;
    b.cite(`repository.security.assessments.third-party.${out.length}`, f);
    out.push(ordered(a, ['name', 'evidence', 'date', 'comment']));
  }
  return out;
}

function securityTools(b: Builder): SiTool[] {
  const facts = b.facts('pipeline.tool');
  const byName = new Map(facts.map((f) => [f.value.tool, f.value]));
  const tools: SiTool[] = [];
  for (const f of facts) {
    const type = TOOL_TYPES[f.value.category];
    if (!type || tools.some((t) => t.name === f.value.tool)) continue;
    const integration = integrationOf(f.value, byName);
    const rulesets = f.value.configs.filter((c) => CONFIG_FILE.test(c)).slice(0, 5);
    const tool: SiTool = {
      name: oneLine(f.value.tool),
      type,
      rulesets: rulesets.length > 0 ? rulesets : ['default'],
      results: {},
      integration,
      comment: oneLine(statementOf(f)),
    };
    const field = `repository.security.tools.${tools.length}`;
    b.cite(field, f);
    if (rulesets.length === 0)
      b.note(`${field}.rulesets`, 'inferred', 'inferred: no configuration file of its own was found');
    tools.push(ordered(tool, ['name', 'type', 'version', 'rulesets', 'results', 'integration', 'comment']));
  }
  return tools;
}

/** Configuration files a ruleset lives in (not the scripts or sources the catalogue also lists as configs). */
const CONFIG_FILE = /\.(?:ya?ml|json|toml|properties|ini|cfg|conf|xml)$|(?:^|\/)\.[^/.][^/]*$/i;

const SCHEDULED = new Set(['hourly', 'daily', 'weekly', 'monthly', 'schedule', 'manual']);
const ON_CHANGE = new Set(['pull-request', 'push', 'merge-queue']);

/**
 * How a tool is integrated, from when the CI jobs that run it start: on changes (ci), on a schedule or by
 * hand (adhoc), on releases (release). A tool run only through another (gosec inside golangci-lint) runs
 * when that one does. A tool CI was not seen to run (a configuration file, a make target, a hook, a service
 * such as Dependabot or OSS-Fuzz) is on demand or scheduled by its service: adhoc.
 */
export function integrationOf(
  t: ToolFact,
  byName: ReadonlyMap<string, ToolFact>,
): { adhoc: boolean; ci: boolean; release: boolean } {
  const when = new Set(t.when);
  let ci = t.ci.length > 0 && (when.size === 0 || t.when.some((w) => ON_CHANGE.has(w)));
  let release = when.has('release');
  let adhoc = t.when.some((w) => SCHEDULED.has(w));
  for (const hostName of t.hosts) {
    const host = byName.get(hostName);
    if (!host || host === t) continue;
    const h = integrationOf({ ...host, hosts: [] }, byName);
    ci ||= h.ci;
    release ||= h.release;
    adhoc ||= h.adhoc;
  }
  if (!ci && !release && !adhoc) adhoc = true;
  return { adhoc, ci, release };
}

// ---- helpers ----

function contacts(team: Team): SiContact[] {
  return team.members.map((m) =>
    ordered(
      {
        name: m.name,
        ...(m.affiliation ? { affiliation: m.affiliation } : {}),
        ...(m.email ? { email: m.email } : {}),
        ...(m.handle ? { social: `https://github.com/${m.handle}` } : {}),
        primary: false,
      },
      ['name', 'affiliation', 'email', 'social', 'primary'],
    ),
  );
}

function lastSegment(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const seg = url.replace(/\/+$/, '').split('/').pop();
  return seg && /^[A-Za-z0-9_.-]+$/.test(seg) ? seg : undefined;
}

/** Text from the repository on one line, bounded (a comment or a name must not carry a whole file). */
function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** The object with its keys in `order` (the specification template's), undefined values dropped. */
function ordered<T extends object>(obj: T, order: readonly string[]): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out) && src[k] !== undefined) out[k] = src[k];
  return out as T;
}
