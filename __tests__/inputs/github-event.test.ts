import { describe, expect, test } from '@jest/globals'
import { githubEventFrom } from '../../src/inputs/github-event.js'

// The variables and payloads as the runner gives them (the payloads cut to the fields read).
const RUN = {
  GITHUB_RUN_ID: '812',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'suite',
  GITHUB_SHA: '1a2b3c4d',
}

describe("the run's event", () => {
  test('a push to main: its branch, and it may save', () => {
    const event = githubEventFrom(
      { ...RUN, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
      {},
    )
    expect(event).toEqual({
      name: 'push',
      branch: 'main',
      runId: '812',
      attempt: '2',
      workflow: 'CI',
      job: 'suite',
      sha: '1a2b3c4d',
    })
  })

  test('a pull request: its base branch, whether it comes from a fork, and read-only', () => {
    const env = {
      ...RUN,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'fix',
    }
    const payload = { pull_request: { number: 7, base: { ref: 'main' }, head: { repo: { fork: true } } } }
    expect(githubEventFrom(env, payload)).toMatchObject({
      branch: 'main',
      pullRequest: { number: 7, fork: true },
      readOnly: 'pull request',
    })
    // A same-repository pull request in a repository that is itself a fork is not a fork's.
    const inFork = {
      pull_request: {
        number: 8,
        base: { ref: 'main', repo: { full_name: 'me/fork' } },
        head: { repo: { fork: true, full_name: 'me/fork' } },
      },
    }
    expect(githubEventFrom(env, inFork).pullRequest).toEqual({ number: 8, fork: false })
    expect(githubEventFrom(env, { ...payload, repository: { default_branch: 'trunk' } }).defaultBranch).toBe('trunk')
    const target = githubEventFrom(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main' },
      payload,
    )
    expect(target.readOnly).toBe('pull request (pull_request_target)')
    expect(target.branch).toBe('main')
  })

  test("a merge queue's run reads its target branch's entries but saves none; schedule and workflow_dispatch save", () => {
    const queue = githubEventFrom(
      { ...RUN, GITHUB_EVENT_NAME: 'merge_group', GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-7-abc' },
      { merge_group: { base_ref: 'refs/heads/main' } },
    )
    expect(queue).toMatchObject({ branch: 'main', readOnly: 'merge_group event' })
    for (const name of ['schedule', 'workflow_dispatch'])
      expect(githubEventFrom({ ...RUN, GITHUB_EVENT_NAME: name, GITHUB_REF_NAME: 'main' }, {}).readOnly).toBeUndefined()
  })

  test('any other event restores but never saves; no event at all (outside a workflow) saves', () => {
    for (const name of ['workflow_run', 'issue_comment', 'release', 'pull_request_review'])
      expect(githubEventFrom({ ...RUN, GITHUB_EVENT_NAME: name, GITHUB_REF_NAME: 'main' }, {}).readOnly).toBeDefined()
    expect(githubEventFrom({}, {})).toMatchObject({ name: '', branch: '', runId: '0', attempt: '1' })
    expect(githubEventFrom({}, {}).readOnly).toBeUndefined()
  })
})
