/*
 * Why a suite ran no test at all, read from the end of its output: pytest that could not load a
 * conftest or a plugin, collect a module, or parse its options prints the cause last.
 */

import { runsPytest } from '../inputs/command.js'
import type { LegStatus } from '../model/leg.js'

/**
 * A pytest run that ended without a signal or a timeout, non-zero, and left no test result: it never
 * ran a test (a conftest or plugin that does not load, a collection error, bad options, nothing
 * collected). Such a mode was not compared, whatever fail-on says.
 */
export function ranNoTest(command: string, status: LegStatus, tests: number): boolean {
  return tests === 0 && runsPytest(command) && !status.signal && !status.timedOut && status.exitCode !== 0
}

/** How long the quoted cause may be: one line of an annotation. */
export const CAUSE_LIMIT = 300

/** pytest's decorations, not causes: ===== rules, !!!!! Interrupted !!!!!, the timing line. */
const DECORATION = /^(=+|!+|-+|_+)( .*)?$|^\d+ (errors?|failed|passed|skipped|warnings?)\b.* in [\d.]+s/

/** The unindented line of an exception (pluggy._manager.PluginValidationError: ...). */
const EXCEPTION = /^([A-Za-z_][\w]*\.)*[A-Za-z_]\w*(Error|Exception|Exit|Interrupt|Failed)\b(:.*)?$/

/**
 * The last error line of the output: an exception with the lines that continue its message, pytest's
 * `E   ` detail, its `ERROR ...` lines, an INTERNALERROR, or an argument parser's `error:`. Quoted
 * whole, up to CAUSE_LIMIT characters; undefined when the output has none.
 */
export function startFailure(output: string): string | undefined {
  const lines = output.split(/\r?\n/)
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at].trimEnd()
    if (!line || DECORATION.test(line)) continue
    let cause: string | undefined
    if (EXCEPTION.test(line)) {
      // The message may go on over the next lines, up to a blank line or a decoration.
      const rest = []
      for (let next = at + 1; next < lines.length && rest.length < 3; next++) {
        const more = lines[next].trim()
        if (!more || DECORATION.test(more)) break
        rest.push(more)
      }
      cause = [line, ...rest].join(' ')
    } else {
      const detail = /^E {2,}(\S.*)$/.exec(line) ?? /^INTERNALERROR> *(\S.*(Error|Exception)\b.*)$/.exec(line)
      if (detail) cause = detail[1]
      else if (/^ERROR\b/.test(line) || /^\S+: error: /.test(line)) cause = line
    }
    if (cause) return cause.length > CAUSE_LIMIT ? `${cause.slice(0, CAUSE_LIMIT)}…` : cause
  }
  return undefined
}
