// Hostile inputs for the security functions and compliance detectors: broken Markdown, HTML-heavy READMEs,
// script and data links, links escaping the repository, Helm templates that are not YAML, a broken Security
// Insights file, oversized files and symlinks. Each is handled (a finding or nothing), never a throw.
import { describe, expect, it } from 'vitest';
import { complianceClaimsDetector } from '../../src/detectors/compliance/compliance-claims.js';
import { cryptoInventoryDetector } from '../../src/detectors/functions/crypto-inventory.js';
import { securityCapabilitiesDetector } from '../../src/detectors/functions/security-capabilities.js';
import { threatModelDetector } from '../../src/detectors/functions/threat-model.js';
import type { CryptoParameterFact, SecurityCapabilityFact } from '../../src/evidence/kinds/functions.js';
import { detectOn } from '../helpers/detect.js';

describe('hostile security functions and compliance inputs', () => {
  it('reads capabilities from broken Markdown and HTML-heavy READMEs without markup in the statement', async () => {
    const readme = [
      '<div align="center"><img src="logo.png"><h1>Tool</h1></div>',
      '',
      '## Features',
      '',
      '* **<b>Encryption</b>**: <span>Encrypts traffic between nodes with [WireGuard](javascript:alert(1)).</span>',
      '* [![x](data:image/png;base64,AAAA)](data:text/html,<script>alert(1)</script>) data link',
      '* See [the guide](../../../etc/passwd) for audit logging of every request.',
      '```',
      'unclosed fence: the agent authenticates to the API server with a ServiceAccount token.',
    ].join('\n');
    const r = await detectOn(securityCapabilitiesDetector, { 'README.md': readme });
    const v = r.facts.map((f) => f.value as SecurityCapabilityFact);
    const encryption = v.find((x) => x.capability === 'traffic-encryption');
    expect(encryption?.summary).toContain('WireGuard');
    for (const x of v) {
      expect(x.summary).not.toMatch(/javascript:|data:|<script|<span|\]\(/);
      expect(x.title ?? '').not.toMatch(/<|>/);
    }
    // Text inside the unclosed fence is code, not a statement.
    expect(v.some((x) => x.capability === 'component-authentication')).toBe(false);
  });

  it('stays bounded on a huge single-line document and a 100,000-line one', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'README.md': `# T\n\n${'TLS encryption '.repeat(100_000)}\n`,
      'docs/long.md': `# Long\n\n${'The agent uses mutual TLS to reach the server.\n\n'.repeat(50_000)}`,
    });
    expect(r.facts.length).toBeLessThanOrEqual(14);
    for (const f of r.facts)
      expect((f.value as SecurityCapabilityFact).summary.split(' ').length).toBeLessThan(40);
  });

  it('does not read Helm templates that are not YAML as anything but text, nor vendored, huge or linked files', async () => {
    const r = await detectOn(
      cryptoInventoryDetector,
      {
        'charts/tool/templates/tls-secret.yaml':
          '{{- if .Values.tls }}\nkind: Secret\n  : : {{ .x | b64enc }\nminTLSVersion: {{ .Values.min }}\n{{- end }}\n',
        'pkg/auth/big.go': `package auth\n${'// filler line\n'.repeat(20_000)}var m = jwt.SigningMethodHS512\n`,
        'pkg/crypto/tls.go': `package crypto\nvar c = tls.Config{MinVersion: tls.VersionTLS13}\n${'x'.repeat(50_000)}\n`,
      },
      (repo) => {
        repo.symlink('pkg/auth/escape.go', '/etc/passwd');
        repo.commit({ message: 'link' });
      },
    );
    const v = r.facts.map((f) => f.value as CryptoParameterFact);
    // The 300 KB file is over the per-file cap; the long line is read up to its cap; the symlink is never read.
    expect(v.some((x) => x.algorithm === 'HS512')).toBe(false);
    expect(v.find((x) => x.algorithm === 'TLS 1.3')?.paths).toEqual(['pkg/crypto/tls.go']);
    expect(v.every((x) => !x.paths.includes('pkg/auth/escape.go'))).toBe(true);
  });

  it('treats a broken Security Insights file as no threat model, and hostile compliance text as no claim', async () => {
    const tm = await detectOn(threatModelDetector, {
      'SECURITY-INSIGHTS.yml': 'security-artifacts: [\n  threat-model: {{ oops\n',
    });
    expect(tm.facts).toEqual([]);
    const c = await detectOn(complianceClaimsDetector, {
      'README.md': [
        '# T',
        '<img src="https://slsa.dev/images/gh-badge-level9.svg.evil">',
        '[compliant](javascript:alert("FIPS 140-2 compliant"))',
        `${'SOC 2 '.repeat(20_000)}`,
      ].join('\n'),
    });
    expect(c.facts.every((f) => (f.value as { standard: string }).standard !== 'fips-140')).toBe(true);
    for (const f of c.facts) expect((f.value as { summary: string }).summary.length).toBeLessThan(260);
  });
});
