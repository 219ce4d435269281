// Contribution controls: DCO, CLA, code review rules, client-side hooks, release and backport documents,
// and the commit history's place in the section.
import { describe, expect, it } from 'vitest';
import { claDetector } from '../../src/detectors/pipeline/cla.js';
import { clientHooksDetector } from '../../src/detectors/pipeline/client-hooks.js';
import { codeReviewDetector } from '../../src/detectors/pipeline/code-review.js';
import { commitHistoryDetector } from '../../src/detectors/pipeline/commit-history.js';
import { dcoDetector } from '../../src/detectors/pipeline/dco.js';
import { releaseProcessDetector } from '../../src/detectors/pipeline/release-process.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

const say = (facts: AnyFact[]): string[] => facts.map((f) => statementOf(f));

describe('dco', () => {
  it('finds the stated requirement in a sign-off section and the app that enforces it', async () => {
    const r = await detectOn(dcoDetector, {
      'CONTRIBUTING.md': [
        '# Contributing', // 1
        '', // 2
        '## Sign your work', // 3
        '', // 4
        'The sign-off is a line at the end of the commit message. All commits need to', // 5
        'be signed off, as described at [developercertificate.org](https://developercertificate.org).', // 6
        '', // 7
        'We use the [DCO GitHub App](https://github.com/apps/dco) to check pull requests.', // 8
      ].join('\n'),
    });
    expect(say(r.facts)).toEqual([
      'Contributors must sign off their commits under the Developer Certificate of Origin (DCO), checked on pull requests by the DCO GitHub App.',
    ]);
    expect(r.facts[0]?.refs.map((x) => `${x.path}:${x.line}`)).toEqual([
      'CONTRIBUTING.md:5',
      'CONTRIBUTING.md:8',
    ]);
    expect(r.facts[0]?.topic).toBe('Code review and contribution');
  });

  it('reads the DCO app configuration and sign-off workflows without a document', async () => {
    const r = await detectOn(dcoDetector, {
      '.github/dco.yml': 'require:\n  members: false\n',
      '.github/workflows/dco.yml':
        'on: pull_request\njobs:\n  dco:\n    steps:\n      - uses: tim-actions/dco@v1.1.0\n',
    });
    expect(say(r.facts)).toEqual([
      'Pull requests are checked for a Developer Certificate of Origin (DCO) sign-off on every commit by the DCO GitHub App and a GitHub workflow.',
    ]);
  });

  it('says where it looked when there is no requirement', async () => {
    const r = await detectOn(dcoDetector, { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({
      reason: 'not-found',
      lookedIn: expect.arrayContaining(['CONTRIBUTING.md', '.github/dco.yml']),
    });
  });
});

describe('cla', () => {
  it('names the service from the stated requirement', async () => {
    const r = await detectOn(claDetector, {
      'CONTRIBUTING.md':
        '# Contributing\n\nYou must sign the Contributor License Agreement through EasyCLA before we merge.\n',
    });
    expect(say(r.facts)).toEqual([
      'Contributors must sign a Contributor License Agreement (CLA) through EasyCLA (Linux Foundation).',
    ]);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });

  it('reports a CLA file, and ignores a sentence about a former CLA', async () => {
    const r = await detectOn(claDetector, {
      'CLA.md': '# Individual Contributor License Agreement\n',
      'CONTRIBUTING.md': '# C\n\nCompared to our earlier CLA, the DCO is simpler.\n',
    });
    expect(say(r.facts)).toEqual(['The repository has a Contributor License Agreement (CLA) in CLA.md.']);
    const none = await detectOn(claDetector, {
      'CONTRIBUTING.md': '# C\n\nCompared to our earlier CLA, the DCO is simpler.\n',
    });
    expect(none.facts).toEqual([]);
  });
});

describe('code-review', () => {
  it('reads CODEOWNERS rules and owners', async () => {
    const r = await detectOn(codeReviewDetector, {
      '.github/CODEOWNERS':
        '# owners\n* @acme/maintainers\n/docs/ @acme/docs @alice\n/api/ @acme/maintainers\n',
    });
    expect(say(r.facts)).toEqual([
      '.github/CODEOWNERS assigns code owners to 3 path patterns (@acme/maintainers, @acme/docs and @alice); the forge requests their review on pull requests that touch those paths.',
    ]);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: '.github/CODEOWNERS', line: 2 });
  });

  it('counts Prow OWNERS approvers and reviewers through aliases', async () => {
    const r = await detectOn(codeReviewDetector, {
      OWNERS: 'approvers:\n  - core-team\n  - alice\nreviewers:\n  - bob\n',
      'pkg/OWNERS': 'filters:\n  ".*":\n    approvers: [carol]\n    reviewers: [dave, bob]\n',
      OWNERS_ALIASES: 'aliases:\n  core-team:\n    - erin\n    - frank\n',
    });
    expect(say(r.facts)).toEqual([
      '2 OWNERS files (the Kubernetes/Prow convention, with OWNERS_ALIASES) name 4 approvers and 2 reviewers for the code they cover.',
    ]);
  });

  it('cites a stated review rule, and not a rule about membership', async () => {
    const r = await detectOn(codeReviewDetector, {
      'GOVERNANCE.md': [
        '# Governance', // 1
        '', // 2
        'Membership needs to be approved by two maintainers.', // 3
        '', // 4
        '## Code review', // 5
        '', // 6
        'Anyone can review. To keep velocity, only one maintainer’s approval is required', // 7
        'to merge a pull request.', // 8
      ].join('\n'),
      'CONTRIBUTING.md': '# C\n\nEvery PR needs two approvals from maintainers before merging.\n',
    });
    expect(say(r.facts)).toEqual([
      'CONTRIBUTING.md states that a pull request needs two approvals before it is merged.',
      'GOVERNANCE.md states that a pull request needs one maintainer approval before it is merged.',
    ]);
    expect(r.facts[1]?.refs[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 7 });
  });
});

describe('client-hooks', () => {
  it('reads pre-commit hooks, Husky, and hook scripts a contributing guide points to', async () => {
    const r = await detectOn(clientHooksDetector, {
      '.pre-commit-config.yaml':
        'repos:\n  - repo: local\n    hooks:\n      - id: gofmt\n      - id: gitleaks\n',
      '.husky/pre-commit': 'npm test\n',
      'hack/git-hooks/pre-commit': '#!/bin/sh\nmake verify\n',
      'hack/git-hooks/pre-push': '#!/bin/sh\nmake test\n',
      'CONTRIBUTING.md': '# C\n\n## Hooks\n\nInstall the hooks in [hack/git-hooks](hack/git-hooks).\n',
    });
    expect(say(r.facts)).toEqual([
      'Client-side git hooks are managed with the pre-commit framework (.pre-commit-config.yaml: gofmt and gitleaks).',
      'Client-side git hooks are managed with Husky (.husky: pre-commit).',
      'Client-side git hooks (pre-commit and pre-push) in hack/git-hooks run checks before a commit or push.',
    ]);
    expect(r.facts[2]?.refs[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 5 });
  });
});

describe('release-process', () => {
  it('finds release documents, backport documents and headings, and cherry-pick workflows', async () => {
    const r = await detectOn(releaseProcessDetector, {
      'RELEASE.md': '# Releasing\n',
      'docs/contributors/cherry-picks.md': '# Cherry picks\n',
      'CONTRIBUTING.md': '# C\n\n## Backporting fixes\n\nOpen a PR against the release branch.\n',
      '.github/workflows/cherry-pick.yml': 'name: Cherry-pick on merge\non: pull_request_target\njobs: {}\n',
      'CHANGELOG/release-1.0.md': '# 1.0\n',
    });
    expect(say(r.facts)).toEqual([
      'The release process is documented in RELEASE.md.',
      'Fixes are backported (cherry-picked) to maintained release branches: documented in docs/contributors/cherry-picks.md and CONTRIBUTING.md; automated by .github/workflows/cherry-pick.yml.',
    ]);
    expect(r.facts[1]?.refs.map((x) => `${x.path}:${x.line}`)).toEqual([
      'docs/contributors/cherry-picks.md:1',
      'CONTRIBUTING.md:3',
      '.github/workflows/cherry-pick.yml:2',
    ]);
  });
});

describe('commit-history', () => {
  it('groups the sign-off and signature shares with the contribution controls', async () => {
    const r = await detectOn(commitHistoryDetector, { 'a.txt': 'x\n' }, (repo) => {
      repo.commit({ message: 'feat: x\n\nSigned-off-by: A <a@example.org>', files: { 'b.txt': 'y\n' } });
    });
    expect(r.facts[0]?.topic).toBe('Code review and contribution');
    expect(r.facts[0]?.value).toMatchObject({ nonMerge: 2, signedOff: 1 });
  });
});
