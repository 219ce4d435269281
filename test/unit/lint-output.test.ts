// Lint's three outputs: text lines like a compiler's, the documented JSON shape, and SARIF 2.1.0 valid
// against the OASIS schema with what GitHub code scanning reads (rules, levels, locations, fingerprints).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LintReport, lintAssessment, lintText } from '../../src/lint/lint.js';
import { renderLintJson } from '../../src/lint/output/json.js';
import { renderLintSarif } from '../../src/lint/output/sarif.js';
import { lintSummary, renderLintText } from '../../src/lint/output/text.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { completeAssessment } from './lint-fixture.js';

const schemaPath = new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url);
const tool = { name: 'selfassess', version: '1.2.3' };

function sarifValidator() {
  // A draft-04 schema, read by ajv as draft-07: it uses no keyword whose meaning changed.
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  schema.$id = schema.id;
  delete schema.id;
  return new Ajv.default({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}

const broken = completeAssessment()
  .replace('| Security Provider | No |', '| Security Provider | Maybe |')
  .replace("Rocket's answer about goals.", 'Flibble only allows parties with a key.')
  .replace("Rocket's answer about development pipeline.", 'Snyk scans every pull request.');

let repo: FixtureRepo;
let withRepo: LintReport;

beforeAll(async () => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init',
    files: { 'SECURITY.md': '# Policy\n\nWrite to security@rocket.dev.\n', 'go.mod': 'module x\n' },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  withRepo = await lintAssessment('docs/rocket.md', broken, { repo: repo.dir });
});
afterAll(() => repo.cleanup());

describe('text output', () => {
  it('is file:line:col rule severity: message, sorted by line, with repository references and the hint', () => {
    const report = lintText('rocket.md', broken);
    const lines = renderLintText(report).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length);
    expect(lines[0]).toMatch(
      /^rocket\.md:\d+:1 metadata-security-provider error: Security Provider is "Maybe", not Yes or No — write Yes/,
    );
    const numbers = lines.map((l) => Number(l.split(':')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(renderLintText(withRepo)).toMatch(
      /drift-omitted-evidence warning: .*\[repository: SECURITY\.md:3\]/,
    );
  });

  it('summarises on one line', () => {
    expect(lintSummary(lintText('rocket.md', broken))).toBe(
      'rocket.md: 2 errors, 0 warnings, 0 notes (stage complete)',
    );
  });
});

describe('JSON output', () => {
  it('has the documented shape', () => {
    const json = JSON.parse(renderLintJson(withRepo, tool));
    expect(Object.keys(json)).toEqual([
      'lintReportVersion',
      'tool',
      'file',
      'stage',
      'final',
      'repo',
      'summary',
      'findings',
    ]);
    expect(json.lintReportVersion).toBe(1);
    expect(json.repo.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(json.summary).toEqual({ errors: 2, warnings: withRepo.counts.warning, notes: 0 });
    for (const f of json.findings)
      expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'line', 'column', 'message', 'hint', 'repoRefs']);
    const omitted = json.findings.find((f: { ruleId: string }) => f.ruleId === 'drift-omitted-evidence');
    expect(omitted.repoRefs[0]).toEqual({
      path: 'SECURITY.md',
      line: 3,
      url: expect.stringMatching(
        /^https:\/\/github\.com\/acme\/rocket\/blob\/[0-9a-f]{40}\/SECURITY\.md#L3$/,
      ),
    });
    expect(JSON.parse(renderLintJson(lintText('a.md', broken), tool)).repo).toBeNull();
  });
});

describe('SARIF output', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0 with what code scanning needs', () => {
    const sarif = JSON.parse(renderLintSarif(withRepo, tool, broken.split('\n')));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('selfassess');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('drift-omitted-evidence');
    expect(run.results.length).toBe(withRepo.findings.length);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/rocket.md');
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(r.partialFingerprints['selfassessFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const related = run.results.find(
      (r: { ruleId: string }) => r.ruleId === 'drift-omitted-evidence',
    ).relatedLocations;
    expect(related[0].physicalLocation.artifactLocation.uri).toMatch(/SECURITY\.md#L3$/);
  });

  it("keeps a finding's fingerprint when lines above it move", () => {
    const a = JSON.parse(renderLintSarif(lintText('a.md', broken), tool, broken.split('\n')));
    const shifted = `\n\n${broken}`;
    const b = JSON.parse(renderLintSarif(lintText('a.md', shifted), tool, shifted.split('\n')));
    const fp = (s: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) =>
      s.runs[0]?.results.map((r) => r.partialFingerprints['selfassessFinding/v1']);
    expect(fp(b)).toEqual(fp(a));
    expect(b.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(
      a.runs[0].results[0].locations[0].physicalLocation.region.startLine + 2,
    );
  });
});
