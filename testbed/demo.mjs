#!/usr/bin/env node
// The README's demo: runs the bundled action as a runner would, against the test bed's real
// CPython builds served on 127.0.0.1, on the example project in example/.
//   npm run demo                      # install both builds of the test bed's version
//   npm run demo -- '{"builds":"freethreaded"}'   # any extra inputs, as JSON
import path from 'node:path'
import { prepareTestbed } from './prepare.mjs'
import { startServer } from './server.mjs'
import { freshToolCache, repoRoot, runAction } from './run-action.mjs'

const { root, version } = prepareTestbed()
const server = await startServer(root)
const minor = version.split('.').slice(0, 2).join('.')
const extra = process.argv[2] ? JSON.parse(process.argv[2]) : {}
const toolCache = process.env.RUNNER_TOOL_CACHE ?? freshToolCache()
const inputs = {
  'python-version': minor,
  'manifest-url': `${server.url}/versions-manifest.json`,
  'pbs-latest-release-url': `${server.url}/pbs/latest-release.json`,
  ...extra,
}
console.log(`# setup-python-ft demo: tool cache ${toolCache}, sources on ${server.url}\n`)
const run = await runAction(inputs, { toolCache, workdir: path.join(repoRoot, 'example'), echo: true })
await server.close()
console.log('\n# outputs')
for (const [key, value] of Object.entries(run.outputs)) console.log(`${key}=${value}`)
console.log('\n# exported environment')
for (const [key, value] of Object.entries(run.env)) console.log(`${key}=${value}`)
console.log('\n# PATH additions\n' + run.path.join('\n'))
if (run.summary) console.log('\n# job summary\n' + run.summary)
process.exitCode = run.code
