import { startAction } from '../actions/action.js'
import { compareAction } from '../actions/compare-action.js'

await startAction(compareAction)
