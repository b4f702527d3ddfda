/*
 * The failures the action can explain in one line: bad input, an unreachable source, a broken
 * download, an unreadable results file. The entry prints their message alone; any other error is a
 * bug in the action and is printed with its stack.
 */

/** The base of every fault the action explains in one line. */
export class Fault extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** An error the user can fix in the workflow: it names the input and what is valid. */
export class InputError extends Fault {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`)
  }
}

/** An install failure with its cause in words and the input that points at the source. */
export class InstallError extends Fault {
  constructor(
    readonly input: string | undefined,
    message: string,
  ) {
    super(input ? `${input}: ${message}` : message)
  }
}

/** A results file that cannot be used (JUnit XML, leg.json): it names the file and why. */
export class ResultsFileError extends Fault {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}
