// A stand-in for GitHub's REST API on 127.0.0.1, enough for Octokit's checks.create and
// checks.update, and for a pull request's comments (issues.listComments, createComment,
// updateComment): it records every request (method, path, authorization, body), answers with the
// statuses it is told to, in order, then 201/200, and keeps the comments in `comments`.
// `faults.denyComments` answers 403 to every comment request, as a fork's read-only token gets.
import http from 'node:http'

const COMMENTS = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments(?:\?.*)?$/
const COMMENT = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/

/**
 * statuses: HTTP statuses for the first requests (e.g. [500, 500]); later ones succeed.
 * Resolves to { url, requests, comments, faults, close }.
 */
export async function startChecksApi(statuses = []) {
  const requests = []
  const queue = [...statuses]
  const comments = []
  const faults = { denyComments: false }
  let nextId = 1
  let base = ''
  const send = (res, status, body) => {
    res.statusCode = status
    res.end(JSON.stringify(body))
  }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const parsed = body ? JSON.parse(body) : undefined
      requests.push({ method: req.method, path: req.url, authorization: req.headers.authorization, body: parsed })
      const forced = queue.shift()
      res.setHeader('content-type', 'application/json')
      if (forced && forced >= 400)
        return send(res, forced, {
          message: forced === 403 ? 'Resource not accessible by integration' : 'Server Error',
        })
      const list = COMMENTS.exec(req.url)
      const one = COMMENT.exec(req.url)
      if ((list || one) && faults.denyComments)
        return send(res, 403, { message: 'Resource not accessible by integration' })
      if (list && req.method === 'GET')
        return send(
          res,
          200,
          comments.filter((c) => c.issue === Number(list[1])),
        )
      if (list && req.method === 'POST') {
        const id = nextId++
        const comment = { id, issue: Number(list[1]), body: parsed.body, html_url: `${base}/comments/${id}` }
        comments.push(comment)
        return send(res, 201, comment)
      }
      if (one && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(one[1]))
        if (!comment) return send(res, 404, { message: 'Not Found' })
        comment.body = parsed.body
        return send(res, 200, comment)
      }
      const created = req.method === 'POST' && /\/check-runs$/.test(req.url)
      const id = created ? nextId++ : Number(/check-runs\/(\d+)/.exec(req.url)?.[1])
      send(res, created ? 201 : 200, { id, html_url: `http://127.0.0.1/checks/${id}` })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
  return {
    url: base,
    requests,
    comments,
    faults,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
