// The worker thread that parses one large JUnit file (src/results/read-junit.ts), bundled as
// dist/junit-worker/index.js: it posts the file's tests as columns, or why the file cannot be used.
import { parentPort, workerData } from 'node:worker_threads'
import { ResultsFileError } from '../results/errors.js'
import { readJunitColumns, type WorkerReply } from '../results/read-junit.js'

const { file } = workerData as { file: string }
try {
  const { columns, transfer, read } = await readJunitColumns(file)
  parentPort!.postMessage({ ok: true, columns, read } satisfies WorkerReply, transfer)
} catch (error) {
  const reply: WorkerReply =
    error instanceof ResultsFileError
      ? { ok: false, file: error.file, message: error.reason }
      : { ok: false, message: (error as Error).stack ?? String(error) }
  parentPort!.postMessage(reply)
}
