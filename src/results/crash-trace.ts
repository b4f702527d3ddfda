// faulthandler's first line: a fatal signal on Unix, a fatal exception on Windows.
const MARKERS = ['Fatal Python error:', 'Windows fatal exception:']

/** faulthandler's report of a crash in one run's output, from its first line on. */
export function crashTrace(output: string, maxLines = 400): string | undefined {
  const found = MARKERS.map((marker) => output.indexOf(marker)).filter((at) => at >= 0)
  if (found.length === 0) return undefined
  const at = Math.min(...found)
  const lines = output.slice(at).split('\n')
  const kept = lines.slice(0, maxLines).join('\n').trimEnd()
  return lines.length > maxLines ? `${kept}\n…` : kept
}

/**
 * The extension modules faulthandler lists after a crash ("Extension modules: a, b (total: 2)"):
 * third-party ones, so a module imported by the test that crashed is known even though the probe
 * had no chance to record it.
 */
export function crashedExtensions(trace: string): string[] {
  const match = /^Extension modules: (.*?)(?: \(total: \d+\))?$/m.exec(trace)
  if (!match) return []
  return match[1]
    .split(',')
    .map((name) => name.trim())
    .filter((name) => /^[\w.]+$/.test(name))
}

/**
 * Puts first the thread that crashed ("Current thread"), then the threads of a faulthandler dump
 * that were running the test (a frame "in <name>"), so that the first lines of an annotation, and
 * what is kept of a long dump, show where the test crashed or was stuck.
 */
export function focusDump(dump: string, testFunction: string): string {
  const lines = dump.split('\n')
  const firstThread = lines.findIndex((line) => /^(Current thread|Thread) 0x/.test(line))
  if (firstThread < 0) return dump
  const header = lines.slice(0, firstThread).join('\n').trim()
  const blocks = lines
    .slice(firstThread)
    .join('\n')
    .split(/\n\s*\n/)
  const inTest = (block: string) => new RegExp(` in ${testFunction.replace(/\W/g, '\\$&')}$`, 'm').test(block)
  const rank = (block: string) => (block.startsWith('Current thread') ? 0 : inTest(block) ? 1 : 2)
  const focused = [0, 1, 2].flatMap((r) => blocks.filter((block) => rank(block) === r))
  return [header, ...focused].filter(Boolean).join('\n\n')
}
