import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  artifactName,
  parseDuration,
  parseEnv,
  parseModes,
  parseRunInputs,
  resultsPattern,
  workingDirectory,
} from '../../src/inputs/run-inputs.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const workspace = mkdtempSync(path.join(tmpdir(), 'spft-workspace-'))
const linux = { os: 'linux', versions: 1, workspace }
// The job's own index variables would change the defaults: the tests set them where they mean to.
for (const name of ['PIP_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL']) delete process.env[name]

describe('run inputs', () => {
  test('defaults', () => {
    expect(parseRunInputs(reader({ run: 'pytest' }), linux)).toEqual({
      modes: ['standard', 'freethreaded'],
      gil: 'force-off',
      requireGilDisabled: false,
      install: '',
      run: 'pytest',
      workingDirectory: workspace,
      isolation: 'copy',
      shell: 'bash',
      env: {},
      timeoutSeconds: 1800,
      results: '',
      junit: true,
      rerun: 0,
      stressReruns: 20,
      rerunBudgetSeconds: 60,
      failOn: 'divergence',
      artifact: '',
      artifactDir: '',
      cacheDir: '',
      stress: { threads: 4, iterations: 1 },
      tsan: { sourceMirror: 'https://www.python.org/ftp/python', sourceSha256: new Map(), suppressions: '' },
      indexUrl: 'https://pypi.org/simple',
      baselineAuto: false,
      event: expect.objectContaining({ runId: expect.any(String) }),
      comment: 'off',
    })
    expect(parseRunInputs(reader({}), { ...linux, os: 'win32' }).shell).toBe('pwsh')
  })

  test('freethreaded-tsan is refused on Windows, before anything is installed', () => {
    expect(() =>
      parseRunInputs(reader({ run: 'pytest', modes: 'standard, freethreaded-tsan' }), { ...linux, os: 'win32' }),
    ).toThrow(
      'modes: freethreaded-tsan needs ThreadSanitizer, which CPython supports on Linux (gcc or clang) and macOS (clang) only',
    )
  })

  test('modes keep their canonical order', () => {
    expect(parseModes('freethreaded-gil\nstandard # plain')).toEqual(['standard', 'freethreaded-gil'])
  })

  test('a name that is not a mode, or a mode listed twice, is an error naming modes', () => {
    expect(() => parseModes('standard, turbo')).toThrow(
      "modes: 'turbo' is not a mode; use standard, freethreaded, freethreaded-gil",
    )
    expect(() => parseModes('standard, standard')).toThrow("modes: 'standard' is listed twice")
  })

  test.each([
    ['30', 1800],
    ['90s', 90],
    ['1.5h', 5400],
    ['10 m', 600],
  ])('duration %s', (value, seconds) => expect(parseDuration(value, 'timeout')).toBe(seconds))

  test('env lines', () => {
    expect(parseEnv('A=1\n# note\n\nC=x=y')).toEqual({ A: '1', C: 'x=y' })
    expect(() => parseEnv('B = 2')).toThrow("env: 'B = 2' is not KEY=value")
  })

  test('stress inputs, and a stress mode needs pytest', () => {
    const read = (values: Record<string, string>) => parseRunInputs(reader({ run: 'pytest', ...values }), linux)
    expect(read({ 'stress-threads': '8', 'stress-iterations': '5' }).stress).toEqual({ threads: 8, iterations: 5 })
    expect(read({ 'stress-threads': 'auto' }).stress.threads).toBeGreaterThanOrEqual(2)
    expect(() => read({ 'stress-threads': '1' })).toThrow(
      "stress-threads: '1' is not valid; use a whole number from 2 to 256, or auto (the runner's cores)",
    )
    expect(() => read({ 'stress-iterations': '0' })).toThrow("stress-iterations: '0' is not valid")
    expect(() => read({ modes: 'standard, freethreaded-stress', run: 'python -m unittest' })).toThrow(
      /^modes: freethreaded-stress run each test in threads through pytest-run-parallel, but run is not a pytest command/,
    )
  })

  test('artifact names: what @actions/artifact refuses is refused up front', () => {
    expect(artifactName(reader({ artifact: 'ft results_1.x' }))).toBe('ft results_1.x')
    expect(artifactName(reader({}))).toBe('')
    for (const bad of ['a/b', 'a:b', 'a\\b', 'a*', 'a?b', 'a|b', 'a"b', 'a<b', 'a>b']) {
      expect(() => artifactName(reader({ artifact: bad }))).toThrow(
        /^artifact: '.*' holds .*, which artifact names cannot/,
      )
    }
  })

  test('the results glob must give each mode and version its own files', () => {
    expect(resultsPattern('', 2, 1)).toBe('')
    expect(resultsPattern('out/{mode}.xml', 2, 1)).toBe('out/{mode}.xml')
    expect(resultsPattern('out/*.xml', 1, 1)).toBe('out/*.xml')
    expect(resultsPattern('out/{leg}.xml', 3, 2)).toBe('out/{leg}.xml')
    expect(resultsPattern('out/{version}-{mode}.xml', 3, 2)).toBe('out/{version}-{mode}.xml')
    expect(() => resultsPattern('out/*.xml', 2, 1)).toThrow(/^results: the modes run at the same time/)
    expect(() => resultsPattern('out/{mode}.xml', 2, 2)).toThrow(/put \{mode\} \(or \{leg\} with several versions\)/)
  })

  test('working-directory must be a folder of the workspace', () => {
    mkdirSync(path.join(workspace, 'pkg'), { recursive: true })
    writeFileSync(path.join(workspace, 'file.txt'), '')
    expect(workingDirectory(reader({ 'working-directory': 'pkg' }), workspace)).toBe(path.join(workspace, 'pkg'))
    for (const bad of ['missing', 'file.txt']) {
      expect(() => workingDirectory(reader({ 'working-directory': bad }), workspace)).toThrow(
        new RegExp(`^working-directory: '${bad.replace('.', '\\.')}' is not a directory`),
      )
    }
  })
})

describe('index-url: the package index asked what to upgrade to', () => {
  const indexUrl = (values: Record<string, string>) =>
    parseRunInputs(reader({ run: 'pytest', ...values }), linux).indexUrl

  test('the input wins; none asks no index; anything but http(s) is refused, naming the input', () => {
    expect(indexUrl({ 'index-url': 'https://mirror.example/simple/' })).toBe('https://mirror.example/simple')
    expect(indexUrl({ 'index-url': 'None' })).toBe('')
    expect(() => indexUrl({ 'index-url': 'file:///srv/simple' })).toThrow(
      "index-url: 'file:///srv/simple' is not an http(s) URL of a simple API (or none)",
    )
  })

  test("unset, the install's own index: the env input first, then the job's; a file: index is not asked", () => {
    try {
      process.env.UV_INDEX_URL = 'https://uv.example/simple'
      expect(indexUrl({})).toBe('https://uv.example/simple')
      process.env.UV_DEFAULT_INDEX = 'https://default.example/simple'
      expect(indexUrl({})).toBe('https://default.example/simple')
      process.env.PIP_INDEX_URL = 'https://user:token@pip.example/simple/'
      expect(indexUrl({})).toBe('https://user:token@pip.example/simple')
      expect(indexUrl({ env: 'PIP_INDEX_URL=https://env.example/simple' })).toBe('https://env.example/simple')
      expect(indexUrl({ env: 'PIP_INDEX_URL=file:///srv/simple' })).toBe('')
    } finally {
      for (const name of ['PIP_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL']) delete process.env[name]
    }
  })
})
