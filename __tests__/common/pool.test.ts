import { expect, test } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { mapLimit } from '../../src/common/pool.js'

test('mapLimit runs no more than its limit at once and keeps the order of its items', async () => {
  let running = 0
  let most = 0
  const results = await mapLimit([30, 1, 10, 5], 2, async (ms) => {
    most = Math.max(most, ++running)
    await sleep(ms)
    running--
    return ms
  })
  expect(results).toEqual([30, 1, 10, 5])
  expect(most).toBe(2)
})
