export const id = 561;
export const ids = [561];
export const modules = {

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

/***/ 54942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acquireTsanInterpreters: () => (/* binding */ acquireTsanInterpreters)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/common/complete-marker.ts
var complete_marker = __webpack_require__(56145);
// EXTERNAL MODULE: ./src/common/staging.ts
var common_staging = __webpack_require__(16868);
// EXTERNAL MODULE: ./src/common/workflow-commands.ts
var workflow_commands = __webpack_require__(25387);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: ./src/install/download.ts
var download = __webpack_require__(57987);
// EXTERNAL MODULE: ./src/common/log.ts
var common_log = __webpack_require__(81095);
// EXTERNAL MODULE: ./src/common/process.ts
var common_process = __webpack_require__(55704);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/model/build.ts
var build = __webpack_require__(59217);
;// CONCATENATED MODULE: ./src/tsan/interpreter.ts



/*
 * The free-threaded CPython built with ThreadSanitizer that the freethreaded-tsan mode runs on (pure):
 * where it goes, how it is configured, and the key it is cached under.
 */
/**
 * Bump when the build recipe changes, so that cached interpreters are built again. The flags: no
 * pip in the prefix (venvs bring their own from ensurepip's bundled wheel), no test package (its
 * install compiles thousands of files under TSan), a static libpython.
 */
const TSAN_RECIPE = 2;
const CONFIGURE_FLAGS = [
    '--disable-gil',
    '--with-thread-sanitizer',
    '--with-ensurepip=no',
    '--disable-test-modules',
];
/** The tool-cache folder setup-python and the other builds never look in (they use Python/<version>). */
const TSAN_TOOL = 'setup-python-ft-tsan';
/**
 * The record written into a built interpreter (its key and flags): it travels with the cache entry,
 * so that a restored copy is known to be this key's. Completeness is the marker beside the folder.
 */
const TSAN_MARKER = 'setup-python-ft-tsan.json';
/** CPython's own suppressions for the free-threaded build, copied from its source into the prefix. */
const SUPPRESSIONS_IN_PREFIX = external_node_path_default().join('share', 'setup-python-ft', 'suppressions_free_threading.txt');
function tsanInstallDir(toolCache, version, arch) {
    return external_node_path_default().join(toolCache, TSAN_TOOL, version, arch);
}
function tsanPython(prefix, version) {
    return external_node_path_default().join(prefix, 'bin', `python${(0,build/* minorOf */.Hs)(version)}t`);
}
/**
 * CPython's own spelling of a version, as its tarballs are named: 3.15.0-rc.1 (semver, as the
 * action resolves versions) -> 3.15.0rc1; 3.14.2 stays.
 */
function cpythonVersion(version) {
    const pre = { alpha: 'a', beta: 'b', rc: 'rc' };
    return version.replace(/-(alpha|beta|rc)\.(\d+)$/, (_, kind, n) => `${pre[kind]}${n}`);
}
/** The release folder of python.org's layout: the version without its pre-release part. */
const releaseFolder = (version) => version.replace(/-.*$/, '');
function sourceFilename(version) {
    return `Python-${cpythonVersion(version)}.tar.xz`;
}
/** The tarball in python.org's layout: <mirror>/3.15.0/Python-3.15.0rc1.tar.xz. */
function sourceUrl(mirror, version) {
    return `${mirror}/${releaseFolder(version)}/${sourceFilename(version)}`;
}
/** A sums file a mirror may serve beside the tarballs, in sha256sum's format. */
function sumsUrl(mirror, version) {
    return `${mirror}/${releaseFolder(version)}/SHA256SUMS`;
}
/** The checksum sha256sum's output gives a file, if it lists it. */
function checksumIn(sums, filename) {
    for (const line of sums.split('\n')) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match && external_node_path_default().posix.basename(match[2]) === filename)
            return match[1].toLowerCase();
    }
    return undefined;
}
/**
 * The compiler from what `cc --version` prints: "gcc (Debian 12.2.0-14) 12.2.0" (or Debian's
 * "cc (Debian ...) 12.2.0", which is gcc too: its output names the Free Software Foundation) ->
 * gcc-12.2.0; "Apple clang version 15.0.0 (...)" -> clang-15.0.0.
 */
function compilerId(versionOutput) {
    const first = versionOutput.trim().split('\n')[0];
    const name = /clang/i.test(first)
        ? 'clang'
        : /gcc|g\+\+|GCC|Free Software Foundation/.test(versionOutput)
            ? 'gcc'
            : 'cc';
    const version = /(\d+\.\d+(?:\.\d+)?)\s*$/.exec(first)?.[1] ?? /(\d+\.\d+(?:\.\d+)?)/.exec(first)?.[1];
    return version ? `${name}-${version}` : `${name}-${(0,external_node_crypto_.createHash)('sha256').update(first).digest('hex').slice(0, 8)}`;
}
/** The cache key: OS, arch, version, compiler and its version, and the configure flags (as a hash). */
function tsanCacheKey(facts) {
    const flags = (0,external_node_crypto_.createHash)('sha256')
        .update(`${TSAN_RECIPE} ${CONFIGURE_FLAGS.join(' ')}`)
        .digest('hex')
        .slice(0, 12);
    return `setup-python-ft-tsan-${facts.os}-${facts.arch}-${facts.version}-${facts.compiler}-${flags}`;
}

;// CONCATENATED MODULE: ./src/tsan/build-interpreter.ts













const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** A build that failed: the step it failed in and the tail of its log. */
class TsanBuildError extends Error {
}
/** The sums file a mirror serves beside the tarballs, or undefined when it serves none. */
async function mirrorSums(mirror, version) {
    const client = new lib/* HttpClient */.Qq('setup-python-ft', [], { allowRetries: true, maxRetries: 2 });
    try {
        const response = await client.get(sumsUrl(mirror, version));
        const body = await response.readBody();
        return response.message.statusCode === 200 ? body : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        client.dispose();
    }
}
/** The checksum to hold the tarball to: pinned by the input, else from the mirror's sums file. */
async function expectedChecksum(inputs, version) {
    const filename = sourceFilename(version);
    const pinned = inputs.sourceSha256.get(filename) ?? inputs.sourceSha256.get('*');
    if (pinned)
        return pinned;
    const sums = await mirrorSums(inputs.sourceMirror, version);
    const listed = sums ? checksumIn(sums, filename) : undefined;
    if (!listed)
        workflow_commands/* notice */.lm(`${sourceUrl(inputs.sourceMirror, version)} was not verified: no cpython-source-sha256 names it and the mirror serves no SHA256SUMS listing it`);
    return listed;
}
/** The last lines of a log, for the error of a failed step. */
function tail(file, lines = 40) {
    if (!(0,external_node_fs_.existsSync)(file))
        return '';
    return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').slice(-lines).join('\n');
}
/**
 * Downloads the CPython source of a version, checks it, and builds a free-threaded interpreter with
 * ThreadSanitizer into finalDir: configure (CONFIGURE_FLAGS, --prefix=finalDir), make on every core,
 * make install into a staging folder beside finalDir, which is renamed into place with CPython's
 * free-threading suppressions and the marker. The build's output is folded into one log group.
 */
async function buildTsanInterpreter(version, finalDir, ctx) {
    const { inputs } = ctx;
    const work = external_node_path_default().join(ctx.workDir, version);
    const log = external_node_path_default().join(ctx.workDir, `build-${version}.log`);
    (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    (0,external_node_fs_.rmSync)(log, { force: true });
    (0,external_node_fs_.mkdirSync)(work, { recursive: true });
    const started = Date.now();
    // A build killed half-way left its staging folder beside finalDir: the next build removes it.
    await (0,common_staging/* sweepStagingIn */.Xo)(external_node_path_default().dirname(finalDir));
    const staging = await (0,common_staging/* makeStaging */.me)(finalDir);
    try {
        const url = sourceUrl(inputs.sourceMirror, version);
        const filename = sourceFilename(version);
        workflow_commands/* info */.pq(`Building a free-threaded CPython ${version} with ThreadSanitizer from ${url}`);
        const sha256 = await expectedChecksum(inputs, version);
        const tarball = await (0,download/* downloadArchive */.Z)({ url, filename, sha256 }, '', 'cpython-source-mirror', external_node_path_default().join(work, filename));
        await tool_cache/* extractTar */.nN(tarball, work, 'xJ');
        const source = external_node_path_default().join(work, `Python-${cpythonVersion(version)}`);
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(source, 'configure')))
            throw new TsanBuildError(`${filename} holds no Python-${cpythonVersion(version)}/configure: is it CPython's source tarball?`);
        const build = external_node_path_default().join(work, 'build');
        (0,external_node_fs_.mkdirSync)(build);
        const step = async (name, file, args) => {
            const result = await (0,common_process/* spawnLogged */.i)({ file, args }, { cwd: build, env: process.env, logFile: log, deadline: Date.now() + 2 * 3600_000 });
            if (result.exitCode !== 0) {
                (0,common_log/* replayLog */.i4)(`ThreadSanitizer build of ${version}: ${name} failed`, log, '');
                throw new TsanBuildError(`${name} failed (${result.spawnError ?? `exit ${result.exitCode ?? result.signal}`}); the end of its log (${log}):\n${tail(log)}`);
            }
        };
        await step('configure', external_node_path_default().join(source, 'configure'), [`--prefix=${finalDir}`, ...CONFIGURE_FLAGS]);
        await step('make', 'make', [`-j${(0,external_node_os_.availableParallelism)()}`]);
        // DESTDIR keeps --prefix (the paths sysconfig records) while the files land in the staging folder.
        await step('make install', 'make', ['install', `DESTDIR=${staging}`]);
        const built = external_node_path_default().join(staging, finalDir);
        const suppressions = external_node_path_default().join(source, 'Tools', 'tsan', 'suppressions_free_threading.txt');
        if ((0,external_node_fs_.existsSync)(suppressions)) {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().join(built, SUPPRESSIONS_IN_PREFIX)), { recursive: true });
            (0,external_node_fs_.cpSync)(suppressions, external_node_path_default().join(built, SUPPRESSIONS_IN_PREFIX));
        }
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(built, TSAN_MARKER), JSON.stringify({ version, key: ctx.key, configure: CONFIGURE_FLAGS, builtAt: new Date().toISOString() }, null, 2));
        (0,common_log/* replayLog */.i4)(`ThreadSanitizer build of ${version}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`, log, '');
        // The staging folder is beside finalDir: one rename, and the interpreter is complete or absent.
        (0,external_node_fs_.rmSync)(finalDir, { recursive: true, force: true });
        (0,external_node_fs_.chmodSync)(built, 0o755);
        (0,external_node_fs_.renameSync)(built, finalDir);
        return tsanPython(finalDir, version);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(finalDir, { recursive: true, force: true });
        throw error;
    }
    finally {
        await (0,common_staging/* discardStaging */.WT)(staging);
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** Whether an interpreter runs at all: TSan refuses to start on some kernels' address layouts. */
async function checkTsanInterpreter(python) {
    try {
        await run(python, ['-c', 'import sys; assert not sys._is_gil_enabled()'], {
            env: { ...process.env, PYTHON_GIL: '0' },
            timeout: 120_000,
        });
    }
    catch (error) {
        const stderr = String(error.stderr ?? error.message);
        const mapping = /unexpected memory mapping/.test(stderr)
            ? ' ThreadSanitizer cannot map its shadow memory with this kernel’s address randomisation: run `sudo sysctl vm.mmap_rnd_bits=28` in a step before this one.'
            : '';
        throw new TsanBuildError(`the ThreadSanitizer interpreter does not start:${mapping}\n${stderr.trim().slice(-2000)}`);
    }
}

;// CONCATENATED MODULE: ./src/tsan/acquire.ts









const acquire_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** How long a job waits for another that is building the same interpreter (a cold build on 2 cores: minutes). */
const LOCK_TIMEOUT_MS = 2 * 3600_000;
/** The compiler configure will pick: $CC, else cc. */
async function compiler() {
    const cc = process.env.CC?.split(' ')[0] || 'cc';
    try {
        const { stdout } = await acquire_run(cc, ['--version']);
        return compilerId(stdout);
    }
    catch {
        return 'no-compiler';
    }
}
/**
 * The TSan interpreter of each version: from the tool cache when a run on this runner made it, else
 * restored from the cache store, else built from source and saved; made under a lock beside the
 * folder, and marked complete (<arch>.complete, holding the key) only once it starts. A version whose
 * build fails is a problem (an error with the log's tail); the other modes still run.
 */
async function acquireTsanInterpreters(versions, ctx) {
    const found = new Map();
    const cc = await compiler();
    for (const version of versions) {
        const dir = tsanInstallDir(ctx.toolCache, version, ctx.platform.arch);
        const key = tsanCacheKey({ os: ctx.platform.os, arch: ctx.platform.arch, version, compiler: cc });
        const marker = (0,complete_marker/* completeMarker */.I)(dir);
        const madeUnderKey = (file) => {
            try {
                return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).key === key;
            }
            catch {
                return false;
            }
        };
        // Complete (the marker beside the folder is written last, once it starts), and made under this
        // key: a recipe, flag or compiler change builds it again; half a restore has no marker.
        const complete = () => (0,external_node_fs_.existsSync)(dir) && madeUnderKey(marker);
        const started = Date.now();
        const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
        let release;
        try {
            let restored = complete();
            if (!restored) {
                // Another job on this tool cache may be making it: wait for it rather than remove its copy.
                release = await (0,common_staging/* lockFolder */.MS)(dir, LOCK_TIMEOUT_MS, (holder) => workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: waiting for ${holder}, which is making ${dir}`));
                restored = complete();
            }
            if (restored)
                workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: in the tool cache (${dir})`);
            else {
                // Whatever is there is half a restore or another key's: it goes.
                (0,external_node_fs_.rmSync)(marker, { force: true });
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                if ((await ctx.store.restore([dir], key)) && madeUnderKey(external_node_path_default().join(dir, TSAN_MARKER))) {
                    restored = true;
                    workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: restored ${key} from ${ctx.store.where} in ${took()}`);
                }
                else {
                    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                    workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: no cache entry ${key}; building it`);
                    await buildTsanInterpreter(version, dir, { inputs: ctx.inputs, workDir: ctx.workDir, key });
                    workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: built in ${took()}`);
                }
            }
            const python = tsanPython(dir, version);
            await checkTsanInterpreter(python);
            // A read-only run's (a pull request's) own build is used, then left without its complete
            // marker: no later run of the branch trusts what it built.
            const { readOnly } = ctx.store;
            if (!complete() && (restored || !readOnly))
                (0,external_node_fs_.writeFileSync)(marker, JSON.stringify({ key }));
            if (!restored && readOnly)
                workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: built by a read-only run (${readOnly}): not kept for later runs`);
            if (!restored && (await ctx.store.save([dir], key)))
                workflow_commands/* info */.pq(`ThreadSanitizer interpreter of ${version}: saved ${key} in ${ctx.store.where}`);
            const suppressions = external_node_path_default().join(dir, SUPPRESSIONS_IN_PREFIX);
            found.set(version, { python, suppressions: (0,external_node_fs_.existsSync)(suppressions) ? suppressions : undefined, restored });
        }
        catch (error) {
            ctx.problem(`modes: freethreaded-tsan could not get its interpreter for ${version}: ${error.message}`);
        }
        finally {
            await release?.();
            // A failed build or restore leaves no empty <tool>/<version> folders in the tool cache; a
            // folder another job has just put its lock in is not empty, and stays.
            for (const parent of [external_node_path_default().dirname(dir), external_node_path_default().dirname(external_node_path_default().dirname(dir))]) {
                try {
                    (0,external_node_fs_.rmdirSync)(parent);
                }
                catch {
                    break;
                }
            }
        }
    }
    return found;
}


/***/ })

};
