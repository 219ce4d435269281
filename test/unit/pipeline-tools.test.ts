// The security-tools detector: recognition through workflow `uses:` and `run:`, make targets reached from
// CI, scripts, other CI systems, configuration files, golangci-lint linters, pre-commit hooks, release
// configuration and badges; one fact per tool with at most three references; todos for missing categories.
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/catalogue/security-tools.js';
import {
  securityToolsDetector,
  toolsForCommand,
  toolsForUses,
} from '../../src/detectors/pipeline/security-tools.js';
import type { ToolFact } from '../../src/evidence/kinds/pipeline.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

function tools(facts: AnyFact[]): Map<string, AnyFact & { value: ToolFact }> {
  return new Map(
    facts
      .filter((f) => f.kind === 'pipeline.tool')
      .map((f) => [(f.value as ToolFact).toolId, f as AnyFact & { value: ToolFact }]),
  );
}

describe('the tool catalogue', () => {
  it('has at least 60 tools, each recognisable somehow, with unique ids', () => {
    expect(TOOLS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(TOOLS.map((t) => t.id)).size).toBe(TOOLS.length);
    for (const t of TOOLS.filter((x) => x.id !== 'fast-check')) {
      const ways =
        (t.uses?.length ?? 0) +
        (t.commands?.length ?? 0) +
        (t.configs?.length ?? 0) +
        (t.badges?.length ?? 0) +
        (t.preCommit?.length ?? 0) +
        (t.golangci?.length ?? 0) +
        (t.usesPattern ? 1 : 0);
      expect(ways, t.id).toBeGreaterThan(0);
    }
  });

  it('matches commands as words, not inside longer names', () => {
    const ids = (line: string) => toolsForCommand(line).map((t) => t.id);
    expect(ids('$(GOPATH)/bin/gosec -fmt=json ./...')).toEqual(['gosec']);
    expect(ids('jq . < trivy-results.sarif > out')).toEqual([]);
    expect(ids('docker run --rm aquasec/trivy:0.50 image x')).toEqual(['trivy']);
    expect(ids('go vet ./...')).toEqual(['go-vet']);
    expect(ids('go version')).toEqual([]);
    expect(ids('npm audit --audit-level=high')).toEqual(['npm-audit']);
    expect(ids('echo "run gosec later"')).toEqual([]);
    expect(ids('# trivy image x')).toEqual([]);
    expect(ids('gpg --import key.asc')).toEqual([]);
    expect(ids('gpg -v -ab -u $KEY bundle.tgz')).toEqual(['gpg']);
    expect(ids('gon ci/gon.hcl')).toEqual(['apple-notarization']);
    expect(ids('./ci/check-copyright.sh')).toEqual(['license-header-check']);
  });

  it('matches actions by prefix, so uploading SARIF is not running CodeQL', () => {
    expect(toolsForUses('github/codeql-action/analyze@v3').map((t) => t.id)).toEqual(['codeql']);
    expect(toolsForUses('github/codeql-action/upload-sarif@v3')).toEqual([]);
    expect(toolsForUses('Aquasecurity/Trivy-Action@0.14.0').map((t) => t.id)).toEqual(['trivy']);
    expect(toolsForUses('docker://zricethezav/gitleaks:latest').map((t) => t.id)).toEqual(['gitleaks']);
    expect(toolsForUses('acme/gha-workflows/.github/workflows/code-scan.yaml@main').map((t) => t.id)).toEqual(
      ['shared-code-scan'],
    );
    expect(toolsForUses('acme/gha-workflows/.github/workflows/labels-sync.yaml@main')).toEqual([]);
  });
});

const WORKFLOW = [
  'name: CI', // 1
  'on:', // 2
  '  pull_request:', // 3
  '  push:', // 4
  '    branches: [main]', // 5
  'jobs:', // 6
  '  lint:', // 7
  '    runs-on: ubuntu-latest', // 8
  '    steps:', // 9
  '      - uses: actions/checkout@v4', // 10
  '      - run: make test', // 11
  '      - uses: github/codeql-action/init@v3', // 12
  '      - uses: github/codeql-action/analyze@v3', // 13
].join('\n');

const MAKEFILE = [
  'test: lint', // 1
  '\tgo test ./...', // 2
  'lint:', // 3
  '\tgolangci-lint run', // 4
  'scan:', // 5
  '\t@gosec ./...', // 6
].join('\n');

describe('security-tools', () => {
  it('follows CI into make targets and reports when it runs', async () => {
    const r = await detectOn(securityToolsDetector, {
      '.github/workflows/ci.yml': WORKFLOW,
      Makefile: MAKEFILE,
      '.golangci.yml': 'linters:\n  enable:\n    - gosec\n    - govet\n    - errcheck\n',
    });
    const t = tools(r.facts);
    const lint = t.get('golangci-lint');
    expect(lint?.value).toMatchObject({
      ci: ['GitHub Actions'],
      when: ['pull-request', 'push'],
      makeTargets: ['test'],
    });
    expect(lint?.refs[0]).toMatchObject({ path: 'Makefile', line: 4 });
    expect(lint?.topic).toBe('Code quality');
    expect(statementOf(lint as AnyFact)).toBe(
      'golangci-lint (Go linters) runs in GitHub Actions on pull requests and pushes through `make test`, with 3 linters enabled (including gosec, govet, errcheck).',
    );
    const codeql = t.get('codeql');
    expect(codeql?.refs.map((x) => x.line)).toEqual([12, 13]);
    expect(codeql?.topic).toBe('Security scanning');
    // gosec both runs from a Makefile target no CI reaches and is enabled in golangci-lint.
    const gosec = t.get('gosec');
    expect(gosec?.value.hosts).toEqual(['golangci-lint']);
    expect(statementOf(gosec as AnyFact)).toBe(
      'gosec (a security checker for Go code) is enabled in the golangci-lint configuration.',
    );
    // go vet only inside golangci-lint: listed in golangci-lint's statement, not on its own.
    expect(t.has('go-vet')).toBe(false);
  });

  it('states a Makefile-only tool as run by its target', async () => {
    const r = await detectOn(securityToolsDetector, { Makefile: MAKEFILE });
    const gosec = tools(r.facts).get('gosec');
    expect(gosec?.value).toMatchObject({ ci: [], makeTargets: ['scan'] });
    expect(statementOf(gosec as AnyFact)).toBe(
      'gosec (a security checker for Go code) is run by the Makefile target `scan`.',
    );
  });

  it('reads schedules and releases, scripts reached from CI, and other CI systems', async () => {
    const r = await detectOn(securityToolsDetector, {
      '.github/workflows/scan.yml': [
        'on:',
        '  schedule:',
        "    - cron: '0 4 * * *'",
        'jobs:',
        '  scan:',
        '    steps:',
        '      - uses: aquasecurity/trivy-action@0.28.0',
      ].join('\n'),
      '.github/workflows/release.yml': [
        'on:',
        '  push:',
        "    tags: ['v*']",
        'jobs:',
        '  release:',
        '    steps:',
        '      - run: ./hack/sign.sh',
      ].join('\n'),
      'hack/sign.sh': '#!/bin/sh\nsource "$ROOT/hack/lib.sh"\n',
      'hack/lib.sh': 'sign() {\n  cosign sign --yes "$1"\n}\n',
      '.travis.yml': 'language: go\nscript:\n  - make test\n  - gitleaks detect\n',
    });
    const t = tools(r.facts);
    expect(t.get('trivy')?.value.when).toEqual(['daily']);
    expect(t.get('cosign')?.value).toMatchObject({ ci: ['GitHub Actions'], when: ['release'] });
    expect(t.get('cosign')?.refs[0]).toMatchObject({ path: 'hack/lib.sh', line: 2 });
    expect(t.get('cosign')?.topic).toBe('Release integrity');
    expect(t.get('gitleaks')?.value.ci).toEqual(['Travis CI']);
    expect(t.get('gitleaks')?.refs[0]).toMatchObject({ path: '.travis.yml', line: 4 });
  });

  it('recognises configuration files, update bots with their ecosystems, pre-commit hooks and badges', async () => {
    const r = await detectOn(securityToolsDetector, {
      '.snyk': '# Snyk policy\nversion: v1.25.0\n',
      '.github/renovate.json5': '{ extends: ["config:recommended"] }\n',
      '.github/dependabot.yml': [
        'version: 2',
        'updates:',
        '  - package-ecosystem: gomod',
        '    directory: /',
        '    schedule: { interval: weekly }',
        '  - package-ecosystem: github-actions',
        '    directory: /',
        '    schedule: { interval: daily }',
      ].join('\n'),
      '.pre-commit-config.yaml': [
        'repos:',
        '  - repo: https://github.com/gitleaks/gitleaks',
        '    rev: v8.18.0',
        '    hooks:',
        '      - id: gitleaks',
      ].join('\n'),
      'README.md':
        '# X\n[![OpenSSF Scorecard](https://api.scorecard.dev/projects/github.com/a/b/badge)](https://scorecard.dev/viewer/?uri=github.com/a/b)\n',
    });
    const t = tools(r.facts);
    expect(statementOf(t.get('snyk') as AnyFact)).toBe(
      'Snyk (dependency, container and code vulnerability scanning) is configured in .snyk.',
    );
    expect(t.get('renovate')?.refs[0]?.path).toBe('.github/renovate.json5');
    expect(statementOf(t.get('dependabot') as AnyFact)).toBe(
      'Dependabot opens dependency update pull requests for gomod (weekly) and github-actions (daily) (configured in .github/dependabot.yml).',
    );
    expect(t.get('dependabot')?.refs).toEqual([
      expect.objectContaining({ path: '.github/dependabot.yml', line: 3 }),
    ]);
    expect(t.get('gitleaks')?.value.preCommit).toBe(true);
    expect(t.get('gitleaks')?.refs[0]).toMatchObject({ path: '.pre-commit-config.yaml', line: 5 });
    expect(t.get('scorecard')?.topic).toBe('OpenSSF Scorecard');
    expect(t.get('scorecard')?.value.badge).toBe(true);
  });

  it('reads signing and SBOMs from GoReleaser and native fuzz tests from the code', async () => {
    const r = await detectOn(securityToolsDetector, {
      '.goreleaser.yaml': 'builds: []\nsboms:\n  - artifacts: archive\nsigns:\n  - cmd: cosign\n',
      'pkg/parse/fuzz_test.go': 'package parse\n\nimport "testing"\n\nfunc FuzzParse(f *testing.F) {}\n',
    });
    const t = tools(r.facts);
    expect(t.get('syft')?.refs[0]).toMatchObject({ path: '.goreleaser.yaml', line: 2 });
    expect(t.get('syft')?.topic).toBe('Release integrity');
    expect(t.get('cosign')?.value.hosts).toEqual(['GoReleaser']);
    expect(t.get('go-fuzz')?.refs[0]).toMatchObject({ path: 'pkg/parse/fuzz_test.go', line: 5 });
  });

  it('keeps at most three references, one per file first', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) {
      files[`.github/workflows/w${i}.yml`] =
        'on: push\njobs:\n  a:\n    steps:\n      - run: trivy fs .\n      - run: trivy image x\n';
    }
    const r = await detectOn(securityToolsDetector, files);
    const refs = tools(r.facts).get('trivy')?.refs ?? [];
    expect(refs).toHaveLength(3);
    expect(new Set(refs.map((x) => x.path)).size).toBe(3);
  });

  it('asks, naming where it looked, for each category found nowhere', async () => {
    const r = await detectOn(securityToolsDetector, { 'README.md': '# Nothing\n' });
    const asked = r.unknowns.map((u) => u.lookedFor);
    expect(asked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^secret scanning/),
        expect.stringMatching(/^static application/),
      ]),
    );
    const secrets = r.unknowns.find((u) => u.lookedFor.startsWith('secret scanning'));
    expect(secrets).toMatchObject({
      section: 'secure-development-practices/development-pipeline',
      reason: 'not-found',
      lookedIn: expect.arrayContaining(['.github/workflows/*', '.pre-commit-config.yaml', 'Makefile']),
    });
    expect(secrets?.detail).toMatch(/forge's secret scanning/);
  });
});
