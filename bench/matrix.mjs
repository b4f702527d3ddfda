// Matrix planning: 3 OS x 4 versions x 3 modes, with availability from the real data (the
// python-versions manifest fixture and the test bed's PBS SHA256SUMS, parsed as the action parses
// them; no HTTP), timed over many plans. Run by bench/run.mjs after compileSources().
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../testbed/run-action.mjs'

export async function benchMatrix(testbedRoot, pbsTag, runs = 200) {
  const build = path.join(repoRoot, 'build', 'src')
  const load = (file) => import(path.join(build, file))
  const { planMatrix } = await load('matrix/matrix-plan.js')
  const { parseRunners } = await load('inputs/runner-labels.js')
  const { parseVersionEntry } = await load('inputs/version-spec.js')
  const { resolverFrom } = await load('matrix/matrix-versions.js')
  const { validateManifest } = await load('sources/python-versions/manifest.js')
  const { parseSha256Sums } = await load('sources/pbs/release.js')
  const { pbsIndex, pythonVersionsIndex } = await load('sources/load.js')
  const { parseInstallInputs } = await load('inputs/install-inputs.js')

  const manifest = validateManifest(JSON.parse(readFileSync(path.join(testbedRoot, 'versions-manifest.json'), 'utf8')))
  const sums = parseSha256Sums(readFileSync(path.join(testbedRoot, 'pbs', pbsTag, 'SHA256SUMS'), 'utf8'))
  const inputs = parseInstallInputs(() => '', 'x64')
  const runners = parseRunners(['ubuntu-latest', 'macos-latest', 'windows-latest'])
  // The indexes the matrix action would fetch, parsed by the same functions, without HTTP.
  const indexes = new Map(
    runners.map((r) => [
      r.platform,
      [
        ['pythonVersions', pythonVersionsIndex(manifest, r.platform, '')],
        ['pbs', pbsIndex(sums, 'https://x', r.platform)],
      ],
    ]),
  )
  const resolve = resolverFrom(indexes, inputs)
  const options = {
    runners,
    requests: ['3.13', '3.14', '3.15-dev', '>=3.14'].map((v) => parseVersionEntry(v, 'both', false)),
    modes: ['standard', 'freethreaded', 'freethreaded-gil'],
    gil: 'force-off',
    include: [],
    exclude: [],
    artifact: 'setup-python-ft',
  }
  let legs = 0
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) legs = planMatrix(options, resolve).matrix.include.length
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs
  return { ms, legs }
}
