import { describe, expect, it } from 'vitest';
import { adoptersDetector } from '../../src/detectors/appendix/adopters.js';
import { badgesDetector } from '../../src/detectors/appendix/badges.js';
import { knownVulnerabilitiesDetector } from '../../src/detectors/appendix/known-vulnerabilities.js';
import { relatedProjectsDetector } from '../../src/detectors/appendix/related-projects.js';
import { dateIn, securityAuditsDetector } from '../../src/detectors/appendix/security-audits.js';
import { labels, securityLabelDetector } from '../../src/detectors/appendix/security-label.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

describe('badges', () => {
  it('reads the Best Practices project id from either host, and the other badges', async () => {
    const r = await detectOn(badgesDetector, {
      'README.md': [
        '# Rocket',
        '[![CII Best Practices](https://bestpractices.coreinfrastructure.org/projects/4173/badge)](https://bestpractices.coreinfrastructure.org/projects/4173)',
        '[![OpenSSF Scorecard](https://api.securityscorecards.dev/projects/github.com/acme/rocket/badge)](https://securityscorecards.dev/viewer/?uri=github.com/acme/rocket)',
        '[![CLOMonitor](https://img.shields.io/endpoint?url=https://clomonitor.io/api/projects/cncf/rocket/badge)](https://clomonitor.io/projects/cncf/rocket)',
        '[![FOSSA](https://app.fossa.com/api/projects/git%2Bgithub.com%2Facme%2Frocket.svg?type=shield)](https://app.fossa.com/projects/git%2Bgithub.com%2Facme%2Frocket?ref=badge_shield)',
        '[![Artifact Hub](https://img.shields.io/endpoint?url=https://artifacthub.io/badge/repository/rocket)](https://artifacthub.io/packages/helm/rocket/rocket)',
      ].join('\n'),
      '.github/workflows/scorecard.yml':
        'jobs:\n  a:\n    steps:\n      - uses: ossf/scorecard-action@v2.4.0\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      {
        badge: 'openssf-best-practices',
        url: 'https://www.bestpractices.dev/projects/4173',
        projectId: '4173',
      },
      {
        badge: 'openssf-scorecard',
        url: 'https://scorecard.dev/viewer/?uri=github.com/acme/rocket',
        projectId: 'github.com/acme/rocket',
      },
      { badge: 'clomonitor', url: 'https://clomonitor.io/projects/cncf/rocket', projectId: 'cncf/rocket' },
      {
        badge: 'fossa',
        url: 'https://app.fossa.com/projects/git%2Bgithub.com%2Facme%2Frocket?ref=badge_shield',
        projectId: 'git%2Bgithub.com%2Facme%2Frocket',
      },
      { badge: 'artifact-hub', url: 'https://artifacthub.io/packages/helm/rocket/rocket' },
      { path: '.github/workflows/scorecard.yml' },
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'The README shows the OpenSSF Best Practices badge for project 4173: https://www.bestpractices.dev/projects/4173.',
    );
    expect(r.unknowns).toEqual([]);
  });

  it('asks for the Best Practices badge when the README has none', async () => {
    const r = await detectOn(badgesDetector, { 'README.md': '# Rocket\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.id).toBe('appendix.openssf-best-practices-badge');
  });
});

describe('known-vulnerabilities', () => {
  it('counts identifiers, names the most recent of the project first, and cites where', async () => {
    const r = await detectOn(knownVulnerabilitiesDetector, {
      'CHANGELOG.md': [
        '# Changelog',
        '## 1.2.0',
        '- Fix a path traversal (CVE-2023-1234, GHSA-c9pr-4f2h-9mjw).',
        '- Bump golang.org/x/net to fix CVE-2024-9999.',
        '## 1.1.0',
        '- Fix a token leak (CVE-2022-0001).',
      ].join('\n'),
      'docs/security/advisories.md': '# Advisories\n\n- CVE-2023-1234: path traversal\n',
      'vendor/x/CHANGELOG.md': 'CVE-2025-0001',
    });
    expect(r.facts[0]?.value).toEqual({
      total: 4,
      cve: 3,
      ghsa: 1,
      files: 2,
      otherSoftware: 1,
      recent: ['CVE-2023-1234', 'CVE-2022-0001', 'GHSA-c9pr-4f2h-9mjw'],
    });
    expect(r.facts[0]?.refs.map((x) => `${x.path}:${x.line}`)).toEqual([
      'CHANGELOG.md:3',
      'CHANGELOG.md:6',
      'CHANGELOG.md:3',
    ]);
  });

  it('leaves a todo when no identifier is named', async () => {
    const r = await detectOn(knownVulnerabilitiesDetector, { 'CHANGELOG.md': '# Changelog\n\n- Features\n' });
    expect(r.unknowns[0]?.id).toBe('appendix.vulnerability-ids');
  });
});

describe('security-audits', () => {
  it('reads the firm and date from the README sentence that links the report', async () => {
    const r = await detectOn(securityAuditsDetector, {
      'README.md':
        '# Rocket\n\n## Security Audit\n\nA third party security audit was performed by Cure53 in October of 2019. See the full report [here](docs/security/Rocket_Security_Audit_Oct2019.pdf).\n',
      'docs/security/Rocket_Security_Audit_Oct2019.pdf': '%PDF-1.4',
      'docs/self-assessment.md': '# Self assessment\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      {
        path: 'docs/security/Rocket_Security_Audit_Oct2019.pdf',
        auditor: 'Cure53',
        date: 'October 2019',
        thirdParty: true,
      },
    ]);
  });

  it('reads dates from report names', () => {
    expect(dateIn('SECURITY_AUDIT_2019_07.pdf')).toBe('July 2019');
    expect(dateIn('Harbor_Security_Audit_Oct2019.pdf')).toBe('October 2019');
    expect(dateIn('2022_security_audit_adalogics.pdf')).toBe('2022');
    expect(dateIn('report.pdf')).toBeUndefined();
  });

  it('finds audits in an audits folder and ignores audit logging code', async () => {
    const r = await detectOn(securityAuditsDetector, {
      'audits/2022/Final Report by Trail of Bits.pdf': '%PDF',
      'pkg/audit/audit_logging.md': '# Audit logging\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      {
        path: 'audits/2022/Final Report by Trail of Bits.pdf',
        auditor: 'Trail of Bits',
        date: '2022',
        thirdParty: true,
      },
    ]);
  });
});

describe('security-label', () => {
  it('reads labels in front matter and issue forms', () => {
    expect(labels('---\ntitle: x\nlabels: security, bug\n---\n').map((l) => l.label)).toEqual([
      'security',
      'bug',
    ]);
    expect(labels('name: Bug\nlabels: ["kind/security"]\n').map((l) => l.label)).toEqual(['kind/security']);
    expect(labels('labels:\n  - triage\n  - area/security\n').map((l) => l.label)).toEqual([
      'triage',
      'area/security',
    ]);
  });

  it('states the label of security issues', async () => {
    const r = await detectOn(securityLabelDetector, {
      '.github/ISSUE_TEMPLATE/vulnerability.md':
        '---\ntitle: Vulnerabilities detected\nlabels: security\n---\nbody\n',
      '.github/ISSUE_TEMPLATE/bug.md': '---\nlabels: bug\n---\n',
    });
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Security issues carry the `security` label (issue template .github/ISSUE_TEMPLATE/vulnerability.md).',
    );
  });
});

describe('adopters', () => {
  it('reads a table, first column, in order', async () => {
    const r = await detectOn(adoptersDetector, {
      'ADOPTERS.md':
        '# Adopters\n\n| Company | Notes |\n| --- | --- |\n| [Acme](https://acme.io) | [Website](https://acme.io/x) |\n| Globex Corp | uses it |\n',
    });
    expect(r.facts[0]?.value).toEqual({ path: 'ADOPTERS.md', names: ['Acme', 'Globex Corp'], total: 2 });
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'ADOPTERS.md', line: 5 });
  });

  it('joins a logo (its domain) and a success story (its name) into one adopter', async () => {
    const r = await detectOn(adoptersDetector, {
      'ADOPTERS.md': [
        '# Rocket Adopters',
        '',
        '<a href="https://www.initech.io" target="_blank">',
        '<img alt="https://www.initech.io" src="logo.png"></a>',
        '',
        '<a href="https://umbrella.com"><img alt="Umbrella" src="u.png"></a>&nbsp;',
        '',
        '## Success Stories',
        '',
        '**[Initech](https://initech.io)**',
        '',
        'Initech uses Rocket.',
        '',
        '## Adding yourself as an adopter',
        '',
        '- Open a pull request',
      ].join('\n'),
    });
    expect(r.facts[0]?.value).toMatchObject({ names: ['Initech', 'Umbrella'], total: 2 });
  });

  it('reads bullet lists and says when a file only points elsewhere', async () => {
    const list = await detectOn(adoptersDetector, {
      'USERS.md': '# Users\n\n- [Acme](https://acme.io) - in production\n- Globex: staging\n',
    });
    expect(list.facts[0]?.value).toMatchObject({ path: 'USERS.md', names: ['Acme', 'Globex'] });
    const pointer = await detectOn(adoptersDetector, {
      'USERS.md':
        '# Users\n\nPlease refer to the [users list](https://github.com/acme/community/blob/main/USERS.md).\n',
    });
    expect(pointer.facts).toEqual([]);
    expect(pointer.unknowns[0]?.detail).toBe(
      'USERS.md points to https://github.com/acme/community/blob/main/USERS.md',
    );
  });
});

describe('related-projects', () => {
  it('finds comparison pages, keeps the newest copy of versioned docs, and skips developer docs', async () => {
    const r = await detectOn(relatedProjectsDetector, {
      'docs/1.10/registry-landscape.md':
        '---\ntitle: Registry Landscape\n---\n\nWe compare registries. '.padEnd(400, 'x'),
      'docs/registry_landscape.md': 'This content has moved.\n',
      'docs/contributors/docker-desktop-alternatives.md': '# Docker Desktop Alternatives\n',
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { path: 'docs/1.10/registry-landscape.md', title: 'Registry Landscape' },
    ]);
  });

  it('finds a README section or a link that compares', async () => {
    const heading = await detectOn(relatedProjectsDetector, {
      'README.md': '# Rocket\n\n## Comparison with Falcon\n\nText.\n',
    });
    expect(heading.facts[0]?.value).toEqual({ path: 'README.md', title: 'Comparison with Falcon' });
    const link = await detectOn(relatedProjectsDetector, {
      'README.md': '# Rocket\n\nSee [comparisons](https://rocket.dev/comparisons/).\n',
    });
    expect(link.facts[0]?.value).toEqual({ path: 'README.md', url: 'https://rocket.dev/comparisons/' });
  });

  it('leaves a todo when nothing compares', async () => {
    const r = await detectOn(relatedProjectsDetector, { 'README.md': '# Rocket\n' });
    expect(r.unknowns[0]?.id).toBe('appendix.related-projects');
  });
});
