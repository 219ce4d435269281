// The evidence tests of the OSPS Baseline controls a snapshot can decide, in whole or in part: each reads the
// facts the detectors already produced (and, for file-presence controls, the file index) and says met,
// not-met or unknown. The control table (src/catalogue/osps-controls.ts) names which test decides which
// control. A test says not-met only when the files themselves show the practice is not done.
import type { ToolCategory } from '../catalogue/security-tools.js';
import type { RunWhen } from '../evidence/kinds/pipeline.js';
import { type AnyFact, type Fact, type FactKind, factsOfKind, type Ref } from '../evidence/model.js';
import { type Evaluation, type EvidenceTest, type GapContext, refsOf } from './types.js';

const kind = <K extends FactKind>(ctx: GapContext, k: K): Fact<K>[] => factsOfKind(ctx.evidence, k);

const met = (found: string, refs: Ref[]): Evaluation => ({ status: 'met', found, refs });
const notMet = (found: string, refs: Ref[], nextStep?: string): Evaluation => ({
  status: 'not-met',
  found,
  refs,
  ...(nextStep ? { nextStep } : {}),
});
const unknown = (extra: Partial<Evaluation> = {}): Evaluation => ({ status: 'unknown', refs: [], ...extra });

/** Paths found by globs, as references (at most `max`). */
function fileRefs(ctx: GapContext, paths: readonly string[], max = 3): Ref[] {
  return paths.slice(0, max).map((p) => ctx.ref(p));
}

/** Met when a file matching the globs exists (the requirement is that the document exists). */
export function filePresent(globs: readonly string[], what: string): EvidenceTest {
  return (ctx) => {
    const paths = ctx.files(globs);
    if (paths.length === 0) return unknown({ lookedIn: globs });
    return met(`${what}: ${paths.slice(0, 3).join(', ')}`, fileRefs(ctx, paths));
  };
}

/** Met when a fact of one of the kinds exists (optionally filtered). */
export function factPresent(
  kinds: readonly FactKind[],
  found: (facts: AnyFact[]) => string,
  filter: (f: AnyFact) => boolean = () => true,
): EvidenceTest {
  return (ctx) => {
    const facts = ctx.evidence.facts.filter((f) => kinds.includes(f.kind) && filter(f));
    if (facts.length === 0) return unknown();
    return met(found(facts), refsOf(facts));
  };
}

/** Either test: the first that is met wins; otherwise the first's unknown (with both tests' places). */
export function anyOf(...tests: EvidenceTest[]): EvidenceTest {
  return (ctx) => {
    const results = tests.map((t) => t(ctx));
    const decided = results.find((r) => r.status === 'met') ?? results.find((r) => r.status === 'not-met');
    if (decided) return decided;
    const lookedIn = results.flatMap((r) => [...(r.lookedIn ?? [])]);
    return unknown(lookedIn.length ? { lookedIn } : {});
  };
}

// ---- CI hygiene (GitHub Actions) ----

const WORKFLOWS = ['.github/workflows/*.yml', '.github/workflows/*.yaml'];

/** Workflows without top-level `permissions:` (the ci-hygiene fact lists write-all ones first, then these). */
function permissionRefs(ctx: GapContext): { writeAll: Ref[]; unrestricted: Ref[] } {
  const f = kind(ctx, 'pipeline.workflow-permissions')[0];
  if (!f) return { writeAll: [], unrestricted: [] };
  const w = Math.min(f.value.writeAll, f.refs.length);
  const u = Math.min(f.value.unrestricted, f.refs.length - w);
  return { writeAll: f.refs.slice(0, w), unrestricted: f.refs.slice(w, w + u) };
}

const pathList = (refs: readonly Ref[]): string => refs.map((r) => r.path).join(', ');

export const ciDefaultPermissions: EvidenceTest = (ctx) => {
  const f = kind(ctx, 'pipeline.workflow-permissions')[0];
  if (!f) return unknown({ lookedIn: WORKFLOWS });
  const v = f.value;
  if (v.topLevel === v.workflows && v.writeAll === 0)
    return met(
      `all ${v.workflows} GitHub workflows set top-level token \`permissions:\``,
      f.refs.slice(0, 2),
    );
  const { unrestricted } = permissionRefs(ctx);
  if (v.unrestricted > 0)
    return unknown({
      found: `${v.unrestricted} of ${v.workflows} GitHub workflows set no token \`permissions:\`, so the repository's default token permissions (a forge setting) apply`,
      refs: unrestricted,
      lookedFor:
        "top-level token `permissions:` in every workflow, or a read-only default token (the forge's Actions settings)",
      nextStep: `set \`permissions: contents: read\` at the top of ${pathList(unrestricted)}${v.unrestricted > unrestricted.length ? ` and the other ${v.unrestricted - unrestricted.length} workflows without it` : ''}, granting writes per job; or confirm the repository's default workflow token is read-only`,
    });
  return unknown({ lookedIn: WORKFLOWS });
};

export const ciJobPrivileges: EvidenceTest = (ctx) => {
  const f = kind(ctx, 'pipeline.workflow-permissions')[0];
  if (!f) return unknown({ lookedIn: WORKFLOWS });
  const { writeAll } = permissionRefs(ctx);
  if (f.value.writeAll > 0)
    return notMet(
      `${f.value.writeAll} GitHub ${f.value.writeAll === 1 ? 'workflow grants' : 'workflows grant'} \`write-all\` token permissions`,
      writeAll,
      `replace \`permissions: write-all\` in ${pathList(writeAll)} with the scopes each job needs (e.g. \`contents: read\`, and \`packages: write\` only in the publishing job)`,
    );
  return unknown({
    lookedIn: WORKFLOWS,
    lookedFor: 'job permissions limited to what each job needs (no workflow grants write-all)',
  });
};

export const untrustedMetadata: EvidenceTest = (ctx) => {
  const injection = kind(ctx, 'pipeline.script-injection')[0];
  if (injection)
    return notMet(
      `untrusted event data (${injection.value.expressions.slice(0, 2).join(', ')}) is expanded inside \`run:\` scripts of ${injection.value.workflows} ${injection.value.workflows === 1 ? 'workflow' : 'workflows'}`,
      injection.refs,
      `in ${pathList(injection.refs.slice(0, 1))}, pass the value through \`env:\` (e.g. \`TITLE: \${{ github.event.pull_request.title }}\`) and use \`"$TITLE"\` in the script instead of expanding \`\${{ }}\` inside \`run:\``,
    );
  const perms = kind(ctx, 'pipeline.workflow-permissions')[0];
  if (perms)
    return met(
      `no \`run:\` script in the ${perms.value.workflows} GitHub workflows expands untrusted event data`,
      [],
    );
  return unknown({ lookedIn: WORKFLOWS, lookedFor: 'GitHub workflows (other CI systems are not checked)' });
};

export const untrustedCheckout: EvidenceTest = (ctx) => {
  const dangerous = kind(ctx, 'pipeline.dangerous-trigger');
  if (dangerous.length > 0) {
    const first = dangerous[0] as Fact<'pipeline.dangerous-trigger'>;
    return notMet(
      `${dangerous.map((d) => `${d.value.workflow} (\`${d.value.trigger}\`)`).join(', ')} ${dangerous.length === 1 ? 'checks' : 'check'} out the pull request's code with the base repository's credentials`,
      // The checkout line first (where the fix goes), then the trigger.
      dangerous.flatMap((d) => [...d.refs.slice(1, 2), ...d.refs.slice(0, 1)]).slice(0, 4),
      `in ${first.value.workflow}, do not check out the pull request's head under \`${first.value.trigger}\`: run the build on \`pull_request\` and keep \`${first.value.trigger}\` for steps that need no untrusted code`,
    );
  }
  const perms = kind(ctx, 'pipeline.workflow-permissions')[0];
  if (perms)
    return met(
      `no \`pull_request_target\` or \`workflow_run\` workflow checks out the pull request's code (${perms.value.workflows} workflows read)`,
      [],
    );
  return unknown({ lookedIn: WORKFLOWS, lookedFor: 'GitHub workflows (other CI systems are not checked)' });
};

// ---- tools in the pipeline ----

const WHEN_CHANGES: readonly RunWhen[] = ['pull-request', 'merge-queue'];

/** A tool of the categories runs; `gate` asks that it runs on pull requests (before changes are accepted). */
export function toolRuns(
  categories: readonly ToolCategory[],
  options: { gate?: boolean; lookedFor: string; nextStep: string },
): EvidenceTest {
  return (ctx) => {
    const tools = kind(ctx, 'pipeline.tool').filter((t) => categories.includes(t.value.category));
    const gating = tools.filter((t) => t.value.when.some((w) => WHEN_CHANGES.includes(w)));
    const chosen = options.gate ? gating : tools;
    if (chosen.length > 0) {
      const names = [...new Set(chosen.map((t) => t.value.tool))].slice(0, 3).join(', ');
      return met(`${names}${options.gate ? ' on pull requests' : ''}`, refsOf(chosen));
    }
    if (tools.length > 0)
      return unknown({
        found: `${[...new Set(tools.map((t) => t.value.tool))].slice(0, 3).join(', ')} found, but no CI job was seen running ${tools.length === 1 ? 'it' : 'them'} on pull requests`,
        refs: refsOf(tools),
        lookedFor: options.lookedFor,
        nextStep: `run ${tools[0]?.value.tool} on \`pull_request\` and make the check required before merging`,
      });
    const missing = ctx.evidence.unknowns.find((u) =>
      categories.some((c) => u.id.startsWith('pipeline.tool.missing:') && u.id.includes(c)),
    );
    return unknown({
      lookedFor: options.lookedFor,
      ...(missing ? { lookedIn: missing.lookedIn } : {}),
      nextStep: options.nextStep,
    });
  };
}

// ---- source, history, dependencies, binaries ----

export const changeHistory: EvidenceTest = (ctx) => {
  const h = kind(ctx, 'history.commits')[0];
  if (!h || h.value.read === 0) return unknown({ lookedFor: 'git history', lookedIn: ['git log'] });
  return met(`git history records author and time of each change (${h.value.read} commits read)`, []);
};

export const dependencyList: EvidenceTest = (ctx) => {
  const m = kind(ctx, 'metadata.dependency-manifests')[0];
  if (!m) return unknown();
  return met(`dependency manifests: ${m.value.paths.slice(0, 4).join(', ')}`, m.refs.slice(0, 3));
};

/** Extensions of compiled executables and libraries (Scorecard Binary-Artifacts' list, executable part). */
const EXECUTABLES = [
  'exe',
  'dll',
  'so',
  'dylib',
  'o',
  'a',
  'lib',
  'elf',
  'class',
  'pyc',
  'pyo',
  'dex',
  'ocx',
  'drv',
  'efi',
];
/** Packaged binaries nobody can review as source. */
const ARCHIVES = [
  'jar',
  'war',
  'whl',
  'deb',
  'rpm',
  'msi',
  'apk',
  'crx',
  'wasm',
  'iso',
  'par',
  'egg',
  'nupkg',
];
export const EXECUTABLE_GLOBS = [`**/*.{${EXECUTABLES.join(',')}}`];
export const ARCHIVE_GLOBS = [`**/*.{${ARCHIVES.join(',')}}`];

export function noBinaries(globs: readonly string[], what: string): EvidenceTest {
  return (ctx) => {
    const paths = ctx.files(globs);
    if (paths.length === 0) {
      // Without a file index (a library call on evidence alone) nothing was checked.
      if (!ctx.indexed) return unknown({ lookedIn: globs });
      return met(`no ${what} by file extension among the committed files`, []);
    }
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
    return notMet(
      `${paths.length} committed ${what} (by extension): ${paths.slice(0, 3).join(', ')}${more}`,
      fileRefs(ctx, paths),
      `remove ${paths.slice(0, 2).join(', ')}${more ? ' and the others' : ''} from the repository and build ${paths.length === 1 ? 'it' : 'them'} from source in CI (or, for test data, say so to reviewers)`,
    );
  };
}

// ---- license ----

export const openSourceLicense: EvidenceTest = (ctx) => {
  const l = kind(ctx, 'metadata.license')[0];
  if (!l) return unknown();
  // Every licence the license catalogue recognises is OSI-approved or FSF-free.
  return met(`${l.value.spdx} (${l.value.file})`, l.refs.slice(0, 1));
};

export const LICENSE_GLOBS = ['{LICENSE,LICENCE,COPYING}{,.*,-*}', 'LICENSES/*'];

export const licenseFile: EvidenceTest = (ctx) => {
  const paths = ctx.files(LICENSE_GLOBS);
  if (paths.length > 0) return met(`license file ${paths.slice(0, 2).join(', ')}`, fileRefs(ctx, paths, 2));
  if (!ctx.indexed) return unknown({ lookedIn: LICENSE_GLOBS });
  return notMet('no LICENSE, COPYING or LICENSES/ at the repository root', [], undefined);
};

// ---- contribution, review ----

export const contributorAssertion: EvidenceTest = (ctx) => {
  const dco = kind(ctx, 'pipeline.dco').filter((d) => d.value.enforcedBy.length > 0);
  if (dco[0]) return met(`DCO sign-off checked by ${dco[0].value.enforcedBy.join(', ')}`, refsOf(dco));
  const cla = kind(ctx, 'pipeline.cla').filter((c) => c.value.service);
  if (cla[0]) return met(`CLA through ${cla[0].value.service}`, refsOf(cla));
  const stated = [...kind(ctx, 'pipeline.dco'), ...kind(ctx, 'pipeline.cla')];
  if (stated.length > 0)
    return unknown({
      found:
        'the contributing documents ask for a DCO sign-off or a CLA, but nothing in the files enforces it',
      refs: refsOf(stated),
      lookedFor: 'a check that enforces the DCO or CLA on every pull request (DCO app, CLA bot, a workflow)',
      nextStep:
        'enforce it on pull requests (the DCO GitHub App, a CLA assistant, or a workflow that checks Signed-off-by), or confirm it is enforced on the forge',
    });
  return unknown();
};

export const nonAuthorApproval: EvidenceTest = (ctx) => {
  const owners = kind(ctx, 'pipeline.owners-files').filter((o) => o.value.approvers > 0);
  if (owners[0])
    return met(
      `OWNERS files name ${owners[0].value.approvers} approvers (Prow merges only approved pull requests)`,
      refsOf(owners),
    );
  const stated = [...kind(ctx, 'pipeline.review-rule'), ...kind(ctx, 'pipeline.code-owners')];
  if (stated.length > 0)
    return unknown({
      found:
        'the files state a review rule or assign code owners; whether the forge enforces approval is a setting',
      refs: refsOf(stated),
      nextStep:
        "require at least one approving review in the primary branch's protection rule (or ruleset), then declare it in .selfassess.yml (`required-reviews`)",
    });
  return unknown();
};

// ---- disclosure ----

export const securityContacts: EvidenceTest = (ctx) => {
  const channels = kind(ctx, 'disclosure.reporting-channel');
  const contacts = kind(ctx, 'disclosure.responder').filter((r) => r.value.role !== 'maintainers');
  const pointer = kind(ctx, 'disclosure.policy-pointer');
  const facts = [...channels, ...contacts, ...pointer];
  if (facts.length > 0) {
    const what = channels[0]
      ? describeChannel(channels[0].value)
      : pointer[0]
        ? `the security policy at ${pointer[0].value.url}`
        : 'security contacts';
    return met(what, refsOf(facts));
  }
  const policy = kind(ctx, 'disclosure.security-policy')[0];
  if (policy)
    return unknown({
      found: `${policy.value.path} names no reporting address or channel that was recognised`,
      refs: policy.refs.slice(0, 1),
      nextStep: `name the security contacts (an address or the forge's private reporting) in ${policy.value.path}`,
    });
  return unknown();
};

export const privateReporting: EvidenceTest = (ctx) => {
  const channels = kind(ctx, 'disclosure.reporting-channel').filter((c) => c.value.channel !== 'pgp-key');
  if (channels[0]) return met(describeChannel(channels[0].value), refsOf(channels));
  const policy = kind(ctx, 'disclosure.security-policy')[0];
  return unknown(
    policy
      ? {
          nextStep: `add a "Reporting a vulnerability" section to ${policy.value.path} with a private channel (a security address, or the forge's private vulnerability reporting)`,
        }
      : {},
  );
};

function describeChannel(c: Fact<'disclosure.reporting-channel'>['value']): string {
  switch (c.channel) {
    case 'email':
      return `reports go to ${c.address}`;
    case 'private-advisory':
      return "reports go through the forge's private vulnerability reporting";
    case 'bug-bounty':
      return `reports go through ${c.platform}`;
    case 'web-form':
      return `reports go through a web form (${c.url})`;
    case 'pgp-key':
      return 'a PGP key is published for reports';
  }
}

export const cvdPolicy: EvidenceTest = (ctx) => {
  const policy = kind(ctx, 'disclosure.security-policy')[0];
  const times = kind(ctx, 'disclosure.response-time');
  if (policy && times.length > 0)
    return met(
      `${policy.value.path} promises a response time (${times[0]?.value.action} within ${times[0]?.value.duration.amount} ${times[0]?.value.duration.unit})`,
      refsOf([policy, ...times]),
    );
  if (policy)
    return unknown({
      found: `${policy.value.path} was read; no response time frame was recognised in it`,
      refs: policy.refs.slice(0, 1),
      lookedFor: 'a time frame for responding to reports in the security policy',
      nextStep: `state in ${policy.value.path} how soon reports are acknowledged and triaged (e.g. "within 3 business days")`,
    });
  return unknown();
};

export const publishesVulnerabilities: EvidenceTest = (ctx) => {
  const pubs = kind(ctx, 'disclosure.publication').filter(
    (p) => !(p.value.channel === 'cve' && p.value.none),
  );
  const ids = kind(ctx, 'appendix.vulnerability-ids').filter((v) => v.value.total > v.value.otherSoftware);
  const facts = [...pubs, ...ids];
  if (facts.length === 0) return unknown();
  const what = pubs[0]
    ? pubs[0].value.channel === 'github-advisories'
      ? 'vulnerabilities are published as GitHub security advisories'
      : pubs[0].value.channel === 'announce-list'
        ? `vulnerabilities are announced on ${pubs[0].value.list}`
        : 'vulnerabilities receive CVE identifiers'
    : `the project's own advisories are recorded (${ids[0]?.value.recent.slice(0, 2).join(', ')})`;
  return met(what, refsOf(facts));
};

// ---- documents and links ----

export function securityLink(labels: readonly string[], what: string): EvidenceTest {
  return factPresent(
    ['metadata.security-link'],
    (facts) => {
      const f = facts[0] as Fact<'metadata.security-link'>;
      return `${what}: ${f.value.path ?? f.value.url}`;
    },
    (f) => f.kind === 'metadata.security-link' && labels.includes(f.value.label),
  );
}

export const publicDiscussion: EvidenceTest = factPresent(
  ['channels.channel'],
  (facts) => {
    const names = facts.map((f) => (f.kind === 'channels.channel' ? f.value.service || f.value.name : ''));
    return `public channels: ${[...new Set(names.filter(Boolean))].slice(0, 3).join(', ')}`;
  },
  (f) =>
    f.kind === 'channels.channel' &&
    f.value.audience === 'inbound' &&
    [
      'slack',
      'discord',
      'gitter',
      'matrix',
      'zulip',
      'mailing-list',
      'github-discussions',
      'issue-tracker',
    ].includes(f.value.type),
);

export const encryptedChannels: EvidenceTest = (ctx) => {
  const withUrl = kind(ctx, 'channels.channel').filter((c) => c.value.url);
  if (withUrl.length === 0) return unknown();
  const plain = withUrl.filter((c) => /^http:\/\//i.test(c.value.url ?? ''));
  if (plain.length > 0)
    return notMet(
      `${plain.length} official channel ${plain.length === 1 ? 'link uses' : 'links use'} plain http: ${plain
        .slice(0, 2)
        .map((c) => c.value.url)
        .join(', ')}`,
      refsOf(plain),
      `change ${plain
        .slice(0, 2)
        .map((c) => c.value.url)
        .join(', ')} to https:// where ${plain.length === 1 ? 'it is' : 'they are'} linked`,
    );
  return met(`all ${withUrl.length} channel links use https`, refsOf(withUrl, 1, 2));
};

export const testsBeforeMerge: EvidenceTest = (ctx) => {
  const tests = kind(ctx, 'pipeline.tests');
  const gating = tests.filter((t) => t.value.when.some((w) => WHEN_CHANGES.includes(w)));
  if (gating.length > 0) {
    const kinds = [...new Set(gating.map((t) => t.value.kind))].join(', ');
    return met(`${kinds} tests run in ${gating[0]?.value.ci.join(', ')} on pull requests`, refsOf(gating));
  }
  if (tests.some((t) => t.value.ci.length > 0))
    return unknown({
      found: 'tests run in CI, but no job was seen starting on pull requests',
      refs: refsOf(tests),
      nextStep: 'run the test suite on `pull_request` and make it a required status check',
    });
  if (tests.length > 0)
    return unknown({
      found: 'the repository has tests; no CI job was seen running them',
      refs: refsOf(tests),
      nextStep:
        'add a CI workflow that runs the tests on every pull request (e.g. .github/workflows/test.yml)',
    });
  return unknown();
};

export const changelog: EvidenceTest = (ctx) => {
  const paths = ctx.files([
    '{CHANGELOG,CHANGES,HISTORY,NEWS,RELEASE-NOTES,RELEASE_NOTES}{,.md,.rst,.txt}',
    'CHANGELOG/**',
    '{docs,doc}/**/{changelog,release-notes,release_notes}*',
  ]);
  if (paths.length > 0) return met(`change log: ${paths.slice(0, 2).join(', ')}`, fileRefs(ctx, paths, 2));
  const release = kind(ctx, 'pipeline.tool').filter(
    (t) => t.value.toolId === 'goreleaser' || t.value.toolId === 'release-drafter',
  );
  if (release[0]) return met(`${release[0].value.tool} writes release notes`, refsOf(release));
  return unknown();
};
