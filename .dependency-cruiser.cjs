/*
 * The dependency rule of src/ (docs/architecture.md): imports run one way, down this list of layers,
 * and never in a cycle. `npm run lint` runs it, so CI fails on an upward import with the rule's name.
 *
 *   entries → actions → pipeline → modes → stages (in STAGES' order) → common → model
 *
 * A stage folder may import the stage folders listed after it: the list is the pipeline's direction,
 * from the stages that use most to those that use least. A new stage folder goes where its imports
 * put it; an import that would run up the list means a word or a helper belongs lower down.
 */
const STAGES = [
  'matrix',
  'legs',
  'tools',
  'resolve',
  'configure',
  'checks',
  'report',
  'compare',
  'stress',
  'environments',
  'results',
  'tsan',
  'install',
  'sources',
  'find',
  'artifacts',
  'inputs',
  'dependencies',
  'cache',
  'baseline',
  'platform',
  'probe',
]

const LAYERS = [
  { name: 'entries', path: '^src/(index\\.ts$|entries/)' },
  // The two doors: the actions (GitHub's runner) and the command line.
  { name: 'actions', path: '^src/(actions|cli)/' },
  { name: 'pipeline', path: '^src/pipeline/' },
  { name: 'modes', path: '^src/modes/' },
  ...STAGES.map((stage) => ({ name: `stage ${stage}`, path: `^src/${stage}/` })),
  { name: 'common', path: '^src/common/' },
  { name: 'model', path: '^src/model/' },
]

/** One rule per layer: nothing it imports may sit in a layer above it. */
const upward = LAYERS.slice(1).map((layer, index) => ({
  name: `no-upward-import-from-${layer.name.replace(' ', '-')}`,
  comment: `${layer.name} sits below ${LAYERS.slice(0, index + 1)
    .map((l) => l.name)
    .join(', ')}: it may not import them (docs/architecture.md, "The dependency rule")`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(0, index + 1).map((l) => l.path) },
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or round a loop, type-only imports included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'model-imports-nothing',
      comment: 'src/model holds the domain words: it imports nothing outside itself, not even Node',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: '^src/model/' },
    },
    {
      name: 'every-folder-has-a-layer',
      comment: 'A new folder of src/ needs its place in .dependency-cruiser.cjs (LAYERS or STAGES)',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/probe/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
