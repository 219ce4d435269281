// OSPS Baseline controls evaluated on fixture repositories: met with the files that show it, not met only
// where the files show the practice is not done, unknown (never failing) for forge settings and absences.
import { describe, expect, it } from 'vitest';
import { OSPS_CONTROLS } from '../../src/catalogue/osps-controls.js';
import { collectEvidence } from '../../src/evidence/collect.js';
import { evidenceContext, snapshotContext } from '../../src/gaps/evaluate.js';
import { type GapReport, gapReport } from '../../src/gaps/report.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';
import { MIT } from '../helpers/license-texts.js';

async function reportOf(files: Record<string, FileContent>): Promise<GapReport> {
  const repo = FixtureRepo.git();
  try {
    repo.commit({ message: 'fixture\n\nSigned-off-by: A <a@example.org>', files });
    const snapshot = await Snapshot.open(repo.dir);
    try {
      return gapReport(snapshotContext(collectEvidence(snapshot), snapshot));
    } finally {
      snapshot.close();
    }
  } finally {
    repo.cleanup();
  }
}

function statusOf(report: GapReport, id: string): string {
  if (report.met.some((m) => m.control === id)) return 'met';
  const r = report.recommendations.find((x) => x.control === id);
  if (!r) throw new Error(`${id} missing from the report`);
  return r.status;
}

const CODEQL = `name: codeql
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  analyze:
    runs-on: ubuntu-latest
    permissions:
      security-events: write
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
      - uses: github/codeql-action/analyze@v3
`;

const DANGEROUS = `name: pr
on:
  pull_request_target:
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }}"
`;

describe('the OSPS control table', () => {
  it('holds the 64 active requirements of the baseline, levels 1-3, each id once', () => {
    expect(OSPS_CONTROLS).toHaveLength(64);
    expect(new Set(OSPS_CONTROLS.map((c) => c.id)).size).toBe(64);
    for (const c of OSPS_CONTROLS) {
      expect(c.id).toMatch(/^OSPS-(AC|BR|DO|GV|LE|QA|SA|VM)-\d\d\.\d\d$/);
      expect(c.why.length).toBeGreaterThan(10);
    }
    expect(OSPS_CONTROLS.filter((c) => c.level === 1)).toHaveLength(24);
    expect(OSPS_CONTROLS.some((c) => c.id === 'OSPS-BR-01.02')).toBe(false);
  });
});

describe('gaps on fixture repositories', () => {
  it('reports met controls with the files that show them', async () => {
    const report = await reportOf({
      'README.md': '# Demo\n\nSee [issues](https://github.com/example/demo/issues).\n',
      LICENSE: MIT,
      'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
      '.github/ISSUE_TEMPLATE/bug_report.md': '---\nname: Bug\n---\n',
      'SECURITY.md':
        '# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.org. We acknowledge reports within 3 business days.\n',
      '.github/workflows/codeql.yml': CODEQL,
      'go.mod': 'module example.org/demo\n\ngo 1.22\n',
    });
    for (const id of ['OSPS-GV-03.01', 'OSPS-DO-02.01', 'OSPS-LE-02.01', 'OSPS-LE-03.01', 'OSPS-VM-02.01']) {
      expect(statusOf(report, id), id).toBe('met');
    }
    expect(statusOf(report, 'OSPS-AC-04.01')).toBe('met');
    expect(statusOf(report, 'OSPS-VM-06.02')).toBe('met');
    expect(statusOf(report, 'OSPS-BR-01.01')).toBe('met');
    expect(statusOf(report, 'OSPS-QA-02.01')).toBe('met');
    expect(report.met.find((m) => m.control === 'OSPS-VM-06.02')?.refs[0]?.path).toBe(
      '.github/workflows/codeql.yml',
    );
    expect(report.met.find((m) => m.control === 'OSPS-GV-03.01')?.refs[0]?.path).toBe('CONTRIBUTING.md');
  });

  it('says not met only where the files show it, with the line and a step for this repository', async () => {
    const report = await reportOf({
      'README.md': '# Demo\n',
      '.github/workflows/pr.yml': DANGEROUS,
      'bin/tool.exe': Buffer.from([0x4d, 0x5a, 0, 1, 2, 3]),
    });
    const byId = (id: string) => report.recommendations.find((r) => r.control === id);
    expect(byId('OSPS-BR-01.03')?.status).toBe('not-met');
    expect(byId('OSPS-BR-01.03')?.refs[0]).toMatchObject({ path: '.github/workflows/pr.yml' });
    expect(byId('OSPS-BR-01.03')?.nextStep).toContain('.github/workflows/pr.yml');
    expect(byId('OSPS-BR-01.01')?.status).toBe('not-met');
    expect(byId('OSPS-BR-01.01')?.nextStep).toContain('env:');
    expect(byId('OSPS-AC-04.02')?.status).toBe('not-met');
    expect(byId('OSPS-AC-04.02')?.nextStep).toContain('write-all');
    expect(byId('OSPS-QA-05.01')?.status).toBe('not-met');
    expect(byId('OSPS-QA-05.01')?.found).toContain('bin/tool.exe');
    expect(byId('OSPS-LE-03.01')?.status).toBe('not-met');
    // Not met sorts before unknown within a level.
    const level1 = report.recommendations.filter((r) => r.level === 1).map((r) => r.status);
    expect(level1.indexOf('unknown')).toBeGreaterThan(level1.lastIndexOf('not-met'));
  });

  it('leaves forge settings and absent practices unknown, never not met, with where it looked', async () => {
    const report = await reportOf({ 'README.md': '# Demo\n' });
    for (const id of ['OSPS-AC-01.01', 'OSPS-AC-03.01', 'OSPS-QA-03.01', 'OSPS-VM-06.02', 'OSPS-VM-02.01']) {
      const r = report.recommendations.find((x) => x.control === id);
      expect(r?.status, id).toBe('unknown');
      expect(r?.lookedIn.length, id).toBeGreaterThan(0);
      expect(r?.confirm, id).toBeTruthy();
    }
    const total = report.summary.reduce((n, s) => n + s.met + s.notMet + s.unknown, 0);
    expect(total).toBe(64);
    expect(report.summary.map((s) => s.controls)).toEqual([24, 19, 21]);
    // No workflow: CI hygiene is not decided, so not met is reserved for what the files show.
    expect(report.recommendations.find((r) => r.control === 'OSPS-BR-01.03')?.status).toBe('unknown');
  });

  it('without a file index, file-presence controls stay unknown rather than not met', () => {
    const report = gapReport(
      evidenceContext({ snapshot: { generatedAt: 'x', source: 'x' }, facts: [], unknowns: [] }),
    );
    expect(report.recommendations.find((r) => r.control === 'OSPS-LE-03.01')?.status).toBe('unknown');
    expect(report.recommendations.find((r) => r.control === 'OSPS-QA-05.01')?.status).toBe('unknown');
    expect(report.recommendations.every((r) => r.status === 'unknown')).toBe(true);
  });
});
