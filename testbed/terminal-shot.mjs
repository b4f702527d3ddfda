// Renders a terminal's output (ANSI colours) as a terminal shows it, through ansi-to-html, and takes
// a screenshot with headless Chromium: the README's picture of `setup-python-ft report`.
//   FORCE_COLOR=1 node dist/cli/index.js report report.json > out.txt
//   node testbed/terminal-shot.mjs out.txt docs/cli-report.png [height, 900] [chromium]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AnsiToHtml from 'ansi-to-html'

const [input, output, height = '900', chromium = '/usr/bin/chromium'] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node testbed/terminal-shot.mjs <output.txt> <out.png> [height] [chromium]')
  process.exit(2)
}
const html = new AnsiToHtml({ fg: '#d0d0d0', bg: '#1e1e1e', escapeXML: true }).toHtml(readFileSync(input, 'utf8'))
const page = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; background: #1e1e1e } pre { margin: 0; padding: 20px 24px; color: #d0d0d0;
font: 14px/1.45 'DejaVu Sans Mono', monospace; white-space: pre-wrap; width: 1050px }
</style><pre>${html}</pre>`
const dir = mkdtempSync(path.join(tmpdir(), 'spft-shot-'))
writeFileSync(path.join(dir, 'terminal.html'), page)
try {
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--hide-scrollbars',
      `--window-size=1100,${height}`,
      `--screenshot=${path.resolve(output)}`,
      `file://${path.join(dir, 'terminal.html')}`,
    ],
    { stdio: 'inherit' },
  )
} finally {
  // The page and Chromium's profile: nothing is left in the temporary folder.
  rmSync(dir, { recursive: true, force: true })
}
