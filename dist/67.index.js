export const id = 67;
export const ids = [67,145];
export const modules = {

/***/ 69183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ retryDelays)
/* harmony export */ });
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


/***/ }),

/***/ 16868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ sweepStaleStaging),
/* harmony export */   Fv: () => (/* binding */ placeAtomically),
/* harmony export */   MS: () => (/* binding */ lockFolder),
/* harmony export */   WT: () => (/* binding */ discardStaging),
/* harmony export */   Xo: () => (/* binding */ sweepStagingIn),
/* harmony export */   me: () => (/* binding */ makeStaging)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _complete_marker_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56145);
/* harmony import */ var _staging_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39674);







const RACE_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES', 'EBUSY']);
/*
 * Staging folders are named .<arch>.partial-<pid>@<host>-<random> (staging-name.ts): on the same
 * host, the pid tells a live one from a leftover. One from another host (a shared tool cache, a
 * container with its own process ids) is never judged.
 */
const host = () => (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)().replace(/[^\w.-]/g, '_');
/**
 * A fresh staging folder beside the final one, on the same filesystem so the rename is atomic. It
 * carries this process's pid, so that a later install can tell it was left by a killed one.
 */
async function makeStaging(finalDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(finalDir), { recursive: true });
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(finalDir), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(finalDir)}.partial-${process.pid}@${host()}-`));
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(folder, { recursive: true, force: true, maxRetries: 2, retryDelay: 100 });
            return undefined;
        }
        catch (error) {
            reason = error.code ?? error.message;
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(250);
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
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => [])) {
        const owner = (0,_staging_name_js__WEBPACK_IMPORTED_MODULE_5__/* .stagingOwner */ .T)(name);
        if (!owner || owner.host !== host() || alive(owner.pid))
            continue;
        const left = await removeLeftover(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
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
    const pythonDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(toolCache, 'Python');
    const removed = [];
    for (const version of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(pythonDir).catch(() => [])) {
        const left = (name, reason) => onLeft(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(version, name), reason);
        for (const name of await sweepStagingIn(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(pythonDir, version), left))
            removed.push(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(version, name));
    }
    return removed;
}
/** A lock whose holder stopped refreshing it this long ago is left over (a host that is gone). */
const LOCK_STALE_MS = 5 * 60_000;
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir), { recursive: true });
        const mine = `${lock}.${process.pid}-${Math.random().toString(36).slice(2)}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(mine, me);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(mine, lock);
            const refresh = setInterval(() => {
                const now = new Date();
                (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes)(lock, now, now).catch(() => undefined);
            }, LOCK_REFRESH_MS);
            refresh.unref();
            return async () => {
                clearInterval(refresh);
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lock, 'utf8').catch(() => '')) === me)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(lock).catch(() => undefined);
            };
        }
        catch (error) {
            const code = error.code;
            if (code !== 'EEXIST' && code !== 'ENOENT')
                throw error;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(mine).catch(() => undefined);
        }
        const holder = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lock, 'utf8').catch(() => '')).trim();
        const [pid, holderHost] = holder.split('@');
        const age = Date.now() - ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
        if ((holder !== '' && holderHost === host() && !alive(Number(pid))) || age > LOCK_STALE_MS) {
            // Taken aside under a name of our own: of two processes taking over, only one gets it, and a
            // lock another process made meanwhile is put back.
            const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(lock, aside).then(() => true, () => false)) {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(aside, 'utf8').catch(() => '')).trim() !== holder)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(aside, lock).catch(() => undefined);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(aside).catch(() => undefined);
            }
            continue;
        }
        if (Date.now() > deadline)
            throw new Error(`${dir} is still being made by ${holder} after ${Math.round(timeoutMs / 60_000)} min (${lock})`);
        if (!waited)
            onWait(holder);
        waited = true;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(1000);
    }
}
async function waitForFile(file, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return true;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(100);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file);
}
/**
 * Moves a finished staging folder into place and writes the .complete marker. When another process
 * won the race, its tree is kept and ours is dropped; a tree left without a marker by a crash is
 * replaced. Returns whether ours was placed.
 */
async function placeAtomically(staging, finalDir) {
    const marker = (0,_complete_marker_js__WEBPACK_IMPORTED_MODULE_6__/* .completeMarker */ .I)(finalDir);
    for (let attempt = 0; attempt < 3; attempt++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(marker)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            return 'existing';
        }
        try {
            // mkdtemp made it owner-only; the tree below keeps the archive's own permissions.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(staging, 0o755);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, finalDir);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(marker, '');
            return 'placed';
        }
        catch (error) {
            if (!RACE_CODES.has(error.code ?? ''))
                throw error;
        }
        if (await waitForFile(marker, 15_000))
            continue;
        const stale = `${finalDir}.${process.pid}.stale`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(finalDir, stale).catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stale, { recursive: true, force: true });
    }
    throw new Error(`could not move ${staging} into ${finalDir}`);
}
/** Removes what a failed install left: the staging folder, and the version folder if now empty. */
async function discardStaging(staging) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    const versionDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(staging);
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(versionDir)).length === 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(versionDir);
    }
    catch {
        // another process may be using it
    }
}


/***/ }),

/***/ 57987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ urlInput),
/* harmony export */   Z: () => (/* binding */ downloadArchive)
/* harmony export */ });
/* unused harmony export sha256Of */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44942);
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74995);
/* harmony import */ var _common_retry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69183);
/* harmony import */ var _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25387);
/* harmony import */ var _sources_fetch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75766);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(12056);











/** The input whose URL a candidate was downloaded from. */
function urlInput(candidate, mirrorSet) {
    if (candidate.source === 'python-build-standalone')
        return mirrorSet ? 'pbs-mirror' : 'pbs-release';
    return mirrorSet ? 'mirror' : 'manifest-url';
}
async function sha256Of(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** A response that was not the file. 5xx, 408 and 429 are worth another attempt. */
class HttpStatusError extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
/** A transfer that stopped before the length the server announced (or broke without one). */
class CutShortError extends Error {
    received;
    total;
    reason;
    constructor(received, total, reason) {
        super(total === undefined
            ? `the transfer was cut short after ${bytes(received)} (${reason})`
            : `the transfer was cut short: ${received.toLocaleString('en')} of ${bytes(total)} arrived (${reason})`);
        this.received = received;
        this.total = total;
        this.reason = reason;
    }
}
function bytes(count) {
    return `${count.toLocaleString('en')} bytes`;
}
/** One GET of the archive into dest, counting what arrives. */
async function attempt(url, dest, auth) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_5__/* .HttpClient */ .Qq('setup-python-ft', [], { allowRetries: false });
    try {
        const response = await client.get(url, auth ? { authorization: auth } : {});
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.resume();
            const error = new HttpStatusError(status);
            throw status >= 500 || status === 408 || status === 429 ? error : new p_retry__WEBPACK_IMPORTED_MODULE_9__/* .AbortError */ .lc(error);
        }
        const length = response.message.headers['content-length'];
        const total = length && /^\d+$/.test(length) ? Number(length) : undefined;
        let received = 0;
        response.message.on('data', (chunk) => (received += chunk.length));
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(response.message, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest));
        }
        catch (error) {
            // Our own disk failing (ENOSPC, EACCES) is not the transfer's fault, and another try will not help.
            if (error.syscall)
                throw new p_retry__WEBPACK_IMPORTED_MODULE_9__/* .AbortError */ .lc(error);
            throw new CutShortError(received, total, (0,_sources_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .describe */ .q0)(error));
        }
        if (total !== undefined && received < total)
            throw new CutShortError(received, total, 'the connection closed');
    }
    finally {
        client.dispose();
    }
}
/** Attempts in all: the first and two retries, as tool-cache makes. */
const DOWNLOAD_ATTEMPTS = 3;
/**
 * Downloads a candidate's archive into dest, retrying 5xx, 408, 429 and broken transfers with
 * backoff (p-retry), and checks its published checksum. Every byte that arrives is counted, so a
 * transfer cut short says how far it got before the error says what to check. Nothing is left at
 * dest when it fails. Returns dest.
 */
async function downloadArchive(candidate, token, input, dest) {
    const auth = (0,_sources_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .authFor */ .Ob)(candidate.url, token);
    let attempts = 0;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), { recursive: true });
        await (0,p_retry__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .Ay)(() => (attempts++, attempt(candidate.url, dest, auth)), {
            retries: DOWNLOAD_ATTEMPTS - 1,
            factor: 2,
            randomize: false,
            ...(0,_common_retry_js__WEBPACK_IMPORTED_MODULE_10__/* .retryDelays */ .t)(),
            onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
                if (retriesLeft > 0)
                    _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq(`Download attempt ${attemptNumber} of ${candidate.filename} failed: ${(0,_sources_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .describe */ .q0)(error)}; retrying`);
            },
        });
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true });
        const check = `check that ${input} serves ${candidate.filename}`;
        const retried = attempts > 1 ? `, in each of ${attempts} attempts` : '';
        if (error instanceof CutShortError) {
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .InstallError */ .sy(input, `download of ${candidate.url} failed: ${error.message}${retried}; ` +
                `the server or a proxy closes the connection early: ${check} whole`);
        }
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .InstallError */ .sy(input, `download of ${candidate.url} failed: ${(0,_sources_fetch_js__WEBPACK_IMPORTED_MODULE_7__/* .describe */ .q0)(error)}${retried}; ${check}`);
    }
    if (candidate.sha256) {
        const actual = await sha256Of(dest);
        if (actual !== candidate.sha256) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { force: true });
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .InstallError */ .sy(input, `checksum mismatch for ${candidate.filename}: expected sha256 ${candidate.sha256}, got ${actual}; the download is corrupt or the mirror serves another file`);
        }
    }
    return dest;
}


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installCandidate: () => (/* binding */ installCandidate),
  sweepStaleStaging: () => (/* reexport */ common_staging/* sweepStaleStaging */.DV)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: ./src/find/layout.ts
var layout = __webpack_require__(96121);
// EXTERNAL MODULE: ./src/common/complete-marker.ts
var complete_marker = __webpack_require__(56145);
// EXTERNAL MODULE: ./src/sources/fetch.ts
var fetch = __webpack_require__(75766);
// EXTERNAL MODULE: ./src/install/download.ts
var download = __webpack_require__(57987);
// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __webpack_require__(12056);
// EXTERNAL MODULE: ./src/model/build.ts
var model_build = __webpack_require__(59217);
;// CONCATENATED MODULE: ./src/install/layout-fix.ts




async function layout_fix_link(target, at) {
    if (!(0,external_node_fs_.existsSync)(at))
        await (0,promises_.symlink)(target, at);
}
/** PBS archives unpack to python/: lift its content to the staging root. */
async function liftPbsRoot(staging) {
    const inner = external_node_path_default().join(staging, 'python');
    if (!(0,external_node_fs_.existsSync)(inner))
        throw new Error('the archive has no python/ folder (not a python-build-standalone install_only archive)');
    for (const name of await (0,promises_.readdir)(inner))
        await (0,promises_.rename)(external_node_path_default().join(inner, name), external_node_path_default().join(staging, name));
    await (0,promises_.rmdir)(inner);
}
/**
 * Gives an install the names setup-python's own install script creates: `python` at the root,
 * and bin/python3.X, bin/python3X and bin/python, so either action can use the tree.
 */
async function addSetupPythonLinks(dir, os, version, build) {
    await (0,promises_.rm)(external_node_path_default().join(dir, 'setup.sh'), { force: true });
    if (os === 'win32')
        return;
    const minor = (0,model_build/* minorOf */.Hs)(version);
    const bin = external_node_path_default().join(dir, 'bin');
    const real = build === 'freethreaded' ? `python${minor}t` : `python${minor}`;
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(bin, real)))
        throw new Error(`the archive has no bin/${real}`);
    await layout_fix_link(real, external_node_path_default().join(bin, `python${minor}`));
    await layout_fix_link(`python${minor}`, external_node_path_default().join(bin, `python${minor.replace('.', '')}`));
    await layout_fix_link(`python${minor}`, external_node_path_default().join(bin, 'python3'));
    await layout_fix_link(`python${minor}`, external_node_path_default().join(bin, 'python'));
    await layout_fix_link(`./bin/python${minor}`, external_node_path_default().join(dir, 'python'));
}

// EXTERNAL MODULE: ./src/common/staging.ts
var common_staging = __webpack_require__(16868);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./src/install/installer-script.ts




/**
 * python-versions' macOS and Windows archives wrap the python.org installers: unpack and run the
 * archive's own setup script, as setup-python does. It writes the tool-cache entry and marker itself.
 */
async function runInstallerScript(archive, candidate, platform, tempDir) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'installer-'));
    try {
        if (platform.os === 'win32') {
            await tool_cache/* extractZip */.JE(archive, work);
            await exec/* exec */.m('pwsh', ['-NoLogo', '-NoProfile', '-File', 'setup.ps1'], { cwd: work });
        }
        else {
            await tool_cache/* extractTar */.nN(archive, work);
            await exec/* exec */.m('bash', ['./setup.sh'], { cwd: work });
        }
    }
    catch (error) {
        throw new Error(`the installer script of ${candidate.filename} failed: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/install/verify.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const PROBE = 'import sys, sysconfig; print(sys.version.split()[0]); print(sysconfig.get_config_var("Py_GIL_DISABLED") or 0)';
/** Runs a freshly unpacked interpreter once and checks that it is the build it claims to be. */
async function verifyInterpreter(python, prefix, os, build) {
    const env = { ...process.env };
    delete env.PYTHON_GIL;
    delete env.PYTHONHOME;
    delete env.PYTHONPATH;
    if (os === 'linux')
        env.LD_LIBRARY_PATH = [external_node_path_default().join(prefix, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    let stdout;
    try {
        ;
        ({ stdout } = await run(python, ['-I', '-c', PROBE], { env, timeout: 60_000 }));
    }
    catch (error) {
        const stderr = String(error.stderr ?? '').trim();
        throw new Error(`the unpacked interpreter ${python} does not start: ${stderr || error.message}`);
    }
    const [version, flag] = stdout.trim().split(/\r?\n/);
    const gilDisabledBuild = flag.trim() === '1';
    if (gilDisabledBuild !== (build === 'freethreaded')) {
        throw new Error(`${python} is a ${gilDisabledBuild ? 'free-threaded' : 'standard'} build, but the archive was listed as ${build}`);
    }
    return { version, gilDisabledBuild };
}

;// CONCATENATED MODULE: ./src/install/install.ts















/**
 * Installs one candidate into the tool cache. Linux archives and PBS archives are unpacked straight
 * into a staging folder and renamed into place (no setup script, no pip reinstall from the network);
 * python-versions archives for macOS and Windows wrap python.org installers and run their script.
 */
async function installCandidate(candidate, context) {
    const { inputs, platform, toolCache } = context;
    const finalDir = (0,layout/* installDir */.F5)(toolCache, candidate.version, platform.arch, candidate.build);
    if ((0,external_node_fs_.existsSync)((0,complete_marker/* completeMarker */.I)(finalDir)))
        return { dir: finalDir, placed: false };
    const mirrorSet = candidate.source === 'python-build-standalone' ? Boolean(inputs.pbsMirror) : Boolean(inputs.mirror);
    const input = (0,download/* urlInput */.Y2)(candidate, mirrorSet);
    await (0,promises_.mkdir)(context.tempDir, { recursive: true });
    const archive = await (0,download/* downloadArchive */.Z)(candidate, inputs.token, input, external_node_path_default().join(context.tempDir, `${(0,external_node_crypto_.randomUUID)()}-${candidate.filename}`));
    try {
        if (candidate.source === 'python-versions' && platform.os !== 'linux') {
            await runInstallerScript(archive, candidate, platform, context.tempDir);
            return { dir: finalDir, placed: true };
        }
        return await unpackIntoCache(archive, candidate, context, finalDir, input);
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
async function unpackIntoCache(archive, candidate, context, finalDir, input) {
    const { platform } = context;
    let staging;
    try {
        staging = await (0,common_staging/* makeStaging */.me)(finalDir);
    }
    catch (error) {
        throw new faults/* InstallError */.sy(undefined, `cannot write to the tool cache ${context.toolCache}: ${(0,fetch/* describe */.q0)(error)}`);
    }
    try {
        try {
            await tool_cache/* extractTar */.nN(archive, staging);
        }
        catch (error) {
            if (await diskIsFull(staging))
                throw diskFull(context.toolCache);
            throw new faults/* InstallError */.sy(input, `${candidate.filename} is corrupt or truncated: extracting it failed (${(0,fetch/* describe */.q0)(error)})`);
        }
        if (candidate.source === 'python-build-standalone')
            await liftPbsRoot(staging);
        await addSetupPythonLinks(staging, platform.os, candidate.version, candidate.build);
        await verifyInterpreter((0,layout/* interpreterPath */.ce)(staging, platform.os, candidate.version, candidate.build), staging, platform.os, candidate.build);
        const outcome = await (0,common_staging/* placeAtomically */.Fv)(staging, finalDir);
        return { dir: finalDir, placed: outcome === 'placed' };
    }
    catch (error) {
        await (0,common_staging/* discardStaging */.WT)(staging);
        if (error.code === 'ENOSPC')
            throw diskFull(context.toolCache);
        if (error instanceof faults/* InstallError */.sy)
            throw error;
        throw new faults/* InstallError */.sy(input, `${candidate.filename}: ${(0,fetch/* describe */.q0)(error)}`);
    }
}
function diskFull(toolCache) {
    return new faults/* InstallError */.sy(undefined, `no space left on the device that holds the tool cache ${toolCache}; free some space or point RUNNER_TOOL_CACHE elsewhere`);
}
/** tar reports ENOSPC only in its stderr; probe the filesystem with a small write instead. */
async function diskIsFull(dir) {
    const probe = external_node_path_default().join(dir, '.space-probe');
    try {
        await (0,promises_.writeFile)(probe, Buffer.alloc(64 * 1024));
        await (0,promises_.rm)(probe, { force: true });
        return false;
    }
    catch (error) {
        return error.code === 'ENOSPC';
    }
}


/***/ }),

/***/ 75766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ authFor),
/* harmony export */   Sy: () => (/* binding */ fetchText),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   x6: () => (/* binding */ fetchJson)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44942);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12056);


const GITHUB_HOSTS = new Set([
    'github.com',
    'api.github.com',
    'raw.githubusercontent.com',
    'objects.githubusercontent.com',
]);
/** The Authorization header for a URL: the token goes to GitHub's own hosts only, never to a mirror. */
function authFor(url, token) {
    if (!token)
        return undefined;
    const host = new URL(url).hostname;
    const serverHost = process.env.GITHUB_SERVER_URL ? new URL(process.env.GITHUB_SERVER_URL).hostname : '';
    return GITHUB_HOSTS.has(host) || host === serverHost ? `token ${token}` : undefined;
}
/**
 * GETs a small text document (a manifest, SHA256SUMS), retrying 5xx with backoff through
 * http-client. Failures become an InputError naming the input that holds the URL.
 */
function fetchText(url, input, token) {
    // One fetch per URL and process: the matrix asks for the same index once per runner.
    let pending = fetched.get(url);
    if (!pending) {
        pending = fetchOnce(url, input, token);
        fetched.set(url, pending);
    }
    return pending;
}
const fetched = new Map();
async function fetchOnce(url, input, token) {
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('setup-python-ft', [], { allowRetries: true, maxRetries: 3 });
    const auth = authFor(url, token);
    try {
        const response = await client.get(url, auth ? { authorization: auth } : {});
        const status = response.message.statusCode ?? 0;
        const body = await response.readBody();
        if (status !== 200)
            throw new Error(`HTTP ${status}`);
        return body;
    }
    catch (error) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `could not fetch ${url}: ${describe(error)}; set ${input} to a reachable URL`);
    }
    finally {
        client.dispose();
    }
}
async function fetchJson(url, input, token) {
    const text = await fetchText(url, input, token);
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${url} is not valid JSON`);
    }
}
function describe(error) {
    if (error instanceof Error) {
        const code = error.code;
        return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message || String(code);
    }
    return String(error);
}


/***/ }),

/***/ 92145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ BasicCredentialHandler),
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony export PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 74995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lc: () => (/* binding */ AbortError),
  Ay: () => (/* binding */ pRetry)
});

// UNUSED EXPORTS: makeRetriable

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


/***/ })

};
