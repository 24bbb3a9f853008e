// The `yibao` command line. Each domain registers its own sub-commands from its
// own file; this file only assembles them and maps failures to exit codes.
import { Command, CommanderError } from 'commander';
import { registerCatalogCommands } from './catalog-commands.js';
import { registerPenaltyCommands } from './penalty-commands.js';
import { registerCaseCommands } from './case-commands.js';
import { registerMonitorCommands } from './monitor-commands.js';
import { registerAuditCommands } from './audit-commands.js';
import { registerServeCommands } from './serve-commands.js';
import { CliError } from './errors.js';

const program = new Command();
program
  .name('yibao')
  .description('医保行政执法平台（yibao: administrative law enforcement for medical security bureaus）')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerCatalogCommands(program);
registerPenaltyCommands(program);
registerCaseCommands(program);
registerMonitorCommands(program);
registerAuditCommands(program);
registerServeCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  if (err instanceof CliError) {
    process.stderr.write(`yibao: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  process.stderr.write(`yibao: 内部错误（internal error）: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
}
