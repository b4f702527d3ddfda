import { minorOf, type Build } from './build.js'
import type { Mode } from './mode.js'
import type { Outcome } from './outcome.js'

/*
 * A leg is one mode of one Python version, run once; legs are compared within their group.
 */

/**
 * A divergent test a mode failed, rerun alone twice: here, in the folder the mode ran in, and there,
 * in the other place (the working directory instead of a copy of the tree, or the reverse).
 */
export interface PlaceCheck {
  here: Outcome
  there: Outcome
}

/** One mode of one installed version, to be run. */
export interface LegPlan {
  /** Unique and safe as a folder name: 3.13.15-freethreaded. */
  id: string
  group: string
  mode: Mode
  build: Build
  version: string
  abi: string
  /**
   * The venv key: the virtual environment (and its install and dependency cache) the leg shares
   * with the other modes of its interpreter. The ABI, or one of the mode's own where its
   * interpreter is its own (cp3XYt-tsan: instrumented wheels must not mix with the plain build's).
   */
  venvKey: string
  /** The interpreter the leg's virtual environment is made from. */
  python: string
  /** PYTHON_GIL for the leg; undefined leaves it unset. */
  pythonGil: string | undefined
}

export interface LegStatus {
  exitCode: number | null
  /** The signal that killed the run, by name (SIGSEGV). */
  signal: string | null
  timedOut: boolean
  durationSeconds: number
  /** Runs of the command: more than one when the run was resumed after a crash. */
  segments: number
  /** faulthandler's traceback of the crash, or every thread's when the time ran out. */
  trace?: string
  /** Every crash of the run, the ones it resumed after included: the signal, the test, the segment. */
  crashes?: { signal: string; test?: string; segment: number }[]
  /** Every hang of the run: the test past its share of the time (or the mode's), and the segment. */
  hangs?: { test?: string; segment: number }[]
  /** A pytest run that ran no test: the last error line of its output (results/start-failure.ts). */
  cause?: string
  /** The job was cancelled before the run ended (or began): its results are not compared. */
  cancelled?: boolean
}

export interface GilReport {
  /** The value PYTHON_GIL had in this leg; null when it was unset. */
  pythonGil: string | null
  atStart?: boolean
  atEnd?: boolean
  /** Where the GIL came back on during the run (detect mode). */
  enabledBy: { test?: string; module?: string; when: string }[]
  /** Extension modules the run loaded that have not declared free-threading support. */
  undeclared: string[]
  /** Extension modules the run loaded, outside the standard library. */
  extensions: string[]
}

/** The comparison group of a version on a platform: legs are compared within it. */
export function groupLabel(version: string, platform: string): string {
  return `Python ${version} on ${platform}`
}

/** How legs are grouped for comparison: by minor version, unless two entries share one. */
export function groupName(version: string, versions: string[], platform: string): string {
  const minor = minorOf(version)
  const shared = versions.filter((v) => minorOf(v) === minor).length > 1
  return groupLabel(shared ? version : minor, platform)
}

/** The artifact name of a leg's results: <prefix>-linux-x64-3.14-freethreaded. */
export function legArtifact(prefix: string, platform: string, minor: string, mode: Mode): string {
  return `${prefix}-${platform}-${minor}-${mode}`
}
