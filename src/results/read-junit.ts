import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ResultsFileError } from '../common/faults.js'
import { readJunit, type JunitFile } from './junit.js'
import type { TestResult } from '../model/outcome.js'
import { IdBytes, TestList, type TestListColumns } from './test-list.js'

/**
 * One JUnit file read into a TestList. A large file is parsed in a worker thread, so that the legs'
 * files are parsed on every core at once and the parser's garbage dies with the worker's heap; the
 * main thread receives the columns (bundled as dist/junit-worker, src/entries/junit-worker.ts). A
 * small file, or a run from source where there is no bundled worker, is parsed here.
 */
export interface JunitTests {
  /** Every test read, those before the point where a broken file stopped included. */
  tests: TestList
  read: JunitFile
  /** Why the file could not be read to its end. */
  error?: ResultsFileError
  /** A large file read on this thread after its worker thread failed, and why. */
  fallback?: string
}

/** What a worker posts back: the file's tests (and why it stopped, if it did), or why it failed. */
export type WorkerReply =
  | { ok: true; columns: TestListColumns; read: JunitFile; error?: { file: string; reason: string } }
  | { ok: false; message: string }

/** From this size on, a file is worth a thread (its start costs some 30 ms). */
export const WORKER_BYTES = 8 * 1024 * 1024

const bundledWorker = () => path.join(path.dirname(fileURLToPath(import.meta.url)), 'junit-worker', 'index.js')

export async function readJunitTests(file: string, workerScript = bundledWorker()): Promise<JunitTests> {
  let size = 0
  try {
    size = statSync(file).size
  } catch {
    // readJunit says what is wrong with the file
  }
  if (size < WORKER_BYTES || !existsSync(workerScript)) return readJunitHere(file)
  let reply: WorkerReply
  try {
    reply = await inWorker(file, workerScript)
  } catch (error) {
    reply = { ok: false, message: (error as Error).message }
  }
  // A thread that could not start or died is no reason to lose the results: read them here.
  if (!reply.ok) return { ...(await readJunitHere(file)), fallback: reply.message.split('\n')[0] }
  const error = reply.error && new ResultsFileError(reply.error.file, reply.error.reason)
  return { tests: TestList.fromTransfer(reply.columns), read: reply.read, ...(error ? { error } : {}) }
}

function inWorker(file: string, workerScript: string): Promise<WorkerReply> {
  return new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: { file } })
    worker.once('message', (message: WorkerReply) => {
      resolve(message)
      void worker.terminate()
    })
    worker.once('error', reject)
    // After a message this changes nothing; without one, the thread died before it could answer.
    worker.once('exit', (code) => reject(new Error(`the JUnit reader thread for ${file} exited (${code})`)))
  })
}

/** Runs a read, keeping the tests it gave before a broken file stopped it. */
async function keepingWhatWasRead(
  file: string,
  onTest: (test: TestResult) => void,
  count: () => number,
): Promise<{ read: JunitFile; error?: ResultsFileError }> {
  try {
    return { read: await readJunit(file, onTest) }
  } catch (error) {
    if (!(error instanceof ResultsFileError)) throw error
    return { read: { tests: count(), pytest: false }, error }
  }
}

/** The file parsed on this thread. */
export async function readJunitHere(file: string): Promise<JunitTests> {
  const tests = new TestList()
  const { read, error } = await keepingWhatWasRead(
    file,
    (test) => tests.push(test),
    () => tests.length,
  )
  return { tests, read, ...(error ? { error } : {}) }
}

/**
 * What the worker thread does (src/entries/junit-worker.ts): the file parsed into columns, the ids
 * kept as bytes as they come, ready to post.
 */
export async function readJunitColumns(
  file: string,
): Promise<{ columns: TestListColumns; transfer: ArrayBuffer[]; read: JunitFile; error?: ResultsFileError }> {
  const ids = new IdBytes()
  const tests = new TestList()
  const onTest = (test: TestResult) => {
    ids.add(test.id)
    test.id = ''
    tests.push(test)
  }
  const { read, error } = await keepingWhatWasRead(file, onTest, () => tests.length)
  return { ...tests.toTransfer(ids), read, ...(error ? { error } : {}) }
}
