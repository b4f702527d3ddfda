export const id = 414;
export const ids = [414];
export const modules = {

/***/ 50414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsCache: () => (/* binding */ ActionsCache)
/* harmony export */ });
/* harmony import */ var _set_aside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39339);

/**
 * The Actions cache service, through @actions/cache (loaded on first use: it brings the Azure SDK).
 * The library already turns a failed transfer into a warning and a miss; this adds what it leaves
 * out: a service this job cannot reach, a save that did not happen, and a restore that is all or
 * nothing (paths.ts).
 */
class ActionsCache {
    warn;
    where = 'the Actions cache';
    unavailable = false;
    constructor(warn) {
        this.warn = warn;
    }
    async library() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(30), __webpack_require__.e(324), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 76998));
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
        let aside;
        let restored;
        try {
            // Only an entry that exists sets the folders there aside: a miss leaves them as they are.
            if (!(await cache.restoreCache(paths, key, restoreKeys, { lookupOnly: true })))
                return undefined;
            aside = await (0,_set_aside_js__WEBPACK_IMPORTED_MODULE_0__/* .setAside */ .Fi)(paths);
            // A failed extraction (a warning of the library's, and a miss) may have left part of the archive.
            restored = await cache.restoreCache(paths, key, restoreKeys);
        }
        catch (error) {
            this.warn(`cache: could not restore ${key}: ${error.message}`);
        }
        return (0,_set_aside_js__WEBPACK_IMPORTED_MODULE_0__/* .settle */ .G9)(aside, restored, this.warn);
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

/***/ 39339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ setAside),
/* harmony export */   G9: () => (/* binding */ settle)
/* harmony export */ });
/* unused harmony exports absentPaths, removePaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_staging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16868);



/** The paths that do not exist yet: what a failed restore may leave half-made. */
function absentPaths(paths) {
    return paths.filter((p) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
}
function removePaths(paths) {
    for (const p of paths)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { recursive: true, force: true });
}
/**
 * Moves the paths that exist out of the way before a restore, each into a staging folder beside it
 * (the name install/place.ts gives a process's staging), so that a restore is all or nothing: on a
 * hit a path holds exactly the entry, on a miss or a failure exactly what it held before, never a mix
 * of the two (a runner whose home persists keeps its caches between jobs). Staging folders a killed
 * restore left are swept first. When one path cannot be moved, those already moved come back and
 * the error is thrown. drop and putBack act once; a second call does nothing.
 */
async function setAside(paths) {
    const held = [];
    const absent = absentPaths(paths);
    let settled = false;
    const putBack = () => {
        if (settled)
            return;
        settled = true;
        removePaths(absent);
        for (const { target, staging } of held) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(target, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, 'held'), target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
        }
    };
    try {
        for (const target of paths) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
                continue;
            await (0,_common_staging_js__WEBPACK_IMPORTED_MODULE_2__/* .sweepStagingIn */ .Xo)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target));
            const staging = await (0,_common_staging_js__WEBPACK_IMPORTED_MODULE_2__/* .makeStaging */ .me)(target);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(target, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(staging, 'held'));
            }
            catch (error) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
                throw error;
            }
            held.push({ target, staging });
        }
    }
    catch (error) {
        putBack();
        throw error;
    }
    return {
        drop() {
            if (settled)
                return;
            settled = true;
            for (const { staging } of held)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
        },
        putBack,
    };
}
/**
 * Ends a restore: what was set aside goes on a hit and comes back otherwise (a failure to do either
 * is warned). Returns the key restored, or undefined.
 */
function settle(aside, restored, warn) {
    try {
        if (restored)
            aside?.drop();
        else
            aside?.putBack();
    }
    catch (error) {
        const what = restored ? 'remove what was set aside for' : 'put back the folders after';
        warn(`cache: could not ${what} the restore: ${error.message}`);
    }
    return restored;
}


/***/ })

};
