/**
 * A failure the action can explain in one line: bad input, an unreachable source, a broken
 * download, an unreadable results file. The entry prints its message alone; any other error is a
 * bug in the action and is printed with its stack.
 */
export class Fault extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}
