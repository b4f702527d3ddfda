import { describe, expect, test } from '@jest/globals'
import { shellInvocation } from '../../src/common/shell.js'

describe('shells', () => {
  test('shells', () => {
    expect(shellInvocation('bash', 'x', 'py')).toEqual({
      file: 'bash',
      args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'x'],
    })
    expect(shellInvocation('python', 'print(1)', '/venv/bin/python')).toEqual({
      file: '/venv/bin/python',
      args: ['-c', 'print(1)'],
    })
  })
})
