export const id = 167;
export const ids = [167,937];
export const modules = {

/***/ 26360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ BASELINE_SCHEMA),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* harmony import */ var _model_divergence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9579);
/* harmony import */ var _model_mode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59818);


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
    if (!isStrings(entry.modes) || !entry.modes.every((mode) => _model_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN.includes(mode))) {
        throw new BaselineError(`${where}.modes must list modes (${_model_mode_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN.join(', ')})`);
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
    if (entry.class !== undefined && !_model_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .DIVERGENCE_KINDS */ .jm.includes(entry.class)) {
        throw new BaselineError(`${where}.class must be one of ${_model_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .DIVERGENCE_KINDS */ .jm.join(', ')}`);
    }
    checkModes(entry, where);
    return entry;
}
function findingEntry(value, index) {
    const where = `findings[${index}]`;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new BaselineError(`${where} must be an object`);
    const entry = value;
    if (!_model_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_KINDS */ .mH.includes(entry.kind)) {
        throw new BaselineError(`${where}.kind must be one of ${_model_divergence_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_KINDS */ .mH.join(', ')}`);
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


/***/ }),

/***/ 50385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeBaselineFile),
/* harmony export */   k: () => (/* binding */ readBaselineInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12056);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26360);




/** The `baseline` input: a file in the repository, read and checked before anything runs. */
function readBaselineInput(value, workspace) {
    if (!value)
        return undefined;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('baseline', `${value} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}: name a JSON file in the repository, relative to the workspace, as the baseline-path output of an earlier run writes it`);
    }
    try {
        return (0,_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBaseline */ .nk)(JSON.parse(text));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('baseline', `${value} is not JSON: ${error.message}`);
        if (error instanceof _baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .BaselineError */ .s$)
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('baseline', `${value}: ${error.message}`);
        throw error;
    }
}
/** Writes a baseline as the input reads it: one entry per line, so that a diff shows what changed. */
function writeBaselineFile(baseline, file) {
    const list = (entries) => entries.length === 0 ? '[]' : `[\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`;
    const text = `{\n  "schema": ${JSON.stringify(baseline.schema)},\n  "divergences": ${list(baseline.divergences)},\n  "findings": ${list(baseline.findings)}\n}\n`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text);
}


/***/ }),

/***/ 92983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ SHELLS),
/* harmony export */   h5: () => (/* binding */ shellInvocation),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony export pwshWord */
/** The shells a command can run in, as GitHub's `shell:` keyword names them. */
const SHELLS = ['bash', 'sh', 'pwsh', 'cmd', 'python'];
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


/***/ }),

/***/ 69415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ CACHE_TOOLS),
/* harmony export */   Q1: () => (/* binding */ cacheHitOutputs),
/* harmony export */   Qk: () => (/* binding */ restoreDependencyCache),
/* harmony export */   SL: () => (/* binding */ dependencyCache),
/* harmony export */   XF: () => (/* binding */ saveDependencyCache),
/* harmony export */   eR: () => (/* binding */ DEFAULT_DEPENDENCY_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/*
 * The dependency cache of each build: pip's or uv's cache folder, one per ABI (cp313 and cp313t never
 * share one), kept between runs through a CacheStore. The key holds the OS, the architecture, the
 * ABI, the exact interpreter version and the hash of the files that pin the dependencies, so a wheel
 * that pip or uv built from source for the free-threaded build is reused by the next run.
 */
const CACHE_TOOLS = ['pip', 'uv'];
/** The files whose content keys the cache when cache-dependency-path is not given. */
const DEFAULT_DEPENDENCY_FILES = {
    pip: ['**/requirements*.txt', '**/pyproject.toml', '**/setup.py', '**/setup.cfg'],
    uv: ['**/uv.lock', '**/requirements*.txt', '**/pyproject.toml'],
};
/**
 * The cache of one build. The folder is under the home directory, the same path on every run of a
 * runner, since the cache service files an entry under its paths as well as its key.
 */
function dependencyCache(input, build, home) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, '.cache', 'setup-python-ft', input.tool, build.abi);
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cache.dir) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(cache.dir).length === 0)
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


/***/ }),

/***/ 70937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheDirInput: () => (/* binding */ cacheDirInput),
/* harmony export */   readDependencyCache: () => (/* binding */ readDependencyCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dependencies_dependency_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69415);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12056);




/** A pattern relative to the workspace, as setup-python reads cache-dependency-path ("!" kept in front). */
function inWorkspace(pattern, workspace) {
    const negated = pattern.startsWith('!');
    const bare = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(bare) ? bare : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, bare)}`;
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
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cache-dependency-path', 'keys the dependency cache, which is off: set cache to pip or uv');
        return undefined;
    }
    if (!_dependencies_dependency_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .CACHE_TOOLS */ .Dz.includes(tool))
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cache', `'${tool}' is not valid; use pip or uv, or leave it empty for no dependency cache`);
    const patterns = given.length > 0 ? given : _dependencies_dependency_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DEPENDENCY_FILES */ .eR[tool];
    // @actions/glob brings @actions/core: loaded only when there is a cache to key.
    const { hashFiles } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(942), __webpack_require__.e(324), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 43324));
    const filesHash = await hashFiles(patterns.map((p) => inWorkspace(p, workspace)).join('\n'), workspace);
    if (!filesHash && given.length > 0)
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cache-dependency-path', `no file of the workspace matches ${given.join(', ')}; list the files that pin the dependencies (requirements.txt, pyproject.toml, uv.lock), relative to the workspace`);
    return { tool: tool, patterns, filesHash };
}
/** `cache-dir`: a directory to keep caches in instead of the Actions cache service ('' for the service). */
function cacheDirInput(read, workspace) {
    const value = read('cache-dir');
    if (!value)
        return '';
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('cache-dir', `'${value}' is a file; give a directory (made if missing) to keep caches in`);
    return dir;
}


/***/ }),

/***/ 6144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runsPytest),
/* harmony export */   f: () => (/* binding */ namesJunitFile)
/* harmony export */ });
/* What the `run` command is, read from its text: the action adapts to pytest. */
/** Whether the command runs pytest, so that the action can add its JUnit file. */
function runsPytest(command) {
    return /(^|[\s;&|/(])(py\.test|pytest)(\s|$|;|&|\|)|-m\s+pytest\b/.test(command);
}
/** Whether the command already names a JUnit file, which would override the action's. */
function namesJunitFile(command) {
    return /--junit-?xml\b/.test(command);
}


/***/ }),

/***/ 84167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_POLICIES: () => (/* binding */ COMMENT_POLICIES),
  DEFAULT_INDEX_URL: () => (/* binding */ DEFAULT_INDEX_URL),
  DEFAULT_MODES: () => (/* binding */ DEFAULT_MODES),
  DEFAULT_RERUN_BUDGET: () => (/* binding */ DEFAULT_RERUN_BUDGET),
  DEFAULT_STRESS_ITERATIONS: () => (/* binding */ DEFAULT_STRESS_ITERATIONS),
  DEFAULT_STRESS_RERUNS: () => (/* binding */ DEFAULT_STRESS_RERUNS),
  DEFAULT_STRESS_THREADS: () => (/* binding */ DEFAULT_STRESS_THREADS),
  DEFAULT_TIMEOUT: () => (/* binding */ DEFAULT_TIMEOUT),
  FAIL_ON: () => (/* binding */ FAIL_ON),
  ISOLATIONS: () => (/* binding */ ISOLATIONS),
  MAX_RERUN: () => (/* binding */ MAX_RERUN),
  MAX_STRESS_ITERATIONS: () => (/* binding */ MAX_STRESS_ITERATIONS),
  MAX_STRESS_THREADS: () => (/* binding */ MAX_STRESS_THREADS),
  artifactName: () => (/* binding */ artifactName),
  failOnInput: () => (/* binding */ failOnInput),
  gilInput: () => (/* binding */ gilInput),
  isMatrixLeg: () => (/* binding */ isMatrixLeg),
  parseDuration: () => (/* binding */ parseDuration),
  parseEnv: () => (/* binding */ parseEnv),
  parseModes: () => (/* binding */ parseModes),
  parseRunInputs: () => (/* binding */ parseRunInputs),
  resultsPattern: () => (/* binding */ resultsPattern),
  stressInput: () => (/* binding */ stressInput),
  workingDirectory: () => (/* binding */ workingDirectory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/shell.ts
var shell = __webpack_require__(92983);
// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __webpack_require__(12056);
// EXTERNAL MODULE: ./src/baseline/file.ts
var file = __webpack_require__(50385);
// EXTERNAL MODULE: ./src/inputs/cache-inputs.ts
var cache_inputs = __webpack_require__(70937);
// EXTERNAL MODULE: ./src/inputs/install-inputs.ts
var install_inputs = __webpack_require__(26830);
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
            throw new faults/* InputError */.dz('cpython-source-sha256', `'${line}' is not a sha256; give 64 hex digits, or lines of sha256sum's output (<sha256>  Python-<version>.tar.xz)`);
        }
        pinned.set(match[2] ?? '*', match[1].toLowerCase());
    }
    return pinned;
}
/** The TSan mode's inputs: where its CPython source comes from, and the project's suppressions. */
function readTsanInputs(read, workspace) {
    const suppressions = read('tsan-suppressions');
    const file = suppressions ? external_node_path_default().resolve(workspace, suppressions) : '';
    if (file && (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())) {
        throw new faults/* InputError */.dz('tsan-suppressions', `'${suppressions}' is not a file (looked for ${file}); give a ThreadSanitizer suppressions file of the workspace, relative to it`);
    }
    return {
        sourceMirror: (0,install_inputs/* url */.OZ)(read, 'cpython-source-mirror', DEFAULT_CPYTHON_SOURCE_MIRROR),
        sourceSha256: parseSourceSha256(read('cpython-source-sha256')),
        suppressions: file,
    };
}

// EXTERNAL MODULE: ./src/inputs/command.ts
var inputs_command = __webpack_require__(6144);
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
function readGithubEvent(env = process.env) {
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

// EXTERNAL MODULE: ./src/model/evidence.ts
var evidence = __webpack_require__(46860);
// EXTERNAL MODULE: ./src/model/mode.ts
var model_mode = __webpack_require__(59818);
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
const ISOLATIONS = ['copy', 'shared'];
const DEFAULT_MODES = ['standard', 'freethreaded'];
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
        throw new faults/* InputError */.dz(input, `'${value}' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h`);
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
            throw new faults/* InputError */.dz('env', `'${line}' is not KEY=value`);
        if (match[1] === 'PYTHON_GIL') {
            throw new faults/* InputError */.dz('env', 'PYTHON_GIL is set per mode by the action; choose modes and gil instead');
        }
        env[match[1]] = match[2];
    }
    return env;
}
/** The `gil` input, read the same way by the main action and the matrix. */
const gilInput = (read) => (0,install_inputs/* choice */.Yq)(read, 'gil', model_mode/* GIL_SETTINGS */.tK, 'force-off');
/** The `fail-on` input, read the same way by the main action and the compare job. */
const failOnInput = (read) => (0,install_inputs/* choice */.Yq)(read, 'fail-on', FAIL_ON, 'divergence');
/**
 * The `modes` input: known modes, each once, in MODES' order. Read the same way by the main
 * action and the matrix.
 */
function parseModes(value) {
    const names = (0,install_inputs/* splitList */.ry)(value);
    const listed = names.length > 0 ? names : [...DEFAULT_MODES];
    const seen = new Set();
    for (const name of listed) {
        if (!model_mode/* MODES */.FN.includes(name)) {
            throw new faults/* InputError */.dz('modes', `'${name}' is not a mode; use ${model_mode/* MODES */.FN.join(', ')}`);
        }
        if (seen.has(name)) {
            throw new faults/* InputError */.dz('modes', `'${name}' is listed twice; list each mode once (${model_mode/* MODES */.FN.join(', ')})`);
        }
        seen.add(name);
    }
    return model_mode/* MODES */.FN.filter((mode) => seen.has(mode));
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
        throw new faults/* InputError */.dz('results', 'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR');
    }
    return value;
}
/** The working directory, relative to the workspace: it must exist before anything is installed. */
function workingDirectory(read, workspace) {
    const value = read('working-directory') || '.';
    const dir = external_node_path_default().resolve(workspace, value);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new faults/* InputError */.dz('working-directory', `'${value}' is not a directory (looked for ${dir}); give a folder of the workspace, relative to it`);
    }
    return dir;
}
function rerunCount(read) {
    const value = read('rerun') || '0';
    if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
        throw new faults/* InputError */.dz('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`);
    }
    return Number(value);
}
function stressReruns(read) {
    const value = read('stress-reruns') || String(DEFAULT_STRESS_RERUNS);
    if (!/^\d+$/.test(value) || Number(value) > evidence/* MAX_STRESS_RERUNS */.o) {
        throw new faults/* InputError */.dz('stress-reruns', `'${value}' is not valid; use a whole number from 0 (no reruns: every failure under threads stays undecided) to ${evidence/* MAX_STRESS_RERUNS */.o}`);
    }
    return Number(value);
}
/** stress-threads: a whole number from 2, or auto for the runner's cores (at least 2). */
function stressThreads(read) {
    const value = read('stress-threads') || String(DEFAULT_STRESS_THREADS);
    if (value === 'auto')
        return Math.max(2, (0,external_node_os_.availableParallelism)());
    if (!/^\d+$/.test(value) || Number(value) < 2 || Number(value) > MAX_STRESS_THREADS) {
        throw new faults/* InputError */.dz('stress-threads', `'${value}' is not valid; use a whole number from 2 to ${MAX_STRESS_THREADS}, or auto (the runner's cores)`);
    }
    return Number(value);
}
function stressIterations(read) {
    const value = read('stress-iterations') || String(DEFAULT_STRESS_ITERATIONS);
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_STRESS_ITERATIONS) {
        throw new faults/* InputError */.dz('stress-iterations', `'${value}' is not valid; use a whole number from 1 to ${MAX_STRESS_ITERATIONS}`);
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
    const stress = modes.filter(model_mode/* isStress */.JA);
    if (stress.length > 0 && !(0,inputs_command/* runsPytest */.G)(command)) {
        throw new faults/* InputError */.dz('modes', `${stress.join(' and ')} run each test in threads through pytest-run-parallel, but run is not a pytest command; run pytest, or drop the stress modes`);
    }
}
/** A mode that cannot run on the runner's OS (freethreaded-tsan on Windows) is refused at once. */
function checkModesRunOn(modes, os) {
    for (const mode of modes) {
        const unsupported = model_mode/* MODE_TRAITS */.QM[mode].unsupported;
        if (unsupported?.os === os)
            throw new faults/* InputError */.dz('modes', `${mode} ${unsupported.why}`);
    }
}
const DEFAULT_INDEX_URL = 'https://pypi.org/simple';
/** The variables that point pip and uv at another index, in the order they are looked at. */
const INDEX_VARIABLES = ['PIP_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX_URL'];
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
            throw new faults/* InputError */.dz('index-url', `'${value}' is not an http(s) URL of a simple API (or none)`);
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
        requireGilDisabled: (0,install_inputs/* bool */.lc)(read, 'require-gil-disabled', false),
        install: read('install'),
        run: read('run'),
        workingDirectory: workingDirectory(read, context.workspace),
        isolation: (0,install_inputs/* choice */.Yq)(read, 'isolation', ISOLATIONS, 'copy'),
        shell: (0,install_inputs/* choice */.Yq)(read, 'shell', shell/* SHELLS */.OF, context.os === 'win32' ? 'pwsh' : 'bash'),
        env,
        timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
        results: resultsPattern(read('results'), modes.length, context.versions),
        junit: (0,install_inputs/* bool */.lc)(read, 'junit', true),
        rerun: rerunCount(read),
        stressReruns: stressReruns(read),
        rerunBudgetSeconds: parseDuration(read('rerun-budget') || DEFAULT_RERUN_BUDGET, 'rerun-budget'),
        failOn: failOnInput(read),
        artifact: artifactName(read),
        artifactDir: read('artifact-dir'),
        stress: stressInput(read),
        baseline: baselineAuto ? undefined : (0,file/* readBaselineInput */.k)(read('baseline'), context.workspace),
        baselineAuto,
        event: context.event ?? readGithubEvent(),
        comment: (0,install_inputs/* choice */.Yq)(read, 'comment', COMMENT_POLICIES, 'off'),
        cacheDir: (0,cache_inputs.cacheDirInput)(read, context.workspace),
        tsan: readTsanInputs(read, context.workspace),
        indexUrl: indexUrl(read, env),
    };
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jW: () => (/* binding */ isTentativeDivergence),
/* harmony export */   jm: () => (/* binding */ DIVERGENCE_KINDS),
/* harmony export */   mH: () => (/* binding */ FINDING_KINDS),
/* harmony export */   wq: () => (/* binding */ PLAIN_FAILURE_KINDS),
/* harmony export */   x7: () => (/* binding */ KIND_TITLES)
/* harmony export */ });
/* unused harmony export TENTATIVE_KINDS */
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
const PLAIN_FAILURE_KINDS = ['freethreaded-only', 'standard-only', 'differs'];
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


/***/ }),

/***/ 46860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LOOK_EVERY),
/* harmony export */   o: () => (/* binding */ MAX_STRESS_RERUNS)
/* harmony export */ });
/** Reruns between two looks at the counts. */
const LOOK_EVERY = 5;
/** The most reruns of one test in each stress mode (the `stress-reruns` input). */
const MAX_STRESS_RERUNS = 50;


/***/ })

};
