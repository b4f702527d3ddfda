// The blob storage behind the signed URLs of the Actions results services' stand-ins (the cache
// service and the artifact service): Azure's Put Blob, or Put Block and Put Block List as the
// Azure SDK's uploads make them, then a plain GET or HEAD. Blobs live in memory.

/**
 * options: { container, contentType (of a download), corrupt?: () => boolean (downloads are then
 * not the uploaded bytes) }. Returns { blobs, signedUrl(base, name), handles(req), handle(req, res,
 * body, base) }.
 */
export function createBlobStorage(options) {
  const blobs = new Map()
  const blocks = new Map()
  const prefix = `/devstoreaccount1/${options.container}/`

  function handle(req, res, body, base) {
    const { pathname, searchParams } = new URL(req.url, base)
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
      const sent = options.corrupt?.() ? Buffer.from('this is not a zstd tar archive'.repeat(8)) : data
      res.statusCode = 200
      res.setHeader('content-length', String(sent.length))
      res.setHeader('content-type', options.contentType)
      return res.end(req.method === 'HEAD' ? undefined : sent)
    }
    res.statusCode = 405
    res.end()
  }

  return {
    blobs,
    signedUrl: (base, name) => `${base}${prefix}${name}?sig=stand-in`,
    handles: (req) => req.url.startsWith(prefix),
    handle,
  }
}
