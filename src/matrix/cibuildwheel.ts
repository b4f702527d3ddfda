import semver from 'semver'
import type { Build } from '../model/build.js'
import type { Platform } from '../platform/platform.js'
import { abiTag } from '../model/build.js'

/** cibuildwheel's platform tags for a runner's native architecture. */
export function wheelPlatforms(platform: Platform): string[] {
  const arch = platform.arch
  if (platform.os === 'linux') {
    const machine = arch === 'x64' ? 'x86_64' : 'aarch64'
    return [`manylinux_${machine}`, `musllinux_${machine}`]
  }
  if (platform.os === 'darwin') return [`macosx_${arch === 'x64' ? 'x86_64' : 'arm64'}`]
  return [arch === 'x64' ? 'win_amd64' : 'win_arm64']
}

export interface WheelBuild {
  identifier: string
  build: Build
  /** CIBW_ENABLE groups the identifier needs. */
  enable: string[]
  /** CIBW_TEST_ENVIRONMENT for it: PYTHON_GIL=0 on free-threaded identifiers only. */
  testEnvironment: string
}

/** Free-threaded wheels that cibuildwheel 4 no longer builds: 3.13t was experimental. */
export function cibuildwheelSupports(version: string, build: Build): boolean {
  return !(build === 'freethreaded' && semver.lt(semver.coerce(version)!, '3.14.0'))
}

/** The wheel builds of one Python version on one runner, for the builds asked for. */
export function wheelBuilds(version: string, builds: Build[], platform: Platform): WheelBuild[] {
  const prerelease = semver.prerelease(version) !== null
  return builds
    .filter((build) => cibuildwheelSupports(version, build))
    .flatMap((build) =>
      wheelPlatforms(platform).map((tag) => ({
        identifier: `${abiTag(version, build)}-${tag}`,
        build,
        enable: prerelease ? ['cpython-prerelease'] : [],
        testEnvironment: build === 'freethreaded' ? 'PYTHON_GIL=0' : '',
      })),
    )
}
