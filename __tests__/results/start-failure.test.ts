import { describe, expect, test } from '@jest/globals'
import { CAUSE_LIMIT, startFailure } from '../../src/results/start-failure.js'

describe('startFailure: why a suite ran no test, from the end of its output', () => {
  test('a conftest hook with an argument pytest removed: the exception and the lines of its message', () => {
    const output = [
      'Traceback (most recent call last):',
      '  File "/venv/lib/python3.13t/site-packages/pluggy/_manager.py", line 448, in _verify_hook',
      '    raise PluginValidationError(',
      "pluggy._manager.PluginValidationError: Plugin '/w/conftest.py' for hook 'pytest_ignore_collect'",
      'hookimpl definition: pytest_ignore_collect(path, config)',
      "Argument(s) {'path'} are declared in the hookimpl but can not be found in the hookspec",
      '',
    ].join('\n')
    expect(startFailure(output)).toBe(
      "pluggy._manager.PluginValidationError: Plugin '/w/conftest.py' for hook 'pytest_ignore_collect' hookimpl definition: pytest_ignore_collect(path, config) Argument(s) {'path'} are declared in the hookimpl but can not be found in the hookspec",
    )
  })

  test("a conftest that cannot import: pytest's E line", () => {
    const output = [
      "ImportError while loading conftest '/w/tests/conftest.py'.",
      'tests/conftest.py:1: in <module>',
      '    import hypothesis',
      "E   ModuleNotFoundError: No module named 'hypothesis'",
    ].join('\n')
    expect(startFailure(output)).toBe("ModuleNotFoundError: No module named 'hypothesis'")
  })

  test('collection errors: the last ERROR line of the short summary, not the decorations after it', () => {
    const output = [
      '==================================== ERRORS ====================================',
      '________________________ ERROR collecting tests/test_a.py _______________________',
      "E   ModuleNotFoundError: No module named 'pkg._ext'",
      '=========================== short test summary info ============================',
      "ERROR tests/test_a.py - ModuleNotFoundError: No module named 'pkg._ext'",
      '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!!',
      '1 error in 0.12s',
    ].join('\n')
    expect(startFailure(output)).toBe("ERROR tests/test_a.py - ModuleNotFoundError: No module named 'pkg._ext'")
  })

  test('a usage error, and an argument parser error', () => {
    expect(startFailure('ERROR: file or directory not found: tests\n\n')).toBe(
      'ERROR: file or directory not found: tests',
    )
    expect(startFailure('usage: pytest [options]\npytest: error: unrecognized arguments: --paralel\n')).toBe(
      'pytest: error: unrecognized arguments: --paralel',
    )
  })

  test('no error in the output: undefined; a long one is cut', () => {
    expect(startFailure('no tests ran in 0.01s\n')).toBeUndefined()
    expect(startFailure('')).toBeUndefined()
    const cause = startFailure(`RuntimeError: ${'x'.repeat(1000)}`)!
    expect(cause).toHaveLength(CAUSE_LIMIT + 1)
    expect(cause.endsWith('…')).toBe(true)
  })
})
