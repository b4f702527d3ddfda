import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DirectoryStore } from '../../src/artifacts/artifact-store.js'
import { uploadLegs } from '../../src/artifacts/upload-legs.js'

describe('uploading legs', () => {
  test("each leg's leg.json, log and JUnit files go up under its name, and nothing else", async () => {
    const legDir = mkdtempSync(path.join(tmpdir(), 'leg-'))
    for (const name of ['leg.json', 'output.log', 'junit-run-1.xml', 'probe-run-1', 'select-rerun1-1.txt']) {
      writeFileSync(path.join(legDir, name), name)
    }
    const shared = mkdtempSync(path.join(tmpdir(), 'shared-'))
    const problems: string[] = []
    await uploadLegs(new DirectoryStore(shared), [{ name: 'ft-a', mode: 'standard', legDir }], (m) => problems.push(m))
    expect(readdirSync(path.join(shared, 'ft-a')).sort()).toEqual(['junit-run-1.xml', 'leg.json', 'output.log'])
    expect(problems).toEqual([])
    // Uploaded again (a re-run of failed jobs): the folder is replaced, nothing of the first stays.
    writeFileSync(path.join(shared, 'ft-a', 'junit-run-2.xml'), 'from attempt 1')
    await uploadLegs(new DirectoryStore(shared), [{ name: 'ft-a', mode: 'standard', legDir }], (m) => problems.push(m))
    expect(readdirSync(path.join(shared, 'ft-a')).sort()).toEqual(['junit-run-1.xml', 'leg.json', 'output.log'])
  })

  test('a failed upload is a problem naming the artifact; the other legs still go up', async () => {
    const legDir = mkdtempSync(path.join(tmpdir(), 'leg-'))
    writeFileSync(path.join(legDir, 'leg.json'), '{}')
    const shared = mkdtempSync(path.join(tmpdir(), 'shared-'))
    const problems: string[] = []
    // A name longer than the file system takes: the store's own write of ft-a really fails.
    const tooLong = `ft-a${'x'.repeat(300)}`
    const legs = [
      { name: tooLong, mode: 'standard', legDir },
      { name: 'ft-b', mode: 'freethreaded', legDir },
    ]
    await uploadLegs(new DirectoryStore(shared), legs, (m) => problems.push(m))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^artifact: could not upload ft-ax+: .*(ENAMETOOLONG|File name too long)/)
    expect(readdirSync(path.join(shared, 'ft-b'))).toEqual(['leg.json'])
  })
})
