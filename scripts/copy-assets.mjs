// Copies the non-TypeScript files the bundle needs at run time into dist/.
import { cpSync, existsSync } from 'node:fs'

for (const [from, to] of [['src/probe', 'dist/probe']]) {
  if (existsSync(from)) cpSync(from, to, { recursive: true })
}
