import type { Command } from 'commander';

/** Registers the `yibao penalty` sub-commands. */
export function registerPenaltyCommands(program: Command): void {
  void program;
}
