// A stand-in for the GitHub Actions cache service (v2) on 127.0.0.1, enough for the real
// @actions/cache to save and restore: the three Twirp calls of
// github.actions.results.api.v1.CacheService (CreateCacheEntry, FinalizeCacheEntryUpload,
// GetCacheEntryDownloadURL) and the blob storage behind the signed URLs they hand out
// (testbed/blob-storage.mjs: Azure's Put Blob, or Put Block and Put Block List for archives past
// 128 MiB, then a plain GET).
// The job gets it through ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RUNTIME_TOKEN
// (env()). Entries live in memory, so one server is one cache across the runs of a test.
import http from 'node:http'
import { createBlobStorage } from './blob-storage.mjs'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

/**
 * faults: { refuseSave?: true (CreateCacheEntry answers 403), refuseRestore?: true
 * (GetCacheEntryDownloadURL answers 403), corrupt?: true (downloads are not the uploaded bytes) }.
 * Resolves to { url, env(), entries, calls, faults, close() }.
 */
export async function startCacheService(faults = {}) {
  /** key/version -> { key, version, blob, size, finalized, created } */
  const entries = new Map()
  const storage = createBlobStorage({
    container: 'caches',
    contentType: 'application/octet-stream',
    corrupt: () => Boolean(faults.corrupt),
  })
  const blobs = storage.blobs
  const calls = []
  let nextBlob = 1
  let url = ''

  const twirp = (res, status, body) => {
    res.statusCode = status
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(body))
  }
  const denied = (res, message) => twirp(res, 403, { code: 'permission_denied', msg: message })

  function call(method, body, res) {
    calls.push({ method, body })
    if (method === 'CreateCacheEntry') {
      if (faults.refuseSave) return denied(res, 'cache write denied: the stand-in refuses every save')
      const id = `${body.key}/${body.version}`
      if (entries.get(id)?.finalized) return twirp(res, 409, { code: 'already_exists', msg: 'cache entry exists' })
      const blob = `blob${nextBlob++}`
      entries.set(id, { key: body.key, version: body.version, blob, finalized: false })
      return twirp(res, 200, { ok: true, signed_upload_url: storage.signedUrl(url, blob) })
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.get(`${body.key}/${body.version}`)
      if (!entry || !blobs.has(entry.blob)) return twirp(res, 200, { ok: false, message: 'nothing was uploaded' })
      Object.assign(entry, { finalized: true, size: Number(body.size_bytes), created: Date.now() })
      return twirp(res, 200, {
        ok: true,
        entry_id: String([...entries.keys()].indexOf(`${body.key}/${body.version}`) + 1),
      })
    }
    if (method === 'GetCacheEntryDownloadURL') {
      if (faults.refuseRestore) return denied(res, 'cache read denied: the stand-in refuses every restore')
      const usable = [...entries.values()].filter((e) => e.finalized && e.version === body.version)
      const newest = (list) => list.sort((a, b) => b.created - a.created)[0]
      // The primary key exactly, then each restore key as a prefix, as the service documents.
      let found = usable.find((e) => e.key === body.key)
      for (const prefix of body.restore_keys ?? []) found ??= newest(usable.filter((e) => e.key.startsWith(prefix)))
      if (!found) return twirp(res, 200, { ok: false })
      return twirp(res, 200, {
        ok: true,
        signed_download_url: storage.signedUrl(url, found.blob),
        matched_key: found.key,
      })
    }
    twirp(res, 404, { code: 'bad_route', msg: `no method ${method}` })
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (req.url.startsWith(SERVICE)) {
        if (req.headers.authorization !== 'Bearer stand-in-runtime-token')
          return twirp(res, 401, { code: 'unauthenticated', msg: 'no runtime token' })
        return call(req.url.slice(SERVICE.length), JSON.parse(String(body) || '{}'), res)
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
    entries,
    calls,
    faults,
    /** The runner's variables that point @actions/cache at this service. */
    env: () => ({
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: 'stand-in-runtime-token',
    }),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
