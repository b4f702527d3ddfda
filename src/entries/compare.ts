import { run } from '../compare/action.js'

await run()
