export const id = 282;
export const ids = [282];
export const modules = {

/***/ 65282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirectoryCache: () => (/* binding */ DirectoryCache),
/* harmony export */   entryName: () => (/* binding */ entryName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_staging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16868);
/* harmony import */ var _set_aside_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39339);





const MANIFEST = 'manifest.json';
/**
 * Entries kept per key family (the key up to its last '-': the OS, build and version, without the
 * hash of the dependency files or the recipe): a save removes the older ones beyond it, so that the
 * folder does not grow with every change of a lock file.
 */
const KEEP_PER_FAMILY = 3;
/** The key without its last part: setup-python-ft-pip-linux-x64-cp314t-3.14.7- for ...-<hash>. */
const keyFamily = (key) => key.slice(0, key.lastIndexOf('-') + 1);
/** An entry's folder: the key made safe for every filesystem, and a hash so that two keys never meet. */
function entryName(key) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 12);
    return `${key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120)}-${hash}`;
}
/**
 * Caches as folders of a directory (`cache-dir`), for self-hosted runners: <dir>/<entry>/manifest.json
 * and data/<n>, a copy of each path. An entry is written into a staging folder and renamed into place,
 * so a reader never sees half of one, and one left by a killed save is swept by the next save. As with
 * the Actions cache, an entry is never overwritten and only restores to the same paths.
 */
class DirectoryCache {
    dir;
    warn;
    constructor(dir, warn) {
        this.dir = dir;
        this.warn = warn;
    }
    get where() {
        return this.dir;
    }
    manifest(name) {
        try {
            return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name, MANIFEST), 'utf8'));
        }
        catch {
            return undefined;
        }
    }
    /** The entry for key, else the newest whose key starts with a restore key, for these paths. */
    find(paths, key, restoreKeys) {
        const samePaths = (m) => m !== undefined && JSON.stringify(m.paths) === JSON.stringify(paths);
        const exact = this.manifest(entryName(key));
        if (samePaths(exact) && exact.key === key)
            return [entryName(key), exact];
        if (restoreKeys.length === 0)
            return undefined;
        const entries = this.entriesNewestFirst().filter(([, m]) => samePaths(m));
        for (const prefix of restoreKeys) {
            const found = entries.find(([, m]) => m.key.startsWith(prefix));
            if (found)
                return found;
        }
        return undefined;
    }
    /** Every whole entry (not one being written or pruned), newest first. */
    entriesNewestFirst() {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(this.dir))
            return [];
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(this.dir)
            .filter((name) => !name.startsWith('.'))
            .map((name) => [name, this.manifest(name)])
            .filter((entry) => entry[1] !== undefined)
            .sort(([, a], [, b]) => b.savedAt - a.savedAt);
    }
    async restore(paths, key, restoreKeys = []) {
        const found = this.find(paths, key, restoreKeys);
        if (!found)
            return undefined;
        const [name, manifest] = found;
        let aside;
        let restored;
        try {
            aside = await (0,_set_aside_js__WEBPACK_IMPORTED_MODULE_4__/* .setAside */ .Fi)(paths);
            paths.forEach((target, index) => {
                const copy = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name, 'data', String(index));
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(copy))
                    throw new Error(`${copy} is missing`);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(copy, target, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true, force: true });
            });
            restored = manifest.key;
        }
        catch (error) {
            this.warn(`cache: could not restore ${manifest.key} from ${this.dir}: ${error.message}`);
        }
        return (0,_set_aside_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G9)(aside, restored, this.warn);
    }
    /**
     * Removes the entries of key's family beyond the KEEP_PER_FAMILY newest. Each is renamed away first,
     * so a job restoring at that moment sees a whole entry or none.
     */
    prune(key) {
        const family = keyFamily(key);
        if (family === '')
            return;
        const older = this.entriesNewestFirst()
            .filter(([, m]) => keyFamily(m.key) === family)
            .slice(KEEP_PER_FAMILY);
        for (const [name] of older) {
            const away = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}.pruned-${process.pid}`);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name), away);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(away, { recursive: true, force: true });
            }
            catch {
                // Another job pruned it first.
            }
        }
    }
    async save(paths, key) {
        const finalDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, entryName(key));
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(finalDir, MANIFEST)))
            return true;
        let staging;
        try {
            await (0,_common_staging_js__WEBPACK_IMPORTED_MODULE_3__/* .sweepStagingIn */ .Xo)(this.dir);
            staging = await (0,_common_staging_js__WEBPACK_IMPORTED_MODULE_3__/* .makeStaging */ .me)(finalDir);
            paths.forEach((source, index) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(source, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, 'data', String(index)), {
                recursive: true,
                preserveTimestamps: true,
                verbatimSymlinks: true,
            }));
            const manifest = { key, paths, savedAt: Date.now() };
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
            // mkdtemp made it owner-only; a cache directory may be shared by the runners of a host.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(staging, 0o755);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, finalDir);
            this.prune(key);
            return true;
        }
        catch (error) {
            if (staging)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
            // Another job saved the same key first: theirs is as good as ours.
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(finalDir, MANIFEST)))
                return true;
            this.warn(`cache: could not save ${key} in ${this.dir}: ${error.message}`);
            return false;
        }
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
