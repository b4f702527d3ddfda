#!/usr/bin/env node
// The `setup-python-ft` command (bundled to dist/cli/index.js). Node 22 or newer: older gets one line.
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(`setup-python-ft: needs Node 22 or newer; this is Node ${process.versions.node}\n`)
  process.exit(3)
}
// Output cut short by its reader (| head) ends the command quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
const { main } = await import('../cli/main.js')
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`setup-python-ft: unexpected error: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 3
  },
)
