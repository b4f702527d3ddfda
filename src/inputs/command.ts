/* What the `run` command is, read from its text: the action adapts to pytest. */

/** Whether the command runs pytest, so that the action can add its JUnit file. */
export function runsPytest(command: string): boolean {
  return /(^|[\s;&|/(])(py\.test|pytest)(\s|$|;|&|\|)|-m\s+pytest\b/.test(command)
}

/** Whether the command already names a JUnit file, which would override the action's. */
export function namesJunitFile(command: string): boolean {
  return /--junit-?xml\b/.test(command)
}
