// Input and output shared by the commands: exit codes, reading a file the user named, writing --output.
import { readFileSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function writeOutput(text: string, file: string | undefined): void {
  if (!file || file === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `cannot write ${file}: ${code === 'ENOENT' ? 'its folder does not exist' : (code ?? String(e))}; choose another --output`,
    );
  }
}

export function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`no such file: ${file}; pass the path of a draft`);
    if (code === 'EISDIR') throw new UserError(`${file} is a directory; pass the path of a draft`);
    if (code === 'EACCES') throw new UserError(`cannot read ${file}: permission denied`);
    throw new UserError(`cannot read ${file}: ${code ?? String(e)}`);
  }
}
