import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * The docs cannot go stale against the tree: the layout table of docs/architecture.md names every
 * folder of src/ and nothing else, the dependency rule places every folder, and every path the
 * guides name or link to exists.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const srcFolders = () =>
  readdirSync(path.join(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `src/${entry.name}/`)
    .sort()

/** The first cells of the table under "## Layout": each backticked path in them. */
function layoutTable(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Layout'))
  expect(section).toBeDefined()
  const rows = section!.split('\n').filter((line) => line.startsWith('| `'))
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]))
}

const guides = () => [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

describe('docs/architecture.md matches the tree', () => {
  test('the layout table has one row per folder of src/, and no folder that is gone', () => {
    const listed = layoutTable(read('docs/architecture.md'))
    expect(listed.filter((entry) => entry.endsWith('/')).sort()).toEqual(srcFolders())
    for (const entry of listed) expect(existsSync(path.join(root, entry))).toBe(true)
  })

  test('the dependency rule places every folder of src/ in a layer', () => {
    const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as {
      forbidden: { name: string; from: { path?: string; pathNot?: string[] } }[]
    }
    const rule = config.forbidden.find((r) => r.name === 'every-folder-has-a-layer')!
    const layers = rule.from.pathNot!.map((pattern) => new RegExp(pattern))
    for (const folder of srcFolders()) {
      expect({ folder, placed: layers.some((layer) => layer.test(`${folder}x.ts`)) }).toEqual({ folder, placed: true })
    }
  })
})

describe('the guides name only what exists', () => {
  test.each(guides())('%s: every src/ path and relative link resolves', (file) => {
    const text = read(file)
    const dir = path.dirname(file)
    const missing: string[] = []
    for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue
      if (!existsSync(path.join(root, dir, target))) missing.push(target)
    }
    for (const [, named] of text.matchAll(/`((?:src|testbed|__tests__|bench|scripts)\/[^`\s*{}<>]+)`/g)) {
      if (!existsSync(path.join(root, named.replace(/\/$/, '')))) missing.push(named)
    }
    expect(missing).toEqual([])
  })
})
