// Security policies as they are found in the wild: empty, HTML only, enormous, in another language, left as
// a template, addresses obfuscated or contradicting each other, and shapes built to be slow. Each gives a
// draft that says what it could and could not read, never a crash or a made-up fact.
import { afterEach, describe, expect, it } from 'vitest';
import { adoptersDetector } from '../../src/detectors/appendix/adopters.js';
import { knownVulnerabilitiesDetector } from '../../src/detectors/appendix/known-vulnerabilities.js';
import { disclosureTermsDetector } from '../../src/detectors/disclosure/disclosure-terms.js';
import { fixProcessDetector } from '../../src/detectors/disclosure/fix-process.js';
import { reportingChannelsDetector } from '../../src/detectors/disclosure/reporting-channels.js';
import { responseTimesDetector } from '../../src/detectors/disclosure/response-times.js';
import { securityPolicyDetector } from '../../src/detectors/disclosure/security-policy.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { draft } from '../../src/index.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function gitRepo(files: Record<string, string | Buffer>): FixtureRepo {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.commit({ message: 'hostile', files });
  return repo;
}

/** The text of one `### ` subsection of a draft. */
function subsection(output: string, title: string): string {
  const start = output.indexOf(`### ${title}`);
  const end = output.indexOf('\n##', start + 4);
  return output.slice(start, end < 0 ? undefined : end);
}

const GITHUB_TEMPLATE = `# Security Policy

## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
| 5.0.x   | :x:                |

## Reporting a Vulnerability

Use this section to tell people how to report a vulnerability.

Tell them where to go, how often they can expect to get an update on a
reported vulnerability, what to expect if the vulnerability is accepted or
declined, etc. Contact [INSERT EMAIL ADDRESS] or you@yourdomain.com.
`;

describe('hostile security policies', () => {
  it('an empty SECURITY.md: present, and a todo says it has no content', async () => {
    const r = await detectOn(securityPolicyDetector, { 'SECURITY.md': '' });
    expect(r.facts.map((f) => f.kind)).toEqual(['disclosure.security-policy']);
    expect(r.unknowns[0]).toMatchObject({ id: 'disclosure.policy-content', reason: 'not-found' });
    expect(r.unknowns[0]?.detail).toContain('no text');
    const channels = await detectOn(reportingChannelsDetector, { 'SECURITY.md': '\n\n# Security\n' });
    expect(channels.facts).toEqual([]);
    expect(channels.unknowns).toHaveLength(1);
  });

  it('an HTML-only SECURITY.md is still read: address, link and response time', async () => {
    const html =
      '<h1>Security</h1>\n<p>Report vulnerabilities to <a href="mailto:security@rocket.dev">the team</a>.</p>\n<p>We respond within 3 business days.</p>\n';
    const channels = await detectOn(reportingChannelsDetector, { 'SECURITY.md': html });
    expect(channels.facts.map((f) => f.value)).toEqual([
      { channel: 'email', address: 'security@rocket.dev', deobfuscated: false },
    ]);
    const times = await detectOn(responseTimesDetector, { 'SECURITY.md': html });
    expect(times.facts.map((f) => f.value)).toEqual([
      { action: 'respond', duration: { amount: 3, unit: 'business days' } },
    ]);
    const policy = await detectOn(securityPolicyDetector, { 'SECURITY.md': html });
    expect(policy.unknowns).toEqual([]);
  });

  it('an enormous SECURITY.md (over the 1 MiB cap) is reported as skipped, and the section says why', async () => {
    const repo = gitRepo({
      'SECURITY.md': `# Security\n\nEmail security@rocket.dev.\n${'We care. '.repeat(150_000)}\n`,
    });
    const { output, evidence } = await draft(repo.dir);
    expect(evidence.unknowns.some((u) => u.reason === 'skipped' && u.lookedIn[0] === 'SECURITY.md')).toBe(
      true,
    );
    expect(output).toMatch(/selfassess:note .*SECURITY\.md \(skipped: too large/);
    const section = subsection(output, 'Responsible Disclosures Process');
    expect(section).toContain('The project has a security policy, SECURITY.md');
    expect(section).toMatch(/SECURITY\.md was not read: \d+ KiB is over the 1 MiB read cap/);
  });

  it('a policy in another language: addresses are read, its terms are not, and a todo says so', async () => {
    const spanish = [
      '# Política de seguridad',
      '',
      'Si encuentra una vulnerabilidad, escriba a seguridad@cohete.dev. Responderemos en un plazo de tres días hábiles',
      'y coordinaremos la divulgación pública con usted una vez que la corrección esté disponible para todos.',
      '',
    ].join('\n');
    const policy = await detectOn(securityPolicyDetector, { 'SECURITY.md': spanish });
    expect(policy.unknowns[0]?.detail).toContain('not in English');
    const channels = await detectOn(reportingChannelsDetector, { 'SECURITY.md': spanish });
    expect(channels.facts.map((f) => (f.value as { address: string }).address)).toEqual([
      'seguridad@cohete.dev',
    ]);
    const times = await detectOn(responseTimesDetector, { 'SECURITY.md': spanish });
    expect(times.facts).toEqual([]);
  });

  it("GitHub's unedited template: flagged, and its sample table and placeholders make no facts", async () => {
    const policy = await detectOn(securityPolicyDetector, { 'SECURITY.md': GITHUB_TEMPLATE });
    const template = policy.facts.find((f) => f.kind === 'disclosure.policy-template');
    expect(template?.value).toMatchObject({ path: 'SECURITY.md' });
    expect(statementOf(template as AnyFact)).toContain('still holds template text');
    expect(template?.refs[0]?.line).toBe(5);
    for (const d of [
      reportingChannelsDetector,
      responseTimesDetector,
      fixProcessDetector,
      disclosureTermsDetector,
    ]) {
      expect((await detectOn(d, { 'SECURITY.md': GITHUB_TEMPLATE })).facts, d.id).toEqual([]);
    }
  });

  it('an obfuscated address is de-obfuscated and the statement says it was written so', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': '# Security\n\nPlease write to security [at] example.org with the details.\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { channel: 'email', address: 'security@example.org', deobfuscated: true },
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Vulnerabilities are reported privately by email to security@example.org (written obfuscated in the file).',
    );
  });

  it('conflicting addresses in two files: both are reported and the conflict is flagged', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': '# Security\n\nReport vulnerabilities to security@rocket.dev.\n',
      'README.md': '# Rocket\n\n## Reporting security issues\n\nEmail vulns@rocket-old.org.\n',
    });
    expect(r.facts.map((f) => f.kind)).toEqual([
      'disclosure.reporting-channel',
      'disclosure.reporting-channel',
      'disclosure.address-conflict',
    ]);
    const conflict = r.facts[2] as AnyFact;
    expect(conflict.value).toEqual({
      addresses: [
        { address: 'security@rocket.dev', path: 'SECURITY.md' },
        { address: 'vulns@rocket-old.org', path: 'README.md' },
      ],
    });
    expect(conflict.refs.map((x) => `${x.path}:${x.line}`)).toEqual(['SECURITY.md:3', 'README.md:5']);
    expect(statementOf(conflict)).toContain('confirm which is current');
  });

  it('the same address in two files is no conflict', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': '# Security\n\nReport vulnerabilities to security@rocket.dev.\n',
      'README.md': '# Rocket\n\n## Security\n\nEmail security@rocket.dev.\n',
    });
    expect(r.facts.map((f) => f.kind)).toEqual(['disclosure.reporting-channel']);
  });

  it('pathological shapes stay fast: address-like runs, a giant changelog, a huge adopters table', async () => {
    const started = Date.now();
    const addressy = `${'a'.repeat(3_000)}@${'b.'.repeat(500)}\n`.repeat(50);
    const policy = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': `# Security\n\n${addressy}${'x@'.repeat(2_000)}\n${'within 3 days '.repeat(2_000)}\n`,
    });
    expect(policy.facts.length).toBeLessThan(5);
    const cves = await detectOn(knownVulnerabilitiesDetector, {
      'CHANGELOG.md': Array.from({ length: 20_000 }, (_, i) => `- fix CVE-2020-${1000 + i}`).join('\n'),
    });
    expect(cves.facts[0]?.value).toMatchObject({
      total: 20_000,
      recent: ['CVE-2020-20999', 'CVE-2020-20998', 'CVE-2020-20997'],
    });
    const adopters = await detectOn(adoptersDetector, {
      'ADOPTERS.md': `# Adopters\n\n| Name | Notes |\n| --- | --- |\n${Array.from({ length: 5_000 }, (_, i) => `| Org ${i} | x |`).join('\n')}\n`,
    });
    expect(adopters.facts[0]?.value).toMatchObject({ total: 5_000 });
    expect((adopters.facts[0]?.value as { names: string[] } | undefined)?.names).toHaveLength(10);
    // A guard against catastrophic backtracking (minutes), not a speed goal.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a full draft of a hostile policy renders without a crash and with its todos', async () => {
    const repo = gitRepo({
      'SECURITY.md': `${GITHUB_TEMPLATE}\n<details><summary>x</summary>security&#64;rocket.dev</details>\n`,
      'ADOPTERS.md': '# Adopters\n\n<a href="javascript:alert(1)"><img alt="--> <script>"></a>\n',
    });
    const { output } = await draft(repo.dir);
    expect(output).toContain('### Incident Response');
    for (const line of output.split('\n').filter((l) => l.startsWith('<!-- selfassess:'))) {
      expect(line.match(/-->/g)).toHaveLength(1);
    }
  });
});
