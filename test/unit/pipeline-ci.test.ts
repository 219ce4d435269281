// CI systems and their triggers, test kinds, release artifacts and CI hygiene, on fixture repositories.
import { describe, expect, it } from 'vitest';
import { ciHygieneDetector } from '../../src/detectors/pipeline/ci-hygiene.js';
import { ciSystemsDetector } from '../../src/detectors/pipeline/ci-systems.js';
import { releaseArtifactsDetector } from '../../src/detectors/pipeline/release-artifacts.js';
import { testKindsDetector } from '../../src/detectors/pipeline/test-kinds.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

/** A GitHub expression, `${{ expr }}`, spelled without a template placeholder. */
const gh = (expr: string): string => ['$', '{{ ', expr, ' }}'].join('');

const byKind = (facts: AnyFact[], kind: string): AnyFact[] => facts.filter((f) => f.kind === kind);

describe('ci-systems', () => {
  it('summarises when the GitHub workflows run, and recognises other CI systems and CI docs', async () => {
    const r = await detectOn(ciSystemsDetector, {
      '.github/workflows/ci.yml':
        'on:\n  pull_request:\n  push:\n    branches: [main, "release-*"]\njobs: {}\n',
      '.github/workflows/nightly.yml':
        "on:\n  schedule:\n    - cron: '0 2 * * *'\n  workflow_dispatch:\njobs: {}\n",
      '.github/workflows/weekly.yml': "on:\n  schedule:\n    - cron: '0 2 * * 1'\njobs: {}\n",
      '.github/workflows/release.yml': 'on:\n  release:\n    types: [published]\njobs: {}\n',
      'ci/jenkins/test.sh': '#!/bin/sh\nmake test\n',
      'ci/jenkins/jobs/jobs.yaml': '- job:\n    name: e2e\n',
      '.gitlab-ci.yml': 'test:\n  script:\n    - make test\n',
      'ci/README.md': '# CI\n',
    });
    const systems = byKind(r.facts, 'pipeline.ci-system');
    expect(systems.map((f) => statementOf(f))).toEqual([
      'CI runs on GitHub Actions: 4 workflows, 1 on pull requests, 1 on pushes to `main` and `release-*`, 2 on a schedule (1 daily and 1 weekly), 1 on releases or tags and 1 on demand.',
      'CI runs on GitLab CI (1 file).',
      'CI runs on Jenkins (2 files in ci/jenkins/).',
    ]);
    expect(systems[0]?.refs[0]).toMatchObject({ path: '.github/workflows/ci.yml', line: 1 });
    expect(systems.every((f) => f.topic === 'Continuous integration and testing')).toBe(true);
    expect(statementOf(byKind(r.facts, 'pipeline.ci-docs')[0] as AnyFact)).toBe(
      'The CI is documented in ci/README.md.',
    );
  });

  it('says where it looked when there is no CI at all', async () => {
    const r = await detectOn(ciSystemsDetector, { 'README.md': '# x\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({
      reason: 'not-found',
      lookedIn: expect.arrayContaining(['.github/workflows/*']),
    });
  });
});

describe('test-kinds', () => {
  it('reads kinds from job and step names, make targets and their prerequisites, runners and directories', async () => {
    const r = await detectOn(testKindsDetector, {
      '.github/workflows/test.yml': [
        'on: [pull_request]',
        'jobs:',
        '  unit:',
        '    steps:',
        '      - run: make test', // 5
        '  e2e:',
        '    name: End-to-end tests',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: ./hack/e2e.sh', // 10
        '  conformance:',
        '    steps:',
        '      - run: chainsaw test ./test/conformance', // 13
      ].join('\n'),
      Makefile:
        'test: test-unit test-integration\ntest-unit:\n\tgo test ./...\ntest-integration:\n\tgo test ./test/integration/...\n',
      'hack/e2e.sh': '#!/bin/sh\n',
      'test/e2e/suite_test.go': 'package e2e\n',
      'test/integration/x_test.go': 'package integration\n',
    });
    const facts = byKind(r.facts, 'pipeline.tests');
    expect(facts.map((f) => (f.value as { kind: string }).kind)).toEqual([
      'unit',
      'integration',
      'e2e',
      'conformance',
    ]);
    expect(statementOf(facts[0] as AnyFact)).toBe(
      'Unit tests run in GitHub Actions on pull requests (`make test`).',
    );
    expect(statementOf(facts[1] as AnyFact)).toBe(
      'Integration tests run in GitHub Actions on pull requests (`make test`); they live in test/integration/.',
    );
    expect(statementOf(facts[2] as AnyFact)).toBe(
      'End-to-end (e2e) tests run in GitHub Actions on pull requests; they live in test/e2e/.',
    );
    expect(facts[2]?.refs[0]).toMatchObject({ path: '.github/workflows/test.yml', line: 10 });
    expect(facts[3]?.refs[0]).toMatchObject({ line: 13 });
  });

  it('reads abbreviations such as UTTEST and other CI systems, and says when no CI job runs a kind', async () => {
    const r = await detectOn(testKindsDetector, {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  UTTEST:\n    steps:\n      - run: bash ./tests/ut_run.sh\n',
      '.travis.yml': 'script:\n  - ./ci/run.sh --testcase integration\n',
      'tests/e2e/a.robot': 'x\n',
    });
    const facts = byKind(r.facts, 'pipeline.tests');
    expect(facts.map((f) => statementOf(f))).toEqual([
      'Unit tests run in GitHub Actions on pushes.',
      'Integration tests run in Travis CI.',
      'The repository has end-to-end (e2e) tests in tests/e2e/; no CI job was seen running them.',
    ]);
  });
});

describe('release-artifacts', () => {
  it('names the registries release workflows publish to and Artifact Hub charts', async () => {
    const r = await detectOn(releaseArtifactsDetector, {
      '.github/workflows/release.yml': [
        'on:',
        '  push:',
        "    tags: ['v*']",
        'jobs:',
        '  images:',
        '    steps:',
        '      - uses: aquasecurity/trivy-action@0.28.0',
        '        env:',
        '          TRIVY_DB_REPOSITORY: public.ecr.aws/aquasecurity/trivy-db:2',
        '      - uses: docker/login-action@v3',
        '        with:',
        '          registry: ghcr.io', // 12
      ].join('\n'),
      'charts/app/Chart.yaml': 'name: app\nannotations:\n  artifacthub.io/license: Apache-2.0\n',
    });
    expect(r.facts.map((f) => statementOf(f))).toEqual([
      'Release workflows publish container images to GitHub Container Registry (ghcr.io); the Helm charts are listed on Artifact Hub.',
    ]);
    expect(r.facts[0]?.refs.map((x) => `${x.path}:${x.line}`)).toEqual([
      '.github/workflows/release.yml:12',
      'charts/app/Chart.yaml:3',
    ]);
  });
});

describe('ci-hygiene', () => {
  it('reports token permissions, SHA pinning, pull_request_target checkouts and script injection with lines', async () => {
    const r = await detectOn(ciHygieneDetector, {
      '.github/workflows/safe.yml': [
        'on: push',
        'permissions:', // 2
        '  contents: read',
        'jobs:',
        '  a:',
        '    steps:',
        '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
      ].join('\n'),
      '.github/workflows/pr.yml': [
        'on:',
        '  pull_request_target:', // 2
        'jobs:',
        '  a:',
        '    steps:',
        '      - uses: actions/checkout@v4', // 6
        '        with:',
        `          ref: ${gh('github.event.pull_request.head.sha')}`, // 8
        '      - run: |',
        '          echo hello',
        `          echo "${gh('github.event.pull_request.title')}"`, // 11
        `      - run: echo "${gh('github.event.inputs.version')}"`,
      ].join('\n'),
      '.github/workflows/all.yml':
        'on: push\npermissions: write-all\njobs:\n  a:\n    steps:\n      - uses: ./.github/actions/x\n',
    });
    const statements = r.facts.map((f) => statementOf(f));
    expect(statements).toEqual([
      "2 of 3 GitHub workflows set top-level token `permissions:`, 1 grants `write-all` and 1 sets none at all, so the repository's default token permissions apply.",
      '1 of 2 external action references in the workflows are pinned by commit SHA; 1 action is referenced by a tag or branch.',
      ".github/workflows/pr.yml runs on `pull_request_target` and checks out the pull request's code, which then runs with the base repository's secrets and token.",
      `1 workflow expands untrusted event data (\`${gh('github.event.pull_request.title')}\`) directly inside \`run:\` scripts, where it can inject shell commands.`,
    ]);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: '.github/workflows/all.yml', line: 2 });
    expect(r.facts[1]?.refs).toEqual([
      expect.objectContaining({ path: '.github/workflows/pr.yml', line: 6 }),
    ]);
    expect(r.facts[2]?.refs.map((x) => x.line)).toEqual([2, 8]);
    expect(r.facts[3]?.refs).toEqual([
      expect.objectContaining({ path: '.github/workflows/pr.yml', line: 11 }),
    ]);
    expect(r.facts.every((f) => f.topic === 'CI hygiene')).toBe(true);
  });
});
