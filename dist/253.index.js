export const id = 253;
export const ids = [253];
export const modules = {

/***/ 66253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsCache: () => (/* binding */ ActionsCache)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70926);

/**
 * The Actions cache service, through @actions/cache (loaded on first use: it brings the Azure SDK).
 * The library already turns a failed transfer into a warning and a miss; this adds what it leaves
 * out: a service this job cannot reach, a save that did not happen, and the removal of a restore
 * that failed half-way.
 */
class ActionsCache {
    warn;
    where = 'the Actions cache';
    unavailable = false;
    constructor(warn) {
        this.warn = warn;
    }
    async library() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942), __webpack_require__.e(838), __webpack_require__.e(30), __webpack_require__.e(324), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 76998));
        if (cache.isFeatureAvailable())
            return cache;
        if (!this.unavailable)
            this.warn('cache: the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL); on a self-hosted runner, set cache-dir to keep caches in a directory');
        this.unavailable = true;
        return undefined;
    }
    async restore(paths, key, restoreKeys = []) {
        const cache = await this.library();
        if (!cache)
            return undefined;
        const absent = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .absentPaths */ .c)(paths);
        try {
            const restored = await cache.restoreCache(paths, key, restoreKeys);
            // A miss extracts nothing; a failed extraction may have left part of the archive.
            if (!restored)
                (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .removePaths */ .F)(absent);
            return restored;
        }
        catch (error) {
            (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .removePaths */ .F)(absent);
            this.warn(`cache: could not restore ${key}: ${error.message}`);
            return undefined;
        }
    }
    async save(paths, key) {
        const cache = await this.library();
        if (!cache)
            return false;
        try {
            if ((await cache.saveCache(paths, key)) !== -1)
                return true;
            this.warn(`cache: ${key} was not saved in the Actions cache (see above); the next run starts without it`);
        }
        catch (error) {
            this.warn(`cache: could not save ${key}: ${error.message}`);
        }
        return false;
    }
}


/***/ }),

/***/ 70926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ removePaths),
/* harmony export */   c: () => (/* binding */ absentPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The paths that do not exist yet: what a failed restore may leave half-made. */
function absentPaths(paths) {
    return paths.filter((p) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
}
function removePaths(paths) {
    for (const p of paths)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { recursive: true, force: true });
}


/***/ })

};
