import type { Command } from 'commander';

/** Registers the `yibao catalog` sub-commands. */
export function registerCatalogCommands(program: Command): void {
  void program;
}
