import type { CacheOutcome } from './dependency-cache.js'

/*
 * What a build's `install` command did, read from its output as it came (pure): the distributions
 * pip or uv built from source, with how long each build took, and the wheels pip took from its cache
 * that an earlier run had built.
 */

/** A line of the install's output, with when it arrived (epoch ms). */
export interface TimedLine {
  at: number
  text: string
}

export interface InstallRecord {
  /** The whole `install` command. */
  seconds: number
  /** Built from source during this install, by normalized name, with the build's seconds where the tool says when it started. */
  built: { name: string; seconds?: number }[]
  /** Wheels built from source by an earlier run, taken from the tool's cache this time. */
  reused: string[]
  /** Distributions whose build from source failed (a failed install's cause), by normalized name. */
  failed?: string[]
  /** The build's dependency cache, when `cache` is set. */
  cache?: CacheOutcome
}

const normalize = (name: string) => name.replace(/[-_.]+/g, '-').toLowerCase()

const PATTERNS: { kind: 'start' | 'end' | 'reused' | 'failed'; re: RegExp }[] = [
  // pip without a terminal: "Building wheel for x (pyproject.toml): started" then ": finished with status
  // 'done'"; "Building editable for x" for pip install -e.
  { kind: 'start', re: /^\s*Building (?:wheel|editable) for (\S+) \(.*\): started/ },
  { kind: 'end', re: /^\s*Building (?:wheel|editable) for (\S+) \(.*\)(?:: finished with status 'done'| \.\.\. done)/ },
  // uv: "   Building x==1.0" (or "x @ file://...") then "      Built x==1.0".
  { kind: 'start', re: /^\s*Building ([A-Za-z0-9][\w.-]*)(?:==| @ )/ },
  { kind: 'end', re: /^\s*Built ([A-Za-z0-9][\w.-]*)(?:==| @ )/ },
  // pip's wheel cache: "Using cached x-1.0-cp313-cp313t-linux_x86_64.whl", without the size that a
  // download from its HTTP cache carries ("Using cached x-1.0-py3-none-any.whl (12 kB)").
  { kind: 'reused', re: /^\s*Using cached ([A-Za-z0-9][\w.]*?)-[^-\s]+-[^\s]+\.whl\s*$/ },
  // A build that failed, one name or a list: pip's "ERROR: Failed building wheel for x", "Failed to
  // build x y", "Failed to build 'x' when getting requirements to build wheel", "Could not build wheels for x, y, which …", "Failed to build installable wheels for
  // some pyproject.toml based projects (x, y)"; uv's "× Failed to build `x==1.0`".
  { kind: 'failed', re: /^\s*(?:ERROR: )?Failed building wheel for ([A-Za-z0-9][\w.-]*)\s*$/ },
  { kind: 'failed', re: /^\s*(?:ERROR: )?Failed to build ([A-Za-z0-9][\w.-]*(?:\s+[A-Za-z0-9][\w.-]*)*)\s*$/ },
  { kind: 'failed', re: /Failed to build '([A-Za-z0-9][\w.-]*)' when/ },
  { kind: 'failed', re: /Could not build wheels for ([\w.-]+(?:, [\w.-]+)*), which/ },
  { kind: 'failed', re: /Failed to build installable wheels for some pyproject\.toml based projects \(([^)]+)\)/ },
  { kind: 'failed', re: /Failed to (?:download and )?build:? `([A-Za-z0-9][\w.-]*?)(?:==[^`]*|\s@[^`]*)?`/ },
]

/** Whether a line of output says anything the record needs (the rest is not kept). */
export function isInstallEvent(text: string): boolean {
  return PATTERNS.some(({ re }) => re.test(text))
}

/** The builds and reused wheels of an install, from its timed lines. */
export function readInstallLog(lines: TimedLine[]): Pick<InstallRecord, 'built' | 'reused' | 'failed'> {
  const started = new Map<string, number>()
  const built = new Map<string, number | undefined>()
  const reused = new Set<string>()
  const failed = new Set<string>()
  for (const { at, text } of lines) {
    const event = PATTERNS.find(({ re }) => re.test(text))
    if (!event) continue
    const captured = event.re.exec(text)![1]
    if (event.kind === 'failed') {
      for (const name of captured.split(/[\s,]+/).filter(Boolean)) failed.add(normalize(name))
      continue
    }
    const name = normalize(captured)
    if (event.kind === 'start') started.set(name, at)
    else if (event.kind === 'reused') reused.add(name)
    else built.set(name, started.has(name) ? (at - started.get(name)!) / 1000 : undefined)
  }
  return {
    built: [...built].map(([name, seconds]) => (seconds === undefined ? { name } : { name, seconds })),
    reused: [...reused].filter((name) => !built.has(name)),
    ...(failed.size > 0 ? { failed: [...failed] } : {}),
  }
}
