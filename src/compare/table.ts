import type { LegResult } from '../results/leg-file.js'
import type { Mode } from '../model/mode.js'
import { clip, DETAILS_LIMIT, isFailing, TRACE_LIMIT, type Outcome, type TestResult } from '../model/outcome.js'
import type { TestList } from '../results/test-list.js'
import { isTentativeDivergence, type DivergenceKind } from '../model/divergence.js'
import type { BaselineStatus } from '../model/divergence.js'
import type { PlaceCheck } from '../model/leg.js'
import type { StressEvidence } from '../model/evidence.js'

/** One test across the modes of a group. */
export interface TestRow {
  id: string
  nodeid?: string
  file?: string
  line?: number
  outcomes: Partial<Record<Mode, Outcome>>
  /** Outcomes of the reruns, by mode, when rerun was asked for. */
  reruns?: Partial<Record<Mode, Outcome[]>>
  /** A failing mode's reruns alone, here and in the other place (working directory ↔ a copy), by mode. */
  placeCheck?: Partial<Record<Mode, PlaceCheck>>
  /** The first line of the failure in each mode that failed, when any did. */
  messages?: Partial<Record<Mode, string>>
  /** The failure's first lines from the most telling mode. */
  details?: string
  kind?: DivergenceKind
  /** Reruns gave different outcomes within a mode: a race more often than not. */
  flaky?: boolean
  /** A failure under thread stress: the class its reruns' counts earned (stress/evidence.ts). */
  evidence?: StressEvidence
  /** Divergences: the command that reproduces the failure on a developer's machine. */
  reproduce?: string
  /** Why pytest-run-parallel ran the test in one thread in the stress modes. */
  singleThreaded?: string
  /** Divergences, with a baseline: whether the baseline already knew it. */
  baseline?: BaselineStatus
}

/**
 * A divergence the evidence has not settled or that is not the build's: its reruns disagreed
 * (flaky), its counts under thread stress decided nothing (undecided), or it follows the folder the
 * test ran in (place-dependent). A warning unless fail-on is flaky or failure.
 */
export function isTentative(row: TestRow): boolean {
  return isTentativeDivergence(row.flaky, row.kind)
}

/** The modes in which a divergent test fails, or is absent. */
export function failingModes(row: TestRow): Mode[] {
  return (Object.entries(row.outcomes) as [Mode, NonNullable<TestRow['outcomes'][Mode]>][])
    .filter(([, outcome]) => isFailing(outcome) || outcome === 'absent')
    .map(([mode]) => mode)
}

/** What a table reads of a leg: its mode, its tests (ids unique within the leg) and their reruns. */
export type TableLeg = Pick<LegResult, 'mode' | 'reruns' | 'placeCheck'> & { tests: TestList }

/**
 * Every test of a group, one row per test id in the order first seen, over the legs' own test
 * lists. A row is made when asked for, so that a million tests never exist twice in memory: the
 * comparison keeps the few rows it classed (divergent, common, thread-unsafe) and the report makes
 * the others one at a time as it writes them.
 */
export class TestTable implements Iterable<TestRow> {
  /** Row -> index in each leg's tests (-1: absent); undefined where the leg lists the rows in order. */
  private readonly at: (Int32Array | undefined)[]
  private readonly kept = new Map<number, TestRow>()
  readonly size: number

  constructor(private readonly legs: TableLeg[]) {
    const first = legs[0]?.tests
    const inOrder = (tests: TestList) => {
      if (tests.length !== first!.length) return false
      for (let i = 0; i < tests.length; i++) if (tests.id(i) !== first!.id(i)) return false
      return true
    }
    if (legs.every((leg) => inOrder(leg.tests))) {
      this.size = first?.length ?? 0
      this.at = legs.map(() => undefined)
      return
    }
    const rows = new Map<string, number>()
    const rowOf = legs.map((leg) => {
      const found = new Int32Array(leg.tests.length)
      for (let i = 0; i < leg.tests.length; i++) {
        const id = leg.tests.id(i)
        let row = rows.get(id)
        if (row === undefined) rows.set(id, (row = rows.size))
        found[i] = row
      }
      return found
    })
    this.size = rows.size
    this.at = rowOf.map((found) => {
      const at = new Int32Array(this.size).fill(-1)
      found.forEach((row, i) => (at[row] = i))
      return at
    })
  }

  static empty(): TestTable {
    return new TestTable([])
  }

  /** Where the leg at index `leg` holds the test of a row; -1 when it does not. */
  private index(leg: number, row: number): number {
    const at = this.at[leg]
    return at ? at[row] : row
  }

  /** The test of a row in a leg, if that leg has it. */
  test(leg: number, row: number): TestResult | undefined {
    const at = this.index(leg, row)
    return at < 0 ? undefined : this.legs[leg].tests.get(at)
  }

  /** The outcome of a row in a leg, if that leg has it. */
  outcome(leg: number, row: number): Outcome | undefined {
    const at = this.index(leg, row)
    return at < 0 ? undefined : this.legs[leg].tests.outcome(at)
  }

  singleThreaded(leg: number, row: number): string | undefined {
    const at = this.index(leg, row)
    return at < 0 ? undefined : this.legs[leg].tests.singleThreaded(at)
  }

  get legCount(): number {
    return this.legs.length
  }

  /** Keeps a row the comparison classed: the report then shows that very row. */
  keep(row: number, value: TestRow): void {
    this.kept.set(row, value)
  }

  /** The test at a row across the modes; a mode without it is absent. */
  row(row: number): TestRow {
    const kept = this.kept.get(row)
    if (kept) return kept
    let made: TestRow | undefined
    this.legs.forEach((leg, index) => {
      const test = this.test(index, row)
      if (!test) return
      made ??= { id: test.id, outcomes: {} }
      made.outcomes[leg.mode] = test.outcome
      made.nodeid ??= test.nodeid
      made.singleThreaded ??= test.singleThreaded
      if (made.file === undefined && test.file) {
        made.file = test.file
        made.line = test.line
      }
      if (isFailing(test.outcome)) {
        if (test.message) made.messages = { ...made.messages, [leg.mode]: test.message }
        const limit = test.outcome === 'crashed' || test.outcome === 'hung' ? TRACE_LIMIT : DETAILS_LIMIT
        if (!made.details || leg.mode !== 'standard') made.details = clip(test.details ?? test.message, limit)
      }
      const reruns = Object.hasOwn(leg.reruns, test.id) ? leg.reruns[test.id] : undefined
      if (reruns?.length) made.reruns = { ...made.reruns, [leg.mode]: reruns }
      const place = leg.placeCheck && Object.hasOwn(leg.placeCheck, test.id) ? leg.placeCheck[test.id] : undefined
      if (place) made.placeCheck = { ...made.placeCheck, [leg.mode]: place }
    })
    for (const leg of this.legs) made!.outcomes[leg.mode] ??= 'absent'
    return made!
  }

  *[Symbol.iterator](): Iterator<TestRow> {
    for (let row = 0; row < this.size; row++) yield this.row(row)
  }
}
