// The I/O around `draft SOURCE --update FILE` (src/commands/program.ts calls it): read FILE, refresh it with
// a fresh draft, write the result atomically (a temporary file in the same folder, then rename, so an
// interrupted run never leaves half a draft), and say on stderr what was refreshed, kept, added and flagged.
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readInput, writeOutput } from '../commands/io.js';
import { UserError } from '../errors.js';
import { hasGeneratedBlocks, type UpdateReport, updateDraft } from '../update.js';

/** Checks FILE before any drafting work: it exists and is a draft with generated blocks. */
export function readDraftToUpdate(file: string): string {
  const text = readInput(file);
  if (!hasGeneratedBlocks(text)) {
    throw new UserError(
      `${file} has no selfassess block markers, so nothing in it is generated; check a hand-written assessment with selfassess lint ${file}`,
    );
  }
  return text;
}

/** Refreshes `existing` (read from `file`) with `fresh`, writes it to `output` or back to `file`. */
export function writeUpdatedDraft(
  file: string,
  existing: string,
  fresh: string,
  output: string | undefined,
): UpdateReport {
  const { text, report } = updateDraft(existing, fresh);
  if (output) writeOutput(text, output);
  else if (text !== existing) writeAtomically(file, text);
  process.stderr.write(summary(output && output !== '-' ? output : file, report));
  return report;
}

function writeAtomically(file: string, text: string): void {
  // Through a symbolic link to the draft, the draft itself is replaced, not the link.
  let target = file;
  try {
    target = realpathSync(file);
  } catch {
    // read a moment ago; if it went away, write where it was
  }
  const temp = join(dirname(target), `.${basename(target)}.selfassess-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    try {
      chmodSync(temp, statSync(target).mode & 0o7777);
    } catch {
      // keep the default mode when the old one cannot be read
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot write ${file}: ${code ?? String(e)}; pass --output to write elsewhere`);
  }
}

/** What changed, one line each for what needs a human's look, then the counts. */
export function summary(file: string, report: UpdateReport): string {
  const notes: { line: number; text: string }[] = [
    ...report.problems.map((p) => ({ line: p.line, text: p.message })),
    ...report.keptEdited.map((e) => ({ line: e.line, text: e.message })),
    ...report.flagged.map((f) => ({ line: f.line, text: `not found again, flagged: ${f.text}` })),
    ...report.gone.map((g) => ({
      line: g.line,
      text: `block ${g.id} is no longer generated; ${g.edited ? 'kept as edited' : 'kept and flagged'}`,
    })),
    ...report.added.map((a) => ({ line: a.line, text: `block ${a.id} added` })),
    ...report.removed.map((r) => ({
      line: r.line,
      text: `block ${r.id} removed: ${r.id.endsWith('.todo') ? 'the fresh draft asks none of its todos' : 'the fresh draft states none of its facts (each is flagged)'}`,
    })),
    ...report.refreshed
      .filter((r) => r.keptCells && r.keptCells.length > 0)
      .map((r) => ({
        line: r.line,
        text: `block ${r.id} refreshed around the cells filled by hand (${(r.keptCells ?? []).join(', ')})`,
      })),
  ].sort((a, b) => a.line - b.line);
  const lines = notes.map((n) => `${file}:${n.line}: ${n.text}`);
  for (const n of report.notAdded) lines.push(`${file}: block ${n.id} not added: ${n.reason}`);
  lines.push(
    `updated ${file}: refreshed ${report.refreshed.length}, unchanged ${report.unchanged.length}, kept edited ${report.keptEdited.length}, added ${report.added.length}, flagged gone ${report.flagged.length + report.gone.length}, removed ${report.removed.length}`,
  );
  return `${lines.join('\n')}\n`;
}
