/*
 * ThreadSanitizer's reports (pure): each `WARNING: ThreadSanitizer: <kind>` block of a report file
 * (<log_path>.<pid>) with its stacks and its SUMMARY place, put to the test that was running when it
 * was written, then the reports of a leg gathered by place.
 */

export interface TsanFrame {
  function: string
  file?: string
  line?: number
  /** The binary the frame is in (python3.13t, _racy.cpython-313t-x86_64-linux-gnu.so). */
  module?: string
  /** Its whole path and the frame's offset in it, when TSan printed them (STACK_TRACE_FORMAT). */
  modulePath?: string
  offset?: string
}

export interface TsanStack {
  /** "Write of size 4 at 0x7b04... by thread T2", "Previous read ...", "Mutex M1 acquired here ...". */
  title: string
  frames: TsanFrame[]
}

export interface TsanReport {
  /** data race, lock-order-inversion (potential deadlock), heap-use-after-free, thread leak, ... */
  kind: string
  /** The SUMMARY line without its prefix: "data race /src/_racy.c:12 in racy_increment". */
  summary: string
  place?: TsanFrame
  stacks: TsanStack[]
  /** Where the report begins in its file, in bytes: which test was running (see attributeReports). */
  offset: number
  /** The report's text as TSan wrote it, clipped. */
  text: string
}

/** A leg's reports gathered by place: one finding per SUMMARY place (or kind and summary). */
export interface TsanFinding {
  kind: string
  summary: string
  place?: TsanFrame
  /** The first report's stacks. */
  stacks: TsanStack[]
  text: string
  /** How many reports had this place. */
  count: number
  /** Every frame is CPython's own (or the C library's): not the project's code. */
  inInterpreter?: boolean
  /** The tests that were running when they were written, in order, each once. */
  tests: string[]
  /** Where the first of those tests is (its file, relative to the workspace), for an annotation. */
  testFile?: string
  testLine?: number
}

const MAX_FRAMES = 24
const TEXT_LIMIT = 12_000

const START = /^WARNING: ThreadSanitizer: (.+?)(?: \(pid=\d+\))?\s*$/
const SUMMARY = /^SUMMARY: ThreadSanitizer: (.*)$/
const STACK_TITLE = /^ {2}(\S.*):\s*$/
// "#0 func /src/x.c:12:5 (mod.so+0x12)", "#1 func <null> (mod+0x3)", "#2 <null> <null> (mod+0x4)".
const FRAME = /^\s+#\d+\s+(\S+)\s+(?:(\S+?):(\d+)(?::\d+)?|<null>)?\s*(?:\((\S+?)\+(0x[0-9a-f]+)\))?\s*$/

function frameOf(line: string): TsanFrame | undefined {
  const match = FRAME.exec(line)
  if (!match) return undefined
  const [, fn, file, lineNo, module, offset] = match
  return {
    function: fn === '<null>' ? '??' : fn,
    ...(file ? { file, line: Number(lineNo) } : {}),
    ...(module ? { module: module.split('/').pop() } : {}),
    ...(module?.includes('/') ? { modulePath: module, offset } : {}),
  }
}

/** The place a SUMMARY line names: "data race /src/_racy.c:12 in racy_increment". */
function placeOf(summary: string): TsanFrame | undefined {
  const match = / (\/?[^\s()]+?):(\d+)(?::\d+)? in (\S+)\s*$/.exec(summary)
  if (match) return { function: match[3], file: match[1], line: Number(match[2]) }
  // Without debug information: "data race (/venv/.../_x.so+0x11e6) in bump", or no function at all.
  const bare = / \((\S+?)\+0x[0-9a-f]+\)(?: in (\S+))?\s*$/.exec(summary)
  return bare ? { function: bare[2] ?? '??', module: bare[1].split('/').pop() } : undefined
}

/** Every report of a report file, with where each begins (bytes). */
export function parseTsanLog(data: Buffer): TsanReport[] {
  const reports: TsanReport[] = []
  let current: (TsanReport & { lines: string[] }) | undefined
  let stack: TsanStack | undefined
  let at = 0
  while (at < data.length) {
    const end = data.indexOf(10, at)
    const next = end < 0 ? data.length : end + 1
    const line = data.toString('utf8', at, end < 0 ? data.length : end).replace(/\r$/, '')
    const start = START.exec(line)
    if (start) {
      current = { kind: start[1], summary: '', stacks: [], offset: at, text: '', lines: [line] }
      stack = undefined
    } else if (current) {
      current.lines.push(line)
      const summary = SUMMARY.exec(line)
      const title = STACK_TITLE.exec(line)
      const frame = frameOf(line)
      if (summary) {
        current.summary = summary[1].trim()
        const place = placeOf(current.summary)
        if (place) current.place = place
        const { lines, ...report } = current
        reports.push({ ...report, text: lines.join('\n').slice(0, TEXT_LIMIT) })
        current = undefined
      } else if (title) {
        stack = { title: title[1], frames: [] }
        current.stacks.push(stack)
      } else if (frame && stack && stack.frames.length < MAX_FRAMES) {
        stack.frames.push(frame)
      } else if (!line.trim()) {
        stack = undefined
      }
    }
    at = next
  }
  return reports
}

/** Where a test ran in one process's report file: from the byte it started at to the byte it ended at. */
export interface TsanWindow {
  pid: number
  test: string
  file?: string
  line?: number
  from: number
  /** Undefined when the process died during the test. */
  to?: number
}

/** The test running when a report was written, from the probe's windows of the same process. */
export function testOfReport(pid: number, offset: number, windows: TsanWindow[]): TsanWindow | undefined {
  const found = windows.filter((w) => w.pid === pid && w.from <= offset && (w.to === undefined || offset < w.to))
  return found[found.length - 1]
}

/** A report's place as a key: the SUMMARY's file and line (or function), else its kind and summary. */
function placeKey(report: TsanReport): string {
  const place = report.place
  if (place?.file) return `${report.kind}|${place.file}:${place.line}`
  if (place) return `${report.kind}|${place.module ?? ''}|${place.function}`
  return `${report.kind}|${report.summary}`
}

/** Modules that are the interpreter, the sanitizer or the C library rather than the project. */
const INTERPRETER_MODULE =
  /^(python3\.\d+t?|libpython3\.\d+t?\.so.*|libtsan\.so.*|libclang_rt\.tsan.*|libc\.so.*|libc\+\+.*|libstdc\+\+.*|ld-linux.*|libsystem_.*|dyld)$/

/** Whether every frame of a report is in the interpreter itself: a race in CPython, not the project. */
export function inInterpreter(report: Pick<TsanReport, 'stacks'>): boolean {
  const frames = report.stacks.flatMap((s) => s.frames)
  return frames.length > 0 && frames.every((f) => f.module !== undefined && INTERPRETER_MODULE.test(f.module))
}

/** A leg's reports, each with the test it fired in, gathered by place in the order first seen. */
export function gatherReports(
  reports: { report: TsanReport; test?: Pick<TsanWindow, 'test' | 'file' | 'line'> }[],
): TsanFinding[] {
  const byPlace = new Map<string, TsanFinding>()
  for (const { report, test } of reports) {
    const key = placeKey(report)
    let finding = byPlace.get(key)
    if (!finding) {
      const { kind, summary, place, stacks, text } = report
      finding = {
        kind,
        summary,
        ...(place ? { place } : {}),
        stacks,
        text,
        count: 0,
        tests: [],
        ...(inInterpreter(report) ? { inInterpreter: true } : {}),
      }
      byPlace.set(key, finding)
    }
    finding.count++
    if (test && !finding.tests.includes(test.test)) {
      finding.tests.push(test.test)
      if (finding.testFile === undefined && test.file) {
        finding.testFile = test.file
        if (test.line) finding.testLine = test.line
      }
    }
  }
  return [...byPlace.values()]
}
