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
/* harmony import */ var _common_staging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77089);
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
/* harmony import */ var _common_staging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77089);



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


/***/ }),

/***/ 77089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  me: () => (/* binding */ makeStaging),
  Xo: () => (/* binding */ sweepStagingIn)
});

// UNUSED EXPORTS: discardStaging, lockFolder, placeAtomically, sweepStaleStaging

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/common/staging-name.ts
/*
 * The name of a staging folder (staging.ts): .<arch>.partial-<pid>@<host>-<random>. Apart from the
 * staging code, so that a warm tool cache's check for leftovers loads none of it.
 */
const STAGING = /^\..+\.partial-(\d+)@(.+)-[A-Za-z0-9]{6}$/;
/** The process and host a staging folder's name says made it; undefined for any other name. */
function stagingOwner(name) {
    const owner = STAGING.exec(name);
    return owner ? { pid: Number(owner[1]), host: owner[2] } : undefined;
}

;// CONCATENATED MODULE: ./src/common/staging.ts







const RACE_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES', 'EBUSY']);
/*
 * Staging folders are named .<arch>.partial-<pid>@<host>-<random> (staging-name.ts): on the same
 * host, the pid tells a live one from a leftover. One from another host (a shared tool cache, a
 * container with its own process ids) is never judged.
 */
const host = () => (0,external_node_os_.hostname)().replace(/[^\w.-]/g, '_');
/**
 * A fresh staging folder beside the final one, on the same filesystem so the rename is atomic. It
 * carries this process's pid, so that a later install can tell it was left by a killed one.
 */
async function makeStaging(finalDir) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(finalDir), { recursive: true });
    return (0,promises_.mkdtemp)(external_node_path_default().join(external_node_path_default().dirname(finalDir), `.${external_node_path_default().basename(finalDir)}.partial-${process.pid}@${host()}-`));
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes one leftover staging folder. The killed process's own children (an extraction) may still
 * be writing into it for a moment, so that the removal meets new files (ENOTEMPTY): it is tried a few
 * times, then left to a later run. Returns whether it is gone.
 */
async function removeLeftover(folder) {
    let reason = '';
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,promises_.rm)(folder, { recursive: true, force: true, maxRetries: 2, retryDelay: 100 });
            return undefined;
        }
        catch (error) {
            reason = error.code ?? error.message;
            await (0,external_node_timers_promises_.setTimeout)(250);
        }
    }
    return reason;
}
/**
 * Removes the staging folders that were left in dir by a process that is gone (a killed install or
 * cache save); never one whose process is alive. One that cannot be removed yet is left (onLeft is
 * told), for a later run. Returns the names it removed.
 */
async function sweepStagingIn(dir, onLeft = () => undefined) {
    const removed = [];
    for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
        const owner = stagingOwner(name);
        if (!owner || owner.host !== host() || alive(owner.pid))
            continue;
        const left = await removeLeftover(external_node_path_default().join(dir, name));
        if (left === undefined)
            removed.push(name);
        else
            onLeft(name, left);
    }
    return removed;
}
/**
 * Removes the staging folders that installs killed mid-way left in this tool cache's Python folder
 * (their process is gone); never one whose process is alive. Returns what it removed.
 */
async function sweepStaleStaging(toolCache, onLeft = () => undefined) {
    const pythonDir = path.join(toolCache, 'Python');
    const removed = [];
    for (const version of await readdir(pythonDir).catch(() => [])) {
        const left = (name, reason) => onLeft(path.join(version, name), reason);
        for (const name of await sweepStagingIn(path.join(pythonDir, version), left))
            removed.push(path.join(version, name));
    }
    return removed;
}
/** A lock whose holder stopped refreshing it this long ago is left over (a host that is gone). */
const LOCK_STALE_MS = (/* unused pure expression or super */ null && (5 * 60_000));
const LOCK_REFRESH_MS = 30_000;
/**
 * Holds <dir>.lock while this process makes dir (builds or restores it), so that two jobs sharing a
 * tool cache never remove each other's copy. The lock names its holder (pid@host) from the moment it
 * exists (written aside, then linked into place), and its holder refreshes its time. One left by a
 * process of this host that is gone, or not refreshed for 5 minutes (a container or host that is
 * gone), is taken over; while a live one holds it, this waits, calling onWait once, up to timeoutMs.
 * Resolves to the release, which removes the lock only while it is still this process's.
 */
async function lockFolder(dir, timeoutMs, onWait) {
    const lock = `${dir}.lock`;
    const me = `${process.pid}@${host()}`;
    const deadline = Date.now() + timeoutMs;
    let waited = false;
    for (;;) {
        await mkdir(path.dirname(dir), { recursive: true });
        const mine = `${lock}.${process.pid}-${Math.random().toString(36).slice(2)}`;
        await writeFile(mine, me);
        try {
            await link(mine, lock);
            const refresh = setInterval(() => {
                const now = new Date();
                utimes(lock, now, now).catch(() => undefined);
            }, LOCK_REFRESH_MS);
            refresh.unref();
            return async () => {
                clearInterval(refresh);
                if ((await readFile(lock, 'utf8').catch(() => '')) === me)
                    await unlink(lock).catch(() => undefined);
            };
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EEXIST' && code !== 'ENOENT')
                throw error;
        }
        finally {
            await unlink(mine).catch(() => undefined);
        }
        const holder = (await readFile(lock, 'utf8').catch(() => '')).trim();
        const [pid, holderHost] = holder.split('@');
        const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
        if ((holder !== '' && holderHost === host() && !alive(Number(pid))) || age > LOCK_STALE_MS) {
            // Taken aside under a name of our own: of two processes taking over, only one gets it, and a
            // lock another process made meanwhile is put back.
            const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
            if (await rename(lock, aside).then(() => true, () => false)) {
                if ((await readFile(aside, 'utf8').catch(() => '')).trim() !== holder)
                    await link(aside, lock).catch(() => undefined);
                await unlink(aside).catch(() => undefined);
            }
            continue;
        }
        if (Date.now() > deadline)
            throw new Error(`${dir} is still being made by ${holder} after ${Math.round(timeoutMs / 60_000)} min (${lock})`);
        if (!waited)
            onWait(holder);
        waited = true;
        await sleep(1000);
    }
}
async function waitForFile(file, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (existsSync(file))
            return true;
        await sleep(100);
    }
    return existsSync(file);
}
/**
 * Moves a finished staging folder into place and writes the .complete marker. When another process
 * won the race, its tree is kept and ours is dropped; a tree left without a marker by a crash is
 * replaced. Returns whether ours was placed.
 */
async function placeAtomically(staging, finalDir) {
    const marker = completeMarker(finalDir);
    for (let attempt = 0; attempt < 3; attempt++) {
        if (existsSync(marker)) {
            await rm(staging, { recursive: true, force: true });
            return 'existing';
        }
        try {
            // mkdtemp made it owner-only; the tree below keeps the archive's own permissions.
            await chmod(staging, 0o755);
            await rename(staging, finalDir);
            await writeFile(marker, '');
            return 'placed';
        }
        catch (error) {
            if (!RACE_CODES.has(error.code ?? ''))
                throw error;
        }
        if (await waitForFile(marker, 15_000))
            continue;
        const stale = `${finalDir}.${process.pid}.stale`;
        await rename(finalDir, stale).catch(() => undefined);
        await rm(stale, { recursive: true, force: true });
    }
    throw new Error(`could not move ${staging} into ${finalDir}`);
}
/** Removes what a failed install left: the staging folder, and the version folder if now empty. */
async function discardStaging(staging) {
    await rm(staging, { recursive: true, force: true });
    const versionDir = path.dirname(staging);
    try {
        if ((await readdir(versionDir)).length === 0)
            await rmdir(versionDir);
    }
    catch {
        // another process may be using it
    }
}


/***/ })

};
