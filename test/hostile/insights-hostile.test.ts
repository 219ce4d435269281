// Hostile repositories against `selfassess insights`: whatever the files hold, the output is YAML that
// parses, validates against the schema, and carries no script URL, no credential and no multi-line
// injection; links that leave the repository through a symlink are not followed.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { insights, type SiDocument } from '../../src/insights/index.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/security-insights-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function run(files: Record<string, FileContent>, setup?: (r: FixtureRepo) => void) {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.commit({ message: 'hostile', files });
  setup?.(repo);
  const out = await insights(repo.dir, { generator: 'selfassess test' });
  const doc = parse(out.yaml) as SiDocument;
  expect(validate(doc) ? [] : validate.errors).toEqual([]);
  return { ...out, doc };
}

describe('insights on hostile repositories', () => {
  it('drops script URLs, credentials and malformed addresses instead of copying them', async () => {
    const { yaml, doc } = await run({
      'README.md': '# Evil\n\n[docs](javascript:alert(1)) https://github.com/evil/evil\n',
      'SECURITY.md': [
        '# Security',
        '',
        'Report to <security@evil> or to "><script>@evil.example.org or to a@b.c',
        'Our policy: [here](javascript:alert(document.cookie)) and [bounty](https://user:pw@hackerone.com/evil).',
        '',
      ].join('\n'),
      'MAINTAINERS.md': [
        '| Name | Email | GitHub |',
        '| -- | -- | -- |',
        '| <img src=x onerror=alert(1)> | x@y.z | @ok-handle |',
        '| Mallory `rm -rf /` | mallory@evil.example.org | ../../etc |',
        `| ${'A'.repeat(500)} | a@b.cd | bad handle |`,
        '| Eve | eve@evil.example.org\\nX-Injected: yes | eve |',
        '',
      ].join('\n'),
    });
    expect(yaml).not.toMatch(/javascript:/i);
    expect(yaml).not.toMatch(/user:pw/);
    expect(yaml).not.toMatch(/<script>|onerror/);
    // table rows whose "name" is markup, a command or a wall of text are not people
    const names = doc.repository?.['core-team'].map((c) => c.name) ?? [];
    expect(names.some((n) => /[<>`]/.test(n) || n.length > 80)).toBe(false);
    expect(names).toContain('Eve');
    const eve = doc.repository?.['core-team'].find((c) => c.name === 'Eve');
    expect(eve?.email).toBeUndefined();
  });

  it('keeps YAML-significant text from the repository as plain values and comments (no injected keys)', async () => {
    const { doc, yaml } = await run({
      'README.md':
        '# rocket: {injected: true}\n\nThis project is no longer maintained. key: {a: 1} &x *y\r\ninjected: true\n--- # end\n',
    });
    expect(Object.keys(doc)).toEqual(['header', 'project', 'repository']);
    expect(typeof doc.project?.name).toBe('string');
    expect(doc.repository?.status).toBe('unsupported');
    expect(yaml).not.toMatch(/^injected/m);
    expect(yaml).not.toMatch(/^---/m);
  });

  it('does not follow a symlinked maintainers file out of the repository', async () => {
    const { doc } = await run({ 'README.md': '# Linked\n' }, (repo) => {
      repo.write({ '../outside-maintainers.md': '| Name |\n| -- |\n| Secret Person |\n' });
      repo.symlink('MAINTAINERS.md', '../outside-maintainers.md');
      repo.git('add', 'MAINTAINERS.md');
      repo.git('commit', '-q', '-m', 'link');
    });
    expect(JSON.stringify(doc)).not.toContain('Secret Person');
  });

  it('survives a malformed OWNERS file, an alias bomb and a huge maintainers table', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [*${i === 0 ? 'a' : 'b'.repeat(i)}, *${i === 0 ? 'a' : 'b'.repeat(i)}]`,
      );
    bomb.push('approvers: *bbbbbbbbbbbb');
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `| Person Number${String.fromCharCode(97 + (i % 26))} | p${i} |`,
    );
    const { doc } = await run({
      OWNERS: bomb.join('\n'),
      OWNERS_ALIASES: 'aliases: [unclosed\n',
      'MAINTAINERS.md': `| Name | GitHub |\n| -- | -- |\n${rows.join('\n')}\n`,
    });
    // the table is over the Markdown parse cap or capped to a core team's size; either way bounded
    expect((doc.repository?.['core-team'] ?? []).length).toBeLessThanOrEqual(30);
  });
});
