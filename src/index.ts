import { startAction } from './actions/action.js'
import { setupAction } from './actions/setup-action.js'

await startAction(setupAction)
