export const id = 958;
export const ids = [958];
export const modules = {

/***/ 28958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installCandidate: () => (/* binding */ installCandidate),
  sweepStaleStaging: () => (/* reexport */ sweepStaleStaging)
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
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __webpack_require__(88701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __webpack_require__(39023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __webpack_require__(42613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var lib_exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    lib_core/* info */.pq(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                lib_core/* info */.pq(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        yield lib_io/* mkdirP */.U$(external_path_.dirname(dest));
        lib_core/* debug */.Yz(`Downloading ${url}`);
        lib_core/* debug */.Yz(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (external_fs_.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new lib/* HttpClient */.Qq(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            lib_core/* debug */.Yz('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            lib_core/* debug */.Yz(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = external_util_.promisify(external_stream_.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, external_fs_.createWriteStream(dest));
            lib_core/* debug */.Yz('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                lib_core/* debug */.Yz('download failed');
                try {
                    yield lib_io/* rmRF */.Yz(dest);
                }
                catch (err) {
                    lib_core/* debug */.Yz(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        lib_core/* debug */.Yz('Checking tar --version');
        let versionOutput = '';
        yield (0,lib_exec/* exec */.m)('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        lib_core/* debug */.Yz(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (lib_core/* isDebug */._o() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield (0,lib_exec/* exec */.m)(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield lib_io/* which */.K7('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            lib_core/* debug */.Yz(`Using pwsh at path: ${pwshPath}`);
            yield (0,lib_exec/* exec */.m)(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield lib_io/* which */.K7('powershell', true);
            lib_core/* debug */.Yz(`Using powershell at path: ${powershellPath}`);
            yield (0,lib_exec/* exec */.m)(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield lib_io/* which */.K7('unzip', true);
        const args = [file];
        if (!lib_core/* isDebug */._o()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield (0,lib_exec/* exec */.m)(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source dir: ${sourceDir}`);
        if (!fs.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of fs.readdirSync(sourceDir)) {
            const s = path.join(sourceDir, itemName);
            yield io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || os.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = semver.clean(versionSpec) || '';
        const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch);
        core.debug(`checking cache: ${cachePath}`);
        if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
            core.debug(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            core.debug('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || os.arch();
    const toolPath = path.join(_getCacheDirectory(), toolName);
    if (fs.existsSync(toolPath)) {
        const children = fs.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = path.join(toolPath, child, arch || '');
                if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        }
        yield lib_io/* mkdirP */.U$(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
        core.debug(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield io.rmRF(folderPath);
        yield io.rmRF(markerPath);
        yield io.mkdirP(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    fs.writeFileSync(markerPath, '');
    core.debug('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = semver.clean(versionSpec) || '';
    core.debug(`isExplicit: ${c}`);
    const valid = semver.valid(c) != null;
    core.debug(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    core.debug(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        core.debug(`matched: ${version}`);
    }
    else {
        core.debug('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    ok(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
// EXTERNAL MODULE: ./src/find/layout.ts
var layout = __webpack_require__(96121);
// EXTERNAL MODULE: ./src/sources/fetch.ts
var fetch = __webpack_require__(75766);
// EXTERNAL MODULE: ./src/fault.ts
var fault = __webpack_require__(20135);
;// CONCATENATED MODULE: ./src/install/errors.ts

/** An install failure with its cause in words and the input that points at the source. */
class InstallError extends fault/* Fault */.v {
    input;
    constructor(input, message) {
        super(input ? `${input}: ${message}` : message);
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/install/download.ts






/** The input whose URL a candidate was downloaded from. */
function urlInput(candidate, mirrorSet) {
    if (candidate.source === 'python-build-standalone')
        return mirrorSet ? 'pbs-mirror' : 'pbs-release';
    return mirrorSet ? 'mirror' : 'manifest-url';
}
async function sha256Of(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * Downloads a candidate's archive into RUNNER_TEMP (tool-cache retries 5xx, 408, 429 and broken
 * connections with backoff) and checks its published checksum. Returns the file's path.
 */
async function downloadArchive(candidate, token, input, dest) {
    let file;
    try {
        file = await downloadTool(candidate.url, dest, (0,fetch/* authFor */.Ob)(candidate.url, token));
    }
    catch (error) {
        const status = error.httpStatusCode;
        const cause = status ? `HTTP ${status}` : (0,fetch/* describe */.q0)(error);
        throw new InstallError(input, `download of ${candidate.url} failed: ${cause}; check that ${input} serves ${candidate.filename}`);
    }
    if (candidate.sha256) {
        const actual = await sha256Of(file);
        if (actual !== candidate.sha256) {
            await (0,promises_.rm)(file, { force: true });
            throw new InstallError(input, `checksum mismatch for ${candidate.filename}: expected sha256 ${candidate.sha256}, got ${actual}; the download is corrupt or the mirror serves another file`);
        }
    }
    return file;
}

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
    const minor = (0,layout/* minorOf */.Hs)(version);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/install/place.ts






const RACE_CODES = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM', 'EACCES', 'EBUSY']);
/**
 * Staging folders are named .<arch>.partial-<pid>@<host>-<random>: on the same host, the pid tells a
 * live one from a leftover. One from another host (a shared tool cache, a container with its own
 * process ids) is never judged.
 */
const STAGING = /^\..+\.partial-(\d+)@(.+)-[A-Za-z0-9]{6}$/;
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
 * Removes the staging folders that installs killed mid-way left in this tool cache's Python folder
 * (their process is gone); never one whose process is alive. Returns what it removed.
 */
async function sweepStaleStaging(toolCache) {
    const pythonDir = external_node_path_default().join(toolCache, 'Python');
    const removed = [];
    const versions = await (0,promises_.readdir)(pythonDir).catch(() => []);
    for (const version of versions) {
        const names = await (0,promises_.readdir)(external_node_path_default().join(pythonDir, version)).catch(() => []);
        for (const name of names) {
            const owner = STAGING.exec(name);
            if (!owner || owner[2] !== host() || alive(Number(owner[1])))
                continue;
            await (0,promises_.rm)(external_node_path_default().join(pythonDir, version, name), { recursive: true, force: true });
            removed.push(external_node_path_default().join(version, name));
        }
    }
    return removed;
}
async function waitForFile(file, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if ((0,external_node_fs_.existsSync)(file))
            return true;
        await (0,external_node_timers_promises_.setTimeout)(100);
    }
    return (0,external_node_fs_.existsSync)(file);
}
/**
 * Moves a finished staging folder into place and writes the .complete marker. When another process
 * won the race, its tree is kept and ours is dropped; a tree left without a marker by a crash is
 * replaced. Returns whether ours was placed.
 */
async function placeAtomically(staging, finalDir) {
    const marker = (0,layout/* completeMarker */.IH)(finalDir);
    for (let attempt = 0; attempt < 3; attempt++) {
        if ((0,external_node_fs_.existsSync)(marker)) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            return 'existing';
        }
        try {
            // mkdtemp made it owner-only; the tree below keeps the archive's own permissions.
            await (0,promises_.chmod)(staging, 0o755);
            await (0,promises_.rename)(staging, finalDir);
            await (0,promises_.writeFile)(marker, '');
            return 'placed';
        }
        catch (error) {
            if (!RACE_CODES.has(error.code ?? ''))
                throw error;
        }
        if (await waitForFile(marker, 15_000))
            continue;
        const stale = `${finalDir}.${process.pid}.stale`;
        await (0,promises_.rename)(finalDir, stale).catch(() => undefined);
        await (0,promises_.rm)(stale, { recursive: true, force: true });
    }
    throw new Error(`could not move ${staging} into ${finalDir}`);
}
/** Removes what a failed install left: the staging folder, and the version folder if now empty. */
async function discardStaging(staging) {
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    const versionDir = external_node_path_default().dirname(staging);
    try {
        if ((await (0,promises_.readdir)(versionDir)).length === 0)
            await (0,promises_.rmdir)(versionDir);
    }
    catch {
        // another process may be using it
    }
}

;// CONCATENATED MODULE: ./src/install/installer-script.ts




/**
 * python-versions' macOS and Windows archives wrap the python.org installers: unpack and run the
 * archive's own setup script, as setup-python does. It writes the tool-cache entry and marker itself.
 */
async function runInstallerScript(archive, candidate, platform, tempDir) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'installer-'));
    try {
        if (platform.os === 'win32') {
            await extractZip(archive, work);
            await lib_exec/* exec */.m('pwsh', ['-NoLogo', '-NoProfile', '-File', 'setup.ps1'], { cwd: work });
        }
        else {
            await extractTar(archive, work);
            await lib_exec/* exec */.m('bash', ['./setup.sh'], { cwd: work });
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
    if ((0,external_node_fs_.existsSync)((0,layout/* completeMarker */.IH)(finalDir)))
        return { dir: finalDir, placed: false };
    const mirrorSet = candidate.source === 'python-build-standalone' ? Boolean(inputs.pbsMirror) : Boolean(inputs.mirror);
    const input = urlInput(candidate, mirrorSet);
    await (0,promises_.mkdir)(context.tempDir, { recursive: true });
    const archive = await downloadArchive(candidate, inputs.token, input, external_node_path_default().join(context.tempDir, `${(0,external_node_crypto_.randomUUID)()}-${candidate.filename}`));
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
        staging = await makeStaging(finalDir);
    }
    catch (error) {
        throw new InstallError(undefined, `cannot write to the tool cache ${context.toolCache}: ${(0,fetch/* describe */.q0)(error)}`);
    }
    try {
        try {
            await extractTar(archive, staging);
        }
        catch (error) {
            if (await diskIsFull(staging))
                throw diskFull(context.toolCache);
            throw new InstallError(input, `${candidate.filename} is corrupt or truncated: extracting it failed (${(0,fetch/* describe */.q0)(error)})`);
        }
        if (candidate.source === 'python-build-standalone')
            await liftPbsRoot(staging);
        await addSetupPythonLinks(staging, platform.os, candidate.version, candidate.build);
        await verifyInterpreter((0,layout/* interpreterPath */.ce)(staging, platform.os, candidate.version, candidate.build), staging, platform.os, candidate.build);
        const outcome = await placeAtomically(staging, finalDir);
        return { dir: finalDir, placed: outcome === 'placed' };
    }
    catch (error) {
        await discardStaging(staging);
        if (error.code === 'ENOSPC')
            throw diskFull(context.toolCache);
        if (error instanceof InstallError)
            throw error;
        throw new InstallError(input, `${candidate.filename}: ${(0,fetch/* describe */.q0)(error)}`);
    }
}
function diskFull(toolCache) {
    return new InstallError(undefined, `no space left on the device that holds the tool cache ${toolCache}; free some space or point RUNNER_TOOL_CACHE elsewhere`);
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
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91318);


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
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `could not fetch ${url}: ${describe(error)}; set ${input} to a reachable URL`);
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
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${url} is not valid JSON`);
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
