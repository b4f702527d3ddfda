import { Fault } from '../fault.js'

/** A results file that cannot be used (JUnit XML, leg.json): it names the file and why. */
export class ResultsFileError extends Fault {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}
