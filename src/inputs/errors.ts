import { Fault } from '../fault.js'

/** An error the user can fix in the workflow: it names the input and what is valid. */
export class InputError extends Fault {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`)
  }
}
