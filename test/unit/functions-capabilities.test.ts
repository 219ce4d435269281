import { describe, expect, it } from 'vitest';
import {
  securityCapabilitiesDetector,
  summarise,
} from '../../src/detectors/functions/security-capabilities.js';
import { threatModelDetector } from '../../src/detectors/functions/threat-model.js';
import type { SecurityCapabilityFact } from '../../src/evidence/kinds/functions.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

const README = `# Netguard

Netguard is a network plugin.

## Features

* **Encryption**: Encryption of inter-Node Pod traffic with IPsec or WireGuard
  tunnels.
* **Role based access control**: Users are organized in projects and each
  user can have different permissions per project.
* **Fast**: Netguard is very fast.

## Contributing

We use cosign in CI to sign our release images.
`;

const ARCHITECTURE = `# Netguard Architecture

Netguard has a controller and agents.

## Controller API

The Controller API server delegates authentication and authorization to the Kubernetes API - the agent
uses a Kubernetes ServiceAccount token to authenticate to the Controller.
`;

const TLS_DOC = `---
title: Securing the Control Plane
---

All API communication between Netguard components is encrypted with TLS. You can provide your own certificates.
`;

function values(r: { facts: { value: unknown }[] }): SecurityCapabilityFact[] {
  return r.facts.map((f) => f.value as SecurityCapabilityFact);
}

describe('security-capabilities', () => {
  it('finds capabilities in the README feature list and in documents that name them', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'README.md': README,
      'docs/design/architecture.md': ARCHITECTURE,
      'docs/securing-control-plane.md': TLS_DOC,
    });
    expect(r.unknowns).toEqual([]);
    const v = values(r);
    const encryption = v.find((x) => x.capability === 'traffic-encryption');
    expect(encryption).toMatchObject({ title: 'Encryption', source: 'readme-feature', critical: false });
    expect(encryption?.summary).toContain('IPsec or WireGuard');
    const auth = r.facts.find(
      (f) => (f.value as SecurityCapabilityFact).capability === 'component-authentication',
    );
    expect(auth?.refs[0]).toMatchObject({ path: 'docs/design/architecture.md', line: 7 });
    expect(auth?.topic).toBe('Critical');
    expect(statementOf(auth as never)).toMatch(
      /^Authentication between components \(Netguard Architecture\): .*ServiceAccount token/,
    );
    const tls = v.find((x) => x.capability === 'tls');
    // The page title comes from the front matter.
    expect(tls).toMatchObject({ title: 'Securing the Control Plane', critical: true });
    expect(v.find((x) => x.capability === 'authorization')?.title).toBe('Role based access control');
    // "We use cosign in CI" is the contributors' process, under a contributing heading: not a product feature.
    expect(v.some((x) => x.capability === 'signing')).toBe(false);
    // Critical statements come first.
    const topics = r.facts.map((f) => f.topic);
    expect(topics.indexOf('Security relevant')).toBeGreaterThan(topics.lastIndexOf('Critical'));
  });

  it('reads no process documents and says where it looked when nothing is described', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'README.md': '# Tool\n\nA tool that formats files.\n',
      'SECURITY.md':
        '# Security\n\nWe verify image signatures with cosign and use TLS 1.3 for the website.\n',
      'CHANGELOG.md': '# Changes\n\n- Added mutual TLS between components.\n- Added RBAC.\n',
      'docs/proposals/rbac.md': '# RBAC\n\nTool will support role-based access control.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({ id: 'functions.capabilities', reason: 'not-found' });
  });

  it('marks a usually critical capability as security relevant when the docs say it is optional', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/tls.md': '# TLS\n\nTLS encryption of the API can be enabled with the `--tls` flag.\n',
    });
    expect(values(r).find((x) => x.capability === 'tls')?.critical).toBe(false);
    expect(r.facts[0]?.topic).toBe('Security relevant');
  });
});

describe('summarise', () => {
  it('keeps a short sentence whole and cuts a long one to the clause that matched', () => {
    expect(summarise('Traffic is encrypted with IPsec.', 0)).toBe('Traffic is encrypted with IPsec.');
    const long =
      'The server is written in Go, it runs on Linux and Windows, it has many options that nobody uses, it is configured with a YAML file, ' +
      'and it encrypts traffic between nodes with WireGuard when the encryption mode is set, which most users do in production clusters today.';
    const at = long.indexOf('WireGuard');
    const short = summarise(long, at);
    expect(short).toContain('WireGuard');
    expect(short.split(' ').filter((w) => w !== '…').length).toBeLessThanOrEqual(32);
    expect(short).toMatch(/^… /);
  });
});

describe('threat-model', () => {
  it('links the threat model from Security Insights, else a threat-model document', async () => {
    const insights = await detectOn(threatModelDetector, {
      'SECURITY-INSIGHTS.yml': `header:\n  schema-version: 1.0.0\nsecurity-artifacts:\n  threat-model:\n    threat-model-created: true\n    evidence-url:\n    - 'https://example.io/docs/security/#threat-model'\n`,
    });
    expect(insights.facts[0]?.value).toEqual({ url: 'https://example.io/docs/security/#threat-model' });
    expect(insights.facts[0]?.refs[0]?.line).toBe(7);
    const doc = await detectOn(threatModelDetector, { 'docs/threat-model.md': '# Threat model\n' });
    expect(doc.facts[0]?.value).toEqual({ path: 'docs/threat-model.md' });
    const none = await detectOn(threatModelDetector, {
      'README.md': '# x\n',
      'vendor/x/threat-model.md': '# t\n',
    });
    expect(none.facts).toEqual([]);
  });
});
