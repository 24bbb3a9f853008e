import type { Command } from 'commander';

/** Registers the `yibao monitor` sub-commands. */
export function registerMonitorCommands(program: Command): void {
  void program;
}
