import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ResultsFileError } from './errors.js'
import { readJunit, type JunitFile } from './junit.js'
import { IdBytes, TestList, type TestListColumns } from './test-list.js'

/**
 * One JUnit file read into a TestList. A large file is parsed in a worker thread, so that the legs'
 * files are parsed on every core at once and the parser's garbage dies with the worker's heap; the
 * main thread receives the columns (bundled as dist/junit-worker, src/entries/junit-worker.ts). A
 * small file, or a run from source where there is no bundled worker, is parsed here.
 */
export interface JunitTests {
  tests: TestList
  read: JunitFile
}

/** What a worker posts back: the file's tests, or why the file could not be used. */
export type WorkerReply =
  { ok: true; columns: TestListColumns; read: JunitFile } | { ok: false; file?: string; message: string }

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
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: { file } })
    worker.once('message', (message: WorkerReply) => {
      resolve(message)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the JUnit reader thread for ${file} exited (${code})`)))
  })
  if (!reply.ok) {
    if (reply.file !== undefined) throw new ResultsFileError(reply.file, reply.message)
    throw new Error(reply.message)
  }
  return { tests: TestList.fromTransfer(reply.columns), read: reply.read }
}

/** The file parsed on this thread. */
export async function readJunitHere(file: string): Promise<JunitTests> {
  const tests = new TestList()
  const read = await readJunit(file, (test) => tests.push(test))
  return { tests, read }
}

/**
 * What the worker thread does (src/entries/junit-worker.ts): the file parsed into columns, the ids
 * kept as bytes as they come, ready to post.
 */
export async function readJunitColumns(
  file: string,
): Promise<{ columns: TestListColumns; transfer: ArrayBuffer[]; read: JunitFile }> {
  const ids = new IdBytes()
  const tests = new TestList()
  const read = await readJunit(file, (test) => {
    ids.add(test.id)
    test.id = ''
    tests.push(test)
  })
  return { ...tests.toTransfer(ids), read }
}
