import { readFileSync } from 'node:fs'

/*
 * The workflow run this step is part of, as the runner describes it: the event, the branch, a pull
 * request's base, the run's id and attempt. It decides whose baseline a run reads and writes, and
 * whether the run may save to the caches at all.
 */

/**
 * The events of a branch's own runs: the only ones that save a baseline, a dependency cache or a
 * TSan interpreter (and a run outside any workflow). Every other event restores but never saves:
 * a merge queue's too (its entries would live in the gh-readonly-queue branch's scope, which neither
 * the branch nor its pull requests can read, and a rejected group must not become the branch's).
 */
export const SAVING_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const

export interface GithubEvent {
  /** GITHUB_EVENT_NAME: push, pull_request, pull_request_target, … ('' outside Actions). */
  name: string
  /** The branch this run belongs to: its own (push, schedule, …; a merge queue's target), or a pull request's base. */
  branch: string
  /** A pull request's run: its number and whether its head is in another repository (a fork). */
  pullRequest?: { number: number; fork: boolean }
  /** The repository's default branch: whose entry a branch without one of its own starts from. */
  defaultBranch?: string
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  runId: string
  attempt: string
  /** The workflow's file (GITHUB_WORKFLOW_REF without its ref), else its name; the job; the step (GITHUB_ACTION). */
  workflow: string
  job: string
  step?: string
  sha: string
  /**
   * Why this run saves nothing to any cache, when it may not: a pull request's run (its code could
   * plant what later runs of the branch trust; under pull_request_target the cache scope is the base
   * branch's), or an event that is not a branch's own run.
   */
  readOnly?: string
}

/** The part of an event's payload that is read: a pull request's number, base and head, a merge group's base. */
interface Payload {
  pull_request?: {
    number?: number
    base?: { ref?: string; repo?: { full_name?: string } }
    head?: { repo?: { fork?: boolean; full_name?: string } | null }
  }
  merge_group?: { base_ref?: string }
  repository?: { default_branch?: string }
}

const branchOf = (ref: string | undefined) => (ref ?? '').replace(/^refs\/heads\//, '')

/** The run's event from the runner's variables and the event's payload (pure). */
export function githubEventFrom(env: NodeJS.ProcessEnv, payload: Payload): GithubEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const pull = payload.pull_request
  const base = {
    name,
    runId: env.GITHUB_RUN_ID ?? '0',
    attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW_REF?.split('@')[0] || (env.GITHUB_WORKFLOW ?? ''),
    job: env.GITHUB_JOB ?? '',
    ...(env.GITHUB_ACTION ? { step: env.GITHUB_ACTION } : {}),
    sha: env.GITHUB_SHA ?? '',
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
  }
  if (pull || name.startsWith('pull_request')) {
    // A fork: the head is in another repository (a repository that is itself a fork has same-repository pull requests too).
    const head = pull?.head?.repo
    const baseRepo = pull?.base?.repo?.full_name
    const fork = head?.full_name && baseRepo ? head.full_name !== baseRepo : head?.fork === true
    return {
      ...base,
      branch: env.GITHUB_BASE_REF || branchOf(pull?.base?.ref),
      pullRequest: { number: pull?.number ?? 0, fork },
      readOnly: name === 'pull_request_target' ? 'pull request (pull_request_target)' : 'pull request',
    }
  }
  const branch =
    name === 'merge_group' ? branchOf(payload.merge_group?.base_ref) : env.GITHUB_REF_NAME || branchOf(env.GITHUB_REF)
  // No event at all is a run outside a workflow (the test bed, a developer's machine): it saves.
  const saves = name === '' || (SAVING_EVENTS as readonly string[]).includes(name)
  return { ...base, branch, ...(saves ? {} : { readOnly: `${name} event` }) }
}

/** The run's event as the runner gives it (GITHUB_EVENT_PATH's payload; none outside Actions). */
export function readGithubEvent(env: NodeJS.ProcessEnv = process.env): GithubEvent {
  let payload: Payload = {}
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
  } catch {
    // An unreadable payload reads as none: the variables still tell the event and the branch.
  }
  return githubEventFrom(env, payload)
}
