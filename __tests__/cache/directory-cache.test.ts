import { afterEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { DirectoryCache, entryName } from '../../src/cache/directory-cache.js'

const made: string[] = []
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spft-dircache-'))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function tree(files: Record<string, string>): string {
  const dir = folder()
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('the directory cache (cache-dir)', () => {
  test('saves, restores by key, then by the newest entry a restore key starts', async () => {
    const warnings: string[] = []
    const store = new DirectoryCache(path.join(folder(), 'caches'), (m) => warnings.push(m))
    const source = tree({ 'a.whl': 'wheel one' })
    expect(await store.save([source], 'deps-cp314t-hash1')).toBe(true)
    writeFileSync(path.join(source, 'a.whl'), 'wheel two')
    expect(await store.save([source], 'deps-cp314t-hash2')).toBe(true)
    // An entry is never overwritten.
    writeFileSync(path.join(source, 'a.whl'), 'wheel three')
    expect(await store.save([source], 'deps-cp314t-hash2')).toBe(true)

    rmSync(source, { recursive: true })
    expect(await store.restore([source], 'deps-cp314t-hash1')).toBe('deps-cp314t-hash1')
    expect(readFileSync(path.join(source, 'a.whl'), 'utf8')).toBe('wheel one')
    rmSync(source, { recursive: true })
    expect(await store.restore([source], 'deps-cp314t-hash9', ['deps-cp314t-'])).toBe('deps-cp314t-hash2')
    expect(readFileSync(path.join(source, 'a.whl'), 'utf8')).toBe('wheel two')
    // Other paths are another entry (as the Actions cache files entries under their paths too).
    expect(await store.restore([path.join(source, 'elsewhere')], 'deps-cp314t-hash1')).toBeUndefined()
    expect(await store.restore([source], 'deps-cp314-hash1', ['deps-cp314-'])).toBeUndefined()
    expect(warnings).toEqual([])
  })

  test('a damaged entry is a warning and a miss, and leaves nothing half-restored', async () => {
    const warnings: string[] = []
    const dir = path.join(folder(), 'caches')
    const store = new DirectoryCache(dir, (m) => warnings.push(m))
    const first = tree({ 'x.whl': 'x' })
    const second = tree({ 'y.whl': 'y' })
    await store.save([first, second], 'key')
    rmSync(path.join(dir, entryName('key'), 'data', '1'), { recursive: true })
    rmSync(first, { recursive: true })
    rmSync(second, { recursive: true })
    expect(await store.restore([first, second], 'key')).toBeUndefined()
    expect(warnings).toEqual([expect.stringMatching(/^cache: could not restore key from .*data\/1 is missing$/)])
    expect(existsSync(first)).toBe(false)
  })

  test('a restore over folders that exist (a home that persists) is all or nothing', async () => {
    const warnings: string[] = []
    const dir = path.join(folder(), 'caches')
    const store = new DirectoryCache(dir, (m) => warnings.push(m))
    const first = tree({ 'x.whl': 'saved x' })
    const second = tree({ 'y.whl': 'saved y' })
    await store.save([first, second], 'key')
    const parent = path.dirname(first)
    const before = readdirSync(parent).sort()
    // The runner's own cache since: another wheel, and one the entry holds too.
    writeFileSync(path.join(first, 'x.whl'), 'local x')
    writeFileSync(path.join(first, 'local.whl'), 'local only')
    // A hit: exactly the entry, not a mix.
    expect(await store.restore([first, second], 'key')).toBe('key')
    expect(readdirSync(first)).toEqual(['x.whl'])
    expect(readFileSync(path.join(first, 'x.whl'), 'utf8')).toBe('saved x')
    // A restore that fails after the first path was copied: both paths hold what they held before.
    writeFileSync(path.join(first, 'local.whl'), 'local only')
    writeFileSync(path.join(second, 'y.whl'), 'local y')
    rmSync(path.join(dir, entryName('key'), 'data', '1'), { recursive: true })
    expect(await store.restore([first, second], 'key')).toBeUndefined()
    expect(readdirSync(first).sort()).toEqual(['local.whl', 'x.whl'])
    expect(readFileSync(path.join(first, 'x.whl'), 'utf8')).toBe('saved x')
    expect(readFileSync(path.join(second, 'y.whl'), 'utf8')).toBe('local y')
    expect(warnings).toHaveLength(1)
    // Nothing set aside is left beside them.
    expect(readdirSync(parent).sort()).toEqual(before)
  })

  test("a save killed half-way is swept by the next save; a live one's is left", async () => {
    const dir = folder()
    const dead = `.x.partial-999999@${hostname().replace(/[^\w.-]/g, '_')}-abcdef`
    const live = `.y.partial-${process.pid}@${hostname().replace(/[^\w.-]/g, '_')}-abcdef`
    for (const name of [dead, live]) mkdirSync(path.join(dir, name))
    const store = new DirectoryCache(dir, () => undefined)
    await store.save([tree({ 'z.whl': 'z' })], 'k')
    expect(readdirSync(dir).sort()).toEqual([live, entryName('k')].sort())
  })
})

describe('cache-dir does not grow forever', () => {
  test('a save keeps the 3 newest entries of its key family and leaves other families alone', async () => {
    const dir = path.join(folder(), 'caches')
    const store = new DirectoryCache(dir, () => undefined)
    const source = tree({ 'a.whl': 'wheel' })
    expect(await store.save([source], 'setup-python-ft-pip-linux-x64-cp314-3.14.7-other')).toBe(true)
    for (let i = 1; i <= 5; i++) {
      // savedAt orders the entries: one millisecond apart at least.
      await new Promise((resolve) => setTimeout(resolve, 5))
      expect(await store.save([source], `setup-python-ft-pip-linux-x64-cp314t-3.14.7-hash${i}`)).toBe(true)
    }
    const keys = readdirSync(dir)
      .map((name) => JSON.parse(readFileSync(path.join(dir, name, 'manifest.json'), 'utf8')).key as string)
      .sort()
    expect(keys).toEqual([
      'setup-python-ft-pip-linux-x64-cp314-3.14.7-other',
      'setup-python-ft-pip-linux-x64-cp314t-3.14.7-hash3',
      'setup-python-ft-pip-linux-x64-cp314t-3.14.7-hash4',
      'setup-python-ft-pip-linux-x64-cp314t-3.14.7-hash5',
    ])
    // Nothing renamed away is left behind.
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([])
  })
})
