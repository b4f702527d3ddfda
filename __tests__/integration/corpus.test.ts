// The corpus (testbed/corpus): real projects' test suites from their sdists on PyPI, at pinned
// versions, run through the bundle on the real interpreters, each against the verdict written down
// for it in projects.json. A project with `runs` runs that many times: each run must give the same
// step result and stay within the expected verdict.
import { describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ActionRun, repoRoot, runAction } from './action.js'
import { readReport, useTestbed } from './testbed.js'

jest.setTimeout(1_200_000)

const corpus = path.join(repoRoot, 'testbed', 'corpus')

interface Expect {
  exitCode: number
  outcome?: string
  divergences: Record<string, string>
  tolerated?: Record<string, string[]>
  findings: string[]
  common?: number
  threadUnsafeAmong?: string[]
  imported?: string[]
  coverageFiles?: string[]
  error?: string
}

interface Project {
  id: string
  name: string
  version: string
  sdist: string
  sha256: string
  inputs: Record<string, string>
  expect: Expect
  why: string
  runs?: number
}

interface Report {
  groups: {
    modes: { mode: string; gil: { extensions: string[] } }[]
    findings: { kind: string }[]
    tests: { id: string; divergence: string | null }[]
  }[]
}

const projects = (JSON.parse(readFileSync(path.join(corpus, 'projects.json'), 'utf8')) as { projects: Project[] })
  .projects

/** How this machine's clients trust its package index (pip reads these). */
const TLS_ENV = Object.fromEntries(
  ['SSL_CERT_FILE', 'SSL_CERT_DIR'].filter((name) => process.env[name]).map((name) => [name, process.env[name]!]),
)

const bed = useTestbed({ toolCache: true })

/** The sdist unpacked into a folder of its own, as a checkout would be. */
function unpack(project: Project): string {
  const dir = mkdtempSync(path.join(tmpdir(), `spft-corpus-${project.id}-`))
  execFileSync('tar', ['-xzf', path.join(corpus, project.sdist), '-C', dir, '--strip-components=1'])
  return dir
}

async function runProject(project: Project): Promise<{ run: ActionRun; dir: string }> {
  const dir = unpack(project)
  const run = await runAction(
    { 'python-version': bed.minor, ...bed.pbsInputs, modes: 'standard, freethreaded', ...project.inputs },
    { toolCache: bed.toolCache, workdir: dir, env: TLS_ENV },
  )
  return { run, dir }
}

/** The run against the project's written verdict; the message says which project and shows the log. */
function checkVerdict(project: Project, run: ActionRun, dir: string): string[] {
  const { expect: want } = project
  const context = `${project.id}: ${run.errors.join('\n')}\n${run.warnings.join('\n')}`
  expect({ context, code: run.code }).toEqual({ context, code: want.exitCode })
  if (want.outcome) expect({ context, outcome: run.outputs.outcome }).toEqual({ context, outcome: want.outcome })
  if (want.error) expect(run.errors).toEqual([expect.stringMatching(new RegExp(want.error))])
  const report = readReport<Report>(run)
  const tests = report.groups.flatMap((g) => g.tests)
  const kinds = new Set(['common', 'thread-unsafe', null])
  const divergent = Object.fromEntries(tests.filter((t) => !kinds.has(t.divergence)).map((t) => [t.id, t.divergence]))
  // A tolerated entry or an expected thread-unsafe test is a test id, or a class's prefix ending in ::.
  const matches = (id: string, key: string) => id === key || (key.endsWith('::') && id.startsWith(key))
  const toleratedAs = (id: string) => Object.entries(want.tolerated ?? {}).find(([key]) => matches(id, key))?.[1]
  const required = Object.fromEntries(Object.entries(divergent).filter(([id]) => !toleratedAs(id)))
  expect({ context, divergences: required }).toEqual({ context, divergences: want.divergences })
  for (const [id, kind] of Object.entries(divergent)) if (toleratedAs(id)) expect(toleratedAs(id)).toContain(kind)
  const findings = [
    ...new Set(report.groups.flatMap((g) => g.findings.map((f) => f.kind)).filter((k) => k !== 'slow-mode')),
  ].sort()
  expect({ context, findings }).toEqual({ context, findings: [...want.findings].sort() })
  if (want.common !== undefined) expect(tests.filter((t) => t.divergence === 'common')).toHaveLength(want.common)
  const unsafe = tests.filter((t) => t.divergence === 'thread-unsafe').map((t) => t.id)
  if (want.threadUnsafeAmong) {
    for (const id of unsafe)
      expect({ id, among: want.threadUnsafeAmong.some((key) => matches(id, key)) }).toEqual({ id, among: true })
  }
  for (const module of want.imported ?? []) {
    for (const mode of report.groups[0].modes) expect(mode.gil.extensions).toContain(module)
  }
  if (want.coverageFiles) {
    const data = readdirSync(dir).filter((name) => name.startsWith('.coverage.'))
    expect(data.sort()).toEqual(want.coverageFiles)
  }
  return unsafe
}

describe('the corpus', () => {
  test('every sdist is the one recorded: its sha256', () => {
    for (const project of projects) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(corpus, project.sdist)))
        .digest('hex')
      expect({ sdist: project.sdist, sha256: digest }).toEqual({ sdist: project.sdist, sha256: project.sha256 })
    }
    expect(new Set(projects.map((p) => p.name)).size).toBeGreaterThanOrEqual(8)
  })

  for (const project of projects) {
    const runs = project.runs ?? 1
    test(`${project.id} ${project.version}: ${runs > 1 ? `the same verdict in ${runs} of ${runs} runs` : 'its verdict'}`, async () => {
      const codes: (number | null)[] = []
      const unsafe = new Set<string>()
      for (let i = 0; i < runs; i++) {
        const { run, dir } = await runProject(project)
        for (const id of checkVerdict(project, run, dir)) unsafe.add(id)
        codes.push(run.code)
      }
      expect(codes).toEqual(Array.from({ length: runs }, () => project.expect.exitCode))
      // A thread-unsafe test fails under threads some of the time: over the runs, it is found.
      if (project.expect.threadUnsafeAmong) expect(unsafe.size).toBeGreaterThan(0)
    })
  }
})
