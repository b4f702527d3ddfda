import { describe, expect, test } from '@jest/globals'
import { parseRunners } from '../../src/inputs/runner-labels.js'

describe('parseRunners', () => {
  test('known labels and label=os-arch', () => {
    expect(
      parseRunners(['ubuntu-24.04-arm', 'box=macos-x64']).map((r) => [r.label, r.platform.os, r.platform.arch]),
    ).toEqual([
      ['ubuntu-24.04-arm', 'linux', 'arm64'],
      ['box', 'darwin', 'x64'],
    ])
  })

  test('an unknown label is an error naming os', () => {
    expect(() => parseRunners(['ubuntu-lastest'])).toThrow(
      /^os: 'ubuntu-lastest' is not a runner label this action knows; use one of ubuntu-latest,/,
    )
  })
})
