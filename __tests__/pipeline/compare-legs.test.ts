import { describe, expect, test } from '@jest/globals'
import type { RunInputs } from '../../src/inputs/run-inputs.js'
import { compareOptions } from '../../src/pipeline/compare-legs.js'
import type { Prepared } from '../../src/pipeline/prepare.js'
import type { LegPlan } from '../../src/model/leg.js'

const planned = (mode: LegPlan['mode']) => ({ group: 'Python 3.14 on linux-x64', mode }) as LegPlan

function prepared(inputs: Partial<RunInputs>, modes: LegPlan['mode'][]): Prepared {
  return {
    inputs: { requireGilDisabled: false, artifact: '', modes, ...inputs },
    planned: modes.map(planned),
  } as Prepared
}

describe('compareOptions: what the comparison of a single job is told', () => {
  test('every planned leg is expected, also one whose venv could not be made', () => {
    const options = compareOptions(prepared({ requireGilDisabled: true }, ['standard', 'freethreaded']))
    expect(options).toEqual({
      requireGilDisabled: true,
      expected: [
        { group: 'Python 3.14 on linux-x64', mode: 'standard' },
        { group: 'Python 3.14 on linux-x64', mode: 'freethreaded' },
      ],
      matrixLeg: false,
      baseline: undefined,
    })
  })

  test('one mode uploaded as an artifact is a matrix leg, compared by the compare job', () => {
    expect(compareOptions(prepared({ artifact: 'legs' }, ['freethreaded'])).matrixLeg).toBe(true)
    expect(compareOptions(prepared({ artifact: 'legs' }, ['standard', 'freethreaded'])).matrixLeg).toBe(false)
    expect(compareOptions(prepared({}, ['freethreaded'])).matrixLeg).toBe(false)
  })
})
