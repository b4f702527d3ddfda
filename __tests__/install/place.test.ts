import { expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discardStaging, makeStaging, placeAtomically } from '../../src/install/place.js'

function tree(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'spft-place-')), 'Python', '3.14.7', 'x64')
}

test('a staging folder is renamed into place and marked complete', async () => {
  const final = tree()
  const staging = await makeStaging(final)
  writeFileSync(path.join(staging, 'ours'), '')
  expect(await placeAtomically(staging, final)).toBe('placed')
  expect(existsSync(path.join(final, 'ours'))).toBe(true)
  expect(existsSync(`${final}.complete`)).toBe(true)
})

test('when another process already placed a complete tree, ours is dropped', async () => {
  const final = tree()
  const first = await makeStaging(final)
  writeFileSync(path.join(first, 'first'), '')
  const second = await makeStaging(final)
  writeFileSync(path.join(second, 'second'), '')
  await placeAtomically(first, final)
  expect(await placeAtomically(second, final)).toBe('existing')
  expect(readdirSync(final)).toEqual(['first'])
  expect(readdirSync(path.dirname(final)).sort()).toEqual(['x64', 'x64.complete'])
})

test('a tree left without a marker by a crash is replaced', async () => {
  const final = tree()
  mkdirSync(final, { recursive: true })
  writeFileSync(path.join(final, 'half'), '')
  const staging = await makeStaging(final)
  writeFileSync(path.join(staging, 'whole'), '')
  const started = Date.now()
  expect(await placeAtomically(staging, final)).toBe('placed')
  expect(Date.now() - started).toBeGreaterThanOrEqual(14_000)
  expect(readdirSync(final)).toEqual(['whole'])
}, 30_000)

test('discarding a failed staging folder leaves no empty version folder', async () => {
  const final = tree()
  const staging = await makeStaging(final)
  await discardStaging(staging)
  expect(existsSync(path.dirname(final))).toBe(false)
})
