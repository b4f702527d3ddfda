import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { discardStaging, lockFolder, makeStaging, placeAtomically, sweepStagingIn } from '../../src/common/staging.js'

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

describe('lockFolder', () => {
  const host = hostname().replace(/[^\w.-]/g, '_')

  test('one holder at a time: a second waits until the first releases', async () => {
    const final = tree()
    const release = await lockFolder(final, 10_000, () => undefined)
    expect(readFileSync(`${final}.lock`, 'utf8')).toBe(`${process.pid}@${host}`)
    const waits: string[] = []
    const second = lockFolder(final, 10_000, (holder) => waits.push(holder))
    await sleep(300)
    expect(waits).toEqual([`${process.pid}@${host}`])
    await release()
    const releaseSecond = await second
    expect(existsSync(`${final}.lock`)).toBe(true)
    await releaseSecond()
    expect(existsSync(`${final}.lock`)).toBe(false)
  })

  test("a lock left by a process that is gone is taken over; a live one's holds until the timeout", async () => {
    const final = tree()
    mkdirSync(path.dirname(final), { recursive: true })
    writeFileSync(`${final}.lock`, `999999@${host}`)
    const waits: string[] = []
    const release = await lockFolder(final, 5_000, (holder) => waits.push(holder))
    expect(waits).toEqual([])
    await expect(lockFolder(final, 500, () => undefined)).rejects.toThrow(/is still being made by \d+@/)
    await release()
  })

  test("another host's lock holds while it is fresh; one not refreshed for minutes is taken over", async () => {
    const final = tree()
    mkdirSync(path.dirname(final), { recursive: true })
    writeFileSync(`${final}.lock`, '123@another-host')
    await expect(lockFolder(final, 500, () => undefined)).rejects.toThrow(/still being made by 123@another-host/)
    const old = new Date(Date.now() - 10 * 60_000)
    utimesSync(`${final}.lock`, old, old)
    const release = await lockFolder(final, 500, () => undefined)
    expect(readFileSync(`${final}.lock`, 'utf8')).toBe(`${process.pid}@${host}`)
    // The release removes only its own lock.
    writeFileSync(`${final}.lock`, '456@another-host')
    await release()
    expect(readFileSync(`${final}.lock`, 'utf8')).toBe('456@another-host')
    expect(readdirSync(path.dirname(final))).toEqual(['x64.lock'])
  })
})

describe('sweepStagingIn', () => {
  /**
   * A leftover the sweep cannot remove, for real: a file in it that the file system refuses to
   * delete (immutable as root, in a read-only folder otherwise).
   */
  function stuckLeftover(dir: string): { folder: string; release: () => void } {
    const gone = execFileSync('sh', ['-c', 'echo $$']).toString().trim()
    const folder = path.join(dir, `.x64.partial-${gone}@${hostname().replace(/[^\w.-]/g, '_')}-Qr90St`)
    const inner = path.join(folder, 'python', 'lib')
    mkdirSync(inner, { recursive: true })
    writeFileSync(path.join(inner, 'libpython.so'), 'x')
    if (process.getuid?.() === 0) {
      execFileSync('chattr', ['+i', path.join(inner, 'libpython.so')])
      return { folder, release: () => execFileSync('chattr', ['-i', path.join(inner, 'libpython.so')]) }
    }
    chmodSync(inner, 0o555)
    return { folder, release: () => chmodSync(inner, 0o755) }
  }

  test('a leftover that cannot be removed is left, and onLeft is told why; the next sweep removes it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-sweep-'))
    const { folder, release } = stuckLeftover(dir)
    const left: [string, string][] = []
    try {
      expect(await sweepStagingIn(dir, (name, reason) => left.push([name, reason]))).toEqual([])
      expect(left).toEqual([[path.basename(folder), expect.stringMatching(/^E[A-Z]+$/)]])
      expect(existsSync(folder)).toBe(true)
    } finally {
      release()
    }
    expect(await sweepStagingIn(dir)).toEqual([path.basename(folder)])
    expect(existsSync(folder)).toBe(false)
  })
})
