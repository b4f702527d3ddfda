import { runEntry } from '../actions/entry.js'
import { compareAction } from '../actions/compare.js'

await runEntry(compareAction)
