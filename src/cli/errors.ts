/** An error the CLI reports as one line on stderr with a chosen exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 2) {
    super(message);
    this.name = 'CliError';
  }
}
