// A stand-in for the GitHub Actions cache service (v2) on 127.0.0.1, enough for the real
// @actions/cache to save and restore: the three Twirp calls of
// github.actions.results.api.v1.CacheService (CreateCacheEntry, FinalizeCacheEntryUpload,
// GetCacheEntryDownloadURL) and the blob storage behind the signed URLs they hand out (Azure's
// Put Blob, or Put Block and Put Block List for archives past 128 MiB, then a plain GET).
// The job gets it through ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RUNTIME_TOKEN
// (env()). Entries live in memory, so one server is one cache across the runs of a test.
import http from 'node:http'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

/**
 * faults: { refuseSave?: true (CreateCacheEntry answers 403), refuseRestore?: true
 * (GetCacheEntryDownloadURL answers 403), corrupt?: true (downloads are not the uploaded bytes) }.
 * Resolves to { url, env(), entries, calls, faults, close() }.
 */
export async function startCacheService(faults = {}) {
  /** key/version -> { key, version, blob, size, finalized, created } */
  const entries = new Map()
  const blobs = new Map()
  const blocks = new Map()
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
      return twirp(res, 200, { ok: true, signed_upload_url: `${url}/devstoreaccount1/caches/${blob}?sig=stand-in` })
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
        signed_download_url: `${url}/devstoreaccount1/caches/${found.blob}?sig=stand-in`,
        matched_key: found.key,
      })
    }
    twirp(res, 404, { code: 'bad_route', msg: `no method ${method}` })
  }

  function blob(req, res, body) {
    const { pathname, searchParams } = new URL(req.url, url)
    const name = pathname.split('/').pop()
    if (req.method === 'PUT') {
      const comp = searchParams.get('comp')
      if (comp === 'block') {
        blocks.set(`${name}/${searchParams.get('blockid')}`, body)
      } else if (comp === 'blocklist') {
        const ids = [...String(body).matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map((m) => m[1])
        blobs.set(name, Buffer.concat(ids.map((id) => blocks.get(`${name}/${id}`) ?? Buffer.alloc(0))))
      } else {
        blobs.set(name, body)
      }
      res.statusCode = 201
      res.setHeader('etag', `"${name}"`)
      res.setHeader('last-modified', new Date().toUTCString())
      return res.end()
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const data = blobs.get(name)
      if (!data) {
        res.statusCode = 404
        return res.end()
      }
      const sent = faults.corrupt ? Buffer.from('this is not a zstd tar archive'.repeat(8)) : data
      res.statusCode = 200
      res.setHeader('content-length', String(sent.length))
      res.setHeader('content-type', 'application/octet-stream')
      return res.end(req.method === 'HEAD' ? undefined : sent)
    }
    res.statusCode = 405
    res.end()
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
      if (req.url.startsWith('/devstoreaccount1/')) return blob(req, res, body)
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
