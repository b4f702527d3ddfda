export const id = 668;
export const ids = [668];
export const modules = {

/***/ 1668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MODES: () => (/* binding */ DEFAULT_MODES),
/* harmony export */   DEFAULT_TIMEOUT: () => (/* binding */ DEFAULT_TIMEOUT),
/* harmony export */   FAIL_ON: () => (/* binding */ FAIL_ON),
/* harmony export */   GIL_SETTINGS: () => (/* binding */ GIL_SETTINGS),
/* harmony export */   MAX_RERUN: () => (/* binding */ MAX_RERUN),
/* harmony export */   SHELLS: () => (/* binding */ SHELLS),
/* harmony export */   artifactName: () => (/* binding */ artifactName),
/* harmony export */   failOnInput: () => (/* binding */ failOnInput),
/* harmony export */   gilInput: () => (/* binding */ gilInput),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseEnv: () => (/* binding */ parseEnv),
/* harmony export */   parseModes: () => (/* binding */ parseModes),
/* harmony export */   parseRunInputs: () => (/* binding */ parseRunInputs),
/* harmony export */   resultsPattern: () => (/* binding */ resultsPattern),
/* harmony export */   workingDirectory: () => (/* binding */ workingDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91318);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18028);
/* harmony import */ var _results_leg_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26334);





const GIL_SETTINGS = ['force-off', 'detect'];
const SHELLS = ['bash', 'sh', 'pwsh', 'cmd', 'python'];
const FAIL_ON = ['divergence', 'failure', 'never'];
const DEFAULT_MODES = ['standard', 'freethreaded'];
const DEFAULT_TIMEOUT = '30m';
const MAX_RERUN = 20;
/** 90s, 10m, 1.5h, or a bare number of minutes (as timeout-minutes). */
function parseDuration(value, input) {
    const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
    const units = { s: 1, m: 60, h: 3600 };
    const seconds = match ? Number(match[1]) * units[match[2] ?? 'm'] : NaN;
    if (!(seconds > 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, `'${value}' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h`);
    }
    return seconds;
}
/** KEY=value per line; blank lines and # comments are skipped. */
function parseEnv(value) {
    const env = {};
    for (const raw of value.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('env', `'${line}' is not KEY=value`);
        if (match[1] === 'PYTHON_GIL') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('env', 'PYTHON_GIL is set per mode by the action; choose modes and gil instead');
        }
        env[match[1]] = match[2];
    }
    return env;
}
/** The `gil` input, read the same way by the main action and the matrix. */
const gilInput = (read) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(read, 'gil', GIL_SETTINGS, 'force-off');
/** The `fail-on` input, read the same way by the main action and the compare job. */
const failOnInput = (read) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(read, 'fail-on', FAIL_ON, 'divergence');
/**
 * The `modes` input: known modes, each once, in the order given. Read the same way by the main
 * action and the matrix.
 */
function parseModes(value) {
    const names = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(value);
    const listed = names.length > 0 ? names : [...DEFAULT_MODES];
    const seen = new Set();
    for (const name of listed) {
        if (!_results_leg_js__WEBPACK_IMPORTED_MODULE_4__/* .MODES */ .FN.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('modes', `'${name}' is not a mode; use ${_results_leg_js__WEBPACK_IMPORTED_MODULE_4__/* .MODES */ .FN.join(', ')}`);
        }
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('modes', `'${name}' is listed twice; list each mode once (${_results_leg_js__WEBPACK_IMPORTED_MODULE_4__/* .MODES */ .FN.join(', ')})`);
        }
        seen.add(name);
    }
    return _results_leg_js__WEBPACK_IMPORTED_MODULE_4__/* .MODES */ .FN.filter((mode) => seen.has(mode));
}
/** What @actions/artifact refuses in an artifact name (path-and-artifact-name-validation). */
const ARTIFACT_NAME_REFUSES = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
/** An artifact name (or prefix) the artifact service will accept; '' stays ''. */
function artifactName(read) {
    const value = read('artifact');
    const bad = [...value].find((c) => ARTIFACT_NAME_REFUSES.includes(c));
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('artifact', `'${value}' holds ${JSON.stringify(bad)}, which artifact names cannot; use letters, digits, - _ . and spaces (none of " : < > | * ? \\ / or line breaks)`);
    }
    return value;
}
/**
 * The `results` glob: modes run at the same time, so each must match its own files. {leg} is
 * unique per mode and version; {mode} per mode; {version} per version.
 */
function resultsPattern(value, modes, versions) {
    if (!value)
        return value;
    const perLeg = value.includes('{leg}');
    const perMode = perLeg || value.includes('{mode}') || modes === 1;
    const perVersion = perLeg || value.includes('{version}') || versions === 1;
    if (!perMode || !perVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('results', 'the modes run at the same time, so each needs its own files: put {mode} (or {leg} with several versions) in the pattern, or have the command write into $SETUP_PYTHON_FT_RESULTS_DIR');
    }
    return value;
}
/** The working directory, relative to the workspace: it must exist before anything is installed. */
function workingDirectory(read, workspace) {
    const value = read('working-directory') || '.';
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('working-directory', `'${value}' is not a directory (looked for ${dir}); give a folder of the workspace, relative to it`);
    }
    return dir;
}
function rerunCount(read) {
    const value = read('rerun') || '0';
    if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`);
    }
    return Number(value);
}
function parseRunInputs(read, context) {
    const modes = parseModes(read('modes'));
    return {
        modes,
        gil: gilInput(read),
        requireGilDisabled: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(read, 'require-gil-disabled', false),
        install: read('install'),
        run: read('run'),
        workingDirectory: workingDirectory(read, context.workspace),
        shell: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choice */ .Yq)(read, 'shell', SHELLS, context.os === 'win32' ? 'pwsh' : 'bash'),
        env: parseEnv(read('env')),
        timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
        results: resultsPattern(read('results'), modes.length, context.versions),
        junit: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(read, 'junit', true),
        rerun: rerunCount(read),
        failOn: failOnInput(read),
        artifact: artifactName(read),
        artifactDir: read('artifact-dir'),
    };
}


/***/ })

};
