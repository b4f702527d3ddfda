import type { Shell } from '../inputs/run-inputs.js'

export interface Invocation {
  file: string
  args: string[]
}

/** How a shell runs a command string, as GitHub's `shell:` keyword does. */
export function shellInvocation(shell: Shell, command: string, python: string): Invocation {
  switch (shell) {
    case 'bash':
      return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] }
    case 'sh':
      return { file: 'sh', args: ['-e', '-c', command] }
    case 'pwsh':
      return {
        file: 'pwsh',
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', `$ErrorActionPreference = 'stop'; ${command}`],
      }
    case 'cmd':
      return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', command] }
    case 'python':
      return { file: python, args: ['-c', command] }
  }
}

/** Whether the command runs pytest, so that the action can add its JUnit file. */
export function runsPytest(command: string): boolean {
  return /(^|[\s;&|/(])(py\.test|pytest)(\s|$|;|&|\|)|-m\s+pytest\b/.test(command)
}

/** Whether the command already names a JUnit file, which would override the action's. */
export function namesJunitFile(command: string): boolean {
  return /--junit-?xml\b/.test(command)
}
