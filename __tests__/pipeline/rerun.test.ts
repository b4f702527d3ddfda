import { describe, expect, test } from '@jest/globals'
import { compare } from '../../src/compare/comparison.js'
import { rerunnable } from '../../src/pipeline/rerun.js'
import { leg } from '../compare/helpers.js'

describe('rerunnable: the divergent tests worth running again', () => {
  const comparison = compare(
    [
      leg('standard', { fails_ft: 'passed', hangs: 'passed', crashes: 'passed', missing: 'passed', same: 'failed' }),
      leg('freethreaded', { fails_ft: 'failed', hangs: 'hung', crashes: 'crashed', same: 'failed' }),
    ],
    { requireGilDisabled: false },
  )
  const group = comparison.groups[0].group

  test('a failure or crash in some modes is rerun; a hang, an absent test and a common failure are not', () => {
    expect(rerunnable(comparison, group).sort()).toEqual(['crashes', 'fails_ft'])
  })

  test('a group that is not there has nothing to rerun', () => {
    expect(rerunnable(comparison, 'Python 3.99 on linux-x64')).toEqual([])
  })
})
