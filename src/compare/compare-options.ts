import type { Baseline } from '../baseline/baseline.js'
import type { Mode } from '../model/mode.js'

/** What a comparison is told besides the legs. */
export interface CompareOptions {
  requireGilDisabled: boolean
  /** Legs that should exist (from the matrix): any without results is reported missing. */
  expected?: { group: string; mode: Mode }[]
  /** This run is one leg of a matrix, compared elsewhere (by the compare job). */
  matrixLeg?: boolean
  /** Known divergences and findings: each one of the run is then new or known. */
  baseline?: Baseline
}
