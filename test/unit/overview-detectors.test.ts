import { describe, expect, it } from 'vitest';
import { backgroundDetector } from '../../src/detectors/overview/background.js';
import { binariesDetector } from '../../src/detectors/overview/binaries.js';
import { componentCommunicationDetector } from '../../src/detectors/overview/component-communication.js';
import { documentedComponentsDetector } from '../../src/detectors/overview/documented-components.js';
import { flowDocsDetector } from '../../src/detectors/overview/flow-docs.js';
import { goalsDetector } from '../../src/detectors/overview/goals.js';
import { projectDescriptionDetector } from '../../src/detectors/overview/project-description.js';
import { statementOf } from '../../src/render/wording.js';
import { scanProse } from '../../src/text/prose.js';
import { detectOn } from '../helpers/detect.js';

const README = `# Example [![Build](https://ci.example.org/badge.svg)](https://ci.example.org)

[![Coverage](https://cov.example.org/badge.svg)](https://cov.example.org)
<p align="center"><img src="logo.png" alt="Logo"></p>

**Note**: the main branch may be unstable.

Example is a policy engine for Kubernetes that checks resources at admission. It reports violations as resources.

## Why Example?

Three things make Example useful:

- **Fast:** Example evaluates policies in memory. It never calls out.
- **Simple:** Policies are plain YAML documents anyone can read.

## Features

* **Admission control**: validates and mutates resources.
* **Reports**: results as resources.
* Image verification - checks signatures.

## Goals

- Keep policies declarative and readable by humans.

## Non-goals

- Example does not replace a runtime security monitor.
`;

describe('project-description', () => {
  it('takes the lead after badges, HTML and notices, and the feature titles', async () => {
    const r = await detectOn(projectDescriptionDetector, { 'README.md': README });
    const text = r.facts.map(statementOf);
    expect(text[0]).toBe(
      'Example is a policy engine for Kubernetes that checks resources at admission. It reports violations as resources.',
    );
    expect(r.facts[0]?.refs[0]?.line).toBe(8);
    expect(text[1]).toBe(
      'Headline features listed in README.md (Features): Admission control, Reports and Image verification.',
    );
  });

  it('adds the About section to a tagline', async () => {
    const r = await detectOn(projectDescriptionDetector, {
      'README.md':
        '# Tool 🎉\n\n**Cloud Native Widgets 🎉**\n\n## About Tool\n\nTool builds widgets from plain files for clusters of any size.\n',
    });
    expect(statementOf(r.facts[0] as never)).toBe(
      'Cloud Native Widgets. Tool builds widgets from plain files for clusters of any size.',
    );
  });

  it('takes the lead after a centred logo and title, and drops alert markers', async () => {
    const r = await detectOn(projectDescriptionDetector, {
      'README.md':
        '<div align="center">\n\n![Tool Logo](./logo.png)\n# Tool\n\n[![badge](https://img.shields.io/x.svg)](https://x.dev)\n\n</div>\n\n---\n\n**Tool** is a fine-grained authorization engine for applications.\nIt models access control as relations.\n\n## Highlights\n\n- Fast\n',
    });
    expect(statementOf(r.facts[0] as never)).toBe(
      'Tool is a fine-grained authorization engine for applications. It models access control as relations.',
    );
    const prose = scanProse(
      '> [!NOTE]\n> When the HTTP server is enabled, it connects to the gRPC server.\n',
    );
    expect(prose.sentences.map((x) => x.text)).toEqual([
      'When the HTTP server is enabled, it connects to the gRPC server.',
    ]);
  });

  it('skips a release announcement; a README with only a title uses its tagline', async () => {
    const r = await detectOn(projectDescriptionDetector, {
      'README.md':
        '[![badge](https://x.dev/b.svg)](https://x.dev)\n\n# Tracer - a Distributed Tracing System\n\n💥 Tracer v2 is out! Read the [blog post](https://x.dev/blog) and try it out.\n\n## Quick Start\n\nRun it.\n',
    });
    expect(statementOf(r.facts[0] as never)).toBe('Tracer: a Distributed Tracing System.');
    expect(r.facts[0]?.refs[0]?.line).toBe(3);
  });

  it('drops emoji shortcodes and a greeting from the lead', async () => {
    const r = await detectOn(projectDescriptionDetector, {
      'README.md':
        '# ![logo][logo]\n\n:balloon: Welcome to Mesh! :wave:\n\nMesh is an ultralight service mesh for Kubernetes. It adds mTLS with no code change.\n\n[logo]: logo.png\n',
    });
    expect(statementOf(r.facts[0] as never)).toBe(
      'Mesh is an ultralight service mesh for Kubernetes. It adds mTLS with no code change.',
    );
  });

  it('says where it looked when there is no README', async () => {
    const r = await detectOn(projectDescriptionDetector, { 'main.go': 'package main\n' });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({ reason: 'not-found', section: 'overview' });
  });
});

describe('background', () => {
  it('takes the first sentence of each paragraph or item of a Why section, not the lead', async () => {
    const r = await detectOn(backgroundDetector, { 'README.md': README });
    expect(r.facts.map(statementOf)).toEqual([
      'Fast: Example evaluates policies in memory.',
      'Simple: Policies are plain YAML documents anyone can read.',
    ]);
  });

  it("adds an item's second sentence when it states a measure, not otherwise", async () => {
    const r = await detectOn(backgroundDetector, {
      'README.md': `# Probe

Probe is an observability tool.

## Why Probe?

- **Edge compute:** Probe stores all data locally in the cluster. Probe uses less than 5% of cluster CPU.
- **Scriptable:** Probe has a query language for all its data. It runs in the browser and the CLI.
`,
    });
    expect(r.facts.map(statementOf)).toEqual([
      'Edge compute: Probe stores all data locally in the cluster. Probe uses less than 5% of cluster CPU.',
      'Scriptable: Probe has a query language for all its data.',
    ]);
  });

  it('reads docs/overview.md when the README has no such section', async () => {
    const r = await detectOn(backgroundDetector, {
      'README.md': '# X\n\nX does a thing for people who need it.\n',
      'docs/overview.md': '# Overview\n\nX exists because clusters need widgets badly. More text here.\n',
    });
    expect(r.facts.map(statementOf)).toEqual(['X exists because clusters need widgets badly.']);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'docs/overview.md', line: 3 });
  });
});

const ARCHITECTURE = `# Architecture

## Components

Example runs as two parts.

### Example Controller

The Example Controller watches Policy resources and computes rules for agents.

#### Controller API server

It serves rules to agents.

### Example Agent

Each Example Agent connects to the Controller API server over gRPC secured with mTLS.

### \`examplectl\`

examplectl is a command-line tool.

## Traffic walk

Packets go places.
`;

describe('documented-components', () => {
  it('names the components under a Components heading with their first sentence and parts', async () => {
    const r = await detectOn(documentedComponentsDetector, { 'docs/design/architecture.md': ARCHITECTURE });
    expect(r.facts.map(statementOf)).toEqual([
      'The Example Controller watches Policy resources and computes rules for agents. Parts: Controller API server.',
      'Each Example Agent connects to the Controller API server over gRPC secured with mTLS.',
      'examplectl is a command-line tool.',
    ]);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'docs/design/architecture.md', line: 7 });
  });

  it('names the top-level items of a linked Components list, not their nested parts or link targets', async () => {
    const r = await detectOn(documentedComponentsDetector, {
      'README.md':
        '# Tool\n\nTool keeps clusters in sync.\n\n### Components\n\n- [Source Controller](https://tool.dev/source/)\n    - [GitRepository CRD](https://tool.dev/git/)\n- [Helm Controller](https://tool.dev/helm/)\n    - [HelmRelease CRD](https://tool.dev/hr/)\n',
      'docs/guide.md': '# Guide\n\nHow to use it.\n',
    });
    expect(r.facts.map(statementOf)).toEqual(['Components: Source Controller and Helm Controller.']);
  });

  it('reads "consists of ... components:" lists, tables under Components headings and README command lists', async () => {
    const r = await detectOn(documentedComponentsDetector, {
      'DEVELOPMENT.md':
        '# Dev\n\nThe project consists of three main components:\n\n- Cloud, the control plane.\n- Agent, the data plane.\n\n## Building the CLI\n\nRun make.\n',
      'docs/install.md':
        '# Install\n\n## Example Components\n\n|Component|Version|\n|---|---|\n|Postgresql|9.6|\n|Redis|4.0|\n',
      'README.md':
        '# X\n\nX builds things.\n\n## Usage\n\n* `detector` - Chooses.\n* `exporter` - Exports.\n\n## Flags\n\n* `--x` - a flag.\n',
    });
    const text = r.facts.map(statementOf);
    expect(text).toContain('Cloud, the control plane.');
    expect(text).toContain('Agent, the data plane.');
    expect(text.some((t) => /Building/.test(t))).toBe(false);
    expect(text).toContain('Commands under Usage: detector and exporter.');
    expect(text.find((t) => t.startsWith('Example Components'))).toContain('Postgresql and Redis');
  });

  it('records where it looked when no document names components', async () => {
    const r = await detectOn(documentedComponentsDetector, {
      'README.md': '# X\n\nHello there, world of widgets.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]?.reason).toBe('not-found');
  });
});

describe('component-communication and flow-docs', () => {
  it('quotes how components talk, preferring sentences about traffic between components', async () => {
    const r = await detectOn(componentCommunicationDetector, {
      'docs/design/architecture.md': ARCHITECTURE,
      'docs/security.md':
        '# Security\n\nAll communication between Example components is encrypted with TLS.\n\nYou can connect over HTTPS.\n',
    });
    const text = r.facts.map(statementOf);
    expect(text).toContain('All communication between Example components is encrypted with TLS.');
    expect(text).toContain(
      'Each Example Agent connects to the Controller API server over gRPC secured with mTLS.',
    );
    expect(text.some((t) => t.startsWith('You can'))).toBe(false);
  });

  it('does not quote flag or configuration-key references', async () => {
    const r = await detectOn(componentCommunicationDetector, {
      'docs/crio.8.md':
        '# NAME\n\n--stream-enable-tls: Enable encrypted TLS transport of the stream server between components.\n',
      'docs/crio.conf.5.md':
        '# NAME\n\nstream_enable_tls=false Enable encrypted TLS transport of the stream server component.\n',
    });
    expect(r.facts).toEqual([]);
  });

  it('does not quote changelogs', async () => {
    const r = await detectOn(componentCommunicationDetector, {
      'CHANGES.md':
        '# Changes\n\n## v2\n\n* Updated the collector component to expose a port for HTTP alongside gRPC between components.\n',
      'docs/NEWS.md': '# News\n\nThe agent component now talks to the controller component over gRPC.\n',
    });
    expect(r.facts).toEqual([]);
  });

  it('lists docs describing flows by name or heading, not contribution workflows', async () => {
    const r = await detectOn(flowDocsDetector, {
      'docs/design/architecture.md': ARCHITECTURE,
      'docs/request-lifecycle.md': '# Lifecycle\n\nA request arrives.\n',
      'docs/contributors/github-workflow.md': '# Workflow\n\nFork.\n',
      'docs/rfc/0001-new-api.md': '# New API\n\n## Per-request lifecycle\n\nProposed.\n',
    });
    expect(r.facts.map(statementOf)).toEqual([
      'Documents that describe flows: docs/request-lifecycle.md and docs/design/architecture.md (Traffic walk).',
    ]);
  });
});

describe('goals and binaries', () => {
  it('reads Goals and Non-goals sections into their sections', async () => {
    const r = await detectOn(goalsDetector, { 'README.md': README });
    expect(r.facts.map((f) => [f.section, statementOf(f)])).toEqual([
      ['overview/goals', 'Keep policies declarative and readable by humans.'],
      ['overview/non-goals', 'Example does not replace a runtime security monitor.'],
    ]);
  });

  it("ignores a policy's scope and a feature guide's out-of-scope list", async () => {
    const r = await detectOn(goalsDetector, {
      'docs/dependencies-policy.md':
        '# Dependencies Policy\n\n## Scope\n\nThis policy applies to all maintainers and all third-party packages.\n',
      'docs/cel-engine.md': '# CEL engine\n\n## Out of scope\n\n- deprecating or replacing the Rego engine\n',
      'docs/overview.md': '# Overview\n\n## Non-goals\n\n- The tool does not manage cluster credentials.\n',
    });
    expect(r.facts.map(statementOf)).toEqual(['The tool does not manage cluster credentials.']);
  });

  it('ignores goals of design proposals', async () => {
    const r = await detectOn(goalsDetector, {
      'docs/proposals/x.md': '# X\n\n## Goals\n\n- Make feature X fast enough.\n',
    });
    expect(r.facts).toEqual([]);
  });

  it('lists Go programs under cmd/, nested ones by their own name, skipping shared folders', async () => {
    const r = await detectOn(binariesDetector, {
      'cmd/agent/main.go': 'package main\n',
      'cmd/agent/flags.go': 'package main\n',
      'cmd/cli/kubectl-example/main.go': 'package main\n',
      'cmd/internal/util.go': 'package internal\n',
      'cmd/version.go': 'package cmd\n',
    });
    expect(r.facts.map(statementOf)).toEqual(['Programs built from cmd/: `agent` and `kubectl-example`.']);
  });

  it('finds no programs in a repository without cmd/', async () => {
    const r = await detectOn(binariesDetector, { 'main.go': 'package main\n' });
    expect(r.facts).toEqual([]);
  });
});
