import { describe, expect, it } from 'vitest';
import { adopterCountDetector } from '../../src/detectors/ecosystem/adopter-count.js';
import { cncfStatusDetector } from '../../src/detectors/ecosystem/cncf-status.js';
import { namedLists, namedProjectsDetector } from '../../src/detectors/ecosystem/named-projects.js';
import type { AnyFact } from '../../src/evidence/model.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

describe('cncf status', () => {
  it.each([
    [
      'Rocket is a Cloud Native Computing Foundation ([CNCF](https://cncf.io)) graduated project.',
      'graduated',
    ],
    [
      'Rocket is a [Cloud Native Computing Foundation (CNCF) Incubating project](https://www.cncf.io/projects/).',
      'incubating',
    ],
    [
      'Rocket was contributed by Acme to the [CNCF](https://www.cncf.io/) as a Sandbox project in June 2021.',
      'sandbox',
    ],
    ['Rocket is hosted by the [Cloud Native Computing Foundation](https://cncf.io) (CNCF).', undefined],
  ])('reads "%s"', async (sentence, level) => {
    const r = await detectOn(cncfStatusDetector, { 'README.md': `# Rocket\n\nIntro.\n\n${sentence}\n` });
    expect(r.facts.map((f) => f.value)).toEqual([{ ...(level ? { level } : {}), path: 'README.md' }]);
    expect(r.facts[0]?.refs[0]).toMatchObject({ path: 'README.md', line: 5 });
  });

  it('words the level only when it is stated', async () => {
    const r = await detectOn(cncfStatusDetector, {
      'README.md': '# Rocket\n\nRocket is a CNCF incubating project.\n',
    });
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'CNCF: README.md states the project is an incubating project of the Cloud Native Computing Foundation.',
    );
  });

  it('does not take CNCF Slack, mailing lists or code of conduct mentions for a status', async () => {
    const r = await detectOn(cncfStatusDetector, {
      'README.md': [
        '# Rocket',
        '',
        'Join the #rocket channel on the CNCF Slack.',
        '',
        'Rocket follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).',
        '',
        'Mail us at rocket-dev@lists.cncf.io.',
      ].join('\n'),
    });
    expect(r.facts).toEqual([]);
  });
});

describe('named projects', () => {
  it('reads a lead that introduces projects, with GitHub repositories shown by address', async () => {
    const r = await detectOn(namedProjectsDetector, {
      'CONTRIBUTING.md': [
        '### Background',
        '',
        '* Platform API spec',
        '  * Example platforms: [pack CLI](https://github.com/buildpack/pack), [Tekton](https://github.com/tektoncd/catalog/blob/main/task/README.md)',
        '* Buildpack API spec',
        '  * Example buildpack providers: [Google](https://github.com/GoogleCloudPlatform/buildpacks), [Heroku](https://www.heroku.com/), [Paketo](https://paketo.io/)',
        '* Development tools: [golangci-lint](https://golangci-lint.run), [ko](https://ko.build)',
      ].join('\n'),
    });
    const statements = r.facts.map((f) => statementOf(f));
    expect(statements).toEqual([
      'Example platforms: pack CLI (github.com/buildpack/pack), Tekton (github.com/tektoncd/catalog).',
      'Example buildpack providers: Google (github.com/GoogleCloudPlatform/buildpacks), Heroku, Paketo.',
    ]);
    expect(r.facts[1]?.refs[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 6 });
  });

  it('reads a heading whose list items open with project links, and skips community headings', async () => {
    const lists = namedLists(
      [
        '# Harbor',
        '## Additional Tools',
        'Tools layered on top of Harbor.',
        '* **[Harbor.Tagd](https://github.com/HylandSoftware/Harbor.Tagd)**',
        '  - Cleans up old tags.',
        '## Community',
        '* [Slack](https://slack.cncf.io) and [Mailing list](https://lists.cncf.io/g/x): questions',
        '* Users: [Acme](https://acme.io), [Globex](https://globex.com)',
      ].join('\n'),
    );
    expect(lists).toEqual([
      {
        lead: 'Additional Tools',
        line: 2,
        projects: [{ name: 'Harbor.Tagd', url: 'https://github.com/HylandSoftware/Harbor.Tagd' }],
      },
    ]);
  });

  it('names sibling repositories of the same organisation linked from the README, not the repository itself', async () => {
    const r = await detectOn(namedProjectsDetector, {
      'go.mod': 'module github.com/antelope-io/antelope\n',
      'README.md': [
        '# Antelope [![Go](https://pkg.go.dev/badge/github.com/antelope-io/antelope.svg)](https://pkg.go.dev/github.com/antelope-io/antelope)',
        '',
        'See [issues](https://github.com/antelope-io/antelope/issues).',
        'Flow visibility lives in [Theia](https://github.com/antelope-io/theia); multi-cloud in',
        '[Nephe](https://github.com/antelope-io/nephe). Community: https://github.com/antelope-io/community.',
      ].join('\n'),
    });
    expect(r.facts.map((f) => f.value)).toEqual([
      { org: 'antelope-io', names: ['theia', 'nephe'], total: 2, path: 'README.md' },
    ]);
    expect(statementOf(r.facts[0] as AnyFact)).toBe(
      'Other antelope-io projects linked from README.md: theia, nephe.',
    );
  });

  it('names no siblings when the repository cannot tell which one it is', async () => {
    const r = await detectOn(namedProjectsDetector, {
      'README.md': 'See https://github.com/acme/one and https://github.com/acme/two.\n',
    });
    expect(r.facts).toEqual([]);
  });
});

describe('adopter count', () => {
  it('counts the organisations of the adopters file', async () => {
    const r = await detectOn(adopterCountDetector, {
      'ADOPTERS.md': '# Adopters\n\n| Organisation | Use |\n|---|---|\n| Acme | prod |\n| Globex | test |\n',
    });
    expect(r.facts.map((f) => statementOf(f))).toEqual([
      'Adopters: ADOPTERS.md lists 2 organisations using the project (named under Case Studies).',
    ]);
  });

  it('says nothing when the file lists nobody', async () => {
    const r = await detectOn(adopterCountDetector, {
      'ADOPTERS.md': '# Adopters\n\nOur adopters are listed at https://example.org/adopters.\n',
    });
    expect(r.facts).toEqual([]);
  });
});
