// Lint against a repository (--repo): links into it, drift (claims it no longer backs) and omissions
// (evidence the document leaves out), on fixture repositories built by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintAssessment } from '../../src/lint/lint.js';
import type { LintFinding } from '../../src/lint/types.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { completeAssessment } from './lint-fixture.js';

let repo: FixtureRepo;

beforeAll(() => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init',
    files: {
      'README.md':
        '# Rocket\n\n[![OpenSSF Best Practices](https://www.bestpractices.dev/projects/1234/badge)](https://www.bestpractices.dev/projects/1234)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@rocket.dev.\n',
      'docs/config.md': '# Configuration\n',
      'docs/guide/install.md': '# Install\n',
      '.github/workflows/scan.yml':
        'on: pull_request\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aquasecurity/trivy-action@v1\n',
      'main.go': 'package main\n',
      'go.mod': 'module github.com/acme/rocket\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
});
afterAll(() => repo.cleanup());

async function lintWith(text: string, file = 'assessment.md') {
  return lintAssessment(file, text, { repo: repo.dir });
}

const byRule = (findings: LintFinding[], id: string) => findings.filter((f) => f.ruleId === id);

describe('repo-broken-link', () => {
  it('reports links to paths the repository lacks, and suggests where a file moved', async () => {
    const text = completeAssessment().replace(
      "Rocket's answer about background.",
      [
        'See [config](https://github.com/acme/rocket/blob/main/docs/config.md),',
        '[install](https://github.com/acme/rocket/blob/main/docs/install.md),',
        '[docs](https://github.com/acme/rocket/tree/main/docs/guide),',
        '[old](https://github.com/acme/rocket/tree/main/docs/gone),',
        '[pinned](https://github.com/acme/rocket/blob/v1.2.0/docs/gone.md),',
        '[other](https://github.com/other/rocket/blob/main/docs/gone.md).',
      ].join('\n'),
    );
    const f = byRule((await lintWith(text)).findings, 'repo-broken-link');
    expect(f.map((x) => x.message.replace(/ at [0-9a-f]{12}$/, ''))).toEqual([
      'links to docs/install.md (main), which the repository does not have',
      'links to docs/gone (main), which the repository does not have',
    ]);
    expect(f[0]?.hint).toBe('it may have moved to docs/guide/install.md; update the link');
    expect(f[0]?.repoRefs?.[0]?.url).toMatch(
      /^https:\/\/github\.com\/acme\/rocket\/blob\/[0-9a-f]{40}\/docs\/guide\/install\.md$/,
    );
    expect(f[0]?.severity).toBe('warning');
  });

  it('resolves relative links from where the assessment sits in the repository', async () => {
    const text = completeAssessment().replace(
      "Rocket's answer about background.",
      'See [config](config.md) and [missing](../MISSING.md) and [top](/README.md).',
    );
    const inside = await lintAssessment(`${repo.dir}/docs/self-assessment.md`, text, { repo: repo.dir });
    expect(byRule(inside.findings, 'repo-broken-link').map((f) => f.message)).toEqual([
      expect.stringMatching(/^links to MISSING\.md, which the repository does not have/),
    ]);
    // Outside the repository, relative links point somewhere else: not checked.
    expect(byRule((await lintWith(text)).findings, 'repo-broken-link')).toEqual([]);
  });
});

describe('drift-missing-evidence', () => {
  it('does not take an example address in inline code for a contact', async () => {
    const text = completeAssessment().replace(
      "Rocket's answer about goals.",
      'Do not store e-mail addresses: ❌ `{user: alice@email.com, relation: viewer}`.',
    );
    const f = byRule((await lintWith(text)).findings, 'drift-missing-evidence');
    expect(f.some((x) => x.message.includes('alice@'))).toBe(false);
  });

  it("does not take the assessed project's own name for a missing tool (the project may be a catalogued tool)", async () => {
    const tool = FixtureRepo.git();
    try {
      tool.commit({ message: 'init', files: { 'README.md': '# Semgrep\n', 'main.go': 'package main\n' } });
      tool.git('remote', 'add', 'origin', 'https://github.com/acme/semgrep.git');
      const text = completeAssessment().replace(
        "Rocket's answer about development pipeline.",
        'Semgrep checks its own rules on every change. Snyk scans every pull request.',
      );
      const f = byRule(
        (await lintAssessment('a.md', text, { repo: tool.dir })).findings,
        'drift-missing-evidence',
      );
      expect(f.map((x) => x.message.split(' as part')[0])).toEqual(['names Snyk']);
    } finally {
      tool.cleanup();
    }
  });

  it('reports an address, a Best Practices id and a tool the repository no longer shows', async () => {
    const text = completeAssessment()
      .replace(
        "Rocket's answer about responsible disclosures process.",
        'Report issues to old-security@rocket.dev.',
      )
      .replace(
        "Rocket's answer about openssf best practices.",
        'See [the badge](https://www.bestpractices.dev/en/projects/999).',
      )
      .replace(
        "Rocket's answer about development pipeline.",
        'Snyk scans every pull request. Trivy scans images.',
      );
    const f = byRule((await lintWith(text)).findings, 'drift-missing-evidence');
    expect(f.map((x) => x.message)).toEqual([
      expect.stringMatching(
        /^names Snyk as part of the pipeline; the repository's CI \(\.github\/workflows\)/,
      ),
      expect.stringMatching(
        /^names old-security@rocket\.dev, which the repository no longer shows .*; its security policy gives security@rocket\.dev$/,
      ),
      "names OpenSSF Best Practices project 999; the repository's badge is project 1234",
    ]);
    const email = f.find((x) => x.message.includes('old-security'));
    expect(email?.repoRefs?.[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
  });

  it('leaves alone what the repository shows, sentences about the past or future, and code', async () => {
    const text = completeAssessment()
      .replace(
        "Rocket's answer about responsible disclosures process.",
        'Report issues to security@rocket.dev.',
      )
      .replace(
        "Rocket's answer about openssf best practices.",
        'See [the badge](https://www.bestpractices.dev/projects/1234).',
      )
      .replace(
        "Rocket's answer about development pipeline.",
        'Trivy scans images. The project plans to adopt Snyk. Semgrep was used in the past.\n\n```\nrun: gosec ./...\n```',
      );
    const report = await lintWith(text);
    expect(byRule(report.findings, 'drift-missing-evidence')).toEqual([]);
    expect(byRule(report.findings, 'drift-omitted-evidence')).toEqual([]);
  });
});

describe('drift-omitted-evidence', () => {
  it('reports the contact address, the policy, a scanner and the badge the document leaves out', async () => {
    const text = completeAssessment().replace(
      /https:\/\/github\.com\/acme\/rocket\/blob\/main\/SECURITY\.md/,
      'https://rocket.dev/security',
    );
    const f = byRule((await lintWith(text)).findings, 'drift-omitted-evidence');
    expect(f.map((x) => x.message)).toEqual([
      'the repository has a security policy, SECURITY.md; the document neither links nor names it',
      'the repository runs Trivy (a vulnerability scanner for container images, file systems and configuration); the document does not mention it',
      'the repository gives security@rocket.dev for reporting vulnerabilities; the document does not mention it',
      'the repository shows the OpenSSF Best Practices badge of project 1234; the document does not link it',
    ]);
    // Each finding cites the document line (the section where it belongs) and the repository.
    for (const x of f) {
      expect(x.line).toBeGreaterThan(1);
      expect(x.repoRefs?.length).toBeGreaterThan(0);
    }
    const lines = text.split('\n');
    expect(lines[(f[1]?.line ?? 0) - 1]).toBe('### Development Pipeline');
  });
});
