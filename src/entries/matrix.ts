import { run } from '../matrix/action.js'

await run()
