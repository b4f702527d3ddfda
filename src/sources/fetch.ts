import { HttpClient } from '@actions/http-client'
import { InputError } from '../common/faults.js'

const GITHUB_HOSTS = new Set([
  'github.com',
  'api.github.com',
  'raw.githubusercontent.com',
  'objects.githubusercontent.com',
])

/** The Authorization header for a URL: the token goes to GitHub's own hosts only, never to a mirror. */
export function authFor(url: string, token: string): string | undefined {
  if (!token) return undefined
  const host = new URL(url).hostname
  const serverHost = process.env.GITHUB_SERVER_URL ? new URL(process.env.GITHUB_SERVER_URL).hostname : ''
  return GITHUB_HOSTS.has(host) || host === serverHost ? `token ${token}` : undefined
}

/**
 * GETs a small text document (a manifest, SHA256SUMS), retrying 5xx with backoff through
 * http-client. Failures become an InputError naming the input that holds the URL.
 */
export function fetchText(url: string, input: string, token: string): Promise<string> {
  // One fetch per URL and process: the matrix asks for the same index once per runner.
  let pending = fetched.get(url)
  if (!pending) {
    pending = fetchOnce(url, input, token)
    fetched.set(url, pending)
  }
  return pending
}

const fetched = new Map<string, Promise<string>>()

async function fetchOnce(url: string, input: string, token: string): Promise<string> {
  const client = new HttpClient('setup-python-ft', [], { allowRetries: true, maxRetries: 3 })
  const auth = authFor(url, token)
  try {
    const response = await client.get(url, auth ? { authorization: auth } : {})
    const status = response.message.statusCode ?? 0
    const body = await response.readBody()
    if (status !== 200) throw new Error(`HTTP ${status}`)
    return body
  } catch (error) {
    throw new InputError(input, `could not fetch ${url}: ${describe(error)}; set ${input} to a reachable URL`)
  } finally {
    client.dispose()
  }
}

export async function fetchJson(url: string, input: string, token: string): Promise<unknown> {
  const text = await fetchText(url, input, token)
  try {
    return JSON.parse(text)
  } catch {
    throw new InputError(input, `${url} is not valid JSON`)
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message || String(code)
  }
  return String(error)
}
