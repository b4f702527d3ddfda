import { expect, test } from '@jest/globals'
import { reportReproduceCommand } from '../../src/compare/reproduce.js'

const bare = 'PYTHON_GIL=0 python3.14t -m pytest tests/test_x.py::test_a'

test("the command line's form: the report and the test; again until it fails for a class that shows now and then", () => {
  const row = { nodeid: 'tests/test_x.py::test_a', reproduce: bare }
  expect(reportReproduceCommand({ ...row, kind: 'freethreaded-only' })).toBe(
    'setup-python-ft reproduce report.json tests/test_x.py::test_a',
  )
  for (const kind of ['crashed', 'hung', 'races-without-gil', 'stress-only', 'undecided'] as const)
    expect(reportReproduceCommand({ ...row, kind })).toMatch(/ --until-fail 100$/)
  expect(reportReproduceCommand({ ...row, kind: 'freethreaded-only', flaky: true })).toMatch(/ --until-fail 100$/)
  expect(reportReproduceCommand({ nodeid: 'tests/t.py::test_b[a b]', reproduce: bare }, '/tmp/my report.json')).toBe(
    "setup-python-ft reproduce '/tmp/my report.json' 'tests/t.py::test_b[a b]'",
  )
  // No bare command (not pytest, no node id): none.
  expect(reportReproduceCommand({ nodeid: 'tests/test_x.py::test_a' })).toBeUndefined()
})
