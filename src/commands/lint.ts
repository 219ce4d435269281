// The `lint` command. Placeholder until its issue lands: registered so the CLI's command list is stable.
import type { Command } from 'commander';
import { UserError } from '../errors.js';

export function registerLintCommand(program: Command, _version: string): void {
  program
    .command('lint')
    .description(
      'check an existing self-assessment: structure, template leftovers, metadata, and drift from the repository',
    )
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(() => {
      throw new UserError('lint is not implemented yet');
    });
}
