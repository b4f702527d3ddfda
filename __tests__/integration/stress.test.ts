// Thread stress through the bundle, on the real interpreters: the example's suite under
// standard, freethreaded, standard-stress and freethreaded-stress, with pytest-run-parallel
// installed by the action into each build's venv.
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, freshToolCache, repoRoot, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(600_000)

const example = path.join(repoRoot, 'example')
const RACE = 'tests.test_registry::test_handles_find_their_objects'
const UNSAFE = 'tests.test_registry::test_event_logged_once'

interface Row {
  id: string
  evidence?: {
    verdict: string
    counts: Record<string, { failed: number; runs: number }>
    p?: number
    text: string
  }
  reruns?: Record<string, string[]>
  flaky?: boolean
  nodeid?: string
  outcomes: Record<string, string>
  divergence: string | null
  reproduce?: string
  singleThreaded?: string
}

const bed = useTestbed()
let run: ActionRun
let rows: Map<string, Row>
let report: {
  outcome: string
  groups: { modes: { mode: string; stress?: object }[]; tests: Row[] }[]
}

/** Every file under the action's own dist/ folder. */
const distFiles = () => readdirSync(path.join(repoRoot, 'dist'), { recursive: true }).map(String).sort()
let distBefore: string[]

beforeAll(async () => {
  // Bytecode an older bundle left there would hide a new leftover.
  rmSync(path.join(repoRoot, 'dist', 'probe', '__pycache__'), { recursive: true, force: true })
  distBefore = distFiles()
  run = await runAction(
    {
      'python-version': bed.minor,
      ...bed.pbsInputs,
      modes: 'standard, freethreaded, standard-stress, freethreaded-stress',
      install: 'pip install -q --disable-pip-version-check .[test]',
      run: 'pytest -q -p no:cacheprovider',
      timeout: '20s',
      rerun: '1',
    },
    { toolCache: freshToolCache(), workdir: example },
  )
  report = readReport(run)
  rows = new Map(report.groups[0].tests.map((t) => [t.id, t]))
})

const row = (id: string) => {
  const found = rows.get(id)
  if (!found) throw new Error(`${id} is not in the report`)
  return found
}

describe('four modes, stressed', () => {
  test('the action installs pytest-run-parallel into each venv and runs every mode', () => {
    expect(run.stdout).toMatch(/^::group::Install for cp313t: exit 0$/m)
    for (const mode of ['standard-stress', 'freethreaded-stress']) {
      expect(run.stdout).toMatch(new RegExp(`^::group::${mode} · 3\\.13\\.\\d+: .*, 11 tests`, 'm'))
    }
    expect(report.groups[0].modes.find((m) => m.mode === 'freethreaded-stress')?.stress).toMatchObject({
      threads: 4,
      iterations: 1,
    })
  })

  test("the action leaves nothing in its own folder (the probe's bytecode goes to the run's folder)", () => {
    expect(distFiles()).toEqual(distBefore)
  })

  test('a race the GIL hid: fails only under threads without the GIL', () => {
    expect(row(RACE)).toMatchObject({
      outcomes: {
        standard: 'passed',
        freethreaded: 'passed',
        'standard-stress': 'passed',
        'freethreaded-stress': 'failed',
      },
      divergence: 'races-without-gil',
    })
  })

  test('the race earned its class from counts: reruns in both stress modes until decided, at a look', () => {
    const { evidence, reruns } = row(RACE)
    expect(evidence).toMatchObject({
      verdict: 'races-without-gil',
      text: expect.stringMatching(/^failed \d+\/\d+ under freethreaded-stress, 0\/\d+ under standard-stress$/),
    })
    const ft = evidence!.counts['freethreaded-stress']
    const std = evidence!.counts['standard-stress']
    expect(std).toEqual({ failed: 0, runs: ft.runs })
    // Decided at a look (every 5 reruns), and the reruns stopped there.
    expect(ft.runs % 5).toBe(0)
    expect(evidence!.p).toBeLessThanOrEqual(0.05 / 11)
    expect(reruns!['freethreaded-stress']).toHaveLength(ft.runs)
    expect(row(RACE).flaky).toBeUndefined()
    expect(run.stdout).toMatch(/^Weighing \d+ failures under thread stress: up to 20 reruns in each stress mode$/m)
  })

  test('a thread-unsafe test is a finding, not a divergence', () => {
    expect(row(UNSAFE)).toMatchObject({
      outcomes: {
        standard: 'passed',
        freethreaded: 'passed',
        'standard-stress': 'failed',
        'freethreaded-stress': 'failed',
      },
      divergence: 'thread-unsafe',
    })
    expect(row('tests.test_registry::test_registry_kinds').divergence).toBeNull()
    expect(run.outputs.divergences).toBe('4')
  })

  test('a crash and a hang under stress keep their plain classes; the run goes on after the crash', () => {
    expect(row('tests.test_extension::test_unlocked_c_stack')).toMatchObject({
      outcomes: { 'freethreaded-stress': 'crashed', 'standard-stress': 'passed' },
      divergence: 'crashed',
    })
    expect(row('tests.test_threads::test_lock_ordering')).toMatchObject({
      outcomes: { 'freethreaded-stress': 'hung' },
      divergence: 'hung',
    })
    // Tests after the crash still ran under stress.
    expect(row(RACE).outcomes['freethreaded-stress']).toBe('failed')
  })

  test('tests the plugin kept to one thread carry its reason', () => {
    expect(row('tests.test_threads::test_counter_race').singleThreaded).toMatch(
      /^uses thread-unsafe fixture\(s\): .*run_together/,
    )
    expect(row(RACE).singleThreaded).toBeUndefined()
  })

  test('the annotation, the summary and the JSON report carry the reproduce command', () => {
    const command =
      'PYTHON_GIL=0 python3.13t -m pytest tests/test_registry.py::test_handles_find_their_objects --parallel-threads=4 --iterations=1'
    expect(row(RACE).reproduce).toBe(command)
    // An error, now that the counts decided it, with the counts in the annotation.
    const annotation = run.errors.find((l) => /^::error title=Races without the GIL,/.test(l))
    expect(annotation).toMatch(/^::error title=Races without the GIL,file=tests\/test_registry\.py,line=6::/)
    expect(annotation).toContain(`%0AReruns: ${row(RACE).evidence!.text}%0A`)
    expect(annotation).toContain(`Reproduce: ${command}`)
    expect(row('tests.test_threads::test_counter_race').reproduce).toBe(
      'PYTHON_GIL=0 python3.13t -m pytest tests/test_threads.py::test_counter_race',
    )
    expect(run.summary).toContain('Reproduce: <code>PYTHON\\_GIL=0 python3\\.13t \\-m pytest')
  })

  test('the summary has a Thread stress part', () => {
    expect(run.summary).toContain('#### Thread stress')
    expect(run.summary).toMatch(
      /- \*\*freethreaded-stress\*\*: each test in 4 threads × 1 iteration; \d+ stressed, 5 run in one thread/,
    )
    expect(run.summary).toContain(
      `- ❌ 1 test races without the GIL: <code>tests/test\\_registry\\.py\\:\\:test\\_handles\\_find\\_their\\_objects</code> (${row(RACE).evidence!.text})`,
    )
    expect(run.summary).toContain('<details><summary>Thread-unsafe tests (1)')
    expect(run.summary).toContain('<details><summary>Run in one thread (5)</summary>')
  })

  test('the reproduce command reproduces the race on a developer machine', () => {
    const venvBin = path.join(run.outputs['results-dir'], '..', 'venv', 'cp313t', 'bin')
    const [assignment, ...words] = row(RACE).reproduce!.split(' ')
    const env = {
      PATH: `${venvBin}:/usr/bin:/bin`,
      [assignment.split('=')[0]]: assignment.split('=')[1],
      ...(run.env.LD_LIBRARY_PATH ? { LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH } : {}),
    }
    let output = ''
    try {
      execFileSync(words[0], [...words.slice(1), '-p', 'no:cacheprovider'], { cwd: example, env, stdio: 'pipe' })
    } catch (error) {
      output = String((error as { stdout: Buffer }).stdout)
    }
    expect(output).toContain('PARALLEL FAILED tests/test_registry.py::test_handles_find_their_objects')
  })
})

describe('process state the threads would share', () => {
  test('logging capture, assertLogs and os.chdir run in one thread, with the reason; the project’s own list is kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spft-unsafe-'))
    mkdirSync(path.join(dir, 'tests'))
    writeFileSync(
      path.join(dir, 'tests', 'test_state.py'),
      [
        'import logging',
        'import os',
        'import unittest',
        '',
        'def test_caplog(caplog):',
        '    logging.getLogger().warning("hello")',
        '    assert "hello" in caplog.text',
        '',
        'class Logs(unittest.TestCase):',
        '    def test_logs(self):',
        '        with self.assertLogs(level="WARNING"):',
        '            logging.warning("x")',
        '',
        'def test_chdir(tmp_path):',
        '    os.chdir(tmp_path)',
        '',
        'def test_project_listed():',
        '    os.getcwd()',
        '',
        'def test_plain():',
        '    assert sum(range(10)) == 45',
        '',
      ].join('\n'),
    )
    // The project's own entry stays beside the action's.
    writeFileSync(path.join(dir, 'pytest.ini'), '[pytest]\nthread_unsafe_functions =\n    os.getcwd\n')
    const run = await runAction(
      {
        'python-version': bed.minor,
        ...bed.pbsInputs,
        modes: 'freethreaded, freethreaded-stress',
        install: 'pip install -q pytest',
        run: 'pytest -q -p no:cacheprovider',
      },
      { toolCache: freshToolCache(), workdir: dir },
    )
    expect(run.errors).toEqual([])
    const tests = readReport<{ groups: { tests: Row[] }[] }>(run).groups[0].tests
    const reason = (name: string) => tests.find((t) => t.id.endsWith(name))?.singleThreaded
    expect(reason('test_caplog')).toMatch(/thread-unsafe fixture\(s\): .*caplog/)
    expect(reason('Logs::test_logs')).toBe('calls thread-unsafe function: self.assertLogs')
    expect(reason('test_chdir')).toBe('calls thread-unsafe function: os.chdir')
    expect(reason('test_project_listed')).toBe('calls thread-unsafe function: os.getcwd')
    expect(reason('test_plain')).toBeUndefined()
  })
})
