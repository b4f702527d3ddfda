import { expect, test } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { atMost, mapLimit } from '../../src/run/pool.js'

test('atMost runs no more than its limit at once, the rest in the order given, failures included', async () => {
  const gate = atMost(2)
  let running = 0
  let most = 0
  const started: number[] = []
  const task = (n: number) => async () => {
    started.push(n)
    most = Math.max(most, ++running)
    await sleep(n === 1 ? 30 : 5)
    running--
    if (n === 2) throw new Error('two')
    return n
  }
  const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => gate(task(n))))
  expect(most).toBe(2)
  expect(started).toEqual([1, 2, 3, 4, 5])
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([1, 'failed', 3, 4, 5])
  // The gate is free again afterwards.
  expect(await gate(async () => 'again')).toBe('again')
})

test('mapLimit keeps the order of its items', async () => {
  expect(await mapLimit([30, 1, 10], 2, async (ms) => (await sleep(ms), ms))).toEqual([30, 1, 10])
})
