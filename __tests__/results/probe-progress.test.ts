import { expect, test } from '@jest/globals'
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ProbeProgress } from '../../src/results/probe-progress.js'

// The probe's own lines (json.dumps with its default separators), as it appends them while tests run.
const start = (id: string) => `{"e": "test-start", "id": "${id}", "nodeid": "${id}"}\n`
const finished = (id: string) => `{"e": "test", "id": "${id}", "nodeid": "${id}", "outcome": "passed"}\n`

test('counts finished tests over segments and processes, reading only what is new, a torn line later', () => {
  const leg = mkdtempSync(path.join(tmpdir(), 'spft-progress-'))
  const progress = new ProbeProgress(leg)
  expect(progress.finished()).toBe(0)
  mkdirSync(path.join(leg, 'probe-run-1'))
  const first = path.join(leg, 'probe-run-1', 'probe-101.jsonl')
  appendFileSync(first, `{"e": "start", "pid": 101}\n${start('a')}${finished('a')}${start('b')}`)
  expect(progress.finished()).toBe(1)
  // Half a line now, the rest later: counted once, when it is whole.
  const line = finished('b')
  appendFileSync(first, line.slice(0, 10))
  expect(progress.finished()).toBe(1)
  appendFileSync(first, line.slice(10))
  expect(progress.finished()).toBe(2)
  // A resumed segment and an xdist worker's process.
  mkdirSync(path.join(leg, 'probe-run-2'))
  appendFileSync(path.join(leg, 'probe-run-2', 'probe-102.jsonl'), finished('c') + finished('d'))
  appendFileSync(path.join(leg, 'probe-run-2', 'probe-103.jsonl'), finished('e'))
  appendFileSync(path.join(leg, 'probe-run-2', 'hang-102.txt'), finished('not a probe file'))
  expect(progress.finished()).toBe(5)
  // pytest-xdist: the controller's probe writes the test its worker finished too.
  appendFileSync(path.join(leg, 'probe-run-2', 'probe-104.jsonl'), finished('e') + finished('f'))
  expect(progress.finished()).toBe(6)
  expect(progress.finished()).toBe(6)
})
