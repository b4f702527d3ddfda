import { expect, test } from '@jest/globals'
import { command, escapeData, escapeProperty, keyValue } from '../../src/common/workflow-commands.js'

test('messages escape %, CR and LF so that text cannot end a command', () => {
  expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
})

test('properties also escape : and ,', () => {
  expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc')
  expect(command('error', 'x\n::warning::y', { file: 'a,b.py', line: 3, title: 'T: t' })).toBe(
    '::error file=a%2Cb.py,line=3,title=T%3A t::x%0A::warning::y',
  )
})

test('file commands use a fresh heredoc delimiter', () => {
  const text = keyValue('name', 'line one\nline two')
  const [first, ...rest] = text.trimEnd().split('\n')
  const delimiter = first.split('<<')[1]
  expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/)
  expect(rest).toEqual(['line one', 'line two', delimiter])
})
