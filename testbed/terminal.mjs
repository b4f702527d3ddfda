// The step's log as GitHub's log viewer shows it, for a terminal: groups folded, annotations called
// out, workflow commands hidden. (The report is printed by the command line's own renderer.)

const LEVELS = { error: 'Error', warning: 'Warning', notice: 'Notice' }

const unescapeData = (text) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (text) => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))

/** One annotation command as the log viewer shows it: level, title, place, then the message. */
function annotation(level, props, message) {
  const properties = Object.fromEntries(
    props
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))]
      }),
  )
  const place = properties.file ? ` (${properties.file}${properties.line ? `:${properties.line}` : ''})` : ''
  const title = properties.title ? `${properties.title}${place}: ` : place ? `${place.trim()}: ` : ''
  const [first, ...rest] = unescapeData(message).split('\n')
  return [`${LEVELS[level]}: ${title}${first}`, ...rest.map((line) => `    ${line}`)].join('\n')
}

/** The step's stdout as GitHub's log viewer shows it, groups folded. */
export function renderLog(stdout) {
  const out = []
  let inGroup = false
  let stopToken
  for (const line of stdout.split('\n')) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined
      else if (!inGroup) out.push(line)
      continue
    }
    const cmd = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!cmd) {
      if (!inGroup) out.push(line)
      continue
    }
    const [, name, props = '', message] = cmd
    if (name === 'group') {
      out.push(`▶ ${unescapeData(message)}`)
      inGroup = true
    } else if (name === 'endgroup') inGroup = false
    else if (name === 'stop-commands') stopToken = message
    else if (LEVELS[name]) out.push(annotation(name, props, message))
  }
  return out.join('\n')
}
