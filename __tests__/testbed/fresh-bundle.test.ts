import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  BUNDLES,
  SOURCES,
  bundleTimes,
  ensureFreshBundle,
  newestSource,
  npmBuild,
  staleReason,
  // @ts-expect-error plain ESM helper without types
} from '../../testbed/fresh-bundle.mjs'

type Stamp = { path: string; mtimeMs: number | undefined }

/** A project root with the given files, each modified at the given second (0 = 2020-01-01). */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fresh-bundle-'))
  const folders = new Set<string>()
  for (const [file, second] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), `${file}\n`)
    at(root, file, second)
    for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) folders.add(dir)
  }
  // Folders as old as anything, so that only what a test touches counts.
  for (const dir of folders) at(root, dir, 0)
  return root
}

function at(root: string, file: string, second: number) {
  const time = new Date(Date.UTC(2020, 0, 1) + second * 1000)
  utimesSync(path.join(root, file), time, time)
}

const built = (second: number) => Object.fromEntries(BUNDLES.map((bundle: string) => [bundle, second]))

describe('when the bundles are stale (pure decision)', () => {
  const bundles = (...times: (number | undefined)[]): Stamp[] => times.map((t, i) => ({ path: `b${i}`, mtimeMs: t }))

  test('a missing bundle is stale whatever the times, and is named', () => {
    expect(staleReason({ path: 'src/a.ts', mtimeMs: 1 }, bundles(5, undefined, 5))).toBe('b1 is missing')
    expect(staleReason(undefined, bundles(undefined))).toBe('b0 is missing')
  })

  test('a source newer than the oldest bundle is stale, and names both', () => {
    expect(staleReason({ path: 'src/a.ts', mtimeMs: 2500 }, bundles(1000, 3000))).toBe(
      'src/a.ts is newer than b0 (by 1.5 s)',
    )
  })

  test('sources no newer than every bundle are fresh, equal times included', () => {
    expect(staleReason({ path: 'src/a.ts', mtimeMs: 1000 }, bundles(1000, 3000))).toBeUndefined()
    expect(staleReason({ path: 'src/a.ts', mtimeMs: 999 }, bundles(1000))).toBeUndefined()
  })

  test('no source at all is not a reason to build', () => {
    expect(staleReason(undefined, bundles(1000))).toBeUndefined()
  })
})

describe('the newest source', () => {
  test('the sources are src, the package files and the asset script', () => {
    expect(SOURCES).toEqual(['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/copy-assets.mjs'])
    expect(BUNDLES).toContain('dist/index.js')
  })

  test('a file deep under src, a package file or the asset script, whichever is newest', () => {
    const root = project({
      'src/index.ts': 10,
      'src/a/b/c.ts': 30,
      'src/probe/x.py': 20,
      'package.json': 5,
      'package-lock.json': 5,
      'scripts/copy-assets.mjs': 5,
      'scripts/other.mjs': 99,
      'README.md': 99,
    })
    try {
      expect(newestSource(root)).toEqual({
        path: path.join('src', 'a', 'b', 'c.ts'),
        mtimeMs: Date.UTC(2020, 0, 1) + 30e3,
      })
      at(root, 'package-lock.json', 40)
      expect(newestSource(root).path).toBe('package-lock.json')
      at(root, 'scripts/copy-assets.mjs', 50)
      expect(newestSource(root).path).toBe('scripts/copy-assets.mjs')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('a file removed from src counts through its folder; hidden files and __pycache__ do not count', () => {
    const root = project({ 'src/index.ts': 10, 'src/a/gone.ts': 5, 'src/.swp': 90, 'src/probe/__pycache__/p.pyc': 90 })
    try {
      at(root, 'src/probe/__pycache__', 90)
      expect(newestSource(root).path).toBe(path.join('src', 'index.ts'))
      rmSync(path.join(root, 'src/a/gone.ts'))
      expect(newestSource(root).path).toBe(path.join('src', 'a'))
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('missing paths are skipped; nothing at all is undefined', () => {
    const root = project({ 'package.json': 3 })
    try {
      expect(newestSource(root).path).toBe('package.json')
      expect(newestSource(root, ['src', 'nothing.json'])).toBeUndefined()
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('the bundle times, a missing bundle as undefined', () => {
    const root = project({ 'dist/index.js': 7 })
    try {
      expect(bundleTimes(root, ['dist/index.js', 'dist/matrix/index.js'])).toEqual([
        { path: 'dist/index.js', mtimeMs: Date.UTC(2020, 0, 1) + 7e3 },
        { path: 'dist/matrix/index.js', mtimeMs: undefined },
      ])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('building when stale', () => {
  function run(files: Record<string, number>, result = { ok: true, output: 'built\n' }) {
    const root = project(files)
    const builds: string[] = []
    const lines: string[] = []
    try {
      const outcome = (() => {
        try {
          return ensureFreshBundle({
            root,
            build: (where: string) => (builds.push(where), result),
            log: (line: string) => lines.push(line),
          })
        } catch (error) {
          return error as Error
        }
      })()
      return { root, builds, lines, outcome }
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }

  test('fresh bundles: no build, nothing printed', () => {
    const { builds, lines, outcome } = run({ 'src/index.ts': 10, 'package.json': 10, ...built(10) })
    expect(outcome).toBe(false)
    expect(builds).toEqual([])
    expect(lines).toEqual([])
  })

  test('a source newer than one bundle: one build in the root, one line saying why', () => {
    const { root, builds, lines, outcome } = run({
      'src/index.ts': 10,
      'src/legs/plan.ts': 25,
      ...built(30),
      'dist/compare/index.js': 20,
    })
    expect(outcome).toBe(true)
    expect(builds).toEqual([root])
    expect(lines).toEqual([
      `fresh-bundle: ${path.join('src', 'legs', 'plan.ts')} is newer than dist/compare/index.js (by 5.0 s): ` +
        'running npm run build before the integration tests',
    ])
  })

  test('no dist at all: builds', () => {
    const { builds, lines } = run({ 'src/index.ts': 10 })
    expect(builds).toHaveLength(1)
    expect(lines).toEqual([
      'fresh-bundle: dist/index.js is missing: running npm run build before the integration tests',
    ])
  })

  test('a failed build fails with its output', () => {
    const { outcome } = run({ 'src/index.ts': 10 }, { ok: false, output: 'src/index.ts(3,1): error TS2304\n' })
    expect(outcome).toBeInstanceOf(Error)
    expect((outcome as Error).message).toMatch(/^npm run build failed \(dist\/index\.js is missing\)/)
    expect((outcome as Error).message).toContain('src/index.ts(3,1): error TS2304')
  })
})

describe('the build command', () => {
  const node = (script: string) => [process.execPath, '-e', script]

  test('its output, stdout and stderr in the order written, and its success', () => {
    const result = npmBuild(tmpdir(), node('console.log("one"); console.error("two"); console.log("three")'))
    expect(result).toEqual({ ok: true, output: 'one\ntwo\nthree\n' })
  })

  test('a failure keeps the output and says how it ended', () => {
    const result = npmBuild(tmpdir(), node('console.error("broken"); process.exit(3)'))
    expect(result.ok).toBe(false)
    expect(result.output).toBe(`broken\n(${process.execPath} exited with 3)\n`)
  })

  test('a command that does not exist is a failure, not a throw', () => {
    const result = npmBuild(tmpdir(), ['spft-no-such-command-here'])
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/ENOENT/)
  })

  test('npm run build runs the root package.json build script in that root', () => {
    const root = project({})
    try {
      writeFileSync(
        path.join(root, 'package.json'),
        JSON.stringify({ name: 'fake', private: true, scripts: { build: 'node -e "console.log(process.cwd())"' } }),
      )
      const result = npmBuild(root)
      expect(result.ok).toBe(true)
      expect(result.output).toContain(root)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('the Jest configuration', () => {
  test('the integration project, and only it, checks the bundle; the scratch folder stays for every run', async () => {
    // @ts-expect-error the Jest configuration is plain JavaScript
    const { default: config } = await import('../../jest.config.js')
    expect(config.globalSetup).toBe('<rootDir>/testbed/scratch.mjs')
    expect(config.globalTeardown).toBe('<rootDir>/testbed/scratch-teardown.mjs')
    const setups = Object.fromEntries(
      config.projects.map((p: { displayName: string; globalSetup?: string }) => [p.displayName, p.globalSetup]),
    )
    expect(setups).toEqual({ unit: undefined, integration: '<rootDir>/testbed/fresh-bundle.mjs' })
  })
})
