#!/usr/bin/env node
// Entry point of the `selfassess` binary; the commands live in src/commands/program.ts.
import { main } from './commands/program.js';

process.exitCode = await main(process.argv.slice(2));
