// Renders a job summary (markdown) as GitHub shows it, through a GFM renderer (marked) and GitHub's
// markdown stylesheet (github-markdown-css), and takes a screenshot with headless Chromium.
// Used once per change of the summary for the README's picture:
//   node testbed/screenshot.mjs <summary.md> <out.png> [chromium] [height in pixels, 1250]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { marked } from 'marked'

const [input, output, chromium = '/usr/bin/chromium', height = '1250'] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node testbed/screenshot.mjs <summary.md> <out.png> [chromium]')
  process.exit(2)
}
const css = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
)
const body = marked.parse(readFileSync(input, 'utf8'), { gfm: true, async: false })
const page = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; width: 1100px; padding: 24px 32px }
</style><article class="markdown-body">${body}</article>`
const dir = mkdtempSync(path.join(tmpdir(), 'spft-shot-'))
writeFileSync(path.join(dir, 'summary.html'), page)
try {
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--hide-scrollbars',
      `--window-size=1100,${height}`,
      `--screenshot=${path.resolve(output)}`,
      `file://${path.join(dir, 'summary.html')}`,
    ],
    { stdio: 'inherit' },
  )
} finally {
  // The page and Chromium's profile: nothing is left in the temporary folder.
  rmSync(dir, { recursive: true, force: true })
}
