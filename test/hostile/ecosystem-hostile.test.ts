// Hostile inputs for the ecosystem detectors: script, data and escaping links are never projects; Helm
// templates that are not YAML, broken JSON and odd manifests are read as far as they go or recorded, never a
// throw; symlinks are not followed; huge files stay within the caps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cncfStatusDetector } from '../../src/detectors/ecosystem/cncf-status.js';
import { helmChartsDetector } from '../../src/detectors/ecosystem/helm-charts.js';
import { integrationsDetector } from '../../src/detectors/ecosystem/integrations.js';
import { namedProjectsDetector } from '../../src/detectors/ecosystem/named-projects.js';
import { detectOn } from '../helpers/detect.js';

describe('hostile ecosystem inputs', () => {
  it('takes no javascript:, data: or relative links for projects', async () => {
    const r = await detectOn(namedProjectsDetector, {
      'README.md': [
        '# Rocket',
        '* Integrations: [Evil](javascript:alert(1)), [Data](data:text/html,<script>x</script>), [Up](../../../../etc/passwd), [Up2](/../../secret)',
        '## Ecosystem',
        '* [Escape](../../../outside.md)',
        '* [Script](javascript:void(0))',
      ].join('\n'),
    });
    expect(r.facts).toEqual([]);
  });

  it('reads an HTML-heavy README without taking tags or logos for projects', async () => {
    const html = [
      '<p align="center"><img src="logo.png" alt="logo"></p>',
      '<h2>Integrations</h2>',
      '<table><tr><td><a href="https://acme.io"><img src="acme.svg"></a></td></tr></table>',
      '<div>'.repeat(5_000),
      'Rocket is a <b>CNCF</b> <i>sandbox</i> project.',
      '</div>'.repeat(5_000),
    ].join('\n');
    const named = await detectOn(namedProjectsDetector, { 'README.md': html });
    expect(named.facts).toEqual([]);
    const cncf = await detectOn(cncfStatusDetector, { 'README.md': html });
    expect(cncf.facts.map((f) => f.value)).toEqual([{ level: 'sandbox', path: 'README.md' }]);
  });

  it('survives broken Markdown: unclosed fences, endless emphasis, a 200,000-character line', async () => {
    const r = await detectOn(namedProjectsDetector, {
      'README.md': [
        '# Rocket',
        '```',
        '* Integrations: [A](https://a.io), [B](https://b.io)',
        `${'*a'.repeat(50_000)}`,
        `* Integrations: ${'[x](https://x.io) '.repeat(12_000)}`,
      ].join('\n'),
    });
    // Everything after the unclosed fence is code.
    expect(r.facts).toEqual([]);
  });

  it('scans Helm templates that are not YAML and records a broken package.json', async () => {
    const r = await detectOn(integrationsDetector, {
      'charts/rocket/templates/webhook.yaml': [
        '{{- if .Values.webhook }}',
        '{{ include "rocket.labels" . | nindent 4 }}',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: {{ .Values.kind }}',
        '---',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: ValidatingWebhookConfiguration',
        'metadata: {{ unclosed',
        '{{- end',
      ].join('\n'),
      'ui/package.json': '{"dependencies": {"@opentelemetry/api": ',
      'deploy/bad.yaml': 'kind: [unterminated\n\tkind: "x\napiVersion: \u0000\n',
    });
    const ids = r.facts.map((f) => (f.kind === 'ecosystem.integration' ? f.value.id : f.kind));
    expect(ids).toEqual(['admission-webhooks']);
    expect(r.unknowns.map((u) => [u.id, u.reason])).toEqual([
      ['ecosystem.dependencies:ui/package.json', 'parse-error'],
    ]);
  });

  it('does not follow a symlinked manifest or chart out of the repository', async () => {
    // Real files outside the repository that would be findings if a link were followed.
    const outside = mkdtempSync(join(tmpdir(), 'eco-outside-'));
    try {
      writeFileSync(
        join(outside, 'go.mod'),
        'module x\n\nrequire github.com/prometheus/client_golang v1.0.0\n',
      );
      writeFileSync(join(outside, 'm.yaml'), 'apiVersion: apps/v1\nkind: DaemonSet\n');
      writeFileSync(join(outside, 'Chart.yaml'), 'apiVersion: v2\nname: stolen\n');
      const r = await detectOn(integrationsDetector, { 'README.md': '# Rocket\n' }, (repo) => {
        repo.symlink('deploy/escape.yaml', join(outside, 'm.yaml'));
        repo.symlink('go.mod', join(outside, 'go.mod'));
        repo.commit({ message: 'links' });
      });
      expect(r.facts).toEqual([]);
      const charts = await detectOn(helmChartsDetector, {}, (repo) => {
        repo.symlink('charts/x/Chart.yaml', join(outside, 'Chart.yaml'));
        repo.commit({ message: 'link' });
      });
      expect(charts.facts).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('keeps a repository with thousands of manifests and CRDs within the caps', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 700; i++)
      files[`deploy/crd-${String(i).padStart(4, '0')}.yaml`] =
        `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things${i}.g${i % 9}.rocket.io\n`;
    const r = await detectOn(integrationsDetector, files);
    const crds = r.facts.find((f) => f.kind === 'ecosystem.crds');
    // 500 files read (the cap); the rest said in an unknown.
    expect(crds?.value).toMatchObject({ count: 500 });
    expect(crds?.kind === 'ecosystem.crds' && crds.value.groups).toHaveLength(6);
    expect(r.unknowns.map((u) => u.id)).toEqual(['ecosystem.manifests-skipped']);
  });
});
