import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_SECTIONS } from '../../src/template/sections.js';
import { runCli } from '../helpers/cli.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

let repo: FixtureRepo;
let plain: FixtureRepo;
let scratch: FixtureRepo;

beforeAll(() => {
  repo = FixtureRepo.git();
  repo.commit({
    message: 'init\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\n[Issues](https://github.com/acme/rocket/issues)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@example.org.\n',
      'docs/security.md': '# Security\n',
      'docs/configuration.md': '# Configuration\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  plain = FixtureRepo.directory().write({ 'README.md': '# Plain\n', 'SECURITY.md': '# Policy\n' });
  scratch = FixtureRepo.directory();
});
afterAll(() => {
  repo.cleanup();
  plain.cleanup();
  scratch.cleanup();
});

function h2Sections(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => /^## /.test(l))
    .map((l) => l.slice(3));
}

describe('selfassess draft', () => {
  it('drafts every template section in order, with references and todos', () => {
    const r = runCli(['draft', repo.dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const md = r.stdout;
    expect(md.split('\n')[0]).toBe('# Self-assessment for Rocket');
    expect(h2Sections(md)).toEqual([
      'Table of contents',
      ...TEMPLATE_SECTIONS.filter((s) => s.level === 2).map((s) => s.title),
    ]);
    const h3 = md
      .split('\n')
      .filter((l) => /^### /.test(l))
      .map((l) => l.slice(4));
    expect(h3).toEqual(TEMPLATE_SECTIONS.filter((s) => s.level === 3).map((s) => s.title));
    expect(md).toContain('| Software | <https://github.com/acme/rocket> |');
    expect(md).toMatch(
      /\| Security file \| <https:\/\/github\.com\/acme\/rocket\/blob\/[0-9a-f]{40}\/SECURITY\.md> \|/,
    );
    expect(md).toMatch(/\| Default and optional configs \| <[^>]+docs\/configuration\.md> \|/);
    expect(md).toMatch(/reference: https:\/\/github\.com\/acme\/rocket\/blob\/[0-9a-f]{40}\/SECURITY\.md#L1/);
    expect(md).toContain('todo: Security Provider: write Yes');
    expect(md).toContain('100% carry a Signed-off-by trailer');
    // Balanced block markers with hashes.
    const begins = md.match(/<!-- selfassess:begin \S+ sha256=[0-9a-f]{12} -->/g) ?? [];
    const ends = md.match(/<!-- selfassess:end \S+ -->/g) ?? [];
    expect(begins.length).toBeGreaterThan(10);
    expect(begins.length).toBe(ends.length);
    // It is Markdown a parser reads back: the metadata table is a table.
    const tree = fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(tree.children.filter((n) => n.type === 'table')).toHaveLength(2);
  });

  it('defaults SOURCE to the current directory and writes --output', () => {
    const out = join(scratch.dir, 'draft.md');
    const r = runCli(['draft', '--output', out], { cwd: join(repo.dir, 'docs') });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('# Self-assessment for Rocket');
  });

  it('runs as the default command', () => {
    const r = runCli([repo.dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('## Security issue resolution');
  });

  it('drafts a plain directory without git and says history is unknown', () => {
    const r = runCli(['draft', plain.dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Self-assessment for Plain');
    expect(r.stdout).toMatch(/todo: Commit history \(sign-off and signature shares\) is unknown/);
  });

  it('writes JSON that validates against the published schema', () => {
    const r = runCli(['draft', repo.dir, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.snapshot.repo).toBe('acme/rocket');
    expect(report.facts.map((f: { kind: string }) => f.kind)).toContain('disclosure.security-policy');
    // A broken report must fail validation, or the test proves nothing.
    expect(validate({ ...report, facts: [{ id: 'x' }] })).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    [['draft', '/nonexistent/selfassess'], /no such directory/],
    [['draft', '--bogus'], /unknown option '--bogus'/],
    [['draft', '.', '--format', 'pdf'], /argument 'pdf' is invalid/],
    [['draft', 'ext::sh -c id'], /ext:: transport/],
    [['draft', 'file:///nonexistent/selfassess.git'], /cannot clone/],
    [['merge', '/nonexistent/draft.md'], /no such file/],
    [['frobnicate', 'x', 'y'], /unknown command 'frobnicate'/],
  ])('%j exits 2 with one line on stderr', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 on an unreadable directory', () => {
    const locked = FixtureRepo.directory().write({ 'a.md': 'x' }).chmod('.', 0o000);
    try {
      const r = runCli(['draft', locked.dir]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      locked.chmod('.', 0o755).cleanup();
    }
  });
});

describe('selfassess merge', () => {
  it('refuses while todos remain, listing them, and merges with --allow-todo', () => {
    const draft = runCli(['draft', repo.dir]).stdout;
    const file = join(scratch.dir, 'merge.md');
    writeFileSync(file, draft);
    const refused = runCli(['merge', file]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: todo: Security Provider`),
    );
    const merged = runCli(['merge', file, '--allow-todo']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).not.toMatch(/^\s*(reference|todo):/m);
    expect(merged.stdout).not.toContain('selfassess:');
    expect(merged.stdout).toContain('## Metadata');
  });
});
