export const id = 86;
export const ids = [86];
export const modules = {

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

/***/ 44086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPbs: () => (/* binding */ loadPbs),
  loadPythonVersions: () => (/* binding */ loadPythonVersions),
  pbsIndex: () => (/* binding */ pbsIndex),
  pythonVersionsIndex: () => (/* binding */ pythonVersionsIndex),
  sourceLoaders: () => (/* binding */ sourceLoaders)
});

// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __webpack_require__(12056);
// EXTERNAL MODULE: ./src/sources/fetch.ts
var fetch = __webpack_require__(75766);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/sources/python-versions/manifest.ts

const GITHUB_DOWNLOADS = /^https:\/\/github\.com\/[^/]+\/[^/]+\/releases\/download\//;
/** Checks the shape of a parsed versions-manifest.json; throws with what is wrong. */
function validateManifest(data) {
    if (!Array.isArray(data))
        throw new Error('the manifest is not a JSON list of releases');
    for (const release of data) {
        if (typeof release?.version !== 'string' || !Array.isArray(release.files)) {
            throw new Error('a manifest entry lacks version or files');
        }
    }
    return data;
}
/** True when a manifest file is built for this OS release. */
function fitsPlatform(file, platform) {
    if (platform.os !== 'linux')
        return file.platform === platform.os;
    const version = platform.distroVersion ?? '';
    if (file.platform === 'linux')
        return file.platform_version === version;
    if (file.platform === 'rhel') {
        return (platform.distroFamily ?? []).includes('rhel') && file.platform_version === version.split('.')[0];
    }
    return false;
}
/** Rewrites a GitHub release download URL onto a mirror that keeps the <tag>/<file> layout. */
function mirrored(url, mirror) {
    if (!mirror)
        return url;
    const rest = url.replace(GITHUB_DOWNLOADS, '');
    return `${mirror}/${rest === url ? url.split('/').slice(-2).join('/') : rest}`;
}
/** Every manifest file of this build that runs on the platform. */
function manifestCandidates(manifest, platform, build, mirror) {
    const arch = build === 'freethreaded' ? `${platform.arch}-freethreaded` : platform.arch;
    const found = [];
    for (const release of manifest) {
        const version = semver_default().valid(release.version);
        if (!version)
            continue;
        const file = release.files.find((f) => f.arch === arch && fitsPlatform(f, platform));
        if (!file)
            continue;
        found.push({
            source: 'python-versions',
            version,
            build,
            stable: release.stable,
            url: mirrored(file.download_url, mirror),
            filename: file.filename,
        });
    }
    return found;
}
/** The platforms (OS, release, arch) the manifest has this build for, the given OS first. */
function manifestPlatforms(manifest, build, os) {
    const wantFt = build === 'freethreaded';
    const seen = new Set();
    for (const release of manifest) {
        for (const f of release.files) {
            if (f.arch.endsWith('-freethreaded') !== wantFt)
                continue;
            seen.add(`${f.platform}${f.platform_version ? ` ${f.platform_version}` : ''} ${f.arch.replace('-freethreaded', '')}`);
        }
    }
    return [...seen].sort((a, b) => Number(b.startsWith(os)) - Number(a.startsWith(os)) || a.localeCompare(b));
}

// EXTERNAL MODULE: ./src/inputs/version-spec.ts
var version_spec = __webpack_require__(74021);
;// CONCATENATED MODULE: ./src/sources/pbs/release.ts

function validateLatestRelease(data) {
    const tag = data?.tag;
    if (typeof tag !== 'string' || !/^\d{8}$/.test(tag)) {
        throw new Error('latest-release.json has no release tag (expected {"tag": "YYYYMMDD", ...})');
    }
    return data;
}
/** The target triple PBS names its archives with. */
function pbsTriple(platform) {
    const cpu = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
    switch (platform.os) {
        case 'linux':
            return `${cpu}-unknown-linux-${platform.libc ?? 'gnu'}`;
        case 'darwin':
            return `${cpu}-apple-darwin`;
        case 'win32':
            return `${cpu}-pc-windows-msvc`;
    }
}
/** Parses SHA256SUMS: one `<hex>  <asset>` a line. */
function parseSha256Sums(text) {
    const sums = new Map();
    for (const line of text.split('\n')) {
        const match = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
        if (match)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}
const ASSET = /^cpython-([^+]+)\+(\d+)-(.+?)-(freethreaded-)?install_only(_stripped)?\.tar\.gz$/;
/** The relocatable install_only archives of this build for the platform, stripped ones preferred. */
function pbsCandidates(sums, prefix, platform, build) {
    const triple = pbsTriple(platform);
    const byVersion = new Map();
    for (const [asset, sha256] of sums) {
        const match = ASSET.exec(asset);
        if (!match || match[3] !== triple)
            continue;
        if (Boolean(match[4]) !== (build === 'freethreaded'))
            continue;
        const version = (0,version_spec/* pythonToSemver */.wm)(match[1]);
        if (!version)
            continue;
        const stripped = Boolean(match[5]);
        const known = byVersion.get(version);
        if (known && (known.stripped || !stripped))
            continue;
        byVersion.set(version, {
            source: 'python-build-standalone',
            version,
            build,
            stable: !version.includes('-'),
            url: `${prefix}/${encodeURIComponent(asset)}`,
            filename: asset,
            sha256,
            stripped,
        });
    }
    return [...byVersion.values()].map(({ stripped: _stripped, ...candidate }) => candidate);
}
/** Triples this release does have for a build, for error messages. */
function pbsTriplesFor(sums, build) {
    const triples = new Set();
    for (const asset of sums.keys()) {
        const match = ASSET.exec(asset);
        if (match && Boolean(match[4]) === (build === 'freethreaded'))
            triples.add(match[3]);
    }
    return [...triples].sort();
}

;// CONCATENATED MODULE: ./src/sources/load.ts




/** The two sources' loaders for one platform, by the names the plan's source policy uses. */
function sourceLoaders(inputs, platform) {
    return { pythonVersions: () => loadPythonVersions(inputs, platform), pbs: () => loadPbs(inputs, platform) };
}
/** Fetches python-versions' manifest and lists what it has for each build. */
async function loadPythonVersions(inputs, platform) {
    const data = await (0,fetch/* fetchJson */.x6)(inputs.manifestUrl, 'manifest-url', inputs.token);
    let manifest;
    try {
        manifest = validateManifest(data);
    }
    catch (error) {
        throw new faults/* InputError */.dz('manifest-url', `${inputs.manifestUrl}: ${error.message}`);
    }
    return pythonVersionsIndex(manifest, platform, inputs.mirror);
}
/** What a parsed manifest offers this platform, for each build. */
function pythonVersionsIndex(manifest, platform, mirror) {
    return {
        candidates: {
            standard: manifestCandidates(manifest, platform, 'standard', mirror),
            freethreaded: manifestCandidates(manifest, platform, 'freethreaded', mirror),
        },
        platforms: {
            standard: manifestPlatforms(manifest, 'standard', platform.os),
            freethreaded: manifestPlatforms(manifest, 'freethreaded', platform.os),
        },
    };
}
/** Finds the PBS release (pbs-release, or the latest) and lists its archives for each build. */
async function loadPbs(inputs, platform) {
    let tag = inputs.pbsRelease;
    let prefix = '';
    if (!tag) {
        const data = await (0,fetch/* fetchJson */.x6)(inputs.pbsLatestReleaseUrl, 'pbs-latest-release-url', inputs.token);
        let latest;
        try {
            latest = validateLatestRelease(data);
        }
        catch (error) {
            throw new faults/* InputError */.dz('pbs-latest-release-url', error.message);
        }
        tag = latest.tag;
        prefix = latest.asset_url_prefix ?? '';
    }
    if (inputs.pbsMirror)
        prefix = `${inputs.pbsMirror}/${tag}`;
    if (!prefix)
        prefix = `https://github.com/astral-sh/python-build-standalone/releases/download/${tag}`;
    const sums = parseSha256Sums(await (0,fetch/* fetchText */.Sy)(`${prefix}/SHA256SUMS`, inputs.pbsMirror ? 'pbs-mirror' : 'pbs-release', inputs.token));
    return pbsIndex(sums, prefix, platform);
}
/** What a PBS release (its SHA256SUMS) offers this platform, for each build. */
function pbsIndex(sums, prefix, platform) {
    return {
        candidates: {
            standard: pbsCandidates(sums, prefix, platform, 'standard'),
            freethreaded: pbsCandidates(sums, prefix, platform, 'freethreaded'),
        },
        platforms: { standard: pbsTriplesFor(sums, 'standard'), freethreaded: pbsTriplesFor(sums, 'freethreaded') },
    };
}


/***/ })

};
