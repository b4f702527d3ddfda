// A static HTTP server on 127.0.0.1 for the test bed, with faults on demand. Paths:
//   /<file>                      the file; in .json files __BASE__ becomes this server's address
//   /fault/404/<file>            always 404
//   /fault/500/<file>            always 500
//   /fault/flaky500-N/<file>     500 for the first N requests of each file, then the file
//   /fault/reset/<file>          headers and half the body, then the connection is destroyed
//   /fault/truncate/<file>       a complete response holding only the first half of the file
//   /fault/corrupt/<file>        the whole file with one byte changed
// Every request is recorded in `requests` as "METHOD /path", with " [auth]" when it carried an
// Authorization header.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

export async function startServer(root) {
  const requests = []
  const flakyCounts = new Map()
  let base = ''
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1')
    requests.push(`${req.method} ${url.pathname}${req.headers.authorization ? ' [auth]' : ''}`)
    let rel = decodeURIComponent(url.pathname)
    let fault = ''
    const faultMatch = /^\/fault\/([^/]+)(\/.*)$/.exec(rel)
    if (faultMatch) {
      fault = faultMatch[1]
      rel = faultMatch[2]
    }
    const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''))
    if (fault === '404') return send(res, 404, 'not found')
    if (fault === '500') return send(res, 500, 'server error')
    const flaky = /^flaky500-(\d+)$/.exec(fault)
    if (flaky) {
      const seen = (flakyCounts.get(rel) ?? 0) + 1
      flakyCounts.set(rel, seen)
      if (seen <= Number(flaky[1])) return send(res, 500, 'server error')
    }
    let body
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      body = await readFile(file)
    } catch {
      return send(res, 404, 'not found')
    }
    if (file.endsWith('.json')) body = Buffer.from(body.toString('utf8').replaceAll('__BASE__', base))
    if (fault === 'truncate') body = body.subarray(0, Math.floor(body.length / 2))
    if (fault === 'corrupt') {
      body = Buffer.from(body)
      body[Math.floor(body.length / 2)] ^= 0xff
    }
    if (fault === 'reset') {
      res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' })
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy())
      return
    }
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' })
    res.end(body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
  return {
    url: base,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' })
  res.end(text)
}
