export const id = 937;
export const ids = [937];
export const modules = {

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


/***/ })

};
