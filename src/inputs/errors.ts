/** An error the user can fix in the workflow: it names the input and what is valid. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`)
    this.name = 'InputError'
  }
}
