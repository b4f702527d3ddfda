#!/usr/bin/env node
// The demo (CONTRIBUTING.md, "Set-up for developers"): the bundled action, run as a runner runs
// it, installs the test bed's real CPython builds (served on 127.0.0.1), runs example/'s suite under standard, freethreaded and
// freethreaded-gil, and prints what a user would see on GitHub: the step's log with its groups
// folded and its annotations, the report as `setup-python-ft report` prints it (the job summary's
// content, from the report's data), the outputs, and where the JSON report is.
//   npm run demo                                   # the whole product on example/
//   npm run demo -- '{"modes":"standard, freethreaded"}'   # any inputs, as JSON, on top
//   npm run demo -- '{"run":""}'                   # install only
// Everything it writes goes to one folder, $TMPDIR/setup-python-ft-demo, emptied at each start, so
// the report can be read afterwards and nothing piles up.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepareTestbed } from './prepare.mjs'
import { startServer } from './server.mjs'
import { node24, repoRoot, runAction } from './run-action.mjs'
import { renderLog } from './terminal.mjs'

const started = Date.now()
const demoDir = path.join(tmpdir(), 'setup-python-ft-demo')
rmSync(demoDir, { recursive: true, force: true })
mkdirSync(path.join(demoDir, 'runner'), { recursive: true })
const toolCache = process.env.RUNNER_TOOL_CACHE ?? path.join(demoDir, 'toolcache')

const { root, version } = prepareTestbed()
const server = await startServer(root)
const minor = version.split('.').slice(0, 2).join('.')
const inputs = {
  'python-version': minor,
  'manifest-url': `${server.url}/versions-manifest.json`,
  'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
  modes: 'standard, freethreaded, freethreaded-gil',
  install: 'pip install -q --disable-pip-version-check .[test]',
  run: 'pytest -q -p no:cacheprovider',
  timeout: '15s',
  ...(process.argv[2] ? JSON.parse(process.argv[2]) : {}),
}

const heading = (title) => console.log(`\n${'═'.repeat(100)}\n  ${title}\n${'═'.repeat(100)}`)
heading('The workflow step')
console.log('- uses: org/setup-python-ft@v1\n  with:')
for (const [name, value] of Object.entries(inputs)) console.log(`    ${name}: ${value}`)

const run = await runAction(inputs, {
  toolCache,
  workdir: path.join(repoRoot, 'example'),
  home: path.join(demoDir, 'runner'),
})
await server.close()

heading("The step's log, as GitHub shows it (▶ a folded group)")
console.log(renderLog(run.stdout).trim())
if (run.stderr.trim()) console.log(`\n[stderr]\n${run.stderr.trim()}`)

// The job summary's content, as the command line prints it from the JSON report (full traces,
// classes, reproduce commands), in colour on a terminal.
const reportPath = run.outputs['report-path']
if (reportPath) {
  heading(
    `The report: setup-python-ft report ${path.basename(reportPath)} (what the job summary shows, for a terminal)`,
  )
  const shown = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'report', reportPath], {
    cwd: path.join(repoRoot, 'example'),
    encoding: 'utf8',
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
  })
  console.log(`${shown.stdout}${shown.stderr}`.trim())
}

heading('Outputs')
for (const [key, value] of Object.entries(run.outputs)) {
  const shown = value.length > 110 ? `${value.slice(0, 110)}…` : value
  console.log(`${key}=${shown}`)
}
if (run.path.length > 0) console.log(`\nPATH for later steps starts with: ${run.path.join(', ')}`)

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log('')
if (reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  const tests = report.groups.reduce((n, g) => n + g.tests.length, 0)
  console.log(`The JSON report (${report.schema}, ${tests} tests, outcome ${report.outcome}): ${reportPath}`)
  console.log(`Each mode's leg.json, log and JUnit: ${run.outputs['results-dir']}`)
}
const verdict = run.code === 0 ? 'passed' : `failed (exit ${run.code}), as a real step would`
console.log(`The step ${verdict}. Demo time: ${seconds} s. Everything is in ${demoDir}.`)
// The demo worked when the action reported (or, without run, installed); a failing step is what
// it is there to show.
process.exitCode = (inputs.run ? reportPath : run.outputs['python-path']) ? 0 : 1
