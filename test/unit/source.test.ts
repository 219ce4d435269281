import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseForgeUrl, permalink } from '../../src/snapshot/forge.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { checkGitUrl, isGitUrl, redactUrl } from '../../src/snapshot/source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const repos: FixtureRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

describe('git URLs', () => {
  it('tells URLs from paths', () => {
    expect(isGitUrl('https://github.com/a/b')).toBe(true);
    expect(isGitUrl('git@github.com:a/b.git')).toBe(true);
    expect(isGitUrl('file:///tmp/x')).toBe(true);
    expect(isGitUrl('ext::sh -c touch% /tmp/pwned')).toBe(true);
    expect(isGitUrl('./some/dir')).toBe(false);
    expect(isGitUrl('/abs/dir')).toBe(false);
    expect(isGitUrl('C:/x')).toBe(false);
  });

  it.each([
    ['ext::sh -c touch% /tmp/pwned', /ext:: transport/],
    ['fd::17', /fd:: transport/],
    ['--upload-pack=touch /tmp/pwned', /starts with "-"/],
    ['http://example.org/repo.git', /scheme http is not allowed/],
    ['ftp://example.org/repo.git', /scheme ftp is not allowed/],
  ])('refuses %s', (url, message) => {
    expect(() => checkGitUrl(url)).toThrow(UserError);
    expect(() => checkGitUrl(url)).toThrow(message);
  });

  it('accepts https, ssh, git and file URLs', () => {
    for (const url of ['https://github.com/a/b', 'ssh://git@host/a/b', 'git://host/a/b', 'file:///tmp/a']) {
      expect(() => checkGitUrl(url)).not.toThrow();
    }
  });

  it('redacts credentials', () => {
    expect(redactUrl('https://user:tok@github.com/a/b')).toBe('https://github.com/a/b');
  });

  it('refuses a dangerous source before running git', async () => {
    await expect(Snapshot.open('-oProxyCommand=touch /tmp/x')).rejects.toThrow(/starts with "-"/);
    await expect(Snapshot.open('ext::sh -c id')).rejects.toThrow(/ext:: transport/);
  });
});

describe('cloning', () => {
  it('clones a file:// URL into a temporary directory and removes it on close', async () => {
    const origin = FixtureRepo.git();
    repos.push(origin);
    origin.commit({ message: 'init', files: { 'SECURITY.md': '# Security\n' } });
    // A hook in the origin must never run: clones do not copy hooks, and templates are off.
    origin
      .write({ '.git/hooks/post-checkout': '#!/bin/sh\ntouch "$PWD/../HOOK_RAN"\n' })
      .chmod('.git/hooks/post-checkout', 0o755);
    const s = await Snapshot.open(`file://${origin.dir}`);
    const root = s.root;
    expect(s.read('SECURITY.md')).toBe('# Security\n');
    expect(s.history?.commits).toHaveLength(1);
    expect(existsSync(`${root}/../HOOK_RAN`)).toBe(false);
    s.close();
    expect(existsSync(root)).toBe(false);
  });

  it('reports a URL that cannot be cloned as a user error', async () => {
    await expect(Snapshot.open('file:///nonexistent/selfassess/repo.git')).rejects.toThrow(/cannot clone/);
  });
});

describe('forge URLs', () => {
  it.each([
    ['https://github.com/antrea-io/antrea.git', 'github', 'antrea-io/antrea'],
    ['git@github.com:antrea-io/antrea.git', 'github', 'antrea-io/antrea'],
    ['ssh://git@github.com/antrea-io/antrea', 'github', 'antrea-io/antrea'],
    ['https://gitlab.com/group/sub/project.git', 'gitlab', 'group/sub/project'],
  ])('parses %s', (url, kind, repo) => {
    expect(parseForgeUrl(url)).toMatchObject({ kind, repo });
  });

  it('does not recognise local paths or unknown hosts', () => {
    expect(parseForgeUrl('/work/.mirror/antrea/repo')).toBeUndefined();
    expect(parseForgeUrl('https://example.org/a/b')).toBeUndefined();
    expect(parseForgeUrl('https://github.com/a/b/c')).toBeUndefined();
  });

  it('builds GitLab permalinks and encodes paths', () => {
    const forge = parseForgeUrl('https://gitlab.com/g/p');
    if (!forge) throw new Error('no forge');
    expect(permalink(forge, 'abc', 'docs/my file.md', 4)).toBe(
      'https://gitlab.com/g/p/-/blob/abc/docs/my%20file.md#L4',
    );
  });
});
