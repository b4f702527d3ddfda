import { compare, type Comparison } from '../compare/comparison.js'
import { type CompareOptions } from '../compare/compare-options.js'
import type { LegResult } from '../results/leg-file.js'
import type { Prepared } from './prepare.js'
import { isMatrixLeg } from '../inputs/run-inputs.js'

/** What the comparison of a single-job run is told: the legs it expects, the GIL rule, the baseline. */
export function compareOptions({ inputs, planned, auto }: Prepared): CompareOptions {
  return {
    requireGilDisabled: inputs.requireGilDisabled,
    expected: planned.map((l) => ({ group: l.group, mode: l.mode })),
    matrixLeg: isMatrixLeg(inputs),
    baseline: inputs.baseline ?? auto?.baseline,
  }
}

/** The compare stage: the legs compared group by group, against the baseline when there is one. */
export function compareLegs(prepared: Prepared, legs: LegResult[]): Comparison {
  return compare(legs, compareOptions(prepared))
}
