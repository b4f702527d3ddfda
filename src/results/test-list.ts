import { OUTCOMES, type Outcome, type TestResult } from '../model/outcome.js'

type Rare = Pick<TestResult, 'message' | 'details' | 'singleThreaded'>

/** A TestList's columns, as they cross from a worker thread (TestList.toTransfer). */
export interface TestListColumns {
  /** The ids as UTF-8 in chunks, how many ids each chunk holds, and where each ends in its chunk (IdBytes). */
  ids: { chunks: Uint8Array<ArrayBuffer>[]; counts: number[]; ends: Uint32Array<ArrayBuffer> }
  nodeids: (string | undefined)[] | undefined
  outcomes: Uint8Array<ArrayBuffer>
  files: Uint32Array<ArrayBuffer>
  lines: Int32Array<ArrayBuffer>
  times: Float64Array<ArrayBuffer>
  threads: Uint16Array<ArrayBuffer>
  rare: [number, Rare][]
  fileNames: string[]
}

/**
 * A leg's tests, held as columns: an id and a few numbers per test, with the file names stored once
 * and what only failures carry (message, details) kept aside. A million tests take about 90 bytes
 * each instead of an object graph of 200, which is what lets a comparison of two million tests fit
 * in a few hundred MiB (npm run bench). get(i) makes a TestResult when one is needed.
 */
export class TestList implements Iterable<TestResult> {
  private ids: string[] = []
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

  /** The indexes of the `count` tests that took longest (by their JUnit time), longest first. */
  slowest(count: number): number[] {
    const top: number[] = []
    for (let at = 0; at < this.ids.length; at++) {
      if (Number.isNaN(this.times[at])) continue
      if (top.length === count && this.times[at] <= this.times[top[count - 1]]) continue
      let place = top.length
      while (place > 0 && this.times[top[place - 1]] < this.times[at]) place--
      top.splice(place, 0, at)
      if (top.length > count) top.pop()
    }
    return top
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

  /** Rewrites the failures' messages and details (paths in a leg's copy of the tree, made original). */
  mapText(change: (text: string) => string): void {
    for (const rare of this.rare.values()) {
      if (rare.message !== undefined) rare.message = change(rare.message)
      if (rare.details !== undefined) rare.details = change(rare.details)
    }
  }

  /**
   * The list as a worker thread posts it, with its ids as bytes (the thread pushed its tests with
   * empty ids and kept the ids in `ids` as it read, never as a million strings): every column is a
   * buffer that moves (transfer lists them); the few strings (file names, failures) are copied.
   */
  toTransfer(ids: IdBytes): { columns: TestListColumns; transfer: ArrayBuffer[] } {
    const length = this.ids.length
    const columns: TestListColumns = {
      ids: ids.columns(),
      nodeids: this.nodeids,
      outcomes: this.outcomes.subarray(0, length),
      files: this.files.subarray(0, length),
      lines: this.lines.subarray(0, length),
      times: this.times.subarray(0, length),
      threads: this.threads.subarray(0, length),
      rare: [...this.rare],
      fileNames: this.fileNames,
    }
    const { outcomes, files, lines, times, threads } = columns
    const transfer = [...columns.ids.chunks, columns.ids.ends, outcomes, files, lines, times, threads].map(
      (c) => c.buffer,
    )
    return { columns, transfer }
  }

  /** The list a worker thread posted (toTransfer). */
  static fromTransfer(columns: TestListColumns): TestList {
    const list = new TestList()
    list.ids = IdBytes.decode(columns.ids)
    list.nodeids = columns.nodeids
    list.outcomes = columns.outcomes
    list.files = columns.files
    list.lines = columns.lines
    list.times = columns.times
    list.threads = columns.threads
    for (const [at, rare] of columns.rare) list.rare.set(at, rare)
    list.fileNames = columns.fileNames
    columns.fileNames.forEach((name, index) => list.fileIndex.set(name, index + 1))
    return list
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
  // At least 256: a list moved from a worker thread may have no room at all.
  const to = new make(Math.max(256, from.length * 2))
  to.set(from as unknown as ArrayLike<number>)
  return to
}

/**
 * Test ids as UTF-8 bytes, one after another in chunks of a few MiB, and where each ends in its
 * chunk: how a worker thread keeps the ids of a large file while it reads (no string per test on
 * its heap, no buffer copied as it grows) and hands them over in one move.
 */
export class IdBytes {
  private static readonly CHUNK = 4 * 1024 * 1024
  private readonly chunks: Uint8Array<ArrayBuffer>[] = []
  private readonly counts: number[] = []
  private current = new Uint8Array(IdBytes.CHUNK)
  private used = 0
  private inCurrent = 0
  private ends = new Uint32Array(1 << 14)
  private count = 0
  private readonly encoder = new TextEncoder()

  add(id: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (this.used + id.length * 3 > this.current.length) {
      this.seal()
      this.current = new Uint8Array(Math.max(IdBytes.CHUNK, id.length * 3))
    }
    if (this.count === this.ends.length) this.ends = doubled(this.ends, Uint32Array)
    this.used += this.encoder.encodeInto(id, this.current.subarray(this.used)).written
    this.ends[this.count++] = this.used
    this.inCurrent++
  }

  columns(): TestListColumns['ids'] {
    this.seal()
    return { chunks: this.chunks, counts: this.counts, ends: this.ends.subarray(0, this.count) }
  }

  private seal(): void {
    if (this.inCurrent === 0) return
    this.chunks.push(this.current.subarray(0, this.used))
    this.counts.push(this.inCurrent)
    this.current = new Uint8Array(0)
    this.used = 0
    this.inCurrent = 0
  }

  /** The ids as strings, each its own (no slice of one big string keeps the others alive). */
  static decode({ chunks, counts, ends }: TestListColumns['ids']): string[] {
    const ids = new Array<string>(ends.length)
    let at = 0
    chunks.forEach((chunk, index) => {
      const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      let start = 0
      for (const last = at + counts[index]; at < last; at++) {
        ids[at] = buffer.toString('utf8', start, ends[at])
        start = ends[at]
      }
    })
    return ids
  }
}
