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
/* harmony export */   failOnInput: () => (/* binding */ failOnInput),
/* harmony export */   gilInput: () => (/* binding */ gilInput),
/* harmony export */   notAMode: () => (/* binding */ notAMode),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseEnv: () => (/* binding */ parseEnv),
/* harmony export */   parseModes: () => (/* binding */ parseModes),
/* harmony export */   parseRunInputs: () => (/* binding */ parseRunInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91318);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18028);
/* harmony import */ var _results_leg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26334);



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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `'${value}' is not a duration; use minutes (30) or a unit: 90s, 10m, 1h`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('env', `'${line}' is not KEY=value`);
        if (match[1] === 'PYTHON_GIL') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('env', 'PYTHON_GIL is set per mode by the action; choose modes and gil instead');
        }
        env[match[1]] = match[2];
    }
    return env;
}
/** The `gil` input, read the same way by the main action and the matrix. */
const gilInput = (read) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choice */ .Yq)(read, 'gil', GIL_SETTINGS, 'force-off');
/** The `fail-on` input, read the same way by the main action and the compare job. */
const failOnInput = (read) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choice */ .Yq)(read, 'fail-on', FAIL_ON, 'divergence');
/** The error for a name in `modes` that is not a mode. */
function notAMode(name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('modes', `'${name}' is not a mode; use ${_results_leg_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.join(', ')}`);
}
function parseModes(value) {
    const names = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(value);
    const listed = names.length > 0 ? names : [...DEFAULT_MODES];
    const modes = _results_leg_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.filter((mode) => listed.includes(mode));
    return { modes, unknownModes: listed.filter((name) => !_results_leg_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.includes(name)) };
}
function rerunCount(read) {
    const value = read('rerun') || '0';
    if (!/^\d+$/.test(value) || Number(value) > MAX_RERUN) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('rerun', `'${value}' is not valid; use a whole number from 0 to ${MAX_RERUN}`);
    }
    return Number(value);
}
function parseRunInputs(read, os) {
    return {
        ...parseModes(read('modes')),
        gil: gilInput(read),
        requireGilDisabled: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(read, 'require-gil-disabled', false),
        install: read('install'),
        run: read('run'),
        workingDirectory: read('working-directory') || '.',
        shell: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .choice */ .Yq)(read, 'shell', SHELLS, os === 'win32' ? 'pwsh' : 'bash'),
        env: parseEnv(read('env')),
        timeoutSeconds: parseDuration(read('timeout') || DEFAULT_TIMEOUT, 'timeout'),
        results: read('results'),
        junit: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(read, 'junit', true),
        rerun: rerunCount(read),
        failOn: failOnInput(read),
        artifact: read('artifact'),
        artifactDir: read('artifact-dir'),
    };
}


/***/ }),

/***/ 92815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ResultsFileError)
/* harmony export */ });
/** A results file that cannot be used (JUnit XML, leg.json): it names the file and why. */
class ResultsFileError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'ResultsFileError';
    }
}


/***/ }),

/***/ 26334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   P4: () => (/* binding */ LEG_SCHEMA),
/* harmony export */   XN: () => (/* binding */ legArtifact)
/* harmony export */ });
/* unused harmony exports validateLeg, readLegFile */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92815);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);



/*
 * One leg: one mode of one Python version, run once. Written as leg.json in the leg's directory, the
 * documented form (README, "Leg results") that the single-job run compares in memory and that the
 * matrix legs upload for the compare job.
 */
const LEG_SCHEMA = 'setup-python-ft/leg@1';
const MODES = ['standard', 'freethreaded', 'freethreaded-gil'];
function check(condition, file, reason) {
    if (!condition)
        throw new ResultsFileError(file, reason);
}
/** Checks the shape of a parsed leg.json, so that a broken upload gets one clear error. */
function validateLeg(value, file) {
    check(value && typeof value === 'object', file, 'not a JSON object');
    const leg = value;
    check(leg.schema === LEG_SCHEMA, file, `schema must be '${LEG_SCHEMA}', found ${JSON.stringify(leg.schema)}`);
    check(typeof leg.group === 'string' && leg.group, file, 'group must be a non-empty string');
    check(MODES.includes(leg.mode), file, `mode must be one of ${MODES.join(', ')}`);
    check(typeof leg.version === 'string', file, 'version must be a string');
    check(leg.status && typeof leg.status === 'object', file, 'status is missing');
    check(leg.gil && typeof leg.gil === 'object', file, 'gil is missing');
    check(Array.isArray(leg.tests), file, 'tests must be an array');
    for (const [index, test] of leg.tests.entries()) {
        check(test && typeof test.id === 'string' && OUTCOMES.includes(test.outcome), file, `tests[${index}] needs an id and an outcome (${OUTCOMES.join(', ')})`);
    }
    for (const list of ['enabledBy', 'undeclared', 'extensions']) {
        check(Array.isArray(leg.gil[list]), file, `gil.${list} must be an array`);
    }
    return { ...leg, reruns: leg.reruns ?? {}, warnings: leg.warnings ?? [] };
}
function readLegFile(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new ResultsFileError(file, `cannot be read (${error.code ?? error})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new ResultsFileError(file, `not valid JSON: ${error.message}`);
    }
    return validateLeg(parsed, file);
}
/** The artifact name of a leg's results: <prefix>-linux-x64-3.14-freethreaded. */
function legArtifact(prefix, platform, minor, mode) {
    return `${prefix}-${platform}-${minor}-${mode}`;
}


/***/ })

};
