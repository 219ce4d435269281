// The one place that runs git. Argument arrays (never a shell), a clean environment, and configuration that
// keeps the repository's own settings from running anything (DESIGN §7): no fsmonitor, no hooks, no
// signature verification, no pager.
import { execFile } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | null,
    readonly stdout = '',
  ) {
    super(message);
  }
}

/** Settings passed with -c on every call: each one turns off a way git could run a program or a prompt. */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'log.showSignature=false',
  'protocol.ext.allow=never',
  'protocol.fd.allow=never',
  'filter.lfs.smudge=',
  'filter.lfs.process=',
  'filter.lfs.required=false',
  'advice.detachedHead=false',
];

/** The environment git runs with: the caller's, minus GIT_* variables that would redirect it. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GIT_') || k === 'GIT_SSH_COMMAND' || k === 'GIT_SSH') env[k] = v;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_LFS_SKIP_SMUDGE = '1';
  env.LC_ALL = 'C';
  return env;
}

export interface GitOptions {
  cwd: string;
  /** Kill git after this long (clones of large repositories take minutes). */
  timeoutMs?: number;
  maxBuffer?: number;
}

/** Runs `git <args>` and resolves with its stdout; rejects with a GitError carrying stderr. */
export function git(args: readonly string[], options: GitOptions): Promise<string> {
  const fullArgs = ['--no-pager', ...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      fullArgs,
      {
        cwd: options.cwd,
        env: gitEnv(),
        encoding: 'utf8',
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        timeout: options.timeoutMs ?? 120_000,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          const firstLine = stderr.trim().split('\n').find(Boolean) ?? error.message;
          reject(new GitError(firstLine, stderr, code, stdout));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

/** Like `git`, but resolves undefined instead of rejecting (for questions whose answer may be "none"). */
export async function gitMaybe(args: readonly string[], options: GitOptions): Promise<string | undefined> {
  try {
    return await git(args, options);
  } catch (e) {
    if (e instanceof GitError) return undefined;
    throw e;
  }
}
