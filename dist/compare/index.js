import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ startAction)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(25387);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12056);
/* harmony import */ var _inputs_install_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(26830);



/** How an error is told: a known fault in its one line, anything else (a bug) with its stack. */
function reportError(error) {
    if (error instanceof _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .Fault */ .vC) {
        _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.message);
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${message} (an unexpected error in setup-python-ft; its stack is in the log)`);
    if (error instanceof Error && error.stack)
        _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(error.stack);
}
/** The single way into every action: global handlers, load, run, one setFailed. */
async function startAction(action, read = _inputs_install_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputFromEnv */ .mR) {
    process.on('uncaughtException', reportError);
    process.on('unhandledRejection', reportError);
    try {
        const inputs = await action.load(read);
        const failure = await action.run(inputs);
        if (failure)
            _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failure);
    }
    catch (error) {
        reportError(error);
    }
}


/***/ }),

/***/ 22495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ compareAction)
});

// UNUSED EXPORTS: legHeads

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/workflow-commands.ts
var workflow_commands = __nccwpck_require__(25387);
;// CONCATENATED MODULE: ./src/artifacts/artifact-store.ts


/** Artifacts as folders of a shared directory: <dir>/<name>/... */
class DirectoryStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async upload(name, root, files) {
        const folder = external_node_path_default().join(this.dir, name);
        const replaced = (0,external_node_fs_.existsSync)(folder);
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        for (const file of files) {
            const target = external_node_path_default().join(this.dir, name, external_node_path_default().relative(root, file));
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_.cpSync)(file, target);
        }
        return replaced ? 'replaced' : 'new';
    }
    async downloadAll(prefix) {
        const found = new Map();
        if (!(0,external_node_fs_.existsSync)(this.dir))
            return found;
        for (const name of (0,external_node_fs_.readdirSync)(this.dir).sort()) {
            if (name.startsWith(prefix))
                found.set(name, external_node_path_default().join(this.dir, name));
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/artifacts/open-artifact-store.ts

/** The store the inputs ask for: a directory, or the Actions artifact service (loaded on demand). */
async function openArtifactStore(artifactDir) {
    if (artifactDir)
        return new DirectoryStore(artifactDir);
    const { GitHubArtifactStore } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(30), __nccwpck_require__.e(351), __nccwpck_require__.e(935), __nccwpck_require__.e(454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69454));
    return new GitHubArtifactStore();
}

// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __nccwpck_require__(12056);
;// CONCATENATED MODULE: ./src/model/mode.ts
/*
 * The modes: a test suite run once on one build, with or without the GIL, with or without thread
 * stress. What a mode *is* lives here, as data; what a mode *does* (its interpreter, environment
 * and results) is its plug-in's, in src/modes/.
 */
const mode_MODES = [
    'standard',
    'freethreaded',
    'freethreaded-gil',
    'standard-stress',
    'freethreaded-stress',
    'freethreaded-tsan',
];
const mode_MODE_TRAITS = {
    standard: { build: 'standard', gil: 'standard', stress: false },
    freethreaded: { build: 'freethreaded', gil: 'off', stress: false },
    'freethreaded-gil': { build: 'freethreaded', gil: 'on', stress: false },
    'standard-stress': { build: 'standard', gil: 'standard', stress: true, slower: 'each test in several threads' },
    'freethreaded-stress': { build: 'freethreaded', gil: 'off', stress: true, slower: 'each test in several threads' },
    'freethreaded-tsan': {
        build: 'freethreaded',
        gil: 'off',
        stress: false,
        slower: 'an interpreter instrumented by ThreadSanitizer',
        unsupported: {
            os: 'win32',
            why: 'needs ThreadSanitizer, which CPython supports on Linux (gcc or clang) and macOS (clang) only; drop it on Windows runners',
        },
    },
};
/** The build a mode runs on. */
const buildOf = (mode) => mode_MODE_TRAITS[mode].build;
/** Modes that run every test in several threads at once (pytest-run-parallel). */
const mode_isStress = (mode) => mode_MODE_TRAITS[mode].stress;
/** The modes meant to run without the GIL. */
const withoutGil = (mode) => mode_MODE_TRAITS[mode].gil === 'off';
/** The `gil` input: PYTHON_GIL=0 in the modes without the GIL, or left unset to see what turns it on. */
const mode_GIL_SETTINGS = (/* unused pure expression or super */ null && (['force-off', 'detect']));
/** PYTHON_GIL per mode: never on the standard build, where 0 is fatal at start-up. */
function pythonGilFor(mode, gil) {
    const traits = mode_MODE_TRAITS[mode];
    if (traits.gil === 'on')
        return '1';
    if (traits.gil === 'off')
        return gil === 'force-off' ? '0' : undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/divergence.ts
/*
 * The words of a comparison: the classes of a divergence, the kinds of a finding, and whether the
 * baseline knew one.
 */
/** Why a test is a divergence, most serious first. */
const DIVERGENCE_KINDS = [
    'crashed',
    'hung',
    'races-without-gil',
    'freethreaded-only',
    'standard-only',
    'stress-only',
    'undecided',
    'place-dependent',
    'one-mode-only',
    'differs',
    'not-run',
];
/** Classes the comparison only warns about under fail-on: divergence (like a flaky divergence): their counts decided nothing, or the place decided, not the build. */
const TENTATIVE_KINDS = ['undecided', 'place-dependent'];
/** A divergence only warned about under fail-on: divergence: flaky, or of a tentative class. */
function isTentativeDivergence(flaky, kind) {
    return flaky === true || TENTATIVE_KINDS.includes(kind);
}
/** The classes of a test that fails in some plain modes and passes in others: a failure, not a crash or hang. */
const PLAIN_FAILURE_KINDS = (/* unused pure expression or super */ null && (['freethreaded-only', 'standard-only', 'differs']));
const KIND_TITLES = {
    crashed: 'Crashed',
    hung: 'Hung',
    'races-without-gil': 'Races without the GIL',
    'freethreaded-only': 'Fails only on the free-threaded build',
    'standard-only': 'Fails only on the standard build',
    'stress-only': 'Fails only under thread stress',
    undecided: 'Fails under thread stress, undecided',
    'place-dependent': 'Depends on the folder it runs in, not on the build',
    'one-mode-only': 'Collected in one mode only',
    differs: 'Outcome differs',
    'not-run': 'Not run after a crash or hang',
};
/** What a finding is about: a group-level problem rather than one test's outcome. */
const FINDING_KINDS = [
    'undeclared-extension',
    'gil-enabled',
    'missing-leg',
    'stopped',
    'no-tests',
    'dependency-versions',
    'thread-sanitizer',
    'slow-mode',
    'untested-extension',
];

;// CONCATENATED MODULE: ./src/baseline/baseline.ts


/*
 * A baseline: the divergences and findings a project already knows of, kept in its repository. With
 * one, each divergence and finding of a run is new or known, and each entry that matched nothing is
 * fixed; fail-on fails on new ones only. The form is documented in docs/baseline.md.
 */
const BASELINE_SCHEMA = 'setup-python-ft/baseline@1';
/** A baseline file that cannot be used: the reason, for one error naming the input. */
class BaselineError extends Error {
}
const isStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
function optionalString(entry, key, where) {
    if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) {
        throw new BaselineError(`${where}.${key} must be a non-empty string`);
    }
}
function checkModes(entry, where) {
    if (entry.modes === undefined)
        return;
    if (!isStrings(entry.modes) || !entry.modes.every((mode) => mode_MODES.includes(mode))) {
        throw new BaselineError(`${where}.modes must list modes (${mode_MODES.join(', ')})`);
    }
}
function divergenceEntry(value, index) {
    const where = `divergences[${index}]`;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new BaselineError(`${where} must be an object`);
    const entry = value;
    for (const key of ['test', 'file', 'group'])
        optionalString(entry, key, where);
    if ((entry.test === undefined) === (entry.file === undefined)) {
        throw new BaselineError(`${where} needs either test (a test id) or file (a path or glob)`);
    }
    if (entry.class !== undefined && !DIVERGENCE_KINDS.includes(entry.class)) {
        throw new BaselineError(`${where}.class must be one of ${DIVERGENCE_KINDS.join(', ')}`);
    }
    checkModes(entry, where);
    return entry;
}
function findingEntry(value, index) {
    const where = `findings[${index}]`;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new BaselineError(`${where} must be an object`);
    const entry = value;
    if (!FINDING_KINDS.includes(entry.kind)) {
        throw new BaselineError(`${where}.kind must be one of ${FINDING_KINDS.join(', ')}`);
    }
    for (const key of ['group', 'module', 'distribution', 'place'])
        optionalString(entry, key, where);
    checkModes(entry, where);
    return entry;
}
/** Checks a parsed baseline file (pure). */
function parseBaseline(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new BaselineError('not a JSON object');
    const file = value;
    if (file.schema !== BASELINE_SCHEMA) {
        throw new BaselineError(`schema must be '${BASELINE_SCHEMA}', found ${JSON.stringify(file.schema)}; this version of the action reads ${BASELINE_SCHEMA}`);
    }
    for (const list of ['divergences', 'findings']) {
        if (file[list] !== undefined && !Array.isArray(file[list]))
            throw new BaselineError(`${list} must be an array`);
    }
    return {
        schema: BASELINE_SCHEMA,
        divergences: (file.divergences ?? []).map(divergenceEntry),
        findings: (file.findings ?? []).map(findingEntry),
    };
}

;// CONCATENATED MODULE: ./src/baseline/file.ts




/** The `baseline` input: a file in the repository, read and checked before anything runs. */
function file_readBaselineInput(value, workspace) {
    if (!value)
        return undefined;
    const file = external_node_path_default().resolve(workspace, value);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new faults/* InputError */.dz('baseline', `${value} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}: name a JSON file in the repository, relative to the workspace, as the baseline-path output of an earlier run writes it`);
    }
    try {
        return parseBaseline(JSON.parse(text));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new faults/* InputError */.dz('baseline', `${value} is not JSON: ${error.message}`);
        if (error instanceof BaselineError)
            throw new faults/* InputError */.dz('baseline', `${value}: ${error.message}`);
        throw error;
    }
}
/** Writes a baseline as the input reads it: one entry per line, so that a diff shows what changed. */
function writeBaselineFile(baseline, file) {
    const list = (entries) => entries.length === 0 ? '[]' : `[\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`;
    const text = `{\n  "schema": ${JSON.stringify(baseline.schema)},\n  "divergences": ${list(baseline.divergences)},\n  "findings": ${list(baseline.findings)}\n}\n`;
    (0,external_node_fs_.writeFileSync)(file, text);
}

// EXTERNAL MODULE: ./src/inputs/install-inputs.ts
var install_inputs = __nccwpck_require__(26830);
;// CONCATENATED MODULE: ./src/dependencies/dependency-cache.ts


/*
 * The dependency cache of each build: pip's or uv's cache folder, one per ABI (cp313 and cp313t never
 * share one), kept between runs through a CacheStore. The key holds the OS, the architecture, the
 * ABI, the exact interpreter version and the hash of the files that pin the dependencies, so a wheel
 * that pip or uv built from source for the free-threaded build is reused by the next run.
 */
const dependency_cache_CACHE_TOOLS = (/* unused pure expression or super */ null && (['pip', 'uv']));
/** The files whose content keys the cache when cache-dependency-path is not given. */
const dependency_cache_DEFAULT_DEPENDENCY_FILES = {
    pip: ['**/requirements*.txt', '**/pyproject.toml', '**/setup.py', '**/setup.cfg'],
    uv: ['**/uv.lock', '**/requirements*.txt', '**/pyproject.toml'],
};
/**
 * The cache of one build. The folder is under the home directory, the same path on every run of a
 * runner, since the cache service files an entry under its paths as well as its key.
 */
function dependencyCache(input, build, home) {
    const dir = path.join(home, '.cache', 'setup-python-ft', input.tool, build.abi);
    const prefix = `setup-python-ft-${input.tool}-${build.os}-${build.arch}-${build.abi}-${build.version}-`;
    return {
        abi: build.abi,
        dir,
        env: input.tool === 'pip' ? { PIP_CACHE_DIR: dir } : { UV_CACHE_DIR: dir },
        key: `${prefix}${input.filesHash || 'no-dependency-files'}`,
        restoreKeys: [prefix],
    };
}
async function restoreDependencyCache(store, cache) {
    const restoredKey = await store.restore([cache.dir], cache.key, cache.restoreKeys);
    return { key: cache.key, ...(restoredKey ? { restoredKey } : {}), hit: restoredKey === cache.key };
}
/**
 * Saves a build's cache when its key missed and the folder holds something. Returns what to log.
 */
async function saveDependencyCache(store, cache, outcome) {
    if (outcome.hit)
        return `${cache.abi}: the cache was restored from ${cache.key}; nothing to save`;
    if (!existsSync(cache.dir) || readdirSync(cache.dir).length === 0)
        return `${cache.abi}: ${cache.dir} is empty; nothing to save`;
    const saved = await store.save([cache.dir], cache.key);
    return saved ? `${cache.abi}: saved ${cache.key} in ${store.where}` : `${cache.abi}: ${cache.key} was not saved`;
}
/** The `cache-hit` outputs: per build (true when every version's key hit) and overall. */
function cacheHitOutputs(outcomes) {
    const all = (list) => String(list.length > 0 && list.every((o) => o.hit));
    const outputs = { 'cache-hit': all(outcomes.map((o) => o.outcome)) };
    for (const build of new Set(outcomes.map((o) => o.build)))
        outputs[`cache-hit-${build}`] = all(outcomes.filter((o) => o.build === build).map((o) => o.outcome));
    return outputs;
}

;// CONCATENATED MODULE: ./src/inputs/cache-inputs.ts




/** A pattern relative to the workspace, as setup-python reads cache-dependency-path ("!" kept in front). */
function inWorkspace(pattern, workspace) {
    const negated = pattern.startsWith('!');
    const bare = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${path.isAbsolute(bare) ? bare : path.join(workspace, bare)}`;
}
/**
 * `cache` and `cache-dependency-path`: the tool whose cache each build keeps, and the hash of the files
 * that pin the dependencies, read before anything is installed. Listed files that match nothing are a
 * mistake; the default patterns matching nothing only leave the hash out of the key.
 */
async function readDependencyCache(read, workspace) {
    const tool = read('cache');
    const given = read('cache-dependency-path')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    if (!tool) {
        if (given.length > 0)
            throw new InputError('cache-dependency-path', 'keys the dependency cache, which is off: set cache to pip or uv');
        return undefined;
    }
    if (!CACHE_TOOLS.includes(tool))
        throw new InputError('cache', `'${tool}' is not valid; use pip or uv, or leave it empty for no dependency cache`);
    const patterns = given.length > 0 ? given : DEFAULT_DEPENDENCY_FILES[tool];
    // @actions/glob brings @actions/core: loaded only when there is a cache to key.
    const { hashFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(324)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43324));
    const filesHash = await hashFiles(patterns.map((p) => inWorkspace(p, workspace)).join('\n'), workspace);
    if (!filesHash && given.length > 0)
        throw new InputError('cache-dependency-path', `no file of the workspace matches ${given.join(', ')}; list the files that pin the dependencies (requirements.txt, pyproject.toml, uv.lock), relative to the workspace`);
    return { tool: tool, patterns, filesHash };
}
/** `cache-dir`: a directory to keep caches in instead of the Actions cache service ('' for the service). */
function cache_inputs_cacheDirInput(read, workspace) {
    const value = read('cache-dir');
    if (!value)
        return '';
    const dir = external_node_path_default().resolve(workspace, value);
    if ((0,external_node_fs_.existsSync)(dir) && !(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new faults/* InputError */.dz('cache-dir', `'${value}' is a file; give a directory (made if missing) to keep caches in`);
    return dir;
}

;// CONCATENATED MODULE: ./src/inputs/tsan-inputs.ts




const DEFAULT_CPYTHON_SOURCE_MIRROR = 'https://www.python.org/ftp/python';
/**
 * cpython-source-sha256: a bare sha256, or lines as sha256sum prints them (`<sha256>  Python-3.14.2.tar.xz`).
 */
function parseSourceSha256(value) {
    const pinned = new Map();
    for (const raw of value.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const match = /^([0-9a-fA-F]{64})(?:\s+\*?(\S+))?$/.exec(line);
        if (!match) {
            throw new InputError('cpython-source-sha256', `'${line}' is not a sha256; give 64 hex digits, or lines of sha256sum's output (<sha256>  Python-<version>.tar.xz)`);
        }
        pinned.set(match[2] ?? '*', match[1].toLowerCase());
    }
    return pinned;
}
/** The TSan mode's inputs: where its CPython source comes from, and the project's suppressions. */
function tsan_inputs_readTsanInputs(read, workspace) {
    const suppressions = read('tsan-suppressions');
    const file = suppressions ? path.resolve(workspace, suppressions) : '';
    if (file && (!existsSync(file) || !statSync(file).isFile())) {
        throw new InputError('tsan-suppressions', `'${suppressions}' is not a file (looked for ${file}); give a ThreadSanitizer suppressions file of the workspace, relative to it`);
    }
    return {
        sourceMirror: url(read, 'cpython-source-mirror', DEFAULT_CPYTHON_SOURCE_MIRROR),
        sourceSha256: parseSourceSha256(read('cpython-source-sha256')),
        suppressions: file,
    };
}

;// CONCATENATED MODULE: ./src/inputs/github-event.ts

/*
 * The workflow run this step is part of, as the runner describes it: the event, the branch, a pull
 * request's base, the run's id and attempt. It decides whose baseline a run reads and writes, and
 * whether the run may save to the caches at all.
 */
/**
 * The events of a branch's own runs: the only ones that save a baseline, a dependency cache or a
 * TSan interpreter (and a run outside any workflow). Every other event restores but never saves:
 * a merge queue's too (its entries would live in the gh-readonly-queue branch's scope, which neither
 * the branch nor its pull requests can read, and a rejected group must not become the branch's).
 */
const SAVING_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const branchOf = (ref) => (ref ?? '').replace(/^refs\/heads\//, '');
/** The run's event from the runner's variables and the event's payload (pure). */
function githubEventFrom(env, payload) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const pull = payload.pull_request;
    const base = {
        name,
        runId: env.GITHUB_RUN_ID ?? '0',
        attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW_REF?.split('@')[0] || (env.GITHUB_WORKFLOW ?? ''),
        job: env.GITHUB_JOB ?? '',
        ...(env.GITHUB_ACTION ? { step: env.GITHUB_ACTION } : {}),
        sha: env.GITHUB_SHA ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    };
    if (pull || name.startsWith('pull_request')) {
        // A fork: the head is in another repository (a repository that is itself a fork has same-repository pull requests too).
        const head = pull?.head?.repo;
        const baseRepo = pull?.base?.repo?.full_name;
        const fork = head?.full_name && baseRepo ? head.full_name !== baseRepo : head?.fork === true;
        return {
            ...base,
            branch: env.GITHUB_BASE_REF || branchOf(pull?.base?.ref),
            pullRequest: { number: pull?.number ?? 0, fork },
            readOnly: name === 'pull_request_target' ? 'pull request (pull_request_target)' : 'pull request',
        };
    }
    const branch = name === 'merge_group' ? branchOf(payload.merge_group?.base_ref) : env.GITHUB_REF_NAME || branchOf(env.GITHUB_REF);
    // No event at all is a run outside a workflow (the test bed, a developer's machine): it saves.
    const saves = name === '' || SAVING_EVENTS.includes(name);
    return { ...base, branch, ...(saves ? {} : { readOnly: `${name} event` }) };
}
/** The run's event as the runner gives it (GITHUB_EVENT_PATH's payload; none outside Actions). */
function github_event_readGithubEvent(env = process.env) {
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        // An unreadable payload reads as none: the variables still tell the event and the branch.
    }
    return githubEventFrom(env, payload);
}

;// CONCATENATED MODULE: ./src/inputs/run-inputs.ts













/**
 * When the step fails, each value stricter than the one before: never; divergence (divergences that
 * reproduced, and blocking findings); flaky (flaky divergences too); failure (any test that fails).
 */
const FAIL_ON = ['divergence', 'flaky', 'failure', 'never'];
/** The pull request's comment (checks/pull-request-comment.ts): never, when what it reports changed, or every run. */
const COMMENT_POLICIES = ['off', 'on-change', 'always'];
/** One leg of a matrix (an artifact, one mode): compared, and judged, in the compare job. */
const isMatrixLeg = (inputs) => inputs.artifact !== '' && inputs.modes.length === 1;
const ISOLATIONS = (/* unused pure expression or super */ null && (['copy', 'shared']));
const DEFAULT_MODES = (/* unused pure expression or super */ null && (['standard', 'freethreaded']));
const DEFAULT_TIMEOUT = '30m';
const MAX_RERUN = 20;
/** Reruns of a failure under thread stress, and the time they may take: see stress/evidence.ts. */
const DEFAULT_STRESS_RERUNS = 20;
const DEFAULT_RERUN_BUDGET = '60s';
/**
 * Threads per test in the stress modes. 4 finds the example's races on a 2-core runner (where the
 * threads are time-sliced) as on a 4-core one: see docs/stress.md.
 */
const DEFAULT_STRESS_THREADS = 4;
const DEFAULT_STRESS_ITERATIONS = 1;
const MAX_STRESS_THREADS = 256;
const MAX_STRESS_ITERATIONS = 10_000;
/** 90s, 10m, 1.5h, or a bare number of minutes (as timeout-minutes). */
function parseDuration(value, input) {
    const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
    const units = { s: 1, m: 60, h: 3600 };
    const seconds = match ? Number(match[1]) * units[match[2] ?? 'm'] : NaN;
    if (!(seconds > 0)) {
        throw new InputError(input, `'${value}' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h`);
    }
    return seconds;
}
/** KEY=value per line; blank lines and # comments are skipped. */
function parseEnv(value) {
    const env = {};
    for (const raw of value.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            throw new InputError('env', `'${line}' is not KEY=value`);
        if (match[1] === 'PYTHON_GIL') {
            throw new InputError('env', 'PYTHON_GIL is set per mode by the action; choose modes and gil instead');
        }
        env[match[1]] = match[2];
    }
    return env;
}
/** The `gil` input, read the same way by the main action and the matrix. */
const gilInput = (read) => choice(read, 'gil', GIL_SETTINGS, 'force-off');
/** The `fail-on` input, read the same way by the main action and the compare job. */
const failOnInput = (read) => (0,install_inputs/* choice */.Yq)(read, 'fail-on', FAIL_ON, 'divergence');
/**
 * The `modes` input: known modes, each once, in MODES' order. Read the same way by the main
 * action and the matrix.
 */
function parseModes(value) {
    const names = splitList(value);
    const listed = names.length > 0 ? names : [...DEFAULT_MODES];
    const seen = new Set();
    for (const name of listed) {
        if (!MODES.includes(name)) {
            throw new InputError('modes', `'${name}' is not a mode; use ${MODES.join(', ')}`);
        }
        if (seen.has(name)) {
            throw new InputError('modes', `'${name}' is listed twice; list each mode once (${MODES.join(', ')})`);
        }
        seen.add(name);
    }
    return MODES.filter((mode) => seen.has(mode));
}
/** What @actions/artifact refuses in an artifact name (path-and-artifact-name-validation). */
const ARTIFACT_NAME_REFUSES = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
/** An artifact name (or prefix) the artifact service will accept; '' stays ''. */
function artifactName(read) {
    const value = read('artifact');
    const bad = [...value].find((c) => ARTIFACT_NAME_REFUSES.includes(c));
    if (bad) {
        throw new faults/* InputError */.dz('artifact', `'${value}' holds ${JSON.stringify(bad)}, which artifact names cannot; use letters, digits, - _ . and spaces (none of " : < > | * ? \\ / or line breaks)`);
    }
    return value;
}
/**
 * The `results` glob: modes run at the same time, so each must match its own files. {leg} is
 * unique per mode and version; {mode} per mode; {version} per version.
 */
function resultsPattern(value, modes, versions) {
    if (!value)
        return value;
    const perLeg = value.includes('{leg}');
    const perMode = perLeg || value.includes('{mode}') || modes === 1;
    const perVersion = perLeg || value.includes('{version}') || versions === 1;
    if (!perMode || !perVersion) {
        throw new InputError('results', 'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR');
    }
    return value;
}
/** The working directory, relative to the workspace: it must exist before anything is installed. */
function workingDirectory(read, workspace) {
    const value = read('working-directory') || '.';
    const dir = path.resolve(workspace, value);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new InputError('working-directory', `'${value}' is not a directory (looked for ${dir}); give a folder of the workspace, relative to it`);
    }
    return dir;
}
function rerunCount(read) {
    const value = read('rerun') || '0';
    if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
        throw new InputError('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`);
    }
    return Number(value);
}
function stressReruns(read) {
    const value = read('stress-reruns') || String(DEFAULT_STRESS_RERUNS);
    if (!/^\d+$/.test(value) || Number(value) > MAX_STRESS_RERUNS) {
        throw new InputError('stress-reruns', `'${value}' is not valid; use a whole number from 0 (no reruns: every failure under threads stays undecided) to ${MAX_STRESS_RERUNS}`);
    }
    return Number(value);
}
/** stress-threads: a whole number from 2, or auto for the runner's cores (at least 2). */
function stressThreads(read) {
    const value = read('stress-threads') || String(DEFAULT_STRESS_THREADS);
    if (value === 'auto')
        return Math.max(2, availableParallelism());
    if (!/^\d+$/.test(value) || Number(value) < 2 || Number(value) > MAX_STRESS_THREADS) {
        throw new InputError('stress-threads', `'${value}' is not valid; use a whole number from 2 to ${MAX_STRESS_THREADS}, or auto (the runner's cores)`);
    }
    return Number(value);
}
function stressIterations(read) {
    const value = read('stress-iterations') || String(DEFAULT_STRESS_ITERATIONS);
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_STRESS_ITERATIONS) {
        throw new InputError('stress-iterations', `'${value}' is not valid; use a whole number from 1 to ${MAX_STRESS_ITERATIONS}`);
    }
    return Number(value);
}
/** stress-threads and stress-iterations, read the same way by the main action and the matrix. */
const stressInput = (read) => ({
    threads: stressThreads(read),
    iterations: stressIterations(read),
});
/** Stress modes run pytest with pytest-run-parallel: a command that is not pytest cannot be stressed. */
function checkStressCommand(modes, command) {
    const stress = modes.filter(isStress);
    if (stress.length > 0 && !runsPytest(command)) {
        throw new InputError('modes', `${stress.join(' and ')} run each test in threads through pytest-run-parallel, but run is not a pytest command; run pytest, or drop the stress modes`);
    }
}
/** A mode that cannot run on the runner's OS (freethreaded-tsan on Windows) is refused at once. */
function checkModesRunOn(modes, os) {
    for (const mode of modes) {
        const unsupported = MODE_TRAITS[mode].unsupported;
        if (unsupported?.os === os)
            throw new InputError('modes', `${mode} ${unsupported.why}`);
    }
}
const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
/** The variables that point pip and uv at another index, in the order they are looked at. */
const INDEX_VARIABLES = (/* unused pure expression or super */ null && (['PIP_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL']));
/**
 * `index-url`: the simple API asked what to upgrade to, or `none`. Unset, the index the install uses:
 * PIP_INDEX_URL, UV_DEFAULT_INDEX or UV_INDEX_URL from the `env` input or the job, else PyPI.
 */
function indexUrl(read, env) {
    const value = read('index-url').trim();
    if (value.toLowerCase() === 'none')
        return '';
    if (value) {
        if (!/^https?:$/.test(URL.parse(value)?.protocol ?? ''))
            throw new InputError('index-url', `'${value}' is not an http(s) URL of a simple API (or none)`);
        return value.replace(/\/+$/, '');
    }
    const named = INDEX_VARIABLES.map((name) => env[name] || process.env[name]).find(Boolean);
    // One that is not an http(s) URL (a file: index, which has no JSON API) is not asked.
    if (!named)
        return DEFAULT_INDEX_URL;
    return /^https?:$/.test(URL.parse(named)?.protocol ?? '') ? named.replace(/\/+$/, '') : '';
}
function parseRunInputs(read, context) {
    const modes = parseModes(read('modes'));
    checkStressCommand(modes, read('run'));
    checkModesRunOn(modes, context.os);
    const env = parseEnv(read('env'));
    const baselineAuto = read('baseline').trim() === 'auto';
    return {
        modes,
        gil: gilInput(read),
        requireGilDisabled: bool(read, 'require-gil-disabled', false),
        install: read('install'),
        run: read('run'),
        workingDirectory: workingDirectory(read, context.workspace),
        isolation: choice(read, 'isolation', ISOLATIONS, 'copy'),
        shell: choice(read, 'shell', SHELLS, context.os === 'win32' ? 'pwsh' : 'bash'),
        env,
        timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
        results: resultsPattern(read('results'), modes.length, context.versions),
        junit: bool(read, 'junit', true),
        rerun: rerunCount(read),
        stressReruns: stressReruns(read),
        rerunBudgetSeconds: parseDuration(read('rerun-budget') || DEFAULT_RERUN_BUDGET, 'rerun-budget'),
        failOn: failOnInput(read),
        artifact: artifactName(read),
        artifactDir: read('artifact-dir'),
        stress: stressInput(read),
        baseline: baselineAuto ? undefined : readBaselineInput(read('baseline'), context.workspace),
        baselineAuto,
        event: context.event ?? readGithubEvent(),
        comment: choice(read, 'comment', COMMENT_POLICIES, 'off'),
        cacheDir: cacheDirInput(read, context.workspace),
        tsan: readTsanInputs(read, context.workspace),
        indexUrl: indexUrl(read, env),
    };
}

;// CONCATENATED MODULE: ./src/inputs/compare-inputs.ts








/** The legs the matrix planned, from its `matrix` output: what should have reported. */
function expectedLegs(value) {
    if (!value.trim())
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        throw new faults/* InputError */.dz('matrix', `not JSON: ${error.message}; pass the matrix action's matrix output`);
    }
    const include = parsed?.include;
    if (!Array.isArray(include))
        throw new faults/* InputError */.dz('matrix', 'expected {"include": [...]}, the matrix output');
    return include
        .filter((e) => e && typeof e.group === 'string' && mode_MODES.includes(e.mode))
        .map((e) => ({ group: e.group, mode: e.mode }));
}
function loadCompareInputs(read) {
    const token = read('token');
    if (token)
        workflow_commands/* setSecret */.Pq(token);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const baselineAuto = read('baseline').trim() === 'auto';
    return {
        token,
        prefix: artifactName(read) || 'setup-python-ft',
        expected: expectedLegs(read('matrix')),
        requireGilDisabled: (0,install_inputs/* bool */.lc)(read, 'require-gil-disabled', false),
        failOn: failOnInput(read),
        artifactDir: read('artifact-dir'),
        baseline: baselineAuto ? undefined : file_readBaselineInput(read('baseline'), workspace),
        baselineAuto,
        cacheDir: cache_inputs_cacheDirInput(read, workspace),
        event: github_event_readGithubEvent(),
        comment: (0,install_inputs/* choice */.Yq)(read, 'comment', COMMENT_POLICIES, 'off'),
    };
}

;// CONCATENATED MODULE: ./src/model/outcome.ts
/**
 * What happened to one test in one mode. crashed and hung are the test running when the mode died (or
 * when its pytest-xdist worker died).
 */
const OUTCOMES = ['passed', 'failed', 'error', 'skipped', 'xfail', 'xpass', 'crashed', 'hung', 'absent'];
/** Outcomes that make a run fail. */
function isFailing(outcome) {
    return outcome === 'failed' || outcome === 'error' || outcome === 'crashed' || outcome === 'hung';
}
const MESSAGE_LIMIT = 1000;
const DETAILS_LIMIT = 4000;
/** A crash's or hang's thread dump is worth more room: every thread that matters, frames trimmed when shown. */
const TRACE_LIMIT = 16_000;
function clip(text, limit) {
    if (text === undefined)
        return undefined;
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
/** The last "path:line:" of a traceback: where a failure points when the XML has no file and line. */
function locationFromTraceback(details) {
    if (!details)
        return undefined;
    let found;
    for (const match of details.matchAll(/^([^\s:][^:\n]*\.py):(\d+):/gm)) {
        found = { file: match[1], line: Number(match[2]) };
    }
    return found;
}
/** pytest-xdist's report of a test whose worker process died under it. */
const XDIST_CRASH = /worker '([^']+)' crashed while running /;
/** The worker named by an xdist crash report, or undefined when the text is no such report. */
function xdistCrashedWorker(text) {
    return text ? XDIST_CRASH.exec(text)?.[1] : undefined;
}
/** The message a test gets when its xdist worker died under it. */
function xdistCrashMessage(worker) {
    return `The pytest-xdist worker ${worker} died while running this test`;
}

;// CONCATENATED MODULE: ./src/results/test-list.ts

/**
 * A leg's tests, held as columns: an id and a few numbers per test, with the file names stored once
 * and what only failures carry (message, details) kept aside. A million tests take about 90 bytes
 * each instead of an object graph of 200, which is what lets a comparison of two million tests fit
 * in a few hundred MiB (npm run bench). get(i) makes a TestResult when one is needed.
 */
class TestList {
    ids = [];
    nodeids;
    outcomes = new Uint8Array(256);
    /** Index + 1 into fileNames; 0: no file. */
    files = new Uint32Array(256);
    /** Line + 1; 0: no line. */
    lines = new Int32Array(256);
    /** Seconds; NaN: no time. */
    times = new Float64Array(256);
    /** Threads + 1; 0: not known. */
    threads = new Uint16Array(256);
    rare = new Map();
    fileNames = [];
    fileJson;
    fileIndex = new Map();
    static from(tests) {
        const list = new TestList();
        for (const test of tests)
            list.push(test);
        return list;
    }
    get length() {
        return this.ids.length;
    }
    id(at) {
        return this.ids[at];
    }
    outcome(at) {
        return OUTCOMES[this.outcomes[at]];
    }
    singleThreaded(at) {
        return this.rare.size === 0 ? undefined : this.rare.get(at)?.singleThreaded;
    }
    threadCount(at) {
        return this.threads[at] === 0 ? undefined : this.threads[at] - 1;
    }
    /** How many tests had each outcome. */
    outcomeCounts() {
        const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
        for (let at = 0; at < this.ids.length; at++)
            counts[OUTCOMES[this.outcomes[at]]]++;
        return counts;
    }
    /** The indexes of the `count` tests that took longest (by their JUnit time), longest first. */
    slowest(count) {
        const top = [];
        for (let at = 0; at < this.ids.length; at++) {
            if (Number.isNaN(this.times[at]))
                continue;
            if (top.length === count && this.times[at] <= this.times[top[count - 1]])
                continue;
            let place = top.length;
            while (place > 0 && this.times[top[place - 1]] < this.times[at])
                place--;
            top.splice(place, 0, at);
            if (top.length > count)
                top.pop();
        }
        return top;
    }
    /** Stress modes: tests that ran in several threads, and in one. */
    threadCounts() {
        let parallel = 0;
        let single = 0;
        for (let at = 0; at < this.ids.length; at++) {
            if (this.threads[at] > 2)
                parallel++;
            else if (this.threads[at] === 2)
                single++;
        }
        return { parallel, single };
    }
    /** Adds a test; returns its index. */
    push(test) {
        const at = this.ids.length;
        if (at === this.outcomes.length)
            this.grow();
        this.ids.push(test.id);
        this.set(at, test);
        return at;
    }
    /** Replaces the test at an index (same id or not) with this one. */
    set(at, test) {
        this.ids[at] = test.id;
        if (test.nodeid !== undefined || this.nodeids) {
            this.nodeids ??= [];
            this.nodeids[at] = test.nodeid;
        }
        this.outcomes[at] = OUTCOMES.indexOf(test.outcome);
        this.files[at] = test.file === undefined ? 0 : this.fileNumber(test.file);
        this.lines[at] = test.line === undefined ? 0 : test.line + 1;
        this.times[at] = test.time ?? Number.NaN;
        this.threads[at] = test.threads === undefined ? 0 : Math.min(test.threads, 0xfffe) + 1;
        const rare = {};
        if (test.message !== undefined)
            rare.message = test.message;
        if (test.details !== undefined)
            rare.details = test.details;
        if (test.singleThreaded !== undefined)
            rare.singleThreaded = test.singleThreaded;
        if (Object.keys(rare).length > 0)
            this.rare.set(at, rare);
        else
            this.rare.delete(at);
    }
    /** The test at an index, as an object. */
    get(at) {
        const test = { id: this.ids[at], outcome: OUTCOMES[this.outcomes[at]] };
        const nodeid = this.nodeids?.[at];
        if (nodeid !== undefined)
            test.nodeid = nodeid;
        if (this.files[at] !== 0)
            test.file = this.fileNames[this.files[at] - 1];
        if (this.lines[at] !== 0)
            test.line = this.lines[at] - 1;
        const rare = this.rare.get(at);
        if (rare?.message !== undefined)
            test.message = rare.message;
        if (rare?.details !== undefined)
            test.details = rare.details;
        if (!Number.isNaN(this.times[at]))
            test.time = this.times[at];
        if (this.threads[at] !== 0)
            test.threads = this.threads[at] - 1;
        if (rare?.singleThreaded !== undefined)
            test.singleThreaded = rare.singleThreaded;
        return test;
    }
    /** The test at an index as JSON: JSON.stringify(get(at)), without making the object. */
    json(at) {
        let out = `{"id":${JSON.stringify(this.ids[at])},"outcome":"${OUTCOMES[this.outcomes[at]]}"`;
        const nodeid = this.nodeids?.[at];
        if (nodeid !== undefined)
            out += `,"nodeid":${JSON.stringify(nodeid)}`;
        if (this.files[at] !== 0) {
            this.fileJson ??= this.fileNames.map((name) => JSON.stringify(name));
            out += `,"file":${this.fileJson[this.files[at] - 1]}`;
        }
        if (this.lines[at] !== 0)
            out += `,"line":${JSON.stringify(this.lines[at] - 1)}`;
        const rare = this.rare.size === 0 ? undefined : this.rare.get(at);
        if (rare?.message !== undefined)
            out += `,"message":${JSON.stringify(rare.message)}`;
        if (rare?.details !== undefined)
            out += `,"details":${JSON.stringify(rare.details)}`;
        if (!Number.isNaN(this.times[at]))
            out += `,"time":${JSON.stringify(this.times[at])}`;
        if (this.threads[at] !== 0)
            out += `,"threads":${this.threads[at] - 1}`;
        if (rare?.singleThreaded !== undefined)
            out += `,"singleThreaded":${JSON.stringify(rare.singleThreaded)}`;
        return `${out}}`;
    }
    /** Rewrites every file name, each distinct one once (paths made relative to the workspace). */
    mapFiles(change) {
        this.fileNames = this.fileNames.map(change);
        this.fileIndex.clear();
        this.fileNames.forEach((name, index) => this.fileIndex.set(name, index + 1));
        this.fileJson = undefined;
    }
    /** Rewrites the failures' messages and details (paths in a leg's copy of the tree, made original). */
    mapText(change) {
        for (const rare of this.rare.values()) {
            if (rare.message !== undefined)
                rare.message = change(rare.message);
            if (rare.details !== undefined)
                rare.details = change(rare.details);
        }
    }
    /**
     * The list as a worker thread posts it, with its ids as bytes (the thread pushed its tests with
     * empty ids and kept the ids in `ids` as it read, never as a million strings): every column is a
     * buffer that moves (transfer lists them); the few strings (file names, failures) are copied.
     */
    toTransfer(ids) {
        const length = this.ids.length;
        const columns = {
            ids: ids.columns(),
            nodeids: this.nodeids,
            outcomes: this.outcomes.subarray(0, length),
            files: this.files.subarray(0, length),
            lines: this.lines.subarray(0, length),
            times: this.times.subarray(0, length),
            threads: this.threads.subarray(0, length),
            rare: [...this.rare],
            fileNames: this.fileNames,
        };
        const { outcomes, files, lines, times, threads } = columns;
        const transfer = [...columns.ids.chunks, columns.ids.ends, outcomes, files, lines, times, threads].map((c) => c.buffer);
        return { columns, transfer };
    }
    /** The list a worker thread posted (toTransfer). */
    static fromTransfer(columns) {
        const list = new TestList();
        list.ids = IdBytes.decode(columns.ids);
        list.nodeids = columns.nodeids;
        list.outcomes = columns.outcomes;
        list.files = columns.files;
        list.lines = columns.lines;
        list.times = columns.times;
        list.threads = columns.threads;
        for (const [at, rare] of columns.rare)
            list.rare.set(at, rare);
        list.fileNames = columns.fileNames;
        columns.fileNames.forEach((name, index) => list.fileIndex.set(name, index + 1));
        return list;
    }
    *[Symbol.iterator]() {
        for (let at = 0; at < this.ids.length; at++)
            yield this.get(at);
    }
    toJSON() {
        return [...this];
    }
    fileNumber(file) {
        let number = this.fileIndex.get(file);
        if (number === undefined) {
            this.fileJson = undefined;
            number = this.fileNames.push(file);
            this.fileIndex.set(file, number);
        }
        return number;
    }
    grow() {
        this.outcomes = doubled(this.outcomes, Uint8Array);
        this.files = doubled(this.files, Uint32Array);
        this.lines = doubled(this.lines, Int32Array);
        this.times = doubled(this.times, Float64Array);
        this.threads = doubled(this.threads, Uint16Array);
    }
}
/** A typed array twice as long, starting with the contents of `from`. */
function doubled(from, make) {
    // At least 256: a list moved from a worker thread may have no room at all.
    const to = new make(Math.max(256, from.length * 2));
    to.set(from);
    return to;
}
/**
 * Test ids as UTF-8 bytes, one after another in chunks of a few MiB, and where each ends in its
 * chunk: how a worker thread keeps the ids of a large file while it reads (no string per test on
 * its heap, no buffer copied as it grows) and hands them over in one move.
 */
class IdBytes {
    static CHUNK = 4 * 1024 * 1024;
    chunks = [];
    counts = [];
    current = new Uint8Array(IdBytes.CHUNK);
    used = 0;
    inCurrent = 0;
    ends = new Uint32Array(1 << 14);
    count = 0;
    encoder = new TextEncoder();
    add(id) {
        // UTF-8 takes at most three bytes for each UTF-16 unit.
        if (this.used + id.length * 3 > this.current.length) {
            this.seal();
            this.current = new Uint8Array(Math.max(IdBytes.CHUNK, id.length * 3));
        }
        if (this.count === this.ends.length)
            this.ends = doubled(this.ends, Uint32Array);
        this.used += this.encoder.encodeInto(id, this.current.subarray(this.used)).written;
        this.ends[this.count++] = this.used;
        this.inCurrent++;
    }
    columns() {
        this.seal();
        return { chunks: this.chunks, counts: this.counts, ends: this.ends.subarray(0, this.count) };
    }
    seal() {
        if (this.inCurrent === 0)
            return;
        this.chunks.push(this.current.subarray(0, this.used));
        this.counts.push(this.inCurrent);
        this.current = new Uint8Array(0);
        this.used = 0;
        this.inCurrent = 0;
    }
    /** The ids as strings, each its own (no slice of one big string keeps the others alive). */
    static decode({ chunks, counts, ends }) {
        const ids = new Array(ends.length);
        let at = 0;
        chunks.forEach((chunk, index) => {
            const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            let start = 0;
            for (const last = at + counts[index]; at < last; at++) {
                ids[at] = buffer.toString('utf8', start, ends[at]);
                start = ends[at];
            }
        });
        return ids;
    }
}

;// CONCATENATED MODULE: ./src/results/leg-file.ts





/*
 * One leg: one mode of one Python version, run once. Written as leg.json in the leg's directory, the
 * documented form (docs/report.md, "Leg results") that the single-job run compares in memory and that the
 * matrix legs upload for the compare job.
 */
const LEG_SCHEMA = 'setup-python-ft/leg@1';
function check(condition, file, reason) {
    if (!condition)
        throw new faults/* ResultsFileError */.dL(file, reason);
}
/** Checks the shape of a parsed leg.json, so that a broken upload gets one clear error. */
function validateLeg(value, file) {
    check(value && typeof value === 'object', file, 'not a JSON object');
    const leg = value;
    check(leg.schema === LEG_SCHEMA, file, `schema must be '${LEG_SCHEMA}', found ${JSON.stringify(leg.schema)}`);
    check(typeof leg.group === 'string' && leg.group, file, 'group must be a non-empty string');
    check(mode_MODES.includes(leg.mode), file, `mode must be one of ${mode_MODES.join(', ')}`);
    check(typeof leg.version === 'string', file, 'version must be a string');
    check(leg.status && typeof leg.status === 'object', file, 'status is missing');
    check(leg.gil && typeof leg.gil === 'object', file, 'gil is missing');
    const array = leg.tests;
    check(Array.isArray(array), file, 'tests must be an array');
    const tests = new TestList();
    for (const [index, test] of array.entries()) {
        check(test && typeof test.id === 'string' && OUTCOMES.includes(test.outcome), file, `tests[${index}] needs an id and an outcome (${OUTCOMES.join(', ')})`);
        tests.push(test);
    }
    const packages = leg.packages;
    check(packages === undefined ||
        (packages !== null &&
            typeof packages === 'object' &&
            !Array.isArray(packages) &&
            Object.values(packages).every((v) => typeof v === 'string')), file, 'packages must be an object of distribution names and versions');
    const dependencies = leg.dependencies;
    check(dependencies === undefined ||
        (Array.isArray(dependencies) &&
            dependencies.every((d) => d && typeof d.name === 'string' && typeof d.wheel === 'string')), file, 'dependencies must be an array of {name, version, wheel}');
    const untested = leg.untestedExtensions;
    check(untested === undefined || (Array.isArray(untested) && untested.every((name) => typeof name === 'string')), file, 'untestedExtensions must be an array of module names');
    for (const list of ['enabledBy', 'undeclared', 'extensions']) {
        check(Array.isArray(leg.gil[list]), file, `gil.${list} must be an array`);
    }
    return { ...leg, tests, reruns: leg.reruns ?? {}, warnings: leg.warnings ?? [] };
}
function readLegFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new faults/* ResultsFileError */.dL(file, `cannot be read (${error.code ?? error})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new faults/* ResultsFileError */.dL(file, `not valid JSON: ${error.message}`);
    }
    return validateLeg(parsed, file);
}
/**
 * The group and mode of a leg.json, read from its head when it was written as writeLegFile writes
 * (everything before the tests), else from the whole file: the compare job plans its groups from
 * these and reads each group's tests only when it compares that group.
 */
function readLegHead(file) {
    let head;
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            const buffer = Buffer.alloc(64 * 1024);
            const text = buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0)).toString('utf8');
            const end = text.indexOf(',"tests":[');
            if (end > 0)
                head = JSON.parse(`${text.slice(0, end)}}`);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        head = undefined;
    }
    if (typeof head?.group !== 'string' || !mode_MODES.includes(head.mode))
        head = readLegFile(file);
    return { group: head.group, mode: head.mode, file };
}
/**
 * Writes leg.json a thousand tests at a time: a leg of a million tests never becomes one string.
 * The same JSON as JSON.stringify(leg), with tests, reruns and warnings last.
 */
function writeLegFile(leg, file) {
    const { tests, reruns, warnings, ...head } = leg;
    const fd = openSync(file, 'w');
    try {
        writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"tests":[`);
        for (let at = 0; at < tests.length; at += 1000) {
            const chunk = [];
            for (let i = at; i < Math.min(at + 1000, tests.length); i++)
                chunk.push(tests.json(i));
            writeSync(fd, `${at > 0 ? ',' : ''}${chunk.join(',')}`);
        }
        writeSync(fd, `],"reruns":${JSON.stringify(reruns)},"warnings":${JSON.stringify(warnings)}}`);
    }
    finally {
        closeSync(fd);
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/results/memory.ts

/**
 * Reading 100,000s of test results keeps most of what it allocates, and V8 answers by growing the
 * young generation to its maximum, which roughly doubles the peak RSS of a large comparison
 * (npm run bench: about 330 MiB against 200 MiB for two files of 100,000 tests, and slower too).
 * Holding the young generation at its starting size avoids that. Called before results are read.
 */
function keepYoungGenerationSmall() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
}

;// CONCATENATED MODULE: ./src/compare/table.ts


/**
 * A divergence the evidence has not settled or that is not the build's: its reruns disagreed
 * (flaky), its counts under thread stress decided nothing (undecided), or it follows the folder the
 * test ran in (place-dependent). A warning unless fail-on is flaky or failure.
 */
function isTentative(row) {
    return isTentativeDivergence(row.flaky, row.kind);
}
/** The modes in which a divergent test fails, or is absent. */
function failingModes(row) {
    return Object.entries(row.outcomes)
        .filter(([, outcome]) => isFailing(outcome) || outcome === 'absent')
        .map(([mode]) => mode);
}
/**
 * Every test of a group, one row per test id in the order first seen, over the legs' own test
 * lists. A row is made when asked for, so that a million tests never exist twice in memory: the
 * comparison keeps the few rows it classed (divergent, common, thread-unsafe) and the report makes
 * the others one at a time as it writes them.
 */
class TestTable {
    legs;
    /** Row -> index in each leg's tests (-1: absent); undefined where the leg lists the rows in order. */
    at;
    kept = new Map();
    size;
    constructor(legs) {
        this.legs = legs;
        const first = legs[0]?.tests;
        const inOrder = (tests) => {
            if (tests.length !== first.length)
                return false;
            for (let i = 0; i < tests.length; i++)
                if (tests.id(i) !== first.id(i))
                    return false;
            return true;
        };
        if (legs.every((leg) => inOrder(leg.tests))) {
            this.size = first?.length ?? 0;
            this.at = legs.map(() => undefined);
            return;
        }
        const rows = new Map();
        const rowOf = legs.map((leg) => {
            const found = new Int32Array(leg.tests.length);
            for (let i = 0; i < leg.tests.length; i++) {
                const id = leg.tests.id(i);
                let row = rows.get(id);
                if (row === undefined)
                    rows.set(id, (row = rows.size));
                found[i] = row;
            }
            return found;
        });
        this.size = rows.size;
        this.at = rowOf.map((found) => {
            const at = new Int32Array(this.size).fill(-1);
            found.forEach((row, i) => (at[row] = i));
            return at;
        });
    }
    static empty() {
        return new TestTable([]);
    }
    /** Where the leg at index `leg` holds the test of a row; -1 when it does not. */
    index(leg, row) {
        const at = this.at[leg];
        return at ? at[row] : row;
    }
    /** The test of a row in a leg, if that leg has it. */
    test(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.get(at);
    }
    /** The outcome of a row in a leg, if that leg has it. */
    outcome(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.outcome(at);
    }
    singleThreaded(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.singleThreaded(at);
    }
    get legCount() {
        return this.legs.length;
    }
    /** Keeps a row the comparison classed: the report then shows that very row. */
    keep(row, value) {
        this.kept.set(row, value);
    }
    /** The test at a row across the modes; a mode without it is absent. */
    row(row) {
        const kept = this.kept.get(row);
        if (kept)
            return kept;
        let made;
        this.legs.forEach((leg, index) => {
            const test = this.test(index, row);
            if (!test)
                return;
            made ??= { id: test.id, outcomes: {} };
            made.outcomes[leg.mode] = test.outcome;
            made.nodeid ??= test.nodeid;
            made.singleThreaded ??= test.singleThreaded;
            if (made.file === undefined && test.file) {
                made.file = test.file;
                made.line = test.line;
            }
            if (isFailing(test.outcome)) {
                if (test.message)
                    made.messages = { ...made.messages, [leg.mode]: test.message };
                const limit = test.outcome === 'crashed' || test.outcome === 'hung' ? TRACE_LIMIT : DETAILS_LIMIT;
                if (!made.details || leg.mode !== 'standard')
                    made.details = clip(test.details ?? test.message, limit);
            }
            const reruns = Object.hasOwn(leg.reruns, test.id) ? leg.reruns[test.id] : undefined;
            if (reruns?.length)
                made.reruns = { ...made.reruns, [leg.mode]: reruns };
            const place = leg.placeCheck && Object.hasOwn(leg.placeCheck, test.id) ? leg.placeCheck[test.id] : undefined;
            if (place)
                made.placeCheck = { ...made.placeCheck, [leg.mode]: place };
        });
        for (const leg of this.legs)
            made.outcomes[leg.mode] ??= 'absent';
        return made;
    }
    *[Symbol.iterator]() {
        for (let row = 0; row < this.size; row++)
            yield this.row(row);
    }
}

;// CONCATENATED MODULE: ./src/compare/baseline-match.ts


/** A glob as a regular expression: `**` any folders, `*` and `?` within one; the rest literal. */
function globPattern(glob) {
    let source = '';
    for (let at = 0; at < glob.length; at++) {
        if (glob.startsWith('**/', at)) {
            source += '(?:.*/)?';
            at += 2;
        }
        else if (glob.startsWith('**', at)) {
            source += '.*';
            at += 1;
        }
        else if (glob[at] === '*')
            source += '[^/]*';
        else if (glob[at] === '?')
            source += '[^/]';
        else
            source += glob[at].replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function coversTest(entry, row, group) {
    if (entry.group !== undefined && entry.group !== group)
        return false;
    if (entry.test !== undefined)
        return entry.test === row.id || entry.test === row.nodeid;
    return row.file !== undefined && globPattern(entry.file).test(row.file);
}
const sameModes = (a, b) => a.length === b.length && a.every((mode) => b.includes(mode));
function coversFinding(entry, finding) {
    return (entry.kind === finding.kind &&
        (entry.group === undefined || entry.group === finding.group) &&
        (entry.module === undefined || entry.module === finding.module) &&
        (entry.distribution === undefined || entry.distribution === finding.distribution) &&
        (entry.place === undefined || entry.place === finding.place) &&
        (entry.modes === undefined || sameModes(entry.modes, finding.modes)));
}
/** Marks a group's divergences and findings new or known; says which entries it used. */
function markGroup(baseline, group, divergences, findings) {
    const use = { known: { divergences: [], findings: [] }, changed: [] };
    for (const row of divergences) {
        row.baseline = 'new';
        baseline.divergences.forEach((entry, index) => {
            if (!coversTest(entry, row, group))
                return;
            if (entry.class === undefined || entry.class === row.kind) {
                row.baseline = 'known';
                use.known.divergences.push(index);
            }
            else
                use.changed.push(index);
        });
    }
    for (const finding of findings) {
        finding.baseline = 'new';
        baseline.findings.forEach((entry, index) => {
            if (!coversFinding(entry, finding))
                return;
            finding.baseline = 'known';
            use.known.findings.push(index);
        });
    }
    return use;
}
/** The divergences a baseline does not know (all of them without one), group by group in order. */
function newDivergences(comparison) {
    return comparison.groups.flatMap((g) => g.divergences.filter((row) => row.baseline !== 'known'));
}
/** Entries that covered nothing in any group they apply to: fixed, to be removed from the baseline. */
function fixedEntries(baseline, groups) {
    const used = (list, index) => groups.some((g) => g.baselineUse?.known[list].includes(index) ||
        (list === 'divergences' && g.baselineUse?.changed.includes(index)));
    const applies = (entry) => entry.group === undefined ? groups.length > 0 : groups.some((g) => g.group === entry.group);
    return {
        // A known flaky test from the history that did not trip this time is not fixed: it is flaky.
        divergences: baseline.divergences.filter((entry, index) => applies(entry) && !entry.knownFlaky && !used('divergences', index)),
        findings: baseline.findings.filter((entry, index) => applies(entry) && !used('findings', index)),
    };
}
/**
 * The baseline of this run, to copy into the repository: the entries of the given baseline that
 * still made something known, as they were written (globs stay globs), then every new divergence
 * and finding as an entry of its own.
 */
function currentBaseline(groups, given) {
    // Entries the history added (knownFlaky) stay in the history, not in the file.
    const kept = (list) => (given?.[list] ?? []).filter((entry, index) => !entry.knownFlaky && groups.some((g) => g.baselineUse?.known[list].includes(index)));
    const divergences = kept('divergences');
    const findings = kept('findings');
    for (const g of groups) {
        for (const row of g.divergences.filter((r) => r.baseline !== 'known')) {
            divergences.push({ test: row.id, group: g.group, class: row.kind, modes: failingModes(row) });
        }
        for (const finding of g.findings.filter((f) => f.baseline !== 'known')) {
            const names = finding.module ?? finding.distribution ?? finding.place;
            findings.push({
                kind: finding.kind,
                group: g.group,
                ...(finding.module ? { module: finding.module } : {}),
                ...(finding.distribution ? { distribution: finding.distribution } : {}),
                ...(finding.place ? { place: finding.place } : {}),
                ...(names ? {} : { modes: finding.modes }),
            });
        }
    }
    return { schema: BASELINE_SCHEMA, divergences, findings };
}

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}

		// Not `Number.isSafeInteger`, which would reject a huge `retries`. That is accepted on purpose and behaves as effectively forever.
		// eslint-disable-next-line unicorn/prefer-number-is-safe-integer
		if (Number.isFinite(retries) && !Number.isInteger(retries)) {
			throw new TypeError('Expected `retries` to be a non-negative integer or Infinity.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {allowInfinity = false} = {}) {
	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < 0) {
		throw new TypeError(`Expected \`${name}\` to be \u{2265} 0.`);
	}
}

function validateOption(name, value, type) {
	// `null` means "not provided", as it does for the other options. `unref` needs this because it is the one option with no default of its own.
	if (value === undefined || value === null) {
		return;
	}

	if (typeof value !== type) {
		throw new TypeError(`Expected \`${name}\` to be a ${type}.`);
	}
}

function validateSignal(value) {
	// `null` means "not provided", as it does for the other options.
	if (value === undefined || value === null) {
		return;
	}

	// Duck typed rather than `instanceof`, so a signal from another realm still works. All three methods are checked because `removeEventListener` is called from inside a timer callback, where a `TypeError` would be an uncaught exception rather than a rejection the caller could catch.
	if (typeof value.throwIfAborted !== 'function'
		|| typeof value.addEventListener !== 'function'
		|| typeof value.removeEventListener !== 'function') {
		throw new TypeError('Expected `signal` to be an AbortSignal.');
	}
}

class AbortError extends Error {
	constructor(message) {
		super(typeof message === 'string' ? message : undefined);

		this.name = 'AbortError';

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			// Created here, so it already captures every caller frame. Copying `this.stack` instead would only rewrite the header, which is rendered lazily from `name` and `message` at read time. It also stringifies a non-string message, so reuse its result below.
			this.originalError = new Error(message);
			({message} = this.originalError);

			// The caller sees this error, so the frame for this constructor is dropped where the runtime supports it. Left in, the top frame blames p-retry for an error the caller threw. An error the caller passed keeps its own stack, which points at their throw site already. V8-only, hence the lint exception, and the optional call leaves the stack as it is where it is missing.
			// eslint-disable-next-line unicorn/no-nonstandard-builtin-properties
			Error.captureStackTrace?.(this.originalError, AbortError);
		}

		this.message = message;
	}
}

// `setTimeout` cannot represent a longer delay and fires it right away instead, which turns a long backoff into a tight retry loop. Cap at the largest value it can still hold.
const maximumDelay = (2 ** 31) - 1;

function calculateDelay(retriesConsumed, options) {
	// Nothing to wait for, and multiplying by a factor that has grown to `Infinity` would give `NaN`.
	if (options.minTimeout === 0) {
		return 0;
	}

	// `retriesConsumed` starts at 0 and only ever counts up, so the first retry is already attempt 1.
	const attempt = retriesConsumed + 1;
	const random = options.randomize ? (Math.random() + 1) : 1;

	const timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));

	// `maxTimeout` rounds up, so a fractional cap still gives a whole number of milliseconds. Rounding down would turn a cap below 1 into no timer at all, which never yields to the event loop. `Math.ceil(Infinity)` is `Infinity`.
	return Math.min(timeout, Math.ceil(options.maxTimeout), maximumDelay);
}

function calculateRemainingTime(start, max) {
	return Number.isFinite(max) ? max - (performance.now() - start) : max;
}

async function delayForRetry(delay, options) {
	if (delay <= 0) {
		return;
	}

	await new Promise((resolve, reject) => {
		// Registered with `once`, so it removes itself when it fires.
		const onAbort = () => {
			clearTimeout(timeoutToken);
			reject(options.signal.reason);
		};

		const timeoutToken = setTimeout(() => {
			options.signal?.removeEventListener('abort', onAbort);
			resolve();
		}, delay);

		if (options.unref) {
			timeoutToken.unref?.();
		}

		options.signal?.addEventListener('abort', onAbort, {once: true});
	});
}

// Stringifying a thrown value can itself throw, for an object with no usable `toString`. That must never be allowed to replace the failure the caller is actually dealing with.
//
// A thrown value whose own accessors or proxy traps throw is not supported, here or anywhere else. It comes from the caller's own code, so it is not something to defend against.
function stringifyThrownValue(value) {
	try {
		return String(value);
	} catch {
		return Object.prototype.toString.call(value);
	}
}

// `AbortError` wraps the error the caller actually wants, and the wrappers can be nested, so keep unwrapping until the cause is reached. Otherwise an `AbortError` would escape `pRetry` and a `catch` doing `error instanceof AbortError` would read a real failure as a cancellation.
//
// Two wrappers whose `originalError` points at each other are not supported, like the thrown values above.
function unwrapAbortError(error) {
	let cause = error;

	// A wrapper with no error to unwrap to is the cause as far as it goes.
	while (cause instanceof AbortError && cause.originalError instanceof Error) {
		cause = cause.originalError;
	}

	return cause;
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	// The signal is checked after the operation and after every callback, so a cancellation is never reported as an operation failure or a callback's decision, and no callback runs after it. The last check also guards the delay, whose abort listener never fires on a signal that is already aborted.
	const abortIfNeeded = () => {
		options.signal?.throwIfAborted();
	};

	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${stringifyThrownValue(error)}". You should only throw errors.`);

	// Checked before unwrapping an `AbortError`, because the reason a caller aborted with is final. Unwrapping it would replace the reason they chose with whatever is inside it, and it would also let an `AbortError` from the operation outrank a cancellation the caller asked for.
	abortIfNeeded();

	if (normalizedError instanceof AbortError) {
		throw unwrapAbortError(normalizedError);
	}

	// `retriesConsumed` only ever advances while `retriesLeft` is above 0, so this is never negative. `Infinity` minus a finite count is `Infinity`, so an unlimited budget needs no special case.
	const retriesLeft = options.retries - retriesConsumed;

	// A `TypeError` normally means the operation itself is broken rather than the thing it was trying to reach, so retrying it does not help. A network `TypeError` is the exception, and its message differs per runtime, so it has to be recognised rather than assumed.
	const isRetriableError = !(normalizedError instanceof TypeError) || isNetworkError(normalizedError);

	// Out of time already, out of retries, or a failure that is never retried, so the delay is 0 and the callbacks are told that no retry follows. Only computed when a retry can still follow, so a randomized delay does not draw from `Math.random` for a wait that is never taken.
	const timeLeft = calculateRemainingTime(startTime, options.maxRetryTime);
	const delayTime = isRetriableError && timeLeft > 0 && retriesLeft > 0 ? calculateDelay(retriesConsumed, options) : 0;

	const consumeRetryContext = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: delayTime,
	});

	// No answer means no opinion, so fall back to the default. Treating it as `false` instead would leave `retries` uncounted and let the loop run forever.
	const consumeRetry = (await options.shouldConsumeRetry(consumeRetryContext)) ?? true;

	abortIfNeeded();

	const effectiveDelay = consumeRetry ? delayTime : 0;
	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: effectiveDelay,
	});

	await options.onFailedAttempt(context);

	abortIfNeeded();

	const remainingTime = calculateRemainingTime(startTime, options.maxRetryTime);

	// No time or budget left, or a failure that retrying cannot help with.
	if (
		!isRetriableError
		|| remainingTime <= 0
		|| retriesLeft <= 0
	) {
		throw normalizedError;
	}

	const shouldRetry = await options.shouldRetry(context);

	abortIfNeeded();

	if (!shouldRetry) {
		throw normalizedError;
	}

	const remainingTimeAfterShouldRetry = calculateRemainingTime(startTime, options.maxRetryTime);

	if (remainingTimeAfterShouldRetry <= 0) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		return false;
	}

	await delayForRetry(Math.min(effectiveDelay, remainingTimeAfterShouldRetry), options);

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	// Applied before validating, so that `null` means "not provided" here as it does for every other option.
	options.retries ??= 10;

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Infinity;
	options.maxRetryTime ??= Infinity;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate the options that have a runtime type to check.
	validateOption('onFailedAttempt', options.onFailedAttempt, 'function');
	validateOption('shouldRetry', options.shouldRetry, 'function');
	validateOption('shouldConsumeRetry', options.shouldConsumeRetry, 'function');
	validateOption('randomize', options.randomize, 'boolean');
	validateOption('unref', options.unref, 'boolean');
	validateSignal(options.signal);
	validateNumberOption('factor', options.factor);
	validateNumberOption('minTimeout', options.minTimeout);
	validateNumberOption('maxTimeout', options.maxTimeout, {allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {allowInfinity: true});

	// A negative factor is rejected above, so this only catches `0`. Treat it as `1` to keep the delay constant instead of dropping to zero after the first retry.
	if (options.factor === 0) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	// A consumed count is always finite, so `Infinity` keeps this true and needs no special case.
	while (retriesConsumed <= options.retries) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Unreachable: `onAttemptFailure` throws once `retriesLeft` reaches 0, which is the same state the loop condition tests, so the loop is always left by a throw. Kept as a guard against a future change to either side breaking that pairing.
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}

;// CONCATENATED MODULE: ./src/common/retry.ts
/*
 * How long the action waits between attempts at a request that failed for a passing reason
 * (downloads, the Checks API).
 */
/** Seconds between attempts: 10, then 20; SETUP_PYTHON_FT_RETRY_SECONDS sets both (tests, impatient runners). */
function retryDelays() {
    const seconds = process.env.SETUP_PYTHON_FT_RETRY_SECONDS;
    if (seconds !== undefined && /^\d+$/.test(seconds))
        return { minTimeout: Number(seconds) * 1000, maxTimeout: Number(seconds) * 1000 };
    return { minTimeout: 10_000, maxTimeout: 20_000 };
}

;// CONCATENATED MODULE: ./src/stress/stress-classes.ts

/**
 * Stress modes compared with each other, for a test that the plain modes of the group do not
 * already class: fails under threads without the GIL but passes under threads with it (a race
 * the GIL hid), fails under threads with the GIL (the test itself is thread-unsafe), or fails
 * under threads where the other build's stress mode did not run.
 */
function classifyStress(outcomes, stoppedEarly) {
    const standard = outcomes['standard-stress'];
    const freethreaded = outcomes['freethreaded-stress'];
    if (standard === undefined && freethreaded === undefined)
        return undefined;
    const absentAfterStop = (mode, outcome) => outcome === 'absent' && stoppedEarly.has(mode);
    const ftFails = freethreaded !== undefined && isFailing(freethreaded);
    const stdFails = standard !== undefined && isFailing(standard);
    const ran = (outcome) => outcome !== undefined && outcome !== 'absent';
    // Failing under threads with the GIL, the test itself is not thread-safe, whatever the other build did.
    if (stdFails)
        return 'thread-unsafe';
    if (ftFails && ran(standard))
        return 'races-without-gil';
    if (ftFails)
        return 'stress-only';
    if (absentAfterStop('freethreaded-stress', freethreaded) || absentAfterStop('standard-stress', standard)) {
        return 'not-run';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/evidence.ts
/** Reruns between two looks at the counts. */
const LOOK_EVERY = 5;
/** The most reruns of one test in each stress mode (the `stress-reruns` input). */
const evidence_MAX_STRESS_RERUNS = 50;

;// CONCATENATED MODULE: ./src/stress/evidence.ts


/*
 * How a test that fails under thread stress earns its class: from counts of reruns in both stress
 * modes, never from one run. The rule (README, "How a verdict is reached"):
 *  - it failed under standard-stress (first run or any rerun): a thread-unsafe test, a fact: the GIL
 *    did not keep the test safe, whatever the free-threaded build did;
 *  - it failed only under freethreaded-stress: "races without the GIL" once a one-sided Fisher exact
 *    test on the reruns' counts gives p ≤ DECIDING_P, looked at every LOOK_EVERY reruns (and when the
 *    reruns stop);
 *  - anything else within the cap is undecided.
 * The run that raised the question is not counted: it was picked because it failed.
 */
/**
 * The p-value that decides. At most MAX_STRESS_RERUNS / LOOK_EVERY looks plus the last one: a
 * Bonferroni bound keeps the chance of blaming the build for a test that fails as often on both
 * under 5 % over all of them (95 % confidence).
 */
const DECIDING_P = 0.05 / (evidence_MAX_STRESS_RERUNS / LOOK_EVERY + 1);
const STRESS_MODES = ['freethreaded-stress', 'standard-stress'];
/** log(n!) for the small counts of reruns. */
function logFactorial(n) {
    let sum = 0;
    for (let i = 2; i <= n; i++)
        sum += Math.log(i);
    return sum;
}
const logChoose = (n, k) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
/**
 * Fisher's exact test, one-sided: the chance that `a` or more of the a + b failures fall among the
 * first mode's n1 runs when the failures are spread over both modes' n1 + n2 runs at random.
 */
function fisherOneSided(a, n1, b, n2) {
    const failures = a + b;
    const total = logChoose(n1 + n2, failures);
    let p = 0;
    for (let k = a; k <= Math.min(failures, n1); k++) {
        p += Math.exp(logChoose(n1, k) + logChoose(n2, failures - k) - total);
    }
    return Math.min(1, p);
}
/** The reruns of one mode, counted; a rerun that did not record the test says nothing. */
function countReruns(outcomes) {
    if (!outcomes)
        return undefined;
    const recorded = outcomes.filter((o) => o !== 'absent');
    return { failed: recorded.filter(isFailing).length, runs: recorded.length };
}
/**
 * The class a stress failure has earned from the first run's outcomes and the reruns so far.
 * `first` holds the outcome of each stress mode's first run; `reruns` the reruns by mode.
 */
function weighStress(first, reruns = {}) {
    const counts = {};
    for (const mode of STRESS_MODES) {
        const count = countReruns(reruns[mode]);
        if (count)
            counts[mode] = count;
    }
    const firstFailed = STRESS_MODES.filter((mode) => first[mode] !== undefined && isFailing(first[mode]));
    const evidence = (verdict, p) => ({
        verdict,
        counts,
        ...(p === undefined ? {} : { p }),
        firstFailed,
    });
    const failedEver = (mode) => {
        const outcome = first[mode];
        return (outcome !== undefined && isFailing(outcome)) || (counts[mode]?.failed ?? 0) > 0;
    };
    if (failedEver('standard-stress'))
        return evidence('thread-unsafe');
    const ft = counts['freethreaded-stress'];
    const std = counts['standard-stress'];
    const ran = (mode) => first[mode] !== undefined && first[mode] !== 'absent';
    if (!ran('freethreaded-stress') || !ran('standard-stress')) {
        // No partner to compare with: the failure is a fact about stress, not about the build, and it
        // is decided when every rerun (at least one look's worth) failed again.
        const only = ft ?? std;
        const decided = only !== undefined && only.runs >= LOOK_EVERY && only.failed === only.runs;
        return evidence(decided ? 'stress-only' : 'undecided');
    }
    if (!ft || !std || ft.runs === 0 || std.runs === 0)
        return evidence('undecided');
    const p = fisherOneSided(ft.failed, ft.runs, std.failed, std.runs);
    return evidence(p > DECIDING_P ? 'undecided' : 'races-without-gil', p);
}
/**
 * The counts in words: "failed 7/20 under freethreaded-stress, 0/20 under standard-stress"; for a
 * thread-unsafe test, with the first run's failures that are not in them.
 */
function countsText(evidence) {
    const parts = STRESS_MODES.filter((mode) => evidence.counts[mode]).map((mode) => {
        const { failed, runs } = evidence.counts[mode];
        return `${failed}/${runs} under ${mode}`;
    });
    const reruns = parts.length > 0 ? `failed ${parts.join(', ')}` : 'not rerun';
    const unseen = evidence.firstFailed.filter((mode) => !evidence.counts[mode]?.failed);
    return evidence.verdict === 'thread-unsafe' && unseen.length > 0
        ? `${reruns}; the first run failed under ${unseen.join(' and ')}`
        : reruns;
}

;// CONCATENATED MODULE: ./src/inputs/command.ts
/* What the `run` command is, read from its text: the action adapts to pytest. */
/** Whether the command runs pytest, so that the action can add its JUnit file. */
function command_runsPytest(command) {
    return /(^|[\s;&|/(])(py\.test|pytest)(\s|$|;|&|\|)|-m\s+pytest\b/.test(command);
}
/** Whether the command already names a JUnit file, which would override the action's. */
function namesJunitFile(command) {
    return /--junit-?xml\b/.test(command);
}

;// CONCATENATED MODULE: ./src/common/shell.ts
/** The shells a command can run in, as GitHub's `shell:` keyword names them. */
const shell_SHELLS = (/* unused pure expression or super */ null && (['bash', 'sh', 'pwsh', 'cmd', 'python']));
/** How a shell runs a command string, as GitHub's `shell:` keyword does. */
function shellInvocation(shell, command, python) {
    switch (shell) {
        case 'bash':
            return { file: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
        case 'sh':
            return { file: 'sh', args: ['-e', '-c', command] };
        case 'pwsh':
            return {
                file: 'pwsh',
                args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', `$ErrorActionPreference = 'stop'; ${command}`],
            };
        case 'cmd':
            return { file: 'cmd.exe', args: ['/D', '/E:ON', '/V:OFF', '/S', '/C', command] };
        case 'python':
            return { file: python, args: ['-c', command] };
    }
}
/** A word quoted for a POSIX shell when it needs it. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A word quoted for PowerShell when it needs it (single quotes, a quote doubled). */
function pwshWord(word) {
    return /^[\w@%+=:,./\\-]+$/.test(word) ? word : `'${word.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/model/build.ts
/*
 * Builds of CPython and the names derived from a version: the words every stage shares.
 */
/** 3.14 of 3.14.2. */
function minorOf(version) {
    return version.split('.').slice(0, 2).join('.');
}
/** The ABI tag, cp314 or cp314t. */
function abiTag(version, build) {
    return `cp${minorOf(version).replace('.', '')}${build === 'freethreaded' ? 't' : ''}`;
}
/** The minor version a Python 3 tag names: 15 of cp315t, 8 of cp38, 12 of py312, 0 of py3; NaN of any other. */
function build_tagMinor(tag) {
    const match = /^(?:cp|py)3(\d*)t?$/.exec(tag);
    return match ? Number(match[1] || 0) : NaN;
}

;// CONCATENATED MODULE: ./src/compare/reproduce.ts





/** The mode whose failure best shows a divergence, when several failed. */
const TELLING = [
    'freethreaded',
    'freethreaded-stress',
    'standard',
    'standard-stress',
    'freethreaded-gil',
    'freethreaded-tsan',
];
/** The name a mode's interpreter has on PATH: python3.14, or python3.14t for the free-threaded build. */
const pythonName = (version, mode) => `python${minorOf(version)}${buildOf(mode) === 'freethreaded' ? 't' : ''}`;
/**
 * The command that reproduces a test's failure in one mode on a developer's machine: the
 * interpreter by its PATH name, PYTHON_GIL as the mode set it, and pytest down to the test id,
 * with the stress options for a stress mode. Undefined when the suite is not run by pytest or
 * the test's node id is unknown.
 */
function reproduceCommand(nodeid, leg) {
    if (!nodeid || !command_runsPytest(leg.command))
        return undefined;
    const python = pythonName(leg.version, leg.mode);
    const words = [python, '-m', 'pytest', shellWord(nodeid)];
    if (leg.stress) {
        words.push(`--parallel-threads=${leg.stress.threads}`, `--iterations=${leg.stress.iterations}`);
    }
    const gil = leg.gil.pythonGil === null ? '' : `PYTHON_GIL=${leg.gil.pythonGil} `;
    return `${gil}${words.join(' ')}`;
}
/** The mode to reproduce a divergence in: the most telling one among those where it failed. */
function reproduceMode(outcomes) {
    return TELLING.find((mode) => outcomes[mode] !== undefined && isFailing(outcomes[mode]));
}
/** Classes that show only now and then: the command line's form runs them until they fail. */
const NOW_AND_THEN = new Set([
    'crashed',
    'hung',
    'races-without-gil',
    'stress-only',
    'undecided',
]);
/** How many runs the command line's form allows a race that shows now and then. */
const UNTIL_FAIL_RUNS = 100;
/**
 * The same reproduction with the command line and the run's report (`setup-python-ft reproduce`): in
 * that mode's environment, with its PYTHON_GIL and stress options, and, for a class that shows only
 * now and then (or a flaky one), again until it fails. Undefined when there is no bare command.
 */
function reportReproduceCommand(row, reportFile = 'report.json') {
    if (!row.reproduce || !row.nodeid)
        return undefined;
    const repeat = row.flaky === true || (row.kind !== undefined && NOW_AND_THEN.has(row.kind));
    const words = ['setup-python-ft', 'reproduce', shellWord(reportFile), shellWord(row.nodeid)];
    return `${words.join(' ')}${repeat ? ` --until-fail ${UNTIL_FAIL_RUNS}` : ''}`;
}

;// CONCATENATED MODULE: ./src/compare/classify.ts

/**
 * Classes one test from its outcome in each mode. stoppedEarly names the modes whose run died
 * (crash, hang): a test absent there was never reached, which is not a collection difference.
 */
function classify(outcomes, stoppedEarly) {
    const entries = Object.entries(outcomes);
    const values = entries.map(([, outcome]) => outcome);
    // One mode alone (a matrix leg) cannot diverge: its failures are plain failures.
    if (entries.length < 2)
        return { kind: values.some(isFailing) ? 'common' : 'same' };
    if (values.includes('crashed'))
        return { kind: 'crashed' };
    if (values.includes('hung'))
        return { kind: 'hung' };
    const present = entries.filter(([, outcome]) => outcome !== 'absent');
    const absent = entries.filter(([, outcome]) => outcome === 'absent').map(([mode]) => mode);
    if (present.length === 0)
        return { kind: 'same' };
    const failing = present.filter(([, outcome]) => isFailing(outcome)).map(([mode]) => mode);
    // A failure in some modes and not others matters more than a test missing from a mode.
    if (failing.length > 0 && failing.length < present.length) {
        if (failing.every((mode) => mode !== 'standard'))
            return { kind: 'freethreaded-only' };
        if (failing.every((mode) => mode === 'standard'))
            return { kind: 'standard-only' };
        return { kind: 'differs' };
    }
    if (absent.length > 0)
        return { kind: absent.every((mode) => stoppedEarly.has(mode)) ? 'not-run' : 'one-mode-only' };
    if (failing.length === entries.length)
        return { kind: 'common' };
    return new Set(values).size > 1 ? { kind: 'differs' } : { kind: 'same' };
}

;// CONCATENATED MODULE: ./src/results/start-failure.ts
/*
 * Why a suite ran no test at all, read from the end of its output: pytest that could not load a
 * conftest or a plugin, collect a module, or parse its options prints the cause last.
 */

/**
 * A pytest run that ended without a signal or a timeout, non-zero, and left no test result: it never
 * ran a test (a conftest or plugin that does not load, a collection error, bad options, nothing
 * collected). Such a mode was not compared, whatever fail-on says.
 */
function ranNoTest(command, status, tests) {
    return tests === 0 && command_runsPytest(command) && !status.signal && !status.timedOut && status.exitCode !== 0;
}
/** How long the quoted cause may be: one line of an annotation. */
const CAUSE_LIMIT = 300;
/** pytest's decorations, not causes: ===== rules, !!!!! Interrupted !!!!!, the timing line. */
const DECORATION = /^(=+|!+|-+|_+)( .*)?$|^\d+ (errors?|failed|passed|skipped|warnings?)\b.* in [\d.]+s/;
/** The unindented line of an exception (pluggy._manager.PluginValidationError: ...). */
const EXCEPTION = /^([A-Za-z_][\w]*\.)*[A-Za-z_]\w*(Error|Exception|Exit|Interrupt|Failed)\b(:.*)?$/;
/**
 * The last error line of the output: an exception with the lines that continue its message, pytest's
 * `E   ` detail, its `ERROR ...` lines, an INTERNALERROR, or an argument parser's `error:`. Quoted
 * whole, up to CAUSE_LIMIT characters; undefined when the output has none.
 */
function startFailure(output) {
    const lines = output.split(/\r?\n/);
    for (let at = lines.length - 1; at >= 0; at--) {
        const line = lines[at].trimEnd();
        if (!line || DECORATION.test(line))
            continue;
        let cause;
        if (EXCEPTION.test(line)) {
            // The message may go on over the next lines, up to a blank line or a decoration.
            const rest = [];
            for (let next = at + 1; next < lines.length && rest.length < 3; next++) {
                const more = lines[next].trim();
                if (!more || DECORATION.test(more))
                    break;
                rest.push(more);
            }
            cause = [line, ...rest].join(' ');
        }
        else {
            const detail = /^E {2,}(\S.*)$/.exec(line) ?? /^INTERNALERROR> *(\S.*(Error|Exception)\b.*)$/.exec(line);
            if (detail)
                cause = detail[1];
            else if (/^ERROR\b/.test(line) || /^\S+: error: /.test(line))
                cause = line;
        }
        if (cause)
            return cause.length > CAUSE_LIMIT ? `${cause.slice(0, CAUSE_LIMIT)}…` : cause;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/compare/timing.ts

/*
 * Where the time went: a mode that takes far longer than another on the same tests is said so, with
 * its slowest tests and their time in the fastest mode. The cause may be the project's (a tracer
 * that is slow on the free-threaded build, lock contention) or the runner's; either way it is shown.
 */
/** A mode this many times slower than another is reported… */
const SLOW_RATIO = 3;
/** …when it also takes this much longer: a 0.3 s suite against a 1.2 s one says nothing. */
const SLOW_SECONDS = 5;
/** How many of its slowest tests are named. */
const SLOWEST_TESTS = 5;
const seconds = (value) => `${value.toFixed(1)} s`;
/**
 * Legs whose time says something about the suite: not the modes slower by design (stress, TSan), nor
 * one that hung or ran out of time (its hang is reported as such), nor one that ran no test.
 */
function comparable(leg) {
    const s = leg.status;
    return !mode_MODE_TRAITS[leg.mode].slower && !s.timedOut && !(s.hangs?.length ?? 0) && leg.tests.length > 0;
}
/** The slowest tests of the slow leg, with their time there and in the fast leg. */
function slowestTests(slow, fast) {
    const picked = slow.tests.slowest(SLOWEST_TESTS).map((at) => slow.tests.get(at));
    const wanted = new Set(picked.map((test) => test.id));
    const fastTimes = new Map();
    for (let at = 0; at < fast.tests.length && fastTimes.size < wanted.size; at++) {
        const id = fast.tests.id(at);
        if (wanted.has(id))
            fastTimes.set(id, fast.tests.get(at).time ?? Number.NaN);
    }
    return picked.map((test) => ({
        test: test.nodeid ?? test.id,
        seconds: { [slow.mode]: test.time, [fast.mode]: fastTimes.get(test.id) },
    }));
}
/** The group's slowest comparable mode, when it took more than SLOW_RATIO times its fastest. */
function slowMode(legs) {
    const timed = legs.filter(comparable).sort((a, b) => a.status.durationSeconds - b.status.durationSeconds);
    if (timed.length < 2)
        return undefined;
    const fast = timed[0];
    const slow = timed[timed.length - 1];
    const [f, s] = [fast.status.durationSeconds, slow.status.durationSeconds];
    if (s < f * SLOW_RATIO || s - f < SLOW_SECONDS)
        return undefined;
    const slowest = slowestTests(slow, fast);
    const named = slowest.map(({ test, seconds: t }) => {
        const there = t[fast.mode];
        return `${test} ${seconds(t[slow.mode])}${there === undefined || Number.isNaN(there) ? '' : ` (${fast.mode} ${seconds(there)})`}`;
    });
    const ratio = `${(s / Math.max(f, 0.001)).toFixed(1)}×`;
    return {
        mode: slow.mode,
        message: `${slow.mode} took ${ratio} as long as ${fast.mode} (${seconds(s)} against ${seconds(f)})` +
            (named.length > 0 ? `; its slowest tests: ${named.join(', ')}` : ''),
        slowest,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/common/cancellation.ts


/*
 * A cancelled job: GitHub sends SIGINT, then SIGTERM about 7.5 s later, then kills the process. The
 * action stops every process group it started (the modes' commands, installs), so that nothing of
 * it outlives the step, tells the stages (they publish what finished), and exits non-zero before
 * the kill whatever is still pending.
 */
/** Within GitHub's grace: the report and summary of what finished are written before this. */
const CANCEL_DEADLINE_MS = 6000;
const groups = new Set();
let signalled;
/** The signal the job was cancelled by, if it was. */
function cancellation_cancelled() {
    return signalled;
}
/** A process group the action started, until it exits; one started after the cancellation is killed at once. */
function cancellation_trackGroup(pid) {
    groups.add(pid);
    if (signalled)
        cancellation_killGroup(pid);
}
function cancellation_untrackGroup(pid) {
    groups.delete(pid);
}
/** Kills a process group (Windows: the process tree). */
function cancellation_killGroup(pid) {
    try {
        if (process.platform === 'win32')
            spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
        else
            process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
/**
 * From now on, SIGINT and SIGTERM cancel the run: every tracked group is killed (and any started
 * later, at once), onCancel is told, and the process exits (128 + the signal's number) after
 * CANCEL_DEADLINE_MS if it has not ended by then, calling onDeadline first.
 */
function watchCancellation(onCancel, onDeadline) {
    const cancel = (signal) => {
        if (signalled)
            return;
        signalled = signal;
        for (const pid of groups)
            cancellation_killGroup(pid);
        onCancel(signal);
        setTimeout(() => {
            onDeadline(signal);
            // As a shell reports a process the signal ended: 130 for SIGINT (Ctrl-C), 143 for SIGTERM.
            process.exit(128 + (constants.signals[signal] ?? 0));
        }, CANCEL_DEADLINE_MS).unref();
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
}

;// CONCATENATED MODULE: ./src/common/process.ts




/** Writes a piped stream to the log and hands each whole line to onLine. */
function teeLines(stream, log, onLine) {
    let partial = '';
    stream.on('data', (chunk) => {
        writeSync(log, chunk);
        const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines)
            onLine(line);
    });
    stream.on('end', () => {
        if (partial)
            onLine(partial);
        partial = '';
    });
}
// The first name of each number: SIGABRT rather than its alias SIGIOT.
const SIGNAL_NAMES = new Map();
for (const [name, number] of Object.entries(external_node_os_.constants.signals))
    if (!SIGNAL_NAMES.has(number))
        SIGNAL_NAMES.set(number, name);
// Windows reports a crash as the NTSTATUS of the exception that ended the process.
const NTSTATUS = {
    0xc0000005: 'EXCEPTION_ACCESS_VIOLATION',
    0xc000001d: 'EXCEPTION_ILLEGAL_INSTRUCTION',
    0xc0000094: 'EXCEPTION_INT_DIVIDE_BY_ZERO',
    0xc00000fd: 'EXCEPTION_STACK_OVERFLOW',
    0xc0000374: 'STATUS_HEAP_CORRUPTION',
    0xc0000409: 'STATUS_STACK_BUFFER_OVERRUN',
    0x80000003: 'EXCEPTION_BREAKPOINT',
};
/**
 * The crash behind an exit code: a shell reports a child killed by signal N as 128+N; Windows
 * reports the NTSTATUS of the exception (0xC0000005 for an access violation).
 */
function signalFromExitCode(code, platform = process.platform) {
    if (code === null)
        return null;
    if (platform === 'win32') {
        const status = code >>> 0;
        if (status < 0x80000000)
            return null;
        return NTSTATUS[status] ?? `NTSTATUS 0x${status.toString(16).toUpperCase()}`;
    }
    if (code <= 128)
        return null;
    return SIGNAL_NAMES.get(code - 128) ?? null;
}
/**
 * Runs a command in its own process group with its output going to a log file. Past the deadline
 * (the probe has by then dumped every thread and exited on its own) the group is killed.
 */
function process_spawnLogged(invocation, options) {
    const started = Date.now();
    const log = openSync(options.logFile, 'a');
    return new Promise((resolve) => {
        let timedOut = false;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            closeSync(log);
            resolve({ ...result, timedOut, durationSeconds: (Date.now() - started) / 1000 });
        };
        const piped = options.onLine !== undefined;
        const child = spawn(invocation.file, invocation.args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', piped ? 'pipe' : log, piped ? 'pipe' : log],
            detached: process.platform !== 'win32',
            windowsHide: true,
        });
        if (piped)
            for (const stream of [child.stdout, child.stderr])
                teeLines(stream, log, options.onLine);
        if (child.pid) {
            trackGroup(child.pid);
        }
        const timer = setTimeout(() => {
            timedOut = true;
            if (child.pid)
                killGroup(child.pid);
        }, Math.max(options.deadline - Date.now(), 0) + (options.graceMs ?? 10_000));
        child.on('error', (error) => finish({ exitCode: null, signal: null, spawnError: error.message }));
        child.on('exit', (code, signal) => {
            // The probe exits with its hang dump right at the deadline; that is a timeout too.
            if (Date.now() >= options.deadline)
                timedOut = true;
            // Stragglers in the group (threads' children) must not outlive the leg. On Windows the tree
            // is gone with its root: taskkill /T finds no children of an exited process.
            if (process.platform !== 'win32' && child.pid)
                killGroup(child.pid);
            if (child.pid)
                untrackGroup(child.pid);
            const result = {
                exitCode: code,
                signal: signal ?? signalFromExitCode(code),
                ...(cancelled() ? { cancelled: true } : {}),
            };
            // Piped output is written to the log until the pipes close, which the kill above ensures; a
            // process outside the group that holds them open is given 5 s, then the pipes are dropped.
            if (piped) {
                const drop = setTimeout(() => {
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish(result);
                }, 5000);
                child.on('close', () => {
                    clearTimeout(drop);
                    finish(result);
                });
            }
            else
                finish(result);
        });
    });
}

;// CONCATENATED MODULE: ./src/stress/run-parallel.ts


/*
 * Thread stress runs every test in several threads at once through pytest-run-parallel, the
 * free-threading community's plugin: the action writes no threading harness of its own.
 */
/** The distribution, and the version the action installs when the project does not bring its own. */
const RUN_PARALLEL = 'pytest-run-parallel';
const RUN_PARALLEL_VERSION = '0.10.0';
/**
 * The pytest options of a stress mode. --ignore-gil-enabled keeps the session going when an
 * extension turns the GIL back on (gil: detect): the action's probe reports where instead.
 */
function stressOptions(stress) {
    return `--parallel-threads=${stress.threads} --iterations=${stress.iterations} --ignore-gil-enabled`;
}
/**
 * Installs pytest-run-parallel into a build's venv unless `install` already brought it. Returns
 * why it could not, or undefined.
 */
async function ensureRunParallel(venv, env, logFile, deadline) {
    const options = { cwd: path.dirname(venv.dir), env, logFile, deadline };
    const present = await spawnLogged({ file: venv.python, args: ['-c', 'import pytest_run_parallel'] }, options);
    if (present.exitCode === 0)
        return undefined;
    const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', `${RUN_PARALLEL}==${RUN_PARALLEL_VERSION}`];
    const installed = await spawnLogged({ file: venv.python, args: pip }, options);
    if (installed.exitCode === 0)
        return undefined;
    return installed.spawnError ?? `pip exited ${installed.exitCode ?? installed.signal}`;
}

;// CONCATENATED MODULE: ./src/compare/findings.ts




/**
 * The project's extension modules that were installed but never imported, one finding each, with
 * the modes where: the free-threaded comparison of the C code did not happen. Never blocking.
 */
function untestedFindings(group, legs) {
    const modesOf = new Map();
    for (const leg of legs)
        for (const name of leg.untestedExtensions ?? [])
            modesOf.set(name, [...(modesOf.get(name) ?? []), leg]);
    return [...modesOf].map(([module, where]) => ({
        kind: 'untested-extension',
        group,
        modes: where.map((leg) => leg.mode),
        blocking: false,
        module,
        message: `${module} was built for ${[...new Set(where.map((leg) => leg.abi))].join(' and ')} but never imported: the suite ran the pure-Python code (tests import the source tree; install with -e, use a src layout, or --import-mode=importlib)`,
    }));
}
/** A mode whose suite never ran a test (a blocking no-tests finding): told as the step's failure. */
const suiteNotRun = (finding) => finding.kind === 'no-tests' && finding.blocking;
/**
 * The modes whose pytest ran no test at all, one blocking finding per cause: they were not compared,
 * and "the same failures in every mode" would hide that the suite never started.
 */
function notRunFindings(group, legs) {
    const byCause = new Map();
    for (const leg of legs.filter((l) => ranNoTest(l.command, l.status, l.tests.length))) {
        const exit = leg.status.exitCode;
        const why = exit === 5 ? 'pytest collected no tests (exit code 5)' : `pytest exited ${exit} before running a test`;
        const cause = leg.status.cause ? `${why}: ${leg.status.cause}` : why;
        byCause.set(cause, [...(byCause.get(cause) ?? []), leg.mode]);
    }
    return [...byCause].map(([cause, modes]) => ({
        kind: 'no-tests',
        group,
        modes,
        blocking: true,
        message: `${modes.join(', ')} ran no test: ${cause}`,
    }));
}
/** The mode meant to run without the GIL. */
const ranWithoutGil = (leg) => withoutGil(leg.mode);
function gilFindings(group, legs, requireGilDisabled) {
    const findings = [];
    const undeclared = new Map();
    for (const leg of legs) {
        if (leg.mode === 'standard')
            continue;
        for (const module of leg.gil.undeclared)
            undeclared.set(module, [...(undeclared.get(module) ?? []), leg.mode]);
    }
    for (const [module, modes] of undeclared) {
        // It matters where the GIL is meant to be off; in freethreaded-gil the GIL is on by design.
        const affected = modes.some(withoutGil) ? modes.filter(withoutGil) : modes;
        findings.push({
            kind: 'undeclared-extension',
            group,
            modes: affected,
            module,
            blocking: requireGilDisabled,
            message: `${module} has not declared free-threading support: without PYTHON_GIL=0, importing it turns the GIL back on`,
        });
    }
    for (const leg of legs.filter(ranWithoutGil)) {
        const first = leg.gil.enabledBy[0];
        if (!first && leg.gil.atEnd !== true && leg.gil.atStart !== true)
            continue;
        const where = first?.test ? `from test ${first.test} on` : first ? `from ${first.when} on` : 'during the run';
        const module = first?.module ?? leg.gil.enabledBy.find((e) => e.module && e.test === first?.test)?.module;
        const cause = module ? `, when ${module} was imported` : '';
        findings.push({
            kind: 'gil-enabled',
            group,
            modes: [leg.mode],
            module,
            blocking: requireGilDisabled,
            message: `The GIL was on in ${leg.mode} ${where}${cause}: those tests ran with the GIL`,
        });
    }
    return findings;
}
/**
 * What the action itself installs in the venvs of some modes (the stress modes' pytest-run-parallel,
 * when the project brings none): absent from the other modes by design, not a difference of the
 * builds. At different versions in two modes, it is one (the project pinned its own).
 */
const ADDED_BY_MODES = new Set([RUN_PARALLEL]);
/**
 * Distributions installed at different versions in the group's modes, or in some modes only: the
 * builds resolved the same requirements differently (most often: no wheel of the newest release for
 * the free-threaded ABI, or an optional dependency left out for want of one).
 */
function versionFindings(group, legs) {
    const listed = legs.filter((leg) => leg.packages);
    const names = new Set(listed.flatMap((leg) => Object.keys(leg.packages)));
    const findings = [];
    for (const name of [...names].sort()) {
        const versions = {};
        for (const leg of listed) {
            const version = leg.packages[name];
            if (version !== undefined)
                versions[leg.mode] = version;
        }
        const distinct = [...new Set(Object.values(versions))];
        const without = ADDED_BY_MODES.has(name)
            ? []
            : listed.filter((leg) => versions[leg.mode] === undefined).map((leg) => leg.mode);
        if (distinct.length < 2 && without.length === 0)
            continue;
        const byVersion = distinct.map((version) => `${version} in ${Object.keys(versions)
            .filter((mode) => versions[mode] === version)
            .join(', ')}`);
        const missing = without.length > 0 ? `; not installed in ${without.join(', ')}` : '';
        findings.push({
            kind: 'dependency-versions',
            group,
            modes: listed.map((leg) => leg.mode),
            blocking: false,
            distribution: name,
            versions,
            message: `${name} differs between the modes: ${byVersion.join('; ')}${missing}. The builds test against different versions`,
        });
    }
    return findings;
}
/** Every finding of a group: the GIL, legs missing, legs without tests, legs that died between tests. */
/** Where a TSan report points, in words: "data race at src/_racy.c:12 in racy_increment". */
function tsanPlace(finding) {
    const place = finding.place;
    if (place?.file)
        return `${finding.kind} at ${place.file}:${place.line} in ${place.function}`;
    if (place)
        return `${finding.kind} in ${place.function}${place.module ? ` (${place.module})` : ''}`;
    return finding.summary;
}
/**
 * ThreadSanitizer's reports of the freethreaded-tsan mode, one finding per place: blocking, since a
 * race in C is a bug even when every assertion passed; one with no frame outside CPython itself is a
 * warning (CPython's to fix, or to suppress).
 */
function tsanFindings(group, legs) {
    return legs.flatMap((leg) => (leg.tsan ?? []).map((tsan) => {
        const tests = tsan.tests.length > 0
            ? `, in ${tsan.tests.slice(0, 3).join(', ')}${tsan.tests.length > 3 ? ` and ${tsan.tests.length - 3} more` : ''}`
            : '';
        const times = tsan.count > 1 ? ` (${tsan.count} reports)` : '';
        return {
            kind: 'thread-sanitizer',
            group,
            modes: [leg.mode],
            blocking: !tsan.inInterpreter,
            place: tsanPlace(tsan),
            tsan,
            message: `ThreadSanitizer: ${tsanPlace(tsan)}${tests}${times}${tsan.inInterpreter ? ' (inside CPython itself: no frame of the project)' : ''}`,
        };
    }));
}
function groupFindings(group, legs, options, comparingExitCodes) {
    const findings = [
        ...tsanFindings(group, legs),
        ...gilFindings(group, legs, options.requireGilDisabled),
        ...versionFindings(group, legs),
    ];
    findings.push(...untestedFindings(group, legs));
    const slow = slowMode(legs);
    if (slow) {
        const { mode, message, slowest } = slow;
        findings.push({ kind: 'slow-mode', group, modes: [mode], blocking: false, message, slowest });
    }
    const present = new Set(legs.map((l) => l.mode));
    const missing = (options.expected ?? []).filter((e) => e.group === group && !present.has(e.mode));
    for (const { mode } of missing) {
        findings.push({
            kind: 'missing-leg',
            group,
            modes: [mode],
            blocking: true,
            message: `No results from ${mode}: the leg never ran or uploaded nothing`,
        });
    }
    findings.push(...notRunFindings(group, legs));
    if (!comparingExitCodes) {
        for (const leg of legs.filter((l) => l.tests.length === 0 && !ranNoTest(l.command, l.status, 0))) {
            findings.push({
                kind: 'no-tests',
                group,
                modes: [leg.mode],
                blocking: false,
                message: `${leg.mode} reported no tests (exit code ${leg.status.exitCode ?? leg.status.signal})`,
            });
        }
    }
    for (const leg of legs) {
        const counts = leg.tests.outcomeCounts();
        if ((leg.status.signal || leg.status.timedOut) && counts.crashed + counts.hung === 0) {
            const how = leg.status.timedOut ? 'ran out of time' : `died on ${leg.status.signal}`;
            findings.push({
                kind: 'stopped',
                group,
                modes: [leg.mode],
                blocking: false,
                message: `${leg.mode} ${how} outside any test`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/comparison.ts













/**
 * not-run: a mode's suite never ran a test (it could not start); not-compared: no group had two modes
 * with results, so nothing could agree or diverge.
 */
const OVERALL_OUTCOMES = (/* unused pure expression or super */ null && (['passed', 'failed', 'diverged', 'not-run', 'not-compared']));
/** Two legs claimed the same group and mode. */
class DuplicateLegError extends Error {
}
/** The pseudo-test that stands for a run without any JUnit: its exit code. */
const EXIT_CODE_TEST = '(exit code)';
function exitCodeOutcome(status) {
    if (status.timedOut)
        return 'hung';
    if (status.signal)
        return 'crashed';
    return status.exitCode === 0 ? 'passed' : 'failed';
}
function modeRow(leg) {
    const counts = leg.tests.outcomeCounts();
    const gilOn = leg.gil.atStart === true || leg.gil.atEnd === true || leg.gil.enabledBy.length > 0;
    return {
        mode: leg.mode,
        version: leg.version,
        abi: leg.abi,
        counts,
        total: leg.tests.length,
        status: leg.status,
        gil: leg.gil,
        gilStayedOff: ranWithoutGil(leg) ? !gilOn : null,
        ...(leg.stress
            ? {
                stress: { ...leg.stress, ...leg.tests.threadCounts() },
            }
            : {}),
        ...(leg.packages ? { packages: leg.packages } : {}),
        ...(leg.dependencies ? { dependencies: leg.dependencies } : {}),
        ...(leg.install ? { install: leg.install } : {}),
    };
}
/**
 * The legs of each group, groups in the order their first leg comes, then the expected groups that
 * have none; within a group, legs in the order of MODES. Takes only what it needs of a leg, so that
 * the compare job can plan from leg.json heads and read one group's tests at a time.
 */
function legGroups(legs, expected = []) {
    const byGroup = new Map();
    for (const leg of legs) {
        const same = byGroup.get(leg.group) ?? [];
        if (same.some((other) => other.mode === leg.mode)) {
            throw new DuplicateLegError(`two legs claim mode ${leg.mode} of ${leg.group}`);
        }
        byGroup.set(leg.group, [...same, leg]);
    }
    for (const { group } of expected)
        if (!byGroup.has(group))
            byGroup.set(group, []);
    for (const same of byGroup.values())
        same.sort((a, b) => mode_MODES.indexOf(a.mode) - mode_MODES.indexOf(b.mode));
    return byGroup;
}
/** Compares the legs test by test, within each group. Pure: the same for one job or many. */
function comparison_compare(legs, options) {
    const groups = [...legGroups(legs, options.expected)].map(([group, same]) => compareGroup(group, same, options));
    return combineGroups(groups, options);
}
/** The overall counts and outcome of the compared groups. */
function combineGroups(groups, options) {
    const findings = groups.flatMap((g) => g.findings);
    const divergences = groups.reduce((n, g) => n + g.divergences.length, 0);
    const failures = groups.reduce((n, g) => n + g.failures, 0);
    const matrixLeg = options.matrixLeg ?? false;
    const outcome = findings.some(suiteNotRun)
        ? 'not-run'
        : divergences > 0 || findings.some((f) => f.blocking)
            ? 'diverged'
            : !matrixLeg && !groups.some((g) => g.compared)
                ? 'not-compared'
                : failures > 0
                    ? 'failed'
                    : 'passed';
    const comparison = { groups, matrixLeg, divergences, failures, findings, outcome };
    if (options.baseline) {
        comparison.baseline = {
            baseline: options.baseline,
            newDivergences: groups.reduce((n, g) => n + g.divergences.filter((r) => r.baseline === 'new').length, 0),
            newBlockingFindings: findings.filter((f) => f.blocking && f.baseline === 'new').length,
            fixed: fixedEntries(options.baseline, groups),
        };
    }
    return comparison;
}
/** A test whose outcome is the same passing one in every mode: nothing to class or show. */
function agrees(table, row) {
    const outcome = table.outcome(0, row);
    if (outcome === undefined || isFailing(outcome))
        return false;
    for (let leg = 1; leg < table.legCount; leg++)
        if (table.outcome(leg, row) !== outcome)
            return false;
    return true;
}
/**
 * The class of a test the plain modes agree on, from the stress modes. A failure under threads
 * earns it from its reruns' counts (stress/evidence.ts), the evidence it is kept with; a hang
 * without the GIL is not rerun (each rerun would wait out the timeout) and stays a hang.
 */
function stressClass(row, stoppedEarly) {
    const first = classifyStress(row.outcomes, stoppedEarly);
    if (first === undefined || first === 'not-run')
        return { kind: first };
    if (first !== 'thread-unsafe' && Object.values(row.outcomes).includes('hung'))
        return { kind: 'hung' };
    const evidence = weighStress(row.outcomes, row.reruns);
    return { kind: evidence.verdict, evidence };
}
/**
 * A divergence whose every failing mode, rerun alone, failed again in its own folder and passed in
 * the other place (the working directory instead of a copy of the tree, or the reverse): the test
 * depends on the folder, not on the build. Passing alone in both says nothing about the folder.
 */
function followsPlace(row) {
    if (!row.placeCheck)
        return false;
    const failing = Object.entries(row.outcomes).filter(([, o]) => isFailing(o));
    return (failing.length > 0 &&
        failing.every(([mode]) => {
            const check = row.placeCheck[mode];
            return check !== undefined && isFailing(check.here) && check.there === 'passed';
        }));
}
/** Compares the legs of one group (in the order of MODES) test by test. */
function compareGroup(group, legs, options) {
    // A mode whose suite never ran a test is reported (findings.ts), not compared: its missing tests
    // are not divergences, and its exit code is no test's outcome.
    const ran = legs.filter((leg) => !ranNoTest(leg.command, leg.status, leg.tests.length));
    const noJunitAnywhere = ran.every((leg) => leg.tests.length === 0);
    const testsOf = (leg) => noJunitAnywhere ? TestList.from([{ id: EXIT_CODE_TEST, outcome: exitCodeOutcome(leg.status) }]) : leg.tests;
    const stoppedEarly = new Set(ran.filter((l) => l.status.signal || l.status.timedOut).map((l) => l.mode));
    const table = new TestTable(ran.map((leg) => ({ mode: leg.mode, reruns: leg.reruns, placeCheck: leg.placeCheck, tests: testsOf(leg) })));
    const divergences = [];
    const common = [];
    const threadUnsafe = [];
    const singleThreaded = [];
    let failures = 0;
    const plainStopped = new Set([...stoppedEarly].filter((mode) => !mode_isStress(mode)));
    for (let at = 0; at < table.size; at++) {
        if (agrees(table, at)) {
            if (ran.some((_, leg) => table.singleThreaded(leg, at)))
                singleThreaded.push(table.row(at));
            continue;
        }
        const row = table.row(at);
        if (row.singleThreaded)
            singleThreaded.push(row);
        if (Object.values(row.outcomes).some((o) => isFailing(o)))
            failures++;
        // Plain modes are compared with plain modes; the stress modes speak where those agree.
        const plain = Object.fromEntries(Object.entries(row.outcomes).filter(([mode]) => !mode_isStress(mode)));
        const verdict = classify(plain, plainStopped);
        const weighed = verdict.kind === 'same' ? stressClass(row, stoppedEarly) : undefined;
        if (weighed?.evidence)
            row.evidence = weighed.evidence;
        const stress = weighed?.kind;
        if (verdict.kind === 'common')
            common.push(row);
        else if (stress === 'thread-unsafe')
            threadUnsafe.push(row);
        else if (verdict.kind !== 'same' || stress) {
            row.kind = stress ?? (followsPlace(row) ? 'place-dependent' : verdict.kind);
            const mode = reproduceMode(row.outcomes);
            const leg = mode && legs.find((l) => l.mode === mode);
            if (leg)
                row.reproduce = reproduceCommand(row.nodeid, leg);
            if (row.reruns && !row.evidence) {
                // A rerun that recorded nothing for the test (absent) says nothing about it either way.
                row.flaky = Object.entries(row.reruns).some(([mode, outcomes]) => !outcomes.every((o) => o === 'absent' || o === row.outcomes[mode]));
            }
            divergences.push(row);
        }
        else
            continue;
        table.keep(at, row);
    }
    divergences.sort(byImportance);
    const findings = groupFindings(group, legs, options, noJunitAnywhere);
    const baselineUse = options.baseline && markGroup(options.baseline, group, divergences, findings);
    return {
        ...(baselineUse ? { baselineUse } : {}),
        group,
        compared: ran.length >= 2,
        modes: legs.map(modeRow),
        tests: table,
        failures,
        divergences,
        common,
        threadUnsafe,
        singleThreaded,
        findings,
    };
}
/** Most important first: the kind, then deterministic before flaky, then by id. */
function byImportance(a, b) {
    return (DIVERGENCE_KINDS.indexOf(a.kind) - DIVERGENCE_KINDS.indexOf(b.kind) ||
        Number(a.flaky ?? false) - Number(b.flaky ?? false) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/*
 * Test names, messages and output come from the project under test: untrusted. These make them
 * inert in workflow commands, markdown and HTML.
 */
// CSI and OSC sequences, then any other C0 control except tab and newline.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
function stripAnsi(text) {
    return text.replace(ANSI, '').replace(CONTROL, '');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Inline text for markdown (a table cell, a list item): no markup, no mentions, one line. */
function inlineText(text) {
    return escapeHtml(stripAnsi(text))
        .replace(/[\\`*_[\]()#+\-.!|~{}:]/g, '\\$&')
        .replace(/@/g, '&#64;')
        .replace(/\r?\n/g, ' ');
}
/**
 * Inline text inside raw HTML (a <summary>), where markdown does not apply and a backslash would
 * show: HTML-escaped, no mentions, one line.
 */
function htmlText(text) {
    return escapeHtml(stripAnsi(text)).replace(/@/g, '&#64;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ');
}
/** Inline code that cannot break out of its element. */
function code(text) {
    return `<code>${inlineText(text)}</code>`;
}
/** A preformatted block: HTML-escaped, so that neither markdown nor tags apply inside. */
function preBlock(text) {
    return `<pre>${escapeHtml(stripAnsi(text))}</pre>`;
}
/** The first lines of a text, for an annotation or a table. */
function firstLines(text, lines, chars = 1500) {
    if (!text)
        return '';
    const head = stripAnsi(text).split('\n').slice(0, lines).join('\n');
    return head.length > chars ? `${head.slice(0, chars)}…` : head;
}

;// CONCATENATED MODULE: ./src/report/repository-paths.ts
/**
 * Whether a path is the repository's: the run makes files inside the workspace relative to it and
 * leaves the others absolute. Annotations and the Checks API can place only these.
 */
const inRepository = (file) => !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.startsWith('..');

;// CONCATENATED MODULE: ./src/report/tsan-section.ts


/*
 * ThreadSanitizer's findings in the report (pure): where each is annotated, and its part of the job
 * summary, the stacks folded.
 */
const FRAMES_SHOWN = 8;
/** A frame's file is the project's when it is relative to the repository (the run maps it so). */
const tsan_section_inWorkspace = (frame) => frame?.file !== undefined && inRepository(frame.file);
/**
 * Where a report is annotated: the top frame of the project's own code (the C, C++ or Cython line),
 * else the test that was running.
 */
function tsanAnnotationPlace(tsan) {
    const frame = [...tsan.stacks.flatMap((s) => s.frames), tsan.place].find(tsan_section_inWorkspace);
    if (frame)
        return { file: frame.file, ...(frame.line ? { line: frame.line } : {}) };
    if (tsan.testFile)
        return { file: tsan.testFile, ...(tsan.testLine ? { line: tsan.testLine } : {}) };
    return {};
}
/** A file of CPython's own source by its place in the tree (Objects/call.c), not the build's folder. */
function shortFile(file) {
    return /\/Python-3\.\d+\.\d+[^/]*\/(.+)$/.exec(file)?.[1] ?? file;
}
function frameLine(frame) {
    const where = frame.file ? `${shortFile(frame.file)}:${frame.line}` : '';
    const module = frame.module && !tsan_section_inWorkspace(frame) ? ` (${frame.module})` : '';
    return `    ${frame.function}  ${where}${module}`.trimEnd();
}
/** The stacks as people read them: each stack's title, then its top frames. */
function readableStacks(tsan) {
    return tsan.stacks
        .map((stack) => {
        const frames = stack.frames.slice(0, FRAMES_SHOWN).map(frameLine);
        const more = stack.frames.length > FRAMES_SHOWN ? [`    … ${stack.frames.length - FRAMES_SHOWN} more frames`] : [];
        return [`${stack.title}:`, ...frames, ...more].join('\n');
    })
        .join('\n\n');
}
/** The "ThreadSanitizer" part of a group's summary: one folded block per place. */
function tsanSection(findings) {
    const tsan = findings.filter((f) => f.tsan);
    if (tsan.length === 0)
        return [];
    const lines = [`#### ThreadSanitizer (${tsan.length})\n`];
    for (const finding of tsan) {
        const t = finding.tsan;
        const mark = finding.baseline === 'known' ? '➖' : '❌';
        const tests = t.tests.length > 0
            ? ` · in ${t.tests.slice(0, 3).join(', ')}${t.tests.length > 3 ? ` and ${t.tests.length - 3} more` : ''}`
            : '';
        const count = t.count > 1 ? ` · ${t.count} reports` : '';
        lines.push(`<details><summary>${mark} ${htmlText(`${finding.place}${tests}${count}`)}</summary>\n\n${preBlock(readableStacks(t))}\n\n</details>\n`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts







/** GitHub keeps 10 annotations of each level per step and drops the rest without a word. */
const PER_LEVEL_LIMIT = 10;
const LEVELS = {
    crashed: 'error',
    hung: 'error',
    'races-without-gil': 'error',
    'freethreaded-only': 'error',
    'standard-only': 'error',
    'stress-only': 'warning',
    undecided: 'warning',
    'place-dependent': 'warning',
    'one-mode-only': 'warning',
    differs: 'warning',
    'not-run': 'notice',
};
/** How a test is named to people: its pytest node id when known. */
function displayName(row) {
    return row.nodeid ?? row.id;
}
/** Each mode's outcome, with its reruns listed (a stress failure's reruns are counted instead). */
function outcomesLine(row) {
    return Object.entries(row.outcomes)
        .map(([mode, outcome]) => {
        const reruns = row.evidence ? undefined : row.reruns?.[mode];
        return `${mode}: ${outcome}${reruns?.length ? ` (reruns: ${reruns.join(', ')})` : ''}`;
    })
        .join(' · ');
}
/** freethreaded: failed in its folder, passed in the other */
function placeCheckText(placeCheck) {
    return Object.entries(placeCheck)
        .map(([mode, check]) => `${mode}: ${check.here} in its folder, ${check.there} in the other`)
        .join(' · ');
}
/** Every group's divergences with their group, most important first. */
function divergencesByImportance(comparison) {
    const rows = comparison.groups.flatMap((g) => g.divergences.map((row) => ({ row, group: g.group })));
    return rows.sort((a, b) => byImportance(a.row, b.row));
}
/** A finding's annotation; a ThreadSanitizer report's is at its place, with its top frames. */
function findingAnnotation(f, groups) {
    return {
        level: f.baseline === 'known' ? 'notice' : f.blocking ? 'error' : 'warning',
        message: f.tsan ? `${f.message}\n\n${firstLines(readableStacks(f.tsan), 12)}` : f.message,
        properties: {
            title: `${f.tsan ? 'ThreadSanitizer' : 'setup-python-ft'}${groups > 1 ? ` [${f.group}]` : ''}`,
            ...(f.tsan ? tsanAnnotationPlace(f.tsan) : {}),
        },
    };
}
/** A divergence's annotation: the title says its class, the message its outcomes and failure. */
function divergenceAnnotation(row, group, groups) {
    const known = row.baseline === 'known' ? ' (in the baseline)' : '';
    const title = `${KIND_TITLES[row.kind]}${row.flaky ? ' (flaky)' : ''}${known}${groups > 1 ? ` [${group}]` : ''}`;
    const message = Object.values(row.messages ?? {})[0];
    const details = row.details?.startsWith(message ?? '\0')
        ? row.details
        : [message, row.details].filter(Boolean).join('\n\n');
    const failure = firstLines(details, 12);
    return {
        level: known ? 'notice' : isTentative(row) && LEVELS[row.kind] === 'error' ? 'warning' : LEVELS[row.kind],
        message: [
            `${stripAnsi(displayName(row))}`,
            row.evidence ? `Reruns: ${countsText(row.evidence)}` : '',
            row.placeCheck ? `Rerun alone (isolation: copy): ${placeCheckText(row.placeCheck)}` : '',
            outcomesLine(row),
            failure,
            row.reproduce ? `Reproduce: ${stripAnsi(row.reproduce)}` : '',
            reportReproduceCommand(row) ? `With the run's report: ${stripAnsi(reportReproduceCommand(row))}` : '',
        ]
            .filter(Boolean)
            .join('\n'),
        properties: { title, file: row.file, line: row.file ? row.line : undefined },
    };
}
/** A notice per baseline entry that matched nothing: it can go. */
function fixedAnnotations(comparison) {
    const fixed = comparison.baseline?.fixed;
    if (!fixed)
        return [];
    const where = (entry) => (entry.group ? ` in ${entry.group}` : '');
    return [
        ...fixed.divergences.map((entry) => `${entry.test ?? entry.file}${where(entry)} no longer diverges`),
        ...fixed.findings.map((entry) => `the ${entry.kind} finding${(entry.module ?? entry.distribution) ? ` on ${entry.module ?? entry.distribution}` : ''}${where(entry)} is gone`),
    ].map((what) => ({
        level: 'notice',
        message: `${what}: remove it from the baseline`,
        properties: { title: 'Fixed in the baseline' },
    }));
}
/**
 * The annotations for a comparison, most important first, within GitHub's limit of 10 per level.
 * reserveErrors keeps room for the step's own failure message; what it already tells (told) is left out. What does not fit is counted in a
 * closing notice.
 */
function planAnnotations(comparison, reserveErrors, told = []) {
    const groups = comparison.groups.length;
    const rows = divergencesByImportance(comparison);
    const candidates = [
        ...comparison.findings
            .filter((f) => (f.blocking || f.kind !== 'no-tests') && !told.includes(f))
            .map((f) => findingAnnotation(f, groups)),
        ...rows.map(({ row, group }) => divergenceAnnotation(row, group, groups)),
        ...fixedAnnotations(comparison),
    ];
    const room = {
        error: PER_LEVEL_LIMIT - reserveErrors,
        warning: PER_LEVEL_LIMIT,
        notice: PER_LEVEL_LIMIT - 1,
    };
    const shown = [];
    let left = 0;
    for (const annotation of candidates) {
        if (room[annotation.level] > 0) {
            room[annotation.level]--;
            shown.push(annotation);
        }
        else
            left++;
    }
    if (left > 0) {
        shown.push({
            level: 'notice',
            message: `${left} more findings and divergences are not annotated (GitHub shows ${PER_LEVEL_LIMIT} of each level per step): see the job summary and the JSON report.`,
            properties: { title: 'More divergences' },
        });
    }
    return shown;
}

;// CONCATENATED MODULE: ./src/report/traces.ts
const FRAME = /^\s+File "(.*)", line (\d+) in (.+)$/;
const THREAD = /^(Current thread|Thread) (0x[0-9a-f]+)/;
function parseDump(text) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => THREAD.test(line));
    if (first < 0)
        return undefined;
    const threads = [];
    for (const line of lines.slice(first)) {
        const thread = THREAD.exec(line);
        if (thread)
            threads.push({ title: `${thread[1]} ${thread[2]}`, current: thread[1] === 'Current thread', frames: [] });
        const frame = FRAME.exec(line);
        // Lines of two threads crashing at once interleave: only whole frame lines are kept.
        if (frame && threads.length > 0) {
            threads[threads.length - 1].frames.push({ file: frame[1], line: Number(frame[2]), func: frame[3] });
        }
    }
    const before = lines
        .slice(0, first)
        .map((line) => line.trimEnd())
        .filter((line, at, all) => line !== '' || (at > 0 && all[at - 1] !== ''));
    return { before, threads };
}
const STDLIB = /^(.*)\/lib\/python3\.\d+t?\/(?!site-packages\/)(.+)$/;
const SITE_PACKAGES = /\/(?:site|dist)-packages\/(.+)$/;
/** A frame's file for the reader: repository-relative, or <site-packages>/…, or <stdlib>/…. */
function shortPath(file, workspace) {
    const unix = file.replace(/\\/g, '/');
    const root = workspace.replace(/\\/g, '/').replace(/\/$/, '');
    if (root && unix.startsWith(`${root}/`))
        return unix.slice(root.length + 1);
    const site = SITE_PACKAGES.exec(unix);
    if (site)
        return `<site-packages>/${site[1]}`;
    const stdlib = STDLIB.exec(unix);
    if (stdlib)
        return `<stdlib>/${stdlib[2]}`;
    return unix;
}
/** Frames of the test machinery, not of the code under test. */
function machinery(file) {
    return (/^<site-packages>\/(_pytest|pluggy|xdist|execnet|pytest_run_parallel)\//.test(file) ||
        /^<stdlib>\/threading\.py$/.test(file) ||
        /\/bin\/(py\.)?test$|\/bin\/pytest$/.test(file));
}
function shorten(thread, workspace) {
    const frames = thread.frames.map((f) => ({ ...f, file: shortPath(f.file, workspace) }));
    return { ...thread, frames };
}
/** The thread that ran pytest and now only waits (in join or wait) for the threads that matter. */
function idleMain(thread) {
    const runsPytest = thread.frames.some((f) => f.file.startsWith('<site-packages>/_pytest/'));
    return runsPytest && thread.frames.length > 0 && thread.frames[0].file === '<stdlib>/threading.py';
}
function threadsToShow(dump, outcome, workspace) {
    const threads = dump.threads.map((t) => shorten(t, workspace));
    if (outcome === 'crashed')
        return [...threads.filter((t) => t.current), ...threads.filter((t) => !t.current)];
    if (outcome === 'hung') {
        const working = threads.filter((t) => !idleMain(t));
        return working.length > 0 ? working : threads;
    }
    return threads;
}
const traces_frameLine = (f) => `  File "${f.file}", line ${f.line} in ${f.func}`;
/**
 * A faulthandler dump as a maintainer reads it: for a crash the crashing thread first, for a hang
 * every thread but the idle main one; machinery frames left out; paths shortened. Text that holds
 * no dump comes back as it was.
 */
function readableTrace(details, outcome, workspace) {
    const dump = parseDump(details);
    if (!dump)
        return details;
    const blocks = threadsToShow(dump, outcome, workspace).map((thread) => {
        const own = thread.frames.filter((f) => !machinery(f.file));
        const left = thread.frames.length - own.length;
        const kept = (own.length > 0 ? own : thread.frames.slice(0, 3)).map(traces_frameLine);
        const note = own.length > 0 && left > 0 ? [`  (${left} frames of pytest, pluggy and threading left out)`] : [];
        return [`${thread.title}:`, ...kept, ...note].join('\n');
    });
    return [...dump.before, ...blocks.flatMap((block) => [block, ''])].join('\n').trim();
}
/** The first frame of a thread that is not test machinery, with its file shortened for one line. */
function firstOwnFrame(thread) {
    return thread.frames.find((f) => !machinery(f.file));
}
const place = (f) => `${f.func} (${f.file.replace(/^<site-packages>\//, '')}:${f.line})`;
/**
 * Why a divergence failed, in one line: the assertion, `SIGSEGV in churn (tests/test_x.py:13)`,
 * or `deadlock: 2 threads in take (ftdemo/shared.py:47)`.
 */
function whyLine(outcome, message, details, workspace) {
    const first = (message ?? '').split('\n')[0].trim();
    const dump = details ? parseDump(details) : undefined;
    if (outcome === 'crashed' && dump) {
        const signal = /died on (\w+)/.exec(first)?.[1] ?? 'crashed';
        const threads = threadsToShow(dump, 'crashed', workspace);
        const frame = firstOwnFrame(threads[0]);
        return frame ? `${signal} in ${place(frame)}` : first;
    }
    if (outcome === 'hung' && dump) {
        const threads = threadsToShow(dump, 'hung', workspace);
        const tops = threads.map(firstOwnFrame).filter((f) => f !== undefined);
        const counts = new Map();
        for (const frame of tops) {
            const key = `${frame.file}:${frame.line}`;
            counts.set(key, { frame, n: (counts.get(key)?.n ?? 0) + 1 });
        }
        const shared = [...counts.values()].sort((a, b) => b.n - a.n)[0];
        if (shared && shared.n >= 2)
            return `deadlock: ${shared.n} threads in ${place(shared.frame)}`;
        if (tops[0])
            return `stuck in ${place(tops[0])}`;
    }
    return first.length > 160 ? `${first.slice(0, 159)}…` : first;
}

;// CONCATENATED MODULE: ./src/dependencies/readiness.ts

/*
 * How ready a build's dependencies are for its ABI (pure): for each third-party distribution, how it
 * came (a wheel for this ABI, pure Python, abi3, or built from source here), its free-threading
 * classifier, and which of its extension modules turn the GIL back on.
 */
/**
 * abi: a wheel for this ABI (cp314t) · pure: a pure-Python wheel · abi3t: the free-threaded stable ABI
 * (PEP 803; 3.15t and later load it) · abi3: the stable ABI, which the standard build loads and a
 * free-threaded one cannot · built-here: built from source on this runner · other: none of these (an
 * egg, a legacy install).
 */
const WHEEL_KINDS = (/* unused pure expression or super */ null && (['abi', 'pure', 'abi3t', 'abi3', 'built-here', 'other']));
/** Installed by the venv itself, not by the project. */
const TOOLING = new Set(['pip']);
/**
 * How a distribution came. A wheel built here has a bare platform tag (linux_x86_64): the index's
 * are manylinux or musllinux. Elsewhere the tags cannot tell, and a wheel for the ABI is taken as one.
 */
function readiness_wheelKind(tags, abi) {
    const parsed = expandTags(tags);
    if (parsed.length === 0)
        return 'other';
    if (parsed.some((tag) => tag.abi === 'none'))
        return 'pure';
    const forAbi = parsed.filter((tag) => tag.abi === abi);
    if (forAbi.length > 0)
        return forAbi.every((tag) => /^linux_/.test(tag.platform)) ? 'built-here' : 'abi';
    // abi3t loads on the free-threaded build from 3.15, and on any later one than the wheel's.
    const minor = tagMinor(abi);
    const loadsAbi3t = (tag) => tag.abi === 'abi3t' && tagMinor(tag.interpreter) <= minor && minor >= 15;
    if (abi.endsWith('t') && parsed.some(loadsAbi3t))
        return 'abi3t';
    if (parsed.some((tag) => tag.abi === 'abi3'))
        return 'abi3';
    return 'other';
}
/** Expanded tags: cp315-abi3.abi3t-manylinux_2_34_x86_64 is two, as a WHEEL file lists them. */
function expandTags(tags) {
    return tags.flatMap((tag) => {
        const [interpreters = '', abis = '', platforms = ''] = tag.split('-');
        return interpreters
            .split('.')
            .flatMap((interpreter) => abis.split('.').flatMap((abi) => platforms.split('.').map((platform) => ({ interpreter, abi, platform }))));
    });
}
/** Whether a kind of wheel works on the build of this ABI (cp314 or cp314t). */
function readiness_loads(kind, abi) {
    if (kind === 'abi3')
        return !abi.endsWith('t');
    return kind === 'abi' || kind === 'pure' || kind === 'abi3t';
}
/**
 * The build's dependencies with what the GIL check found (undeclared: extension modules) and what
 * the install's output said it built from source (which the tags cannot tell off Linux).
 */
function readiness(dists, abi, undeclared, install) {
    return dists
        .filter((dist) => !TOOLING.has(dist.name))
        .map((dist) => {
        const culprits = dist.extensions.filter((module) => undeclared.includes(module));
        const builtNow = install?.built.find((b) => b.name === dist.name);
        const built = builtNow ? 'this-run' : install?.reused.includes(dist.name) ? 'earlier-run' : undefined;
        const kind = readiness_wheelKind(dist.tags, abi);
        return {
            name: dist.name,
            version: dist.version,
            wheel: built && kind !== 'pure' ? 'built-here' : kind,
            ...(dist.freeThreading ? { freeThreading: dist.freeThreading } : {}),
            ...(culprits.length > 0 ? { reEnablesGil: culprits } : {}),
            ...(built ? { built } : {}),
            ...(builtNow?.seconds !== undefined ? { buildSeconds: builtNow.seconds } : {}),
            ...(dist.local ? { local: true } : {}),
        };
    });
}
/** How a dependency built from source came this time: its build's time, or its wheel from the cache. */
function buildNote(dep) {
    if (dep.built === 'earlier-run')
        return 'wheel from the cache';
    if (dep.buildSeconds !== undefined)
        return `${dep.buildSeconds.toFixed(1)} s`;
    return '';
}
/** One line of totals: 3 of 5 dependencies ship cp314t wheels; 1 built from source: x; 1 re-enables the GIL: y. */
function readinessLine(deps, abi) {
    const count = (kind) => deps.filter((d) => d.wheel === kind).length;
    const names = (list) => list.map((d) => d.name).join(', ');
    const built = deps.filter((d) => d.wheel === 'built-here');
    const cannotLoad = deps.filter((d) => !readiness_loads(d.wheel, abi) && d.wheel === 'abi3');
    const gil = deps.filter((d) => d.reEnablesGil);
    const ready = deps.filter((d) => readiness_loads(d.wheel, abi)).length;
    // The stable ABI this build loads (abi3t on a free-threaded one, abi3 on the standard), when any came so.
    const stableKind = ['abi3t', 'abi3'].find((kind) => readiness_loads(kind, abi) && count(kind) > 0);
    const stable = stableKind ? `, ${stableKind}` : '';
    const parts = [`${ready} of ${deps.length} dependencies ship ${abi}${stable} or pure-Python wheels`];
    const builtNames = built.map((d) => (buildNote(d) ? `${d.name} (${buildNote(d)})` : d.name)).join(', ');
    if (built.length > 0)
        parts.push(`${built.length} built from source: ${builtNames}`);
    if (cannotLoad.length > 0)
        parts.push(`${cannotLoad.length} abi3 only, which ${abi} cannot load: ${names(cannotLoad)}`);
    if (gil.length > 0)
        parts.push(`${gil.length} ${gil.length === 1 ? 're-enables' : 're-enable'} the GIL: ${names(gil)}`);
    const upgrades = deps.flatMap((d) => (d.upgrade?.status === 'found' ? [`${d.name} → ${d.upgrade.version}`] : []));
    if (upgrades.length > 0)
        parts.push(`upgrade: ${upgrades.join(', ')}`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return operator_compare(version, other) < 0;
}

function le(version, other) {
  return operator_compare(version, other) <= 0;
}

function eq(version, other) {
  return operator_compare(version, other) === 0;
}

function ne(version, other) {
  return operator_compare(version, other) !== 0;
}

function ge(version, other) {
  return operator_compare(version, other) >= 0;
}

function gt(version, other) {
  return operator_compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function operator_compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -operator_compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js










;// CONCATENATED MODULE: ./src/dependencies/upgrades.ts



/** name-1.0-cp313-cp313t-manylinux_2_17_x86_64.whl, or with a build tag; undefined for an sdist or a bad name. */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl'))
        return undefined;
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return undefined;
    const [python, abi, platform] = parts.slice(-3);
    return { version: parts[1], tag: `${python}-${abi}-${platform}` };
}
/** The machine's words for its platform tags: x86_64 or aarch64; amd64 or arm64 on Windows. */
const MACHINE = { x64: 'x86_64', arm64: 'aarch64' };
/**
 * Whether a wheel's platform tag installs on this platform, as the index spells them (no glibc
 * version is compared: the runners' is newer than what wheels ask).
 */
function platformMatches(tag, platform) {
    if (tag === 'any')
        return true;
    switch (platform.os) {
        case 'linux': {
            const family = platform.libc === 'musl' ? 'musllinux' : 'manylinux';
            return tag.startsWith(`${family}`) && tag.endsWith(`_${MACHINE[platform.arch]}`);
        }
        case 'darwin': {
            const arch = platform.arch === 'arm64' ? ['arm64', 'universal2'] : ['x86_64', 'universal2', 'intel'];
            return /^macosx_\d+_\d+_/.test(tag) && arch.some((a) => tag.endsWith(`_${a}`));
        }
        case 'win32':
            return tag === (platform.arch === 'arm64' ? 'win_arm64' : 'win_amd64');
    }
}
/** The kind of wheel this file is for this build on this platform, when the build loads it. */
function loadableKind(wheel, abi, platform) {
    const [pythons = '', abis = '', platforms = ''] = wheel.tag.split('-');
    const here = platforms.split('.').find((tag) => platformMatches(tag, platform));
    // Interpreters this build is: py3, or a CPython 3 no newer than it (cp38-abi3 loads on 3.13).
    const python = pythons.split('.').find((name) => tagMinor(name) <= tagMinor(abi));
    if (!here || !python)
        return undefined;
    const kind = wheelKind([`${python}-${abis}-${here}`], abi);
    return loads(kind, abi) && kind !== 'built-here' ? kind : undefined;
}
/** A version pip would pick: a final release or a post-release, valid under PEP 440. */
function isRelease(version) {
    const parsed = explain(version);
    return parsed !== null && !parsed.is_prerelease;
}
/**
 * The first release with a wheel this build loads here, or, when `after` is given, the first
 * newer than it. A pure-Python wheel counts: it loads everywhere.
 */
function firstRelease(listing, abi, platform, after) {
    const found = new Map();
    for (const file of listing.files) {
        if (file.yanked)
            continue;
        const wheel = parseWheelFilename(file.filename);
        if (!wheel || !isRelease(wheel.version))
            continue;
        if (after !== undefined && compare(wheel.version, after) <= 0)
            continue;
        const kind = loadableKind(wheel, abi, platform);
        // One kind per release: a wheel for the ABI itself is the one to name.
        if (kind && (found.get(wheel.version) === undefined || kind === 'abi'))
            found.set(wheel.version, kind);
    }
    const versions = [...found.keys()].sort(compare);
    if (versions.length === 0)
        return { status: 'none', newer: after !== undefined };
    return { status: 'found', version: versions[0], kind: found.get(versions[0]) };
}
/**
 * Whether the index is asked about a dependency: it was built from source or came in a form this
 * build cannot load (what to upgrade to), or its wheel loads but turns the GIL back on (whether a
 * newer release has such a wheel). The project's own (installed from a folder) is never asked about.
 */
function needsLookup(dep, abi) {
    if (dep.local)
        return false;
    return !loads(dep.wheel, abi) || dep.reEnablesGil !== undefined;
}
/** The version after which to look: the installed one, when its wheel already loads (the GIL case). */
function lookAfter(dep, abi) {
    return loads(dep.wheel, abi) ? dep.version : undefined;
}
const KIND_WORDS = {
    pure: 'pure-Python wheels',
    abi3t: 'abi3t wheels',
    abi3: 'abi3 wheels',
};
/**
 * In words: "2.1.0 has cp313t wheels", "no release has one yet", "unknown (timed out)". Nothing is
 * said about the GIL of a release the index only lists.
 */
function upgradeText(upgrade, abi) {
    switch (upgrade.status) {
        case 'found':
            return `${upgrade.version} has ${KIND_WORDS[upgrade.kind] ?? `${abi} wheels`}`;
        case 'none':
            return upgrade.newer ? `no newer release has ${abi} wheels` : `no release has ${abi} wheels yet`;
        case 'absent':
            return 'not on the package index';
        case 'unknown':
            return `unknown (${upgrade.reason})`;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/baseline/stored.ts


/*
 * `baseline: auto` (pure): what a branch's run keeps in the cache for the runs after it and for the
 * pull requests into the branch: its baseline, where it came from, and a bounded history of every
 * test that diverged or flaked. Entries are keyed by the job's identity and the branch, one per run
 * and attempt (a cache entry cannot be overwritten); a run reads the newest of its branch's by
 * prefix.
 */
const STORED_SCHEMA = 'setup-python-ft/stored-baseline@1';
/** Runs a history keeps (the newest), tests it keeps (those that diverged or flaked most recently). */
const HISTORY_RUNS = 50;
const HISTORY_TESTS = 5000;
/** The runs a flake rate is counted over. */
const RATE_RUNS = 20;
/** The job's identity: a short hash of its workflow, job and settings. */
function jobIdentity(settings) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}
/**
 * The prefix of a branch's entries for this job: the branch is written so that no branch's prefix
 * is another's (main~ is not a prefix of main-2~).
 */
function storedPrefix(identity, branch) {
    return `setup-python-ft-baseline-${identity}-${encodeURIComponent(branch)}~`;
}
/** One run's entry: after the prefix, a last '-' and the run (cache-dir keeps the newest 3 per branch). */
function storedKey(identity, source) {
    return `${storedPrefix(identity, source.branch)}-${source.runId}.${source.attempt}`;
}
/** The key of a test in the history. */
const historyKey = (group, test) => `${group}\t${test}`;
/**
 * The history with one more run: every test it holds gets this run's letter (A when it did not
 * diverge), every test that diverged now comes in. Bounded: the newest HISTORY_RUNS runs; a test
 * that neither diverged nor flaked in them leaves; past HISTORY_TESTS, those whose last divergence
 * is oldest leave.
 */
function recordRun(history, runId, letters) {
    const runs = [...(history?.runs ?? []), runId];
    const drop = Math.max(0, runs.length - HISTORY_RUNS);
    const tests = new Map();
    for (const [key, past] of Object.entries(history?.tests ?? {}))
        tests.set(key, past + (letters.get(key) ?? 'A'));
    for (const [key, letter] of letters)
        if (!tests.has(key))
            tests.set(key, '-'.repeat(runs.length - 1) + letter);
    const kept = [...tests]
        .map(([key, line]) => [key, line.slice(drop)])
        .filter(([, line]) => /[DF]/.test(line))
        // The most recent divergence first: what a bound drops is what diverged longest ago.
        .sort((a, b) => Math.max(b[1].lastIndexOf('D'), b[1].lastIndexOf('F')) - Math.max(a[1].lastIndexOf('D'), a[1].lastIndexOf('F')))
        .slice(0, HISTORY_TESTS);
    return { runs: runs.slice(drop), tests: Object.fromEntries(kept) };
}
/** How often a test diverged or flaked in the last RATE_RUNS runs it was seen in. */
function flakeRate(history, key) {
    const line = history?.tests[key];
    if (!line)
        return undefined;
    const seen = line.replace(/-/g, '').slice(-RATE_RUNS);
    return { diverged: (seen.match(/[DF]/g) ?? []).length, runs: seen.length };
}
/**
 * The baseline a run is judged by: the stored run's own, and every test its history shows diverging
 * or flaking in some of its last RATE_RUNS runs (known flaky: a pull request that trips it is not
 * blamed), in any class.
 */
function effectiveBaseline(stored) {
    const covered = new Set(stored.baseline.divergences.map((d) => d.test !== undefined && historyKey(d.group ?? '', d.test)));
    // An entry the history shows agreeing or flaking in some recent run is flaky too: a pull request
    // that does not trip it has not fixed it.
    const recentlyFlaky = (entry) => {
        if (entry.test === undefined)
            return false;
        const rate = flakeRate(stored.history, historyKey(entry.group ?? '', entry.test));
        return rate !== undefined && rate.diverged < rate.runs;
    };
    const entries = stored.baseline.divergences.map((entry) => recentlyFlaky(entry) ? { ...entry, knownFlaky: true } : entry);
    const flaky = [];
    for (const key of Object.keys(stored.history.tests)) {
        const rate = flakeRate(stored.history, key);
        if (!rate || rate.diverged === 0 || covered.has(key))
            continue;
        const [group, test] = key.split('\t');
        flaky.push({ test, group, knownFlaky: true });
    }
    return { ...stored.baseline, divergences: [...entries, ...flaky] };
}
/** The history without the given run's column, when it is the last one: a re-run replaces its run's letters. */
function withoutRun(history, runId) {
    if (history.runs.at(-1) !== runId)
        return history;
    const tests = Object.entries(history.tests)
        .map(([key, line]) => [key, line.slice(0, -1)])
        .filter(([, line]) => /[DF]/.test(line));
    return { runs: history.runs.slice(0, -1), tests: Object.fromEntries(tests) };
}
const isHistory = (value) => {
    const history = value;
    return (Array.isArray(history?.runs) &&
        history.runs.every((run) => typeof run === 'string') &&
        typeof history.tests === 'object' &&
        history.tests !== null &&
        Object.values(history.tests).every((line) => typeof line === 'string' && /^[DFA-]*$/.test(line)));
};
/** Checks a stored baseline read back from the cache; undefined when it is not one this version reads. */
function parseStored(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const stored = value;
    if (stored.schema !== STORED_SCHEMA || typeof stored.source?.runId !== 'string' || !isHistory(stored.history))
        return undefined;
    try {
        const judgedBy = stored.judgedBy?.baseline
            ? { judgedBy: { ...stored.judgedBy, baseline: parseBaseline(stored.judgedBy.baseline) } }
            : {};
        return { ...stored, baseline: parseBaseline(stored.baseline), ...judgedBy };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/baseline-origin.ts



/*
 * The lines of the summary that say what a run was judged against (`baseline: auto`) and whether it
 * saved anything (pure): "Compared with main @ 1a2b3c4, run 812, 2 days ago", or that no entry of
 * the branch was found, and "read-only cache: pull request".
 */
/** 2 days ago, 5 hours ago, 3 minutes ago, just now. */
function ago(from, now) {
    const minutes = Math.floor((now.getTime() - Date.parse(from)) / 60_000);
    const [value, unit] = minutes >= 2 * 1440
        ? [Math.floor(minutes / 1440), 'day']
        : minutes >= 120
            ? [Math.floor(minutes / 60), 'hour']
            : [minutes, 'minute'];
    if (!Number.isFinite(value) || value < 1)
        return 'just now';
    return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
}
/** What the run was compared with, and with what result: one line (a second when nothing is saved). */
function originLines(comparison, origin, readOnly, now) {
    const lines = [];
    if (origin) {
        const source = origin.source;
        if (source) {
            const summary = comparison.baseline;
            const known = comparison.divergences - (summary?.newDivergences ?? comparison.divergences);
            const fixed = summary?.fixed.divergences.length ?? 0;
            lines.push(`Compared with ${inlineText(source.branch)} @ ${code(source.sha.slice(0, 7))}, run ${inlineText(source.runId)}, ${ago(source.at, now)}: ` +
                `${summary?.newDivergences ?? 0} new, ${fixed} fixed, ${known} still present.`);
        }
        else if (origin.branch) {
            lines.push(`No baseline of ${inlineText(origin.branch)} yet (its first run with \`baseline: auto\`, or its entry was evicted): every divergence counts.`);
        }
        else
            lines.push('No branch to keep a baseline for: every divergence counts.');
    }
    if (readOnly)
        lines.push(`Read-only cache: ${inlineText(readOnly)}. Nothing is saved; restoring is allowed.`);
    return lines;
}
/** The known divergences the base's history shows flaking: "diverged in 3 of 20 runs of main (15 %)". */
function knownFlakyLines(comparison, origin, group) {
    if (!origin)
        return [];
    const rows = comparison.groups.find((g) => g.group === group)?.divergences.filter((r) => r.baseline === 'known') ?? [];
    return rows.flatMap((row) => {
        const rate = origin.rates[historyKey(group, row.id)];
        if (!rate || rate.diverged >= rate.runs)
            return [];
        const percent = Math.round((100 * rate.diverged) / rate.runs);
        return [
            `- Known flaky (${percent} %): ${code(displayName(row))} diverged in ${rate.diverged} of the last ${rate.runs} runs of ${inlineText(origin.branch)}; not blamed here`,
        ];
    });
}

;// CONCATENATED MODULE: ./src/report/verdict.ts




/**
 * How the divergence reproduced in its first failing mode: 3/3, flaky 1/3, or not rerun; a failure
 * under thread stress, its reruns' counts in both stress modes.
 */
function reproducibility(row) {
    if (row.evidence)
        return countsText(row.evidence);
    if (row.kind === 'place-dependent')
        return 'fails alone in its folder, passes in the other';
    const mode = failingModes(row)[0];
    const reruns = mode ? row.reruns?.[mode] : undefined;
    if (!mode || !reruns?.length)
        return 'not rerun';
    const outcome = row.outcomes[mode];
    const same = reruns.filter((o) => o === outcome).length + 1;
    const total = reruns.length + 1;
    return same === total ? `${same}/${total}` : `flaky ${same}/${total}`;
}
/** The words for where tests break, from the modes they fail in. */
function where(modes) {
    const all = [...modes];
    if (all.every(withoutGil))
        return 'only with the GIL off';
    if (all.every((m) => buildOf(m) === 'freethreaded'))
        return 'only on the free-threaded build';
    if (all.every(mode_isStress))
        return 'only under thread stress';
    if (all.every((m) => buildOf(m) === 'standard'))
        return 'only on the standard build';
    return 'differently between the modes';
}
const MODE_WORDS = {
    standard: 'on standard',
    freethreaded: 'with the GIL off',
    'freethreaded-gil': 'with PYTHON_GIL=1',
    'standard-stress': 'under stress on standard',
    'freethreaded-stress': 'under stress with the GIL off',
    'freethreaded-tsan': 'under ThreadSanitizer',
};
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The versions a verdict names: 3.13.15t for the free-threaded build, 3.13.15 for the standard. */
function versions(groups, modes) {
    const names = new Set();
    for (const group of groups) {
        for (const row of group.modes.filter((m) => modes.has(m.mode))) {
            names.add(`${row.version}${buildOf(row.mode) === 'freethreaded' ? 't' : ''}`);
        }
    }
    return names.size > 0 ? ` (${[...names].join(', ')})` : '';
}
function divergenceVerdict(comparison, rows, mark) {
    const failing = new Set(rows.flatMap(failingModes));
    const worst = (row) => Object.values(row.outcomes);
    const crashes = rows.filter((r) => worst(r).includes('crashed')).length;
    const hangs = rows.filter((r) => !worst(r).includes('crashed') && worst(r).includes('hung')).length;
    const failures = rows.length - crashes - hangs;
    const kinds = [
        crashes ? count(crashes, 'crash', 'crashes') : '',
        hangs ? count(hangs, 'hang') : '',
        failures ? count(failures, 'failure') : '',
    ].filter(Boolean);
    const ran = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode)));
    const passing = [...ran].filter((mode) => !failing.has(mode)).map((mode) => MODE_WORDS[mode]);
    const fresh = comparison.baseline ? 'new ' : '';
    const subject = `${rows.length} ${fresh}${rows.length === 1 ? 'test breaks' : 'tests break'}`;
    const tail = passing.length > 0 ? ` — ${rows.length === 1 ? 'it passes' : 'all pass'} ${passing.join(' and ')}` : '';
    return `${mark} ${subject} ${where(failing)}${versions(comparison.groups, failing)}: ${kinds.join(' · ')}${tail}`;
}
/** The verdict: green only when the step passes, and saying what was compared. */
function verdictLine(comparison, step) {
    const failed = step.failure !== undefined;
    const rows = newDivergences(comparison);
    const known = comparison.divergences - rows.length;
    const knownText = known > 0 ? ` (${count(known, 'known divergence')}, in the baseline)` : '';
    if (comparison.matrixLeg) {
        const row = comparison.groups[0]?.modes[0];
        const leg = row ? `${row.mode} on ${row.version}` : 'this leg';
        const result = comparison.failures > 0 ? `: ${count(comparison.failures, 'test')} failed` : '';
        return `${failed ? '❌' : comparison.failures > 0 ? '⚠️' : '✅'} ${leg}${result}`;
    }
    // A cancelled job, or a suite that never ran a test, is the news, whatever the modes did.
    if (failed && (step.cancelled || comparison.outcome === 'not-run'))
        return `❌ ${step.failure}`;
    if (rows.length > 0)
        return `${divergenceVerdict(comparison, rows, failed ? '❌' : '⚠️')}${knownText}`;
    if (failed)
        return `❌ ${step.failure}`;
    if (comparison.outcome === 'not-compared')
        return '➖ nothing was compared';
    if (known > 0)
        return `✅ nothing new between the modes${knownText}`;
    if (comparison.failures > 0) {
        return `✅ the modes agree; ${count(comparison.failures, 'test fails', 'tests fail')} in every mode`;
    }
    return '✅ every mode agrees';
}
/** A run's length: 2.9 s, or 2 min 5 s. */
function duration(seconds) {
    return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`;
}
/** tests × modes, the time of the slowest mode, and the commit. */
function compactLine(comparison, step) {
    const tests = comparison.groups.reduce((n, g) => n + Math.max(0, ...g.modes.map((m) => m.total)), 0);
    const modes = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode))).size;
    const seconds = Math.max(0, ...comparison.groups.flatMap((g) => g.modes.map((m) => m.status.durationSeconds)));
    const groups = comparison.groups.length > 1 ? ` in ${count(comparison.groups.length, 'group')}` : '';
    const parts = [`${count(tests, 'test')} × ${count(modes, 'mode')}${groups}`, duration(seconds)];
    if (step.sha)
        parts.push(`commit ${step.sha.slice(0, 7)}`);
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/report/summary.ts













/** GitHub refuses a step summary over 1 MiB; stay under it with room for the closing lines. */
const SUMMARY_LIMIT = 1024 * 1024;
const CLOSING_ROOM = 4096;
const ICONS = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    skipped: '⏭️ skipped',
    xfail: '✔️ xfail',
    xpass: '⚠️ xpass',
    crashed: '💥 crashed',
    hung: '⏳ hung',
    absent: '➖ absent',
};
/**
 * Markdown written to a byte budget. Lines are added while they fit; a block that opened a table
 * or a <details> is always closed, even when its rows were cut.
 */
class Budget {
    limit;
    parts = [];
    used = 0;
    cut = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds a line if it fits; counts it as cut otherwise. */
    add(line) {
        const bytes = Buffer.byteLength(line) + 1;
        if (this.used + bytes > this.limit - CLOSING_ROOM) {
            this.cut++;
            return false;
        }
        this.parts.push(line);
        this.used += bytes;
        return true;
    }
    /** Closing lines use the reserved room, so they always fit. */
    close(line) {
        this.parts.push(line);
        this.used += Buffer.byteLength(line) + 1;
    }
    text() {
        return `${this.parts.join('\n')}\n`;
    }
}
function statusText(row) {
    const { status } = row;
    if (status.timedOut)
        return '⏳ timed out';
    if (status.signal)
        return `💥 ${status.signal}`;
    const stops = [
        ...(status.crashes ?? []).map((c) => ({ segment: c.segment, text: `💥 ${c.signal}` })),
        ...(status.hangs ?? []).map((h) => ({ segment: h.segment, text: '⏳ hang' })),
    ].sort((a, b) => a.segment - b.segment);
    const resumed = stops.length > 0 ? `${stops.map((s) => s.text).join(', ')}, resumed; ` : '';
    return status.exitCode === 0 && !resumed ? '✅ exit 0' : `${resumed || '❌ '}exit ${status.exitCode}`;
}
/** What was set and what happened: off, forced by PYTHON_GIL=0 · off · on: re-enabled by X at test Y. */
function gilText(row) {
    if (buildOf(row.mode) === 'standard')
        return 'standard build';
    if (row.mode === 'freethreaded-gil')
        return 'on, PYTHON_GIL=1';
    const forced = row.gil.pythonGil === '0';
    if (row.gilStayedOff)
        return forced ? 'off, forced by PYTHON_GIL=0' : 'off';
    const first = row.gil.enabledBy[0];
    const by = first?.module ? ` by ${code(first.module)}` : '';
    const at = first?.test ? ` at ${code(first.test)}` : '';
    return `⚠️ on: re-enabled${by}${at}`;
}
const blankZero = (n) => (n === 0 ? '' : String(n));
function modeTable(out, group) {
    out.add('| Mode | Python | Tests | ✅ | ❌ | ⏭️ | 💥 | ⏳ | Run | Time | GIL |');
    out.add('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |');
    for (const row of group.modes) {
        const c = row.counts;
        const cells = [c.passed + c.xpass, c.failed + c.error, c.skipped + c.xfail, c.crashed, c.hung].map(blankZero);
        out.add(`| **${row.mode}** | ${row.version} (${row.abi}) | ${row.total} | ${cells.join(' | ')} | ` +
            `${statusText(row)} | ${duration(row.status.durationSeconds)} | ${gilText(row)} |`);
    }
    out.add('');
    out.add('<sub>✅ passed · ❌ failed or error · ⏭️ skipped or xfail · 💥 crashed · ⏳ hung</sub>');
}
/** The test's name, linked to its file and line at the commit when the run knows where that is. */
function testCell(row, options) {
    const name = code(displayName(row));
    const links = options.links;
    if (!row.file || !links || row.file.startsWith('/'))
        return name;
    const file = row.file.split('/').map(encodeURIComponent).join('/');
    const url = `${links.server}/${links.repository}/blob/${links.sha}/${file}${row.line ? `#L${row.line}` : ''}`;
    return `<a href="${url.replace(/"/g, '%22')}">${name}</a>`;
}
/** The mode a divergence is explained from: its first failing one. */
const failingMode = (row) => failingModes(row)[0];
function why(row, options) {
    const mode = failingMode(row);
    const outcome = mode ? row.outcomes[mode] : 'failed';
    const message = (mode && row.messages?.[mode]) ?? Object.values(row.messages ?? {})[0];
    return whyLine(outcome, message, row.details, options.workspace);
}
function whereCell(row) {
    return failingModes(row)
        .map((mode) => `${ICONS[row.outcomes[mode] ?? 'absent'].split(' ')[0]} ${mode}`)
        .join('<br>');
}
function divergenceTable(out, rows, options) {
    out.add('| Test | Breaks in | Why | Reproduced |');
    out.add('| --- | --- | --- | --- |');
    let shown = 0;
    for (const row of rows) {
        const kind = `<br><sub>${KIND_TITLES[row.kind]}</sub>`;
        const line = `| ${testCell(row, options)}${kind} | ${whereCell(row)} | ${inlineText(why(row, options))} | ${reproducibility(row)} |`;
        if (!out.add(line))
            break;
        shown++;
    }
    if (shown < rows.length) {
        out.close(`\n_${rows.length - shown} more divergences are in the JSON report._`);
    }
}
/** With a baseline, the divergences it already knew, folded, and its entries that matched nothing. */
function baselineSection(out, group, known, fixed, options) {
    if (known.length > 0 &&
        out.add(`<details><summary>Known divergences, in the baseline (${known.length})</summary>\n`)) {
        divergenceTable(out, known, options);
        out.close('\n</details>\n');
    }
    for (const entry of fixed?.fixed.divergences.filter((e) => e.group === undefined || e.group === group.group) ?? []) {
        out.add(`- ✅ Fixed: ${code(entry.test ?? entry.file)} no longer diverges${options.baselineOrigin ? '' : ': remove it from the baseline'}`);
    }
}
/** One folded trace per divergence, titled with the test, the mode and the cause. */
function failureDetails(out, rows, options) {
    for (const row of rows) {
        const mode = failingMode(row);
        // A <summary> is raw HTML: markdown's escapes would show there.
        const title = [`<code>${htmlText(displayName(row))}</code>`, mode ?? '', htmlText(why(row, options))]
            .filter(Boolean)
            .join(' · ');
        const outcome = (mode && row.outcomes[mode]) || 'failed';
        const trace = row.details ? readableTrace(row.details, outcome, options.workspace) : '';
        const withReport = reportReproduceCommand(row);
        const reproduce = row.reproduce
            ? `Reproduce: ${code(row.reproduce)}${withReport ? `, or with the run's report: ${code(withReport)}` : ''}\n\n`
            : '';
        if (!trace && !reproduce)
            continue;
        const body = `${reproduce}${trace ? preBlock(firstLines(trace, 40, 4000)) : ''}`;
        if (!out.add(`<details><summary>${title}</summary>\n\n${body}\n`))
            break;
        out.close('</details>\n');
    }
}
/** Findings about the GIL have a section of their own; the others sit under the mode table. */
const isGilFinding = (finding) => finding.kind === 'undeclared-extension' || finding.kind === 'gil-enabled';
function gilSection(out, group) {
    const findings = group.findings.filter(isGilFinding);
    if (findings.length === 0)
        return;
    out.add('#### The GIL\n');
    for (const finding of findings) {
        const mark = finding.blocking ? '❌' : '⚠️';
        out.add(`- ${mark} ${inlineText(finding.message)} (${finding.modes.join(', ')})`);
    }
    out.add('');
}
/** Thread stress: how it ran, the races it found, the thread-unsafe tests, the tests kept to one thread. */
function stressSection(out, group) {
    const stressed = group.modes.filter((m) => m.stress);
    if (stressed.length === 0)
        return;
    out.add('#### Thread stress\n');
    for (const row of stressed) {
        const s = row.stress;
        out.add(`- **${row.mode}**: each test in ${s.threads} threads × ${s.iterations} ${s.iterations === 1 ? 'iteration' : 'iterations'}; ` +
            `${s.parallel} stressed, ${s.single} run in one thread`);
    }
    const races = group.divergences.filter((r) => r.kind === 'races-without-gil');
    const withCounts = (rows) => rows.map((r) => `${code(displayName(r))} (${countsText(r.evidence)})`).join(', ');
    out.add(`- ${races.length > 0 ? '❌' : '✅'} ${races.length} ${races.length === 1 ? 'test races' : 'tests race'} without the GIL` +
        (races.length > 0 ? `: ${withCounts(races)}` : ''));
    const undecided = group.divergences.filter((r) => r.kind === 'undecided');
    if (undecided.length > 0) {
        out.add(`- ⚠️ ${undecided.length} ${undecided.length === 1 ? 'failure' : 'failures'} under threads undecided within the reruns: ${withCounts(undecided)}`);
    }
    out.add('');
    if (group.threadUnsafe.length > 0) {
        const title = `Thread-unsafe tests (${group.threadUnsafe.length}): they fail under threads with the GIL, so the test is at fault; mark them <code>@pytest.mark.thread_unsafe</code>`;
        if (out.add(`<details><summary>${title}</summary>\n`)) {
            out.add('| Test | Failure under stress | Reruns |');
            out.add('| --- | --- | --- |');
            for (const row of group.threadUnsafe) {
                const message = row.messages?.['freethreaded-stress'] ?? row.messages?.['standard-stress'] ?? '';
                const counts = countsText(row.evidence);
                if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} | ${counts} |`))
                    break;
            }
            out.close('\n</details>\n');
        }
    }
    const single = group.singleThreaded;
    if (single.length > 0 && out.add(`<details><summary>Run in one thread (${single.length})</summary>\n`)) {
        out.add('| Test | Why (pytest-run-parallel) |');
        out.add('| --- | --- |');
        for (const row of single) {
            if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(row.singleThreaded, 1, 300))} |`))
                break;
        }
        out.close('\n</details>\n');
    }
}
const WHEEL_WORDS = {
    abi: 'wheel for the ABI',
    pure: 'pure Python',
    abi3t: 'abi3t (the free-threaded stable ABI)',
    abi3: 'abi3 (the stable ABI)',
    'built-here': '⚠️ built from source',
    other: 'other',
};
/** How a dependency came, in words for its build: abi3 on a free-threaded build cannot load. */
function cameAs(dep, abi) {
    if (dep.wheel === 'abi3' && !readiness_loads('abi3', abi))
        return `❌ abi3 only: ${abi} cannot load it`;
    return WHEEL_WORDS[dep.wheel];
}
/** The install's time and its dependency cache: "Install: 41.2 s · dependency cache restored (key)". */
function installLine(install) {
    const parts = [`Install: ${install.seconds.toFixed(1)} s`];
    const cache = install.cache;
    if (cache?.hit)
        parts.push(`dependency cache restored (${code(cache.key)})`);
    else if (cache?.restoredKey)
        parts.push(`dependency cache restored from an earlier entry (${code(cache.restoredKey)})`);
    else if (cache)
        parts.push('no dependency cache for this key yet');
    return parts.join(' · ');
}
/** Per build: one line of totals, and the table folded. */
function dependenciesSection(out, group) {
    const builds = new Map();
    for (const row of group.modes)
        if (row.dependencies?.length && !builds.has(row.abi))
            builds.set(row.abi, row);
    if (builds.size === 0)
        return;
    out.add('#### Dependencies\n');
    for (const [abi, row] of builds) {
        const deps = row.dependencies;
        if (!out.add(`<details><summary>${htmlText(`${abi}: ${readinessLine(deps, abi)}`)}</summary>\n`))
            return;
        if (row.install)
            out.add(`${installLine(row.install)}\n`);
        // The package index's answer, where it was asked (dependencies/upgrades.ts).
        const asked = deps.some((dep) => dep.upgrade);
        out.add(`| Distribution | Version | Came as | Free Threading classifier | Turns the GIL back on |${asked ? ' Upgrade |' : ''}`);
        out.add(`| --- | --- | --- | --- | --- |${asked ? ' --- |' : ''}`);
        for (const dep of deps) {
            const gil = dep.reEnablesGil?.map(code).join(', ') ?? '';
            const came = buildNote(dep) ? `${cameAs(dep, abi)} (${buildNote(dep)})` : cameAs(dep, abi);
            const upgrade = asked ? ` ${dep.upgrade ? inlineText(upgradeText(dep.upgrade, abi)) : ''} |` : '';
            const line = `| ${inlineText(dep.name)} | ${inlineText(dep.version)} | ${came} | ${inlineText(dep.freeThreading ?? '')} | ${gil} |${upgrade}`;
            if (!out.add(line))
                break;
        }
        out.close('\n</details>\n');
    }
}
function commonSection(out, group) {
    if (group.common.length === 0)
        return;
    if (!out.add(`<details><summary>Common failures, in every mode (${group.common.length})</summary>\n`))
        return;
    out.add('| Test | Failure |');
    out.add('| --- | --- |');
    let shown = 0;
    for (const row of group.common) {
        const message = Object.values(row.messages ?? {})[0] ?? '';
        if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} |`))
            break;
        shown++;
    }
    if (shown < group.common.length)
        out.close(`\n_${group.common.length - shown} more are in the JSON report._`);
    out.close('\n</details>\n');
}
/** Which modes of a group produced results, in words. */
function whatRan(group) {
    if (group.modes.length === 0)
        return 'no mode produced results';
    return `only ${group.modes.map((m) => m.mode).join(', ')} produced results`;
}
/**
 * The job summary: the verdict, then per group the divergences (why, where, how reproducible, a
 * readable trace each), the modes, thread stress, the GIL and the common failures.
 */
function renderSummary(comparison, options, limit = SUMMARY_LIMIT) {
    const out = new Budget(limit);
    out.add(`## ${inlineText(verdictLine(comparison, options.step))}`);
    out.add('');
    out.add(inlineText(compactLine(comparison, options.step)));
    out.add('');
    const origin = originLines(comparison, options.baselineOrigin, options.readOnly, options.now ?? new Date());
    if (origin.length > 0)
        out.add(`${origin.join('<br>\n')}\n`);
    if (comparison.matrixLeg)
        out.add('_One leg of a comparison made in the compare job._\n');
    else if (comparison.outcome === 'not-compared') {
        const why = comparison.groups.map((g) => (comparison.groups.length > 1 ? `${g.group}: ${whatRan(g)}` : whatRan(g)));
        out.add(`${inlineText(why.join('; ') || 'no mode produced results')}: a comparison needs two modes of one Python version.\n`);
    }
    const many = comparison.groups.length > 1;
    const heading = many ? '####' : '###';
    for (const group of comparison.groups) {
        if (many)
            out.add(`### ${inlineText(group.group)}\n`);
        const fresh = group.divergences.filter((row) => row.baseline !== 'known');
        const known = group.divergences.filter((row) => row.baseline === 'known');
        if (fresh.length > 0) {
            out.add(`${heading} ${comparison.baseline ? 'New divergences' : 'Divergences'} (${fresh.length})\n`);
            divergenceTable(out, fresh, options);
            out.add('');
            failureDetails(out, fresh, options);
        }
        if (comparison.baseline)
            baselineSection(out, group, known, comparison.baseline, options);
        for (const line of knownFlakyLines(comparison, options.baselineOrigin, group.group))
            out.add(line);
        out.add(`${heading} Modes${many ? '' : ` · ${inlineText(group.group)}`}\n`);
        modeTable(out, group);
        out.add('');
        if (!group.compared && !comparison.matrixLeg && many)
            out.add(`- ➖ Nothing compared here: ${whatRan(group)}`);
        for (const finding of group.findings.filter((f) => !isGilFinding(f) && !f.tsan)) {
            out.add(`- ${finding.blocking ? '❌' : '⚠️'} ${inlineText(finding.message)}`);
        }
        for (const chunk of tsanSection(group.findings))
            if (!out.add(chunk))
                break;
        stressSection(out, group);
        gilSection(out, group);
        dependenciesSection(out, group);
        commonSection(out, group);
    }
    if (out.cut > 0)
        out.close(`\n_The summary reached GitHub's 1 MiB limit: ${out.cut} lines were left out._`);
    const green = options.step.failure === undefined && comparison.divergences === 0;
    if (!green)
        out.close("\n<sub>Every test's outcome in every mode is in the JSON report (the `report-path` output).</sub>");
    return out.text();
}

;// CONCATENATED MODULE: ./src/checks/output.ts



/*
 * What a check run shows (pure): every divergence as an annotation, where a step keeps only 10 of
 * each level, and the job summary as its text, cut to the Checks API's limits.
 */
/** The Checks API takes at most this many annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API's limit on output.summary, in characters. */
const SUMMARY_CHARACTERS = 65_535;
const output_LEVELS = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/**
 * Every ThreadSanitizer finding, then every divergence, whose file is in the repository, most
 * important first: the Checks API needs a repository path for each, and one it cannot place would
 * refuse the whole request.
 */
function checkAnnotations(comparison) {
    const groups = comparison.groups.length;
    const annotations = [
        ...comparison.findings.filter((f) => f.tsan).map((f) => findingAnnotation(f, groups)),
        ...divergencesByImportance(comparison).map(({ row, group }) => {
            const annotation = divergenceAnnotation(row, group, groups);
            return { ...annotation, properties: { ...annotation.properties, file: row.file, line: row.line } };
        }),
    ];
    return annotations
        .filter(({ properties }) => properties.file && inRepository(properties.file))
        .map(({ level, message, properties }) => {
        const line = properties.line ?? 1;
        return {
            path: properties.file,
            start_line: line,
            end_line: line,
            annotation_level: output_LEVELS[level],
            title: properties.title ?? '',
            message: message.slice(0, 60_000),
        };
    });
}
/** Batches of at most `size`, in order; one empty batch for an empty list (the request that creates). */
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let at = 0; at < items.length; at += size)
        out.push(items.slice(at, at + size));
    return out.length > 0 ? out : [[]];
}
/** The check run's title and summary: the job summary's headline, and the summary within limits. */
function checkOutput(comparison, options) {
    // The budget counts bytes, which are never fewer than characters: what fits the bytes fits.
    const summary = renderSummary(comparison, options, SUMMARY_CHARACTERS);
    const title = summary.split('\n')[0].replace(/^#+\s*/, '');
    return { title, summary };
}

;// CONCATENATED MODULE: ./src/checks/check-run.ts





/*
 * A check run with every divergence annotated, through the Checks API (@actions/github's Octokit,
 * at GITHUB_API_URL, so GHES too). A step keeps only 10 annotations of each level; a check run
 * takes them all, 50 per request. Without the permission (a fork's pull request, a read-only
 * token), the step's own annotations stand, and one notice says how to get the rest.
 */
/** Attempts in all for each request: the first and two retries of a 5xx or a broken connection. */
const ATTEMPTS = 3;
/** The commit a pull request's checks belong to: its head, not the merge commit GITHUB_SHA names. */
function headSha() {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (event.pull_request?.head?.sha)
                return event.pull_request.head.sha;
        }
        catch {
            // No readable event: the run's own commit.
        }
    }
    return process.env.GITHUB_SHA || undefined;
}
const statusOf = (error) => error.status;
/** A request, retried on 5xx and broken connections; a 4xx is final. */
function attempt(request) {
    return pRetry(async () => {
        try {
            return await request();
        }
        catch (error) {
            const status = statusOf(error);
            if (status !== undefined && status < 500)
                throw new AbortError(error);
            throw error;
        }
    }, { retries: ATTEMPTS - 1, ...retryDelays() });
}
function fallbackNotice(error, divergences) {
    const status = statusOf(error);
    const reason = error.message.split('\n')[0];
    const rest = `only the step's annotations show (GitHub keeps 10 of each level)`;
    if (status === 403 || status === 404) {
        return `check run: the token may not create check runs (HTTP ${status}: ${reason}), so ${rest}. To see all ${divergences} divergences in the pull request, give the job \`permissions: checks: write\` (a fork's pull request gets a read-only token whatever it asks).`;
    }
    const what = status ? `HTTP ${status}: ${reason}` : reason;
    return `check run: the Checks API failed (${what}) in each of ${ATTEMPTS} attempts, so ${rest}.`;
}
/**
 * Creates the check run, then adds the annotations beyond the first 50 to it; its address. Never
 * fails the step.
 */
async function publishCheckRun(comparison, options) {
    const repository = process.env.GITHUB_REPOSITORY;
    const sha = headSha();
    if (!options.token || comparison.matrixLeg || !repository?.includes('/') || !sha)
        return;
    const [owner, repo] = repository.split('/');
    const annotations = checkAnnotations(comparison);
    const output = checkOutput(comparison, options.summary);
    const [first, ...rest] = batches(annotations);
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(options.token);
    try {
        const created = await attempt(() => octokit.rest.checks.create({
            owner,
            repo,
            name: 'setup-python-ft',
            head_sha: sha,
            status: 'completed',
            conclusion: options.summary.step.failure ? 'failure' : 'success',
            output: { ...output, annotations: first },
        }));
        for (const batch of rest) {
            await attempt(() => octokit.rest.checks.update({
                owner,
                repo,
                check_run_id: created.data.id,
                output: { ...output, annotations: batch },
            }));
        }
        workflow_commands/* info */.pq(`Check run with ${annotations.length} annotations: ${created.data.html_url ?? created.data.id}`);
        return created.data.html_url ?? undefined;
    }
    catch (error) {
        workflow_commands/* notice */.lm(fallbackNotice(error, comparison.divergences));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/json-report.ts



const REPORT_SCHEMA = 'setup-python-ft/report@1';
function testEntry(test, common, threadUnsafe) {
    return {
        id: test.id,
        nodeid: test.nodeid,
        file: test.file,
        line: test.line,
        outcomes: test.outcomes,
        reruns: test.reruns,
        placeCheck: test.placeCheck,
        divergence: test.kind ?? (common.has(test) ? 'common' : threadUnsafe.has(test) ? 'thread-unsafe' : null),
        flaky: test.flaky,
        evidence: test.evidence && { ...test.evidence, text: countsText(test.evidence) },
        baseline: test.baseline,
        messages: test.messages,
        reproduce: test.reproduce,
        // A divergence's trace in full, for `setup-python-ft report` (the summary shows its first lines).
        details: test.kind ? test.details : undefined,
        singleThreaded: test.singleThreaded,
    };
}
function groupHead(group) {
    const head = JSON.stringify({
        group: group.group,
        compared: group.compared,
        modes: group.modes,
        findings: group.findings,
    });
    return `${head.slice(0, -1)},"tests":[`;
}
/** A group's part of the report: its head, then its tests a thousand at a time. */
function writeGroup(fd, group, first) {
    const common = new Set(group.common);
    const threadUnsafe = new Set(group.threadUnsafe);
    (0,external_node_fs_.writeSync)(fd, `${first ? '' : ','}${groupHead(group)}`);
    let chunk = [];
    let written = 0;
    for (const test of group.tests) {
        chunk.push(JSON.stringify(testEntry(test, common, threadUnsafe)));
        if (chunk.length === 1000) {
            (0,external_node_fs_.writeSync)(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
            written += chunk.length;
            chunk = [];
        }
    }
    if (chunk.length > 0)
        (0,external_node_fs_.writeSync)(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
    (0,external_node_fs_.writeSync)(fd, ']}');
}
/** The report's head, up to the groups: the totals are known only once every group is compared. */
function writeHead(fd, comparison) {
    const head = { schema: REPORT_SCHEMA, outcome: comparison.outcome, divergences: comparison.divergences };
    const known = comparison.baseline && {
        newDivergences: comparison.baseline.newDivergences,
        fixed: comparison.baseline.fixed,
    };
    const text = JSON.stringify({ ...head, failures: comparison.failures, ...(known ? { baseline: known } : {}) });
    (0,external_node_fs_.writeSync)(fd, `${text.slice(0, -1)},"groups":[`);
}
/**
 * The JSON report (schema in docs/report.md, "JSON report"): every test's outcome in every mode, and the findings.
 * Written test by test, so that a million tests never sit in memory as one string.
 */
function writeReport(comparison, file) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        writeHead(fd, comparison);
        comparison.groups.forEach((group, index) => writeGroup(fd, group, index === 0));
        (0,external_node_fs_.writeSync)(fd, ']}\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The report of the compare job, written group by group as each is compared, so that its tests can
 * be let go. The head comes last to be known, so the groups wait in a file beside the report.
 */
class ReportWriter {
    file;
    groupsFile;
    fd;
    groups = 0;
    constructor(file) {
        this.file = file;
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        this.groupsFile = `${file}.groups`;
        this.fd = (0,external_node_fs_.openSync)(this.groupsFile, 'w');
    }
    add(group) {
        writeGroup(this.fd, group, this.groups++ === 0);
    }
    /** Writes the report: its head from the comparison, then the groups added. */
    finish(comparison) {
        (0,external_node_fs_.closeSync)(this.fd);
        const fd = (0,external_node_fs_.openSync)(this.file, 'w');
        try {
            writeHead(fd, comparison);
            const buffer = Buffer.alloc(1 << 20);
            const from = (0,external_node_fs_.openSync)(this.groupsFile, 'r');
            try {
                for (let read; (read = (0,external_node_fs_.readSync)(from, buffer, 0, buffer.length, null)) > 0;)
                    (0,external_node_fs_.writeSync)(fd, buffer, 0, read);
            }
            finally {
                (0,external_node_fs_.closeSync)(from);
            }
            (0,external_node_fs_.writeSync)(fd, ']}\n');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
            (0,external_node_fs_.rmSync)(this.groupsFile, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/comment-body.ts







/*
 * The pull request's comment (pure): the verdict, the new divergences (10 at most) with their class
 * and reproduce command, the fixed ones, and a link to the rest. A hidden marker names the job, so
 * the same comment is found and edited on the next push; a hash of what it reports tells whether
 * anything changed.
 */
const COMMENT_ROWS = 10;
/** GitHub's limit on a comment's body is 65,536 characters; some room is kept. */
const COMMENT_LIMIT = 65_000;
/** The hidden line that names the job's comment: <!-- setup-python-ft:<identity> -->. */
const commentMarker = (identity) => `<!-- setup-python-ft:${identity} -->`;
/** What the comment reports, to tell a change from a repeat: the verdict's kind and the tests. */
function commentState(comparison, failed) {
    const fresh = comparison.groups.flatMap((g) => g.divergences.filter((r) => r.baseline !== 'known').map((r) => `${g.group}\t${r.id}\t${r.kind}`));
    const fixed = comparison.baseline?.fixed.divergences.map((e) => e.test ?? e.file ?? '') ?? [];
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([failed, comparison.outcome, fresh.sort(), fixed.sort()]))
        .digest('hex')
        .slice(0, 16);
}
/** The state a comment's body was written with, read back from its marker line. */
function stateOf(body) {
    return /<!-- setup-python-ft-state:([0-9a-f]+) -->/.exec(body)?.[1];
}
/** The comment's markdown, markers first. */
function commentBody(comparison, context) {
    const failed = context.summary.step.failure !== undefined;
    const lines = [commentMarker(context.identity), `<!-- setup-python-ft-state:${commentState(comparison, failed)} -->`];
    lines.push(`### setup-python-ft: ${inlineText(verdictLine(comparison, context.summary.step))}`, '');
    const origin = originLines(comparison, context.summary.baselineOrigin, undefined, context.now);
    if (origin.length > 0)
        lines.push(origin.join('<br>\n'), '');
    const fresh = newDivergences(comparison);
    if (fresh.length > 0) {
        lines.push(`| ${comparison.baseline ? 'New divergence' : 'Divergence'} | Class | Reproduce |`, '| --- | --- | --- |');
        for (const row of fresh.slice(0, COMMENT_ROWS))
            lines.push(`| ${code(displayName(row))} | ${row.kind ? KIND_TITLES[row.kind] : ''} | ${row.reproduce ? code(row.reproduce) : ''} |`);
        if (fresh.length > COMMENT_ROWS)
            lines.push('', `_${fresh.length - COMMENT_ROWS} more in the job summary._`);
        lines.push('');
    }
    else if (!failed)
        lines.push('No new divergence between the builds.', '');
    const fixed = comparison.baseline?.fixed.divergences ?? [];
    if (fixed.length > 0) {
        const named = fixed.slice(0, COMMENT_ROWS).map((e) => code(e.test ?? e.file ?? ''));
        const more = fixed.length > COMMENT_ROWS ? ` and ${fixed.length - COMMENT_ROWS} more` : '';
        lines.push(`Fixed: ${named.join(', ')}${more}`, '');
    }
    if (context.link)
        lines.push(`[Every divergence, its trace and the modes](${context.link})`);
    const body = lines.join('\n');
    // GitHub refuses a comment over 65,536 characters: a cut one still says where the rest is.
    return body.length <= COMMENT_LIMIT
        ? body
        : `${body.slice(0, COMMENT_LIMIT - 200)}\n\n_Cut to GitHub's limit: the job summary has it all._`;
}

;// CONCATENATED MODULE: ./src/checks/pull-request-comment.ts



const pull_request_comment_statusOf = (error) => error.status;
/** Why a comment could not be written, in one line, and that nothing else changes. */
function warningOf(error, event) {
    const status = pull_request_comment_statusOf(error);
    const reason = `${status ? `HTTP ${status}: ` : ''}${error.message.split('\n')[0]}`;
    const number = event.pullRequest?.number;
    if (status === 403 || status === 404) {
        const fork = event.pullRequest?.fork ? "; a fork's pull request gets a read-only token" : '';
        return `comment: the token may not comment on pull request #${number} (${reason})${fork}. The job summary and the check run carry everything; to get the comment, give the job \`permissions: pull-requests: write\``;
    }
    return `comment: could not comment on pull request #${number} (${reason}); the job summary and the check run carry everything`;
}
/**
 * Creates or edits the job's comment on its pull request. on-change: a comment only when there is
 * news (a new divergence, a failure) or an earlier comment to bring up to date, and no edit when
 * what it reports is unchanged; always: every run. Never fails the step.
 */
async function publishComment(comparison, options) {
    const number = options.event.pullRequest?.number;
    const repository = process.env.GITHUB_REPOSITORY;
    if (options.policy === 'off' || !number || !options.token || comparison.matrixLeg || !repository?.includes('/'))
        return;
    const [owner, repo] = repository.split('/');
    const body = commentBody(comparison, { ...options, now: new Date() });
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(options.token);
    const marker = commentMarker(options.identity);
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100,
        });
        // The job's own comment begins with its marker; a person quoting it does not.
        const existing = comments.find((comment) => comment.body?.startsWith(marker));
        const news = options.summary.step.failure !== undefined || newDivergences(comparison).length > 0;
        if (existing) {
            if (options.policy === 'on-change' && stateOf(existing.body ?? '') === stateOf(body)) {
                workflow_commands/* info */.pq(`comment: pull request #${number}'s comment says this already`);
                return;
            }
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            workflow_commands/* info */.pq(`comment: updated on pull request #${number}: ${existing.html_url}`);
        }
        else if (news || options.policy === 'always') {
            const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
            workflow_commands/* info */.pq(`comment: added to pull request #${number}: ${created.data.html_url}`);
        }
    }
    catch (error) {
        workflow_commands/* warning */.$e(warningOf(error, options.event));
    }
}

;// CONCATENATED MODULE: ./src/pipeline/publish.ts












/** The job's run page, where its summary is: the comment's link when there is no check run. */
function runPage() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
    return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}
/** The modes that ran no test and are new to the baseline (if any): the step's failure names them. */
function notRunTold(comparison) {
    return comparison.findings.filter((f) => suiteNotRun(f) && f.baseline !== 'known');
}
/** Why the step fails, or undefined when it passes under fail-on. */
function failureReason(comparison, failOn, problems) {
    if (problems > 0)
        return `${problems} ${problems === 1 ? 'problem' : 'problems'} above kept modes from running`;
    if (failOn === 'never')
        return undefined;
    // A suite that never ran a test fails whatever else fail-on asks; the message is the one error.
    const notRun = notRunTold(comparison);
    if (notRun.length > 0)
        return notRun.map((f) => f.message).join('; ');
    // With a baseline, only what it does not know fails the step; a flaky divergence (its reruns
    // disagreed) or an undecided one (its counts decided nothing) is a warning unless fail-on is
    // flaky or failure.
    const known = comparison.baseline;
    const fresh = comparison.groups.flatMap((g) => g.divergences).filter((row) => !known || row.baseline !== 'known');
    const counted = failOn === 'divergence' ? fresh.filter((row) => !isTentative(row)) : fresh;
    const divergences = counted.length;
    const blocking = known ? known.newBlockingFindings : comparison.findings.filter((f) => f.blocking).length;
    if (divergences > 0 || blocking > 0) {
        const newly = known ? 'new ' : '';
        const parts = [
            divergences > 0 ? `${divergences} ${newly}${divergences === 1 ? 'divergent test' : 'divergent tests'}` : '',
            blocking > 0 ? `${blocking} ${newly}${blocking === 1 ? 'blocking finding' : 'blocking findings'}` : '',
        ];
        const knownCount = known ? comparison.divergences - known.newDivergences : 0;
        // What fail-on: divergence left as warnings, by why (isTentative's three reasons).
        const warned = failOn === 'divergence' ? fresh.filter(isTentative) : [];
        const count = (why, rows) => (rows.length > 0 ? `${rows.length} ${why}, a warning` : '');
        const asides = [
            knownCount > 0 ? `${knownCount} known, in the baseline` : '',
            count('flaky', warned.filter((row) => row.flaky)),
            count('undecided', warned.filter((row) => row.kind === 'undecided')),
            count('place-dependent', warned.filter((row) => row.kind === 'place-dependent')),
        ].filter(Boolean);
        const aside = asides.map((text) => `; ${text}`).join('');
        return `The modes disagree: ${parts.filter(Boolean).join(' and ')} (fail-on: ${failOn}${aside})`;
    }
    if (failOn === 'failure' && comparison.failures > 0) {
        return `${comparison.failures} tests failed in every mode (fail-on: failure)`;
    }
    return undefined;
}
/**
 * What the summary takes from the runner and the run: the step's result, the workspace, where files
 * are shown, where the baseline came from, whether the caches were read-only.
 */
function summaryContext(failure, options) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
    return {
        step: { failure, sha, ...(options.cancelled !== undefined ? { cancelled: true } : {}) },
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        ...(server && repository && sha ? { links: { server, repository, sha } } : {}),
        ...(options.baselineOrigin ? { baselineOrigin: options.baselineOrigin } : {}),
        ...(options.event?.readOnly ? { readOnly: options.event.readOnly } : {}),
    };
}
/**
 * Hands a comparison to GitHub: the JSON report, annotations at the tests, the job summary, the
 * outputs and a check run. Shared by the single-job run and the compare sub-action. Returns the
 * failure, if any.
 */
async function publishReport(comparison, options) {
    const reason = options.cancelled ?? failureReason(comparison, options.failOn, options.problems);
    if (options.report)
        options.report.finish(comparison);
    else
        writeReport(comparison, options.reportPath);
    const told = reason && options.failOn !== 'never' ? notRunTold(comparison) : [];
    for (const annotation of planAnnotations(comparison, reason ? 1 : 0, told))
        workflow_commands/* annotation */.w7(annotation.level, annotation.message, annotation.properties);
    if (comparison.outcome === 'not-compared') {
        workflow_commands/* notice */.lm('Nothing was compared: a comparison needs two modes of one Python version with results (see modes).');
    }
    const summaryOptions = summaryContext(reason, options);
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile)
        (0,external_node_fs_.appendFileSync)(summaryFile, renderSummary(comparison, summaryOptions));
    workflow_commands/* setOutput */.uH('divergences', String(comparison.divergences));
    workflow_commands/* setOutput */.uH('failures', String(comparison.failures));
    workflow_commands/* setOutput */.uH('outcome', options.cancelled ? 'cancelled' : comparison.outcome);
    workflow_commands/* setOutput */.uH('report-path', options.reportPath);
    workflow_commands/* setOutput */.uH('new-divergences', String(comparison.baseline?.newDivergences ?? comparison.divergences));
    // This run's divergences and findings as a baseline, for a project to copy into its repository.
    const baselinePath = external_node_path_default().join(external_node_path_default().dirname(options.reportPath), 'baseline.json');
    writeBaselineFile(currentBaseline(comparison.groups, comparison.baseline?.baseline), baselinePath);
    workflow_commands/* setOutput */.uH('baseline-path', baselinePath);
    const checkRun = await publishCheckRun(comparison, { token: options.token, summary: summaryOptions });
    if (options.comment && options.event) {
        const link = checkRun ?? runPage();
        await publishComment(comparison, {
            ...options.comment,
            event: options.event,
            token: options.token,
            summary: summaryOptions,
            ...(link ? { link } : {}),
        });
    }
    return reason;
}

;// CONCATENATED MODULE: ./src/cache/read-only.ts
/**
 * A store that restores but never saves: a pull request's run (inputs/github-event.ts). What it
 * would have saved is named once in the log; nothing is written, so nothing a pull request built can
 * reach a later run of the branch.
 */
function readOnly(store, reason, info) {
    let told = false;
    return {
        where: store.where,
        readOnly: reason,
        restore: (paths, key, restoreKeys) => store.restore(paths, key, restoreKeys),
        save(_paths, key) {
            if (!told)
                info(`cache: read-only (${reason}): nothing is saved to ${store.where}, starting with ${key}`);
            told = true;
            return Promise.resolve(false);
        },
    };
}

;// CONCATENATED MODULE: ./src/cache/open-cache-store.ts

/**
 * The store the inputs ask for: a directory, or the Actions cache service (loaded on demand); one
 * that never saves when the run may not (`readOnly`: why, as a pull request's run).
 */
async function openCacheStore(cacheDir, log, readOnlyWhy) {
    const store = cacheDir
        ? new (await __nccwpck_require__.e(/* import() */ 282).then(__nccwpck_require__.bind(__nccwpck_require__, 65282))).DirectoryCache(cacheDir, log.warn)
        : new (await __nccwpck_require__.e(/* import() */ 414).then(__nccwpck_require__.bind(__nccwpck_require__, 50414))).ActionsCache(log.warn);
    return readOnlyWhy ? readOnly(store, readOnlyWhy, log.info) : store;
}

;// CONCATENATED MODULE: ./src/pipeline/auto-baseline.ts






/** The folder an entry is restored to and saved from: the same path on every run of the job. */
const folderOf = (identity) => external_node_path_default().join((0,external_node_os_.homedir)(), '.cache', 'setup-python-ft', 'baseline', identity);
const FILE = 'stored-baseline.json';
/** The job's identity: its workflow, job and step, and the settings that make two rows of a matrix differ. */
const identityOf = (event, settings) => jobIdentity({ workflow: event.workflow, job: event.job, ...(event.step ? { step: event.step } : {}), ...settings });
/**
 * The entry a re-run of the same run is judged against: the one its first attempt was judged
 * against (its own entry would make its divergences known), with its history before that run.
 */
function basisOf(stored, runId) {
    if (stored.source.runId !== runId)
        return stored;
    const { judgedBy } = stored;
    if (!judgedBy?.source || !judgedBy.baseline)
        return undefined;
    return { ...stored, source: judgedBy.source, baseline: judgedBy.baseline, history: withoutRun(stored.history, runId) };
}
const QUIET = { info: () => { }, warn: () => { } };
/** The newest entry of the branch (a pull request's: of its base; else the default branch's), said in the log. */
async function restoreAutoBaseline(store, event, identity, log = QUIET) {
    const auto = await readEntry(store, event, identity, log.warn);
    const source = auto.stored?.source;
    log.info(source
        ? `baseline: auto: ${source.branch} @ ${source.sha.slice(0, 7)}, run ${source.runId} (${source.at})`
        : `baseline: auto: no entry of ${auto.branch || 'this run (no branch)'} yet; every divergence counts`);
    return auto;
}
async function readEntry(store, event, identity, warn) {
    const none = { identity, branch: event.branch };
    if (!event.branch)
        return none;
    const dir = folderOf(identity);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        const prefixes = [storedPrefix(identity, event.branch)];
        if (event.defaultBranch && event.defaultBranch !== event.branch)
            prefixes.push(storedPrefix(identity, event.defaultBranch));
        if (!(await store.restore([dir], `${prefixes[0]}-newest`, prefixes)))
            return none;
        const read = parseStored(JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, FILE), 'utf8')));
        if (!read)
            warn(`baseline: auto: the entry found is not one this version reads; every divergence counts`);
        const stored = read && basisOf(read, event.runId);
        return stored ? { ...none, stored, baseline: effectiveBaseline(stored) } : none;
    }
    catch (error) {
        warn(`baseline: auto: could not read the entry of ${event.branch}: ${error.message}`);
        return none;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** This run's letters for the history: each divergence D, or F when it is flaky, undecided or place-dependent. */
function lettersOf(comparison) {
    const letters = new Map();
    for (const group of comparison.groups)
        for (const row of group.divergences)
            letters.set(historyKey(group.group, row.id), isTentative(row) ? 'F' : 'D');
    return letters;
}
/**
 * Why this run's results are not a baseline for the runs after it: a mode that ran no test, or
 * whose results are missing (a failed install, a missing leg), leaves known divergences out.
 */
function incomplete(comparison) {
    if (comparison.outcome === 'not-run' || comparison.outcome === 'not-compared')
        return `the run's outcome is ${comparison.outcome}`;
    const missing = comparison.findings.find((f) => f.kind === 'missing-leg' || f.kind === 'no-tests' || f.kind === 'stopped');
    return missing ? `not every mode has results (${missing.kind})` : undefined;
}
/**
 * The keep stage's part: a branch's own complete run saves its baseline and history as a new entry;
 * a read-only run (a pull request's) or an incomplete one saves none, and the log says why.
 */
async function keepAutoBaseline(store, event, auto, comparison, log = QUIET) {
    const why = store.readOnly ? `read-only cache (${store.readOnly})` : incomplete(comparison);
    if (why) {
        log.info(`baseline: auto: not saved: ${why}; the branch keeps its last entry`);
        return false;
    }
    const saved = await saveAutoBaseline(store, event, auto, comparison, log.warn);
    if (saved)
        log.info(`baseline: auto: saved for ${auto.branch} (run ${event.runId}) in ${store.where}`);
    return saved;
}
/** Saves this run's baseline and the history with this run in it, as a new entry of the branch. */
async function saveAutoBaseline(store, event, auto, comparison, warn = () => { }) {
    if (!auto.branch || store.readOnly)
        return false;
    const source = {
        branch: auto.branch,
        sha: event.sha,
        runId: event.runId,
        attempt: event.attempt,
        at: new Date().toISOString(),
    };
    const base = auto.stored;
    const stored = {
        schema: STORED_SCHEMA,
        source,
        baseline: currentBaseline(comparison.groups, comparison.baseline?.baseline),
        history: recordRun(base && withoutRun(base.history, event.runId), event.runId, lettersOf(comparison)),
        judgedBy: base ? { source: base.source, baseline: base.baseline } : {},
    };
    const dir = folderOf(auto.identity);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, FILE), JSON.stringify(stored));
        return await store.save([dir], storedKey(auto.identity, source));
    }
    catch (error) {
        warn(`baseline: auto: could not save the entry of ${auto.branch}: ${error.message}`);
        return false;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Where the run's baseline came from, with the flake rates its history gives, for the summary. */
function originOf(auto) {
    const history = auto.stored?.history;
    const rates = {};
    for (const key of Object.keys(history?.tests ?? {})) {
        const rate = flakeRate(history, key);
        if (rate && rate.diverged > 0)
            rates[key] = rate;
    }
    return { branch: auto.branch, ...(auto.stored ? { source: auto.stored.source } : {}), rates };
}

;// CONCATENATED MODULE: ./src/actions/compare-action.ts















function legFiles(dir) {
    const found = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const file = external_node_path_default().join(dir, name);
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            found.push(...legFiles(file));
        else if (name === 'leg.json')
            found.push(file);
    }
    return found;
}
/** Runs a read of an artifact's leg.json, turning a broken file into an error naming the artifact. */
function fromArtifact(name, dir, file, read) {
    try {
        return read(file);
    }
    catch (error) {
        if (!(error instanceof faults/* ResultsFileError */.dL))
            throw error;
        throw new faults/* InputError */.dz('artifact', `${name}: ${external_node_path_default().relative(dir, file)} is malformed: ${error.message.slice(file.length + 2)}`);
    }
}
/** The leg.json files of every downloaded artifact, each with its group and mode, from its head. */
function legHeads(artifacts) {
    const heads = [];
    for (const [name, dir] of artifacts) {
        const files = (0,external_node_fs_.existsSync)(dir) ? legFiles(dir) : [];
        if (files.length === 0)
            throw new faults/* InputError */.dz('artifact', `${name} holds no leg.json: not the results of a leg`);
        for (const file of files)
            heads.push({ ...fromArtifact(name, dir, file, readLegHead), artifact: name, dir });
    }
    return heads;
}
/**
 * Compares the legs one group (OS and version) at a time: a group's legs are read, compared and
 * written to the report, then let go, so the job's memory is that of its largest group.
 */
function compareByGroup(heads, options, report) {
    let groups;
    try {
        groups = legGroups(heads, options.expected);
    }
    catch (error) {
        if (error instanceof DuplicateLegError)
            throw new faults/* InputError */.dz('artifact', `${error.message}: each leg must run one mode`);
        throw error;
    }
    const compared = [];
    for (const [group, same] of groups) {
        const legs = same.map((head) => fromArtifact(head.artifact, head.dir, head.file, readLegFile));
        const comparison = compareGroup(group, legs, options);
        report.add(comparison);
        compared.push({ ...comparison, tests: TestTable.empty() });
    }
    return combineGroups(compared, options);
}
/**
 * `baseline: auto` for the compare job: its identity is the legs' groups and modes (the matrix
 * planned them), and its entries are the compare job's own.
 */
async function restoreMatrixBaseline(inputs, identity) {
    const store = await openCacheStore(inputs.cacheDir, LOG, inputs.event.readOnly);
    return { ...(await restoreAutoBaseline(store, inputs.event, identity, LOG)), store };
}
const LOG = { warn: workflow_commands/* warning */.$e, info: workflow_commands/* info */.pq };
/** The compare job's identity: the legs the matrix planned (else those that reported), their groups and modes. */
const matrixIdentity = (inputs, heads) => {
    const legs = inputs.expected ?? heads;
    return identityOf(inputs.event, {
        versions: [...new Set(legs.map((h) => h.group))].sort(),
        modes: [...new Set(legs.map((h) => h.mode))].sort(),
        run: '',
        platform: 'matrix',
        variant: [inputs.prefix],
    });
};
/** The compare sub-action: downloads every leg's results and reports as the single-job run does. */
const compareAction = {
    load: loadCompareInputs,
    async run(inputs) {
        const { prefix, expected, requireGilDisabled, failOn, artifactDir, token, event } = inputs;
        keepYoungGenerationSmall();
        const store = await openArtifactStore(artifactDir);
        const into = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'setup-python-ft-legs-'));
        const artifacts = await store.downloadAll(prefix, into);
        workflow_commands/* info */.pq(`${artifacts.size} leg artifacts named ${prefix}*: ${[...artifacts.keys()].join(', ')}`);
        const heads = legHeads(artifacts);
        const reportPath = external_node_path_default().join(process.env.RUNNER_TEMP || into, 'setup-python-ft', 'report.json');
        const report = new ReportWriter(reportPath);
        const identity = matrixIdentity(inputs, heads);
        const auto = inputs.baselineAuto ? await restoreMatrixBaseline(inputs, identity) : undefined;
        const baseline = inputs.baseline ?? auto?.baseline;
        const comparison = compareByGroup(heads, { requireGilDisabled, expected, baseline }, report);
        if (auto)
            await keepAutoBaseline(auto.store, event, auto, comparison, LOG);
        return publishReport(comparison, {
            reportPath,
            failOn,
            problems: 0,
            report,
            token,
            event,
            ...(auto ? { baselineOrigin: originOf(auto) } : {}),
            comment: { policy: inputs.comment, identity },
        });
    },
};


/***/ }),

/***/ 12056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ ResultsFileError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   vC: () => (/* binding */ Fault)
/* harmony export */ });
/* unused harmony export InstallError */
/*
 * The failures the action can explain in one line: bad input, an unreachable source, a broken
 * download, an unreadable results file. The entry prints their message alone; any other error is a
 * bug in the action and is printed with its stack.
 */
/** The base of every fault the action explains in one line. */
class Fault extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** An error the user can fix in the workflow: it names the input and what is valid. */
class InputError extends Fault {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
    }
}
/** An install failure with its cause in words and the input that points at the source. */
class InstallError extends Fault {
    input;
    constructor(input, message) {
        super(input ? `${input}: ${message}` : message);
        this.input = input;
    }
}
/** A results file that cannot be used (JUnit XML, leg.json): it names the file and why. */
class ResultsFileError extends Fault {
    file;
    reason;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
    }
}


/***/ }),

/***/ 25387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   w7: () => (/* binding */ annotation)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, command, RUNNER_SINK, useSink, error, commandOutput, keyValue, exportVariable, addPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/*
 * The runner's contract for a JavaScript action: workflow commands on stdout and the file commands
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH. Kept here, not taken from @actions/core, because
 * loading @actions/core evaluates its HTTP stack (undici) and would triple the warm start-up.
 */
/** Escapes a command's message: %, CR and LF. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property (title, file): also : and , */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** The runner's: workflow commands on stdout, outputs in GITHUB_OUTPUT. */
const RUNNER_SINK = {
    info: (message) => void process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    message: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    annotation: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    commandOutput(title, chunks) {
        // The raw output sits between stop-commands markers with a random token, so nothing it prints
        // can act as a workflow command; in a collapsible group of its own.
        process.stdout.write(`::group::${escapeData(title)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        const token = `setup-python-ft-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
        process.stdout.write(`::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        try {
            for (const chunk of chunks())
                process.stdout.write(chunk);
        }
        finally {
            process.stdout.write(`::${token}::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        }
    },
    output: (name, value) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(fileCommand('GITHUB_OUTPUT'), keyValue(name, value)),
    secret: (value) => void process.stdout.write(`::add-mask::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
};
let sink = RUNNER_SINK;
/** Sends the log to another sink from now on (the command line's terminal). */
function useSink(next) {
    sink = next;
}
function info(message) {
    sink.info(message);
}
function warning(message, properties) {
    sink.message('warning', message, properties);
}
function notice(message, properties) {
    sink.message('notice', message, properties);
}
function error(message, properties) {
    sink.message('error', message, properties);
}
/** An annotation at a test (publish): the runner shows it on the file; a terminal's report lists it. */
function annotation(level, message, properties) {
    sink.annotation(level, message, properties);
}
/** A finished command's output under a title (common/log.ts reads it from its log file). */
function commandOutput(title, chunks) {
    sink.commandOutput(title, chunks);
}
/** Asks the runner to mask a secret in every later log line. */
function setSecret(secret) {
    sink.secret(secret);
}
/** Fails the step: one ::error:: line and exit code 1. */
function setFailed(message) {
    error(message);
    process.exitCode = 1;
}
function fileCommand(variable) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`${variable} is not set: run this action on a GitHub Actions runner`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`${variable} points at ${file}, which does not exist`);
    return file;
}
/** NAME<<delimiter / value / delimiter, with a delimiter the value cannot contain. */
function keyValue(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected delimiter collision');
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function setOutput(name, value) {
    sink.output(name, value);
}
function exportVariable(name, value) {
    process.env[name] = value;
    appendFileSync(fileCommand('GITHUB_ENV'), keyValue(name, value));
}
/** Prepends a directory to PATH for this step and for later ones. */
function addPath(dir) {
    appendFileSync(fileCommand('GITHUB_PATH'), `${dir}${EOL}`);
    process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
}


/***/ }),

/***/ 14574:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5841);
/* harmony import */ var _actions_compare_action_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22495);


await (0,_actions_action_js__WEBPACK_IMPORTED_MODULE_0__/* .startAction */ .R)(_actions_compare_action_js__WEBPACK_IMPORTED_MODULE_1__/* .compareAction */ .Y);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 26830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mR: () => (/* binding */ readInputFromEnv)
/* harmony export */ });
/* unused harmony exports DEFAULT_MANIFEST_URL, DEFAULT_PBS_LATEST_RELEASE_URL, url, splitList, parseInstallInputs */
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(12056);


const DEFAULT_MANIFEST_URL = 'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json';
const DEFAULT_PBS_LATEST_RELEASE_URL = 'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release/latest-release.json';
function readInputFromEnv(name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (process.env[key] ?? '').trim();
}
function choice(read, name, allowed, fallback) {
    const value = read(name) || fallback;
    if (!allowed.includes(value)) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not valid; use one of: ${allowed.join(', ')}`);
    }
    return value;
}
function bool(read, name, fallback) {
    const value = read(name).toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${read(name)}' is not valid; use true or false`);
}
function url(read, name, fallback) {
    const value = read(name) || fallback;
    if (value === '')
        return value;
    try {
        const parsed = new URL(value);
        if (!['http:', 'https:', 'file:'].includes(parsed.protocol))
            throw new Error(parsed.protocol);
    }
    catch {
        throw new InputError(name, `'${value}' is not a valid http(s) URL`);
    }
    return value.replace(/\/+$/, '');
}
/** One entry per line or comma, comments (#) and blanks dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
function pbsRelease(read) {
    const tag = read('pbs-release');
    if (tag && !/^\d{8}$/.test(tag)) {
        throw new InputError('pbs-release', `'${tag}' is not a python-build-standalone release tag; use its date, YYYYMMDD`);
    }
    return tag;
}
function parseInstallInputs(read, runnerArch) {
    const archValue = read('architecture') || runnerArch;
    const architecture = normalizeArch(archValue);
    if (!architecture) {
        throw new InputError('architecture', `'${archValue}' is not supported; use x64 or arm64`);
    }
    return {
        pythonVersions: splitList(read('python-version')),
        pythonVersionFile: read('python-version-file'),
        builds: choice(read, 'builds', ['both', 'freethreaded', 'standard'], 'both'),
        defaultBuild: read('default-build')
            ? choice(read, 'default-build', ['freethreaded', 'standard'], 'freethreaded')
            : undefined,
        source: choice(read, 'source', ['auto', 'python-versions', 'python-build-standalone'], 'auto'),
        architecture,
        allowPrereleases: bool(read, 'allow-prereleases', false),
        checkLatest: bool(read, 'check-latest', false),
        updateEnvironment: bool(read, 'update-environment', true),
        token: read('token'),
        manifestUrl: url(read, 'manifest-url', DEFAULT_MANIFEST_URL),
        mirror: url(read, 'mirror', ''),
        pbsLatestReleaseUrl: url(read, 'pbs-latest-release-url', DEFAULT_PBS_LATEST_RELEASE_URL),
        pbsRelease: pbsRelease(read),
        pbsMirror: url(read, 'pbs-mirror', ''),
    };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(14574);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
