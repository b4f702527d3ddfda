import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

/*
 * How many tests a running leg has finished, from what the GIL probe writes as it goes
 * (legDir/probe-<segment>/probe-<pid>.jsonl, a line per finished test): for the command line's live
 * line. Each call reads only what was written since the one before.
 */

/**
 * A finished test's line, as the probe's json.dumps writes it ("test-start" lines do not match), and
 * its id: with pytest-xdist both the worker and the controller write one per test.
 */
const FINISHED = /^\{"e": ?"test", ?"id": ?("(?:[^"\\]|\\.)*")/

export class ProbeProgress {
  private readonly offsets = new Map<string, number>()
  private readonly partial = new Map<string, string>()
  private readonly done = new Set<string>()

  constructor(private readonly legDir: string) {}

  /** The tests finished so far, over every segment and process of the leg. */
  finished(): number {
    for (const file of this.files()) this.readNew(file)
    return this.done.size
  }

  private files(): string[] {
    const found: string[] = []
    let segments: string[] = []
    try {
      segments = readdirSync(this.legDir).filter((name) => name.startsWith('probe-'))
    } catch {
      return found
    }
    for (const segment of segments) {
      try {
        for (const name of readdirSync(path.join(this.legDir, segment)))
          if (/^probe-\d+\.jsonl$/.test(name)) found.push(path.join(this.legDir, segment, name))
      } catch {
        // A segment's folder removed under us: nothing to count there.
      }
    }
    return found
  }

  private readNew(file: string): void {
    const from = this.offsets.get(file) ?? 0
    let size: number
    try {
      size = statSync(file).size
    } catch {
      return
    }
    if (size <= from) return
    const buffer = Buffer.alloc(size - from)
    const fd = openSync(file, 'r')
    try {
      readSync(fd, buffer, 0, buffer.length, from)
    } finally {
      closeSync(fd)
    }
    this.offsets.set(file, size)
    const lines = ((this.partial.get(file) ?? '') + buffer.toString('utf8')).split('\n')
    this.partial.set(file, lines.pop() ?? '')
    for (const line of lines) {
      const id = FINISHED.exec(line)?.[1]
      if (id) this.done.add(id)
    }
  }
}
