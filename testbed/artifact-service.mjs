// A stand-in for the GitHub Actions artifact service (v4) on 127.0.0.1, enough for the real
// @actions/artifact to upload, list and download: the Twirp calls of
// github.actions.results.api.v1.ArtifactService (CreateArtifact, FinalizeArtifact, ListArtifacts,
// GetSignedArtifactURL, DeleteArtifact) and the blob storage behind the signed URLs they hand out
// (testbed/blob-storage.mjs). Each job gets its runtime token from env(job): a JWT whose scope names
// the workflow run and the job (Actions.Results:<run>:<job>), as the runner's does. Artifacts belong
// to a workflow run: a name is unique within it (CreateArtifact answers 409 for a name that exists,
// as the service does on a re-run of failed jobs), and listing sees only the run's own.
import http from 'node:http'
import { createBlobStorage } from './blob-storage.mjs'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** An unsigned JWT with the runner's scope claim: @actions/artifact reads the ids from it. */
function runtimeToken(run, job) {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ scp: `Actions.ExampleScope Actions.Results:${run}:${job}` })}.`
}

function idsOf(authorization) {
  const token = (authorization ?? '').replace(/^Bearer /, '')
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
    const [, run, job] = /Actions\.Results:([^: ]+):([^: ]+)/.exec(claims.scp) ?? []
    return run && job ? { run, job } : undefined
  } catch {
    return undefined
  }
}

/**
 * faults: { failOnce?: method name (that Twirp call answers 500 once, then works) }.
 * Resolves to { url, env(run, job), artifacts, calls, faults, close() }.
 */
export async function startArtifactService(faults = {}) {
  /** Every artifact: { id, run, job, name, blob, size, finalized, created } */
  const artifacts = []
  const calls = []
  const failed = new Set()
  let nextId = 1
  let url = ''
  const storage = createBlobStorage({ container: 'artifacts', contentType: 'application/zip' })

  const twirp = (res, status, body) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(body))
  }

  function call(method, body, ids, res) {
    calls.push({ method, body, run: ids.run, job: ids.job })
    if (faults.failOnce === method && !failed.has(method)) {
      failed.add(method)
      return twirp(res, 500, { code: 'internal', msg: `the stand-in fails ${method} once` })
    }
    const sameRun = (a) => a.run === body.workflow_run_backend_id
    if (method === 'CreateArtifact') {
      if (artifacts.some((a) => sameRun(a) && a.name === body.name && a.finalized)) {
        return twirp(res, 409, {
          code: 'already_exists',
          msg: 'an artifact with this name already exists on the workflow run',
        })
      }
      const id = nextId++
      const blob = `artifact${id}.zip`
      artifacts.push({
        id,
        run: body.workflow_run_backend_id,
        job: body.workflow_job_run_backend_id,
        name: body.name,
        blob,
        finalized: false,
      })
      return twirp(res, 200, { ok: true, signed_upload_url: storage.signedUrl(url, blob) })
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.findLast((a) => sameRun(a) && a.name === body.name && !a.finalized)
      if (!artifact || !storage.blobs.has(artifact.blob)) return twirp(res, 200, { ok: false })
      Object.assign(artifact, { finalized: true, size: Number(body.size), created: new Date() })
      return twirp(res, 200, { ok: true, artifact_id: String(artifact.id) })
    }
    if (method === 'ListArtifacts') {
      const listed = artifacts
        .filter((a) => a.finalized && sameRun(a))
        .filter((a) => !body.name_filter || a.name === body.name_filter)
        .filter((a) => !body.id_filter || String(a.id) === String(body.id_filter))
        .map((a) => ({
          workflow_run_backend_id: a.run,
          workflow_job_run_backend_id: a.job,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.created.toISOString(),
        }))
      return twirp(res, 200, { artifacts: listed })
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.find((a) => a.finalized && sameRun(a) && a.name === body.name)
      if (!artifact) return twirp(res, 404, { code: 'not_found', msg: `no artifact ${body.name}` })
      return twirp(res, 200, { signed_url: storage.signedUrl(url, artifact.blob) })
    }
    if (method === 'DeleteArtifact') {
      const at = artifacts.findIndex((a) => a.finalized && sameRun(a) && a.name === body.name)
      if (at < 0) return twirp(res, 404, { code: 'not_found', msg: `no artifact ${body.name}` })
      const [gone] = artifacts.splice(at, 1)
      return twirp(res, 200, { ok: true, artifact_id: String(gone.id) })
    }
    twirp(res, 404, { code: 'bad_route', msg: `no method ${method}` })
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (req.url.startsWith(SERVICE)) {
        const ids = idsOf(req.headers.authorization)
        if (!ids) return twirp(res, 401, { code: 'unauthenticated', msg: 'no runtime token' })
        return call(req.url.slice(SERVICE.length), JSON.parse(String(body) || '{}'), ids, res)
      }
      if (storage.handles(req)) return storage.handle(req, res, body, url)
      res.statusCode = 404
      res.end()
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    artifacts,
    calls,
    faults,
    /** The runner's variables of one job of one workflow run: @actions/artifact reads these. */
    env: (run, job, attempt = 1) => ({
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(run, job),
      GITHUB_RUN_ATTEMPT: String(attempt),
    }),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
