// Error classes that separate a user's mistake (exit 2, one line on stderr) from a bug (a stack trace).

/** Bad usage or bad input: the CLI prints `message` on one line and exits 2. */
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
