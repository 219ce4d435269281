// The `lint` command: check an existing self-assessment against the template (structure, leftovers,
// metadata) and, with --repo, against the repository (broken links, drift). Exit 1 when a finding is an
// error, 0 otherwise, 2 on bad usage. Findings go to stdout (or --output); the summary line to stderr.
import { existsSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { UserError } from '../errors.js';
import { lintAssessment } from '../lint/lint.js';
import { renderLintJson } from '../lint/output/json.js';
import { renderLintSarif } from '../lint/output/sarif.js';
import { lintSummary, renderLintText } from '../lint/output/text.js';
import { EXIT, readInput, writeOutput } from './io.js';

type LintFormat = 'text' | 'json' | 'sarif';

/** A --repo that is not a URL must exist: a typo should say so, not lint without the repository. */
function checkRepoSource(source: string): void {
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(source)) return;
  if (!existsSync(source))
    throw new UserError(`--repo ${source} does not exist; pass a repository path or URL`);
  if (!statSync(source).isDirectory())
    throw new UserError(`--repo ${source} is not a directory; pass a repository path or URL`);
}

export function registerLintCommand(program: Command, version: string): void {
  program
    .command('lint')
    .description(
      'check an existing self-assessment: structure, template leftovers, metadata, and drift from the repository',
    )
    .argument('<file>', 'the self-assessment (or draft) to check')
    .option('--repo <source>', 'check links and claims against this repository (path or git URL)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .option('-o, --output <file>', 'write the findings to FILE instead of stdout')
    .action(async (file: string, opts: { repo?: string; format: LintFormat; output?: string }) => {
      const text = readInput(file);
      if (opts.repo) checkRepoSource(opts.repo);
      const report = await lintAssessment(file, text, opts.repo ? { repo: opts.repo } : {});
      const tool = { name: 'selfassess', version };
      const out =
        opts.format === 'json'
          ? renderLintJson(report, tool)
          : opts.format === 'sarif'
            ? renderLintSarif(report, tool, text.replace(/^\uFEFF/, '').split(/\r?\n/))
            : renderLintText(report);
      writeOutput(out, opts.output);
      process.stderr.write(`${lintSummary(report)}\n`);
      process.exitCode = report.counts.error > 0 ? EXIT.findings : EXIT.ok;
    });
}
