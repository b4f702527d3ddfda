/*
 * Test names, messages and output come from the project under test: untrusted. These make them
 * inert in workflow commands, markdown and HTML.
 */

// CSI and OSC sequences, then any other C0 control except tab and newline.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '')
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Inline text for markdown (a table cell, a list item): no markup, no mentions, one line. */
export function inlineText(text: string): string {
  return escapeHtml(stripAnsi(text))
    .replace(/[\\`*_[\]()#+\-.!|~{}:]/g, '\\$&')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ')
}

/**
 * Inline text inside raw HTML (a <summary>), where markdown does not apply and a backslash would
 * show: HTML-escaped, no mentions, one line.
 */
export function htmlText(text: string): string {
  return escapeHtml(stripAnsi(text)).replace(/@/g, '&#64;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ')
}

/** Inline code that cannot break out of its element. */
export function code(text: string): string {
  return `<code>${inlineText(text)}</code>`
}

/** A preformatted block: HTML-escaped, so that neither markdown nor tags apply inside. */
export function preBlock(text: string): string {
  return `<pre>${escapeHtml(stripAnsi(text))}</pre>`
}

/** The first lines of a text, for an annotation or a table. */
export function firstLines(text: string | undefined, lines: number, chars = 1500): string {
  if (!text) return ''
  const head = stripAnsi(text).split('\n').slice(0, lines).join('\n')
  return head.length > chars ? `${head.slice(0, chars)}…` : head
}
