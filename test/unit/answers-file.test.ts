// The maintainers' answers file: valid answers become declared facts citing their line; a malformed file is
// a UserError naming the line and the field; an answer the files contradict is shown beside them and the
// observed verdict stands.
import { describe, expect, it } from 'vitest';
import { parseAnswers, suggestion } from '../../src/answers/load.js';
import { buildAssessment } from '../../src/assessment/build.js';
import { UserError } from '../../src/errors.js';
import { collectEvidence } from '../../src/evidence/collect.js';
import { factsOfKind } from '../../src/evidence/model.js';
import { snapshotContext } from '../../src/gaps/evaluate.js';
import { gapReport } from '../../src/gaps/report.js';
import { renderDraft } from '../../src/render/markdown.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';

const VALID = `version: 1
answers:
  branch-protection:
    value: true
    justification: main requires pull requests (GitHub ruleset)
  required-reviews: { value: 2, justification: "ruleset: 2 approvals" }
  sast: { value: false, justification: "we do not run SAST" }
  security-provider: { value: false, justification: "a networking project" }
  channels:
    - name: "#demo-security"
      url: https://kubernetes.slack.com/messages/demo-security
      audience: internal
`;

function errorOf(text: string): string {
  try {
    parseAnswers('.selfassess.yml', text, true);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('parseAnswers', () => {
  it('reads typed answers with their lines', () => {
    const a = parseAnswers('.selfassess.yml', VALID, true);
    expect(a.values.map((v) => [v.key.key, v.value, v.line])).toEqual([
      ['branch-protection', true, 3],
      ['required-reviews', 2, 6],
      ['sast', false, 7],
      ['security-provider', false, 8],
    ]);
    expect(a.channels).toEqual([
      expect.objectContaining({ name: '#demo-security', type: 'slack', audience: 'internal', line: 10 }),
    ]);
  });

  it('names the line and field of a malformed answer', () => {
    expect(errorOf('version: 1\nanswers:\n  mfa: { value: maybe, justification: x }\n')).toMatch(
      /^\.selfassess\.yml:3: answers\.mfa\.value: expected true or false/,
    );
    expect(errorOf('version: 1\nanswers:\n  mfa:\n    value: true\n')).toMatch(
      /:3: answers\.mfa\.justification: missing/,
    );
    expect(errorOf('version: 1\nanswers:\n  required-reviews: { value: -1, justification: x }\n')).toMatch(
      /:3: answers\.required-reviews\.value: expected a whole number/,
    );
    expect(errorOf('version: 2\n')).toMatch(/:1: version: expected 1/);
    expect(errorOf('answers: {}\n')).toMatch(/version: missing/);
    expect(errorOf('version: 1\nanswers:\n  channels:\n    - name: x\n      audience: everyone\n')).toMatch(
      /:5: answers\.channels\[0\]\.audience: expected one of internal, inbound, outbound/,
    );
    expect(errorOf('version: 1\nanswers:\n  mfa: [true]\n')).toMatch(/:3: answers\.mfa: expected/);
    expect(
      errorOf(
        'version: 1\nanswers:\n  mfa: {value: true, justification: a}\n  mfa: {value: true, justification: b}\n',
      ),
    ).toMatch(/:4: answers\.mfa: given twice/);
  });

  it('rejects unknown keys with a suggestion', () => {
    expect(
      errorOf('version: 1\nanswers:\n  branch-protections: { value: true, justification: x }\n'),
    ).toMatch(/:3: answers\.branch-protections: unknown key; did you mean `branch-protection`\?/);
    expect(errorOf('version: 1\nanwsers: {}\n')).toMatch(/:2: anwsers: unknown key; did you mean `answers`/);
    expect(suggestion('zzzzzzzzzz', ['mfa', 'sast'])).toBeUndefined();
  });

  it('reports a YAML syntax error with its line', () => {
    expect(errorOf('version: 1\nanswers:\n  mfa: { value: true\n')).toMatch(/^\.selfassess\.yml:\d+: YAML: /);
  });
});

async function withRepo<T>(files: Record<string, FileContent>, run: (s: Snapshot) => T): Promise<T> {
  const repo = FixtureRepo.git();
  try {
    repo.commit({ message: 'fixture', files });
    const snapshot = await Snapshot.open(repo.dir);
    try {
      return run(snapshot);
    } finally {
      snapshot.close();
    }
  } finally {
    repo.cleanup();
  }
}

const CODEQL = `on: [pull_request]
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: github/codeql-action/analyze@v3
`;

describe('answers in the evidence', () => {
  it('become declared facts that settle forge controls, marked as declared in the draft', async () => {
    await withRepo({ 'README.md': '# Demo\n', '.selfassess.yml': VALID }, (snapshot) => {
      const evidence = collectEvidence(snapshot);
      const declared = factsOfKind(evidence, 'declared.answer');
      expect(declared.map((f) => f.confidence)).toEqual(['declared', 'declared', 'declared', 'declared']);
      expect(declared[0]?.refs[0]).toMatchObject({ path: '.selfassess.yml', line: 3 });
      const report = gapReport(snapshotContext(evidence, snapshot));
      const ac = report.met.find((m) => m.control === 'OSPS-AC-03.01');
      expect(ac).toMatchObject({ declared: true });
      expect(report.met.find((m) => m.control === 'OSPS-QA-07.01')?.declared).toBe(true);
      // sast: false with no SAST in the files: declared not met.
      expect(report.recommendations.find((r) => r.control === 'OSPS-VM-06.02')).toMatchObject({
        status: 'not-met',
        declared: true,
      });
      const draft = renderDraft(buildAssessment(evidence));
      expect(draft).toContain(
        'The maintainers declare that the primary branch is protected against direct pushes and deletion: main requires pull requests (GitHub ruleset). (declared by the maintainers, not observed)',
      );
      expect(draft).toContain('| Security Provider | No (declared by the maintainers) |');
      expect(draft).toContain('#demo-security');
    });
  });

  it('shows both when an answer contradicts the files, and the observed verdict stands', async () => {
    await withRepo(
      {
        'README.md': '# Demo\n',
        '.github/workflows/codeql.yml': CODEQL,
        '.selfassess.yml': 'version: 1\nanswers:\n  sast: { value: false, justification: "none" }\n',
      },
      (snapshot) => {
        const evidence = collectEvidence(snapshot);
        const answer = factsOfKind(evidence, 'declared.answer')[0];
        expect(answer?.value.contradiction).toContain('CodeQL');
        expect(answer?.refs.map((r) => r.path)).toEqual(['.selfassess.yml', '.github/workflows/codeql.yml']);
        const report = gapReport(snapshotContext(evidence, snapshot));
        const sast = report.met.find((m) => m.control === 'OSPS-VM-06.02');
        expect(sast?.declared).toBeUndefined();
        expect(sast?.contradicts?.answer).toContain('no static analysis');
      },
    );
  });

  it('an --answers file replaces the repository one and is cited by its own path', async () => {
    const outside = FixtureRepo.directory();
    try {
      outside.write({
        'answers.yml': 'version: 1\nanswers:\n  mfa: { value: true, justification: "org policy" }\n',
      });
      await withRepo(
        {
          'README.md': '# Demo\n',
          '.selfassess.yml': 'version: 1\nanswers:\n  sbom: {value: true, justification: x}\n',
        },
        (snapshot) => {
          const evidence = collectEvidence(snapshot, undefined, {
            answersFile: `${outside.dir}/answers.yml`,
          });
          const declared = factsOfKind(evidence, 'declared.answer');
          expect(declared.map((f) => f.value.key)).toEqual(['mfa']);
          expect(declared[0]?.refs[0]).toEqual({ path: `${outside.dir}/answers.yml`, line: 3 });
        },
      );
    } finally {
      outside.cleanup();
    }
  });

  it('a malformed repository answers file fails the run with its line', async () => {
    await withRepo(
      { 'README.md': '# Demo\n', '.selfassess.yml': 'version: 1\nanswers:\n  mfa: yes\n' },
      (snapshot) => {
        expect(() => collectEvidence(snapshot)).toThrow(/\.selfassess\.yml:3: answers\.mfa/);
      },
    );
  });
});
