import { startAction } from '../actions/action.js'
import { matrixAction } from '../actions/matrix-action.js'

await startAction(matrixAction)
