/** The shells a command can run in, as GitHub's `shell:` keyword names them. */
export const SHELLS = ['bash', 'sh', 'pwsh', 'cmd', 'python'] as const
export type Shell = (typeof SHELLS)[number]

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

/** A word quoted for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** A word quoted for PowerShell when it needs it (single quotes, a quote doubled). */
export function pwshWord(word: string): string {
  return /^[\w@%+=:,./\\-]+$/.test(word) ? word : `'${word.replace(/'/g, "''")}'`
}
