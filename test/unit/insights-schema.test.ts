// The JSON Schema the repository carries for Security Insights 2.1.0 (translated by hand from the
// specification's schema.cue): it accepts documents shaped like the specification's templates and rejects
// what the CUE rejects (missing required fields, unknown keys in closed definitions, bad patterns).
// biome-ignore-all lint/suspicious/noExplicitAny: the tests mutate parsed YAML of any shape to break it on purpose
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/security-insights-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

// The specification's template-minimum.yml (v2.1.0), as published.
const MINIMUM = `
header:
  schema-version: 2.0.0
  last-updated: '2025-03-01'
  last-reviewed: '2025-04-01'
  url: https://example.com/kubernetes/kubernetes
project:
  name: FooBar
  administrators:
    - name: Joe Dohn
      affiliation: Foo
      email: joe.bob@example.com
      social: https://social.example.com/joebob
      primary: true
  repositories:
    - name: Foo
      url: https://vcs.example.com/foobar/foo
      comment: |
        Foo is the core repo for FooBar.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: true
repository:
  url: https://vcs.example.com/foobar/foo
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice White
      primary: true
  license:
    url: https://example.com/LICENSE
    expression: MIT
  security:
    assessments:
      self:
        comment: |
          Self assessment has not yet been completed.
    tools:
      - name: Dependabot
        type: SCA
        rulesets: [built-in]
        results: {}
        integration: { adhoc: true, ci: true, release: true }
`;

function base(): Record<string, any> {
  return parse(MINIMUM) as Record<string, any>;
}

describe('security-insights-2.1.0.json', () => {
  it('accepts the specification template', () => {
    expect(validate(base())).toBe(true);
  });

  it('accepts a header-only file that inherits its project (project and repository are optional)', () => {
    const doc = { header: { ...base().header, 'project-si-source': 'https://example.com/si.yml' } };
    expect(validate(doc)).toBe(true);
  });

  it.each([
    ['a missing required field', (d: any) => delete d.project.administrators],
    ['an empty administrators list', (d: any) => (d.project.administrators = [])],
    ['an unknown key (definitions are closed)', (d: any) => (d.repository.colour = 'blue')],
    ['a status outside the enum', (d: any) => (d.repository.status = 'maintained')],
    ['a tool type outside the enum', (d: any) => (d.repository.security.tools[0].type = 'sca')],
    ['a non-http URL', (d: any) => (d.repository.url = 'javascript:alert(1)')],
    ['an email without a domain', (d: any) => (d.project.administrators[0].email = 'joe@localhost')],
    ['an impossible date', (d: any) => (d.header['last-updated'] = '2025-02-30')],
    ['a date with a time', (d: any) => (d.header['last-updated'] = '2025-02-01T00:00:00Z')],
    ['a schema version with a 0 major', (d: any) => (d.header['schema-version'] = '0.1.0')],
    ['a tool without results', (d: any) => delete d.repository.security.tools[0].results],
    [
      'a self assessment without a comment',
      (d: any) => delete d.repository.security.assessments.self.comment,
    ],
  ])('rejects %s', (_name, mutate) => {
    const doc = base();
    mutate(doc);
    expect(validate(doc)).toBe(false);
  });
});
