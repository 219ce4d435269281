// The gap report as SARIF 2.1.0, validated against the OASIS schema (a draft-04 schema, read by ajv as
// draft-07: it uses no keyword whose meaning changed). Results sit on the file they concern, else the README.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../src/evidence/collect.js';
import { snapshotContext } from '../../src/gaps/evaluate.js';
import { gapReport } from '../../src/gaps/report.js';
import { renderSarif } from '../../src/gaps/sarif.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const schemaPath = new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url);

function validator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv.default({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(schema);
}

describe('gaps as SARIF', () => {
  it('is valid SARIF 2.1.0 with results located at the workflow line or the README', async () => {
    const repo = FixtureRepo.git();
    try {
      repo.commit({
        message: 'fixture',
        files: {
          'README.md': '# Demo\n',
          '.github/workflows/pr.yml':
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
            'on: pull_request_target\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
        },
      });
      const snapshot = await Snapshot.open(repo.dir);
      let text: string;
      try {
        text = renderSarif(
          gapReport(snapshotContext(collectEvidence(snapshot), snapshot)),
          { name: 'selfassess', version: '0.0.0' },
          'README.md',
        );
      } finally {
        snapshot.close();
      }
      const sarif = JSON.parse(text);
      const validate = validator();
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const results = sarif.runs[0].results as {
        ruleId: string;
        level: string;
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
        }[];
      }[];
      const checkout = results.find((r) => r.ruleId === 'OSPS-BR-01.03');
      expect(checkout?.level).toBe('warning');
      expect(checkout?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('.github/workflows/pr.yml');
      expect(checkout?.locations[0]?.physicalLocation.region?.startLine).toBe(9);
      const mfa = results.find((r) => r.ruleId === 'OSPS-AC-01.01');
      expect(mfa?.level).toBe('note');
      expect(mfa?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('README.md');
      expect(results.some((r) => r.level === 'error')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('the schema check rejects a broken document (the validator is live)', () => {
    const validate = validator();
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});
