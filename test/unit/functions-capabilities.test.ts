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

describe('security-capabilities: settings, permission matrices and procedure steps', () => {
  const ROLES = `---
title: User Permissions By Role
---

Users have different abilities depending on their role in a project.

| Action | Limited Guest | Guest | Developer | Admin |
| ------ | ------------- | ----- | --------- | ----- |
| Pull image | ✓ | ✓ | ✓ | ✓ |
| Push image | | | ✓ | ✓ |
| Delete project | | | | ✓ |
`;
  const PROJECTS = `# Project Configuration

You can configure a project in the **Configuration** tab.

1. Log in to the interface.
1. To prevent un-signed images under the project from being pulled, select the \`Enable content trust\` checkbox.
`;
  const DB_AUTH = `# Configure Database Authentication

1. Optionally select the **Allow Self-Registration** check box.

   If you enable the option, users can register themselves. Self-registration is disabled by default.
`;

  it('states the roles of a permission matrix, protections a setting turns on and defaults', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/administration/user-permissions-by-role.md': ROLES,
      'docs/projects/configuration.md': PROJECTS,
      'docs/administration/db-auth.md': DB_AUTH,
    });
    const v = values(r);
    const roles = r.facts.find((f) => (f.value as SecurityCapabilityFact).summary.startsWith('Roles'));
    expect(roles?.value).toMatchObject({
      capability: 'authorization',
      summary: 'Roles in the permission table: Limited Guest, Guest, Developer and Admin.',
    });
    // Cited at the table's header row.
    expect(roles?.refs[0]).toMatchObject({
      path: 'docs/administration/user-permissions-by-role.md',
      line: 7,
    });
    expect(v.find((x) => x.capability === 'signing')?.summary).toContain('Enable content trust');
    expect(v.find((x) => x.capability === 'secure-defaults')?.summary).toBe(
      'Self-registration is disabled by default.',
    );
  });

  it('keeps no table of versions or features, and no step of a procedure addressed to the reader', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      // Roles page whose table holds versions and text, not check marks.
      'docs/roles.md':
        '# Roles\n\n| Feature | v1.2 | v1.3 |\n| --- | --- | --- |\n| RBAC | ✓ | ✓ |\n| Audit | no | ✓ |\n',
      'docs/oidc-auth.md':
        '# Configure OIDC Authentication\n\nYou must configure your OIDC provider so that you can use it with the tool.\n\nSet up the users and groups that will use the OIDC provider to log in.\n',
      'docs/cookbooks/audit/README.md':
        '# Audit logging with Fluentd\n\nThis guide will describe how to use the tool with Fluentd, in order for efficient audit logging.\n',
    });
    const v = values(r);
    expect(v.some((x) => x.summary.startsWith('Roles'))).toBe(false);
    expect(v.some((x) => /you must|Set up the users|This guide/.test(x.summary))).toBe(false);
  });

  it('does not take a pointer to another guide for a capability', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/tls.md':
        '# TLS\n\nFor the common use-case of issuing TLS certificates for Ingress resources, see the nginx-ingress quick start guide.\n\nAll traffic between the tool and its webhook is encrypted with TLS.\n',
    });
    const v = values(r);
    expect(v.some((x) => /quick start guide/.test(x.summary))).toBe(false);
    expect(v.some((x) => /encrypted with TLS/.test(x.summary))).toBe(true);
  });

  it('takes no table row, no man-page section label as a title, no audit of the code, no agent instructions', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/config.md':
        '# Config\n\n| Key | Type | Default | Description |\n| --- | --- | --- | --- |\n| tool.http.mtls | bool | false | Tell the tool to use mTLS for its outputs. |\n',
      'docs/tool.8.md':
        '# NAME\n\ntool - a daemon\n\n# DESCRIPTION\n\nThe tool verifies image signatures against the trusted keys in policy.json.\n',
      'docs/security.md':
        '# Security\n\nOn top of that, we also have third parties auditing the codebase from time to time.\n',
      'AGENTS.md': '# Agents\n\nAll traffic between the tool and its plugins is encrypted with TLS.\n',
      'docs/assurance.md':
        '# Assurance\n\n| Threat | Mitigation |\n| --- | --- |\n| Broken Authentication (CWE-287) | Bearer tokens, OAuth2, mTLS support. |\n',
      'website/docs/audit.md':
        '# Audit\n\nAll operations on the cluster are logged in an audit log by the tool.\n',
      'website/versioned_docs/version-3/audit.md':
        '# Audit\n\nAll operations on the cluster are logged in an audit log by the tool.\n',
      'docs/artifact-patterns.md':
        '# Artifact Patterns\n\nRanges of characters can be used in patterns using the [] notation (i.e., [a-z]).\n',
    });
    const v = values(r);
    expect(v.some((x) => /mtls|\|/i.test(x.summary))).toBe(false);
    const signing = v.find((x) => /signatures/.test(x.summary));
    expect(signing).toBeDefined();
    expect(signing?.title).toBeUndefined();
    expect(v.some((x) => /auditing the codebase/.test(x.summary))).toBe(false);
    expect(v.some((x) => /plugins is encrypted/.test(x.summary))).toBe(false);
    expect(v.some((x) => /notation/.test(x.summary))).toBe(false);
    expect(v.some((x) => /CWE-287/.test(x.summary))).toBe(false);
    expect(v.filter((x) => /logged in an audit log/.test(x.summary))).toHaveLength(1);
  });

  it("reads a capability from a paragraph of the README's Why section (deny-by-default sandboxes)", async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'README.md':
        '# Cloudlet\n\n[![b](https://x.dev/b.svg)](https://x.dev)\n\nCloudlet runs WebAssembly workloads anywhere.\n\n## Why Cloudlet?\n\nContainers are allow-by-default.\n\nComponents default to deny-by-default: a component can do nothing unless a capability is explicitly granted.\n',
    });
    expect(values(r).map((x) => [x.capability, x.summary])).toEqual([
      [
        'isolation',
        'Components default to deny-by-default: a component can do nothing unless a capability is explicitly granted.',
      ],
    ]);
  });

  it('does not take a default whose subject is in the sentence before', async () => {
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/ldap-auth.md':
        '# LDAP Authentication\n\nUsers log in with LDAP credentials verified by the LDAP server.\n\nThis feature is enabled by default in Active Directory.\n',
    });
    expect(values(r).some((x) => x.summary.startsWith('This feature'))).toBe(false);
  });

  it('survives hostile tables: no delimiter row, ragged rows, thousands of columns', async () => {
    const wide = `| Action | ${Array.from({ length: 3000 }, (_, i) => `R${i}`).join(' | ')} |`;
    const r = await detectOn(securityCapabilitiesDetector, {
      'docs/permissions.md': `# Permissions\n\n| Action | Admin | Viewer |\n| Pull | ✓ |\n\n${wide}\n| --- |\n| Pull | ✓ |\n| Push | ✓ | ✓ | ✓ |\n`,
    });
    expect(values(r).some((x) => x.summary.startsWith('Roles'))).toBe(false);
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
