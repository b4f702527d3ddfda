import { HttpClient } from '@actions/http-client'
import { BasicCredentialHandler } from '@actions/http-client/lib/auth'
import type { Platform } from '../platform/platform.js'
import type { Dependency, Upgrade } from './readiness.js'
import { firstRelease, lookAfter, needsLookup, type ProjectListing } from './upgrades.js'

/*
 * The package index, asked what to upgrade to: one GET of a project's PEP 691 JSON listing per
 * dependency that needs it, all at once, each bounded by a deadline, and kept for the run (the
 * standard and free-threaded legs ask about the same names). An index that is down, slow or answers
 * with anything but JSON makes the answer "unknown" and changes nothing else.
 */

/** The index's answer about one project. */
type Answer = { listing: ProjectListing } | { absent: true } | { unknown: string }

export interface PackageIndex {
  /** Each dependency that needs it (upgrades.ts) with `upgrade` set; the others as they were. */
  upgrades(deps: Dependency[], abi: string): Promise<Dependency[]>
  /** Starts asking about these (built from source by the install) while the tests run. */
  prefetch(names: string[]): void
  /** The first release with a wheel for this build, of a distribution that did not build from source. */
  firstWheel(name: string, abi: string): Promise<Upgrade>
}

export interface IndexOptions {
  /** The simple API's root, as pip's --index-url: https://pypi.org/simple/. */
  url: string
  platform: Pick<Platform, 'os' | 'arch' | 'libc'>
  /** How long one listing may take, all of it (ms). */
  deadlineMs: number
}

/** PEP 503's normalized name, as the simple API's paths use it. */
const normalize = (name: string) => name.replace(/[-_.]+/g, '-').toLowerCase()

/** The index root without its credentials, and a handler that sends them (a private index's user:token@). */
function splitCredentials(url: string): { root: string; handlers: BasicCredentialHandler[] } {
  const parsed = new URL(url)
  const user = decodeURIComponent(parsed.username)
  const password = decodeURIComponent(parsed.password)
  parsed.username = ''
  parsed.password = ''
  const root = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`
  return { root, handlers: user || password ? [new BasicCredentialHandler(user, password)] : [] }
}

export function openPackageIndex(options: IndexOptions): PackageIndex {
  const { root, handlers } = splitCredentials(options.url)
  const client = new HttpClient('setup-python-ft', handlers, {
    allowRetries: false,
    socketTimeout: options.deadlineMs,
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  })
  const asked = new Map<string, Promise<Answer>>()

  async function ask(name: string): Promise<Answer> {
    const response = await client.get(`${root}${name}/`)
    const status = response.message.statusCode ?? 0
    const body = await response.readBody()
    if (status === 404) return { absent: true }
    if (status !== 200) return { unknown: `the index answered HTTP ${status}` }
    const type = String(response.message.headers['content-type'] ?? '')
    if (!type.includes('json')) return { unknown: 'the index has no JSON API (PEP 691)' }
    const listing = JSON.parse(body) as ProjectListing
    if (!Array.isArray(listing.files)) return { unknown: 'the index answered a listing without files' }
    return { listing }
  }

  /** One request per name for the run, cut off at the deadline. */
  function answer(name: string): Promise<Answer> {
    const key = normalize(name)
    let pending = asked.get(key)
    if (!pending) {
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<Answer>((resolve) => {
        timer = setTimeout(
          () => resolve({ unknown: `no answer within ${options.deadlineMs / 1000} s` }),
          options.deadlineMs,
        )
        timer.unref()
      })
      const asking = ask(key).catch((error: Error) => ({ unknown: reasonOf(error) }))
      pending = Promise.race([asking, deadline]).finally(() => clearTimeout(timer))
      asked.set(key, pending)
    }
    return pending
  }

  async function upgrade(name: string, abi: string, after: string | undefined): Promise<Upgrade> {
    const found = await answer(name)
    if ('absent' in found) return { status: 'absent' }
    if ('unknown' in found) return { status: 'unknown', reason: found.unknown }
    return firstRelease(found.listing, abi, options.platform, after)
  }

  return {
    prefetch(names) {
      for (const name of names) void answer(name)
    },
    async upgrades(deps, abi) {
      return Promise.all(
        deps.map(async (dep) =>
          needsLookup(dep, abi) ? { ...dep, upgrade: await upgrade(dep.name, abi, lookAfter(dep, abi)) } : dep,
        ),
      )
    },
    firstWheel: (name, abi) => upgrade(name, abi, undefined),
  }
}

/** Why a request failed, without the URL (which may hold credentials). */
function reasonOf(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code
  if (error instanceof SyntaxError) return 'the index answered JSON that does not parse'
  if (code) return `could not reach the index (${code})`
  return `could not reach the index (${error.message.split('\n')[0]})`
}
