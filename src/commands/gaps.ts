// The `gaps` command: OSPS Baseline controls not met or not shown in the repository, as recommendations
// mapped to Scorecard checks (docs/gaps.md). Exit 0 whatever it finds: gaps are advice, not errors; 2 for a
// usage or input error (a malformed answers file names its line and field).
import { type Command, Option } from 'commander';
import { type GapsFormat, gaps } from '../gaps/run.js';
import { writeOutput } from './io.js';

export function registerGapsCommand(program: Command, version: string): void {
  program
    .command('gaps')
    .description(
      'list missing or unknown security practices as recommendations mapped to OSPS Baseline and Scorecard',
    )
    .argument('[source]', 'a path inside a repository, a plain directory, or a git URL to clone', '.')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'sarif', 'md'])
        .default('text'),
    )
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--answers <file>', "the maintainers' answers file (default: the repository's .selfassess.yml)")
    .action(async (source: string, opts: { format: GapsFormat; output?: string; answers?: string }) => {
      const result = await gaps(source, {
        format: opts.format,
        ...(opts.answers ? { answersFile: opts.answers } : {}),
        tool: { name: 'selfassess', version },
      });
      writeOutput(result.output, opts.output);
    });
}
