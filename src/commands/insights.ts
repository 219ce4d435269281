// The `insights` command: writes a SECURITY-INSIGHTS.yml (OpenSSF Security Insights v2.1.0) from the evidence.
// The file goes to stdout or --output; the fields it leaves out or fills with a placeholder go to stderr,
// one per line, so a maintainer sees what to complete. Exit 0, or 2 on a usage or input error.
import type { Command } from 'commander';
import { insights } from '../insights/index.js';
import { writeOutput } from './io.js';

export function registerInsightsCommand(program: Command, version: string): void {
  program
    .command('insights')
    .description('write a SECURITY-INSIGHTS.yml (OpenSSF Security Insights v2) from the evidence')
    .argument('[source]', 'a path inside a repository, a plain directory, or a git URL to clone', '.')
    .option('-o, --output <file>', 'write the file to FILE instead of stdout')
    .option('--answers <file>', "the maintainers' answers file (default: the repository's .selfassess.yml)")
    .action(async (source: string, opts: { output?: string; answers?: string }) => {
      const { result, yaml } = await insights(source, {
        generator: `selfassess ${version}`,
        ...(opts.answers ? { answersFile: opts.answers } : {}),
      });
      writeOutput(yaml, opts.output);
      const lines = [
        ...result.placeholders.map((r) => `placeholder: ${r.field}: ${r.why}`),
        ...result.leftOut.map((r) => `left out: ${r.field}: ${r.why}`),
      ];
      if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    });
}
