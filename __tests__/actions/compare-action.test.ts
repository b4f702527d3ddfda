import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { legHeads } from '../../src/actions/compare-action.js'
import { expectedLegs } from '../../src/inputs/compare-inputs.js'
import { leg } from '../compare/helpers.js'

function artifact(name: string, text: string): [string, string] {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'spft-art-')), name)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'leg.json'), text)
  return [name, dir]
}

describe('compare sub-action inputs', () => {
  test('expected legs come from the matrix output', () => {
    expect(expectedLegs('{"include":[{"group":"g","mode":"standard","os":"x"},{"group":"g","mode":"turbo"}]}')).toEqual(
      [{ group: 'g', mode: 'standard' }],
    )
    expect(expectedLegs('')).toBeUndefined()
    expect(() => expectedLegs('[1')).toThrow(/^matrix: not JSON/)
    expect(() => expectedLegs('[]')).toThrow('matrix: expected {"include": [...]}, the matrix output')
  })

  test('legs are planned from every artifact; a malformed one is an error naming artifact', () => {
    const good = artifact('ft-a', JSON.stringify(leg('standard', { t: 'passed' })))
    expect(legHeads(new Map([good])).map(({ group, mode }) => [group, mode])).toEqual([
      ['Python 3.14 on linux-x64', 'standard'],
    ])
    expect(() => legHeads(new Map([good, artifact('ft-b', '{"schema": "nope"}')]))).toThrow(
      'artifact: ft-b: leg.json is malformed: schema must be \'setup-python-ft/leg@1\', found "nope"',
    )
    expect(() => legHeads(new Map([artifact('ft-c', '{oops')]))).toThrow(
      /^artifact: ft-c: leg\.json is malformed: not valid JSON/,
    )
    const empty = mkdtempSync(path.join(tmpdir(), 'spft-empty-'))
    expect(() => legHeads(new Map([['ft-d', empty]]))).toThrow(
      'artifact: ft-d holds no leg.json: not the results of a leg',
    )
  })
})
