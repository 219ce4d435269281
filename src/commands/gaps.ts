// The `gaps` command. Placeholder until its issue lands: registered so the CLI's command list is stable.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

export function registerGapsCommand(program: Command, _version: string): void {
  program
    .command('gaps')
    .description(
      'list missing or unknown security practices as recommendations mapped to OSPS Baseline and Scorecard',
    )
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(() => {
      throw new UserError('gaps is not implemented yet');
    });
}
