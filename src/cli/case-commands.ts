import type { Command } from 'commander';

/** Registers the `yibao case` sub-commands. */
export function registerCaseCommands(program: Command): void {
  void program;
}
