// The worker thread that parses one large JUnit file (src/results/read-junit.ts), bundled as
// dist/junit-worker/index.js: it posts the file's tests as columns, with why the file stopped short
// if it did, or why it could not read it.
import { parentPort, workerData } from 'node:worker_threads'
import { readJunitColumns, type WorkerReply } from '../results/read-junit.js'

const { file } = workerData as { file: string }
try {
  const { columns, transfer, read, error } = await readJunitColumns(file)
  const reply: WorkerReply = {
    ok: true,
    columns,
    read,
    ...(error ? { error: { file: error.file, reason: error.reason } } : {}),
  }
  parentPort!.postMessage(reply, transfer)
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).stack ?? String(error) } satisfies WorkerReply)
}
