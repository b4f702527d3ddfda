/** An install failure with its cause in words and the input that points at the source. */
export class InstallError extends Error {
  constructor(
    readonly input: string | undefined,
    message: string,
  ) {
    super(input ? `${input}: ${message}` : message)
    this.name = 'InstallError'
  }
}
