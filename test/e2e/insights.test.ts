// `selfassess insights` as a user runs it (dist/cli.js): the YAML on stdout or in --output validates against
// the Security Insights 2.1.0 schema; what it leaves out or fills with a placeholder is on stderr, one per
// line; usage and input errors exit 2 with one line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/security-insights-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

let repo: FixtureRepo;
let scratch: FixtureRepo;

beforeAll(() => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init',
    files: {
      'README.md': '# Rocket\n\nRocket launches things safely.\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@example.org.\n',
      'CONTRIBUTING.md': '# Contributing\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  scratch = FixtureRepo.directory();
});
afterAll(() => {
  repo.cleanup();
  scratch.cleanup();
});

describe('selfassess insights', () => {
  it('writes a valid Security Insights file to stdout and lists what it could not fill on stderr', () => {
    const r = runCli(['insights', repo.dir]);
    expect(r.status).toBe(0);
    const doc = parse(r.stdout);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.project.name).toBe('Rocket');
    expect(doc.project['vulnerability-reporting'].contact.email).toBe('security@example.org');
    expect(doc.repository.documentation['security-policy']).toBe(
      'https://github.com/acme/rocket/blob/HEAD/SECURITY.md',
    );
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.every((l) => /^(placeholder|left out): [a-z.-]+[a-z0-9-]*: \S/.test(l))).toBe(true);
    expect(lines).toContain(
      'placeholder: project.administrators: no maintainers table found (looked in MAINTAINERS.md, MAINTAINERS, .github/ and docs/)',
    );
    expect(lines.some((l) => l.startsWith('left out: project.homepage: '))).toBe(true);
  });

  it('writes the file with --output and nothing to stdout', () => {
    const out = join(scratch.dir, 'SECURITY-INSIGHTS.yml');
    const r = runCli(['insights', repo.dir, '--output', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(validate(parse(readFileSync(out, 'utf8')))).toBe(true);
  });

  it('exits 2 with one line on usage and input errors', () => {
    const missing = runCli(['insights', join(scratch.dir, 'no-such-dir')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const option = runCli(['insights', repo.dir, '--colour']);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^selfassess: unknown option '--colour'/);
    const folder = runCli(['insights', repo.dir, '--output', join(scratch.dir, 'nope', 'x.yml')]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/its folder does not exist/);
    expect(existsSync(join(scratch.dir, 'nope'))).toBe(false);
    const answers = join(scratch.dir, 'answers.yml');
    writeFileSync(
      answers,
      'version: 1\nanswers:\n  secret-scaning:\n    value: true\n    justification: x\n',
    );
    const bad = runCli(['insights', repo.dir, '--answers', answers]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/answers\.yml:3: .*secret-scaning/);
  });
});
