import { ResultsFileError } from '../common/faults.js'
import { createReadStream } from 'node:fs'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import {
  clip,
  DETAILS_LIMIT,
  locationFromTraceback,
  MESSAGE_LIMIT,
  xdistCrashedWorker,
  xdistCrashMessage,
  type Outcome,
  type TestResult,
} from '../model/outcome.js'

interface OpenCase {
  attributes: Record<string, string>
  /** pytest's xunit1 lines are 0-based; other producers write 1-based lines. */
  zeroBasedLines: boolean
  outcome: Outcome
  message?: string
  text: string
  collectText: boolean
}

function outcomeOf(tag: string, attributes: Record<string, string>): Outcome | undefined {
  if (tag === 'failure') return 'failed'
  if (tag === 'error') return 'error'
  if (tag === 'skipped') return attributes.type === 'pytest.xfail' ? 'xfail' : 'skipped'
  return undefined
}

/**
 * A copy of a string the parser made, sharing no memory with it. The parser's strings are slices of
 * the chunk being read (64 KiB): one kept slice would keep its whole chunk, and a million tests would
 * keep the whole file. Short strings are never slices in V8 and stay as they are.
 */
function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8')
}

function finish(open: OpenCase, intern: (text: string) => string): TestResult {
  const { classname, name, file, line, time } = open.attributes
  const id = detached(classname ? `${classname}::${name ?? ''}` : (name ?? ''))
  const text = open.text.trim()
  const details = text ? detached(clip(text, DETAILS_LIMIT)!) : undefined
  const result: TestResult = { id, outcome: open.outcome }
  if (open.message) result.message = detached(clip(open.message, MESSAGE_LIMIT)!)
  // pytest-xdist reports a worker that died under a test as an error of that test.
  const worker = open.outcome === 'error' ? xdistCrashedWorker(open.message ?? text) : undefined
  if (worker) {
    result.outcome = 'crashed'
    result.message = xdistCrashMessage(worker)
  }
  if (details) result.details = details
  if (time !== undefined && time !== '' && !Number.isNaN(Number(time))) result.time = Number(time)
  if (file) {
    result.file = intern(file)
    if (line !== undefined && /^\d+$/.test(line)) result.line = Number(line) + (open.zeroBasedLines ? 1 : 0)
  } else if (open.outcome === 'failed' || open.outcome === 'error') {
    const where = locationFromTraceback(details)
    if (where) Object.assign(result, where)
  }
  return result
}

/** What a JUnit file held besides its tests. */
export interface JunitFile {
  tests: number
  /** Written by pytest (its testsuite is named pytest). */
  pytest: boolean
}

/**
 * Streams a JUnit XML file (pytest, unittest-xml-reporting, tox, nox, ...) and calls onTest for each
 * testcase. Memory stays flat however large the file: only the open testcase is held, and failure
 * text beyond the cap is dropped as it streams. Bytes that are not UTF-8 become U+FFFD.
 */
export async function readJunit(file: string, onTest: (test: TestResult) => void): Promise<JunitFile> {
  const parser = new SaxesParser()
  const suites: string[] = []
  let open: OpenCase | undefined
  let count = 0
  let pytest = false
  let sawRoot = false
  // Thousands of tests share a handful of file names: keep one copy of each. The key is the copy
  // too: a key that is the parser's slice would keep its whole chunk, and all of them the whole file.
  const files = new Map<string, string>()
  const intern = (text: string) => {
    let kept = files.get(text)
    if (kept === undefined) files.set((kept = detached(text)), kept)
    return kept
  }

  parser.on('opentag', (tag: SaxesTagPlain) => {
    sawRoot = true
    const attributes = tag.attributes as Record<string, string>
    if (tag.name === 'testsuite') {
      suites.push(attributes.name ?? '')
      pytest ||= attributes.name === 'pytest'
    } else if (tag.name === 'testcase') {
      open = { attributes, zeroBasedLines: suites.includes('pytest'), outcome: 'passed', text: '', collectText: false }
    } else if (open) {
      const outcome = outcomeOf(tag.name, attributes)
      if (outcome && (open.outcome === 'passed' || outcome === 'error')) {
        open.outcome = outcome
        open.message = attributes.message
        open.collectText = true
      }
    }
  })
  const onText = (text: string) => {
    if (open?.collectText && open.text.length < DETAILS_LIMIT) open.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.name === 'testsuite') suites.pop()
    else if (tag.name === 'testcase' && open) {
      onTest(finish(open, intern))
      count++
      open = undefined
    } else if (open && outcomeOf(tag.name, {})) open.collectText = false
  })

  const decoder = new TextDecoder('utf-8', { fatal: false })
  let bytes = 0
  try {
    for await (const chunk of createReadStream(file)) {
      bytes += (chunk as Buffer).length
      parser.write(decoder.decode(chunk as Buffer, { stream: true }))
    }
    parser.write(decoder.decode())
    if (bytes === 0) throw new ResultsFileError(file, 'the file is empty')
    parser.close()
  } catch (error) {
    if (error instanceof ResultsFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ResultsFileError(file, 'the file does not exist')
    throw new ResultsFileError(file, `not valid JUnit XML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!sawRoot) throw new ResultsFileError(file, 'no XML element in the file')
  return { tests: count, pytest }
}
