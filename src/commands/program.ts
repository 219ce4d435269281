// The command line: parses arguments, calls the library, writes output, maps errors to exit codes
// (0 ok, 1 findings, 2 usage or input error with one line on stderr). DESIGN §6 is the contract.
import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { type DraftFormat, draft } from '../index.js';
import { mergeDraft } from '../merge.js';
import { readDraftToUpdate, writeUpdatedDraft } from '../update/command.js';
import { registerGapsCommand } from './gaps.js';
import { registerInsightsCommand } from './insights.js';
import { EXIT, readInput, writeOutput } from './io.js';
import { registerLintCommand } from './lint.js';

const VERSION = readVersion();

/** The package's version, from the nearest package.json named selfassess (the CLI may run bundled or not). */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'selfassess' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next candidate
    }
  }
  return '0.0.0';
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function buildProgram(): Command {
  const program = new Command('selfassess')
    .description('Drafts and checks the CNCF TAG Security self-assessment of a project from its repository.')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  program
    .command('draft', { isDefault: true })
    .description('draft the self-assessment of a repository (default: the one you stand in)')
    .argument('[source]', 'a path inside a repository, a plain directory, or a git URL to clone', '.')
    .option('-o, --output <file>', 'write the draft to FILE instead of stdout')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('--max-commits <n>', 'how many recent commits to read', positiveInt, 2000)
    .option(
      '--update <file>',
      'refresh the generated blocks of draft FILE, keeping human edits (writes FILE)',
    )
    .option('--answers <file>', "the maintainers' answers file (default: the repository's .selfassess.yml)")
    .action(
      async (
        source: string,
        opts: { output?: string; format: DraftFormat; maxCommits: number; update?: string; answers?: string },
      ) => {
        if (opts.update !== undefined && opts.format !== 'md') {
          throw new UserError('--update refreshes a Markdown draft; drop --format json');
        }
        // Checked before drafting: a missing or hand-written FILE fails fast.
        const existing = opts.update !== undefined ? readDraftToUpdate(opts.update) : undefined;
        const result = await draft(source, {
          format: opts.format,
          historyLimit: opts.maxCommits,
          tool: { name: 'selfassess', version: VERSION },
          ...(opts.answers ? { answersFile: opts.answers } : {}),
        });
        if (opts.update !== undefined && existing !== undefined) {
          writeUpdatedDraft(opts.update, existing, result.output, opts.output);
          return;
        }
        writeOutput(result.output, opts.output);
      },
    );

  program
    .command('merge')
    .description('turn a finished draft into self-assessment.md: drop reference:, todo: and marker lines')
    .argument('<draft>', 'the draft to merge')
    .option('-o, --output <file>', 'write the result to FILE instead of stdout')
    .option('--allow-todo', 'merge even when todo: lines remain (they are dropped)', false)
    .action((draftPath: string, opts: { output?: string; allowTodo: boolean }) => {
      const result = mergeDraft(readInput(draftPath), { allowTodo: opts.allowTodo });
      if (result.remainingTodos.length > 0 && !opts.allowTodo) {
        const lines = result.remainingTodos.map((t) => `${draftPath}:${t.line}: ${t.text}`);
        process.stderr.write(
          `${lines.join('\n')}\n${result.remainingTodos.length} todo(s) remain in ${draftPath}; resolve them or pass --allow-todo\n`,
        );
        process.exitCode = EXIT.findings;
        return;
      }
      writeOutput(result.text, opts.output);
    });

  registerLintCommand(program, VERSION);
  registerGapsCommand(program, VERSION);
  registerInsightsCommand(program, VERSION);

  return program;
}

export { EXIT };

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  // `draft` is the default command, so `selfassess lint x` would read as a draft of "lint"; a bare word
  // that is neither a command nor a path is a mistyped or unknown command.
  const first = argv[0];
  if (
    first &&
    /^[a-z][a-z-]*$/.test(first) &&
    argv.length > 1 &&
    !program.commands.some((c) => c.name() === first) &&
    !existsSync(first)
  ) {
    process.stderr.write(`selfassess: unknown command '${first}'; run selfassess --help\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      const message = (e.message.replace(/^error:\s*/, '').split('\n')[0] ?? '').replace(/\.$/, '');
      process.stderr.write(`selfassess: ${message}; run selfassess --help\n`);
      return EXIT.usage;
    }
    if (e instanceof UserError) {
      process.stderr.write(`selfassess: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
