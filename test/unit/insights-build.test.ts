// `selfassess insights` from fixture repositories: the document validates against the specification's schema
// whatever the repository holds, carries what the evidence shows (with its source as a YAML comment), and
// never invents what it does not: optional fields are left out, required ones are marked placeholders.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ToolFact } from '../../src/evidence/kinds/pipeline.js';
import {
  type InsightsOutput,
  insights,
  integrationOf,
  PLACEHOLDER_URL,
  type SiDocument,
  safeUrl,
} from '../../src/insights/index.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';
import { APACHE } from '../helpers/license-texts.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/security-insights-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
function schemaErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const NOW = () => new Date('2025-01-01T00:00:00Z');

async function insightsOf(
  files: Record<string, FileContent>,
  options: { origin?: string; commits?: number; git?: boolean } = {},
): Promise<InsightsOutput & { doc: SiDocument }> {
  const repo = options.git === false ? FixtureRepo.directory() : FixtureRepo.git();
  repos.push(repo);
  if (options.git === false) repo.write(files);
  else {
    repo.commit({ message: 'fixture', files, date: '2024-03-01T10:00:00Z' });
    for (let i = 1; i < (options.commits ?? 1); i++)
      repo.commit({
        message: `change ${i}`,
        files: { 'CHANGES.txt': `change ${i}\n` },
        date: `2024-03-${String(1 + i).padStart(2, '0')}T10:00:00Z`,
      });
    if (options.origin) repo.git('remote', 'add', 'origin', options.origin);
  }
  const out = await insights(repo.dir, { generator: 'selfassess test', now: NOW });
  return { ...out, doc: parse(out.yaml) as SiDocument };
}

/** A repository with the usual documents and a security pipeline. */
const FULL: Record<string, FileContent> = {
  'README.md': '# Rocket\n\nRocket launches things. See https://github.com/acme/rocket/issues.\n',
  LICENSE: APACHE,
  'SECURITY.md': [
    '# Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please report vulnerabilities privately by email to security@rocket.example.org.',
    'We also run a bug bounty on [HackerOne](https://hackerone.com/rocket).',
    '',
  ].join('\n'),
  'CONTRIBUTING.md':
    '# Contributing\n\nOpen a pull request. Every change needs two approvals from maintainers.\n',
  'CODE_OF_CONDUCT.md': '# Code of conduct\n',
  'GOVERNANCE.md': '# Governance\n',
  'CHANGELOG.md': '# Changelog\n',
  'MAINTAINERS.md': [
    '# Maintainers',
    '',
    '| Name | GitHub | Email | Affiliation |',
    '| ---- | ------ | ----- | ----------- |',
    '| Ada Lovelace | @ada | ada@rocket.example.org | Analytical Engines |',
    '| Grace Hopper | ghopper | not-an-email | Navy |',
    '',
  ].join('\n'),
  '.github/dependabot.yml': [
    'version: 2',
    'updates:',
    '  - package-ecosystem: gomod',
    '    directory: /',
    '    schedule: { interval: weekly }',
  ].join('\n'),
  '.github/workflows/codeql.yml': [
    'name: CodeQL',
    'on:',
    '  pull_request:',
    '  push:',
    '    branches: [main]',
    'jobs:',
    '  analyze:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: github/codeql-action/init@v3',
    '      - uses: github/codeql-action/analyze@v3',
  ].join('\n'),
  '.github/workflows/release.yml': [
    'name: Release',
    'on:',
    '  push:',
    "    tags: ['v*']",
    'jobs:',
    '  release:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/login-action@v3',
    '        with:',
    '          registry: ghcr.io',
    '      - uses: goreleaser/goreleaser-action@v6',
    '        with:',
    '          args: release --clean',
  ].join('\n'),
  '.goreleaser.yml':
    'builds:\n  - main: ./cmd/rocket\ndockers:\n  - image_templates: ["ghcr.io/acme/rocket:{{ .Tag }}"]\n',
  'go.mod': 'module github.com/acme/rocket\n\ngo 1.22\n',
};

describe('insights from a repository with full evidence', () => {
  it('validates against the Security Insights 2.1.0 schema and fills the fields from the evidence', async () => {
    const { doc, result, yaml } = await insightsOf(FULL, {
      origin: 'https://github.com/acme/rocket.git',
      commits: 12,
    });
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.header['schema-version']).toBe('2.1.0');
    expect(doc.header['last-updated']).toBe('2024-03-12');
    expect(doc.header.url).toBe('https://github.com/acme/rocket/blob/HEAD/SECURITY-INSIGHTS.yml');
    expect(yaml).toMatch(/last-updated: '2024-03-12'/);

    const project = doc.project as NonNullable<SiDocument['project']>;
    expect(project.name).toBe('Rocket');
    expect(project.repositories).toEqual([
      {
        name: 'rocket',
        url: 'https://github.com/acme/rocket',
        comment: 'The repository this file describes.',
      },
    ]);
    expect(project.administrators).toEqual([
      {
        name: 'Ada Lovelace',
        affiliation: 'Analytical Engines',
        email: 'ada@rocket.example.org',
        social: 'https://github.com/ada',
        primary: false,
      },
      // the email cell is not an address: left out, not copied
      { name: 'Grace Hopper', affiliation: 'Navy', social: 'https://github.com/ghopper', primary: false },
    ]);
    expect(project.documentation?.['code-of-conduct']).toBe(
      'https://github.com/acme/rocket/blob/HEAD/CODE_OF_CONDUCT.md',
    );
    const vr = project['vulnerability-reporting'];
    expect(vr['reports-accepted']).toBe(true);
    expect(vr['bug-bounty-available']).toBe(true);
    expect(vr['bug-bounty-program']).toBe('https://hackerone.com/rocket');
    expect(vr.contact).toMatchObject({ email: 'security@rocket.example.org', primary: true });
    expect(vr['security-policy']).toBe('https://github.com/acme/rocket/blob/HEAD/SECURITY.md');

    const repo = doc.repository as NonNullable<SiDocument['repository']>;
    expect(repo.url).toBe('https://github.com/acme/rocket');
    expect(repo.status).toBe('active');
    expect(repo['accepts-change-request']).toBe(true);
    expect(repo['accepts-automated-change-request']).toBe(true);
    expect(repo['core-team'].map((c) => c.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(repo.license).toEqual({
      url: 'https://github.com/acme/rocket/blob/HEAD/LICENSE',
      expression: 'Apache-2.0',
    });
    expect(repo.documentation).toMatchObject({
      'contributing-guide': 'https://github.com/acme/rocket/blob/HEAD/CONTRIBUTING.md',
      'security-policy': 'https://github.com/acme/rocket/blob/HEAD/SECURITY.md',
      governance: 'https://github.com/acme/rocket/blob/HEAD/GOVERNANCE.md',
    });
    expect(repo.release?.['automated-pipeline']).toBe(true);
    expect(repo.release?.changelog).toBe('https://github.com/acme/rocket/blob/HEAD/CHANGELOG.md');
    expect(repo.release?.['distribution-points'].map((p) => p.uri)).toEqual([
      'https://github.com/acme/rocket/releases',
      'https://ghcr.io',
    ]);
    const tools = new Map(repo.security.tools?.map((t) => [t.name, t]));
    expect(tools.get('CodeQL')).toMatchObject({
      type: 'SAST',
      integration: { ci: true, adhoc: false, release: false },
      rulesets: ['default'],
      results: {},
    });
    expect(tools.get('Dependabot')).toMatchObject({
      type: 'SCA',
      integration: { adhoc: true, ci: false },
      rulesets: ['.github/dependabot.yml'],
    });
    // GoReleaser builds releases; it is not a security tool in the specification's sense.
    expect(tools.has('GoReleaser')).toBe(false);

    // Known fields are not reported as placeholders; what nothing shows is.
    const placeholders = result.placeholders.map((p) => p.field);
    expect(placeholders).not.toContain('project.administrators');
    expect(placeholders).not.toContain('project.vulnerability-reporting.bug-bounty-available');
    expect(placeholders).toContain('repository.security.assessments.self');
    expect(result.leftOut.map((l) => l.field)).toContain('project.homepage');
  });

  it('cites where each value came from in a YAML comment on its line', async () => {
    const { yaml } = await insightsOf(FULL, { origin: 'https://github.com/acme/rocket.git', commits: 12 });
    expect(yaml).toMatch(/^ {4}reports-accepted: true # SECURITY\.md:5$/m);
    expect(yaml).toMatch(/^ {2}# MAINTAINERS\.md:3; inferred: the maintainers listed there/m);
    expect(yaml).toMatch(/^ {2}status: active # inferred: 12 commits from 2024-03-01 to 2024-03-12/m);
    expect(yaml).toMatch(
      /^# OpenSSF Security Insights \(schema 2\.1\.0\), generated by selfassess test from commit [0-9a-f]{40}\.$/m,
    );
    expect(yaml).toMatch(/^# Left out \(optional; .*project\.homepage/m);
  });
});

describe('insights from a bare repository', () => {
  it('still validates: required fields it cannot know are marked placeholders, optional ones left out', async () => {
    const { doc, result, yaml } = await insightsOf({ 'main.c': 'int main(void) { return 0; }\n' });
    expect(schemaErrors(doc)).toEqual([]);
    // no forge origin, no address in the files: the URL is a placeholder on a reserved domain
    expect(doc.header.url).toBe(PLACEHOLDER_URL);
    expect(doc.repository?.url).toBe(PLACEHOLDER_URL);
    expect(doc.project?.administrators[0]?.name).toMatch(/^TODO: /);
    expect(doc.repository?.['core-team'][0]?.name).toMatch(/^TODO: /);
    // a yes/no nothing shows is the answer that claims no practice, marked TODO
    expect(doc.project?.['vulnerability-reporting']['reports-accepted']).toBe(false);
    expect(yaml).toMatch(
      /reports-accepted: false # TODO: no security policy or private reporting channel found/,
    );
    expect(doc.repository?.release).toBeUndefined();
    expect(doc.repository?.security.tools).toBeUndefined();
    expect(doc.project?.documentation).toBeUndefined();
    const placeholders = result.placeholders.map((p) => p.field);
    expect(placeholders).toEqual(
      expect.arrayContaining([
        'header.url',
        'project.administrators',
        'project.vulnerability-reporting.reports-accepted',
        'repository.status',
        'repository.core-team',
        'repository.license',
      ]),
    );
    expect(result.leftOut.map((l) => l.field)).toEqual(
      expect.arrayContaining(['repository.release', 'repository.security.tools', 'project.roadmap']),
    );
    // every placeholder is visible in the file
    for (const p of result.placeholders) expect(yaml).toContain(`TODO: ${p.why}`);
  });

  it('validates for a plain directory without git (no commit date: the generation date)', async () => {
    const { doc } = await insightsOf({ 'README.md': '# Tiny\n' }, { git: false });
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.header['last-updated']).toBe('2025-01-01');
    expect(doc.project?.name).toBe('Tiny');
  });
});

describe('insights: team and status', () => {
  it('reads the core team from the approvers of a Prow OWNERS file, resolving aliases', async () => {
    const { doc, result } = await insightsOf(
      {
        'README.md': '# Owned\n',
        OWNERS: 'approvers:\n  - core-maintainers\n  - carol\n  - not a handle!\n',
        OWNERS_ALIASES: 'aliases:\n  core-maintainers:\n    - alice\n    - bob\n',
      },
      { origin: 'git@github.com:acme/owned.git' },
    );
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.repository?.['core-team'].map((c) => c.name)).toEqual(['alice', 'bob', 'carol']);
    // approvers are not necessarily administrators: that stays a placeholder
    expect(result.placeholders.map((p) => p.field)).toContain('project.administrators');
  });

  it('takes the status from a README banner that says the project moved or is unmaintained', async () => {
    const { doc, yaml } = await insightsOf({
      'README.md': '# Old\n\n> This project is no longer maintained.\n',
    });
    expect(doc.repository?.status).toBe('unsupported');
    expect(yaml).toMatch(/status: unsupported # README\.md:3: "> This project is no longer maintained\."/);
    const moved = await insightsOf({
      'README.md': '# Old\n\nThis repository has moved to https://codeberg.org/x/y\n',
    });
    expect(moved.doc.repository?.status).toBe('moved');
  });

  it('does not read a table without a name column as maintainers', async () => {
    const { doc } = await insightsOf({
      'MAINTAINERS.md': '| Area | Lead |\n| -- | -- |\n| Networking | Ada |\n',
    });
    expect(doc.project?.administrators[0]?.name).toMatch(/^TODO: /);
  });
});

describe("insights: the maintainers' answers file", () => {
  it('fills what the repository cannot show from .selfassess.yml, marked as declared', async () => {
    const { doc, yaml, result } = await insightsOf({
      'README.md': '# Declared\n',
      '.selfassess.yml': [
        'version: 1',
        'answers:',
        '  private-vulnerability-reporting:',
        '    value: true',
        '    justification: Enabled in the repository settings on GitHub.',
        '  secret-scanning:',
        '    value: true',
        '    justification: GitHub secret scanning and push protection are on.',
      ].join('\n'),
    });
    expect(schemaErrors(doc)).toEqual([]);
    const vr = doc.project?.['vulnerability-reporting'];
    expect(vr?.['reports-accepted']).toBe(true);
    expect(vr?.comment).toBe(
      "Report vulnerabilities privately through the forge's private vulnerability reporting.",
    );
    expect(yaml).toMatch(/reports-accepted: true # declared in \.selfassess\.yml$/m);
    expect(result.placeholders.map((p) => p.field)).not.toContain(
      'project.vulnerability-reporting.reports-accepted',
    );
    const secret = doc.repository?.security.tools?.find((t) => t.type === 'secret');
    expect(secret).toMatchObject({ name: "The forge's secret scanning", integration: { ci: true } });
    expect(yaml).toMatch(/# declared in \.selfassess\.yml\n\s+- name: The forge's secret scanning/);
  });

  it('ignores an answer that declares a practice false (nothing to fill)', async () => {
    const { doc } = await insightsOf({
      '.selfassess.yml':
        'version: 1\nanswers:\n  secret-scanning:\n    value: false\n    justification: Not enabled yet.\n',
    });
    expect(doc.repository?.security.tools).toBeUndefined();
  });
});

describe('insights: pieces', () => {
  const tool = (over: Partial<ToolFact>): ToolFact => ({
    tool: 'T',
    toolId: 't',
    category: 'sast',
    what: '',
    ci: [],
    when: [],
    makeTargets: [],
    hosts: [],
    preCommit: false,
    scripts: [],
    configs: [],
    badge: false,
    details: [],
    ...over,
  });

  it('maps when CI runs a tool to the integration flags, inheriting from the tool that hosts it', () => {
    const none = new Map<string, ToolFact>();
    expect(integrationOf(tool({ ci: ['GitHub Actions'], when: ['pull-request'] }), none)).toEqual({
      adhoc: false,
      ci: true,
      release: false,
    });
    expect(integrationOf(tool({ ci: ['GitHub Actions'], when: ['weekly', 'release'] }), none)).toEqual({
      adhoc: true,
      ci: false,
      release: true,
    });
    // a CI system whose triggers are not read (Prow, Jenkins): it runs in CI
    expect(integrationOf(tool({ ci: ['Prow'] }), none)).toEqual({ adhoc: false, ci: true, release: false });
    // configured but not seen running: on demand, or scheduled by its service
    expect(integrationOf(tool({ configs: ['.snyk'] }), none)).toEqual({
      adhoc: true,
      ci: false,
      release: false,
    });
    const host = tool({
      tool: 'golangci-lint',
      category: 'lint',
      ci: ['GitHub Actions'],
      when: ['pull-request'],
    });
    expect(
      integrationOf(tool({ tool: 'gosec', hosts: ['golangci-lint'] }), new Map([['golangci-lint', host]])),
    ).toEqual({ adhoc: false, ci: true, release: false });
  });

  it('keeps only http(s) URLs without credentials, whitespace or markup', () => {
    expect(safeUrl('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>')).toBeUndefined();
    expect(safeUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeUrl('https://user:token@example.org/')).toBeUndefined();
    expect(safeUrl('https://example.org/a b')).toBeUndefined();
    expect(safeUrl('https://example.org/"><script>')).toBeUndefined();
    expect(safeUrl('https://localhost/')).toBeUndefined();
    expect(safeUrl(`https://example.org/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});
