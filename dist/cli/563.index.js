export const id = 563;
export const ids = [563];
export const modules = {

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


/***/ })

};
