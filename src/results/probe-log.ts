import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  clip,
  DETAILS_LIMIT,
  MESSAGE_LIMIT,
  OUTCOMES,
  xdistCrashedWorker,
  xdistCrashMessage,
  type Outcome,
  type TestResult,
} from '../model/outcome.js'
import type { TsanWindow } from '../tsan/report.js'

/*
 * Reads what the GIL probe (src/probe/setup_python_ft_probe.py) wrote for one run of a mode:
 * probe-<pid>.jsonl per interpreter, and hang-<pid>.txt when the mode's time ran out.
 */

export interface ExtensionModule {
  name: string
  file: string
  stdlib: boolean
}

export interface GilEnabledEvent {
  /** The test during which the GIL came back on; undefined when it happened outside a test. */
  test?: string
  module?: string
  /** import, collect, test, ... */
  when: string
}

export interface ProbeLog {
  /** Interpreters that started with the probe. */
  processes: number
  /** The GIL state at the start and end of the interpreter that ran the tests (or the first one). */
  gilAtStart?: boolean
  gilAtEnd?: boolean
  tests: TestResult[]
  /** Tests that started and never finished: the process died or was stopped during them. */
  unfinished: Pick<TestResult, 'id' | 'nodeid' | 'file' | 'line' | 'threads' | 'singleThreaded'>[]
  gilEnabled: GilEnabledEvent[]
  extensions: ExtensionModule[]
  /** faulthandler's dump of every thread, written when the time ran out. */
  hangDump?: string
  /** The freethreaded-tsan mode: where each test began and ended in its process's TSan report file. */
  tsanWindows: TsanWindow[]
}

interface ProcessLog {
  pid: number
  events: Record<string, unknown>[]
  ranTests: boolean
}

// What pytest reports, and crashed for a test whose xdist worker died; a crash or hang of the run
// itself, and absent, are decided by the action.
const PROBE_OUTCOMES = new Set<string>(OUTCOMES.filter((o) => o !== 'hung' && o !== 'absent'))

function parseLines(text: string): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const event = JSON.parse(line) as unknown
      if (event && typeof event === 'object' && typeof (event as { e?: unknown }).e === 'string') {
        events.push(event as Record<string, unknown>)
      }
    } catch {
      // The last line of a process that crashed mid-write: nothing to take from it.
    }
  }
  return events
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)

function testOf(event: Record<string, unknown>): TestResult | undefined {
  const id = text(event.id)
  const outcome = text(event.outcome)
  if (!id || !outcome || !PROBE_OUTCOMES.has(outcome)) return undefined
  const result: TestResult = { id, outcome: outcome as Outcome }
  const nodeid = text(event.nodeid)
  if (nodeid) result.nodeid = nodeid
  if (text(event.file)) result.file = text(event.file)
  if (num(event.line)) result.line = num(event.line)
  if (text(event.message)) result.message = clip(text(event.message), MESSAGE_LIMIT)
  if (text(event.details)) result.details = clip(text(event.details), DETAILS_LIMIT)
  if (num(event.time) !== undefined) result.time = num(event.time)
  if (num(event.threads)) result.threads = num(event.threads)
  if (text(event.single)) result.singleThreaded = clip(text(event.single), MESSAGE_LIMIT)
  const worker = result.outcome === 'crashed' ? xdistCrashedWorker(result.message) : undefined
  if (result.outcome === 'crashed' && !worker) return undefined
  if (worker) result.message = xdistCrashMessage(worker)
  return result
}

export function readProbeLog(dir: string): ProbeLog {
  const log: ProbeLog = { processes: 0, tests: [], unfinished: [], gilEnabled: [], extensions: [], tsanWindows: [] }
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    return log
  }
  const processes: ProcessLog[] = []
  const extensions = new Map<string, ExtensionModule>()
  for (const name of names.sort()) {
    const file = path.join(dir, name)
    if (name.startsWith('hang-') && statSync(file).size > 0) {
      log.hangDump = [log.hangDump, readFileSync(file, 'utf8').trim()].filter(Boolean).join('\n\n')
    }
    if (!/^probe-\d+\.jsonl$/.test(name)) continue
    const events = parseLines(readFileSync(file, 'utf8'))
    processes.push({
      pid: Number(/\d+/.exec(name)![0]),
      events,
      ranTests: events.some((e) => e.e === 'test-start' || e.e === 'test'),
    })
  }
  log.processes = processes.length
  for (const { pid, events } of processes) {
    const started = new Map<string, Record<string, unknown>>()
    const openWindows = new Map<string, TsanWindow>()
    for (const event of events) {
      if (event.e === 'test-start' && text(event.id)) {
        started.set(text(event.id)!, event)
        if (num(event.tsan) !== undefined) {
          const window = {
            pid,
            test: text(event.id)!,
            from: num(event.tsan)!,
            file: text(event.file),
            line: num(event.line),
          }
          log.tsanWindows.push(window)
          openWindows.set(window.test, window)
        }
      } else if (event.e === 'test') {
        const window = openWindows.get(text(event.id) ?? '')
        if (window && num(event.tsan) !== undefined) window.to = num(event.tsan)
        openWindows.delete(text(event.id) ?? '')
        const test = testOf(event)
        if (test) log.tests.push(test)
        started.delete(text(event.id) ?? '')
      } else if (event.e === 'gil-enabled') {
        log.gilEnabled.push({ test: text(event.id), module: text(event.module), when: text(event.when) ?? 'test' })
      } else if (event.e === 'extensions' && Array.isArray(event.extensions)) {
        for (const ext of event.extensions as ExtensionModule[]) {
          if (ext && typeof ext.name === 'string') extensions.set(ext.name, ext)
        }
      }
    }
    for (const event of started.values()) {
      log.unfinished.push({
        id: text(event.id)!,
        nodeid: text(event.nodeid),
        file: text(event.file),
        line: num(event.line),
        threads: num(event.threads),
        singleThreaded: text(event.single),
      })
    }
  }
  // A test whose xdist worker died started in the worker, which recorded where it is.
  for (const test of log.tests.filter((t) => t.outcome === 'crashed')) {
    const at = log.unfinished.findIndex((u) => u.id === test.id)
    if (at < 0) continue
    const [started] = log.unfinished.splice(at, 1)
    test.nodeid ??= started.nodeid
    test.file = started.file ?? test.file
    test.line ??= started.line
  }
  log.extensions = [...extensions.values()]
  const main = processes.find((p) => p.ranTests) ?? processes[0]
  if (main) {
    const start = main.events.find((e) => e.e === 'start')
    const end = main.events.find((e) => e.e === 'end')
    if (typeof start?.gil === 'boolean') log.gilAtStart = start.gil
    if (typeof end?.gil === 'boolean') log.gilAtEnd = end.gil
  }
  return log
}
