import { describe, expect, it } from 'vitest';
import { securityPolicyDetector } from '../../src/detectors/disclosure/security-policy.js';
import { dependencyManifestsDetector } from '../../src/detectors/metadata/dependency-manifests.js';
import { cleanName, projectNameDetector } from '../../src/detectors/metadata/project-name.js';
import { securityInsightsLinksDetector } from '../../src/detectors/metadata/security-insights-links.js';
import { securityLinksDetector } from '../../src/detectors/metadata/security-links.js';
import { softwareUrlDetector } from '../../src/detectors/metadata/software-url.js';
import { commitHistoryDetector } from '../../src/detectors/pipeline/commit-history.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { detectOn } from '../helpers/detect.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe('software-url', () => {
  it('uses the origin remote when it is a forge', async () => {
    const r = await detectOn(
      softwareUrlDetector,
      { 'README.md': 'See https://github.com/acme/rocket/issues\n' },
      (repo) => repo.git('remote', 'add', 'origin', 'git@github.com:acme/rocket.git'),
    );
    expect(r.facts[0]?.value).toEqual({ url: 'https://github.com/acme/rocket', source: 'origin-remote' });
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'README.md', line: 1 });
  });

  it("infers the address from the repository's links to its own pages when the origin is local", async () => {
    const r = await detectOn(softwareUrlDetector, {
      'README.md': [
        '# Rocket',
        '[![Build](https://github.com/acme/rocket/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/rocket/actions)',
        'Uses [helm](https://github.com/helm/helm).',
        'File [issues](https://github.com/acme/rocket/issues).',
      ].join('\n'),
    });
    expect(r.facts[0]?.value).toEqual({ url: 'https://github.com/acme/rocket', source: 'repository-files' });
    expect(r.facts[0]?.confidence).toBe('inferred');
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'README.md', line: 2 });
  });

  it('reads a Go module path as a declaration', async () => {
    const r = await detectOn(softwareUrlDetector, { 'go.mod': 'module github.com/acme/rocket\n\ngo 1.22\n' });
    expect(r.facts[0]?.value).toMatchObject({ url: 'https://github.com/acme/rocket' });
  });

  it('stays unknown when links do not single out one repository', async () => {
    const r = await detectOn(softwareUrlDetector, {
      'README.md': 'Built on https://github.com/helm/helm and https://github.com/kubernetes/kubernetes\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.lookedIn).toContain('README.md');
  });
});

describe('project-name', () => {
  it('takes the README title', async () => {
    const r = await detectOn(projectNameDetector, {
      'README.md': '<img src="logo.png">\n\n# Rocket :rocket:\n',
    });
    expect(r.facts[0]?.value).toEqual({ name: 'Rocket' });
  });

  it('ignores the alt text of badges in the title', async () => {
    const r = await detectOn(projectNameDetector, {
      'README.md':
        '# Rocket [![Tweet](https://img.shields.io/x.svg)](https://twitter.com/intent/tweet) ![logo](l.png)\n',
    });
    expect(r.facts[0]?.value).toEqual({ name: 'Rocket' });
  });

  it.each([
    ['Welcome to Harbor', 'Harbor'],
    ['Kyverno - Kubernetes Native Policy Management', 'Kyverno'],
    ['The quick brown fox jumps over the lazy dog', undefined],
  ])('cleans %j', (heading, name) => {
    expect(cleanName(heading)).toBe(name);
  });
});

describe('security-links', () => {
  it('finds the security file, security docs, configuration docs and chart values', async () => {
    const r = await detectOn(securityLinksDetector, {
      'SECURITY.md': '# Security\n',
      'docs/security.md': '# Security\n',
      'docs/threat-model.md': '# Threats\n',
      'docs/configuration.md': '# Config\n',
      'charts/rocket/Chart.yaml': 'name: rocket\n',
      'charts/rocket/values.yaml': 'replicas: 1\n',
      'vendor/github.com/x/y/SECURITY.md': '# Not ours\n',
      'test/values.yaml': 'not a chart\n',
    });
    const links = r.facts.map((f) => f.value as { label: string; path: string });
    expect(links).toEqual([
      { label: 'Security file', path: 'SECURITY.md' },
      { label: 'Security documentation', path: 'docs/security.md' },
      { label: 'Threat model', path: 'docs/threat-model.md' },
      { label: 'Default and optional configs', path: 'docs/configuration.md' },
      { label: 'Default and optional configs', path: 'charts/rocket/values.yaml' },
    ]);
  });

  it('does not take an audit-logging guide for an audit, nor a test chart for the configuration', async () => {
    const r = await detectOn(securityLinksDetector, {
      'doc/auditlog.md': '# Audit log\n',
      'docs/audit-logging.md': '# Audit logging\n',
      'docs/audits/2021-cure53-security-audit.pdf': 'pdf',
      'test/integration/suites/ca/conf/values.yaml': 'a: 1\n',
      'test/integration/suites/ca/conf/Chart.yaml': 'name: fixture\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { label: 'Security audit', path: 'docs/audits/2021-cure53-security-audit.pdf' },
    ]);
  });

  it('says where it looked when there is nothing', async () => {
    const r = await detectOn(securityLinksDetector, { 'README.md': '# x\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.reason).toBe('not-found');
  });
});

describe('security-policy', () => {
  it.each([
    ['SECURITY.md', 'root'],
    ['.github/SECURITY.md', '.github'],
    ['docs/SECURITY.md', 'docs'],
    ['security/SECURITY.md', 'other'],
  ])('finds %s (%s)', async (path, location) => {
    const r = await detectOn(securityPolicyDetector, { [path]: '\n\n# Security Policy\n' });
    expect(r.facts[0]?.value).toEqual({ path, location });
    expect(r.facts[0]?.refs[0]?.line).toBe(3);
  });

  it('prefers the root over other copies', async () => {
    const r = await detectOn(securityPolicyDetector, {
      'SECURITY.md': 'a',
      'docs/SECURITY.md': 'b',
      'x/SECURITY.md': 'c',
    });
    expect(r.facts[0]?.value).toEqual({ path: 'SECURITY.md', location: 'root' });
  });

  it('is unknown (not "absent") without a policy, pointing at the organisation default', async () => {
    const r = await detectOn(securityPolicyDetector, { 'README.md': '# x\n' }, (repo) =>
      repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket'),
    );
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({
      reason: 'not-found',
      lookedIn: expect.arrayContaining(['.github/SECURITY.md']),
    });
    expect(r.unknowns[0]?.detail).toContain('https://github.com/acme/.github');
  });

  it('does not read a SECURITY.md that is a symlink', async () => {
    const r = await detectOn(securityPolicyDetector, { 'README.md': 'x' }, (repo) => {
      repo.symlink('SECURITY.md', '/etc/passwd');
      repo.commit({ message: 'link' });
    });
    expect(r.facts).toEqual([]);
  });
});

describe('commit-history', () => {
  it('measures sign-off and signature shares over non-merge commits', async () => {
    const repo = FixtureRepo.git();
    try {
      const first = repo.commit({
        message: 'a\n\nSigned-off-by: A <a@x.org>',
        files: { a: '1' },
        signed: true,
      });
      repo.commit({ message: 'b', files: { a: '2' } });
      repo.merge(first);
      const s = await Snapshot.open(repo.dir);
      const r = commitHistoryDetector.detect(s);
      s.close();
      expect(r.facts[0]?.value).toMatchObject({ read: 3, nonMerge: 2, signedOff: 1, signed: 1 });
    } finally {
      repo.cleanup();
    }
  });

  it('is unknown for a directory without git', async () => {
    const dir = FixtureRepo.directory().write({ a: 'x' });
    try {
      const s = await Snapshot.open(dir.dir);
      const r = commitHistoryDetector.detect(s);
      s.close();
      expect(r.facts).toEqual([]);
      expect(r.unknowns[0]?.reason).toBe('no-history');
    } finally {
      dir.cleanup();
    }
  });
});

describe('security-insights-links', () => {
  it('reads the documents a v1 Security Insights file points to, with their lines', async () => {
    const r = await detectOn(securityInsightsLinksDetector, {
      'SECURITY-INSIGHTS.yml': [
        'header:',
        '  schema-version: 1.0.0',
        'security-artifacts:',
        '  threat-model:',
        '    evidence-url:',
        "    - 'https://example.org/docs/security/#threat-model'",
        'vulnerability-reporting:',
        "  security-policy: 'https://example.org/docs/security/'",
        'dependencies:',
        '  dependencies-lifecycle:',
        "    policy-url: 'javascript:alert(1)'",
        '  env-dependencies-policy:',
        "    policy-url: ''",
      ].join('\n'),
    });
    expect(r.facts.map((f) => [f.value, f.refs[0]?.line])).toEqual([
      [{ label: 'Security documentation', url: 'https://example.org/docs/security/' }, 8],
      [{ label: 'Threat model', url: 'https://example.org/docs/security/#threat-model' }, 6],
    ]);
  });

  it('reads a v2 file', async () => {
    const r = await detectOn(securityInsightsLinksDetector, {
      'security-insights.yml': [
        'header:',
        '  schema-version: 2.0.0',
        'repository:',
        '  documentation:',
        '    security-policy: https://github.com/acme/rocket/blob/main/SECURITY.md',
        '    dependency-management-policy: https://acme.dev/deps',
      ].join('\n'),
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { label: 'Security documentation', url: 'https://github.com/acme/rocket/blob/main/SECURITY.md' },
      { label: 'Dependency policy', url: 'https://acme.dev/deps' },
    ]);
  });

  it('reports a file that is not YAML as a parse error, and nothing without a file', async () => {
    const broken = await detectOn(securityInsightsLinksDetector, {
      'SECURITY-INSIGHTS.yml': 'a: [1, 2\nb: }{\n',
    });
    expect(broken.facts).toEqual([]);
    expect(broken.unknowns[0]).toMatchObject({ reason: 'parse-error', lookedIn: ['SECURITY-INSIGHTS.yml'] });
    const none = await detectOn(securityInsightsLinksDetector, { 'README.md': '# x\n' });
    expect(none).toEqual({ facts: [], unknowns: [] });
  });
});

describe('dependency-manifests', () => {
  it('lists lock files before manifests, at the root and in module folders', async () => {
    const r = await detectOn(dependencyManifestsDetector, {
      'go.mod': 'module x\n',
      'go.sum': '',
      'ui/package-lock.json': '{}',
      'vendor/foo/go.mod': 'module y\n',
    });
    expect(r.facts[0]?.value).toEqual({ paths: ['go.sum', 'go.mod', 'ui/package-lock.json'] });
  });

  it('is unknown without any', async () => {
    const r = await detectOn(dependencyManifestsDetector, { 'README.md': '# x\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.reason).toBe('not-found');
  });
});
