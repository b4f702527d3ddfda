import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from './workflow-commands.js'

/** Output beyond this is left in the log file: the first and last parts are shown. */
export const REPLAY_HEAD = 1024 * 1024
export const REPLAY_TAIL = 7 * 1024 * 1024

/** Bytes start..start+length of a file as text; bytes that are not UTF-8 become U+FFFD. */
export function readText(file: string, start: number, length: number): string {
  const buffer = Buffer.alloc(Math.max(length, 0))
  const fd = openSync(file, 'r')
  try {
    readSync(fd, buffer, 0, buffer.length, start)
  } finally {
    closeSync(fd)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(buffer)
}

/**
 * The last part of a log written since offset (faulthandler's crash report, pytest's closing
 * lines), at most `bytes` of it; '' when the file does not exist.
 */
export function readTail(file: string, offset = 0, bytes = 256 * 1024): string {
  if (!existsSync(file)) return ''
  const size = statSync(file).size
  const start = Math.max(offset, size - bytes)
  return readText(file, start, size - start)
}

/** Every line prefixed, so that the mode is visible on each and no line can start with "::". */
function prefixLines(text: string, prefix: string): string {
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => `${prefix}${line}`).join(EOL)
}

/**
 * Shows a finished command's output under a title (the runner: a log group of its own, where
 * nothing it printed can act as a workflow command). Beyond REPLAY_HEAD + REPLAY_TAIL bytes, the
 * first and last parts, and where the whole log is.
 */
export function replayLog(title: string, file: string, prefix: string): void {
  core.commandOutput(title, function* () {
    if (!existsSync(file)) return
    const size = statSync(file).size
    if (size <= REPLAY_HEAD + REPLAY_TAIL) {
      yield `${prefixLines(readText(file, 0, size), prefix)}${EOL}`
      return
    }
    yield `${prefixLines(readText(file, 0, REPLAY_HEAD), prefix)}${EOL}`
    yield `${prefix}[… ${size - REPLAY_HEAD - REPLAY_TAIL} bytes left out; the whole log is ${file}]${EOL}`
    yield `${prefixLines(readText(file, size - REPLAY_TAIL, REPLAY_TAIL), prefix)}${EOL}`
  })
}
