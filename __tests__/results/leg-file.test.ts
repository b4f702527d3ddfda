import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLegFile, readLegHead, writeLegFile } from '../../src/results/leg-file.js'
import { sampleLegs } from '../compare/sample.js'

describe('leg.json', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-leg-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const { legs } = sampleLegs(2500)

  test('is written a thousand tests at a time, and reads back as it was', () => {
    for (const [index, leg] of legs.entries()) {
      const file = path.join(dir, `leg-${index}.json`)
      writeLegFile(leg, file)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(leg)))
      expect(JSON.parse(JSON.stringify(readLegFile(file)))).toEqual(JSON.parse(JSON.stringify(leg)))
    }
  })

  test('its group and mode come from the head, or from the whole file in another key order', () => {
    const file = path.join(dir, 'head.json')
    writeLegFile(legs[1], file)
    expect(readLegHead(file)).toEqual({ group: legs[1].group, mode: 'freethreaded', file })
    const { tests, ...rest } = legs[2]
    writeFileSync(file, JSON.stringify({ tests, ...rest }))
    expect(readLegHead(file)).toEqual({ group: legs[2].group, mode: 'freethreaded-gil', file })
    writeFileSync(file, '{"schema": "setup-python-ft/leg@1", "group": "g", "mode": "standard", "tests": [')
    expect(() => readLegHead(file)).toThrow(/not valid JSON/)
  })
})
