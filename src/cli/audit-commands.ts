import type { Command } from 'commander';

/** Registers the `yibao audit` sub-commands. */
export function registerAuditCommands(program: Command): void {
  void program;
}
