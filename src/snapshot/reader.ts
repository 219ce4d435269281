// A size-capped, symlink-safe text reader for files in the snapshot's root. It never follows a symlink
// out of the root, reads only regular files, and turns binary or non-UTF-8 content into a skip reason.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';

export type SkipReason =
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'symlink'
  | 'outside-root'
  | 'not-regular'
  | 'unreadable';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: SkipReason; detail?: string };

/** Default cap on one file's size: larger files are skipped and reported. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class FileReader {
  private readonly realRoot: string;

  constructor(
    root: string,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.realRoot = realpathSync(root);
  }

  read(relPath: string): ReadResult {
    const abs = join(this.realRoot, relPath);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return { ok: false, reason: 'unreadable', detail: 'missing from the work tree' };
    }
    if (real !== abs) {
      // A symlink somewhere on the path. Inside the root it is harmless, outside it never is.
      if (!real.startsWith(this.realRoot + sep)) return { ok: false, reason: 'outside-root' };
      return { ok: false, reason: 'symlink' };
    }
    let fd: number;
    try {
      fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? 'open failed' };
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { ok: false, reason: 'not-regular' };
      if (st.size > this.maxBytes) {
        return { ok: false, reason: 'too-large', detail: `${st.size} bytes; the cap is ${this.maxBytes}` };
      }
      const buf = Buffer.alloc(st.size);
      let read = 0;
      while (read < st.size) {
        const n = readSync(fd, buf, read, st.size - read, read);
        if (n === 0) break;
        read += n;
      }
      return decode(buf.subarray(0, read));
    } catch (e) {
      return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
    } finally {
      closeSync(fd);
    }
  }
}

/** Git's own test for binary content: a NUL byte in the first 8,000 bytes. Then strict UTF-8. */
export function decode(buf: Uint8Array): ReadResult {
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return { ok: false, reason: 'binary' };
  try {
    const text = utf8.decode(buf);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
