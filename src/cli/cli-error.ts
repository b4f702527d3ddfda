/**
 * A fault the command-line tool explains in one line, with its exit code: 2 a usage error (a flag,
 * an argument, a report it cannot read), 3 the environment (an interpreter that is not there).
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 2 | 3,
    message: string,
  ) {
    super(message)
  }
}
