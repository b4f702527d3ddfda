import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DirectoryStore } from '../../src/artifacts/artifact-store.js'

describe('DirectoryStore', () => {
  test('uploads keep paths relative to the root; downloads find artifacts by prefix', async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'spft-artifacts-'))
    const leg = mkdtempSync(path.join(tmpdir(), 'spft-leg-'))
    writeFileSync(path.join(leg, 'leg.json'), '{}')
    const store = new DirectoryStore(shared)
    await store.upload('ft-linux-x64-3.14-standard', leg, [path.join(leg, 'leg.json')])
    await store.upload('other-thing', leg, [path.join(leg, 'leg.json')])
    const found = await store.downloadAll('ft-')
    expect([...found.keys()]).toEqual(['ft-linux-x64-3.14-standard'])
    expect(readFileSync(path.join(found.get('ft-linux-x64-3.14-standard')!, 'leg.json'), 'utf8')).toBe('{}')
    expect((await new DirectoryStore(path.join(shared, 'none')).downloadAll('ft-')).size).toBe(0)
  })
})
