// Jest's globalTeardown: removes the run's scratch folder (see scratch.mjs).
export { teardown as default } from './scratch.mjs'
