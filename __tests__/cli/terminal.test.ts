import { describe, expect, test } from '@jest/globals'
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { Terminal } from '../../src/cli/terminal.js'
import { COLOURED, PLAIN } from '../../src/report/terminal-report.js'
import { stripAnsi } from '../../src/report/escape.js'
import type { LegPlan } from '../../src/model/leg.js'

/** A stream that keeps what is written, as a terminal of `columns` or a pipe. */
function screen(columns?: number) {
  const stream = new PassThrough() as PassThrough & { columns?: number }
  if (columns) stream.columns = columns
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  return { stream, text: () => text }
}

const plan = (mode: 'standard' | 'freethreaded') => ({ id: `3.14.2-${mode}`, mode, version: '3.14.2' }) as LegPlan

describe('off a terminal', () => {
  test('plain lines: warnings and errors marked, annotations left to the report, a line per command', () => {
    const out = screen()
    const terminal = new Terminal(out.stream, { style: PLAIN, live: false, verbose: false })
    terminal.info('Running standard')
    terminal.message('warning', 'something odd', { file: 'tests/test_x.py', line: 3 })
    terminal.message('error', 'install: failed for cp314t')
    terminal.annotation()
    terminal.commandOutput('standard · 3.14.2: exit 0, 3 tests, 0.4 s', () => ['[standard] collected 3 items\n'])
    terminal.output()
    terminal.started(plan('standard'), mkdtempSync(path.join(tmpdir(), 'spft-leg-')))
    terminal.finished(plan('standard'))
    expect(out.text()).toBe(
      'Running standard\n' +
        'warning: something odd (tests/test_x.py:3)\n' +
        'error: install: failed for cp314t\n' +
        '▸ standard · 3.14.2: exit 0, 3 tests, 0.4 s\n' +
        'standard (3.14.2): started\n',
    )
  })

  test("--verbose shows each command's own output under its line", () => {
    const out = screen()
    const terminal = new Terminal(out.stream, { style: PLAIN, live: false, verbose: true })
    terminal.commandOutput('Install for cp314: exit 0', () => ['[install cp314] Successfully installed pytest\n'])
    expect(out.text()).toBe('▸ Install for cp314: exit 0\n[install cp314] Successfully installed pytest\n')
  })

  test('what libraries write to stdout as workflow commands: debug dropped, warnings shown, stdout given back', () => {
    const out = screen()
    const stdout = new PassThrough() as unknown as NodeJS.WriteStream
    let leaked = ''
    stdout.write = ((chunk: string) => ((leaked += chunk), true)) as typeof stdout.write
    const original = stdout.write
    const terminal = new Terminal(out.stream, { style: PLAIN, live: false, verbose: false })
    const giveBack = terminal.takeStdout(stdout)
    stdout.write('::debug::Checking tar --version\n::warning::a 50%25 slow%0Amirror\nplain li')
    stdout.write('ne\n')
    giveBack()
    giveBack()
    expect(stdout.write).toBe(original)
    stdout.write('the report\n')
    expect(out.text()).toBe('warning: a 50% slow\nmirror\nplain line\n')
    expect(leaked).toBe('the report\n')
  })
})

describe('on a terminal', () => {
  test('a live line per running mode with its tests done, cleared before each log line and drawn again', () => {
    const out = screen(60)
    let now = 1_000_000
    const terminal = new Terminal(out.stream, { style: COLOURED, live: true, verbose: false, now: () => now })
    const legDir = mkdtempSync(path.join(tmpdir(), 'spft-leg-'))
    mkdirSync(path.join(legDir, 'probe-run-1'))
    appendFileSync(
      path.join(legDir, 'probe-run-1', 'probe-7.jsonl'),
      '{"e": "test", "id": "a"}\n{"e": "test", "id": "b"}\n',
    )
    terminal.started(plan('freethreaded'), legDir)
    now += 2500
    terminal.started(plan('standard'), mkdtempSync(path.join(tmpdir(), 'spft-leg-')))
    terminal.info('a log line')
    terminal.finished(plan('freethreaded'))
    terminal.finished(plan('standard'))
    terminal.stop()
    const text = out.text()
    // Two lines drawn, then cleared (cursor up two, clear down) before the log line, then drawn again.
    expect(text).toContain('freethreaded (3.14.2): 2 tests done, 2.5 s\n')
    expect(text).toContain('standard (3.14.2): 0 tests done, 0.0 s\n')
    expect(text).toContain('\u001b[2A\u001b[0Ja log line\n')
    // Nothing is left drawn at the end, and no line is wider than the terminal.
    expect(text.endsWith('\u001b[1A\u001b[0J')).toBe(true)
    const visible = stripAnsi(text).split('\n')
    expect(Math.max(...visible.map((line) => [...line].length))).toBeLessThanOrEqual(60)
  })
})
