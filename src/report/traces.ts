import type { Outcome } from '../model/outcome.js'

/*
 * faulthandler's dumps made readable (pure): the thread that matters first, the frames of pytest,
 * pluggy and threading left out, paths made repository-relative or shortened to <stdlib> and
 * <site-packages>; and the cause of a divergence in one line. The full dump stays in the JSON report
 * and the log.
 */

interface Frame {
  file: string
  line: number
  func: string
}

interface Thread {
  title: string
  current: boolean
  frames: Frame[]
}

interface Dump {
  /** What the action wrote before the dump (how the test ended), and faulthandler's header. */
  before: string[]
  threads: Thread[]
}

const FRAME = /^\s+File "(.*)", line (\d+) in (.+)$/
const THREAD = /^(Current thread|Thread) (0x[0-9a-f]+)/

function parseDump(text: string): Dump | undefined {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => THREAD.test(line))
  if (first < 0) return undefined
  const threads: Thread[] = []
  for (const line of lines.slice(first)) {
    const thread = THREAD.exec(line)
    if (thread)
      threads.push({ title: `${thread[1]} ${thread[2]}`, current: thread[1] === 'Current thread', frames: [] })
    const frame = FRAME.exec(line)
    // Lines of two threads crashing at once interleave: only whole frame lines are kept.
    if (frame && threads.length > 0) {
      threads[threads.length - 1].frames.push({ file: frame[1], line: Number(frame[2]), func: frame[3] })
    }
  }
  const before = lines
    .slice(0, first)
    .map((line) => line.trimEnd())
    .filter((line, at, all) => line !== '' || (at > 0 && all[at - 1] !== ''))
  return { before, threads }
}

const STDLIB = /^(.*)\/lib\/python3\.\d+t?\/(?!site-packages\/)(.+)$/
const SITE_PACKAGES = /\/(?:site|dist)-packages\/(.+)$/

/** A frame's file for the reader: repository-relative, or <site-packages>/…, or <stdlib>/…. */
export function shortPath(file: string, workspace: string): string {
  const unix = file.replace(/\\/g, '/')
  const root = workspace.replace(/\\/g, '/').replace(/\/$/, '')
  if (root && unix.startsWith(`${root}/`)) return unix.slice(root.length + 1)
  const site = SITE_PACKAGES.exec(unix)
  if (site) return `<site-packages>/${site[1]}`
  const stdlib = STDLIB.exec(unix)
  if (stdlib) return `<stdlib>/${stdlib[2]}`
  return unix
}

/** Frames of the test machinery, not of the code under test. */
function machinery(file: string): boolean {
  return (
    /^<site-packages>\/(_pytest|pluggy|xdist|execnet|pytest_run_parallel)\//.test(file) ||
    /^<stdlib>\/threading\.py$/.test(file) ||
    /\/bin\/(py\.)?test$|\/bin\/pytest$/.test(file)
  )
}

function shorten(thread: Thread, workspace: string): Thread {
  const frames = thread.frames.map((f) => ({ ...f, file: shortPath(f.file, workspace) }))
  return { ...thread, frames }
}

/** The thread that ran pytest and now only waits (in join or wait) for the threads that matter. */
function idleMain(thread: Thread): boolean {
  const runsPytest = thread.frames.some((f) => f.file.startsWith('<site-packages>/_pytest/'))
  return runsPytest && thread.frames.length > 0 && thread.frames[0].file === '<stdlib>/threading.py'
}

function threadsToShow(dump: Dump, outcome: Outcome, workspace: string): Thread[] {
  const threads = dump.threads.map((t) => shorten(t, workspace))
  if (outcome === 'crashed') return [...threads.filter((t) => t.current), ...threads.filter((t) => !t.current)]
  if (outcome === 'hung') {
    const working = threads.filter((t) => !idleMain(t))
    return working.length > 0 ? working : threads
  }
  return threads
}

const frameLine = (f: Frame) => `  File "${f.file}", line ${f.line} in ${f.func}`

/**
 * A faulthandler dump as a maintainer reads it: for a crash the crashing thread first, for a hang
 * every thread but the idle main one; machinery frames left out; paths shortened. Text that holds
 * no dump comes back as it was.
 */
export function readableTrace(details: string, outcome: Outcome, workspace: string): string {
  const dump = parseDump(details)
  if (!dump) return details
  const blocks = threadsToShow(dump, outcome, workspace).map((thread) => {
    const own = thread.frames.filter((f) => !machinery(f.file))
    const left = thread.frames.length - own.length
    const kept = (own.length > 0 ? own : thread.frames.slice(0, 3)).map(frameLine)
    const note = own.length > 0 && left > 0 ? [`  (${left} frames of pytest, pluggy and threading left out)`] : []
    return [`${thread.title}:`, ...kept, ...note].join('\n')
  })
  return [...dump.before, ...blocks.flatMap((block) => [block, ''])].join('\n').trim()
}

/** The first frame of a thread that is not test machinery, with its file shortened for one line. */
function firstOwnFrame(thread: Thread): Frame | undefined {
  return thread.frames.find((f) => !machinery(f.file))
}

const place = (f: Frame) => `${f.func} (${f.file.replace(/^<site-packages>\//, '')}:${f.line})`

/**
 * Why a divergence failed, in one line: the assertion, `SIGSEGV in churn (tests/test_x.py:13)`,
 * or `deadlock: 2 threads in take (ftdemo/shared.py:47)`.
 */
export function whyLine(outcome: Outcome, message: string | undefined, details: string | undefined, workspace: string) {
  const first = (message ?? '').split('\n')[0].trim()
  const dump = details ? parseDump(details) : undefined
  if (outcome === 'crashed' && dump) {
    const signal = /died on (\w+)/.exec(first)?.[1] ?? 'crashed'
    const threads = threadsToShow(dump, 'crashed', workspace)
    const frame = firstOwnFrame(threads[0])
    return frame ? `${signal} in ${place(frame)}` : first
  }
  if (outcome === 'hung' && dump) {
    const threads = threadsToShow(dump, 'hung', workspace)
    const tops = threads.map(firstOwnFrame).filter((f): f is Frame => f !== undefined)
    const counts = new Map<string, { frame: Frame; n: number }>()
    for (const frame of tops) {
      const key = `${frame.file}:${frame.line}`
      counts.set(key, { frame, n: (counts.get(key)?.n ?? 0) + 1 })
    }
    const shared = [...counts.values()].sort((a, b) => b.n - a.n)[0]
    if (shared && shared.n >= 2) return `deadlock: ${shared.n} threads in ${place(shared.frame)}`
    if (tops[0]) return `stuck in ${place(tops[0])}`
  }
  return first.length > 160 ? `${first.slice(0, 159)}…` : first
}
