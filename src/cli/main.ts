// The `yibao` command line. Each domain registers its own sub-commands from its
// own file; this file only assembles them and maps failures to exit codes.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.js';

const program = new Command();
program
  .name('yibao')
  .description('医保行政执法平台（yibao: administrative law enforcement for medical security bureaus）')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

// Each domain's commands, loaded only when they are asked for: `yibao catalog lint`
// should not pay for loading the database, DuckDB or the document renderers.
type Register = (program: Command) => void;
const DOMAINS: Array<{ commands: string[]; load: () => Promise<Register> }> = [
  { commands: ['catalog'], load: async () => (await import('./catalog-commands.js')).registerCatalogCommands },
  { commands: ['penalty'], load: async () => (await import('./penalty-commands.js')).registerPenaltyCommands },
  { commands: ['law'], load: async () => (await import('./law-commands.js')).registerLawCommands },
  { commands: ['case', 'doc'], load: async () => (await import('./case-commands.js')).registerCaseCommands },
  { commands: ['monitor'], load: async () => (await import('./monitor-commands.js')).registerMonitorCommands },
  { commands: ['audit'], load: async () => (await import('./audit-commands.js')).registerAuditCommands },
  { commands: ['serve'], load: async () => (await import('./serve-commands.js')).registerServeCommands },
];
const asked = process.argv[2];
const wanted = DOMAINS.filter((d) => d.commands.includes(asked ?? ''));
for (const domain of wanted.length ? wanted : DOMAINS) (await domain.load())(program);

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
