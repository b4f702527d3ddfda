/**
 * What happened to one test in one mode. crashed and hung are the test running when the mode died (or
 * when its pytest-xdist worker died).
 */
export const OUTCOMES = ['passed', 'failed', 'error', 'skipped', 'xfail', 'xpass', 'crashed', 'hung', 'absent'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Outcomes that make a run fail. */
export function isFailing(outcome: Outcome): boolean {
  return outcome === 'failed' || outcome === 'error' || outcome === 'crashed' || outcome === 'hung'
}

/** One test's result in one mode. */
export interface TestResult {
  /** Stable across modes: JUnit classname::name (pytest's junitxml naming). */
  id: string
  /** The pytest node id when known, for display. */
  nodeid?: string
  file?: string
  /** 1-based line of the test. */
  line?: number
  outcome: Outcome
  /** One line: the assertion or the exception. */
  message?: string
  /** The first lines of the failure, capped. */
  details?: string
  time?: number
  /** Stress modes: the threads the test ran in; 1 when pytest-run-parallel kept it single-threaded. */
  threads?: number
  /** Why pytest-run-parallel ran it single-threaded (its marker, a thread-unsafe fixture, ...). */
  singleThreaded?: string
}

export const MESSAGE_LIMIT = 1000
export const DETAILS_LIMIT = 4000

/** A crash's or hang's thread dump is worth more room: every thread that matters, frames trimmed when shown. */
export const TRACE_LIMIT = 16_000

export function clip(text: string | undefined, limit: number): string | undefined {
  if (text === undefined) return undefined
  return text.length > limit ? `${text.slice(0, limit)}…` : text
}

/** The last "path:line:" of a traceback: where a failure points when the XML has no file and line. */
export function locationFromTraceback(details: string | undefined): { file: string; line: number } | undefined {
  if (!details) return undefined
  let found: { file: string; line: number } | undefined
  for (const match of details.matchAll(/^([^\s:][^:\n]*\.py):(\d+):/gm)) {
    found = { file: match[1], line: Number(match[2]) }
  }
  return found
}

/** pytest-xdist's report of a test whose worker process died under it. */
const XDIST_CRASH = /worker '([^']+)' crashed while running /

/** The worker named by an xdist crash report, or undefined when the text is no such report. */
export function xdistCrashedWorker(text: string | undefined): string | undefined {
  return text ? XDIST_CRASH.exec(text)?.[1] : undefined
}

/** The message a test gets when its xdist worker died under it. */
export function xdistCrashMessage(worker: string): string {
  return `The pytest-xdist worker ${worker} died while running this test`
}
