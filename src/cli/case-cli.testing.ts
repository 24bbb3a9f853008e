// Test support: `yibao case …` and `yibao doc` run in-process on a given service and store,
// returning what the command printed (a refusal throws its CliError, as the CLI would exit).
import { Command } from 'commander';
import type { CaseService } from '../cases/index.js';
import type { Store } from '../store/index.js';
import { registerCaseCommands } from './case-commands.js';

export function caseCli(deps: () => { service: CaseService; store: Store }): (...args: string[]) => Promise<string> {
  return async (...args) => {
    let out = '';
    const program = new Command().exitOverride();
    registerCaseCommands(program, { write: (s) => void (out += s), open: async () => ({ ...deps(), close: async () => {} }) });
    await program.parseAsync(['node', 'yibao', ...args]);
    return out;
  };
}
