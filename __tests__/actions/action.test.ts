import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startAction, type Action } from '../../src/actions/action.js'
import { InputError } from '../../src/common/faults.js'
import { InstallError } from '../../src/common/faults.js'

let written: string[]
const write = process.stdout.write.bind(process.stdout)

beforeEach(() => {
  written = []
  process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write
  process.exitCode = 0
})

afterEach(() => {
  process.stdout.write = write
  process.exitCode = 0
  process.removeAllListeners('uncaughtException')
  process.removeAllListeners('unhandledRejection')
})

const lines = () => written.join('').split('\n').filter(Boolean)
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('startAction', () => {
  test('inputs are loaded, and validated, before run is called', async () => {
    const calls: string[] = []
    const action: Action<string> = {
      load: (read) => {
        calls.push('load')
        if (read('mode') !== 'ok') throw new InputError('mode', `'${read('mode')}' is not valid; use ok`)
        return read('mode')
      },
      run: async () => {
        calls.push('run')
        return undefined
      },
    }
    await startAction(action, reader({ mode: 'bad' }))
    expect(calls).toEqual(['load'])
    expect(lines()).toEqual(["::error::mode: 'bad' is not valid; use ok"])
    expect(process.exitCode).toBe(1)
  })

  test("run's failure reason fails the step in one line", async () => {
    await startAction({ load: () => 1, run: async () => 'the modes disagree' }, reader({}))
    expect(lines()).toEqual(['::error::the modes disagree'])
    expect(process.exitCode).toBe(1)
  })

  test('a known fault is one line; a bug prints its stack', async () => {
    await startAction(
      {
        load: () => 1,
        run: async () => {
          throw new InstallError('mirror', 'download failed')
        },
      },
      reader({}),
    )
    expect(lines()).toEqual(['::error::mirror: download failed'])
    written = []
    await startAction(
      {
        load: () => 1,
        run: async () => {
          const value = undefined as unknown as { length: number }
          return String(value.length)
        },
      },
      reader({}),
    )
    const out = lines()
    expect(out[0]).toMatch(/^::error::Cannot read properties of undefined .*an unexpected error in setup-python-ft/)
    expect(out.slice(1).some((line) => /^\s+at .*action\.test\.ts:\d+:\d+/.test(line))).toBe(true)
    expect(process.exitCode).toBe(1)
  })

  test('a passing run leaves the exit code alone', async () => {
    await startAction({ load: () => 1, run: async () => undefined }, reader({}))
    expect(lines()).toEqual([])
    expect(process.exitCode).toBe(0)
  })
})
