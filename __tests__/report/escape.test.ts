import { describe, expect, test } from '@jest/globals'
import { code, firstLines, inlineText, preBlock, stripAnsi } from '../../src/report/escape.js'

describe('escaping untrusted text', () => {
  test('ANSI colours and control characters are dropped', () => {
    expect(stripAnsi('\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07 \x07bell\x00')).toBe('red link bell')
  })

  test('inline markdown: no tags, no markup, no mentions, one line', () => {
    expect(inlineText('<img src=x> *b* [l](u) | `c` @team\nnext')).toBe(
      '&lt;img src=x&gt; \\*b\\* \\[l\\]\\(u\\) \\| \\`c\\` &#64;team next',
    )
    expect(code('a</code><b>')).toBe('<code>a&lt;/code&gt;&lt;b&gt;</code>')
  })

  test('a pre block cannot be closed from inside', () => {
    expect(preBlock('x</pre><script>')).toBe('<pre>x&lt;/pre&gt;&lt;script&gt;</pre>')
  })

  test('first lines, capped', () => {
    expect(firstLines('a\nb\nc', 2)).toBe('a\nb')
    expect(firstLines('x'.repeat(50), 5, 10)).toBe(`${'x'.repeat(10)}…`)
    expect(firstLines(undefined, 3)).toBe('')
  })
})
