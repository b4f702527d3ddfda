import { OUTCOMES, type Outcome, type TestResult } from './outcome.js'

type Rare = Pick<TestResult, 'message' | 'details' | 'singleThreaded'>

/**
 * A leg's tests, held as columns: an id and a few numbers per test, with the file names stored once
 * and what only failures carry (message, details) kept aside. A million tests take about 90 bytes
 * each instead of an object graph of 200, which is what lets a comparison of two million tests fit
 * in a few hundred MiB (npm run bench). get(i) makes a TestResult when one is needed.
 */
export class TestList implements Iterable<TestResult> {
  private readonly ids: string[] = []
  private nodeids: (string | undefined)[] | undefined
  private outcomes = new Uint8Array(256)
  /** Index + 1 into fileNames; 0: no file. */
  private files = new Uint32Array(256)
  /** Line + 1; 0: no line. */
  private lines = new Int32Array(256)
  /** Seconds; NaN: no time. */
  private times = new Float64Array(256)
  /** Threads + 1; 0: not known. */
  private threads = new Uint16Array(256)
  private readonly rare = new Map<number, Rare>()
  private fileNames: string[] = []
  private fileJson: string[] | undefined
  private readonly fileIndex = new Map<string, number>()

  static from(tests: Iterable<TestResult>): TestList {
    const list = new TestList()
    for (const test of tests) list.push(test)
    return list
  }

  get length(): number {
    return this.ids.length
  }

  id(at: number): string {
    return this.ids[at]
  }

  outcome(at: number): Outcome {
    return OUTCOMES[this.outcomes[at]]
  }

  singleThreaded(at: number): string | undefined {
    return this.rare.size === 0 ? undefined : this.rare.get(at)?.singleThreaded
  }

  threadCount(at: number): number | undefined {
    return this.threads[at] === 0 ? undefined : this.threads[at] - 1
  }

  /** How many tests had each outcome. */
  outcomeCounts(): Record<Outcome, number> {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
    for (let at = 0; at < this.ids.length; at++) counts[OUTCOMES[this.outcomes[at]]]++
    return counts
  }

  /** Stress modes: tests that ran in several threads, and in one. */
  threadCounts(): { parallel: number; single: number } {
    let parallel = 0
    let single = 0
    for (let at = 0; at < this.ids.length; at++) {
      if (this.threads[at] > 2) parallel++
      else if (this.threads[at] === 2) single++
    }
    return { parallel, single }
  }

  /** Adds a test; returns its index. */
  push(test: TestResult): number {
    const at = this.ids.length
    if (at === this.outcomes.length) this.grow()
    this.ids.push(test.id)
    this.set(at, test)
    return at
  }

  /** Replaces the test at an index (same id or not) with this one. */
  set(at: number, test: TestResult): void {
    this.ids[at] = test.id
    if (test.nodeid !== undefined || this.nodeids) {
      this.nodeids ??= []
      this.nodeids[at] = test.nodeid
    }
    this.outcomes[at] = OUTCOMES.indexOf(test.outcome)
    this.files[at] = test.file === undefined ? 0 : this.fileNumber(test.file)
    this.lines[at] = test.line === undefined ? 0 : test.line + 1
    this.times[at] = test.time ?? Number.NaN
    this.threads[at] = test.threads === undefined ? 0 : Math.min(test.threads, 0xfffe) + 1
    const rare: Rare = {}
    if (test.message !== undefined) rare.message = test.message
    if (test.details !== undefined) rare.details = test.details
    if (test.singleThreaded !== undefined) rare.singleThreaded = test.singleThreaded
    if (Object.keys(rare).length > 0) this.rare.set(at, rare)
    else this.rare.delete(at)
  }

  /** The test at an index, as an object. */
  get(at: number): TestResult {
    const test: TestResult = { id: this.ids[at], outcome: OUTCOMES[this.outcomes[at]] }
    const nodeid = this.nodeids?.[at]
    if (nodeid !== undefined) test.nodeid = nodeid
    if (this.files[at] !== 0) test.file = this.fileNames[this.files[at] - 1]
    if (this.lines[at] !== 0) test.line = this.lines[at] - 1
    const rare = this.rare.get(at)
    if (rare?.message !== undefined) test.message = rare.message
    if (rare?.details !== undefined) test.details = rare.details
    if (!Number.isNaN(this.times[at])) test.time = this.times[at]
    if (this.threads[at] !== 0) test.threads = this.threads[at] - 1
    if (rare?.singleThreaded !== undefined) test.singleThreaded = rare.singleThreaded
    return test
  }

  /** The test at an index as JSON: JSON.stringify(get(at)), without making the object. */
  json(at: number): string {
    let out = `{"id":${JSON.stringify(this.ids[at])},"outcome":"${OUTCOMES[this.outcomes[at]]}"`
    const nodeid = this.nodeids?.[at]
    if (nodeid !== undefined) out += `,"nodeid":${JSON.stringify(nodeid)}`
    if (this.files[at] !== 0) {
      this.fileJson ??= this.fileNames.map((name) => JSON.stringify(name))
      out += `,"file":${this.fileJson[this.files[at] - 1]}`
    }
    if (this.lines[at] !== 0) out += `,"line":${JSON.stringify(this.lines[at] - 1)}`
    const rare = this.rare.size === 0 ? undefined : this.rare.get(at)
    if (rare?.message !== undefined) out += `,"message":${JSON.stringify(rare.message)}`
    if (rare?.details !== undefined) out += `,"details":${JSON.stringify(rare.details)}`
    if (!Number.isNaN(this.times[at])) out += `,"time":${JSON.stringify(this.times[at])}`
    if (this.threads[at] !== 0) out += `,"threads":${this.threads[at] - 1}`
    if (rare?.singleThreaded !== undefined) out += `,"singleThreaded":${JSON.stringify(rare.singleThreaded)}`
    return `${out}}`
  }

  /** Rewrites every file name, each distinct one once (paths made relative to the workspace). */
  mapFiles(change: (file: string) => string): void {
    this.fileNames = this.fileNames.map(change)
    this.fileIndex.clear()
    this.fileNames.forEach((name, index) => this.fileIndex.set(name, index + 1))
    this.fileJson = undefined
  }

  *[Symbol.iterator](): Iterator<TestResult> {
    for (let at = 0; at < this.ids.length; at++) yield this.get(at)
  }

  toJSON(): TestResult[] {
    return [...this]
  }

  private fileNumber(file: string): number {
    let number = this.fileIndex.get(file)
    if (number === undefined) {
      this.fileJson = undefined
      number = this.fileNames.push(file)
      this.fileIndex.set(file, number)
    }
    return number
  }

  private grow(): void {
    this.outcomes = doubled(this.outcomes, Uint8Array)
    this.files = doubled(this.files, Uint32Array)
    this.lines = doubled(this.lines, Int32Array)
    this.times = doubled(this.times, Float64Array)
    this.threads = doubled(this.threads, Uint16Array)
  }
}

/** A typed array twice as long, starting with the contents of `from`. */
function doubled<T extends { length: number; set(values: ArrayLike<number>): void }>(
  from: T,
  make: new (length: number) => T,
): T {
  const to = new make(from.length * 2)
  to.set(from as unknown as ArrayLike<number>)
  return to
}
