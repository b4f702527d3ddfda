import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import {
  realpathSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { freshToolCache, node24, runAction } from './action.js'
import { leftovers, probe, useTestbed } from './testbed.js'

jest.setTimeout(240_000)

const bed = useTestbed()

test('the bundle runs under Node 24, as runs.using: node24 declares', () => {
  expect(execFileSync(node24, ['--version']).toString()).toMatch(/^v24\./)
  expect(readFileSync(path.join(import.meta.dirname, '../../action.yml'), 'utf8')).toMatch(/using: 'node24'/)
})

describe('a killed install', () => {
  test('its staging folders are removed by the next install; a live one is kept', async () => {
    const toolCache = freshToolCache()
    const versionDir = path.join(toolCache, 'Python', bed.version)
    const gone = execFileSync('sh', ['-c', 'echo $$']).toString().trim() // a pid that has exited
    const host = hostname().replace(/[^\w.-]/g, '_')
    const dead = path.join(versionDir, `.x64.partial-${gone}@${host}-Ab12Cd`)
    const live = path.join(versionDir, `.x64-freethreaded.partial-${process.pid}@${host}-Ef34Gh`)
    // Another host's (a container with its own process ids): never judged from here.
    const elsewhere = path.join(versionDir, `.x64.partial-${gone}@another-host-Ij56Kl`)
    for (const dir of [dead, live, elsewhere]) {
      mkdirSync(path.join(dir, 'lib'), { recursive: true })
      writeFileSync(path.join(dir, 'lib', 'half-written.so'), Buffer.alloc(1024))
    }
    const run = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `Removed ${path.join(bed.version, path.basename(dead))}, left by an install that was killed`,
    )
    expect(readdirSync(versionDir).sort()).toEqual(
      [
        path.basename(live),
        path.basename(elsewhere),
        'x64',
        'x64-freethreaded',
        'x64-freethreaded.complete',
        'x64.complete',
      ].sort(),
    )
  })
})

describe("a killed install's extraction that goes on writing", () => {
  test('the install goes on: the folder is removed, or left with one notice while written into; a later run removes it', async () => {
    const toolCache = freshToolCache()
    const versionDir = path.join(toolCache, 'Python', bed.version)
    const gone = execFileSync('sh', ['-c', 'echo $$']).toString().trim()
    const host = hostname().replace(/[^\w.-]/g, '_')
    const name = `.x64-freethreaded.partial-${gone}@${host}-Mn78Op`
    const dead = path.join(versionDir, name)
    mkdirSync(path.join(dead, 'python', 'lib', 'python3.13t'), { recursive: true })
    // The writer: a tar that outlived the install it belonged to, still making folders and files.
    const writer = spawn(
      'python3',
      [
        '-c',
        // As an extraction would: a few thousand files a second, for at most 20 seconds.
        'import os, sys, time\nfor i in range(40000):\n    d = os.path.join(sys.argv[1], "d%d" % (i % 64), "e%d" % i)\n    os.makedirs(d, exist_ok=True)\n    open(os.path.join(d, "f"), "w").close()\n    time.sleep(0.0005)',
        path.join(dead, 'python', 'lib', 'python3.13t'),
      ],
      { stdio: 'ignore' },
    )
    try {
      await new Promise((resolve) => setTimeout(resolve, 300))
      const run = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
      expect(run.errors).toEqual([])
      expect(run.code).toBe(0)
      // Either the removal won (the folder is gone, and the writer may make it again), or it met the
      // writer's new files: then it is left, with one notice, never an error.
      const notices = run.stdout.split('\n').filter((line) => line.startsWith('::notice'))
      const removed = run.stdout.includes(`Removed ${path.join(bed.version, name)}, left by an install that was killed`)
      expect(notices).toEqual(
        removed
          ? []
          : [
              expect.stringMatching(
                new RegExp(
                  `^::notice::Left ${bed.version}/${name.replace(/\./g, '\\.')}, from an install that was killed: something still writes into it \\(E[A-Z]+\\); a later run removes it$`,
                ),
              ),
            ],
      )
      expect(readdirSync(versionDir)).toEqual(expect.arrayContaining(['x64', 'x64-freethreaded']))
    } finally {
      writer.kill('SIGKILL')
    }
    if (writer.exitCode === null && writer.signalCode === null)
      await new Promise((resolve) => writer.once('exit', resolve))
    const later = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
    expect(later.code).toBe(0)
    expect(readdirSync(versionDir)).not.toContain(name)
  })
})

describe('3.13+gil, as uv writes it', () => {
  test('installs the standard build only', async () => {
    const toolCache = freshToolCache()
    const run = await runAction({ ...bed.pbsInputs, 'python-version': `${bed.minor}+gil` }, { toolCache })
    expect(run.errors).toEqual([])
    expect(run.outputs['python-version']).toBe(bed.version)
    expect(run.outputs['python-path-freethreaded']).toBeUndefined()
    expect(readdirSync(path.join(toolCache, 'Python', bed.version)).sort()).toEqual(['x64', 'x64.complete'])
    expect(probe(run.outputs['python-path']).gilDisabledBuild).toBe(0)
  })
})

describe('python-build-standalone archives', () => {
  let toolCache: string
  let run: Awaited<ReturnType<typeof runAction>>

  beforeAll(async () => {
    toolCache = freshToolCache()
    run = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
  })

  test('installs both builds side by side in setup-python layout', () => {
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    for (const arch of ['x64', 'x64-freethreaded']) {
      expect(existsSync(path.join(toolCache, 'Python', bed.version, `${arch}.complete`))).toBe(true)
      expect(existsSync(path.join(toolCache, 'Python', bed.version, arch, 'python'))).toBe(true)
    }
    expect(leftovers(toolCache)).toEqual([])
  })

  test('the installed trees are 755 and run for another uid, as setup-python installs do', () => {
    for (const arch of ['x64', 'x64-freethreaded']) {
      expect(statSync(path.join(toolCache, 'Python', bed.version, arch)).mode & 0o777).toBe(0o755)
    }
    // A container job with another uid: open the test's own private folders up to the tool cache.
    for (let dir = toolCache; dir !== path.dirname(tmpdir()); dir = path.dirname(dir)) chmodSync(dir, 0o755)
    const out = execFileSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        run.outputs['python-path-freethreaded'],
        '-c',
        'import sys; print(sys.abiflags)',
      ],
      { env: { PATH: '/usr/bin:/bin' } },
    )
    expect(out.toString().trim()).toBe('t')
  })

  test('each interpreter is the build it claims to be', () => {
    const standard = probe(run.outputs['python-path-standard'])
    const freethreaded = probe(run.outputs['python-path-freethreaded'])
    expect(standard).toMatchObject({ gilEnabled: true, gilDisabledBuild: 0, abiflags: '' })
    expect(freethreaded).toMatchObject({ gilDisabledBuild: 1, abiflags: 't' })
    expect(standard.version.startsWith(bed.version)).toBe(true)
    expect(freethreaded.version.startsWith(bed.version)).toBe(true)
    // With the exported PYTHON_GIL=0 the free-threaded build runs without the GIL.
    const envFile = readFileSync(run.outputs['env-file-freethreaded'], 'utf8')
    expect(envFile).toContain('PYTHON_GIL=0\n')
    expect(probe(run.outputs['python-path-freethreaded'], { PYTHON_GIL: '0' }).gilEnabled).toBe(false)
  })

  test('outputs name each build, its version with t, and its ABI tag', () => {
    const t = bed.minor.replace('.', '')
    expect(run.outputs).toMatchObject({
      'python-version': `${bed.version}t`,
      'python-version-standard': bed.version,
      'python-version-freethreaded': `${bed.version}t`,
      'abi-tag': `cp${t}t`,
      'abi-tag-standard': `cp${t}`,
      'abi-tag-freethreaded': `cp${t}t`,
      'python-gil-freethreaded': '0',
    })
    const listed = JSON.parse(run.outputs.interpreters) as Array<Record<string, string>>
    expect(listed.map((i) => [i.build, i.abi, i.source])).toEqual([
      ['standard', `cp${t}`, 'python-build-standalone'],
      ['freethreaded', `cp${t}t`, 'python-build-standalone'],
    ])
  })

  test('the environment points at the default build and never exports PYTHON_GIL', () => {
    const prefix = path.join(toolCache, 'Python', bed.version, 'x64-freethreaded')
    expect(run.path.slice(-3, -1)).toEqual([prefix, path.join(prefix, 'bin')])
    expect(run.env).toMatchObject({
      pythonLocation: prefix,
      Python_ROOT_DIR: prefix,
      Python3_ROOT_DIR: prefix,
      PKG_CONFIG_PATH: path.join(prefix, 'lib', 'pkgconfig'),
      [`PYTHON_CP${bed.minor.replace('.', '')}`]: run.outputs['python-path-standard'],
      [`PYTHON_CP${bed.minor.replace('.', '')}T`]: run.outputs['python-path-freethreaded'],
    })
    expect(run.env).not.toHaveProperty('PYTHON_GIL')
    // The bare python on PATH is the default (free-threaded) build.
    const bare = execFileSync(path.join(prefix, 'bin', 'python'), ['-c', 'import sys; print(sys.abiflags)'])
    expect(bare.toString().trim()).toBe('t')
  })

  test('on the PATH it exports, python3.X is the standard build, python3.Xt the free-threaded, python and pip the default', () => {
    // GITHUB_PATH lines are prepended one by one: the last is searched first.
    const exported = [...run.path].reverse().join(':')
    const resolve = (name: string) =>
      execFileSync('sh', ['-c', `command -v ${name}`], { env: { PATH: `${exported}:/usr/bin:/bin` } })
        .toString()
        .trim()
    const abiflags = (name: string) => probe(resolve(name), { LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH ?? '' }).abiflags
    expect(abiflags(`python${bed.minor}`)).toBe('')
    expect(abiflags(`python${bed.minor}t`)).toBe('t')
    expect(abiflags('python')).toBe('t')
    expect(abiflags('python3')).toBe('t')
    for (const pip of ['pip', 'pip3']) {
      const version = execFileSync(resolve(pip), ['--version'], {
        env: { PATH: '/usr/bin:/bin', LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH ?? '' },
      })
      expect(version.toString()).toMatch(new RegExp(`python ${bed.minor.replace('.', '\\.')}t?\\)`))
      expect(realpathSync(resolve(pip)).startsWith(path.dirname(run.outputs['python-path']))).toBe(true)
    }
    // pip3.Xt is the free-threaded build's pip (this build ships pip3 and pip3.X only), pip3.X the standard's.
    const sitePackages = (name: string) =>
      /from (\S+) \(python/.exec(
        execFileSync(resolve(name), ['--version'], {
          env: { PATH: '/usr/bin:/bin', LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH ?? '' },
        }).toString(),
      )![1]
    expect(sitePackages(`pip${bed.minor}t`)).toContain(`/lib/python${bed.minor}t/site-packages/`)
    expect(sitePackages(`pip${bed.minor}`)).toContain(`/lib/python${bed.minor}/site-packages/`)
    expect(
      realpathSync(resolve(`pip${bed.minor}t`)).startsWith(path.dirname(run.outputs['python-path-freethreaded'])),
    ).toBe(true)
  })

  test('check-latest queries the sources even with a warm tool cache', async () => {
    const before = bed.server.requests.length
    const checked = await runAction(
      { ...bed.pbsInputs, 'python-version': bed.minor, 'check-latest': 'true' },
      { toolCache },
    )
    expect(checked.errors).toEqual([])
    expect(bed.server.requests.slice(before)).toEqual(
      expect.arrayContaining([`GET /pbs/latest-release.json`, `GET /pbs/20260814/SHA256SUMS`]),
    )
    // The newest matching version is the one already cached: nothing is downloaded again.
    expect(bed.server.requests.slice(before).some((r) => r.endsWith('.tar.gz'))).toBe(false)
  })

  test('a warm tool cache makes no network call and gives the same outputs', async () => {
    const before = bed.server.requests.length
    const warm = await runAction({ ...bed.pbsInputs, 'python-version': bed.minor }, { toolCache })
    expect(warm.code).toBe(0)
    expect(bed.server.requests.length).toBe(before)
    const stable = (outputs: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(outputs).filter(([key]) => !key.startsWith('env-file') && key !== 'interpreters'),
      )
    expect(stable(warm.outputs)).toEqual(stable(run.outputs))
    expect(JSON.parse(warm.outputs.interpreters).map((i: { source: string }) => i.source)).toEqual([
      'tool-cache',
      'tool-cache',
    ])
  })
})

describe('actions/python-versions archives', () => {
  let toolCache: string
  let run: Awaited<ReturnType<typeof runAction>>

  beforeAll(async () => {
    toolCache = freshToolCache()
    run = await runAction({ ...bed.pythonVersionsInputs, 'python-version': bed.version }, { toolCache })
  })

  test('installs both builds without running setup.sh or reinstalling pip', () => {
    expect(run.errors).toEqual([])
    const prefix = path.join(toolCache, 'Python', bed.version, 'x64')
    expect(existsSync(path.join(prefix, 'setup.sh'))).toBe(false)
    expect(existsSync(path.join(prefix, 'python'))).toBe(true)
    expect(existsSync(path.join(prefix, 'bin', `python${bed.minor.replace('.', '')}`))).toBe(true)
    expect(bed.server.requests.some((r) => r.includes('pip'))).toBe(false)
    const listed = JSON.parse(run.outputs.interpreters) as Array<Record<string, string>>
    expect(listed.every((i) => i.source === 'python-versions')).toBe(true)
  })

  test('LD_LIBRARY_PATH reaches both shared libpythons, which need it', () => {
    const libs = run.env.LD_LIBRARY_PATH.split(':')
    expect(libs).toEqual(
      expect.arrayContaining([
        path.join(toolCache, 'Python', bed.version, 'x64', 'lib'),
        path.join(toolCache, 'Python', bed.version, 'x64-freethreaded', 'lib'),
      ]),
    )
    expect(() => probe(run.outputs['python-path-standard'])).toThrow()
    expect(
      probe(run.outputs['python-path-standard'], { LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH }).gilDisabledBuild,
    ).toBe(0)
    expect(
      probe(run.outputs['python-path-freethreaded'], { LD_LIBRARY_PATH: run.env.LD_LIBRARY_PATH }).gilDisabledBuild,
    ).toBe(1)
  })

  test('a mirror input rewrites the download URLs', async () => {
    const cache = freshToolCache()
    const mirrored = await runAction(
      {
        ...bed.pythonVersionsInputs,
        'python-version': `${bed.minor}t`,
        mirror: `${bed.server.url}/fault/flaky500-0/python-versions`,
      },
      { toolCache: cache },
    )
    expect(mirrored.errors).toEqual([])
    expect(bed.server.requests.some((r) => r.startsWith('GET /fault/flaky500-0/python-versions/'))).toBe(true)
  })
})

describe('the token', () => {
  test('is masked and never sent to a mirror', async () => {
    const token = 'ghs_testbedtoken1234567890'
    const before = bed.server.requests.length
    const run = await runAction(
      { ...bed.pbsInputs, 'python-version': `${bed.minor}t`, token },
      { toolCache: freshToolCache() },
    )
    expect(run.errors).toEqual([])
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${token}`)
    const sent = bed.server.requests.slice(before)
    expect(sent.length).toBeGreaterThan(2)
    expect(sent.filter((r) => r.endsWith('[auth]'))).toEqual([])
  })
})

describe('choosing what to install', () => {
  test('auto falls back to python-build-standalone where python-versions has nothing for the OS', async () => {
    const toolCache = freshToolCache()
    const run = await runAction(
      {
        'python-version': bed.minor,
        'manifest-url': `${bed.server.url}/fixture-versions-manifest.json`,
        'pbs-latest-release-url': `${bed.server.url}/pbs/latest-release.json`,
      },
      { toolCache },
    )
    expect(run.errors).toEqual([])
    const listed = JSON.parse(run.outputs.interpreters) as Array<Record<string, string>>
    expect(listed.map((i) => i.source)).toEqual(['python-build-standalone', 'python-build-standalone'])
  })

  test('an entry ending in t installs only the free-threaded build', async () => {
    const toolCache = freshToolCache()
    const run = await runAction({ ...bed.pbsInputs, 'python-version': `${bed.minor}t` }, { toolCache })
    expect(run.errors).toEqual([])
    expect(existsSync(path.join(toolCache, 'Python', bed.version, 'x64-freethreaded.complete'))).toBe(true)
    expect(existsSync(path.join(toolCache, 'Python', bed.version, 'x64'))).toBe(false)
    expect(run.outputs['python-version']).toBe(`${bed.version}t`)
  })

  test('builds: standard with python-version-file installs only the standard build and puts it on PATH', async () => {
    const toolCache = freshToolCache()
    const workdir = mkdtempSync(path.join(tmpdir(), 'spft-project-'))
    writeFileSync(path.join(workdir, '.python-version'), `# pinned\n${bed.minor}\n`)
    const run = await runAction(
      { ...bed.pbsInputs, 'python-version-file': '.python-version', builds: 'standard' },
      { toolCache, workdir },
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['python-version']).toBe(bed.version)
    expect(run.outputs).not.toHaveProperty('python-path-freethreaded')
    expect(run.path.at(-2)).toBe(path.join(toolCache, 'Python', bed.version, 'x64', 'bin'))
  })

  test('default-build: standard puts the standard build first on PATH, both installed', async () => {
    const toolCache = freshToolCache()
    const run = await runAction(
      { ...bed.pbsInputs, 'python-version': bed.minor, 'default-build': 'standard' },
      { toolCache },
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['python-version']).toBe(bed.version)
    expect(run.env.pythonLocation).toBe(path.join(toolCache, 'Python', bed.version, 'x64'))
    expect(run.outputs['python-path-freethreaded']).toBeTruthy()
  })

  test('without python-version the newest stable release with a free-threaded build is installed', async () => {
    const toolCache = freshToolCache()
    const run = await runAction({ ...bed.pbsInputs }, { toolCache })
    expect(run.errors).toEqual([])
    expect(run.outputs['python-version']).toBe(`${bed.version}t`)
  })

  test('a runner pre-cached build counts as a hit: no download', async () => {
    const toolCache = freshToolCache()
    // The test bed's own setup.sh plays the runner image's pre-caching.
    const archive = path.join(bed.root, 'python-versions')
    const tag = execFileSync('ls', [archive]).toString().trim().split('\n')[0]
    for (const arch of ['x64', 'x64-freethreaded']) {
      const work = mkdtempSync(path.join(tmpdir(), 'spft-precache-'))
      execFileSync('tar', [
        '-xzf',
        path.join(archive, tag, `python-${bed.version}-linux-${osVersion()}-${arch}.tar.gz`),
        '-C',
        work,
      ])
      execFileSync('bash', ['setup.sh'], { cwd: work, env: { PATH: '/usr/bin:/bin', RUNNER_TOOL_CACHE: toolCache } })
    }
    const before = bed.server.requests.length
    const run = await runAction({ ...bed.pythonVersionsInputs, 'python-version': bed.minor }, { toolCache })
    expect(run.errors).toEqual([])
    expect(bed.server.requests.length).toBe(before)
    expect(JSON.parse(run.outputs.interpreters).map((i: { source: string }) => i.source)).toEqual([
      'tool-cache',
      'tool-cache',
    ])
  })
})

function osVersion(): string {
  return /^VERSION_ID="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? ''
}
