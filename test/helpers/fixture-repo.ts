// Builds tiny repositories for tests: files, then real git commits with chosen authors, trailers and
// signature headers. Every fixture lives in its own temporary directory, removed by `cleanup()`.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type FileContent = string | Buffer;

export interface CommitSpec {
  message: string;
  /** Files to write (or overwrite) before committing. */
  files?: Record<string, FileContent>;
  author?: { name: string; email: string };
  date?: string;
  /** Add a gpgsig header to the commit object (an unverifiable signature, as presence is what we read). */
  signed?: boolean;
}

const FAKE_SIGNATURE = [
  '-----BEGIN PGP SIGNATURE-----',
  '',
  'iQEzBAABCAAdFiEEfakefakefakefakefakefakefakefakeFAKEFAKE=',
  '=fake',
  '-----END PGP SIGNATURE-----',
];

export class FixtureRepo {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** An empty directory (no git yet). */
  static directory(): FixtureRepo {
    return new FixtureRepo(mkdtempSync(join(tmpdir(), 'selfassess-fixture-')));
  }

  /** A directory with `git init` done and no commits. */
  static git(): FixtureRepo {
    const repo = FixtureRepo.directory();
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  write(files: Record<string, FileContent>): this {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(this.dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return this;
  }

  symlink(path: string, target: string): this {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(target, abs);
    return this;
  }

  chmod(path: string, mode: number): this {
    chmodSync(join(this.dir, path), mode);
    return this;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: this.dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Fixture Author',
        GIT_AUTHOR_EMAIL: 'author@example.org',
        GIT_COMMITTER_NAME: 'Fixture Committer',
        GIT_COMMITTER_EMAIL: 'committer@example.org',
        GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
        GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
      },
    });
  }

  /** Writes the files, stages everything and commits; returns the new commit's sha. */
  commit(spec: CommitSpec): string {
    if (spec.files) this.write(spec.files);
    this.git('add', '-A');
    const tree = this.git('write-tree').trim();
    const parent = this.head();
    return this.commitObject({ ...spec, tree, parents: parent ? [parent] : [] });
  }

  /** The current commit, or undefined before the first one. */
  head(): string | undefined {
    try {
      return this.git('rev-parse', '-q', '--verify', 'HEAD^{commit}').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Commits a merge of `other` into the current branch (both parents recorded). */
  merge(otherSha: string, message = 'Merge'): string {
    const tree = this.git('write-tree').trim();
    const head = this.git('rev-parse', 'HEAD').trim();
    return this.commitObject({ message, tree, parents: [head, otherSha] });
  }

  private commitObject(spec: CommitSpec & { tree: string; parents: string[] }): string {
    const author = spec.author ?? { name: 'Fixture Author', email: 'author@example.org' };
    const when = `${Math.floor(Date.parse(spec.date ?? '2024-01-02T03:04:05Z') / 1000)} +0000`;
    const lines = [`tree ${spec.tree}`, ...spec.parents.map((p) => `parent ${p}`)];
    lines.push(`author ${author.name} <${author.email}> ${when}`);
    lines.push(`committer ${author.name} <${author.email}> ${when}`);
    if (spec.signed)
      lines.push(`gpgsig ${FAKE_SIGNATURE[0]}`, ...FAKE_SIGNATURE.slice(1).map((l) => ` ${l}`));
    const body = `${lines.join('\n')}\n\n${spec.message.endsWith('\n') ? spec.message : `${spec.message}\n`}`;
    const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: this.dir,
      input: body,
      encoding: 'utf8',
    }).trim();
    this.git('update-ref', 'HEAD', sha);
    return sha;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
