// A package index on 127.0.0.1 that speaks PyPI's JSON simple API (PEP 691), serving the real
// listings saved in testbed/package-index (see its README). Paths:
//   /simple/<project>/          the project's listing, application/vnd.pypi.simple.v1+json; 404 if none
//   /slow/simple/<project>/     never answers (until the server closes)
//   /500/simple/<project>/      HTTP 500
//   /html/simple/<project>/     an HTML page (PEP 503), as an index without the JSON API answers
// `aliases` serves a saved listing under other names as well ({ name: 'numpy' }), and `delayMs`
// holds each answer that long, as a distant index does: both for the bench.
// Every request is recorded in `requests` as "/path", with " [auth]" when it carried credentials
// and " [json]" when it asked for PEP 691's JSON.
import { createServer } from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout } from 'node:timers'
import { gunzipSync } from 'node:zlib'

const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'package-index')

export async function startPackageIndex({ aliases = {}, delayMs = 0 } = {}) {
  const listings = new Map()
  for (const file of readdirSync(HERE).filter((f) => f.endsWith('.json.gz')))
    listings.set(file.replace(/\.json\.gz$/, ''), gunzipSync(readFileSync(path.join(HERE, file))))
  for (const [alias, project] of Object.entries(aliases)) listings.set(alias, listings.get(project))
  const requests = []
  const held = new Set()
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1')
    const json = /application\/vnd\.pypi\.simple\.v1\+json/.test(req.headers.accept ?? '')
    requests.push(`${url.pathname}${req.headers.authorization ? ' [auth]' : ''}${json ? ' [json]' : ''}`)
    const match = /^(?:\/(slow|500|html))?\/simple\/([^/]+)\/$/.exec(url.pathname)
    if (!match) return send(res, 404, 'text/plain', 'not found')
    const [, fault, project] = match
    if (fault === 'slow') return held.add(res)
    if (fault === '500') return send(res, 500, 'text/plain', 'server error')
    const body = listings.get(project)
    if (!body) return send(res, 404, 'text/plain', 'not found')
    if (fault === 'html') return send(res, 200, 'text/html', `<html><body><a href="x">${project}</a></body></html>`)
    if (delayMs > 0) setTimeout(() => send(res, 200, 'application/vnd.pypi.simple.v1+json', body), delayMs)
    else send(res, 200, 'application/vnd.pypi.simple.v1+json', body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${server.address().port}`
  return {
    url: (fault = '') => `${base}${fault ? `/${fault}` : ''}/simple`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of held) res.destroy()
        server.closeAllConnections()
        server.close(resolve)
      }),
  }
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}
