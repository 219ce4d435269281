// Hostile inputs for the overview detectors: broken Markdown, HTML-only READMEs, odd link schemes, links that
// escape the repository, Helm templates that are not YAML, alias bombs and huge files. Each must end in facts
// or unknowns, never an exception, and never in text taken from outside the repository.
import { describe, expect, it } from 'vitest';
import type { DetectorResult } from '../../src/detectors/detector.js';
import { DETECTORS } from '../../src/detectors/index.js';
import { statementOf } from '../../src/render/wording.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';

const OVERVIEW = DETECTORS.filter((d) => d.section.startsWith('overview'));

async function runAll(
  files: Record<string, FileContent>,
  setup?: (r: FixtureRepo) => void,
): Promise<DetectorResult[]> {
  const repo = FixtureRepo.git();
  try {
    repo.commit({ message: 'fixture', files });
    setup?.(repo);
    const snapshot = await Snapshot.open(repo.dir);
    try {
      return OVERVIEW.map((d) => d.detect(snapshot));
    } finally {
      snapshot.close();
    }
  } finally {
    repo.cleanup();
  }
}

const statements = (rs: DetectorResult[]): string[] => rs.flatMap((r) => r.facts.map(statementOf));

describe('overview on hostile input', () => {
  it('has nine overview detectors under test', () => {
    expect(OVERVIEW.length).toBe(9);
  });

  it('survives broken Markdown: unclosed fences, deep nesting, runaway emphasis, a huge paragraph', async () => {
    const rs = await runAll({
      'README.md': `# X\n\n\`\`\`\nunclosed fence\n${'> '.repeat(500)}deep\n\n${'*a'.repeat(5000)}\n\n${'word '.repeat(50_000)}\n`,
      'docs/architecture.md': `# A\n\n## Components\n\n${'#'.repeat(7)} not a heading\n\n### ${'x'.repeat(5000)}\n\n${'- '.repeat(300)}item\n`,
    });
    expect(rs).toHaveLength(9);
    for (const s of statements(rs)) expect(s.length).toBeLessThan(2000);
  });

  it('reads an HTML-only README without leaking tags, scripts or odd-scheme links', async () => {
    const rs = await runAll({
      'README.md': `<h1 align="center">Tool</h1>\n<p align="center"><img src="logo.png"></p>\n<p>Tool is a scheduler for batch workloads on shared clusters.</p>\n\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <script>alert(1)</script>\n\n## Features\n\n- [**Safe**](javascript:alert(1)): runs things.\n- ![x](data:image/png;base64,AAAA) **Fast**: quick.\n`,
    });
    const text = statements(rs).join('\n');
    expect(text).toContain('Tool is a scheduler for batch workloads on shared clusters.');
    expect(text).not.toMatch(/<script|javascript:|data:text|data:image|<p|<img/);
  });

  it('never follows links or symlinks out of the repository', async () => {
    const rs = await runAll(
      {
        'README.md': '# X\n\nSee [the design](../../../../etc/passwd) and [more](/etc/passwd) about X.\n',
        'docs/overview.md': '# Overview\n\nOverview text that is long enough to count here.\n',
      },
      (repo) => {
        repo.symlink('docs/architecture.md', '/etc/passwd');
        repo.symlink('deploy/escape.yaml', '../../../../etc/hosts');
        repo.git('add', '-A');
        repo.git('commit', '-q', '-m', 'links');
      },
    );
    const text = statements(rs).join('\n');
    expect(text).not.toMatch(/root:|localhost/);
  });

  it('records Helm templates that are not YAML and plain manifests that do not parse, without crashing', async () => {
    const rs = await runAll({
      'charts/widget/templates/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "x" . }}\nspec:\n  template:\n    spec:\n      {{- with .Values.x }}\n      - : : [\n      containers: {{ toYaml . }}\n',
      'deploy/broken.yaml':
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: broken\nspec: [unclosed\n  template: {\n---\nkind: ClusterRoleBinding\nmetadata:\n  name: b\nroleRef: [unclosed\n  name: {\nsubjects:\n  - kind: ServiceAccount\n    name: default\n',
      'deploy/bomb.yaml': `kind: ClusterRole\nmetadata:\n  name: bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
      'deploy/binary.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x00, 0xff, 0xfe]),
    });
    const workloads = rs[OVERVIEW.findIndex((d) => d.id === 'kubernetes-workloads')] as DetectorResult;
    const text = workloads.facts.map(statementOf);
    expect(text).toContain('Deployment `widget` (Helm chart), service account `default`.');
    expect(text.some((t) => t.includes('`broken`'))).toBe(true);
    // The broken binding of the workload's account is named (the human can act on it); the unreadable binary
    // file is counted. (Bindings that name none of the workloads' accounts are never parsed.)
    const problem = workloads.unknowns.find((u) => u.reason === 'parse-error');
    expect(problem?.lookedIn[0]).toBe('deploy/broken.yaml');
    expect(problem?.detail).toMatch(/1 more manifests did not parse/);
  });

  it('passes over a manifest larger than the cap without reading it', async () => {
    const big = `kind: DaemonSet\nmetadata:\n  name: huge\n# ${'x'.repeat(1_100_000)}\n`;
    const rs = await runAll({
      'deploy/huge.yaml': big,
      'deploy/small.yaml': 'kind: DaemonSet\nmetadata:\n  name: small\n',
    });
    const text = statements(rs).join('\n');
    expect(text).toContain('`small`');
    expect(text).not.toContain('`huge`');
  });
});
