import { runEntry } from '../actions/entry.js'
import { matrixAction } from '../actions/matrix.js'

await runEntry(matrixAction)
