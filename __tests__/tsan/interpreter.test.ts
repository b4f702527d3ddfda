import { describe, expect, test } from '@jest/globals'
import {
  checksumIn,
  compilerId,
  sourceUrl,
  tsanCacheKey,
  tsanInstallDir,
  tsanPython,
} from '../../src/tsan/interpreter.js'
import { instrumentedBuildFlags, joinSuppressions, tsanOptions } from '../../src/tsan/environment.js'
import { parseSourceSha256 } from '../../src/inputs/tsan-inputs.js'

describe('the ThreadSanitizer interpreter', () => {
  test('where it goes, where its source comes from', () => {
    expect(tsanInstallDir('/opt/hostedtoolcache', '3.14.2', 'x64')).toBe(
      '/opt/hostedtoolcache/setup-python-ft-tsan/3.14.2/x64',
    )
    expect(tsanPython('/t/3.14.2/x64', '3.14.2')).toBe('/t/3.14.2/x64/bin/python3.14t')
    expect(sourceUrl('https://www.python.org/ftp/python', '3.14.2')).toBe(
      'https://www.python.org/ftp/python/3.14.2/Python-3.14.2.tar.xz',
    )
    // Pre-releases are resolved in semver; python.org names them as CPython does.
    expect(sourceUrl('https://www.python.org/ftp/python', '3.15.0-rc.1')).toBe(
      'https://www.python.org/ftp/python/3.15.0/Python-3.15.0rc1.tar.xz',
    )
    expect(sourceUrl('https://m', '3.15.0-alpha.3')).toBe('https://m/3.15.0/Python-3.15.0a3.tar.xz')
  })

  test('the compiler in the key, by name and version', () => {
    expect(compilerId('gcc (Debian 12.2.0-14+deb12u1) 12.2.0')).toBe('gcc-12.2.0')
    expect(compilerId('Ubuntu clang version 18.1.3 (1ubuntu1)')).toBe('clang-18.1.3')
    expect(compilerId('Apple clang version 16.0.0 (clang-1600.0.26.6)')).toBe('clang-16.0.0')
    expect(compilerId('cc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3)')).toBe('gcc-14.2.1')
    expect(
      compilerId('cc (Debian 12.2.0-14+deb12u1) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.\n'),
    ).toBe('gcc-12.2.0')
  })

  test('the key holds the OS, arch, version, compiler and flags', () => {
    const key = tsanCacheKey({ os: 'linux', arch: 'x64', version: '3.14.2', compiler: 'gcc-13.3.0' })
    expect(key).toMatch(/^setup-python-ft-tsan-linux-x64-3\.14\.2-gcc-13\.3\.0-[0-9a-f]{12}$/)
    expect(tsanCacheKey({ os: 'linux', arch: 'x64', version: '3.14.2', compiler: 'clang-18.1.3' })).not.toBe(key)
    expect(tsanCacheKey({ os: 'macos', arch: 'arm64', version: '3.14.2', compiler: 'gcc-13.3.0' })).not.toBe(key)
  })

  test('checksums: a sums file, and the pinned input', () => {
    const sha = 'a'.repeat(64)
    expect(
      checksumIn(`${'b'.repeat(64)}  Python-3.14.1.tar.xz\n${sha} *Python-3.14.2.tar.xz\n`, 'Python-3.14.2.tar.xz'),
    ).toBe(sha)
    expect(checksumIn(`${sha}  Python-3.14.1.tar.xz\n`, 'Python-3.14.2.tar.xz')).toBeUndefined()
    expect(parseSourceSha256(sha.toUpperCase())).toEqual(new Map([['*', sha]]))
    expect(parseSourceSha256(`${sha}  Python-3.14.2.tar.xz\n\n${'c'.repeat(64)}  Python-3.13.9.tar.xz`)).toEqual(
      new Map([
        ['Python-3.14.2.tar.xz', sha],
        ['Python-3.13.9.tar.xz', 'c'.repeat(64)],
      ]),
    )
    expect(() => parseSourceSha256('abc')).toThrow("cpython-source-sha256: 'abc' is not a sha256")
  })
})

describe("the TSan mode's environment", () => {
  test('TSAN_OPTIONS: reports to files, never the exit code; the job’s options last', () => {
    const common = 'halt_on_error=0 exitcode=0 second_deadlock_stack=1 stack_trace_format="    #%n %f %S (%m+%o)"'
    expect(tsanOptions('/leg/tsan/report', '/run/supp.txt')).toBe(
      `${common} log_path=/leg/tsan/report suppressions=/run/supp.txt`,
    )
    expect(tsanOptions('/runner work/report', undefined, 'history_size=7')).toBe(
      `${common} log_path="/runner work/report" history_size=7`,
    )
  })

  test('instrumented build flags, after the job’s own', () => {
    expect(instrumentedBuildFlags({ CFLAGS: '-O1' })).toEqual({
      CFLAGS: '-O1 -fsanitize=thread -g -O1',
      CXXFLAGS: '-fsanitize=thread -g -O1',
      LDFLAGS: '-fsanitize=thread',
    })
  })

  test("CPython's suppressions, then the project's", () => {
    expect(
      joinSuppressions([
        { origin: 'cpython', text: 'race:mi_block\n' },
        { origin: 'project', text: 'race:my_lib' },
      ]),
    ).toBe('# cpython\nrace:mi_block\n\n# project\nrace:my_lib\n')
  })
})
