import { runEntry } from './actions/entry.js'
import { setupAction } from './actions/setup.js'

await runEntry(setupAction)
