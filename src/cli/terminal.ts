import type { AnnotationProperties, Level, LogSink } from '../common/workflow-commands.js'
import type { LegWatch } from '../pipeline/prepare.js'
import type { LegPlan } from '../model/leg.js'
import { ProbeProgress } from '../results/probe-progress.js'
import type { Style } from '../report/terminal-report.js'

/*
 * The command line's log: what the run says, as plain lines for a person (warnings and errors
 * marked, no workflow commands), and a live line per running mode with its tests done and time.
 * On a terminal the live lines are redrawn in place under the log; elsewhere (a pipe, a file) each
 * mode gets a plain line when it starts and every half minute.
 */

interface Row {
  label: string
  progress: ProbeProgress
  since: number
}

const PREFIX: Record<Level, (style: Style) => string> = {
  error: (s) => s.bad('error:'),
  warning: (s) => s.warn('warning:'),
  notice: (s) => s.code('note:'),
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
/** How often the live lines are redrawn on a terminal, and a plain progress line is printed elsewhere. */
const REDRAW_MS = 200
const PLAIN_EVERY_MS = 30_000

export interface TerminalOptions {
  style: Style
  /** A terminal that can redraw (stderr is a TTY). */
  live: boolean
  /** Each command's own output too (install, tests), not only its line. */
  verbose: boolean
  now?: () => number
}

export class Terminal implements LogSink, LegWatch {
  private readonly rows = new Map<string, Row>()
  private drawn = 0
  private frame = 0
  private timer: NodeJS.Timeout | undefined
  private readonly now: () => number

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly options: TerminalOptions,
  ) {
    this.now = options.now ?? Date.now
  }

  info(message: string): void {
    this.print(`${message}\n`)
  }

  message(level: Level, message: string, properties?: AnnotationProperties): void {
    const at = properties?.file ? ` (${properties.file}${properties.line ? `:${properties.line}` : ''})` : ''
    this.print(`${PREFIX[level](this.options.style)} ${message}${at}\n`)
  }

  /** The report printed at the end lists every divergence and finding: no line each here. */
  annotation(): void {}

  commandOutput(title: string, chunks: () => Iterable<string>): void {
    this.print(`${this.options.style.dim('▸')} ${title}\n`)
    if (this.options.verbose) for (const chunk of chunks()) this.print(chunk)
  }

  /** Step outputs and masks are the runner's. */
  output(): void {}
  secret(): void {}

  started(plan: LegPlan, legDir: string): void {
    const label = `${plan.mode} (${plan.version})`
    this.rows.set(plan.id, { label, progress: new ProbeProgress(legDir), since: this.now() })
    this.print(this.options.live ? '' : `${label}: started\n`)
    this.tick()
  }

  finished(plan: LegPlan): void {
    this.rows.delete(plan.id)
    if (this.rows.size === 0) this.stop()
    this.print('')
  }

  /**
   * Until the returned function is called, what anything writes to stdout comes here instead: the
   * libraries the install uses (@actions/tool-cache) speak workflow commands there. Their debug
   * lines are dropped, their warnings and errors shown as the run's, anything else as a line; stdout
   * is left for the report.
   */
  takeStdout(stdout: NodeJS.WriteStream = process.stdout): () => void {
    const write = stdout.write
    let partial = ''
    stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const lines = (partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) this.commandLine(line)
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
      done?.()
      return true
    }) as typeof stdout.write
    return () => {
      if (stdout.write === write) return
      stdout.write = write
      if (partial) this.commandLine(partial)
      partial = ''
    }
  }

  private commandLine(line: string): void {
    const command = /^::(debug|notice|warning|error)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) return this.info(line)
    const [, name, message] = command
    if (name === 'debug') return
    this.message(name as Level, message!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
  }

  /** Stops redrawing and leaves the screen without live lines. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.clear()
  }

  private tick(): void {
    if (this.timer) return
    const every = this.options.live ? REDRAW_MS : PLAIN_EVERY_MS
    this.timer = setInterval(() => {
      this.frame++
      if (this.options.live) this.print('')
      else for (const row of this.rows.values()) this.print(`${this.rowText(row)}\n`)
    }, every)
    this.timer.unref()
  }

  private rowText(row: Row): string {
    const tests = row.progress.finished()
    const seconds = ((this.now() - row.since) / 1000).toFixed(this.options.live ? 1 : 0)
    return `${row.label}: ${tests} ${tests === 1 ? 'test' : 'tests'} done, ${seconds} s`
  }

  /** Writes text above the live lines, then draws them again. */
  private print(text: string): void {
    this.clear()
    if (text) this.stream.write(text)
    this.draw()
  }

  private clear(): void {
    if (this.drawn === 0) return
    this.stream.write(`\u001b[${this.drawn}A\u001b[0J`)
    this.drawn = 0
  }

  private draw(): void {
    if (!this.options.live || this.rows.size === 0) return
    // A line longer than the terminal would wrap, and the next redraw would not clear it all.
    const width = Math.max(20, (this.stream.columns || 80) - 3)
    const spin = this.options.style.code(SPINNER[this.frame % SPINNER.length]!)
    const lines = [...this.rows.values()].map((row) => `${spin} ${this.rowText(row).slice(0, width)}`)
    this.stream.write(`${lines.join('\n')}\n`)
    this.drawn = lines.length
  }
}
