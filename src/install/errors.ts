import { Fault } from '../fault.js'

/** An install failure with its cause in words and the input that points at the source. */
export class InstallError extends Fault {
  constructor(
    readonly input: string | undefined,
    message: string,
  ) {
    super(input ? `${input}: ${message}` : message)
  }
}
