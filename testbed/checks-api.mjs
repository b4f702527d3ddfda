// A stand-in for GitHub's Checks API on 127.0.0.1, enough for Octokit's checks.create and
// checks.update: it records every request (method, path, authorization, body) and answers with
// the statuses it is told to, in order, then 201/200.
import http from 'node:http'

/**
 * statuses: HTTP statuses for the first requests (e.g. [500, 500]); later ones succeed.
 * Resolves to { url, requests, close }.
 */
export async function startChecksApi(statuses = []) {
  const requests = []
  const queue = [...statuses]
  let nextId = 1
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const parsed = body ? JSON.parse(body) : undefined
      requests.push({ method: req.method, path: req.url, authorization: req.headers.authorization, body: parsed })
      const forced = queue.shift()
      res.setHeader('content-type', 'application/json')
      if (forced && forced >= 400) {
        res.statusCode = forced
        res.end(JSON.stringify({ message: forced === 403 ? 'Resource not accessible by integration' : 'Server Error' }))
        return
      }
      const created = req.method === 'POST' && /\/check-runs$/.test(req.url)
      const id = created ? nextId++ : Number(/check-runs\/(\d+)/.exec(req.url)?.[1])
      res.statusCode = created ? 201 : 200
      res.end(JSON.stringify({ id, html_url: `http://127.0.0.1/checks/${id}` }))
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
