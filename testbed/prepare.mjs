#!/usr/bin/env node
// Packs the test bed's CPython builds the way the real sources ship them, into a folder the
// test server serves:
//   python-versions/<tag>/python-<ver>-linux-<VERSION_ID>-x64[-freethreaded].tar.gz  (+ setup.sh inside)
//   versions-manifest.json      the real manifest (testbed/fixtures) plus these files
//   pbs/<tag>/cpython-<ver>+<tag>-x86_64-unknown-linux-gnu[-freethreaded]-install_only_stripped.tar.gz
//   pbs/<tag>/SHA256SUMS        these archives plus the fixture's assets for other platforms
//   pbs/latest-release.json
// URLs inside the JSON files carry __BASE__, which the server replaces with its own address.
// Usage: node testbed/prepare.mjs   (prints the folder; cached: a second run costs milliseconds)
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
export const PBS_TAG = '20260814'
const RECIPE = '6'

function log(message) {
  process.stderr.write(`[testbed] ${message}\n`)
}

function osReleaseVersion() {
  const text = readFileSync('/etc/os-release', 'utf8')
  return /^VERSION_ID="?([^"\n]+)"?/m.exec(text)?.[1] ?? ''
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Builds (or reuses) the interpreters; returns their cache folder. */
export function buildInterpreters() {
  const out = execFileSync('bash', [path.join(here, 'build-cpython.sh')], { stdio: ['ignore', 'pipe', 'inherit'] })
  return out.toString().trim().split('\n').pop()
}

function tar(args) {
  execFileSync('tar', ['--use-compress-program=gzip -1', ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
}

const EXCLUDES = [
  '--exclude=./lib/python3.*/test',
  '--exclude=./lib/python3.*/idlelib',
  '--exclude=__pycache__',
  '--exclude=./.done',
]

function setupScript(version, arch) {
  // The shape of actions/python-versions' installers/nix-setup-template.sh.
  return readFileSync(path.join(here, 'setup-template.sh'), 'utf8')
    .replaceAll('{{__VERSION_FULL__}}', version)
    .replaceAll('{{__ARCH__}}', arch)
}

function packPythonVersions(cache, version, out, tag, distroVersion) {
  const files = []
  for (const [kind, arch] of [
    ['standard', 'x64'],
    ['freethreaded', 'x64-freethreaded'],
  ]) {
    const work = mkdtempSync(path.join(tmpdir(), 'spft-pack-'))
    cpSync(path.join(cache, kind), work, { recursive: true, verbatimSymlinks: true })
    // python-versions builds link libpython without an rpath: LD_LIBRARY_PATH must reach lib/.
    const binary = path.join(
      work,
      'bin',
      kind === 'freethreaded' ? `python${minor(version)}t` : `python${minor(version)}`,
    )
    execFileSync('patchelf', ['--remove-rpath', binary])
    writeFileSync(path.join(work, 'setup.sh'), setupScript(version, arch), { mode: 0o755 })
    const filename = `python-${version}-linux-${distroVersion}-${arch}.tar.gz`
    mkdirSync(path.join(out, 'python-versions', tag), { recursive: true })
    tar(['-cf', path.join(out, 'python-versions', tag, filename), ...EXCLUDES, '-C', work, '.'])
    rmSync(work, { recursive: true, force: true })
    files.push({
      filename,
      arch,
      platform: 'linux',
      platform_version: distroVersion,
      download_url: `__BASE__/python-versions/${tag}/${filename}`,
    })
  }
  const manifest = JSON.parse(readFileSync(path.join(fixtures, 'versions-manifest.json'), 'utf8'))
  let release = manifest.find((r) => r.version === version)
  if (!release) {
    release = { version, stable: true, release_url: '', files: [] }
    manifest.unshift(release)
  }
  release.files.push(...files)
  writeFileSync(path.join(out, 'versions-manifest.json'), JSON.stringify(manifest))
}

function minor(version) {
  return version.split('.').slice(0, 2).join('.')
}

function packPbs(cache, version, out) {
  const dir = path.join(out, 'pbs', PBS_TAG)
  mkdirSync(dir, { recursive: true })
  const sums = []
  for (const [kind, variant] of [
    ['standard', 'install_only_stripped'],
    ['freethreaded', 'freethreaded-install_only_stripped'],
  ]) {
    const asset = `cpython-${version}+${PBS_TAG}-x86_64-unknown-linux-gnu-${variant}.tar.gz`
    tar(['-cf', path.join(dir, asset), ...EXCLUDES, '--transform', 's,^\\.,python,', '-C', path.join(cache, kind), '.'])
    sums.push(`${sha256(path.join(dir, asset))}  ${asset}`)
  }
  // The rest of the real release: other platforms, so that filtering by triple is exercised.
  const metadata = JSON.parse(readFileSync(path.join(fixtures, 'pbs-download-metadata.json'), 'utf8'))
  for (const entry of Object.values(metadata)) {
    if (entry.build !== PBS_TAG || !entry.url.includes('install_only')) continue
    const asset = decodeURIComponent(entry.url.split('/').pop())
    if (asset.includes('x86_64-unknown-linux-gnu')) continue
    sums.push(`${entry.sha256}  ${asset}`)
  }
  writeFileSync(path.join(dir, 'SHA256SUMS'), `${sums.join('\n')}\n`)
  writeFileSync(
    path.join(out, 'pbs', 'latest-release.json'),
    JSON.stringify({
      version: 1,
      tag: PBS_TAG,
      release_url: `__BASE__/pbs/${PBS_TAG}`,
      asset_url_prefix: `__BASE__/pbs/${PBS_TAG}`,
    }),
  )
}

/**
 * The CPython source tarball in python.org's layout, for the freethreaded-tsan mode's build:
 * cpython/<version>/Python-<version>.tar.xz (no checksum to find, as at python.org), and the same
 * beside a SHA256SUMS under cpython-verified/.
 */
function serveSource(cache, version, out) {
  const tarball = path.join(cache, 'source', `Python-${version}.tar.xz`)
  for (const dir of ['cpython', 'cpython-verified']) {
    mkdirSync(path.join(out, dir, version), { recursive: true })
    cpSync(tarball, path.join(out, dir, version, `Python-${version}.tar.xz`))
  }
  writeFileSync(
    path.join(out, 'cpython-verified', version, 'SHA256SUMS'),
    `${sha256(tarball)}  Python-${version}.tar.xz\n`,
  )
}

/** Prepares the served folder; returns { root, version, cache }. */
export function prepareTestbed() {
  const cache = buildInterpreters()
  const version = readFileSync(path.join(cache, 'VERSION'), 'utf8').trim()
  const root = path.join(cache, 'served')
  const stamp = path.join(root, '.stamp')
  const want = `${RECIPE} ${version} ${readFileSync(path.join(cache, 'standard', '.done'), 'utf8').trim()}`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return { root, version, cache }
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  log(`packing CPython ${version} archives into ${root}`)
  const manifest = JSON.parse(readFileSync(path.join(fixtures, 'versions-manifest.json'), 'utf8'))
  const tag =
    manifest
      .find((r) => r.version === version)
      ?.files[0]?.download_url.split('/')
      .slice(-2)[0] ?? `${version}-testbed`
  packPythonVersions(cache, version, root, tag, osReleaseVersion())
  packPbs(cache, version, root)
  serveSource(cache, version, root)
  // The real manifest alone: nothing in it fits this Debian machine, so auto falls back to PBS.
  cpSync(path.join(fixtures, 'versions-manifest.json'), path.join(root, 'fixture-versions-manifest.json'))
  writeFileSync(stamp, want)
  return { root, version, cache }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { root } = prepareTestbed()
  console.log(root)
}
