import { describe, expect, it } from 'vitest';
import { disclosureTermsDetector } from '../../src/detectors/disclosure/disclosure-terms.js';
import { fixProcessDetector } from '../../src/detectors/disclosure/fix-process.js';
import { incidentResponseDetector } from '../../src/detectors/disclosure/incident-response.js';
import { reportContentsDetector } from '../../src/detectors/disclosure/report-contents.js';
import { reportingChannelsDetector } from '../../src/detectors/disclosure/reporting-channels.js';
import { respondersDetector } from '../../src/detectors/disclosure/responders.js';
import { responseTimesDetector } from '../../src/detectors/disclosure/response-times.js';
import { securityPolicyDetector } from '../../src/detectors/disclosure/security-policy.js';
import { severityDetector } from '../../src/detectors/disclosure/severity.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

/** A policy in the shape many CNCF projects share (written for these tests). */
const POLICY = [
  '# Security Release Process', // 1
  '',
  '## Supported Versions', // 3
  '',
  'We maintain release branches for the two most recent minor releases. Security fixes may be backported to those branches.', // 5
  '',
  '## Reporting a Vulnerability', // 7
  '',
  'Please report vulnerabilities privately to security@rocket.dev. The Rocket Security Team, made up of maintainers, reads this list.', // 9
  'We will acknowledge your report within two business days and send a detailed response within 5 business days.', // 10
  '',
  '### What to include', // 12
  '',
  '* Steps to reproduce the vulnerability', // 14
  '* The affected versions', // 15
  '* The impact you expect', // 16
  '',
  '## Response', // 18
  '',
  '1. The Security Team will investigate the report and determine its severity.', // 20
  '2. The Security Team scores the issue with CVSS v3.1.', // 21
  '3. Once the report is confirmed, the team will develop a fix in a temporary private fork.', // 22
  '4. Distributors get early disclosure on rocket-distributors@rocket.dev, which has membership criteria.', // 23
  '5. The fix ships in the next patch release.', // 24
  '6. A public disclosure date is negotiated with the reporter and the distributors.', // 25
  '7. We publish a GitHub Security Advisory and request a CVE through GitHub.', // 26
  '',
  '## Embargo Policy', // 28
  '',
  'Information shared with the distributors list is under embargo until the disclosure date.', // 30
  '',
  'Reporters are credited in the advisory.', // 32
  '',
].join('\n');

function kinds(facts: AnyFact[]): string[] {
  return facts.map((f) => f.kind);
}

function sentences(facts: AnyFact[]): string[] {
  return facts.map((f) => statementOf(f));
}

describe('security-policy', () => {
  it('finds the policy and the other documents of the process', async () => {
    const r = await detectOn(securityPolicyDetector, {
      'SECURITY.md': POLICY,
      SECURITY_CONTACTS: '# contacts\nalice\nbob\n',
      'docs/security-release-process.md': '# Release process\n\nHow fixes ship.\n',
    });
    expect(r.facts[0]).toMatchObject({
      kind: 'disclosure.security-policy',
      value: { path: 'SECURITY.md', location: 'root' },
    });
    expect(r.facts.filter((f) => f.kind === 'disclosure.policy-document').map((f) => f.value)).toEqual([
      { path: 'SECURITY_CONTACTS', role: 'security-contacts' },
      { path: 'docs/security-release-process.md', role: 'process' },
    ]);
    expect(r.unknowns).toEqual([]);
  });

  it("records a pointer to the organisation's policy and says the details live there", async () => {
    const r = await detectOn(securityPolicyDetector, {
      'CONTRIBUTING.md':
        '# Contributing\n\n- [Security][security]\n\n[security]: https://github.com/acme/.github/blob/main/SECURITY.md\n',
    });
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]?.value).toMatchObject({
      url: 'https://github.com/acme/.github/blob/main/SECURITY.md',
      scope: 'organisation',
      from: 'CONTRIBUTING.md',
      only: true,
    });
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 5 });
    expect(statementOf(r.facts[0] as AnyFact)).toContain('the reporting details live there');
    // A pointer answers where the policy is: no "not found" todo.
    expect(r.unknowns).toEqual([]);
  });

  it('reads pointers in a short policy and in Security Insights', async () => {
    const r = await detectOn(securityPolicyDetector, {
      'SECURITY.md':
        '# Security Policy\n\nWe follow https://github.com/acme/community/blob/main/SECURITY.md.\n',
      'SECURITY-INSIGHTS.yml':
        'header:\n  schema-version: 1.0.0\nvulnerability-reporting:\n  accepts-vulnerability-reports: true\n  security-policy: https://rocket.dev/docs/security/\n',
    });
    const pointers = r.facts.filter((f) => f.kind === 'disclosure.policy-pointer').map((f) => f.value);
    expect(pointers).toEqual([
      expect.objectContaining({
        url: 'https://github.com/acme/community/blob/main/SECURITY.md',
        scope: 'organisation',
      }),
      expect.objectContaining({
        url: 'https://rocket.dev/docs/security/',
        scope: 'website',
        from: 'SECURITY-INSIGHTS.yml',
      }),
    ]);
  });

  it("reads a pointer in the issue chooser's contact links", async () => {
    const r = await detectOn(securityPolicyDetector, {
      '.github/ISSUE_TEMPLATE/config.yml':
        'contact_links:\n  - name: Security vulnerability\n    url: https://github.com/acme/community/blob/main/SECURITY.md\n    about: How to report\n',
    });
    expect(r.facts[0]?.value).toMatchObject({
      scope: 'organisation',
      from: '.github/ISSUE_TEMPLATE/config.yml',
    });
  });

  it('ignores links to general references and to its own policy', async () => {
    const r = await detectOn(
      securityPolicyDetector,
      {
        'SECURITY.md': POLICY,
        'README.md':
          '# Rocket\n\nSee [our policy](https://github.com/acme/rocket/blob/main/SECURITY.md) and [CVSS](https://www.first.org/cvss/) and [advisories docs](https://docs.github.com/en/code-security/security-advisories).\n',
      },
      (repo) => repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git'),
    );
    expect(kinds(r.facts)).toEqual(['disclosure.security-policy']);
  });

  it('says when there is no policy at all', async () => {
    const r = await detectOn(securityPolicyDetector, { 'README.md': '# Rocket\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.lookedFor).toContain('security policy');
  });
});

describe('reporting-channels', () => {
  it('extracts the address, once, with its references', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': POLICY,
      'README.md':
        '# Rocket\n\n## Security\n\nReport vulnerabilities to [the team](mailto:security@rocket.dev).\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { channel: 'email', address: 'security@rocket.dev', deobfuscated: false },
    ]);
    expect(r.facts[0]?.refs.map((x) => `${x.path}:${x.line}`)).toEqual(['SECURITY.md:9', 'README.md:5']);
    expect(r.facts[0]?.topic).toBe('Reporting');
  });

  it('reads private reporting, bounty, form and PGP key', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': [
        '# Security',
        '',
        'Use the [Report a vulnerability](https://github.com/acme/rocket/security/advisories/new) form.',
        'Our bug bounty runs on [HackerOne](https://hackerone.com/rocket).',
        'You can also use [this form](https://forms.gle/abc123) to report.',
        'Encrypt with our [PGP key](https://rocket.dev/security.asc).',
        '',
      ].join('\n'),
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { channel: 'private-advisory', url: 'https://github.com/acme/rocket/security/advisories/new' },
      { channel: 'bug-bounty', platform: 'HackerOne', url: 'https://hackerone.com/rocket' },
      { channel: 'web-form', url: 'https://forms.gle/abc123' },
      { channel: 'pgp-key', url: 'https://rocket.dev/security.asc' },
    ]);
  });

  it('reads the contact of Security Insights (v1 and v2)', async () => {
    const v1 = await detectOn(reportingChannelsDetector, {
      'SECURITY-INSIGHTS.yml':
        'security-contacts:\n- type: email\n  value: rocket-security@googlegroups.com\n  primary: true\nvulnerability-reporting:\n  email-contact: rocket-security@googlegroups.com\n',
    });
    expect(v1.facts.map((f) => f.value)).toEqual([
      { channel: 'email', address: 'rocket-security@googlegroups.com', deobfuscated: false },
    ]);
    expect(v1.facts[0]?.refs[0]).toMatchObject({ path: 'SECURITY-INSIGHTS.yml', line: 3 });
    const v2 = await detectOn(reportingChannelsDetector, {
      'security-insights.yml':
        'header:\n  schema-version: 2.0.0\nproject:\n  vulnerability-reporting:\n    reports-accepted: true\n    contact:\n      name: Security\n      email: security@rocket.dev\n',
    });
    expect(v2.facts[0]?.value).toMatchObject({ address: 'security@rocket.dev' });
  });

  it('leaves distributor lists and conduct addresses out of reporting', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': POLICY,
      'CODE_OF_CONDUCT.md': 'conduct@rocket.dev',
    });
    expect(r.facts.map((f) => (f.value as { address?: string }).address)).toEqual(['security@rocket.dev']);
  });

  it("reads the issue chooser's private reporting link", async () => {
    const r = await detectOn(reportingChannelsDetector, {
      '.github/ISSUE_TEMPLATE/config.yml':
        'blank_issues_enabled: false\ncontact_links:\n  - name: Report a security vulnerability\n    url: https://github.com/acme/rocket/security/advisories/new\n    about: Please report privately.\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { channel: 'private-advisory', url: 'https://github.com/acme/rocket/security/advisories/new' },
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toContain("GitHub's private vulnerability reporting");
  });

  it('leaves an unknown when no channel is named', async () => {
    const r = await detectOn(reportingChannelsDetector, {
      'SECURITY.md': '# Security\n\nWe care about security.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.id).toBe('disclosure.reporting-channel');
  });
});

describe('policy terms', () => {
  it('reads response times, normalised, with their action', async () => {
    const r = await detectOn(responseTimesDetector, { 'SECURITY.md': POLICY });
    expect(r.facts.map((f) => f.value)).toEqual([
      { action: 'acknowledge', duration: { amount: 2, unit: 'business days' } },
      { action: 'respond', duration: { amount: 5, unit: 'business days' } },
    ]);
    expect(sentences(r.facts)).toEqual([
      'Reports are acknowledged within 2 business days.',
      'Reports get a response within 5 business days.',
    ]);
  });

  it('reads CVSS with its version, and a numbered scale of its own', async () => {
    const cvss = await detectOn(severityDetector, { 'SECURITY.md': POLICY });
    expect(cvss.facts.map((f) => f.value)).toEqual([{ scheme: 'cvss', version: '3.1' }]);
    const scale = await detectOn(severityDetector, {
      'SECURITY.md':
        '# Security\n\n## Risk levels\n\n1. Must fix everywhere.\n2. Must fix in main.\n3. Experimental code.\n4. Hardening only.\n',
    });
    expect(scale.facts.map((f) => f.value)).toEqual([{ scheme: 'scale', levels: 4, name: 'Risk levels' }]);
    expect(statementOf(scale.facts[0] as AnyFact)).toBe(
      'Issue risk is rated on the project\'s own 1 to 4 scale ("Risk levels").',
    );
  });

  it('reads who responds', async () => {
    const r = await detectOn(respondersDetector, {
      'SECURITY.md': `${POLICY}\nA coordinator is assigned to each report.\n\nThe members of the security team are:\n\n- @alice\n- Bob Smith (@bsmith)\n`,
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { role: 'team', name: 'Rocket Security Team', ofMaintainers: true },
      { role: 'coordinator' },
      { role: 'contacts', members: ['@alice', 'Bob Smith (@bsmith)'], total: 2 },
    ]);
  });

  it('reads what a report should contain', async () => {
    const r = await detectOn(reportContentsDetector, { 'SECURITY.md': POLICY });
    expect(r.facts[0]?.value).toEqual({ items: ['steps to reproduce', 'affected versions', 'impact'] });
  });

  it('reads the embargo, the disclosure date, distributors, publication and credit', async () => {
    const r = await detectOn(disclosureTermsDetector, { 'SECURITY.md': POLICY });
    expect(r.facts.map((f) => [f.kind, f.value])).toEqual([
      ['disclosure.embargo', { heading: 'Embargo Policy' }],
      ['disclosure.disclosure-timeline', { negotiated: true, parties: ['the reporter', 'the distributors'] }],
      ['disclosure.distributor-list', { address: 'rocket-distributors@rocket.dev', criteria: true }],
      ['disclosure.publication', { channel: 'github-advisories' }],
      ['disclosure.publication', { channel: 'cve', none: false, via: 'GitHub' }],
      ['disclosure.credit', { viaAdvisory: true }],
    ]);
    expect(r.facts.every((f) => f.topic === 'Disclosure')).toBe(true);
  });

  it('reads a bounded disclosure timeline', async () => {
    const r = await detectOn(disclosureTermsDetector, {
      'SECURITY.md':
        '# Security\n\n## Disclosure\n\nWe expect the report date to public disclosure date to be on the order of fourteen business days.\n',
    });
    expect(r.facts[0]?.value).toEqual({
      negotiated: false,
      parties: [],
      duration: { amount: 14, unit: 'business days' },
      bound: 'about',
    });
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'The stated disclosure timeline is about 14 business days.',
    );
  });

  it('reads a policy that has no CVE process', async () => {
    const r = await detectOn(disclosureTermsDetector, {
      'SECURITY.md':
        '# Security\n\n## Notes\n\nAt the moment the project does not have a process to assign a CVE to a confirmed vulnerability.\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([{ channel: 'cve', none: true }]);
  });

  it('reads supported versions, backports and private fixes', async () => {
    const r = await detectOn(fixProcessDetector, { 'SECURITY.md': POLICY });
    expect(r.facts.map((f) => f.value)).toEqual([
      { scope: 'two most recent minor releases', backports: true },
      { via: 'private-fork', formatPatch: false },
    ]);
    const email = await detectOn(fixProcessDetector, {
      'SECURITY.md':
        '# Security\n\n## Patches\n\nA fix is formatted with\n\n```\ngit format-patch HEAD~1\n```\n\nPatch review will be performed via email.\n',
    });
    expect(email.facts.map((f) => f.value)).toEqual([{ via: 'email', formatPatch: true }]);
    expect(statementOf(email.facts[0] as AnyFact)).toContain('patches by email (git format-patch)');
  });

  it('reads nothing from a policy that states none of these', async () => {
    const files = { 'SECURITY.md': '# Security\n\nPlease open an issue.\n' };
    for (const d of [
      responseTimesDetector,
      severityDetector,
      respondersDetector,
      disclosureTermsDetector,
      fixProcessDetector,
      reportContentsDetector,
    ]) {
      expect((await detectOn(d, files)).facts, d.id).toEqual([]);
    }
  });
});

describe('incident-response', () => {
  it('lists the documented steps in order, a sentence serving one step, and a todo for each missing one', async () => {
    const r = await detectOn(incidentResponseDetector, { 'SECURITY.md': POLICY });
    expect(r.facts.map((f) => [(f.value as { step: string }).step, f.refs[0]?.line])).toEqual([
      ['triage', 20],
      ['confirmation', 22],
      ['notification', 23],
      ['release', 24],
      ['disclosure', 25],
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Triage: "The Security Team will investigate the report and determine its severity".',
    );
    expect(r.unknowns.map((u) => u.id)).toEqual(['incident.step:fix']);
  });

  it('prefers a heading that names one step', async () => {
    const r = await detectOn(incidentResponseDetector, {
      'SECURITY.md':
        '# Security\n\n## Incident response\n\n### Triage\n\nWe look at it.\n\n### Developing a patch\n\nWe write it.\n\n### Publish and release\n\nWe ship it.\n\n### Issue a security advisory\n\nWe tell everyone.\n',
    });
    expect(r.facts.map((f) => [(f.value as { step: string }).step, f.refs[0]?.line])).toEqual([
      ['triage', 5],
      ['fix', 9],
      ['release', 13],
      ['disclosure', 17],
    ]);
    expect(r.unknowns.map((u) => u.id)).toEqual(['incident.step:confirmation', 'incident.step:notification']);
  });

  it('leaves one todo when the policy documents no step, or only points elsewhere', async () => {
    const none = await detectOn(incidentResponseDetector, {
      'SECURITY.md': '# Security\n\nReport issues to security@rocket.dev. We are grateful. Thank you.\n',
    });
    expect(none.facts).toEqual([]);
    expect(none.unknowns.map((u) => u.id)).toEqual(['incident.steps']);
    const pointer = await detectOn(incidentResponseDetector, {
      'SECURITY.md': '# Security\n\nSee https://github.com/acme/.github/blob/main/SECURITY.md.\n',
    });
    expect(pointer.unknowns[0]?.detail).toContain('pointer');
  });
});
