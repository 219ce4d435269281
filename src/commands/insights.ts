// The `insights` command. Placeholder until its issue lands: registered so the CLI's command list is stable.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

export function registerInsightsCommand(program: Command, _version: string): void {
  program
    .command('insights')
    .description('write a SECURITY-INSIGHTS.yml (OpenSSF Security Insights v2) from the evidence')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(() => {
      throw new UserError('insights is not implemented yet');
    });
}
