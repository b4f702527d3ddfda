export const id = 900;
export const ids = [900];
export const modules = {

/***/ 33598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ cancelled),
/* harmony export */   Tq: () => (/* binding */ trackGroup),
/* harmony export */   Zn: () => (/* binding */ watchCancellation),
/* harmony export */   eY: () => (/* binding */ untrackGroup),
/* harmony export */   i0: () => (/* binding */ killGroup)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/*
 * A cancelled job: GitHub sends SIGINT, then SIGTERM about 7.5 s later, then kills the process. The
 * action stops every process group it started (the modes' commands, installs), so that nothing of
 * it outlives the step, tells the stages (they publish what finished), and exits non-zero before
 * the kill whatever is still pending.
 */
/** Within GitHub's grace: the report and summary of what finished are written before this. */
const CANCEL_DEADLINE_MS = 6000;
const groups = new Set();
let signalled;
/** The signal the job was cancelled by, if it was. */
function cancelled() {
    return signalled;
}
/** A process group the action started, until it exits; one started after the cancellation is killed at once. */
function trackGroup(pid) {
    groups.add(pid);
    if (signalled)
        killGroup(pid);
}
function untrackGroup(pid) {
    groups.delete(pid);
}
/** Kills a process group (Windows: the process tree). */
function killGroup(pid) {
    try {
        if (process.platform === 'win32')
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
        else
            process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
/**
 * From now on, SIGINT and SIGTERM cancel the run: every tracked group is killed (and any started
 * later, at once), onCancel is told, and the process exits (128 + the signal's number) after
 * CANCEL_DEADLINE_MS if it has not ended by then, calling onDeadline first.
 */
function watchCancellation(onCancel, onDeadline) {
    const cancel = (signal) => {
        if (signalled)
            return;
        signalled = signal;
        for (const pid of groups)
            killGroup(pid);
        onCancel(signal);
        setTimeout(() => {
            onDeadline(signal);
            // As a shell reports a process the signal ended: 130 for SIGINT (Ctrl-C), 143 for SIGTERM.
            process.exit(128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0));
        }, CANCEL_DEADLINE_MS).unref();
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
}


/***/ }),

/***/ 81095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zr: () => (/* binding */ readTail),
/* harmony export */   i4: () => (/* binding */ replayLog)
/* harmony export */ });
/* unused harmony exports REPLAY_HEAD, REPLAY_TAIL, readText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25387);



/** Output beyond this is left in the log file: the first and last parts are shown. */
const REPLAY_HEAD = 1024 * 1024;
const REPLAY_TAIL = 7 * 1024 * 1024;
/** Bytes start..start+length of a file as text; bytes that are not UTF-8 become U+FFFD. */
function readText(file, start, length) {
    const buffer = Buffer.alloc(Math.max(length, 0));
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, start);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(buffer);
}
/**
 * The last part of a log written since offset (faulthandler's crash report, pytest's closing
 * lines), at most `bytes` of it; '' when the file does not exist.
 */
function readTail(file, offset = 0, bytes = 256 * 1024) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return '';
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
    const start = Math.max(offset, size - bytes);
    return readText(file, start, size - start);
}
/** Every line prefixed, so that the mode is visible on each and no line can start with "::". */
function prefixLines(text, prefix) {
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((line) => `${prefix}${line}`).join(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/**
 * Shows a finished command's output under a title (the runner: a log group of its own, where
 * nothing it printed can act as a workflow command). Beyond REPLAY_HEAD + REPLAY_TAIL bytes, the
 * first and last parts, and where the whole log is.
 */
function replayLog(title, file, prefix) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .commandOutput */ .pF(title, function* () {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return;
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
        if (size <= REPLAY_HEAD + REPLAY_TAIL) {
            yield `${prefixLines(readText(file, 0, size), prefix)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
            return;
        }
        yield `${prefixLines(readText(file, 0, REPLAY_HEAD), prefix)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
        yield `${prefix}[… ${size - REPLAY_HEAD - REPLAY_TAIL} bytes left out; the whole log is ${file}]${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
        yield `${prefixLines(readText(file, size - REPLAY_TAIL, REPLAY_TAIL), prefix)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
    });
}


/***/ }),

/***/ 55704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ spawnLogged)
/* harmony export */ });
/* unused harmony export signalFromExitCode */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33598);




/** Writes a piped stream to the log and hands each whole line to onLine. */
function teeLines(stream, log, onLine) {
    let partial = '';
    stream.on('data', (chunk) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(log, chunk);
        const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines)
            onLine(line);
    });
    stream.on('end', () => {
        if (partial)
            onLine(partial);
        partial = '';
    });
}
// The first name of each number: SIGABRT rather than its alias SIGIOT.
const SIGNAL_NAMES = new Map();
for (const [name, number] of Object.entries(node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals))
    if (!SIGNAL_NAMES.has(number))
        SIGNAL_NAMES.set(number, name);
// Windows reports a crash as the NTSTATUS of the exception that ended the process.
const NTSTATUS = {
    0xc0000005: 'EXCEPTION_ACCESS_VIOLATION',
    0xc000001d: 'EXCEPTION_ILLEGAL_INSTRUCTION',
    0xc0000094: 'EXCEPTION_INT_DIVIDE_BY_ZERO',
    0xc00000fd: 'EXCEPTION_STACK_OVERFLOW',
    0xc0000374: 'STATUS_HEAP_CORRUPTION',
    0xc0000409: 'STATUS_STACK_BUFFER_OVERRUN',
    0x80000003: 'EXCEPTION_BREAKPOINT',
};
/**
 * The crash behind an exit code: a shell reports a child killed by signal N as 128+N; Windows
 * reports the NTSTATUS of the exception (0xC0000005 for an access violation).
 */
function signalFromExitCode(code, platform = process.platform) {
    if (code === null)
        return null;
    if (platform === 'win32') {
        const status = code >>> 0;
        if (status < 0x80000000)
            return null;
        return NTSTATUS[status] ?? `NTSTATUS 0x${status.toString(16).toUpperCase()}`;
    }
    if (code <= 128)
        return null;
    return SIGNAL_NAMES.get(code - 128) ?? null;
}
/**
 * Runs a command in its own process group with its output going to a log file. Past the deadline
 * (the probe has by then dumped every thread and exited on its own) the group is killed.
 */
function spawnLogged(invocation, options) {
    const started = Date.now();
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(options.logFile, 'a');
    return new Promise((resolve) => {
        let timedOut = false;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(log);
            resolve({ ...result, timedOut, durationSeconds: (Date.now() - started) / 1000 });
        };
        const piped = options.onLine !== undefined;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(invocation.file, invocation.args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', piped ? 'pipe' : log, piped ? 'pipe' : log],
            detached: process.platform !== 'win32',
            windowsHide: true,
        });
        if (piped)
            for (const stream of [child.stdout, child.stderr])
                teeLines(stream, log, options.onLine);
        if (child.pid) {
            (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_3__/* .trackGroup */ .Tq)(child.pid);
        }
        const timer = setTimeout(() => {
            timedOut = true;
            if (child.pid)
                (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_3__/* .killGroup */ .i0)(child.pid);
        }, Math.max(options.deadline - Date.now(), 0) + (options.graceMs ?? 10_000));
        child.on('error', (error) => finish({ exitCode: null, signal: null, spawnError: error.message }));
        child.on('exit', (code, signal) => {
            // The probe exits with its hang dump right at the deadline; that is a timeout too.
            if (Date.now() >= options.deadline)
                timedOut = true;
            // Stragglers in the group (threads' children) must not outlive the leg. On Windows the tree
            // is gone with its root: taskkill /T finds no children of an exited process.
            if (process.platform !== 'win32' && child.pid)
                (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_3__/* .killGroup */ .i0)(child.pid);
            if (child.pid)
                (0,_cancellation_js__WEBPACK_IMPORTED_MODULE_3__/* .untrackGroup */ .eY)(child.pid);
            const result = {
                exitCode: code,
                signal: signal ?? signalFromExitCode(code),
                ...((0,_cancellation_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelled */ .KW)() ? { cancelled: true } : {}),
            };
            // Piped output is written to the log until the pipes close, which the kill above ensures; a
            // process outside the group that holds them open is given 5 s, then the pipes are dropped.
            if (piped) {
                const drop = setTimeout(() => {
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish(result);
                }, 5000);
                child.on('close', () => {
                    clearTimeout(drop);
                    finish(result);
                });
            }
            else
                finish(result);
        });
    });
}


/***/ }),

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

/***/ 63900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSingleJob: () => (/* binding */ runSingleJob)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/configure/exports.ts
var configure_exports = __webpack_require__(92915);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/results/memory.ts

/**
 * Reading 100,000s of test results keeps most of what it allocates, and V8 answers by growing the
 * young generation to its maximum, which roughly doubles the peak RSS of a large comparison
 * (npm run bench: about 330 MiB against 200 MiB for two files of 100,000 tests, and slower too).
 * Holding the young generation at its starting size avoids that. Called before results are read.
 */
function keepYoungGenerationSmall() {
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
}

// EXTERNAL MODULE: ./src/common/cancellation.ts
var cancellation = __webpack_require__(33598);
// EXTERNAL MODULE: ./src/common/workflow-commands.ts
var workflow_commands = __webpack_require__(25387);
;// CONCATENATED MODULE: ./src/model/outcome.ts
/**
 * What happened to one test in one mode. crashed and hung are the test running when the mode died (or
 * when its pytest-xdist worker died).
 */
const outcome_OUTCOMES = ['passed', 'failed', 'error', 'skipped', 'xfail', 'xpass', 'crashed', 'hung', 'absent'];
/** Outcomes that make a run fail. */
function isFailing(outcome) {
    return outcome === 'failed' || outcome === 'error' || outcome === 'crashed' || outcome === 'hung';
}
const MESSAGE_LIMIT = 1000;
const DETAILS_LIMIT = 4000;
/** A crash's or hang's thread dump is worth more room: every thread that matters, frames trimmed when shown. */
const TRACE_LIMIT = 16_000;
function clip(text, limit) {
    if (text === undefined)
        return undefined;
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
/** The last "path:line:" of a traceback: where a failure points when the XML has no file and line. */
function locationFromTraceback(details) {
    if (!details)
        return undefined;
    let found;
    for (const match of details.matchAll(/^([^\s:][^:\n]*\.py):(\d+):/gm)) {
        found = { file: match[1], line: Number(match[2]) };
    }
    return found;
}
/** pytest-xdist's report of a test whose worker process died under it. */
const XDIST_CRASH = /worker '([^']+)' crashed while running /;
/** The worker named by an xdist crash report, or undefined when the text is no such report. */
function xdistCrashedWorker(text) {
    return text ? XDIST_CRASH.exec(text)?.[1] : undefined;
}
/** The message a test gets when its xdist worker died under it. */
function xdistCrashMessage(worker) {
    return `The pytest-xdist worker ${worker} died while running this test`;
}

;// CONCATENATED MODULE: ./src/results/test-list.ts

/**
 * A leg's tests, held as columns: an id and a few numbers per test, with the file names stored once
 * and what only failures carry (message, details) kept aside. A million tests take about 90 bytes
 * each instead of an object graph of 200, which is what lets a comparison of two million tests fit
 * in a few hundred MiB (npm run bench). get(i) makes a TestResult when one is needed.
 */
class test_list_TestList {
    ids = [];
    nodeids;
    outcomes = new Uint8Array(256);
    /** Index + 1 into fileNames; 0: no file. */
    files = new Uint32Array(256);
    /** Line + 1; 0: no line. */
    lines = new Int32Array(256);
    /** Seconds; NaN: no time. */
    times = new Float64Array(256);
    /** Threads + 1; 0: not known. */
    threads = new Uint16Array(256);
    rare = new Map();
    fileNames = [];
    fileJson;
    fileIndex = new Map();
    static from(tests) {
        const list = new test_list_TestList();
        for (const test of tests)
            list.push(test);
        return list;
    }
    get length() {
        return this.ids.length;
    }
    id(at) {
        return this.ids[at];
    }
    outcome(at) {
        return outcome_OUTCOMES[this.outcomes[at]];
    }
    singleThreaded(at) {
        return this.rare.size === 0 ? undefined : this.rare.get(at)?.singleThreaded;
    }
    threadCount(at) {
        return this.threads[at] === 0 ? undefined : this.threads[at] - 1;
    }
    /** How many tests had each outcome. */
    outcomeCounts() {
        const counts = Object.fromEntries(outcome_OUTCOMES.map((o) => [o, 0]));
        for (let at = 0; at < this.ids.length; at++)
            counts[outcome_OUTCOMES[this.outcomes[at]]]++;
        return counts;
    }
    /** The indexes of the `count` tests that took longest (by their JUnit time), longest first. */
    slowest(count) {
        const top = [];
        for (let at = 0; at < this.ids.length; at++) {
            if (Number.isNaN(this.times[at]))
                continue;
            if (top.length === count && this.times[at] <= this.times[top[count - 1]])
                continue;
            let place = top.length;
            while (place > 0 && this.times[top[place - 1]] < this.times[at])
                place--;
            top.splice(place, 0, at);
            if (top.length > count)
                top.pop();
        }
        return top;
    }
    /** Stress modes: tests that ran in several threads, and in one. */
    threadCounts() {
        let parallel = 0;
        let single = 0;
        for (let at = 0; at < this.ids.length; at++) {
            if (this.threads[at] > 2)
                parallel++;
            else if (this.threads[at] === 2)
                single++;
        }
        return { parallel, single };
    }
    /** Adds a test; returns its index. */
    push(test) {
        const at = this.ids.length;
        if (at === this.outcomes.length)
            this.grow();
        this.ids.push(test.id);
        this.set(at, test);
        return at;
    }
    /** Replaces the test at an index (same id or not) with this one. */
    set(at, test) {
        this.ids[at] = test.id;
        if (test.nodeid !== undefined || this.nodeids) {
            this.nodeids ??= [];
            this.nodeids[at] = test.nodeid;
        }
        this.outcomes[at] = outcome_OUTCOMES.indexOf(test.outcome);
        this.files[at] = test.file === undefined ? 0 : this.fileNumber(test.file);
        this.lines[at] = test.line === undefined ? 0 : test.line + 1;
        this.times[at] = test.time ?? Number.NaN;
        this.threads[at] = test.threads === undefined ? 0 : Math.min(test.threads, 0xfffe) + 1;
        const rare = {};
        if (test.message !== undefined)
            rare.message = test.message;
        if (test.details !== undefined)
            rare.details = test.details;
        if (test.singleThreaded !== undefined)
            rare.singleThreaded = test.singleThreaded;
        if (Object.keys(rare).length > 0)
            this.rare.set(at, rare);
        else
            this.rare.delete(at);
    }
    /** The test at an index, as an object. */
    get(at) {
        const test = { id: this.ids[at], outcome: outcome_OUTCOMES[this.outcomes[at]] };
        const nodeid = this.nodeids?.[at];
        if (nodeid !== undefined)
            test.nodeid = nodeid;
        if (this.files[at] !== 0)
            test.file = this.fileNames[this.files[at] - 1];
        if (this.lines[at] !== 0)
            test.line = this.lines[at] - 1;
        const rare = this.rare.get(at);
        if (rare?.message !== undefined)
            test.message = rare.message;
        if (rare?.details !== undefined)
            test.details = rare.details;
        if (!Number.isNaN(this.times[at]))
            test.time = this.times[at];
        if (this.threads[at] !== 0)
            test.threads = this.threads[at] - 1;
        if (rare?.singleThreaded !== undefined)
            test.singleThreaded = rare.singleThreaded;
        return test;
    }
    /** The test at an index as JSON: JSON.stringify(get(at)), without making the object. */
    json(at) {
        let out = `{"id":${JSON.stringify(this.ids[at])},"outcome":"${outcome_OUTCOMES[this.outcomes[at]]}"`;
        const nodeid = this.nodeids?.[at];
        if (nodeid !== undefined)
            out += `,"nodeid":${JSON.stringify(nodeid)}`;
        if (this.files[at] !== 0) {
            this.fileJson ??= this.fileNames.map((name) => JSON.stringify(name));
            out += `,"file":${this.fileJson[this.files[at] - 1]}`;
        }
        if (this.lines[at] !== 0)
            out += `,"line":${JSON.stringify(this.lines[at] - 1)}`;
        const rare = this.rare.size === 0 ? undefined : this.rare.get(at);
        if (rare?.message !== undefined)
            out += `,"message":${JSON.stringify(rare.message)}`;
        if (rare?.details !== undefined)
            out += `,"details":${JSON.stringify(rare.details)}`;
        if (!Number.isNaN(this.times[at]))
            out += `,"time":${JSON.stringify(this.times[at])}`;
        if (this.threads[at] !== 0)
            out += `,"threads":${this.threads[at] - 1}`;
        if (rare?.singleThreaded !== undefined)
            out += `,"singleThreaded":${JSON.stringify(rare.singleThreaded)}`;
        return `${out}}`;
    }
    /** Rewrites every file name, each distinct one once (paths made relative to the workspace). */
    mapFiles(change) {
        this.fileNames = this.fileNames.map(change);
        this.fileIndex.clear();
        this.fileNames.forEach((name, index) => this.fileIndex.set(name, index + 1));
        this.fileJson = undefined;
    }
    /** Rewrites the failures' messages and details (paths in a leg's copy of the tree, made original). */
    mapText(change) {
        for (const rare of this.rare.values()) {
            if (rare.message !== undefined)
                rare.message = change(rare.message);
            if (rare.details !== undefined)
                rare.details = change(rare.details);
        }
    }
    /**
     * The list as a worker thread posts it, with its ids as bytes (the thread pushed its tests with
     * empty ids and kept the ids in `ids` as it read, never as a million strings): every column is a
     * buffer that moves (transfer lists them); the few strings (file names, failures) are copied.
     */
    toTransfer(ids) {
        const length = this.ids.length;
        const columns = {
            ids: ids.columns(),
            nodeids: this.nodeids,
            outcomes: this.outcomes.subarray(0, length),
            files: this.files.subarray(0, length),
            lines: this.lines.subarray(0, length),
            times: this.times.subarray(0, length),
            threads: this.threads.subarray(0, length),
            rare: [...this.rare],
            fileNames: this.fileNames,
        };
        const { outcomes, files, lines, times, threads } = columns;
        const transfer = [...columns.ids.chunks, columns.ids.ends, outcomes, files, lines, times, threads].map((c) => c.buffer);
        return { columns, transfer };
    }
    /** The list a worker thread posted (toTransfer). */
    static fromTransfer(columns) {
        const list = new test_list_TestList();
        list.ids = test_list_IdBytes.decode(columns.ids);
        list.nodeids = columns.nodeids;
        list.outcomes = columns.outcomes;
        list.files = columns.files;
        list.lines = columns.lines;
        list.times = columns.times;
        list.threads = columns.threads;
        for (const [at, rare] of columns.rare)
            list.rare.set(at, rare);
        list.fileNames = columns.fileNames;
        columns.fileNames.forEach((name, index) => list.fileIndex.set(name, index + 1));
        return list;
    }
    *[Symbol.iterator]() {
        for (let at = 0; at < this.ids.length; at++)
            yield this.get(at);
    }
    toJSON() {
        return [...this];
    }
    fileNumber(file) {
        let number = this.fileIndex.get(file);
        if (number === undefined) {
            this.fileJson = undefined;
            number = this.fileNames.push(file);
            this.fileIndex.set(file, number);
        }
        return number;
    }
    grow() {
        this.outcomes = doubled(this.outcomes, Uint8Array);
        this.files = doubled(this.files, Uint32Array);
        this.lines = doubled(this.lines, Int32Array);
        this.times = doubled(this.times, Float64Array);
        this.threads = doubled(this.threads, Uint16Array);
    }
}
/** A typed array twice as long, starting with the contents of `from`. */
function doubled(from, make) {
    // At least 256: a list moved from a worker thread may have no room at all.
    const to = new make(Math.max(256, from.length * 2));
    to.set(from);
    return to;
}
/**
 * Test ids as UTF-8 bytes, one after another in chunks of a few MiB, and where each ends in its
 * chunk: how a worker thread keeps the ids of a large file while it reads (no string per test on
 * its heap, no buffer copied as it grows) and hands them over in one move.
 */
class test_list_IdBytes {
    static CHUNK = 4 * 1024 * 1024;
    chunks = [];
    counts = [];
    current = new Uint8Array(test_list_IdBytes.CHUNK);
    used = 0;
    inCurrent = 0;
    ends = new Uint32Array(1 << 14);
    count = 0;
    encoder = new TextEncoder();
    add(id) {
        // UTF-8 takes at most three bytes for each UTF-16 unit.
        if (this.used + id.length * 3 > this.current.length) {
            this.seal();
            this.current = new Uint8Array(Math.max(test_list_IdBytes.CHUNK, id.length * 3));
        }
        if (this.count === this.ends.length)
            this.ends = doubled(this.ends, Uint32Array);
        this.used += this.encoder.encodeInto(id, this.current.subarray(this.used)).written;
        this.ends[this.count++] = this.used;
        this.inCurrent++;
    }
    columns() {
        this.seal();
        return { chunks: this.chunks, counts: this.counts, ends: this.ends.subarray(0, this.count) };
    }
    seal() {
        if (this.inCurrent === 0)
            return;
        this.chunks.push(this.current.subarray(0, this.used));
        this.counts.push(this.inCurrent);
        this.current = new Uint8Array(0);
        this.used = 0;
        this.inCurrent = 0;
    }
    /** The ids as strings, each its own (no slice of one big string keeps the others alive). */
    static decode({ chunks, counts, ends }) {
        const ids = new Array(ends.length);
        let at = 0;
        chunks.forEach((chunk, index) => {
            const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            let start = 0;
            for (const last = at + counts[index]; at < last; at++) {
                ids[at] = buffer.toString('utf8', start, ends[at]);
                start = ends[at];
            }
        });
        return ids;
    }
}

// EXTERNAL MODULE: ./src/model/mode.ts
var model_mode = __webpack_require__(59818);
;// CONCATENATED MODULE: ./src/stress/stress-classes.ts

/**
 * Stress modes compared with each other, for a test that the plain modes of the group do not
 * already class: fails under threads without the GIL but passes under threads with it (a race
 * the GIL hid), fails under threads with the GIL (the test itself is thread-unsafe), or fails
 * under threads where the other build's stress mode did not run.
 */
function classifyStress(outcomes, stoppedEarly) {
    const standard = outcomes['standard-stress'];
    const freethreaded = outcomes['freethreaded-stress'];
    if (standard === undefined && freethreaded === undefined)
        return undefined;
    const absentAfterStop = (mode, outcome) => outcome === 'absent' && stoppedEarly.has(mode);
    const ftFails = freethreaded !== undefined && isFailing(freethreaded);
    const stdFails = standard !== undefined && isFailing(standard);
    const ran = (outcome) => outcome !== undefined && outcome !== 'absent';
    // Failing under threads with the GIL, the test itself is not thread-safe, whatever the other build did.
    if (stdFails)
        return 'thread-unsafe';
    if (ftFails && ran(standard))
        return 'races-without-gil';
    if (ftFails)
        return 'stress-only';
    if (absentAfterStop('freethreaded-stress', freethreaded) || absentAfterStop('standard-stress', standard)) {
        return 'not-run';
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/model/evidence.ts
var model_evidence = __webpack_require__(46860);
;// CONCATENATED MODULE: ./src/stress/evidence.ts


/*
 * How a test that fails under thread stress earns its class: from counts of reruns in both stress
 * modes, never from one run. The rule (README, "How a verdict is reached"):
 *  - it failed under standard-stress (first run or any rerun): a thread-unsafe test, a fact: the GIL
 *    did not keep the test safe, whatever the free-threaded build did;
 *  - it failed only under freethreaded-stress: "races without the GIL" once a one-sided Fisher exact
 *    test on the reruns' counts gives p ≤ DECIDING_P, looked at every LOOK_EVERY reruns (and when the
 *    reruns stop);
 *  - anything else within the cap is undecided.
 * The run that raised the question is not counted: it was picked because it failed.
 */
/**
 * The p-value that decides. At most MAX_STRESS_RERUNS / LOOK_EVERY looks plus the last one: a
 * Bonferroni bound keeps the chance of blaming the build for a test that fails as often on both
 * under 5 % over all of them (95 % confidence).
 */
const DECIDING_P = 0.05 / (model_evidence/* MAX_STRESS_RERUNS */.o / model_evidence/* LOOK_EVERY */.M + 1);
const STRESS_MODES = ['freethreaded-stress', 'standard-stress'];
/** log(n!) for the small counts of reruns. */
function logFactorial(n) {
    let sum = 0;
    for (let i = 2; i <= n; i++)
        sum += Math.log(i);
    return sum;
}
const logChoose = (n, k) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
/**
 * Fisher's exact test, one-sided: the chance that `a` or more of the a + b failures fall among the
 * first mode's n1 runs when the failures are spread over both modes' n1 + n2 runs at random.
 */
function fisherOneSided(a, n1, b, n2) {
    const failures = a + b;
    const total = logChoose(n1 + n2, failures);
    let p = 0;
    for (let k = a; k <= Math.min(failures, n1); k++) {
        p += Math.exp(logChoose(n1, k) + logChoose(n2, failures - k) - total);
    }
    return Math.min(1, p);
}
/** The reruns of one mode, counted; a rerun that did not record the test says nothing. */
function countReruns(outcomes) {
    if (!outcomes)
        return undefined;
    const recorded = outcomes.filter((o) => o !== 'absent');
    return { failed: recorded.filter(isFailing).length, runs: recorded.length };
}
/**
 * The class a stress failure has earned from the first run's outcomes and the reruns so far.
 * `first` holds the outcome of each stress mode's first run; `reruns` the reruns by mode.
 */
function weighStress(first, reruns = {}) {
    const counts = {};
    for (const mode of STRESS_MODES) {
        const count = countReruns(reruns[mode]);
        if (count)
            counts[mode] = count;
    }
    const firstFailed = STRESS_MODES.filter((mode) => first[mode] !== undefined && isFailing(first[mode]));
    const evidence = (verdict, p) => ({
        verdict,
        counts,
        ...(p === undefined ? {} : { p }),
        firstFailed,
    });
    const failedEver = (mode) => {
        const outcome = first[mode];
        return (outcome !== undefined && isFailing(outcome)) || (counts[mode]?.failed ?? 0) > 0;
    };
    if (failedEver('standard-stress'))
        return evidence('thread-unsafe');
    const ft = counts['freethreaded-stress'];
    const std = counts['standard-stress'];
    const ran = (mode) => first[mode] !== undefined && first[mode] !== 'absent';
    if (!ran('freethreaded-stress') || !ran('standard-stress')) {
        // No partner to compare with: the failure is a fact about stress, not about the build, and it
        // is decided when every rerun (at least one look's worth) failed again.
        const only = ft ?? std;
        const decided = only !== undefined && only.runs >= model_evidence/* LOOK_EVERY */.M && only.failed === only.runs;
        return evidence(decided ? 'stress-only' : 'undecided');
    }
    if (!ft || !std || ft.runs === 0 || std.runs === 0)
        return evidence('undecided');
    const p = fisherOneSided(ft.failed, ft.runs, std.failed, std.runs);
    return evidence(p > DECIDING_P ? 'undecided' : 'races-without-gil', p);
}
/**
 * The counts in words: "failed 7/20 under freethreaded-stress, 0/20 under standard-stress"; for a
 * thread-unsafe test, with the first run's failures that are not in them.
 */
function countsText(evidence) {
    const parts = STRESS_MODES.filter((mode) => evidence.counts[mode]).map((mode) => {
        const { failed, runs } = evidence.counts[mode];
        return `${failed}/${runs} under ${mode}`;
    });
    const reruns = parts.length > 0 ? `failed ${parts.join(', ')}` : 'not rerun';
    const unseen = evidence.firstFailed.filter((mode) => !evidence.counts[mode]?.failed);
    return evidence.verdict === 'thread-unsafe' && unseen.length > 0
        ? `${reruns}; the first run failed under ${unseen.join(' and ')}`
        : reruns;
}

// EXTERNAL MODULE: ./src/inputs/command.ts
var inputs_command = __webpack_require__(6144);
// EXTERNAL MODULE: ./src/common/shell.ts
var shell = __webpack_require__(92983);
// EXTERNAL MODULE: ./src/model/build.ts
var build = __webpack_require__(59217);
;// CONCATENATED MODULE: ./src/compare/reproduce.ts





/** The mode whose failure best shows a divergence, when several failed. */
const TELLING = [
    'freethreaded',
    'freethreaded-stress',
    'standard',
    'standard-stress',
    'freethreaded-gil',
    'freethreaded-tsan',
];
/** The name a mode's interpreter has on PATH: python3.14, or python3.14t for the free-threaded build. */
const pythonName = (version, mode) => `python${(0,build/* minorOf */.Hs)(version)}${(0,model_mode/* buildOf */.Yy)(mode) === 'freethreaded' ? 't' : ''}`;
/**
 * The command that reproduces a test's failure in one mode on a developer's machine: the
 * interpreter by its PATH name, PYTHON_GIL as the mode set it, and pytest down to the test id,
 * with the stress options for a stress mode. Undefined when the suite is not run by pytest or
 * the test's node id is unknown.
 */
function reproduceCommand(nodeid, leg) {
    if (!nodeid || !(0,inputs_command/* runsPytest */.G)(leg.command))
        return undefined;
    const python = pythonName(leg.version, leg.mode);
    const words = [python, '-m', 'pytest', (0,shell/* shellWord */.r7)(nodeid)];
    if (leg.stress) {
        words.push(`--parallel-threads=${leg.stress.threads}`, `--iterations=${leg.stress.iterations}`);
    }
    const gil = leg.gil.pythonGil === null ? '' : `PYTHON_GIL=${leg.gil.pythonGil} `;
    return `${gil}${words.join(' ')}`;
}
/** The mode to reproduce a divergence in: the most telling one among those where it failed. */
function reproduceMode(outcomes) {
    return TELLING.find((mode) => outcomes[mode] !== undefined && isFailing(outcomes[mode]));
}
/** Classes that show only now and then: the command line's form runs them until they fail. */
const NOW_AND_THEN = new Set([
    'crashed',
    'hung',
    'races-without-gil',
    'stress-only',
    'undecided',
]);
/** How many runs the command line's form allows a race that shows now and then. */
const UNTIL_FAIL_RUNS = 100;
/**
 * The same reproduction with the command line and the run's report (`setup-python-ft reproduce`): in
 * that mode's environment, with its PYTHON_GIL and stress options, and, for a class that shows only
 * now and then (or a flaky one), again until it fails. Undefined when there is no bare command.
 */
function reportReproduceCommand(row, reportFile = 'report.json') {
    if (!row.reproduce || !row.nodeid)
        return undefined;
    const repeat = row.flaky === true || (row.kind !== undefined && NOW_AND_THEN.has(row.kind));
    const words = ['setup-python-ft', 'reproduce', (0,shell/* shellWord */.r7)(reportFile), (0,shell/* shellWord */.r7)(row.nodeid)];
    return `${words.join(' ')}${repeat ? ` --until-fail ${UNTIL_FAIL_RUNS}` : ''}`;
}

;// CONCATENATED MODULE: ./src/compare/classify.ts

/**
 * Classes one test from its outcome in each mode. stoppedEarly names the modes whose run died
 * (crash, hang): a test absent there was never reached, which is not a collection difference.
 */
function classify(outcomes, stoppedEarly) {
    const entries = Object.entries(outcomes);
    const values = entries.map(([, outcome]) => outcome);
    // One mode alone (a matrix leg) cannot diverge: its failures are plain failures.
    if (entries.length < 2)
        return { kind: values.some(isFailing) ? 'common' : 'same' };
    if (values.includes('crashed'))
        return { kind: 'crashed' };
    if (values.includes('hung'))
        return { kind: 'hung' };
    const present = entries.filter(([, outcome]) => outcome !== 'absent');
    const absent = entries.filter(([, outcome]) => outcome === 'absent').map(([mode]) => mode);
    if (present.length === 0)
        return { kind: 'same' };
    const failing = present.filter(([, outcome]) => isFailing(outcome)).map(([mode]) => mode);
    // A failure in some modes and not others matters more than a test missing from a mode.
    if (failing.length > 0 && failing.length < present.length) {
        if (failing.every((mode) => mode !== 'standard'))
            return { kind: 'freethreaded-only' };
        if (failing.every((mode) => mode === 'standard'))
            return { kind: 'standard-only' };
        return { kind: 'differs' };
    }
    if (absent.length > 0)
        return { kind: absent.every((mode) => stoppedEarly.has(mode)) ? 'not-run' : 'one-mode-only' };
    if (failing.length === entries.length)
        return { kind: 'common' };
    return new Set(values).size > 1 ? { kind: 'differs' } : { kind: 'same' };
}

// EXTERNAL MODULE: ./src/model/divergence.ts
var divergence = __webpack_require__(9579);
;// CONCATENATED MODULE: ./src/results/start-failure.ts
/*
 * Why a suite ran no test at all, read from the end of its output: pytest that could not load a
 * conftest or a plugin, collect a module, or parse its options prints the cause last.
 */

/**
 * A pytest run that ended without a signal or a timeout, non-zero, and left no test result: it never
 * ran a test (a conftest or plugin that does not load, a collection error, bad options, nothing
 * collected). Such a mode was not compared, whatever fail-on says.
 */
function ranNoTest(command, status, tests) {
    return tests === 0 && (0,inputs_command/* runsPytest */.G)(command) && !status.signal && !status.timedOut && status.exitCode !== 0;
}
/** How long the quoted cause may be: one line of an annotation. */
const CAUSE_LIMIT = 300;
/** pytest's decorations, not causes: ===== rules, !!!!! Interrupted !!!!!, the timing line. */
const DECORATION = /^(=+|!+|-+|_+)( .*)?$|^\d+ (errors?|failed|passed|skipped|warnings?)\b.* in [\d.]+s/;
/** The unindented line of an exception (pluggy._manager.PluginValidationError: ...). */
const EXCEPTION = /^([A-Za-z_][\w]*\.)*[A-Za-z_]\w*(Error|Exception|Exit|Interrupt|Failed)\b(:.*)?$/;
/**
 * The last error line of the output: an exception with the lines that continue its message, pytest's
 * `E   ` detail, its `ERROR ...` lines, an INTERNALERROR, or an argument parser's `error:`. Quoted
 * whole, up to CAUSE_LIMIT characters; undefined when the output has none.
 */
function startFailure(output) {
    const lines = output.split(/\r?\n/);
    for (let at = lines.length - 1; at >= 0; at--) {
        const line = lines[at].trimEnd();
        if (!line || DECORATION.test(line))
            continue;
        let cause;
        if (EXCEPTION.test(line)) {
            // The message may go on over the next lines, up to a blank line or a decoration.
            const rest = [];
            for (let next = at + 1; next < lines.length && rest.length < 3; next++) {
                const more = lines[next].trim();
                if (!more || DECORATION.test(more))
                    break;
                rest.push(more);
            }
            cause = [line, ...rest].join(' ');
        }
        else {
            const detail = /^E {2,}(\S.*)$/.exec(line) ?? /^INTERNALERROR> *(\S.*(Error|Exception)\b.*)$/.exec(line);
            if (detail)
                cause = detail[1];
            else if (/^ERROR\b/.test(line) || /^\S+: error: /.test(line))
                cause = line;
        }
        if (cause)
            return cause.length > CAUSE_LIMIT ? `${cause.slice(0, CAUSE_LIMIT)}…` : cause;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/compare/timing.ts

/*
 * Where the time went: a mode that takes far longer than another on the same tests is said so, with
 * its slowest tests and their time in the fastest mode. The cause may be the project's (a tracer
 * that is slow on the free-threaded build, lock contention) or the runner's; either way it is shown.
 */
/** A mode this many times slower than another is reported… */
const SLOW_RATIO = 3;
/** …when it also takes this much longer: a 0.3 s suite against a 1.2 s one says nothing. */
const SLOW_SECONDS = 5;
/** How many of its slowest tests are named. */
const SLOWEST_TESTS = 5;
const seconds = (value) => `${value.toFixed(1)} s`;
/**
 * Legs whose time says something about the suite: not the modes slower by design (stress, TSan), nor
 * one that hung or ran out of time (its hang is reported as such), nor one that ran no test.
 */
function comparable(leg) {
    const s = leg.status;
    return !model_mode/* MODE_TRAITS */.QM[leg.mode].slower && !s.timedOut && !(s.hangs?.length ?? 0) && leg.tests.length > 0;
}
/** The slowest tests of the slow leg, with their time there and in the fast leg. */
function slowestTests(slow, fast) {
    const picked = slow.tests.slowest(SLOWEST_TESTS).map((at) => slow.tests.get(at));
    const wanted = new Set(picked.map((test) => test.id));
    const fastTimes = new Map();
    for (let at = 0; at < fast.tests.length && fastTimes.size < wanted.size; at++) {
        const id = fast.tests.id(at);
        if (wanted.has(id))
            fastTimes.set(id, fast.tests.get(at).time ?? Number.NaN);
    }
    return picked.map((test) => ({
        test: test.nodeid ?? test.id,
        seconds: { [slow.mode]: test.time, [fast.mode]: fastTimes.get(test.id) },
    }));
}
/** The group's slowest comparable mode, when it took more than SLOW_RATIO times its fastest. */
function slowMode(legs) {
    const timed = legs.filter(comparable).sort((a, b) => a.status.durationSeconds - b.status.durationSeconds);
    if (timed.length < 2)
        return undefined;
    const fast = timed[0];
    const slow = timed[timed.length - 1];
    const [f, s] = [fast.status.durationSeconds, slow.status.durationSeconds];
    if (s < f * SLOW_RATIO || s - f < SLOW_SECONDS)
        return undefined;
    const slowest = slowestTests(slow, fast);
    const named = slowest.map(({ test, seconds: t }) => {
        const there = t[fast.mode];
        return `${test} ${seconds(t[slow.mode])}${there === undefined || Number.isNaN(there) ? '' : ` (${fast.mode} ${seconds(there)})`}`;
    });
    const ratio = `${(s / Math.max(f, 0.001)).toFixed(1)}×`;
    return {
        mode: slow.mode,
        message: `${slow.mode} took ${ratio} as long as ${fast.mode} (${seconds(s)} against ${seconds(f)})` +
            (named.length > 0 ? `; its slowest tests: ${named.join(', ')}` : ''),
        slowest,
    };
}

// EXTERNAL MODULE: ./src/common/process.ts
var common_process = __webpack_require__(55704);
;// CONCATENATED MODULE: ./src/stress/run-parallel.ts


/*
 * Thread stress runs every test in several threads at once through pytest-run-parallel, the
 * free-threading community's plugin: the action writes no threading harness of its own.
 */
/** The distribution, and the version the action installs when the project does not bring its own. */
const RUN_PARALLEL = 'pytest-run-parallel';
const RUN_PARALLEL_VERSION = '0.10.0';
/**
 * The pytest options of a stress mode. --ignore-gil-enabled keeps the session going when an
 * extension turns the GIL back on (gil: detect): the action's probe reports where instead.
 */
function stressOptions(stress) {
    return `--parallel-threads=${stress.threads} --iterations=${stress.iterations} --ignore-gil-enabled`;
}
/**
 * Installs pytest-run-parallel into a build's venv unless `install` already brought it. Returns
 * why it could not, or undefined.
 */
async function ensureRunParallel(venv, env, logFile, deadline) {
    const options = { cwd: external_node_path_default().dirname(venv.dir), env, logFile, deadline };
    const present = await (0,common_process/* spawnLogged */.i)({ file: venv.python, args: ['-c', 'import pytest_run_parallel'] }, options);
    if (present.exitCode === 0)
        return undefined;
    const pip = ['-m', 'pip', 'install', '--disable-pip-version-check', `${RUN_PARALLEL}==${RUN_PARALLEL_VERSION}`];
    const installed = await (0,common_process/* spawnLogged */.i)({ file: venv.python, args: pip }, options);
    if (installed.exitCode === 0)
        return undefined;
    return installed.spawnError ?? `pip exited ${installed.exitCode ?? installed.signal}`;
}

;// CONCATENATED MODULE: ./src/compare/findings.ts




/**
 * The project's extension modules that were installed but never imported, one finding each, with
 * the modes where: the free-threaded comparison of the C code did not happen. Never blocking.
 */
function untestedFindings(group, legs) {
    const modesOf = new Map();
    for (const leg of legs)
        for (const name of leg.untestedExtensions ?? [])
            modesOf.set(name, [...(modesOf.get(name) ?? []), leg]);
    return [...modesOf].map(([module, where]) => ({
        kind: 'untested-extension',
        group,
        modes: where.map((leg) => leg.mode),
        blocking: false,
        module,
        message: `${module} was built for ${[...new Set(where.map((leg) => leg.abi))].join(' and ')} but never imported: the suite ran the pure-Python code (tests import the source tree; install with -e, use a src layout, or --import-mode=importlib)`,
    }));
}
/** A mode whose suite never ran a test (a blocking no-tests finding): told as the step's failure. */
const suiteNotRun = (finding) => finding.kind === 'no-tests' && finding.blocking;
/**
 * The modes whose pytest ran no test at all, one blocking finding per cause: they were not compared,
 * and "the same failures in every mode" would hide that the suite never started.
 */
function notRunFindings(group, legs) {
    const byCause = new Map();
    for (const leg of legs.filter((l) => ranNoTest(l.command, l.status, l.tests.length))) {
        const exit = leg.status.exitCode;
        const why = exit === 5 ? 'pytest collected no tests (exit code 5)' : `pytest exited ${exit} before running a test`;
        const cause = leg.status.cause ? `${why}: ${leg.status.cause}` : why;
        byCause.set(cause, [...(byCause.get(cause) ?? []), leg.mode]);
    }
    return [...byCause].map(([cause, modes]) => ({
        kind: 'no-tests',
        group,
        modes,
        blocking: true,
        message: `${modes.join(', ')} ran no test: ${cause}`,
    }));
}
/** The mode meant to run without the GIL. */
const ranWithoutGil = (leg) => (0,model_mode/* withoutGil */.n1)(leg.mode);
function gilFindings(group, legs, requireGilDisabled) {
    const findings = [];
    const undeclared = new Map();
    for (const leg of legs) {
        if (leg.mode === 'standard')
            continue;
        for (const module of leg.gil.undeclared)
            undeclared.set(module, [...(undeclared.get(module) ?? []), leg.mode]);
    }
    for (const [module, modes] of undeclared) {
        // It matters where the GIL is meant to be off; in freethreaded-gil the GIL is on by design.
        const affected = modes.some(model_mode/* withoutGil */.n1) ? modes.filter(model_mode/* withoutGil */.n1) : modes;
        findings.push({
            kind: 'undeclared-extension',
            group,
            modes: affected,
            module,
            blocking: requireGilDisabled,
            message: `${module} has not declared free-threading support: without PYTHON_GIL=0, importing it turns the GIL back on`,
        });
    }
    for (const leg of legs.filter(ranWithoutGil)) {
        const first = leg.gil.enabledBy[0];
        if (!first && leg.gil.atEnd !== true && leg.gil.atStart !== true)
            continue;
        const where = first?.test ? `from test ${first.test} on` : first ? `from ${first.when} on` : 'during the run';
        const module = first?.module ?? leg.gil.enabledBy.find((e) => e.module && e.test === first?.test)?.module;
        const cause = module ? `, when ${module} was imported` : '';
        findings.push({
            kind: 'gil-enabled',
            group,
            modes: [leg.mode],
            module,
            blocking: requireGilDisabled,
            message: `The GIL was on in ${leg.mode} ${where}${cause}: those tests ran with the GIL`,
        });
    }
    return findings;
}
/**
 * What the action itself installs in the venvs of some modes (the stress modes' pytest-run-parallel,
 * when the project brings none): absent from the other modes by design, not a difference of the
 * builds. At different versions in two modes, it is one (the project pinned its own).
 */
const ADDED_BY_MODES = new Set([RUN_PARALLEL]);
/**
 * Distributions installed at different versions in the group's modes, or in some modes only: the
 * builds resolved the same requirements differently (most often: no wheel of the newest release for
 * the free-threaded ABI, or an optional dependency left out for want of one).
 */
function versionFindings(group, legs) {
    const listed = legs.filter((leg) => leg.packages);
    const names = new Set(listed.flatMap((leg) => Object.keys(leg.packages)));
    const findings = [];
    for (const name of [...names].sort()) {
        const versions = {};
        for (const leg of listed) {
            const version = leg.packages[name];
            if (version !== undefined)
                versions[leg.mode] = version;
        }
        const distinct = [...new Set(Object.values(versions))];
        const without = ADDED_BY_MODES.has(name)
            ? []
            : listed.filter((leg) => versions[leg.mode] === undefined).map((leg) => leg.mode);
        if (distinct.length < 2 && without.length === 0)
            continue;
        const byVersion = distinct.map((version) => `${version} in ${Object.keys(versions)
            .filter((mode) => versions[mode] === version)
            .join(', ')}`);
        const missing = without.length > 0 ? `; not installed in ${without.join(', ')}` : '';
        findings.push({
            kind: 'dependency-versions',
            group,
            modes: listed.map((leg) => leg.mode),
            blocking: false,
            distribution: name,
            versions,
            message: `${name} differs between the modes: ${byVersion.join('; ')}${missing}. The builds test against different versions`,
        });
    }
    return findings;
}
/** Every finding of a group: the GIL, legs missing, legs without tests, legs that died between tests. */
/** Where a TSan report points, in words: "data race at src/_racy.c:12 in racy_increment". */
function tsanPlace(finding) {
    const place = finding.place;
    if (place?.file)
        return `${finding.kind} at ${place.file}:${place.line} in ${place.function}`;
    if (place)
        return `${finding.kind} in ${place.function}${place.module ? ` (${place.module})` : ''}`;
    return finding.summary;
}
/**
 * ThreadSanitizer's reports of the freethreaded-tsan mode, one finding per place: blocking, since a
 * race in C is a bug even when every assertion passed; one with no frame outside CPython itself is a
 * warning (CPython's to fix, or to suppress).
 */
function tsanFindings(group, legs) {
    return legs.flatMap((leg) => (leg.tsan ?? []).map((tsan) => {
        const tests = tsan.tests.length > 0
            ? `, in ${tsan.tests.slice(0, 3).join(', ')}${tsan.tests.length > 3 ? ` and ${tsan.tests.length - 3} more` : ''}`
            : '';
        const times = tsan.count > 1 ? ` (${tsan.count} reports)` : '';
        return {
            kind: 'thread-sanitizer',
            group,
            modes: [leg.mode],
            blocking: !tsan.inInterpreter,
            place: tsanPlace(tsan),
            tsan,
            message: `ThreadSanitizer: ${tsanPlace(tsan)}${tests}${times}${tsan.inInterpreter ? ' (inside CPython itself: no frame of the project)' : ''}`,
        };
    }));
}
function groupFindings(group, legs, options, comparingExitCodes) {
    const findings = [
        ...tsanFindings(group, legs),
        ...gilFindings(group, legs, options.requireGilDisabled),
        ...versionFindings(group, legs),
    ];
    findings.push(...untestedFindings(group, legs));
    const slow = slowMode(legs);
    if (slow) {
        const { mode, message, slowest } = slow;
        findings.push({ kind: 'slow-mode', group, modes: [mode], blocking: false, message, slowest });
    }
    const present = new Set(legs.map((l) => l.mode));
    const missing = (options.expected ?? []).filter((e) => e.group === group && !present.has(e.mode));
    for (const { mode } of missing) {
        findings.push({
            kind: 'missing-leg',
            group,
            modes: [mode],
            blocking: true,
            message: `No results from ${mode}: the leg never ran or uploaded nothing`,
        });
    }
    findings.push(...notRunFindings(group, legs));
    if (!comparingExitCodes) {
        for (const leg of legs.filter((l) => l.tests.length === 0 && !ranNoTest(l.command, l.status, 0))) {
            findings.push({
                kind: 'no-tests',
                group,
                modes: [leg.mode],
                blocking: false,
                message: `${leg.mode} reported no tests (exit code ${leg.status.exitCode ?? leg.status.signal})`,
            });
        }
    }
    for (const leg of legs) {
        const counts = leg.tests.outcomeCounts();
        if ((leg.status.signal || leg.status.timedOut) && counts.crashed + counts.hung === 0) {
            const how = leg.status.timedOut ? 'ran out of time' : `died on ${leg.status.signal}`;
            findings.push({
                kind: 'stopped',
                group,
                modes: [leg.mode],
                blocking: false,
                message: `${leg.mode} ${how} outside any test`,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/table.ts


/**
 * A divergence the evidence has not settled or that is not the build's: its reruns disagreed
 * (flaky), its counts under thread stress decided nothing (undecided), or it follows the folder the
 * test ran in (place-dependent). A warning unless fail-on is flaky or failure.
 */
function isTentative(row) {
    return (0,divergence/* isTentativeDivergence */.jW)(row.flaky, row.kind);
}
/** The modes in which a divergent test fails, or is absent. */
function failingModes(row) {
    return Object.entries(row.outcomes)
        .filter(([, outcome]) => isFailing(outcome) || outcome === 'absent')
        .map(([mode]) => mode);
}
/**
 * Every test of a group, one row per test id in the order first seen, over the legs' own test
 * lists. A row is made when asked for, so that a million tests never exist twice in memory: the
 * comparison keeps the few rows it classed (divergent, common, thread-unsafe) and the report makes
 * the others one at a time as it writes them.
 */
class TestTable {
    legs;
    /** Row -> index in each leg's tests (-1: absent); undefined where the leg lists the rows in order. */
    at;
    kept = new Map();
    size;
    constructor(legs) {
        this.legs = legs;
        const first = legs[0]?.tests;
        const inOrder = (tests) => {
            if (tests.length !== first.length)
                return false;
            for (let i = 0; i < tests.length; i++)
                if (tests.id(i) !== first.id(i))
                    return false;
            return true;
        };
        if (legs.every((leg) => inOrder(leg.tests))) {
            this.size = first?.length ?? 0;
            this.at = legs.map(() => undefined);
            return;
        }
        const rows = new Map();
        const rowOf = legs.map((leg) => {
            const found = new Int32Array(leg.tests.length);
            for (let i = 0; i < leg.tests.length; i++) {
                const id = leg.tests.id(i);
                let row = rows.get(id);
                if (row === undefined)
                    rows.set(id, (row = rows.size));
                found[i] = row;
            }
            return found;
        });
        this.size = rows.size;
        this.at = rowOf.map((found) => {
            const at = new Int32Array(this.size).fill(-1);
            found.forEach((row, i) => (at[row] = i));
            return at;
        });
    }
    static empty() {
        return new TestTable([]);
    }
    /** Where the leg at index `leg` holds the test of a row; -1 when it does not. */
    index(leg, row) {
        const at = this.at[leg];
        return at ? at[row] : row;
    }
    /** The test of a row in a leg, if that leg has it. */
    test(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.get(at);
    }
    /** The outcome of a row in a leg, if that leg has it. */
    outcome(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.outcome(at);
    }
    singleThreaded(leg, row) {
        const at = this.index(leg, row);
        return at < 0 ? undefined : this.legs[leg].tests.singleThreaded(at);
    }
    get legCount() {
        return this.legs.length;
    }
    /** Keeps a row the comparison classed: the report then shows that very row. */
    keep(row, value) {
        this.kept.set(row, value);
    }
    /** The test at a row across the modes; a mode without it is absent. */
    row(row) {
        const kept = this.kept.get(row);
        if (kept)
            return kept;
        let made;
        this.legs.forEach((leg, index) => {
            const test = this.test(index, row);
            if (!test)
                return;
            made ??= { id: test.id, outcomes: {} };
            made.outcomes[leg.mode] = test.outcome;
            made.nodeid ??= test.nodeid;
            made.singleThreaded ??= test.singleThreaded;
            if (made.file === undefined && test.file) {
                made.file = test.file;
                made.line = test.line;
            }
            if (isFailing(test.outcome)) {
                if (test.message)
                    made.messages = { ...made.messages, [leg.mode]: test.message };
                const limit = test.outcome === 'crashed' || test.outcome === 'hung' ? TRACE_LIMIT : DETAILS_LIMIT;
                if (!made.details || leg.mode !== 'standard')
                    made.details = clip(test.details ?? test.message, limit);
            }
            const reruns = Object.hasOwn(leg.reruns, test.id) ? leg.reruns[test.id] : undefined;
            if (reruns?.length)
                made.reruns = { ...made.reruns, [leg.mode]: reruns };
            const place = leg.placeCheck && Object.hasOwn(leg.placeCheck, test.id) ? leg.placeCheck[test.id] : undefined;
            if (place)
                made.placeCheck = { ...made.placeCheck, [leg.mode]: place };
        });
        for (const leg of this.legs)
            made.outcomes[leg.mode] ??= 'absent';
        return made;
    }
    *[Symbol.iterator]() {
        for (let row = 0; row < this.size; row++)
            yield this.row(row);
    }
}

// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline = __webpack_require__(26360);
;// CONCATENATED MODULE: ./src/compare/baseline-match.ts


/** A glob as a regular expression: `**` any folders, `*` and `?` within one; the rest literal. */
function globPattern(glob) {
    let source = '';
    for (let at = 0; at < glob.length; at++) {
        if (glob.startsWith('**/', at)) {
            source += '(?:.*/)?';
            at += 2;
        }
        else if (glob.startsWith('**', at)) {
            source += '.*';
            at += 1;
        }
        else if (glob[at] === '*')
            source += '[^/]*';
        else if (glob[at] === '?')
            source += '[^/]';
        else
            source += glob[at].replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function coversTest(entry, row, group) {
    if (entry.group !== undefined && entry.group !== group)
        return false;
    if (entry.test !== undefined)
        return entry.test === row.id || entry.test === row.nodeid;
    return row.file !== undefined && globPattern(entry.file).test(row.file);
}
const sameModes = (a, b) => a.length === b.length && a.every((mode) => b.includes(mode));
function coversFinding(entry, finding) {
    return (entry.kind === finding.kind &&
        (entry.group === undefined || entry.group === finding.group) &&
        (entry.module === undefined || entry.module === finding.module) &&
        (entry.distribution === undefined || entry.distribution === finding.distribution) &&
        (entry.place === undefined || entry.place === finding.place) &&
        (entry.modes === undefined || sameModes(entry.modes, finding.modes)));
}
/** Marks a group's divergences and findings new or known; says which entries it used. */
function markGroup(baseline, group, divergences, findings) {
    const use = { known: { divergences: [], findings: [] }, changed: [] };
    for (const row of divergences) {
        row.baseline = 'new';
        baseline.divergences.forEach((entry, index) => {
            if (!coversTest(entry, row, group))
                return;
            if (entry.class === undefined || entry.class === row.kind) {
                row.baseline = 'known';
                use.known.divergences.push(index);
            }
            else
                use.changed.push(index);
        });
    }
    for (const finding of findings) {
        finding.baseline = 'new';
        baseline.findings.forEach((entry, index) => {
            if (!coversFinding(entry, finding))
                return;
            finding.baseline = 'known';
            use.known.findings.push(index);
        });
    }
    return use;
}
/** The divergences a baseline does not know (all of them without one), group by group in order. */
function newDivergences(comparison) {
    return comparison.groups.flatMap((g) => g.divergences.filter((row) => row.baseline !== 'known'));
}
/** Entries that covered nothing in any group they apply to: fixed, to be removed from the baseline. */
function fixedEntries(baseline, groups) {
    const used = (list, index) => groups.some((g) => g.baselineUse?.known[list].includes(index) ||
        (list === 'divergences' && g.baselineUse?.changed.includes(index)));
    const applies = (entry) => entry.group === undefined ? groups.length > 0 : groups.some((g) => g.group === entry.group);
    return {
        // A known flaky test from the history that did not trip this time is not fixed: it is flaky.
        divergences: baseline.divergences.filter((entry, index) => applies(entry) && !entry.knownFlaky && !used('divergences', index)),
        findings: baseline.findings.filter((entry, index) => applies(entry) && !used('findings', index)),
    };
}
/**
 * The baseline of this run, to copy into the repository: the entries of the given baseline that
 * still made something known, as they were written (globs stay globs), then every new divergence
 * and finding as an entry of its own.
 */
function currentBaseline(groups, given) {
    // Entries the history added (knownFlaky) stay in the history, not in the file.
    const kept = (list) => (given?.[list] ?? []).filter((entry, index) => !entry.knownFlaky && groups.some((g) => g.baselineUse?.known[list].includes(index)));
    const divergences = kept('divergences');
    const findings = kept('findings');
    for (const g of groups) {
        for (const row of g.divergences.filter((r) => r.baseline !== 'known')) {
            divergences.push({ test: row.id, group: g.group, class: row.kind, modes: failingModes(row) });
        }
        for (const finding of g.findings.filter((f) => f.baseline !== 'known')) {
            const names = finding.module ?? finding.distribution ?? finding.place;
            findings.push({
                kind: finding.kind,
                group: g.group,
                ...(finding.module ? { module: finding.module } : {}),
                ...(finding.distribution ? { distribution: finding.distribution } : {}),
                ...(finding.place ? { place: finding.place } : {}),
                ...(names ? {} : { modes: finding.modes }),
            });
        }
    }
    return { schema: baseline/* BASELINE_SCHEMA */.iW, divergences, findings };
}

;// CONCATENATED MODULE: ./src/compare/comparison.ts













/**
 * not-run: a mode's suite never ran a test (it could not start); not-compared: no group had two modes
 * with results, so nothing could agree or diverge.
 */
const OVERALL_OUTCOMES = (/* unused pure expression or super */ null && (['passed', 'failed', 'diverged', 'not-run', 'not-compared']));
/** Two legs claimed the same group and mode. */
class DuplicateLegError extends Error {
}
/** The pseudo-test that stands for a run without any JUnit: its exit code. */
const EXIT_CODE_TEST = '(exit code)';
function exitCodeOutcome(status) {
    if (status.timedOut)
        return 'hung';
    if (status.signal)
        return 'crashed';
    return status.exitCode === 0 ? 'passed' : 'failed';
}
function modeRow(leg) {
    const counts = leg.tests.outcomeCounts();
    const gilOn = leg.gil.atStart === true || leg.gil.atEnd === true || leg.gil.enabledBy.length > 0;
    return {
        mode: leg.mode,
        version: leg.version,
        abi: leg.abi,
        counts,
        total: leg.tests.length,
        status: leg.status,
        gil: leg.gil,
        gilStayedOff: ranWithoutGil(leg) ? !gilOn : null,
        ...(leg.stress
            ? {
                stress: { ...leg.stress, ...leg.tests.threadCounts() },
            }
            : {}),
        ...(leg.packages ? { packages: leg.packages } : {}),
        ...(leg.dependencies ? { dependencies: leg.dependencies } : {}),
        ...(leg.install ? { install: leg.install } : {}),
    };
}
/**
 * The legs of each group, groups in the order their first leg comes, then the expected groups that
 * have none; within a group, legs in the order of MODES. Takes only what it needs of a leg, so that
 * the compare job can plan from leg.json heads and read one group's tests at a time.
 */
function legGroups(legs, expected = []) {
    const byGroup = new Map();
    for (const leg of legs) {
        const same = byGroup.get(leg.group) ?? [];
        if (same.some((other) => other.mode === leg.mode)) {
            throw new DuplicateLegError(`two legs claim mode ${leg.mode} of ${leg.group}`);
        }
        byGroup.set(leg.group, [...same, leg]);
    }
    for (const { group } of expected)
        if (!byGroup.has(group))
            byGroup.set(group, []);
    for (const same of byGroup.values())
        same.sort((a, b) => model_mode/* MODES */.FN.indexOf(a.mode) - model_mode/* MODES */.FN.indexOf(b.mode));
    return byGroup;
}
/** Compares the legs test by test, within each group. Pure: the same for one job or many. */
function compare(legs, options) {
    const groups = [...legGroups(legs, options.expected)].map(([group, same]) => compareGroup(group, same, options));
    return combineGroups(groups, options);
}
/** The overall counts and outcome of the compared groups. */
function combineGroups(groups, options) {
    const findings = groups.flatMap((g) => g.findings);
    const divergences = groups.reduce((n, g) => n + g.divergences.length, 0);
    const failures = groups.reduce((n, g) => n + g.failures, 0);
    const matrixLeg = options.matrixLeg ?? false;
    const outcome = findings.some(suiteNotRun)
        ? 'not-run'
        : divergences > 0 || findings.some((f) => f.blocking)
            ? 'diverged'
            : !matrixLeg && !groups.some((g) => g.compared)
                ? 'not-compared'
                : failures > 0
                    ? 'failed'
                    : 'passed';
    const comparison = { groups, matrixLeg, divergences, failures, findings, outcome };
    if (options.baseline) {
        comparison.baseline = {
            baseline: options.baseline,
            newDivergences: groups.reduce((n, g) => n + g.divergences.filter((r) => r.baseline === 'new').length, 0),
            newBlockingFindings: findings.filter((f) => f.blocking && f.baseline === 'new').length,
            fixed: fixedEntries(options.baseline, groups),
        };
    }
    return comparison;
}
/** A test whose outcome is the same passing one in every mode: nothing to class or show. */
function agrees(table, row) {
    const outcome = table.outcome(0, row);
    if (outcome === undefined || isFailing(outcome))
        return false;
    for (let leg = 1; leg < table.legCount; leg++)
        if (table.outcome(leg, row) !== outcome)
            return false;
    return true;
}
/**
 * The class of a test the plain modes agree on, from the stress modes. A failure under threads
 * earns it from its reruns' counts (stress/evidence.ts), the evidence it is kept with; a hang
 * without the GIL is not rerun (each rerun would wait out the timeout) and stays a hang.
 */
function stressClass(row, stoppedEarly) {
    const first = classifyStress(row.outcomes, stoppedEarly);
    if (first === undefined || first === 'not-run')
        return { kind: first };
    if (first !== 'thread-unsafe' && Object.values(row.outcomes).includes('hung'))
        return { kind: 'hung' };
    const evidence = weighStress(row.outcomes, row.reruns);
    return { kind: evidence.verdict, evidence };
}
/**
 * A divergence whose every failing mode, rerun alone, failed again in its own folder and passed in
 * the other place (the working directory instead of a copy of the tree, or the reverse): the test
 * depends on the folder, not on the build. Passing alone in both says nothing about the folder.
 */
function followsPlace(row) {
    if (!row.placeCheck)
        return false;
    const failing = Object.entries(row.outcomes).filter(([, o]) => isFailing(o));
    return (failing.length > 0 &&
        failing.every(([mode]) => {
            const check = row.placeCheck[mode];
            return check !== undefined && isFailing(check.here) && check.there === 'passed';
        }));
}
/** Compares the legs of one group (in the order of MODES) test by test. */
function compareGroup(group, legs, options) {
    // A mode whose suite never ran a test is reported (findings.ts), not compared: its missing tests
    // are not divergences, and its exit code is no test's outcome.
    const ran = legs.filter((leg) => !ranNoTest(leg.command, leg.status, leg.tests.length));
    const noJunitAnywhere = ran.every((leg) => leg.tests.length === 0);
    const testsOf = (leg) => noJunitAnywhere ? test_list_TestList.from([{ id: EXIT_CODE_TEST, outcome: exitCodeOutcome(leg.status) }]) : leg.tests;
    const stoppedEarly = new Set(ran.filter((l) => l.status.signal || l.status.timedOut).map((l) => l.mode));
    const table = new TestTable(ran.map((leg) => ({ mode: leg.mode, reruns: leg.reruns, placeCheck: leg.placeCheck, tests: testsOf(leg) })));
    const divergences = [];
    const common = [];
    const threadUnsafe = [];
    const singleThreaded = [];
    let failures = 0;
    const plainStopped = new Set([...stoppedEarly].filter((mode) => !(0,model_mode/* isStress */.JA)(mode)));
    for (let at = 0; at < table.size; at++) {
        if (agrees(table, at)) {
            if (ran.some((_, leg) => table.singleThreaded(leg, at)))
                singleThreaded.push(table.row(at));
            continue;
        }
        const row = table.row(at);
        if (row.singleThreaded)
            singleThreaded.push(row);
        if (Object.values(row.outcomes).some((o) => isFailing(o)))
            failures++;
        // Plain modes are compared with plain modes; the stress modes speak where those agree.
        const plain = Object.fromEntries(Object.entries(row.outcomes).filter(([mode]) => !(0,model_mode/* isStress */.JA)(mode)));
        const verdict = classify(plain, plainStopped);
        const weighed = verdict.kind === 'same' ? stressClass(row, stoppedEarly) : undefined;
        if (weighed?.evidence)
            row.evidence = weighed.evidence;
        const stress = weighed?.kind;
        if (verdict.kind === 'common')
            common.push(row);
        else if (stress === 'thread-unsafe')
            threadUnsafe.push(row);
        else if (verdict.kind !== 'same' || stress) {
            row.kind = stress ?? (followsPlace(row) ? 'place-dependent' : verdict.kind);
            const mode = reproduceMode(row.outcomes);
            const leg = mode && legs.find((l) => l.mode === mode);
            if (leg)
                row.reproduce = reproduceCommand(row.nodeid, leg);
            if (row.reruns && !row.evidence) {
                // A rerun that recorded nothing for the test (absent) says nothing about it either way.
                row.flaky = Object.entries(row.reruns).some(([mode, outcomes]) => !outcomes.every((o) => o === 'absent' || o === row.outcomes[mode]));
            }
            divergences.push(row);
        }
        else
            continue;
        table.keep(at, row);
    }
    divergences.sort(byImportance);
    const findings = groupFindings(group, legs, options, noJunitAnywhere);
    const baselineUse = options.baseline && markGroup(options.baseline, group, divergences, findings);
    return {
        ...(baselineUse ? { baselineUse } : {}),
        group,
        compared: ran.length >= 2,
        modes: legs.map(modeRow),
        tests: table,
        failures,
        divergences,
        common,
        threadUnsafe,
        singleThreaded,
        findings,
    };
}
/** Most important first: the kind, then deterministic before flaky, then by id. */
function byImportance(a, b) {
    return (divergence/* DIVERGENCE_KINDS */.jm.indexOf(a.kind) - divergence/* DIVERGENCE_KINDS */.jm.indexOf(b.kind) ||
        Number(a.flaky ?? false) - Number(b.flaky ?? false) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// EXTERNAL MODULE: ./src/inputs/run-inputs.ts + 2 modules
var run_inputs = __webpack_require__(84167);
;// CONCATENATED MODULE: ./src/pipeline/compare-legs.ts


/** What the comparison of a single-job run is told: the legs it expects, the GIL rule, the baseline. */
function compareOptions({ inputs, planned, auto }) {
    return {
        requireGilDisabled: inputs.requireGilDisabled,
        expected: planned.map((l) => ({ group: l.group, mode: l.mode })),
        matrixLeg: (0,run_inputs.isMatrixLeg)(inputs),
        baseline: inputs.baseline ?? auto?.baseline,
    };
}
/** The compare stage: the legs compared group by group, against the baseline when there is one. */
function compareLegs(prepared, legs) {
    return compare(legs, compareOptions(prepared));
}

;// CONCATENATED MODULE: ./src/artifacts/artifact-store.ts


/** Artifacts as folders of a shared directory: <dir>/<name>/... */
class DirectoryStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async upload(name, root, files) {
        const folder = external_node_path_default().join(this.dir, name);
        const replaced = (0,external_node_fs_.existsSync)(folder);
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        for (const file of files) {
            const target = external_node_path_default().join(this.dir, name, external_node_path_default().relative(root, file));
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_.cpSync)(file, target);
        }
        return replaced ? 'replaced' : 'new';
    }
    async downloadAll(prefix) {
        const found = new Map();
        if (!(0,external_node_fs_.existsSync)(this.dir))
            return found;
        for (const name of (0,external_node_fs_.readdirSync)(this.dir).sort()) {
            if (name.startsWith(prefix))
                found.set(name, external_node_path_default().join(this.dir, name));
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/artifacts/open-artifact-store.ts

/** The store the inputs ask for: a directory, or the Actions artifact service (loaded on demand). */
async function openArtifactStore(artifactDir) {
    if (artifactDir)
        return new DirectoryStore(artifactDir);
    const { GitHubArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(30), __webpack_require__.e(351), __webpack_require__.e(935), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 69454));
    return new GitHubArtifactStore();
}

;// CONCATENATED MODULE: ./src/artifacts/upload-legs.ts



/** What a leg hands to the compare job: leg.json, its log and its JUnit files. */
function legFilesToUpload(legDir) {
    return (0,external_node_fs_.readdirSync)(legDir)
        .filter((name) => name === 'leg.json' || name === 'output.log' || /^junit-.*\.xml$/.test(name))
        .map((name) => external_node_path_default().join(legDir, name));
}
/** Uploads each leg's folder under its artifact name; a failed upload is reported, the rest go on. */
async function uploadLegs(store, uploads, problem) {
    for (const { name, mode, legDir } of uploads) {
        try {
            const how = await store.upload(name, legDir, legFilesToUpload(legDir));
            workflow_commands/* info */.pq(how === 'replaced'
                ? `Uploaded ${mode} as ${name}, replacing the artifact an earlier attempt of this job left`
                : `Uploaded ${mode} as ${name}`);
        }
        catch (error) {
            problem(`artifact: could not upload ${name}: ${error.message}`);
        }
    }
}

// EXTERNAL MODULE: ./src/dependencies/dependency-cache.ts
var dependency_cache = __webpack_require__(69415);
;// CONCATENATED MODULE: ./src/model/leg.ts

/** The comparison group of a version on a platform: legs are compared within it. */
function groupLabel(version, platform) {
    return `Python ${version} on ${platform}`;
}
/** How legs are grouped for comparison: by minor version, unless two entries share one. */
function groupName(version, versions, platform) {
    const minor = (0,build/* minorOf */.Hs)(version);
    const shared = versions.filter((v) => (0,build/* minorOf */.Hs)(v) === minor).length > 1;
    return groupLabel(shared ? version : minor, platform);
}
/** The artifact name of a leg's results: <prefix>-linux-x64-3.14-freethreaded. */
function legArtifact(prefix, platform, minor, mode) {
    return `${prefix}-${platform}-${minor}-${mode}`;
}

// EXTERNAL MODULE: ./src/platform/platform.ts
var platform_platform = __webpack_require__(28944);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/baseline/stored.ts


/*
 * `baseline: auto` (pure): what a branch's run keeps in the cache for the runs after it and for the
 * pull requests into the branch: its baseline, where it came from, and a bounded history of every
 * test that diverged or flaked. Entries are keyed by the job's identity and the branch, one per run
 * and attempt (a cache entry cannot be overwritten); a run reads the newest of its branch's by
 * prefix.
 */
const STORED_SCHEMA = 'setup-python-ft/stored-baseline@1';
/** Runs a history keeps (the newest), tests it keeps (those that diverged or flaked most recently). */
const HISTORY_RUNS = 50;
const HISTORY_TESTS = 5000;
/** The runs a flake rate is counted over. */
const RATE_RUNS = 20;
/** The job's identity: a short hash of its workflow, job and settings. */
function jobIdentity(settings) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}
/**
 * The prefix of a branch's entries for this job: the branch is written so that no branch's prefix
 * is another's (main~ is not a prefix of main-2~).
 */
function storedPrefix(identity, branch) {
    return `setup-python-ft-baseline-${identity}-${encodeURIComponent(branch)}~`;
}
/** One run's entry: after the prefix, a last '-' and the run (cache-dir keeps the newest 3 per branch). */
function storedKey(identity, source) {
    return `${storedPrefix(identity, source.branch)}-${source.runId}.${source.attempt}`;
}
/** The key of a test in the history. */
const historyKey = (group, test) => `${group}\t${test}`;
/**
 * The history with one more run: every test it holds gets this run's letter (A when it did not
 * diverge), every test that diverged now comes in. Bounded: the newest HISTORY_RUNS runs; a test
 * that neither diverged nor flaked in them leaves; past HISTORY_TESTS, those whose last divergence
 * is oldest leave.
 */
function recordRun(history, runId, letters) {
    const runs = [...(history?.runs ?? []), runId];
    const drop = Math.max(0, runs.length - HISTORY_RUNS);
    const tests = new Map();
    for (const [key, past] of Object.entries(history?.tests ?? {}))
        tests.set(key, past + (letters.get(key) ?? 'A'));
    for (const [key, letter] of letters)
        if (!tests.has(key))
            tests.set(key, '-'.repeat(runs.length - 1) + letter);
    const kept = [...tests]
        .map(([key, line]) => [key, line.slice(drop)])
        .filter(([, line]) => /[DF]/.test(line))
        // The most recent divergence first: what a bound drops is what diverged longest ago.
        .sort((a, b) => Math.max(b[1].lastIndexOf('D'), b[1].lastIndexOf('F')) - Math.max(a[1].lastIndexOf('D'), a[1].lastIndexOf('F')))
        .slice(0, HISTORY_TESTS);
    return { runs: runs.slice(drop), tests: Object.fromEntries(kept) };
}
/** How often a test diverged or flaked in the last RATE_RUNS runs it was seen in. */
function flakeRate(history, key) {
    const line = history?.tests[key];
    if (!line)
        return undefined;
    const seen = line.replace(/-/g, '').slice(-RATE_RUNS);
    return { diverged: (seen.match(/[DF]/g) ?? []).length, runs: seen.length };
}
/**
 * The baseline a run is judged by: the stored run's own, and every test its history shows diverging
 * or flaking in some of its last RATE_RUNS runs (known flaky: a pull request that trips it is not
 * blamed), in any class.
 */
function effectiveBaseline(stored) {
    const covered = new Set(stored.baseline.divergences.map((d) => d.test !== undefined && historyKey(d.group ?? '', d.test)));
    // An entry the history shows agreeing or flaking in some recent run is flaky too: a pull request
    // that does not trip it has not fixed it.
    const recentlyFlaky = (entry) => {
        if (entry.test === undefined)
            return false;
        const rate = flakeRate(stored.history, historyKey(entry.group ?? '', entry.test));
        return rate !== undefined && rate.diverged < rate.runs;
    };
    const entries = stored.baseline.divergences.map((entry) => recentlyFlaky(entry) ? { ...entry, knownFlaky: true } : entry);
    const flaky = [];
    for (const key of Object.keys(stored.history.tests)) {
        const rate = flakeRate(stored.history, key);
        if (!rate || rate.diverged === 0 || covered.has(key))
            continue;
        const [group, test] = key.split('\t');
        flaky.push({ test, group, knownFlaky: true });
    }
    return { ...stored.baseline, divergences: [...entries, ...flaky] };
}
/** The history without the given run's column, when it is the last one: a re-run replaces its run's letters. */
function withoutRun(history, runId) {
    if (history.runs.at(-1) !== runId)
        return history;
    const tests = Object.entries(history.tests)
        .map(([key, line]) => [key, line.slice(0, -1)])
        .filter(([, line]) => /[DF]/.test(line));
    return { runs: history.runs.slice(0, -1), tests: Object.fromEntries(tests) };
}
const isHistory = (value) => {
    const history = value;
    return (Array.isArray(history?.runs) &&
        history.runs.every((run) => typeof run === 'string') &&
        typeof history.tests === 'object' &&
        history.tests !== null &&
        Object.values(history.tests).every((line) => typeof line === 'string' && /^[DFA-]*$/.test(line)));
};
/** Checks a stored baseline read back from the cache; undefined when it is not one this version reads. */
function parseStored(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const stored = value;
    if (stored.schema !== STORED_SCHEMA || typeof stored.source?.runId !== 'string' || !isHistory(stored.history))
        return undefined;
    try {
        const judgedBy = stored.judgedBy?.baseline
            ? { judgedBy: { ...stored.judgedBy, baseline: (0,baseline/* parseBaseline */.nk)(stored.judgedBy.baseline) } }
            : {};
        return { ...stored, baseline: (0,baseline/* parseBaseline */.nk)(stored.baseline), ...judgedBy };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/auto-baseline.ts






/** The folder an entry is restored to and saved from: the same path on every run of the job. */
const folderOf = (identity) => external_node_path_default().join((0,external_node_os_.homedir)(), '.cache', 'setup-python-ft', 'baseline', identity);
const FILE = 'stored-baseline.json';
/** The job's identity: its workflow, job and step, and the settings that make two rows of a matrix differ. */
const identityOf = (event, settings) => jobIdentity({ workflow: event.workflow, job: event.job, ...(event.step ? { step: event.step } : {}), ...settings });
/**
 * The entry a re-run of the same run is judged against: the one its first attempt was judged
 * against (its own entry would make its divergences known), with its history before that run.
 */
function basisOf(stored, runId) {
    if (stored.source.runId !== runId)
        return stored;
    const { judgedBy } = stored;
    if (!judgedBy?.source || !judgedBy.baseline)
        return undefined;
    return { ...stored, source: judgedBy.source, baseline: judgedBy.baseline, history: withoutRun(stored.history, runId) };
}
const QUIET = { info: () => { }, warn: () => { } };
/** The newest entry of the branch (a pull request's: of its base; else the default branch's), said in the log. */
async function restoreAutoBaseline(store, event, identity, log = QUIET) {
    const auto = await readEntry(store, event, identity, log.warn);
    const source = auto.stored?.source;
    log.info(source
        ? `baseline: auto: ${source.branch} @ ${source.sha.slice(0, 7)}, run ${source.runId} (${source.at})`
        : `baseline: auto: no entry of ${auto.branch || 'this run (no branch)'} yet; every divergence counts`);
    return auto;
}
async function readEntry(store, event, identity, warn) {
    const none = { identity, branch: event.branch };
    if (!event.branch)
        return none;
    const dir = folderOf(identity);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        const prefixes = [storedPrefix(identity, event.branch)];
        if (event.defaultBranch && event.defaultBranch !== event.branch)
            prefixes.push(storedPrefix(identity, event.defaultBranch));
        if (!(await store.restore([dir], `${prefixes[0]}-newest`, prefixes)))
            return none;
        const read = parseStored(JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, FILE), 'utf8')));
        if (!read)
            warn(`baseline: auto: the entry found is not one this version reads; every divergence counts`);
        const stored = read && basisOf(read, event.runId);
        return stored ? { ...none, stored, baseline: effectiveBaseline(stored) } : none;
    }
    catch (error) {
        warn(`baseline: auto: could not read the entry of ${event.branch}: ${error.message}`);
        return none;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** This run's letters for the history: each divergence D, or F when it is flaky, undecided or place-dependent. */
function lettersOf(comparison) {
    const letters = new Map();
    for (const group of comparison.groups)
        for (const row of group.divergences)
            letters.set(historyKey(group.group, row.id), isTentative(row) ? 'F' : 'D');
    return letters;
}
/**
 * Why this run's results are not a baseline for the runs after it: a mode that ran no test, or
 * whose results are missing (a failed install, a missing leg), leaves known divergences out.
 */
function incomplete(comparison) {
    if (comparison.outcome === 'not-run' || comparison.outcome === 'not-compared')
        return `the run's outcome is ${comparison.outcome}`;
    const missing = comparison.findings.find((f) => f.kind === 'missing-leg' || f.kind === 'no-tests' || f.kind === 'stopped');
    return missing ? `not every mode has results (${missing.kind})` : undefined;
}
/**
 * The keep stage's part: a branch's own complete run saves its baseline and history as a new entry;
 * a read-only run (a pull request's) or an incomplete one saves none, and the log says why.
 */
async function keepAutoBaseline(store, event, auto, comparison, log = QUIET) {
    const why = store.readOnly ? `read-only cache (${store.readOnly})` : incomplete(comparison);
    if (why) {
        log.info(`baseline: auto: not saved: ${why}; the branch keeps its last entry`);
        return false;
    }
    const saved = await saveAutoBaseline(store, event, auto, comparison, log.warn);
    if (saved)
        log.info(`baseline: auto: saved for ${auto.branch} (run ${event.runId}) in ${store.where}`);
    return saved;
}
/** Saves this run's baseline and the history with this run in it, as a new entry of the branch. */
async function saveAutoBaseline(store, event, auto, comparison, warn = () => { }) {
    if (!auto.branch || store.readOnly)
        return false;
    const source = {
        branch: auto.branch,
        sha: event.sha,
        runId: event.runId,
        attempt: event.attempt,
        at: new Date().toISOString(),
    };
    const base = auto.stored;
    const stored = {
        schema: STORED_SCHEMA,
        source,
        baseline: currentBaseline(comparison.groups, comparison.baseline?.baseline),
        history: recordRun(base && withoutRun(base.history, event.runId), event.runId, lettersOf(comparison)),
        judgedBy: base ? { source: base.source, baseline: base.baseline } : {},
    };
    const dir = folderOf(auto.identity);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, FILE), JSON.stringify(stored));
        return await store.save([dir], storedKey(auto.identity, source));
    }
    catch (error) {
        warn(`baseline: auto: could not save the entry of ${auto.branch}: ${error.message}`);
        return false;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Where the run's baseline came from, with the flake rates its history gives, for the summary. */
function originOf(auto) {
    const history = auto.stored?.history;
    const rates = {};
    for (const key of Object.keys(history?.tests ?? {})) {
        const rate = flakeRate(history, key);
        if (rate && rate.diverged > 0)
            rates[key] = rate;
    }
    return { branch: auto.branch, ...(auto.stored ? { source: auto.stored.source } : {}), rates };
}

;// CONCATENATED MODULE: ./src/pipeline/keep.ts










/**
 * What the install and the run added to each build's dependency cache, saved for the next run. In a
 * pull request's run nothing is saved, and the folders go: on a self-hosted runner the branch's next
 * run would otherwise find what the pull request's code put there.
 */
async function saveDependencyCaches({ store, dependencyCaches, installs, venvs, planned }) {
    if (!store || dependencyCaches.size === 0)
        return;
    const outcomes = [];
    for (const [venvKey, cache] of dependencyCaches) {
        const outcome = installs.get(venvKey)?.cache;
        if (!outcome)
            continue;
        outcomes.push({ build: planned.find((l) => l.venvKey === venvKey).build, outcome });
        if (venvs.has(venvKey))
            workflow_commands/* info */.pq(`Dependency cache of ${await (0,dependency_cache/* saveDependencyCache */.XF)(store, cache, outcome)}`);
        if (store.readOnly)
            (0,external_node_fs_.rmSync)(cache.dir, { recursive: true, force: true });
    }
    for (const [name, value] of Object.entries((0,dependency_cache/* cacheHitOutputs */.Q1)(outcomes)))
        workflow_commands/* setOutput */.uH(name, value);
}
/** Each leg's results as an artifact of its own, for the compare job of a matrix (`artifact`). */
async function uploadLegResults({ inputs, platform, ready }, legs, problem) {
    if (!inputs.artifact)
        return;
    const uploads = ready.map(({ plan, context }, index) => ({
        name: legArtifact(inputs.artifact, (0,platform_platform/* platformName */.$r)(platform), (0,build/* minorOf */.Hs)(legs[index].version), plan.mode),
        mode: plan.mode,
        legDir: context.legDir,
    }));
    await uploadLegs(await openArtifactStore(inputs.artifactDir), uploads, problem);
}
/**
 * The keep stage: the legs' folder as an output, the dependency caches and the baseline saved, the
 * legs uploaded.
 */
async function keep(prepared, legs, comparison, problem) {
    workflow_commands/* setOutput */.uH('results-dir', external_node_path_default().join(prepared.root, 'legs'));
    await saveDependencyCaches(prepared);
    const { auto, store, inputs } = prepared;
    if (auto && store)
        await keepAutoBaseline(store, inputs.event, auto, comparison, { info: workflow_commands/* info */.pq, warn: workflow_commands/* warning */.$e });
    await uploadLegResults(prepared, legs, problem);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/cache/read-only.ts
/**
 * A store that restores but never saves: a pull request's run (inputs/github-event.ts). What it
 * would have saved is named once in the log; nothing is written, so nothing a pull request built can
 * reach a later run of the branch.
 */
function readOnly(store, reason, info) {
    let told = false;
    return {
        where: store.where,
        readOnly: reason,
        restore: (paths, key, restoreKeys) => store.restore(paths, key, restoreKeys),
        save(_paths, key) {
            if (!told)
                info(`cache: read-only (${reason}): nothing is saved to ${store.where}, starting with ${key}`);
            told = true;
            return Promise.resolve(false);
        },
    };
}

;// CONCATENATED MODULE: ./src/cache/open-cache-store.ts

/**
 * The store the inputs ask for: a directory, or the Actions cache service (loaded on demand); one
 * that never saves when the run may not (`readOnly`: why, as a pull request's run).
 */
async function openCacheStore(cacheDir, log, readOnlyWhy) {
    const store = cacheDir
        ? new (await __webpack_require__.e(/* import() */ 282).then(__webpack_require__.bind(__webpack_require__, 65282))).DirectoryCache(cacheDir, log.warn)
        : new (await __webpack_require__.e(/* import() */ 414).then(__webpack_require__.bind(__webpack_require__, 50414))).ActionsCache(log.warn);
    return readOnlyWhy ? readOnly(store, readOnlyWhy, log.info) : store;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __webpack_require__(92145);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
;// CONCATENATED MODULE: ./src/dependencies/readiness.ts

/*
 * How ready a build's dependencies are for its ABI (pure): for each third-party distribution, how it
 * came (a wheel for this ABI, pure Python, abi3, or built from source here), its free-threading
 * classifier, and which of its extension modules turn the GIL back on.
 */
/**
 * abi: a wheel for this ABI (cp314t) · pure: a pure-Python wheel · abi3t: the free-threaded stable ABI
 * (PEP 803; 3.15t and later load it) · abi3: the stable ABI, which the standard build loads and a
 * free-threaded one cannot · built-here: built from source on this runner · other: none of these (an
 * egg, a legacy install).
 */
const WHEEL_KINDS = (/* unused pure expression or super */ null && (['abi', 'pure', 'abi3t', 'abi3', 'built-here', 'other']));
/** Installed by the venv itself, not by the project. */
const TOOLING = new Set(['pip']);
/**
 * How a distribution came. A wheel built here has a bare platform tag (linux_x86_64): the index's
 * are manylinux or musllinux. Elsewhere the tags cannot tell, and a wheel for the ABI is taken as one.
 */
function wheelKind(tags, abi) {
    const parsed = expandTags(tags);
    if (parsed.length === 0)
        return 'other';
    if (parsed.some((tag) => tag.abi === 'none'))
        return 'pure';
    const forAbi = parsed.filter((tag) => tag.abi === abi);
    if (forAbi.length > 0)
        return forAbi.every((tag) => /^linux_/.test(tag.platform)) ? 'built-here' : 'abi';
    // abi3t loads on the free-threaded build from 3.15, and on any later one than the wheel's.
    const minor = (0,build/* tagMinor */._C)(abi);
    const loadsAbi3t = (tag) => tag.abi === 'abi3t' && (0,build/* tagMinor */._C)(tag.interpreter) <= minor && minor >= 15;
    if (abi.endsWith('t') && parsed.some(loadsAbi3t))
        return 'abi3t';
    if (parsed.some((tag) => tag.abi === 'abi3'))
        return 'abi3';
    return 'other';
}
/** Expanded tags: cp315-abi3.abi3t-manylinux_2_34_x86_64 is two, as a WHEEL file lists them. */
function expandTags(tags) {
    return tags.flatMap((tag) => {
        const [interpreters = '', abis = '', platforms = ''] = tag.split('-');
        return interpreters
            .split('.')
            .flatMap((interpreter) => abis.split('.').flatMap((abi) => platforms.split('.').map((platform) => ({ interpreter, abi, platform }))));
    });
}
/** Whether a kind of wheel works on the build of this ABI (cp314 or cp314t). */
function loads(kind, abi) {
    if (kind === 'abi3')
        return !abi.endsWith('t');
    return kind === 'abi' || kind === 'pure' || kind === 'abi3t';
}
/**
 * The build's dependencies with what the GIL check found (undeclared: extension modules) and what
 * the install's output said it built from source (which the tags cannot tell off Linux).
 */
function readiness(dists, abi, undeclared, install) {
    return dists
        .filter((dist) => !TOOLING.has(dist.name))
        .map((dist) => {
        const culprits = dist.extensions.filter((module) => undeclared.includes(module));
        const builtNow = install?.built.find((b) => b.name === dist.name);
        const built = builtNow ? 'this-run' : install?.reused.includes(dist.name) ? 'earlier-run' : undefined;
        const kind = wheelKind(dist.tags, abi);
        return {
            name: dist.name,
            version: dist.version,
            wheel: built && kind !== 'pure' ? 'built-here' : kind,
            ...(dist.freeThreading ? { freeThreading: dist.freeThreading } : {}),
            ...(culprits.length > 0 ? { reEnablesGil: culprits } : {}),
            ...(built ? { built } : {}),
            ...(builtNow?.seconds !== undefined ? { buildSeconds: builtNow.seconds } : {}),
            ...(dist.local ? { local: true } : {}),
        };
    });
}
/** How a dependency built from source came this time: its build's time, or its wheel from the cache. */
function buildNote(dep) {
    if (dep.built === 'earlier-run')
        return 'wheel from the cache';
    if (dep.buildSeconds !== undefined)
        return `${dep.buildSeconds.toFixed(1)} s`;
    return '';
}
/** One line of totals: 3 of 5 dependencies ship cp314t wheels; 1 built from source: x; 1 re-enables the GIL: y. */
function readinessLine(deps, abi) {
    const count = (kind) => deps.filter((d) => d.wheel === kind).length;
    const names = (list) => list.map((d) => d.name).join(', ');
    const built = deps.filter((d) => d.wheel === 'built-here');
    const cannotLoad = deps.filter((d) => !loads(d.wheel, abi) && d.wheel === 'abi3');
    const gil = deps.filter((d) => d.reEnablesGil);
    const ready = deps.filter((d) => loads(d.wheel, abi)).length;
    // The stable ABI this build loads (abi3t on a free-threaded one, abi3 on the standard), when any came so.
    const stableKind = ['abi3t', 'abi3'].find((kind) => loads(kind, abi) && count(kind) > 0);
    const stable = stableKind ? `, ${stableKind}` : '';
    const parts = [`${ready} of ${deps.length} dependencies ship ${abi}${stable} or pure-Python wheels`];
    const builtNames = built.map((d) => (buildNote(d) ? `${d.name} (${buildNote(d)})` : d.name)).join(', ');
    if (built.length > 0)
        parts.push(`${built.length} built from source: ${builtNames}`);
    if (cannotLoad.length > 0)
        parts.push(`${cannotLoad.length} abi3 only, which ${abi} cannot load: ${names(cannotLoad)}`);
    if (gil.length > 0)
        parts.push(`${gil.length} ${gil.length === 1 ? 're-enables' : 're-enable'} the GIL: ${names(gil)}`);
    const upgrades = deps.flatMap((d) => (d.upgrade?.status === 'found' ? [`${d.name} → ${d.upgrade.version}`] : []));
    if (upgrades.length > 0)
        parts.push(`upgrade: ${upgrades.join(', ')}`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/dependencies/upgrades.ts



/** name-1.0-cp313-cp313t-manylinux_2_17_x86_64.whl, or with a build tag; undefined for an sdist or a bad name. */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl'))
        return undefined;
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return undefined;
    const [python, abi, platform] = parts.slice(-3);
    return { version: parts[1], tag: `${python}-${abi}-${platform}` };
}
/** The machine's words for its platform tags: x86_64 or aarch64; amd64 or arm64 on Windows. */
const MACHINE = { x64: 'x86_64', arm64: 'aarch64' };
/**
 * Whether a wheel's platform tag installs on this platform, as the index spells them (no glibc
 * version is compared: the runners' is newer than what wheels ask).
 */
function platformMatches(tag, platform) {
    if (tag === 'any')
        return true;
    switch (platform.os) {
        case 'linux': {
            const family = platform.libc === 'musl' ? 'musllinux' : 'manylinux';
            return tag.startsWith(`${family}`) && tag.endsWith(`_${MACHINE[platform.arch]}`);
        }
        case 'darwin': {
            const arch = platform.arch === 'arm64' ? ['arm64', 'universal2'] : ['x86_64', 'universal2', 'intel'];
            return /^macosx_\d+_\d+_/.test(tag) && arch.some((a) => tag.endsWith(`_${a}`));
        }
        case 'win32':
            return tag === (platform.arch === 'arm64' ? 'win_arm64' : 'win_amd64');
    }
}
/** The kind of wheel this file is for this build on this platform, when the build loads it. */
function loadableKind(wheel, abi, platform) {
    const [pythons = '', abis = '', platforms = ''] = wheel.tag.split('-');
    const here = platforms.split('.').find((tag) => platformMatches(tag, platform));
    // Interpreters this build is: py3, or a CPython 3 no newer than it (cp38-abi3 loads on 3.13).
    const python = pythons.split('.').find((name) => (0,build/* tagMinor */._C)(name) <= (0,build/* tagMinor */._C)(abi));
    if (!here || !python)
        return undefined;
    const kind = wheelKind([`${python}-${abis}-${here}`], abi);
    return loads(kind, abi) && kind !== 'built-here' ? kind : undefined;
}
/** A version pip would pick: a final release or a post-release, valid under PEP 440. */
function isRelease(version) {
    const parsed = (0,pep440/* explain */.WE)(version);
    return parsed !== null && !parsed.is_prerelease;
}
/**
 * The first release with a wheel this build loads here, or, when `after` is given, the first
 * newer than it. A pure-Python wheel counts: it loads everywhere.
 */
function firstRelease(listing, abi, platform, after) {
    const found = new Map();
    for (const file of listing.files) {
        if (file.yanked)
            continue;
        const wheel = parseWheelFilename(file.filename);
        if (!wheel || !isRelease(wheel.version))
            continue;
        if (after !== undefined && (0,pep440/* compare */.UD)(wheel.version, after) <= 0)
            continue;
        const kind = loadableKind(wheel, abi, platform);
        // One kind per release: a wheel for the ABI itself is the one to name.
        if (kind && (found.get(wheel.version) === undefined || kind === 'abi'))
            found.set(wheel.version, kind);
    }
    const versions = [...found.keys()].sort(pep440/* compare */.UD);
    if (versions.length === 0)
        return { status: 'none', newer: after !== undefined };
    return { status: 'found', version: versions[0], kind: found.get(versions[0]) };
}
/**
 * Whether the index is asked about a dependency: it was built from source or came in a form this
 * build cannot load (what to upgrade to), or its wheel loads but turns the GIL back on (whether a
 * newer release has such a wheel). The project's own (installed from a folder) is never asked about.
 */
function needsLookup(dep, abi) {
    if (dep.local)
        return false;
    return !loads(dep.wheel, abi) || dep.reEnablesGil !== undefined;
}
/** The version after which to look: the installed one, when its wheel already loads (the GIL case). */
function lookAfter(dep, abi) {
    return loads(dep.wheel, abi) ? dep.version : undefined;
}
const KIND_WORDS = {
    pure: 'pure-Python wheels',
    abi3t: 'abi3t wheels',
    abi3: 'abi3 wheels',
};
/**
 * In words: "2.1.0 has cp313t wheels", "no release has one yet", "unknown (timed out)". Nothing is
 * said about the GIL of a release the index only lists.
 */
function upgradeText(upgrade, abi) {
    switch (upgrade.status) {
        case 'found':
            return `${upgrade.version} has ${KIND_WORDS[upgrade.kind] ?? `${abi} wheels`}`;
        case 'none':
            return upgrade.newer ? `no newer release has ${abi} wheels` : `no release has ${abi} wheels yet`;
        case 'absent':
            return 'not on the package index';
        case 'unknown':
            return `unknown (${upgrade.reason})`;
    }
}

;// CONCATENATED MODULE: ./src/dependencies/package-index.ts



/** PEP 503's normalized name, as the simple API's paths use it. */
const normalize = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();
/** The index root without its credentials, and a handler that sends them (a private index's user:token@). */
function splitCredentials(url) {
    const parsed = new URL(url);
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    const root = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
    return { root, handlers: user || password ? [new auth/* BasicCredentialHandler */.QN(user, password)] : [] };
}
function openPackageIndex(options) {
    const { root, handlers } = splitCredentials(options.url);
    const client = new lib/* HttpClient */.Qq('setup-python-ft', handlers, {
        allowRetries: false,
        socketTimeout: options.deadlineMs,
        headers: { accept: 'application/vnd.pypi.simple.v1+json' },
    });
    const asked = new Map();
    async function ask(name) {
        const response = await client.get(`${root}${name}/`);
        const status = response.message.statusCode ?? 0;
        const body = await response.readBody();
        if (status === 404)
            return { absent: true };
        if (status !== 200)
            return { unknown: `the index answered HTTP ${status}` };
        const type = String(response.message.headers['content-type'] ?? '');
        if (!type.includes('json'))
            return { unknown: 'the index has no JSON API (PEP 691)' };
        const listing = JSON.parse(body);
        if (!Array.isArray(listing.files))
            return { unknown: 'the index answered a listing without files' };
        return { listing };
    }
    /** One request per name for the run, cut off at the deadline. */
    function answer(name) {
        const key = normalize(name);
        let pending = asked.get(key);
        if (!pending) {
            let timer;
            const deadline = new Promise((resolve) => {
                timer = setTimeout(() => resolve({ unknown: `no answer within ${options.deadlineMs / 1000} s` }), options.deadlineMs);
                timer.unref();
            });
            const asking = ask(key).catch((error) => ({ unknown: reasonOf(error) }));
            pending = Promise.race([asking, deadline]).finally(() => clearTimeout(timer));
            asked.set(key, pending);
        }
        return pending;
    }
    async function upgrade(name, abi, after) {
        const found = await answer(name);
        if ('absent' in found)
            return { status: 'absent' };
        if ('unknown' in found)
            return { status: 'unknown', reason: found.unknown };
        return firstRelease(found.listing, abi, options.platform, after);
    }
    return {
        prefetch(names) {
            for (const name of names)
                void answer(name);
        },
        async upgrades(deps, abi) {
            return Promise.all(deps.map(async (dep) => needsLookup(dep, abi) ? { ...dep, upgrade: await upgrade(dep.name, abi, lookAfter(dep, abi)) } : dep));
        },
        firstWheel: (name, abi) => upgrade(name, abi, undefined),
    };
}
/** Why a request failed, without the URL (which may hold credentials). */
function reasonOf(error) {
    const code = error.code;
    if (error instanceof SyntaxError)
        return 'the index answered JSON that does not parse';
    if (code)
        return `could not reach the index (${code})`;
    return `could not reach the index (${error.message.split('\n')[0]})`;
}

// EXTERNAL MODULE: ./src/common/log.ts
var log = __webpack_require__(81095);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/dependencies/plugin-dists.ts
/**
 * The distributions that make pytest and tox load the action's plugins, in this venv only: each
 * holds one entry point, and the modules come from the probe folder on the venv's path.
 */
const PLUGIN_DISTS = [
    { name: 'setup-python-ft-pytest', group: 'pytest11', module: 'setup_python_ft_pytest', half: 'pytest' },
    { name: 'setup-python-ft-tox', group: 'tox', module: 'setup_python_ft_tox', half: 'tox' },
];

;// CONCATENATED MODULE: ./src/environments/venv.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The .pth that loads the GIL probe into every interpreter of the environment. */
const PROBE_PTH = '_setup_python_ft_probe.pth';
/**
 * pytest and tox load the action's plugins through entry points of small distributions placed in
 * the venv, so only a pytest or tox running in this venv sees them. (An environment variable such
 * as PYTEST_PLUGINS would reach the pytest of every environment that tox, nox, uv or hatch makes,
 * and there the plugin cannot be imported.)
 */
function placePluginDists(purelib) {
    for (const dist of PLUGIN_DISTS) {
        const folder = `${dist.name.replace(/-/g, '_')}-1.0.dist-info`;
        const dir = external_node_path_default().join(purelib, folder);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const files = {
            METADATA: `Metadata-Version: 2.1\nName: ${dist.name}\nVersion: 1.0\nSummary: The ${dist.half} half of setup-python-ft's probe, placed by the action\n`,
            'entry_points.txt': `[${dist.group}]\nsetup_python_ft = ${dist.module}\n`,
            INSTALLER: 'setup-python-ft\n',
        };
        for (const [name, text] of Object.entries(files))
            (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, name), text);
        const record = [...Object.keys(files), 'RECORD'].map((name) => `${folder}/${name},,`);
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'RECORD'), `${record.join('\n')}\n`);
    }
}
/**
 * A virtual environment per build, so that cp3XY and cp3XYt wheels never mix. The probe directory
 * goes on sys.path through a .pth file, which also imports the probe (inert unless a run enables it),
 * and pytest and tox find their plugins through entry points of the venv (placePluginDists).
 */
async function createVenv(basePython, dir, probeDir) {
    const windows = process.platform === 'win32';
    await run(basePython, ['-m', 'venv', dir]);
    const bin = external_node_path_default().join(dir, windows ? 'Scripts' : 'bin');
    const python = external_node_path_default().join(bin, windows ? 'python.exe' : 'python');
    const { stdout } = await run(python, ['-c', 'import sysconfig; print(sysconfig.get_path("purelib"))']);
    const venv = { dir, bin, python, purelib: stdout.trim() };
    reviveVenv(venv, probeDir);
    return venv;
}
/** Puts the probe's .pth and the plugin distributions into a venv (a new one, or one kept from an earlier run). */
function reviveVenv(venv, probeDir) {
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(venv.purelib, PROBE_PTH), `${probeDir}\nimport setup_python_ft_probe\n`);
    placePluginDists(venv.purelib);
}
/**
 * The environment of a command run inside the venv, as `activate` would set it. PYTHON_GIL is left
 * to each mode: a value from the job never reaches a command, since 0 is fatal on the standard build.
 */
function venvEnv(venv, base) {
    const env = { ...base, VIRTUAL_ENV: venv.dir };
    delete env.PYTHONHOME;
    delete env.PYTHON_GIL;
    return withPathFirst(env, venv.bin);
}
/** The environment with dir first on its PATH (whatever case the platform spells PATH in). */
function withPathFirst(env, dir) {
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    return { ...env, [pathKey]: [dir, env[pathKey]].filter(Boolean).join((external_node_path_default()).delimiter) };
}
/** uv's settings for a build's venv, for `install` (uv sync, uv pip) as for the run. */
function uvEnvironment(venv) {
    return { UV_PROJECT_ENVIRONMENT: venv.dir, UV_PYTHON: venv.python };
}

;// CONCATENATED MODULE: ./src/environments/venv-reuse.ts



/*
 * A build's venv reused by the next run (the command line) while what made it is unchanged: the
 * interpreter, the install command and the environment it ran in (`env`, pip's, uv's and the
 * compilers' variables), what the modes add (pytest-run-parallel), the project's dependency files
 * (and any file the install command names), the project's compiled sources and build files, and,
 * when the project is not installed editable, its Python files outside the tests. What the install
 * did the first time is kept with it, for the report.
 */
/** The file in a reusable venv that says what made it. */
const REUSE_FILE = 'setup-python-ft-venv.json';
/** Files that pin or declare what an install puts in the venv. */
const DEPENDENCY_FILE = /^(.*requirements.*\.(txt|in)|constraints.*\.txt|pyproject\.toml|setup\.py|setup\.cfg|uv\.lock|poetry\.lock|pylock(\..+)?\.toml|Pipfile(\.lock)?|environment\.ya?ml)$/;
/** Files a build compiles or is driven by: a change means the installed extension is out of date. */
const BUILT_FILE = /\.(c|h|cc|cpp|cxx|hh|hpp|pyx|pxd|pxi|rs|f|f90|f95|m|mm|cu)$|^(meson\.build|meson\.options|meson_options\.txt|CMakeLists\.txt|Cargo\.toml|Cargo\.lock|MANIFEST\.in)$/;
/** A test file, or a folder of tests: not part of what `pip install .` installs (as a rule). */
const TEST_PATH = /^(tests?|testing)$|^test_.*\.py$|_test\.py$|^conftest\.py$/;
/** Folders never searched: version control, environments, builds and caches. */
const SKIPPED = /^(\.|node_modules$|__pycache__$|build$|dist$|site-packages$|venv$|env$|target$)/;
const DEPTH = 6;
/** The environment of the install that changes what it installs or builds. */
const INSTALL_VARIABLE = /^(PIP_|UV_|SETUPTOOLS_|CMAKE_|MESON|CC$|CXX$|CPP$|LD$|[A-Z]*FLAGS$|PKG_CONFIG_PATH$|PYTHONPATH$)/;
/**
 * Whether an install command installs the project editable (its Python files are read in place):
 * pip's -e, and uv sync, poetry install and pdm install, which do unless told --no-editable.
 */
function editableInstall(install) {
    if (/(^|\s)(-e|--editable)(\s|=|$)/.test(install))
        return true;
    return /\b(uv\s+sync|poetry\s+install|pdm\s+(install|sync))\b/.test(install) && !/--no-editable\b/.test(install);
}
/** The files an install command names after -r, -c, --requirement or --constraint. */
function namedFiles(install, workDir) {
    const named = [...install.matchAll(/(?:^|\s)(?:-r|-c|--requirements?|--constraints?)(?:\s+|=)("[^"]+"|'[^']+'|\S+)/g)];
    return named.map((m) => external_node_path_default().resolve(workDir, m[1].replace(/^["']|["']$/g, '')));
}
/** The project's dependency files and the sources whose changes need a new install, in a fixed order. */
function projectFiles(root, editable, depth = DEPTH, within = {}) {
    const found = { dependencies: [], sources: [] };
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(root).sort();
    }
    catch {
        return found;
    }
    for (const name of names) {
        const full = external_node_path_default().join(root, name);
        // stat, not the directory entry: a symlinked pyproject.toml is a file.
        const stats = (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false });
        if (!stats)
            continue;
        if (stats.isDirectory()) {
            if (depth <= 1 || SKIPPED.test(name))
                continue;
            const inner = projectFiles(full, editable, depth - 1, {
                tests: within.tests === true || TEST_PATH.test(name),
                requirements: /requirements/.test(name),
            });
            found.dependencies.push(...inner.dependencies);
            found.sources.push(...inner.sources);
        }
        else if (DEPENDENCY_FILE.test(name) || (within.requirements && /\.(txt|in)$/.test(name)))
            found.dependencies.push(full);
        else if (BUILT_FILE.test(name) || (!editable && !within.tests && name.endsWith('.py') && !TEST_PATH.test(name)))
            found.sources.push(full);
    }
    return found;
}
/** What made a venv, as one hash: a reusable venv whose stamp differs is made again. */
function venvStamp(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const python = (0,external_node_fs_.realpathSync)(parts.python);
    const { size, mtimeMs } = (0,external_node_fs_.statSync)(python);
    const env = Object.entries(parts.env)
        .filter(([name]) => INSTALL_VARIABLE.test(name))
        .sort();
    const given = Object.entries(parts.given).sort();
    hash.update(JSON.stringify([python, size, mtimeMs, parts.install, env, given, parts.extras]));
    const { dependencies, sources } = projectFiles(parts.workDir, editableInstall(parts.install));
    // Dependency files by content; sources by size and time (a tree of thousands stays cheap to check).
    for (const file of [...new Set([...dependencies, ...namedFiles(parts.install, parts.workDir)])]) {
        hash.update(`\0${external_node_path_default().relative(parts.workDir, file)}\0`);
        hash.update((0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file) : '(none)');
    }
    for (const file of sources) {
        const stats = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
        hash.update(`\0${external_node_path_default().relative(parts.workDir, file)}\0${stats?.size}\0${stats?.mtimeMs}`);
    }
    return hash.digest('hex');
}
/** The venv in dir, if it was marked reusable under this stamp and its interpreter is still there. */
function reusableVenv(dir, stamp) {
    try {
        const kept = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, REUSE_FILE), 'utf8'));
        if (kept.stamp !== stamp || !(0,external_node_fs_.existsSync)(kept.venv.python) || !(0,external_node_fs_.existsSync)(kept.venv.purelib))
            return undefined;
        return { venv: kept.venv, record: kept.record, at: kept.at };
    }
    catch {
        return undefined;
    }
}
/** Whether dir holds a venv whose install succeeded (marked reusable), whatever made it. */
const installedVenv = (dir) => existsSync(path.join(dir, REUSE_FILE));
/** Marks a venv whose install succeeded as reusable under this stamp. */
function markReusable(venv, stamp, record) {
    // The dependency cache's outcome belongs to the run that restored it, not to the venv.
    const { cache: _cache, ...made } = record;
    const file = { stamp, venv, record: made, at: new Date().toISOString() };
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(venv.dir, REUSE_FILE), JSON.stringify(file));
}

;// CONCATENATED MODULE: ./src/dependencies/install-log.ts
const install_log_normalize = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();
const PATTERNS = [
    // pip without a terminal: "Building wheel for x (pyproject.toml): started" then ": finished with status
    // 'done'"; "Building editable for x" for pip install -e.
    { kind: 'start', re: /^\s*Building (?:wheel|editable) for (\S+) \(.*\): started/ },
    { kind: 'end', re: /^\s*Building (?:wheel|editable) for (\S+) \(.*\)(?:: finished with status 'done'| \.\.\. done)/ },
    // uv: "   Building x==1.0" (or "x @ file://...") then "      Built x==1.0".
    { kind: 'start', re: /^\s*Building ([A-Za-z0-9][\w.-]*)(?:==| @ )/ },
    { kind: 'end', re: /^\s*Built ([A-Za-z0-9][\w.-]*)(?:==| @ )/ },
    // pip's wheel cache: "Using cached x-1.0-cp313-cp313t-linux_x86_64.whl", without the size that a
    // download from its HTTP cache carries ("Using cached x-1.0-py3-none-any.whl (12 kB)").
    { kind: 'reused', re: /^\s*Using cached ([A-Za-z0-9][\w.]*?)-[^-\s]+-[^\s]+\.whl\s*$/ },
    // A build that failed, one name or a list: pip's "ERROR: Failed building wheel for x", "Failed to
    // build x y", "Failed to build 'x' when getting requirements to build wheel", "Could not build wheels for x, y, which …", "Failed to build installable wheels for
    // some pyproject.toml based projects (x, y)"; uv's "× Failed to build `x==1.0`".
    { kind: 'failed', re: /^\s*(?:ERROR: )?Failed building wheel for ([A-Za-z0-9][\w.-]*)\s*$/ },
    { kind: 'failed', re: /^\s*(?:ERROR: )?Failed to build ([A-Za-z0-9][\w.-]*(?:\s+[A-Za-z0-9][\w.-]*)*)\s*$/ },
    { kind: 'failed', re: /Failed to build '([A-Za-z0-9][\w.-]*)' when/ },
    { kind: 'failed', re: /Could not build wheels for ([\w.-]+(?:, [\w.-]+)*), which/ },
    { kind: 'failed', re: /Failed to build installable wheels for some pyproject\.toml based projects \(([^)]+)\)/ },
    { kind: 'failed', re: /Failed to (?:download and )?build:? `([A-Za-z0-9][\w.-]*?)(?:==[^`]*|\s@[^`]*)?`/ },
];
/** Whether a line of output says anything the record needs (the rest is not kept). */
function isInstallEvent(text) {
    return PATTERNS.some(({ re }) => re.test(text));
}
/** The builds and reused wheels of an install, from its timed lines. */
function readInstallLog(lines) {
    const started = new Map();
    const built = new Map();
    const reused = new Set();
    const failed = new Set();
    for (const { at, text } of lines) {
        const event = PATTERNS.find(({ re }) => re.test(text));
        if (!event)
            continue;
        const captured = event.re.exec(text)[1];
        if (event.kind === 'failed') {
            for (const name of captured.split(/[\s,]+/).filter(Boolean))
                failed.add(install_log_normalize(name));
            continue;
        }
        const name = install_log_normalize(captured);
        if (event.kind === 'start')
            started.set(name, at);
        else if (event.kind === 'reused')
            reused.add(name);
        else
            built.set(name, started.has(name) ? (at - started.get(name)) / 1000 : undefined);
    }
    return {
        built: [...built].map(([name, seconds]) => (seconds === undefined ? { name } : { name, seconds })),
        reused: [...reused].filter((name) => !built.has(name)),
        ...(failed.size > 0 ? { failed: [...failed] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/environments/prepare-environments.ts












/**
 * Runs the `install` command in a build's venv, then what its modes need besides (extras). Why it
 * failed (or undefined), and what it built from source.
 */
async function runInstall(venv, venvKey, env, extras, options) {
    const logFile = external_node_path_default().join(options.root, `install-${venvKey}.log`);
    (0,external_node_fs_.rmSync)(logFile, { force: true });
    const { inputs } = options;
    const started = Date.now();
    const deadline = started + inputs.timeoutSeconds * 1000;
    const commandEnv = venvEnv(venv, { ...env, ...uvEnvironment(venv) });
    const events = [];
    let failed;
    if (inputs.install) {
        const result = await (0,common_process/* spawnLogged */.i)((0,shell/* shellInvocation */.h5)(inputs.shell, inputs.install, venv.python), {
            cwd: options.workDir,
            env: commandEnv,
            logFile,
            deadline,
            onLine: (text) => {
                if (isInstallEvent(text))
                    events.push({ at: Date.now(), text });
            },
        });
        if (result.exitCode !== 0)
            failed = result.spawnError ?? `exit ${result.exitCode ?? result.signal}`;
    }
    for (const extra of extras) {
        if (failed)
            break;
        const why = await extra.ensure(venv, commandEnv, logFile, deadline);
        if (why)
            failed = `${extra.name} could not be installed for ${extra.for}: ${why}`;
    }
    (0,log/* replayLog */.i4)(`Install for ${venvKey}: ${failed ?? 'exit 0'}`, logFile, `[install ${venvKey}] `);
    const record = { seconds: (Date.now() - started) / 1000, ...readInstallLog(events) };
    return { failed, record };
}
/** A build's venv in the run's folder. */
const venvDirOf = (root, venvKey) => external_node_path_default().join(root, 'venv', venvKey);
/**
 * One virtual environment per venv key, created at the same time, then the `install` command in each,
 * one build after the other: two builds of one source tree must not share a build folder at once.
 * Returns the venvs that are ready, by venv key (the ABI, or cp3XYt-tsan).
 */
async function prepareVenvs(legs, options) {
    const firstLegOf = new Map();
    for (const leg of legs)
        if (!firstLegOf.has(leg.venvKey))
            firstLegOf.set(leg.venvKey, leg);
    const stampOf = (venvKey) => venvStamp({
        python: firstLegOf.get(venvKey).python,
        install: options.inputs.install,
        env: options.baseEnv(firstLegOf.get(venvKey)),
        given: options.inputs.env,
        extras: options.extrasOf(venvKey).map((extra) => extra.name),
        workDir: options.workDir,
    });
    const reuse = options.keep?.reuse === true;
    const stamps = new Map(reuse ? [...firstLegOf.keys()].map((key) => [key, stampOf(key)]) : []);
    const venvs = new Map();
    const installs = new Map();
    const fresh = new Map();
    for (const [venvKey, leg] of firstLegOf) {
        const stamp = stamps.get(venvKey);
        const reused = stamp ? reusableVenv(venvDirOf(options.root, venvKey), stamp) : undefined;
        if (!reused) {
            fresh.set(venvKey, leg);
            continue;
        }
        reviveVenv(reused.venv, options.probeDir);
        workflow_commands/* info */.pq(`Environment of ${venvKey}: reused, as made on ${reused.at} (its install, dependency files and sources are unchanged)`);
        venvs.set(venvKey, reused.venv);
        installs.set(venvKey, { ...reused.record, seconds: 0 });
    }
    const created = await Promise.all([...fresh].map(async ([venvKey, leg]) => {
        const dir = venvDirOf(options.root, venvKey);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        try {
            return [venvKey, await createVenv(leg.python, dir, options.probeDir)];
        }
        catch (error) {
            options.problem(`Could not create the virtual environment for ${venvKey}: ${error.message}`);
            return undefined;
        }
    }));
    for (const [venvKey, venv] of created.filter((entry) => entry !== undefined)) {
        const env = options.baseEnv(firstLegOf.get(venvKey));
        const extras = options.extrasOf(venvKey);
        const cache = options.dependencyCache;
        const restored = cache ? await (0,dependency_cache/* restoreDependencyCache */.Qk)(cache.store, cache.of(venvKey)) : undefined;
        if (restored)
            workflow_commands/* info */.pq(`Dependency cache of ${venvKey}: ${describeRestore(restored)}`);
        const { failed, record } = options.inputs.install || extras.length > 0
            ? await runInstall(venv, venvKey, env, extras, options)
            : { failed: undefined, record: { seconds: 0, built: [], reused: [] } };
        installs.set(venvKey, { ...record, ...(restored ? { cache: restored } : {}) });
        if (failed) {
            const causes = await failedBuilds(record.failed ?? [], firstLegOf.get(venvKey).abi, options.packageIndex);
            options.problem(`install: failed for ${venvKey} (${failed}); its modes did not run${causes}`);
        }
        else {
            // An exact sync (uv sync, pip-sync) removes what its lock does not list: the plugins go back.
            placePluginDists(venv.purelib);
            venvs.set(venvKey, venv);
            // Stamped after the install: what it wrote into the tree (a generated version file, a
            // Cython .c) is part of what it made, not a change since.
            if (options.keep)
                markReusable(venv, stampOf(venvKey), record);
        }
    }
    // In the legs' order, whichever were reused.
    return { venvs: new Map([...firstLegOf.keys()].filter((k) => venvs.has(k)).map((k) => [k, venvs.get(k)])), installs };
}
/**
 * What failed to build from source, with the package index's first release that has a wheel for
 * the build: ". msgpack did not build from source for cp313t (no release has cp313t wheels yet)".
 */
async function failedBuilds(names, abi, index) {
    if (names.length === 0)
        return '';
    const each = await Promise.all(names.map(async (name) => (index ? `${name} (${upgradeText(await index.firstWheel(name, abi), abi)})` : name)));
    return `. Did not build from source for ${abi}: ${each.join(', ')}`;
}
function describeRestore(outcome) {
    if (outcome.hit)
        return `restored ${outcome.key}`;
    if (outcome.restoredKey)
        return `restored ${outcome.restoredKey} (an earlier entry; ${outcome.key} will be saved)`;
    return `no entry for ${outcome.key}; it will be saved after the run`;
}

;// CONCATENATED MODULE: ./src/legs/leg-plan.ts


/**
 * The placeholders {leg}, {mode} and {version} of `run` and `results` filled in for one leg, so that
 * modes running at the same time write and read files of their own. A shell's ${mode} and a
 * doubled {{mode}} (Python's format escape) stay as they are.
 */
function fillPlaceholders(text, plan) {
    const values = { leg: plan.id, mode: plan.mode, version: plan.version };
    return text.replace(/(?<![${])\{(leg|mode|version)\}(?!\})/g, (_, name) => values[name]);
}
/** Most modes run on the installed build itself, in the venv of its ABI. */
const installedInterpreter = (_mode, installed) => ({
    python: installed.python,
    venvKey: installed.abi,
});
/**
 * The legs of a single-job run: every mode of every installed version. A mode whose build is not
 * installed is reported, not run; the mode's plug-in says which interpreter its leg runs on
 * (interpreterOf), and a mode that has none for a version does not run there.
 */
function planLegs(installed, modes, gil, platform, interpreterOf = installedInterpreter) {
    const versions = [...new Set(installed.map((i) => i.version))];
    const legs = [];
    const problems = [];
    for (const version of versions) {
        for (const mode of modes) {
            const build = (0,model_mode/* buildOf */.Yy)(mode);
            const interpreter = installed.find((i) => i.version === version && i.build === build);
            if (!interpreter) {
                problems.push(`modes: ${mode} needs the ${build} build of ${version}, which is not installed (see builds and python-version)`);
                continue;
            }
            const runsOn = interpreterOf(mode, interpreter);
            if (!runsOn)
                continue;
            legs.push({
                id: `${version}-${mode}`,
                group: groupName(version, versions, platform),
                mode,
                build,
                version,
                abi: interpreter.abi,
                venvKey: runsOn.venvKey,
                python: runsOn.python,
                pythonGil: (0,model_mode/* pythonGilFor */.oZ)(mode, gil),
            });
        }
    }
    return { legs, problems };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/legs/result-files.ts





/**
 * Files a clock with coarse timestamps (FAT: 2 s) may date a little before the run that wrote them.
 */
const MTIME_SLACK_MS = 2000;
/**
 * A leg's JUnit files: those in its results folder, and those the `results` glob matches for it.
 * Only files written since the leg started count: XML left in a folder by an earlier run is stale.
 */
async function resultFiles(pattern, plan, legDir, workDir, since, inTree = (file) => file) {
    const patterns = [external_node_path_default().join(legDir, 'results', '**', '*.xml')];
    if (pattern) {
        // An absolute pattern into the workspace means the leg's own copy of it, where its runner wrote.
        const expanded = fillPlaceholders(pattern, plan);
        patterns.push(external_node_path_default().isAbsolute(expanded) ? inTree(expanded) : external_node_path_default().join(workDir, expanded));
    }
    const files = [];
    const stale = [];
    for (const p of patterns) {
        for await (const file of (0,promises_.glob)(p.replace(/\\/g, '/'))) {
            const stat = (0,external_node_fs_.statSync)(file);
            if (!stat.isFile())
                continue;
            if (stat.mtimeMs < since - MTIME_SLACK_MS)
                stale.push(external_node_path_default().relative(workDir, file));
            else
                files.push(file);
        }
    }
    if (stale.length > 0) {
        const names = stale.slice(0, 3).join(', ') + (stale.length > 3 ? `, and ${stale.length - 3} more` : '');
        workflow_commands/* warning */.$e(`results: ${plan.mode} left out ${stale.length} ${stale.length === 1 ? 'file' : 'files'} written before this run (${names}); only files the run writes count`);
    }
    if (pattern && files.length === 0 && stale.length === 0) {
        workflow_commands/* warning */.$e(`results: no file matches ${pattern} for ${plan.mode}`);
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./src/modes/plain-mode.ts

/** The plain modes (standard, freethreaded, freethreaded-gil): the suite as it is, on the installed build. */
const plainSession = {
    interpreter: installedInterpreter,
    environment: (_leg, env) => env,
    installExtras: [],
    legHooks: () => ({
        segment: () => ({ env: {}, addopts: [] }),
        results: async () => ({}),
    }),
    outputs: {},
};
const plainMode = {
    start: async () => plainSession,
};

;// CONCATENATED MODULE: ./src/modes/stress-mode.ts


/**
 * The stress modes (standard-stress, freethreaded-stress): every test in several threads at once
 * through pytest-run-parallel, installed into the build's venv unless the project brings it.
 */
const stressMode = {
    async start({ inputs }) {
        return {
            ...plainSession,
            installExtras: [
                { name: `pytest-run-parallel ${RUN_PARALLEL_VERSION}`, for: 'the stress modes', ensure: ensureRunParallel },
            ],
            legHooks: () => ({
                segment: () => ({ env: {}, addopts: [stressOptions(inputs.stress)] }),
                results: async () => ({ stress: inputs.stress }),
            }),
        };
    },
};

;// CONCATENATED MODULE: ./src/tsan/environment.ts
/*
 * The environment of the freethreaded-tsan mode's commands (pure): ThreadSanitizer's options, and the
 * flags that instrument the extensions its install builds.
 */

/** Where a leg's reports go: TSan writes <prefix>.<pid>, one file per process. */
function tsanLogPrefix(legDir) {
    return external_node_path_default().join(legDir, 'tsan', 'report');
}
/** A frame: number, function, file:line:column, then (module path+offset), whatever is unknown. */
const STACK_TRACE_FORMAT = '    #%n %f %S (%m+%o)';
/**
 * Races inside CPython that the action's own probe sets off: faulthandler's watchdog thread (the
 * hang timeout) races on the allocator in 3.13. They are not the project's, and a report this early
 * would be symbolized before the project's extensions load.
 */
const ACTION_SUPPRESSIONS = 'race:_PyMem_SetDefaultAllocator\n';
/** A value for TSAN_OPTIONS, quoted when it holds a separator (the sanitizers' flag parser takes quotes). */
function optionValue(value) {
    return /[\s:"']/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}
/**
 * TSAN_OPTIONS: reports go to <logPrefix>.<pid> (pytest's capture cannot swallow them), every race is
 * reported without stopping the process, and the exit code stays the command's own: a report is a
 * finding, never a failure of the test that happened to be running. The job's own TSAN_OPTIONS
 * come last, so each of its options wins.
 */
function tsanOptions(logPrefix, suppressions, jobOptions = '') {
    const options = [
        'halt_on_error=0',
        'exitcode=0',
        'second_deadlock_stack=1',
        // Each frame with its module's whole path: a frame TSan could not symbolize is symbolized
        // afterwards from it (symbolize.ts).
        `stack_trace_format=${optionValue(STACK_TRACE_FORMAT)}`,
        `log_path=${optionValue(logPrefix)}`,
        ...(suppressions ? [`suppressions=${optionValue(suppressions)}`] : []),
        jobOptions.trim(),
    ];
    return options.filter(Boolean).join(' ');
}
/**
 * The flags that instrument what the TSan venv builds from source, added to the job's own: every C
 * and C++ object and every link with -fsanitize=thread, with -g so that reports name the source
 * line. setuptools drops sysconfig's CFLAGS (its -fsanitize=thread and -g) once CFLAGS is set, so
 * both are given here; meson-python, scikit-build-core and plain Makefiles read the same variables.
 */
function instrumentedBuildFlags(env) {
    const add = (name, flags) => [env[name], flags].filter(Boolean).join(' ');
    return {
        CFLAGS: add('CFLAGS', '-fsanitize=thread -g -O1'),
        CXXFLAGS: add('CXXFLAGS', '-fsanitize=thread -g -O1'),
        LDFLAGS: add('LDFLAGS', '-fsanitize=thread'),
    };
}
/**
 * setuptools' extra configuration for the TSan venv (DIST_EXTRA_CONFIG): a build folder of its own.
 * The plain free-threaded build compiles the same tree into build/*-cpython-3XYt first, and
 * setuptools would take those uninstrumented objects as up to date.
 */
const SETUPTOOLS_TSAN_CONFIG = '[build]\nbuild_base = build/setup-python-ft-tsan\n';
/** Joins CPython's free-threading suppressions and the project's into the one file TSan reads. */
function joinSuppressions(parts) {
    return parts.map(({ origin, text }) => `# ${origin}\n${text.trimEnd()}\n`).join('\n');
}

;// CONCATENATED MODULE: ./src/tsan/symbolize.ts



const symbolize_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/*
 * Frames TSan printed as `<null>`, symbolized afterwards with binutils' addr2line. gcc's libtsan
 * reads a module's debug information once, the first time it symbolizes anything: an extension
 * imported after the first report (or after the first suppressed one, which is symbolized to be
 * matched) stays `<null>`. The module's path and offset (STACK_TRACE_FORMAT) are enough.
 */
/** "bump\n/src/_tally.c:17 (discriminator 3)" per address -> function, file and line. */
function parseAddr2line(output) {
    const lines = output.split('\n');
    const out = [];
    for (let i = 0; i + 1 < lines.length; i += 2) {
        const fn = lines[i].trim();
        const where = /^(.+?):(\d+)/.exec(lines[i + 1].trim());
        out.push({
            ...(fn && fn !== '??' ? { function: fn } : {}),
            ...(where && where[1] !== '??' && where[2] !== '0' ? { file: where[1], line: Number(where[2]) } : {}),
        });
    }
    return out;
}
/** Fills in the `<null>` frames of these reports, and a SUMMARY place that had no file. Best effort. */
async function symbolizeReports(reports) {
    const byModule = new Map();
    for (const frame of reports.flatMap((r) => r.stacks.flatMap((s) => s.frames))) {
        if (frame.function !== '??' || !frame.modulePath || !frame.offset)
            continue;
        byModule.set(frame.modulePath, [...(byModule.get(frame.modulePath) ?? []), frame]);
    }
    for (const [module, frames] of byModule) {
        if (!(0,external_node_fs_.existsSync)(module))
            continue;
        try {
            const { stdout } = await symbolize_run('addr2line', ['-f', '-C', '-e', module, ...frames.map((f) => f.offset)], {
                timeout: 60_000,
            });
            parseAddr2line(stdout).forEach((found, index) => Object.assign(frames[index], found));
        }
        catch {
            // No addr2line here (macOS): the frames stay as TSan printed them.
        }
    }
    for (const report of reports) {
        const top = report.stacks[0]?.frames[0];
        if (!report.place?.file && top?.file)
            report.place = { ...top };
    }
}

;// CONCATENATED MODULE: ./src/tsan/report.ts
/*
 * ThreadSanitizer's reports (pure): each `WARNING: ThreadSanitizer: <kind>` block of a report file
 * (<log_path>.<pid>) with its stacks and its SUMMARY place, put to the test that was running when it
 * was written, then the reports of a leg gathered by place.
 */
const MAX_FRAMES = 24;
const TEXT_LIMIT = 12_000;
const START = /^WARNING: ThreadSanitizer: (.+?)(?: \(pid=\d+\))?\s*$/;
const SUMMARY = /^SUMMARY: ThreadSanitizer: (.*)$/;
const STACK_TITLE = /^ {2}(\S.*):\s*$/;
// "#0 func /src/x.c:12:5 (mod.so+0x12)", "#1 func <null> (mod+0x3)", "#2 <null> <null> (mod+0x4)".
const FRAME = /^\s+#\d+\s+(\S+)\s+(?:(\S+?):(\d+)(?::\d+)?|<null>)?\s*(?:\((\S+?)\+(0x[0-9a-f]+)\))?\s*$/;
function frameOf(line) {
    const match = FRAME.exec(line);
    if (!match)
        return undefined;
    const [, fn, file, lineNo, module, offset] = match;
    return {
        function: fn === '<null>' ? '??' : fn,
        ...(file ? { file, line: Number(lineNo) } : {}),
        ...(module ? { module: module.split('/').pop() } : {}),
        ...(module?.includes('/') ? { modulePath: module, offset } : {}),
    };
}
/** The place a SUMMARY line names: "data race /src/_racy.c:12 in racy_increment". */
function placeOf(summary) {
    const match = / (\/?[^\s()]+?):(\d+)(?::\d+)? in (\S+)\s*$/.exec(summary);
    if (match)
        return { function: match[3], file: match[1], line: Number(match[2]) };
    // Without debug information: "data race (/venv/.../_x.so+0x11e6) in bump", or no function at all.
    const bare = / \((\S+?)\+0x[0-9a-f]+\)(?: in (\S+))?\s*$/.exec(summary);
    return bare ? { function: bare[2] ?? '??', module: bare[1].split('/').pop() } : undefined;
}
/** Every report of a report file, with where each begins (bytes). */
function parseTsanLog(data) {
    const reports = [];
    let current;
    let stack;
    let at = 0;
    while (at < data.length) {
        const end = data.indexOf(10, at);
        const next = end < 0 ? data.length : end + 1;
        const line = data.toString('utf8', at, end < 0 ? data.length : end).replace(/\r$/, '');
        const start = START.exec(line);
        if (start) {
            current = { kind: start[1], summary: '', stacks: [], offset: at, text: '', lines: [line] };
            stack = undefined;
        }
        else if (current) {
            current.lines.push(line);
            const summary = SUMMARY.exec(line);
            const title = STACK_TITLE.exec(line);
            const frame = frameOf(line);
            if (summary) {
                current.summary = summary[1].trim();
                const place = placeOf(current.summary);
                if (place)
                    current.place = place;
                const { lines, ...report } = current;
                reports.push({ ...report, text: lines.join('\n').slice(0, TEXT_LIMIT) });
                current = undefined;
            }
            else if (title) {
                stack = { title: title[1], frames: [] };
                current.stacks.push(stack);
            }
            else if (frame && stack && stack.frames.length < MAX_FRAMES) {
                stack.frames.push(frame);
            }
            else if (!line.trim()) {
                stack = undefined;
            }
        }
        at = next;
    }
    return reports;
}
/** The test running when a report was written, from the probe's windows of the same process. */
function testOfReport(pid, offset, windows) {
    const found = windows.filter((w) => w.pid === pid && w.from <= offset && (w.to === undefined || offset < w.to));
    return found[found.length - 1];
}
/** A report's place as a key: the SUMMARY's file and line (or function), else its kind and summary. */
function placeKey(report) {
    const place = report.place;
    if (place?.file)
        return `${report.kind}|${place.file}:${place.line}`;
    if (place)
        return `${report.kind}|${place.module ?? ''}|${place.function}`;
    return `${report.kind}|${report.summary}`;
}
/** Modules that are the interpreter, the sanitizer or the C library rather than the project. */
const INTERPRETER_MODULE = /^(python3\.\d+t?|libpython3\.\d+t?\.so.*|libtsan\.so.*|libclang_rt\.tsan.*|libc\.so.*|libc\+\+.*|libstdc\+\+.*|ld-linux.*|libsystem_.*|dyld)$/;
/** Whether every frame of a report is in the interpreter itself: a race in CPython, not the project. */
function inInterpreter(report) {
    const frames = report.stacks.flatMap((s) => s.frames);
    return frames.length > 0 && frames.every((f) => f.module !== undefined && INTERPRETER_MODULE.test(f.module));
}
/** A leg's reports, each with the test it fired in, gathered by place in the order first seen. */
function gatherReports(reports) {
    const byPlace = new Map();
    for (const { report, test } of reports) {
        const key = placeKey(report);
        let finding = byPlace.get(key);
        if (!finding) {
            const { kind, summary, place, stacks, text } = report;
            finding = {
                kind,
                summary,
                ...(place ? { place } : {}),
                stacks,
                text,
                count: 0,
                tests: [],
                ...(inInterpreter(report) ? { inInterpreter: true } : {}),
            };
            byPlace.set(key, finding);
        }
        finding.count++;
        if (test && !finding.tests.includes(test.test)) {
            finding.tests.push(test.test);
            if (finding.testFile === undefined && test.file) {
                finding.testFile = test.file;
                if (test.line)
                    finding.testLine = test.line;
            }
        }
    }
    return [...byPlace.values()];
}

;// CONCATENATED MODULE: ./src/tsan/read-reports.ts




/**
 * The reports TSan wrote for one leg (<prefix>.<pid>, one file per process), each put to the test
 * that was running, gathered by place. Files in frames go through mapFile (relative to the workspace).
 */
async function readTsanReports(prefix, windows, mapFile) {
    const dir = external_node_path_default().dirname(prefix);
    const stem = `${external_node_path_default().basename(prefix)}.`;
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(dir).filter((name) => name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length)));
    }
    catch {
        return [];
    }
    const reports = names.sort().flatMap((name) => {
        const pid = Number(name.slice(stem.length));
        return parseTsanLog((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name))).map((report) => ({
            report,
            test: testOfReport(pid, report.offset, windows),
        }));
    });
    await symbolizeReports(reports.map((r) => r.report));
    const findings = gatherReports(reports);
    for (const finding of findings) {
        if (finding.testFile)
            finding.testFile = mapFile(finding.testFile);
        for (const frame of [finding.place, ...finding.stacks.flatMap((s) => s.frames)])
            if (frame?.file)
                frame.file = mapFile(frame.file);
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/modes/tsan-mode.ts







/*
 * The freethreaded-tsan mode: the free-threaded build of each version made again with
 * ThreadSanitizer (src/tsan: built from source, cached, locked), a venv of its own whose install
 * compiles instrumented extensions, TSan's reports to files of the leg, read into findings.
 */
/** An install command that installs the project in editable mode. */
const tsan_mode_editableInstall = (command) => /(^|\s)(-e|--editable)(\s|=|$)/.test(command);
/**
 * The suppressions file each version's TSan mode reads: the action's own, CPython's for the
 * free-threaded build (from the interpreter's source tree), then the project's (`tsan-suppressions`).
 */
function writeSuppressions(interpreters, inputs, root) {
    const files = new Map();
    for (const [version, interpreter] of interpreters) {
        const parts = [interpreter.suppressions, inputs.tsan.suppressions]
            .filter((file) => Boolean(file))
            .map((file) => ({ origin: file, text: (0,external_node_fs_.readFileSync)(file, 'utf8') }));
        parts.unshift({ origin: 'setup-python-ft: races its own probe sets off in CPython', text: ACTION_SUPPRESSIONS });
        const file = external_node_path_default().join(root, 'tsan', `suppressions-${version}.txt`);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, joinSuppressions(parts));
        files.set(version, file);
    }
    return files;
}
/**
 * What the TSan venv's install needs once the interpreters are there: the setuptools config that
 * keeps its build folder apart, and a warning when an editable install would share built files.
 */
function prepareInstalls(inputs, root) {
    const setuptoolsConfig = external_node_path_default().join(root, 'tsan', 'setuptools.cfg');
    if (tsan_mode_editableInstall(inputs.install) && inputs.modes.filter(model_mode/* withoutGil */.n1).length > 1)
        workflow_commands/* warning */.$e('install: an editable install (-e) builds the extensions into the source tree, where the free-threaded and the freethreaded-tsan venvs would load the same files; install without -e for the TSan mode');
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(setuptoolsConfig), { recursive: true });
    (0,external_node_fs_.writeFileSync)(setuptoolsConfig, SETUPTOOLS_TSAN_CONFIG);
    return setuptoolsConfig;
}
/** The environment of the TSan venv's install and run: instrumented flags, reports, its own caches. */
function tsanEnvironment(base, inputs, places) {
    const env = { ...base };
    // pip's and uv's caches key built wheels by tags, which the plain free-threaded build shares:
    // without a dependency cache of its own, the TSan venv still gets caches of its own.
    if (!inputs.dependencyCache)
        Object.assign(env, {
            PIP_CACHE_DIR: external_node_path_default().join(places.root, 'tsan', 'pip-cache'),
            UV_CACHE_DIR: external_node_path_default().join(places.root, 'tsan', 'uv-cache'),
            ...inputs.env,
        });
    return Object.assign(env, instrumentedBuildFlags(env), {
        TSAN_OPTIONS: tsanOptions(places.reports, places.suppressions, env.TSAN_OPTIONS),
        DIST_EXTRA_CONFIG: places.setuptoolsConfig,
    });
}
const tsanMode = {
    async start({ inputs, installed, platform, toolCache, tempDir, root, store, problem }) {
        const versions = [...new Set(installed.filter((i) => i.build === 'freethreaded').map((i) => i.version))];
        // Loaded only when the mode runs: the build pulls in the HTTP and tool-cache modules.
        const { acquireTsanInterpreters } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(805), __webpack_require__.e(561)]).then(__webpack_require__.bind(__webpack_require__, 54942));
        const interpreters = await acquireTsanInterpreters(versions, {
            inputs: inputs.tsan,
            toolCache,
            platform,
            store: await store(),
            workDir: external_node_path_default().join(tempDir, 'tsan-build'),
            problem,
        });
        const restored = interpreters.size > 0 && [...interpreters.values()].every((t) => t.restored);
        const suppressions = writeSuppressions(interpreters, inputs, root);
        const setuptoolsConfig = interpreters.size > 0 ? prepareInstalls(inputs, root) : external_node_path_default().join(root, 'tsan', 'setuptools.cfg');
        return {
            ...plainSession,
            // A venv of its own: instrumented wheels must not mix with the plain free-threaded build's.
            interpreter: (_mode, build) => {
                const python = interpreters.get(build.version)?.python;
                return python ? { python, venvKey: `${build.abi}-tsan` } : undefined;
            },
            // The install compiles instrumented extensions, and pip itself runs under TSan.
            environment: (leg, base) => tsanEnvironment(base, inputs, {
                root,
                reports: external_node_path_default().join(root, 'tsan-install', leg.venvKey),
                suppressions: suppressions.get(leg.version),
                setuptoolsConfig,
            }),
            legHooks: (leg) => ({
                // Reports go to files of the leg, <prefix>.<pid>; the probe notes where each test's begin.
                segment(legDir) {
                    const reports = tsanLogPrefix(legDir);
                    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(reports), { recursive: true });
                    const jobOptions = inputs.env.TSAN_OPTIONS ?? process.env.TSAN_OPTIONS;
                    const env = {
                        TSAN_OPTIONS: tsanOptions(reports, suppressions.get(leg.version), jobOptions),
                        SETUP_PYTHON_FT_TSAN_LOG: reports,
                    };
                    return { env, addopts: [] };
                },
                results: async (legDir, run, place) => ({
                    tsan: await readTsanReports(tsanLogPrefix(legDir), run.tsanWindows, place),
                }),
            }),
            outputs: { 'tsan-cache-hit': String(restored) },
        };
    },
};

;// CONCATENATED MODULE: ./src/modes/registry.ts



/** Which plug-in runs each mode. A new mode is a row here, its traits in src/model/mode.ts, and its plug-in. */
const MODE_PLUGINS = {
    standard: plainMode,
    freethreaded: plainMode,
    'freethreaded-gil': plainMode,
    'standard-stress': stressMode,
    'freethreaded-stress': stressMode,
    'freethreaded-tsan': tsanMode,
};
/** Starts each plug-in the job's modes need, once, in the order of the modes; the session of each mode. */
async function startModes(job) {
    const modesOf = new Map();
    for (const mode of job.inputs.modes)
        modesOf.set(MODE_PLUGINS[mode], [...(modesOf.get(MODE_PLUGINS[mode]) ?? []), mode]);
    const sessions = new Map();
    for (const [plugin, modes] of modesOf) {
        const session = await plugin.start({ ...job, modes });
        for (const mode of modes)
            sessions.set(mode, session);
    }
    return sessions;
}

;// CONCATENATED MODULE: ./src/tools/per-mode.ts




/*
 * The test runners projects already drive their suites with, made to run per mode. Modes run at the
 * same time in one working tree, so tox's and nox's work folders would be shared and raced; and a
 * tool that picks its own interpreter must pick the mode's. A uv project's environment is the mode's
 * venv (UV_PROJECT_ENVIRONMENT and UV_PYTHON: uv passes over a free-threaded interpreter unless
 * asked for it), so `uv run pytest` syncs the project's dependencies into it and runs there.
 */
/**
 * `nox` on the mode's PATH: the real nox, found further down PATH, with this mode's env folder.
 * nox has no environment variable for it; an --envdir of the command's own comes later and wins.
 */
const NOX_SHIM = `#!/bin/sh
# setup-python-ft: nox with this mode's own env folder ($SETUP_PYTHON_FT_NOX_ENVDIR).
set -f
IFS=:
for dir in $PATH; do
  if [ -n "$dir" ] && [ -f "$dir/nox" ] && [ -x "$dir/nox" ] && ! [ "$dir/nox" -ef "$0" ]; then
    exec "$dir/nox" --envdir "$SETUP_PYTHON_FT_NOX_ENVDIR" "$@"
  fi
done
echo "nox: command not found" >&2
exit 127
`;
/** nox's name for the mode's build (3.13, 3.13t): python3.13 and python3.13t on the names folder. */
function noxPython(plan) {
    return `${(0,build/* minorOf */.Hs)(plan.version)}${plan.build === 'freethreaded' ? 't' : ''}`;
}
function noxOnPath(venv, pathValue) {
    return [venv.bin, ...pathValue.split((external_node_path_default()).delimiter)].some((dir) => dir && (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'nox')));
}
/**
 * Makes the leg's tool folders under legDir and says how the mode's commands reach them: tox works
 * in <leg>/tox, nox in <leg>/nox and runs every session on the mode's build (NOXFORCEPYTHON), a uv
 * project's environment is the mode's venv. The modes run at once in one working tree, so what the
 * test tools write there is kept apart too: coverage's data file is .coverage.<mode> in the working
 * directory (pytest-cov erases and combines only its own; `coverage combine` joins them afterwards),
 * and hypothesis's example database is the leg's own. A leg that shares the working directory with
 * an earlier one (`isolation: shared`) keeps its pytest cache in its own folder too.
 */
function toolSetup(plan, legDir, venv, 
/** The PATH the mode's commands get after the venv's bin. */
pathValue, workDir, sharesWorkDir = false) {
    const env = {
        COVERAGE_FILE: external_node_path_default().join(workDir, `.coverage.${plan.mode}`),
        HYPOTHESIS_STORAGE_DIRECTORY: external_node_path_default().join(legDir, 'hypothesis'),
        TOX_WORK_DIR: external_node_path_default().join(legDir, 'tox'),
        NOXFORCEPYTHON: noxPython(plan),
        SETUP_PYTHON_FT_NOX_ENVDIR: external_node_path_default().join(legDir, 'nox'),
        ...uvEnvironment(venv),
    };
    const addopts = sharesWorkDir ? [`-o "cache_dir=${external_node_path_default().join(legDir, 'pytest-cache').replace(/\\/g, '/')}"`] : [];
    // Only where there is a nox to wrap: \`command -v nox\` must not find one that is not there.
    if (process.platform === 'win32' || !noxOnPath(venv, pathValue))
        return { env, addopts };
    const bin = external_node_path_default().join(legDir, 'tools');
    (0,external_node_fs_.mkdirSync)(bin, { recursive: true });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(bin, 'nox'), NOX_SHIM);
    (0,external_node_fs_.chmodSync)(external_node_path_default().join(bin, 'nox'), 0o755);
    return { env, addopts, pathFirst: bin };
}

;// CONCATENATED MODULE: ./src/environments/working-copy.ts



/*
 * The modes run at the same time, and a test that writes a fixed file name into the working
 * directory, or a tool that keeps state there, would let one mode read, erase or overwrite another's.
 * So the first leg runs in the working directory itself, as a plain run would, and every other leg
 * runs in a copy of the tree that holds it (the workspace, when the working directory is inside it),
 * made after `install` and removed when the run ends. Copies are clones where the file system has
 * them (btrfs, XFS, APFS); .git is linked, not copied, and .tox, .nox and .venv are left out. A tree
 * past COPY_LIMITS runs in place.
 */
/**
 * Left out of a copy, at the tree's top: environments the action gives each mode its own of (tox's,
 * nox's, a uv project's .venv), and .git, which is linked instead.
 */
const NOT_COPIED = new Set(['.git', '.tox', '.nox', '.venv']);
/** Beyond either, the legs share the working directory (docs/modes.md has the measurements). */
const COPY_LIMITS = { files: 20_000, bytes: 512 * 1024 ** 2 };
/** The path of file relative to root, when file is root or below it ('' for root itself); else undefined. */
function within(root, file) {
    const relative = external_node_path_default().relative(root, file);
    return relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? undefined : relative;
}
/** The tree a copy must hold: the workspace when the working directory is inside it (tests read ../data). */
function treeRoot(workDir, workspace) {
    return workspace && within(workspace, workDir) !== undefined ? workspace : workDir;
}
/** Files and bytes under root, as a copy would hold them; undefined once past the limits (it stops counting). */
function treeSize(root, limits = COPY_LIMITS) {
    let files = 0;
    let bytes = 0;
    const pending = [root];
    while (pending.length > 0) {
        const dir = pending.pop();
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (dir === root && NOT_COPIED.has(entry.name))
                continue;
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory())
                pending.push(full);
            else {
                files++;
                if (entry.isFile())
                    bytes += (0,external_node_fs_.lstatSync)(full).size;
            }
            if (files > limits.files || bytes > limits.bytes)
                return undefined;
        }
    }
    return { files, bytes };
}
/**
 * Copies the tree at `from` to `to` (cloned where the file system can), symbolic links kept as they
 * are, .git linked. Throws what the copy met; `to` is then removed.
 */
function copyTree(from, to) {
    (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
    try {
        (0,external_node_fs_.cpSync)(from, to, {
            recursive: true,
            mode: external_node_fs_.constants.COPYFILE_FICLONE,
            preserveTimestamps: true,
            verbatimSymlinks: true,
            filter: (source) => external_node_path_default().dirname(source) !== from || !NOT_COPIED.has(external_node_path_default().basename(source)),
        });
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(from, '.git'))) {
            (0,external_node_fs_.symlinkSync)(external_node_path_default().join(from, '.git'), external_node_path_default().join(to, '.git'), process.platform === 'win32' ? 'junction' : 'dir');
        }
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
        throw error;
    }
}
/** The leg's folder inside its copy: the working directory's place in the tree, under the copy's root. */
function inCopy(workDir, copy) {
    return external_node_path_default().join(copy.root, external_node_path_default().relative(copy.of, workDir));
}
/** A path the leg saw in its copy, as it is in the tree it copies (unchanged when not in the copy). */
function originalPath(file, tree) {
    if (!tree.copy)
        return file;
    const relative = within(tree.copy.root, file);
    return relative === undefined ? file : external_node_path_default().join(tree.copy.of, relative);
}
/** A path of the tree the copy was made of, as the same path in the copy (a `results` glob). */
function copiedPath(file, tree) {
    if (!tree.copy)
        return file;
    const relative = within(tree.copy.of, file);
    return relative === undefined ? file : external_node_path_default().join(tree.copy.root, relative);
}
/** Text (a traceback) with the copy's root written as the tree it copies. */
function originalText(text, tree) {
    return tree.copy ? text.split(tree.copy.root).join(tree.copy.of) : text;
}
/**
 * Each leg's working tree, by leg id: the first in place; with `isolation: copy`, every other one in
 * a copy under copiesDir, when the tree is within COPY_LIMITS and copies can be made (else in place).
 */
function workingTrees(legIds, options) {
    const { workDir, isolation, copiesDir } = options;
    const trees = new Map(legIds.map((id) => [id, { workDir }]));
    (0,external_node_fs_.rmSync)(copiesDir, { recursive: true, force: true });
    if (isolation === 'shared' || legIds.length < 2)
        return trees;
    const of = treeRoot(workDir, options.workspace);
    const size = treeSize(of);
    if (!size) {
        workflow_commands/* notice */.lm(`isolation: ${of} has more than ${COPY_LIMITS.files} files or ${COPY_LIMITS.bytes / 1024 ** 2} MiB; the modes share it (coverage, hypothesis, the pytest cache and TMPDIR stay apart)`);
        return trees;
    }
    const started = Date.now();
    try {
        for (const id of legIds.slice(1)) {
            const copy = { root: external_node_path_default().join(copiesDir, id), of };
            copyTree(of, copy.root);
            trees.set(id, { workDir: inCopy(workDir, copy), copy });
        }
    }
    catch (error) {
        workflow_commands/* warning */.$e(`isolation: could not copy ${of} (${error.message}); the modes share it`);
        (0,external_node_fs_.rmSync)(copiesDir, { recursive: true, force: true });
        for (const id of legIds)
            trees.set(id, { workDir });
        return trees;
    }
    const mib = (size.bytes / 1024 ** 2).toFixed(1);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    workflow_commands/* info */.pq(`isolation: ${legIds[0]} runs in ${workDir}; ${legIds.length - 1} more in copies of ${of} (${size.files} files, ${mib} MiB, ${seconds} s)`);
    return trees;
}

;// CONCATENATED MODULE: ./src/pipeline/prepare.ts




















/**
 * The GIL probe, copied from dist/probe next to the bundle (src/probe when run from source) into
 * the run's folder: Python writes the probe's bytecode there, never into the action's own folder.
 */
function stageProbe(root) {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_default().join(here, 'probe');
    const source = (0,external_node_fs_.existsSync)(bundled) ? bundled : external_node_path_default().join(here, '..', 'probe');
    const dir = external_node_path_default().join(root, 'probe');
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.cpSync)(source, dir, { recursive: true, filter: (file) => external_node_path_default().basename(file) !== '__pycache__' });
    return dir;
}
/** The cache store, made on first use and then shared; read-only in a pull request's run. */
function lazyStore(inputs) {
    let made;
    const log = { warn: workflow_commands/* warning */.$e, info: workflow_commands/* info */.pq };
    const get = () => (made ??= openCacheStore(inputs.cacheDir, log, inputs.event.readOnly));
    return { get, made: () => made };
}
/** Each build's pip or uv cache folder, restored before its install and saved after the run. */
function dependencyCachesOf(legs, inputs, platform) {
    const caches = new Map();
    if (!inputs.dependencyCache)
        return caches;
    for (const leg of legs) {
        const owner = { os: platform.os, arch: platform.arch, version: leg.version, abi: leg.venvKey };
        caches.set(leg.venvKey, (0,dependency_cache/* dependencyCache */.SL)(inputs.dependencyCache, owner, (0,external_node_os_.homedir)()));
    }
    return caches;
}
/** Each leg's folder and context: its command, venv, tools, environment and mode. */
function legContext(plan, venv, session, shared) {
    const legDir = external_node_path_default().join(shared.root, 'legs', plan.id);
    (0,external_node_fs_.rmSync)(legDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(legDir, { recursive: true });
    const { inputs, tree } = shared;
    const { workDir } = tree;
    return {
        inputs,
        command: fillPlaceholders(inputs.run, plan),
        venv,
        // Coverage data goes to the working directory itself, where the user combines it.
        tools: toolSetup(plan, legDir, venv, shared.jobPath, inputs.workingDirectory, shared.sharesWorkDir),
        install: shared.install,
        ...(shared.packageIndex ? { packageIndex: shared.packageIndex } : {}),
        mode: session.legHooks(plan),
        legDir,
        workDir,
        tree,
        probeDir: shared.probeDir,
        baseEnv: shared.baseEnv,
        os: shared.os,
        arch: shared.arch,
        findResults: (dir, since) => resultFiles(inputs.results, plan, dir, workDir, since, (p) => copiedPath(p, tree)),
        warn: (message) => workflow_commands/* warning */.$e(message),
    };
}
/** Starts the plug-ins of the job's modes (the TSan mode gets its interpreters) and sets their outputs. */
async function startSessions(installed, inputs, job, root, store) {
    const { platform, toolCache, tempDir, problem } = job;
    const sessions = await startModes({ inputs, installed, platform, toolCache, tempDir, root, store, problem });
    for (const session of new Set(sessions.values()))
        for (const [name, value] of Object.entries(session.outputs))
            workflow_commands/* setOutput */.uH(name, value);
    return (mode) => sessions.get(mode);
}
/**
 * The legs whose venv was made, each with its context: the first in the working directory, the
 * others each in a copy of the tree (isolation: copy), made now that `install` has run.
 */
function readyLegs(runnable, inputs, copiesDir, contextOf) {
    const trees = workingTrees(runnable.map((plan) => plan.id), {
        workDir: inputs.workingDirectory,
        workspace: process.env.GITHUB_WORKSPACE,
        isolation: inputs.isolation,
        copiesDir,
    });
    return runnable.map((plan, index) => {
        const tree = trees.get(plan.id);
        return { plan, context: contextOf(plan, tree, index > 0 && !tree.copy) };
    });
}
/** How long the package index may take over one listing. */
const INDEX_DEADLINE_MS = 5000;
/** The package index, asked what to upgrade to (unless `index-url: none`). */
const packageIndexOf = (inputs, platform) => inputs.indexUrl ? openPackageIndex({ url: inputs.indexUrl, platform, deadlineMs: INDEX_DEADLINE_MS }) : undefined;
/** The job's identity: its workflow, job, versions, modes, command and platform. */
const jobIdentityOf = (inputs, installed, platform) => identityOf(inputs.event, {
    versions: [
        ...new Set(installed.map((i) => `${(0,build/* minorOf */.Hs)(i.version)}${i.build === 'freethreaded' ? 't' : ''}`)),
    ].sort(),
    modes: inputs.modes,
    run: inputs.run,
    platform: (0,platform_platform/* platformName */.$r)(platform),
    variant: [
        inputs.install,
        external_node_path_default().relative(process.env.GITHUB_WORKSPACE || process.cwd(), inputs.workingDirectory),
        JSON.stringify(Object.entries(inputs.env).sort()),
        inputs.gil,
    ],
});
/**
 * The runner's credentials for its own services: a pull request's run hands them to none of its
 * commands (under pull_request_target they could write the base branch's caches).
 */
const RUNNER_CREDENTIALS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
];
/** The environment of the install and run commands: the job's, with the names folder first. */
function childEnvironment(inputs, namesDir) {
    const env = namesDir ? withPathFirst(process.env, namesDir) : { ...process.env };
    if (inputs.event.readOnly)
        for (const name of RUNNER_CREDENTIALS)
            delete env[name];
    return env;
}
/** The run's folder under the job's: venvs, legs, the probe. */
const runRoot = (tempDir) => external_node_path_default().join(tempDir, 'run');
/** Prepares the environments: modes started, legs planned, venvs made and installed, contexts. */
async function prepare(installed, inputs, job) {
    const { platform, problem } = job;
    const root = runRoot(job.tempDir);
    const store = lazyStore(inputs);
    const sessionOf = await startSessions(installed, inputs, job, root, store.get);
    const planned = planLegs(installed, inputs.modes, inputs.gil, (0,platform_platform/* platformName */.$r)(platform), (mode, build) => sessionOf(mode).interpreter(mode, build));
    for (const message of planned.problems)
        problem(message);
    const probeDir = stageProbe(root);
    // Extensions built by `install` or during the run (pyximport, tests that compile) target the
    // leg's ABI; a PYTHON_GIL from the job is dropped by venvEnv, and each mode sets its own.
    // The names folder (python3.X, python3.Xt, pip) comes right after each venv's bin, as for later steps.
    const jobEnv = childEnvironment(inputs, job.namesDir);
    const dependencyCaches = dependencyCachesOf(planned.legs, inputs, platform);
    const baseEnv = (leg) => sessionOf(leg.mode).environment(leg, {
        ...jobEnv,
        ...(0,configure_exports/* abiBuildFlags */.c8)(leg.build, platform.os),
        ...dependencyCaches.get(leg.venvKey)?.env,
        ...inputs.env,
    });
    const packageIndex = packageIndexOf(inputs, platform);
    const { venvs, installs } = await prepareVenvs(planned.legs, {
        ...(packageIndex ? { packageIndex } : {}),
        inputs,
        root,
        workDir: inputs.workingDirectory,
        probeDir,
        ...(job.keepVenvs ? { keep: job.keepVenvs } : {}),
        baseEnv,
        problem,
        dependencyCache: dependencyCaches.size > 0 ? { store: await store.get(), of: (key) => dependencyCaches.get(key) } : undefined,
        extrasOf: (key) => [
            ...new Set(planned.legs.filter((l) => l.venvKey === key).flatMap((l) => sessionOf(l.mode).installExtras)),
        ],
    });
    // What the installs built from source is asked about at once, while the tests run.
    packageIndex?.prefetch([...installs.values()].flatMap((install) => install.built.map((built) => built.name)));
    const runnable = planned.legs.filter((plan) => venvs.has(plan.venvKey));
    const copiesDir = external_node_path_default().join(root, 'trees');
    const ready = readyLegs(runnable, inputs, copiesDir, (plan, tree, sharesWorkDir) => legContext(plan, venvs.get(plan.venvKey), sessionOf(plan.mode), {
        ...{ inputs, probeDir, os: platform.os, arch: platform.arch, root, tree, sharesWorkDir, packageIndex },
        jobPath: jobEnv.PATH ?? '',
        baseEnv: baseEnv(plan),
        install: installs.get(plan.venvKey),
    }));
    const held = { ...(await jobState(inputs, installed, platform, store)), ...(job.watch ? { watch: job.watch } : {}) };
    return { inputs, platform, root, copiesDir, planned: planned.legs, ready, venvs, installs, dependencyCaches, ...held };
}
/** The job's identity, its baseline (`baseline: auto`, restored now) and the store, if one was made. */
async function jobState(inputs, installed, platform, store) {
    const identity = jobIdentityOf(inputs, installed, platform);
    // A matrix leg is compared (and judged) in the compare job, which keeps the entries.
    const log = { info: workflow_commands/* info */.pq, warn: workflow_commands/* warning */.$e };
    const auto = inputs.baselineAuto && !(0,run_inputs.isMatrixLeg)(inputs)
        ? await restoreAutoBaseline(await store.get(), inputs.event, identity, log)
        : undefined;
    const made = store.made();
    return { identity, store: made ? await made : undefined, ...(auto ? { auto } : {}) };
}

// EXTERNAL MODULE: ./src/baseline/file.ts
var file = __webpack_require__(50385);
// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(74995);
// EXTERNAL MODULE: ./src/common/retry.ts
var retry = __webpack_require__(69183);
;// CONCATENATED MODULE: ./src/report/escape.ts
/*
 * Test names, messages and output come from the project under test: untrusted. These make them
 * inert in workflow commands, markdown and HTML.
 */
// CSI and OSC sequences, then any other C0 control except tab and newline.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
function stripAnsi(text) {
    return text.replace(ANSI, '').replace(CONTROL, '');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Inline text for markdown (a table cell, a list item): no markup, no mentions, one line. */
function inlineText(text) {
    return escapeHtml(stripAnsi(text))
        .replace(/[\\`*_[\]()#+\-.!|~{}:]/g, '\\$&')
        .replace(/@/g, '&#64;')
        .replace(/\r?\n/g, ' ');
}
/**
 * Inline text inside raw HTML (a <summary>), where markdown does not apply and a backslash would
 * show: HTML-escaped, no mentions, one line.
 */
function htmlText(text) {
    return escapeHtml(stripAnsi(text)).replace(/@/g, '&#64;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ');
}
/** Inline code that cannot break out of its element. */
function code(text) {
    return `<code>${inlineText(text)}</code>`;
}
/** A preformatted block: HTML-escaped, so that neither markdown nor tags apply inside. */
function preBlock(text) {
    return `<pre>${escapeHtml(stripAnsi(text))}</pre>`;
}
/** The first lines of a text, for an annotation or a table. */
function firstLines(text, lines, chars = 1500) {
    if (!text)
        return '';
    const head = stripAnsi(text).split('\n').slice(0, lines).join('\n');
    return head.length > chars ? `${head.slice(0, chars)}…` : head;
}

;// CONCATENATED MODULE: ./src/report/repository-paths.ts
/**
 * Whether a path is the repository's: the run makes files inside the workspace relative to it and
 * leaves the others absolute. Annotations and the Checks API can place only these.
 */
const inRepository = (file) => !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.startsWith('..');

;// CONCATENATED MODULE: ./src/report/tsan-section.ts


/*
 * ThreadSanitizer's findings in the report (pure): where each is annotated, and its part of the job
 * summary, the stacks folded.
 */
const FRAMES_SHOWN = 8;
/** A frame's file is the project's when it is relative to the repository (the run maps it so). */
const inWorkspace = (frame) => frame?.file !== undefined && inRepository(frame.file);
/**
 * Where a report is annotated: the top frame of the project's own code (the C, C++ or Cython line),
 * else the test that was running.
 */
function tsanAnnotationPlace(tsan) {
    const frame = [...tsan.stacks.flatMap((s) => s.frames), tsan.place].find(inWorkspace);
    if (frame)
        return { file: frame.file, ...(frame.line ? { line: frame.line } : {}) };
    if (tsan.testFile)
        return { file: tsan.testFile, ...(tsan.testLine ? { line: tsan.testLine } : {}) };
    return {};
}
/** A file of CPython's own source by its place in the tree (Objects/call.c), not the build's folder. */
function shortFile(file) {
    return /\/Python-3\.\d+\.\d+[^/]*\/(.+)$/.exec(file)?.[1] ?? file;
}
function frameLine(frame) {
    const where = frame.file ? `${shortFile(frame.file)}:${frame.line}` : '';
    const module = frame.module && !inWorkspace(frame) ? ` (${frame.module})` : '';
    return `    ${frame.function}  ${where}${module}`.trimEnd();
}
/** The stacks as people read them: each stack's title, then its top frames. */
function readableStacks(tsan) {
    return tsan.stacks
        .map((stack) => {
        const frames = stack.frames.slice(0, FRAMES_SHOWN).map(frameLine);
        const more = stack.frames.length > FRAMES_SHOWN ? [`    … ${stack.frames.length - FRAMES_SHOWN} more frames`] : [];
        return [`${stack.title}:`, ...frames, ...more].join('\n');
    })
        .join('\n\n');
}
/** The "ThreadSanitizer" part of a group's summary: one folded block per place. */
function tsanSection(findings) {
    const tsan = findings.filter((f) => f.tsan);
    if (tsan.length === 0)
        return [];
    const lines = [`#### ThreadSanitizer (${tsan.length})\n`];
    for (const finding of tsan) {
        const t = finding.tsan;
        const mark = finding.baseline === 'known' ? '➖' : '❌';
        const tests = t.tests.length > 0
            ? ` · in ${t.tests.slice(0, 3).join(', ')}${t.tests.length > 3 ? ` and ${t.tests.length - 3} more` : ''}`
            : '';
        const count = t.count > 1 ? ` · ${t.count} reports` : '';
        lines.push(`<details><summary>${mark} ${htmlText(`${finding.place}${tests}${count}`)}</summary>\n\n${preBlock(readableStacks(t))}\n\n</details>\n`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts







/** GitHub keeps 10 annotations of each level per step and drops the rest without a word. */
const PER_LEVEL_LIMIT = 10;
const LEVELS = {
    crashed: 'error',
    hung: 'error',
    'races-without-gil': 'error',
    'freethreaded-only': 'error',
    'standard-only': 'error',
    'stress-only': 'warning',
    undecided: 'warning',
    'place-dependent': 'warning',
    'one-mode-only': 'warning',
    differs: 'warning',
    'not-run': 'notice',
};
/** How a test is named to people: its pytest node id when known. */
function displayName(row) {
    return row.nodeid ?? row.id;
}
/** Each mode's outcome, with its reruns listed (a stress failure's reruns are counted instead). */
function outcomesLine(row) {
    return Object.entries(row.outcomes)
        .map(([mode, outcome]) => {
        const reruns = row.evidence ? undefined : row.reruns?.[mode];
        return `${mode}: ${outcome}${reruns?.length ? ` (reruns: ${reruns.join(', ')})` : ''}`;
    })
        .join(' · ');
}
/** freethreaded: failed in its folder, passed in the other */
function placeCheckText(placeCheck) {
    return Object.entries(placeCheck)
        .map(([mode, check]) => `${mode}: ${check.here} in its folder, ${check.there} in the other`)
        .join(' · ');
}
/** Every group's divergences with their group, most important first. */
function divergencesByImportance(comparison) {
    const rows = comparison.groups.flatMap((g) => g.divergences.map((row) => ({ row, group: g.group })));
    return rows.sort((a, b) => byImportance(a.row, b.row));
}
/** A finding's annotation; a ThreadSanitizer report's is at its place, with its top frames. */
function findingAnnotation(f, groups) {
    return {
        level: f.baseline === 'known' ? 'notice' : f.blocking ? 'error' : 'warning',
        message: f.tsan ? `${f.message}\n\n${firstLines(readableStacks(f.tsan), 12)}` : f.message,
        properties: {
            title: `${f.tsan ? 'ThreadSanitizer' : 'setup-python-ft'}${groups > 1 ? ` [${f.group}]` : ''}`,
            ...(f.tsan ? tsanAnnotationPlace(f.tsan) : {}),
        },
    };
}
/** A divergence's annotation: the title says its class, the message its outcomes and failure. */
function divergenceAnnotation(row, group, groups) {
    const known = row.baseline === 'known' ? ' (in the baseline)' : '';
    const title = `${divergence/* KIND_TITLES */.x7[row.kind]}${row.flaky ? ' (flaky)' : ''}${known}${groups > 1 ? ` [${group}]` : ''}`;
    const message = Object.values(row.messages ?? {})[0];
    const details = row.details?.startsWith(message ?? '\0')
        ? row.details
        : [message, row.details].filter(Boolean).join('\n\n');
    const failure = firstLines(details, 12);
    return {
        level: known ? 'notice' : isTentative(row) && LEVELS[row.kind] === 'error' ? 'warning' : LEVELS[row.kind],
        message: [
            `${stripAnsi(displayName(row))}`,
            row.evidence ? `Reruns: ${countsText(row.evidence)}` : '',
            row.placeCheck ? `Rerun alone (isolation: copy): ${placeCheckText(row.placeCheck)}` : '',
            outcomesLine(row),
            failure,
            row.reproduce ? `Reproduce: ${stripAnsi(row.reproduce)}` : '',
            reportReproduceCommand(row) ? `With the run's report: ${stripAnsi(reportReproduceCommand(row))}` : '',
        ]
            .filter(Boolean)
            .join('\n'),
        properties: { title, file: row.file, line: row.file ? row.line : undefined },
    };
}
/** A notice per baseline entry that matched nothing: it can go. */
function fixedAnnotations(comparison) {
    const fixed = comparison.baseline?.fixed;
    if (!fixed)
        return [];
    const where = (entry) => (entry.group ? ` in ${entry.group}` : '');
    return [
        ...fixed.divergences.map((entry) => `${entry.test ?? entry.file}${where(entry)} no longer diverges`),
        ...fixed.findings.map((entry) => `the ${entry.kind} finding${(entry.module ?? entry.distribution) ? ` on ${entry.module ?? entry.distribution}` : ''}${where(entry)} is gone`),
    ].map((what) => ({
        level: 'notice',
        message: `${what}: remove it from the baseline`,
        properties: { title: 'Fixed in the baseline' },
    }));
}
/**
 * The annotations for a comparison, most important first, within GitHub's limit of 10 per level.
 * reserveErrors keeps room for the step's own failure message; what it already tells (told) is left out. What does not fit is counted in a
 * closing notice.
 */
function planAnnotations(comparison, reserveErrors, told = []) {
    const groups = comparison.groups.length;
    const rows = divergencesByImportance(comparison);
    const candidates = [
        ...comparison.findings
            .filter((f) => (f.blocking || f.kind !== 'no-tests') && !told.includes(f))
            .map((f) => findingAnnotation(f, groups)),
        ...rows.map(({ row, group }) => divergenceAnnotation(row, group, groups)),
        ...fixedAnnotations(comparison),
    ];
    const room = {
        error: PER_LEVEL_LIMIT - reserveErrors,
        warning: PER_LEVEL_LIMIT,
        notice: PER_LEVEL_LIMIT - 1,
    };
    const shown = [];
    let left = 0;
    for (const annotation of candidates) {
        if (room[annotation.level] > 0) {
            room[annotation.level]--;
            shown.push(annotation);
        }
        else
            left++;
    }
    if (left > 0) {
        shown.push({
            level: 'notice',
            message: `${left} more findings and divergences are not annotated (GitHub shows ${PER_LEVEL_LIMIT} of each level per step): see the job summary and the JSON report.`,
            properties: { title: 'More divergences' },
        });
    }
    return shown;
}

;// CONCATENATED MODULE: ./src/report/traces.ts
const traces_FRAME = /^\s+File "(.*)", line (\d+) in (.+)$/;
const THREAD = /^(Current thread|Thread) (0x[0-9a-f]+)/;
function parseDump(text) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => THREAD.test(line));
    if (first < 0)
        return undefined;
    const threads = [];
    for (const line of lines.slice(first)) {
        const thread = THREAD.exec(line);
        if (thread)
            threads.push({ title: `${thread[1]} ${thread[2]}`, current: thread[1] === 'Current thread', frames: [] });
        const frame = traces_FRAME.exec(line);
        // Lines of two threads crashing at once interleave: only whole frame lines are kept.
        if (frame && threads.length > 0) {
            threads[threads.length - 1].frames.push({ file: frame[1], line: Number(frame[2]), func: frame[3] });
        }
    }
    const before = lines
        .slice(0, first)
        .map((line) => line.trimEnd())
        .filter((line, at, all) => line !== '' || (at > 0 && all[at - 1] !== ''));
    return { before, threads };
}
const STDLIB = /^(.*)\/lib\/python3\.\d+t?\/(?!site-packages\/)(.+)$/;
const SITE_PACKAGES = /\/(?:site|dist)-packages\/(.+)$/;
/** A frame's file for the reader: repository-relative, or <site-packages>/…, or <stdlib>/…. */
function shortPath(file, workspace) {
    const unix = file.replace(/\\/g, '/');
    const root = workspace.replace(/\\/g, '/').replace(/\/$/, '');
    if (root && unix.startsWith(`${root}/`))
        return unix.slice(root.length + 1);
    const site = SITE_PACKAGES.exec(unix);
    if (site)
        return `<site-packages>/${site[1]}`;
    const stdlib = STDLIB.exec(unix);
    if (stdlib)
        return `<stdlib>/${stdlib[2]}`;
    return unix;
}
/** Frames of the test machinery, not of the code under test. */
function machinery(file) {
    return (/^<site-packages>\/(_pytest|pluggy|xdist|execnet|pytest_run_parallel)\//.test(file) ||
        /^<stdlib>\/threading\.py$/.test(file) ||
        /\/bin\/(py\.)?test$|\/bin\/pytest$/.test(file));
}
function shorten(thread, workspace) {
    const frames = thread.frames.map((f) => ({ ...f, file: shortPath(f.file, workspace) }));
    return { ...thread, frames };
}
/** The thread that ran pytest and now only waits (in join or wait) for the threads that matter. */
function idleMain(thread) {
    const runsPytest = thread.frames.some((f) => f.file.startsWith('<site-packages>/_pytest/'));
    return runsPytest && thread.frames.length > 0 && thread.frames[0].file === '<stdlib>/threading.py';
}
function threadsToShow(dump, outcome, workspace) {
    const threads = dump.threads.map((t) => shorten(t, workspace));
    if (outcome === 'crashed')
        return [...threads.filter((t) => t.current), ...threads.filter((t) => !t.current)];
    if (outcome === 'hung') {
        const working = threads.filter((t) => !idleMain(t));
        return working.length > 0 ? working : threads;
    }
    return threads;
}
const traces_frameLine = (f) => `  File "${f.file}", line ${f.line} in ${f.func}`;
/**
 * A faulthandler dump as a maintainer reads it: for a crash the crashing thread first, for a hang
 * every thread but the idle main one; machinery frames left out; paths shortened. Text that holds
 * no dump comes back as it was.
 */
function readableTrace(details, outcome, workspace) {
    const dump = parseDump(details);
    if (!dump)
        return details;
    const blocks = threadsToShow(dump, outcome, workspace).map((thread) => {
        const own = thread.frames.filter((f) => !machinery(f.file));
        const left = thread.frames.length - own.length;
        const kept = (own.length > 0 ? own : thread.frames.slice(0, 3)).map(traces_frameLine);
        const note = own.length > 0 && left > 0 ? [`  (${left} frames of pytest, pluggy and threading left out)`] : [];
        return [`${thread.title}:`, ...kept, ...note].join('\n');
    });
    return [...dump.before, ...blocks.flatMap((block) => [block, ''])].join('\n').trim();
}
/** The first frame of a thread that is not test machinery, with its file shortened for one line. */
function firstOwnFrame(thread) {
    return thread.frames.find((f) => !machinery(f.file));
}
const place = (f) => `${f.func} (${f.file.replace(/^<site-packages>\//, '')}:${f.line})`;
/**
 * Why a divergence failed, in one line: the assertion, `SIGSEGV in churn (tests/test_x.py:13)`,
 * or `deadlock: 2 threads in take (ftdemo/shared.py:47)`.
 */
function whyLine(outcome, message, details, workspace) {
    const first = (message ?? '').split('\n')[0].trim();
    const dump = details ? parseDump(details) : undefined;
    if (outcome === 'crashed' && dump) {
        const signal = /died on (\w+)/.exec(first)?.[1] ?? 'crashed';
        const threads = threadsToShow(dump, 'crashed', workspace);
        const frame = firstOwnFrame(threads[0]);
        return frame ? `${signal} in ${place(frame)}` : first;
    }
    if (outcome === 'hung' && dump) {
        const threads = threadsToShow(dump, 'hung', workspace);
        const tops = threads.map(firstOwnFrame).filter((f) => f !== undefined);
        const counts = new Map();
        for (const frame of tops) {
            const key = `${frame.file}:${frame.line}`;
            counts.set(key, { frame, n: (counts.get(key)?.n ?? 0) + 1 });
        }
        const shared = [...counts.values()].sort((a, b) => b.n - a.n)[0];
        if (shared && shared.n >= 2)
            return `deadlock: ${shared.n} threads in ${place(shared.frame)}`;
        if (tops[0])
            return `stuck in ${place(tops[0])}`;
    }
    return first.length > 160 ? `${first.slice(0, 159)}…` : first;
}

;// CONCATENATED MODULE: ./src/report/baseline-origin.ts



/*
 * The lines of the summary that say what a run was judged against (`baseline: auto`) and whether it
 * saved anything (pure): "Compared with main @ 1a2b3c4, run 812, 2 days ago", or that no entry of
 * the branch was found, and "read-only cache: pull request".
 */
/** 2 days ago, 5 hours ago, 3 minutes ago, just now. */
function ago(from, now) {
    const minutes = Math.floor((now.getTime() - Date.parse(from)) / 60_000);
    const [value, unit] = minutes >= 2 * 1440
        ? [Math.floor(minutes / 1440), 'day']
        : minutes >= 120
            ? [Math.floor(minutes / 60), 'hour']
            : [minutes, 'minute'];
    if (!Number.isFinite(value) || value < 1)
        return 'just now';
    return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
}
/** What the run was compared with, and with what result: one line (a second when nothing is saved). */
function originLines(comparison, origin, readOnly, now) {
    const lines = [];
    if (origin) {
        const source = origin.source;
        if (source) {
            const summary = comparison.baseline;
            const known = comparison.divergences - (summary?.newDivergences ?? comparison.divergences);
            const fixed = summary?.fixed.divergences.length ?? 0;
            lines.push(`Compared with ${inlineText(source.branch)} @ ${code(source.sha.slice(0, 7))}, run ${inlineText(source.runId)}, ${ago(source.at, now)}: ` +
                `${summary?.newDivergences ?? 0} new, ${fixed} fixed, ${known} still present.`);
        }
        else if (origin.branch) {
            lines.push(`No baseline of ${inlineText(origin.branch)} yet (its first run with \`baseline: auto\`, or its entry was evicted): every divergence counts.`);
        }
        else
            lines.push('No branch to keep a baseline for: every divergence counts.');
    }
    if (readOnly)
        lines.push(`Read-only cache: ${inlineText(readOnly)}. Nothing is saved; restoring is allowed.`);
    return lines;
}
/** The known divergences the base's history shows flaking: "diverged in 3 of 20 runs of main (15 %)". */
function knownFlakyLines(comparison, origin, group) {
    if (!origin)
        return [];
    const rows = comparison.groups.find((g) => g.group === group)?.divergences.filter((r) => r.baseline === 'known') ?? [];
    return rows.flatMap((row) => {
        const rate = origin.rates[historyKey(group, row.id)];
        if (!rate || rate.diverged >= rate.runs)
            return [];
        const percent = Math.round((100 * rate.diverged) / rate.runs);
        return [
            `- Known flaky (${percent} %): ${code(displayName(row))} diverged in ${rate.diverged} of the last ${rate.runs} runs of ${inlineText(origin.branch)}; not blamed here`,
        ];
    });
}

;// CONCATENATED MODULE: ./src/report/verdict.ts




/**
 * How the divergence reproduced in its first failing mode: 3/3, flaky 1/3, or not rerun; a failure
 * under thread stress, its reruns' counts in both stress modes.
 */
function reproducibility(row) {
    if (row.evidence)
        return countsText(row.evidence);
    if (row.kind === 'place-dependent')
        return 'fails alone in its folder, passes in the other';
    const mode = failingModes(row)[0];
    const reruns = mode ? row.reruns?.[mode] : undefined;
    if (!mode || !reruns?.length)
        return 'not rerun';
    const outcome = row.outcomes[mode];
    const same = reruns.filter((o) => o === outcome).length + 1;
    const total = reruns.length + 1;
    return same === total ? `${same}/${total}` : `flaky ${same}/${total}`;
}
/** The words for where tests break, from the modes they fail in. */
function where(modes) {
    const all = [...modes];
    if (all.every(model_mode/* withoutGil */.n1))
        return 'only with the GIL off';
    if (all.every((m) => (0,model_mode/* buildOf */.Yy)(m) === 'freethreaded'))
        return 'only on the free-threaded build';
    if (all.every(model_mode/* isStress */.JA))
        return 'only under thread stress';
    if (all.every((m) => (0,model_mode/* buildOf */.Yy)(m) === 'standard'))
        return 'only on the standard build';
    return 'differently between the modes';
}
const MODE_WORDS = {
    standard: 'on standard',
    freethreaded: 'with the GIL off',
    'freethreaded-gil': 'with PYTHON_GIL=1',
    'standard-stress': 'under stress on standard',
    'freethreaded-stress': 'under stress with the GIL off',
    'freethreaded-tsan': 'under ThreadSanitizer',
};
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The versions a verdict names: 3.13.15t for the free-threaded build, 3.13.15 for the standard. */
function versions(groups, modes) {
    const names = new Set();
    for (const group of groups) {
        for (const row of group.modes.filter((m) => modes.has(m.mode))) {
            names.add(`${row.version}${(0,model_mode/* buildOf */.Yy)(row.mode) === 'freethreaded' ? 't' : ''}`);
        }
    }
    return names.size > 0 ? ` (${[...names].join(', ')})` : '';
}
function divergenceVerdict(comparison, rows, mark) {
    const failing = new Set(rows.flatMap(failingModes));
    const worst = (row) => Object.values(row.outcomes);
    const crashes = rows.filter((r) => worst(r).includes('crashed')).length;
    const hangs = rows.filter((r) => !worst(r).includes('crashed') && worst(r).includes('hung')).length;
    const failures = rows.length - crashes - hangs;
    const kinds = [
        crashes ? count(crashes, 'crash', 'crashes') : '',
        hangs ? count(hangs, 'hang') : '',
        failures ? count(failures, 'failure') : '',
    ].filter(Boolean);
    const ran = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode)));
    const passing = [...ran].filter((mode) => !failing.has(mode)).map((mode) => MODE_WORDS[mode]);
    const fresh = comparison.baseline ? 'new ' : '';
    const subject = `${rows.length} ${fresh}${rows.length === 1 ? 'test breaks' : 'tests break'}`;
    const tail = passing.length > 0 ? ` — ${rows.length === 1 ? 'it passes' : 'all pass'} ${passing.join(' and ')}` : '';
    return `${mark} ${subject} ${where(failing)}${versions(comparison.groups, failing)}: ${kinds.join(' · ')}${tail}`;
}
/** The verdict: green only when the step passes, and saying what was compared. */
function verdictLine(comparison, step) {
    const failed = step.failure !== undefined;
    const rows = newDivergences(comparison);
    const known = comparison.divergences - rows.length;
    const knownText = known > 0 ? ` (${count(known, 'known divergence')}, in the baseline)` : '';
    if (comparison.matrixLeg) {
        const row = comparison.groups[0]?.modes[0];
        const leg = row ? `${row.mode} on ${row.version}` : 'this leg';
        const result = comparison.failures > 0 ? `: ${count(comparison.failures, 'test')} failed` : '';
        return `${failed ? '❌' : comparison.failures > 0 ? '⚠️' : '✅'} ${leg}${result}`;
    }
    // A cancelled job, or a suite that never ran a test, is the news, whatever the modes did.
    if (failed && (step.cancelled || comparison.outcome === 'not-run'))
        return `❌ ${step.failure}`;
    if (rows.length > 0)
        return `${divergenceVerdict(comparison, rows, failed ? '❌' : '⚠️')}${knownText}`;
    if (failed)
        return `❌ ${step.failure}`;
    if (comparison.outcome === 'not-compared')
        return '➖ nothing was compared';
    if (known > 0)
        return `✅ nothing new between the modes${knownText}`;
    if (comparison.failures > 0) {
        return `✅ the modes agree; ${count(comparison.failures, 'test fails', 'tests fail')} in every mode`;
    }
    return '✅ every mode agrees';
}
/** A run's length: 2.9 s, or 2 min 5 s. */
function duration(seconds) {
    return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`;
}
/** tests × modes, the time of the slowest mode, and the commit. */
function compactLine(comparison, step) {
    const tests = comparison.groups.reduce((n, g) => n + Math.max(0, ...g.modes.map((m) => m.total)), 0);
    const modes = new Set(comparison.groups.flatMap((g) => g.modes.map((m) => m.mode))).size;
    const seconds = Math.max(0, ...comparison.groups.flatMap((g) => g.modes.map((m) => m.status.durationSeconds)));
    const groups = comparison.groups.length > 1 ? ` in ${count(comparison.groups.length, 'group')}` : '';
    const parts = [`${count(tests, 'test')} × ${count(modes, 'mode')}${groups}`, duration(seconds)];
    if (step.sha)
        parts.push(`commit ${step.sha.slice(0, 7)}`);
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/report/summary.ts













/** GitHub refuses a step summary over 1 MiB; stay under it with room for the closing lines. */
const SUMMARY_LIMIT = 1024 * 1024;
const CLOSING_ROOM = 4096;
const ICONS = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    skipped: '⏭️ skipped',
    xfail: '✔️ xfail',
    xpass: '⚠️ xpass',
    crashed: '💥 crashed',
    hung: '⏳ hung',
    absent: '➖ absent',
};
/**
 * Markdown written to a byte budget. Lines are added while they fit; a block that opened a table
 * or a <details> is always closed, even when its rows were cut.
 */
class Budget {
    limit;
    parts = [];
    used = 0;
    cut = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds a line if it fits; counts it as cut otherwise. */
    add(line) {
        const bytes = Buffer.byteLength(line) + 1;
        if (this.used + bytes > this.limit - CLOSING_ROOM) {
            this.cut++;
            return false;
        }
        this.parts.push(line);
        this.used += bytes;
        return true;
    }
    /** Closing lines use the reserved room, so they always fit. */
    close(line) {
        this.parts.push(line);
        this.used += Buffer.byteLength(line) + 1;
    }
    text() {
        return `${this.parts.join('\n')}\n`;
    }
}
function statusText(row) {
    const { status } = row;
    if (status.timedOut)
        return '⏳ timed out';
    if (status.signal)
        return `💥 ${status.signal}`;
    const stops = [
        ...(status.crashes ?? []).map((c) => ({ segment: c.segment, text: `💥 ${c.signal}` })),
        ...(status.hangs ?? []).map((h) => ({ segment: h.segment, text: '⏳ hang' })),
    ].sort((a, b) => a.segment - b.segment);
    const resumed = stops.length > 0 ? `${stops.map((s) => s.text).join(', ')}, resumed; ` : '';
    return status.exitCode === 0 && !resumed ? '✅ exit 0' : `${resumed || '❌ '}exit ${status.exitCode}`;
}
/** What was set and what happened: off, forced by PYTHON_GIL=0 · off · on: re-enabled by X at test Y. */
function gilText(row) {
    if ((0,model_mode/* buildOf */.Yy)(row.mode) === 'standard')
        return 'standard build';
    if (row.mode === 'freethreaded-gil')
        return 'on, PYTHON_GIL=1';
    const forced = row.gil.pythonGil === '0';
    if (row.gilStayedOff)
        return forced ? 'off, forced by PYTHON_GIL=0' : 'off';
    const first = row.gil.enabledBy[0];
    const by = first?.module ? ` by ${code(first.module)}` : '';
    const at = first?.test ? ` at ${code(first.test)}` : '';
    return `⚠️ on: re-enabled${by}${at}`;
}
const blankZero = (n) => (n === 0 ? '' : String(n));
function modeTable(out, group) {
    out.add('| Mode | Python | Tests | ✅ | ❌ | ⏭️ | 💥 | ⏳ | Run | Time | GIL |');
    out.add('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |');
    for (const row of group.modes) {
        const c = row.counts;
        const cells = [c.passed + c.xpass, c.failed + c.error, c.skipped + c.xfail, c.crashed, c.hung].map(blankZero);
        out.add(`| **${row.mode}** | ${row.version} (${row.abi}) | ${row.total} | ${cells.join(' | ')} | ` +
            `${statusText(row)} | ${duration(row.status.durationSeconds)} | ${gilText(row)} |`);
    }
    out.add('');
    out.add('<sub>✅ passed · ❌ failed or error · ⏭️ skipped or xfail · 💥 crashed · ⏳ hung</sub>');
}
/** The test's name, linked to its file and line at the commit when the run knows where that is. */
function testCell(row, options) {
    const name = code(displayName(row));
    const links = options.links;
    if (!row.file || !links || row.file.startsWith('/'))
        return name;
    const file = row.file.split('/').map(encodeURIComponent).join('/');
    const url = `${links.server}/${links.repository}/blob/${links.sha}/${file}${row.line ? `#L${row.line}` : ''}`;
    return `<a href="${url.replace(/"/g, '%22')}">${name}</a>`;
}
/** The mode a divergence is explained from: its first failing one. */
const failingMode = (row) => failingModes(row)[0];
function why(row, options) {
    const mode = failingMode(row);
    const outcome = mode ? row.outcomes[mode] : 'failed';
    const message = (mode && row.messages?.[mode]) ?? Object.values(row.messages ?? {})[0];
    return whyLine(outcome, message, row.details, options.workspace);
}
function whereCell(row) {
    return failingModes(row)
        .map((mode) => `${ICONS[row.outcomes[mode] ?? 'absent'].split(' ')[0]} ${mode}`)
        .join('<br>');
}
function divergenceTable(out, rows, options) {
    out.add('| Test | Breaks in | Why | Reproduced |');
    out.add('| --- | --- | --- | --- |');
    let shown = 0;
    for (const row of rows) {
        const kind = `<br><sub>${divergence/* KIND_TITLES */.x7[row.kind]}</sub>`;
        const line = `| ${testCell(row, options)}${kind} | ${whereCell(row)} | ${inlineText(why(row, options))} | ${reproducibility(row)} |`;
        if (!out.add(line))
            break;
        shown++;
    }
    if (shown < rows.length) {
        out.close(`\n_${rows.length - shown} more divergences are in the JSON report._`);
    }
}
/** With a baseline, the divergences it already knew, folded, and its entries that matched nothing. */
function baselineSection(out, group, known, fixed, options) {
    if (known.length > 0 &&
        out.add(`<details><summary>Known divergences, in the baseline (${known.length})</summary>\n`)) {
        divergenceTable(out, known, options);
        out.close('\n</details>\n');
    }
    for (const entry of fixed?.fixed.divergences.filter((e) => e.group === undefined || e.group === group.group) ?? []) {
        out.add(`- ✅ Fixed: ${code(entry.test ?? entry.file)} no longer diverges${options.baselineOrigin ? '' : ': remove it from the baseline'}`);
    }
}
/** One folded trace per divergence, titled with the test, the mode and the cause. */
function failureDetails(out, rows, options) {
    for (const row of rows) {
        const mode = failingMode(row);
        // A <summary> is raw HTML: markdown's escapes would show there.
        const title = [`<code>${htmlText(displayName(row))}</code>`, mode ?? '', htmlText(why(row, options))]
            .filter(Boolean)
            .join(' · ');
        const outcome = (mode && row.outcomes[mode]) || 'failed';
        const trace = row.details ? readableTrace(row.details, outcome, options.workspace) : '';
        const withReport = reportReproduceCommand(row);
        const reproduce = row.reproduce
            ? `Reproduce: ${code(row.reproduce)}${withReport ? `, or with the run's report: ${code(withReport)}` : ''}\n\n`
            : '';
        if (!trace && !reproduce)
            continue;
        const body = `${reproduce}${trace ? preBlock(firstLines(trace, 40, 4000)) : ''}`;
        if (!out.add(`<details><summary>${title}</summary>\n\n${body}\n`))
            break;
        out.close('</details>\n');
    }
}
/** Findings about the GIL have a section of their own; the others sit under the mode table. */
const isGilFinding = (finding) => finding.kind === 'undeclared-extension' || finding.kind === 'gil-enabled';
function gilSection(out, group) {
    const findings = group.findings.filter(isGilFinding);
    if (findings.length === 0)
        return;
    out.add('#### The GIL\n');
    for (const finding of findings) {
        const mark = finding.blocking ? '❌' : '⚠️';
        out.add(`- ${mark} ${inlineText(finding.message)} (${finding.modes.join(', ')})`);
    }
    out.add('');
}
/** Thread stress: how it ran, the races it found, the thread-unsafe tests, the tests kept to one thread. */
function stressSection(out, group) {
    const stressed = group.modes.filter((m) => m.stress);
    if (stressed.length === 0)
        return;
    out.add('#### Thread stress\n');
    for (const row of stressed) {
        const s = row.stress;
        out.add(`- **${row.mode}**: each test in ${s.threads} threads × ${s.iterations} ${s.iterations === 1 ? 'iteration' : 'iterations'}; ` +
            `${s.parallel} stressed, ${s.single} run in one thread`);
    }
    const races = group.divergences.filter((r) => r.kind === 'races-without-gil');
    const withCounts = (rows) => rows.map((r) => `${code(displayName(r))} (${countsText(r.evidence)})`).join(', ');
    out.add(`- ${races.length > 0 ? '❌' : '✅'} ${races.length} ${races.length === 1 ? 'test races' : 'tests race'} without the GIL` +
        (races.length > 0 ? `: ${withCounts(races)}` : ''));
    const undecided = group.divergences.filter((r) => r.kind === 'undecided');
    if (undecided.length > 0) {
        out.add(`- ⚠️ ${undecided.length} ${undecided.length === 1 ? 'failure' : 'failures'} under threads undecided within the reruns: ${withCounts(undecided)}`);
    }
    out.add('');
    if (group.threadUnsafe.length > 0) {
        const title = `Thread-unsafe tests (${group.threadUnsafe.length}): they fail under threads with the GIL, so the test is at fault; mark them <code>@pytest.mark.thread_unsafe</code>`;
        if (out.add(`<details><summary>${title}</summary>\n`)) {
            out.add('| Test | Failure under stress | Reruns |');
            out.add('| --- | --- | --- |');
            for (const row of group.threadUnsafe) {
                const message = row.messages?.['freethreaded-stress'] ?? row.messages?.['standard-stress'] ?? '';
                const counts = countsText(row.evidence);
                if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} | ${counts} |`))
                    break;
            }
            out.close('\n</details>\n');
        }
    }
    const single = group.singleThreaded;
    if (single.length > 0 && out.add(`<details><summary>Run in one thread (${single.length})</summary>\n`)) {
        out.add('| Test | Why (pytest-run-parallel) |');
        out.add('| --- | --- |');
        for (const row of single) {
            if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(row.singleThreaded, 1, 300))} |`))
                break;
        }
        out.close('\n</details>\n');
    }
}
const WHEEL_WORDS = {
    abi: 'wheel for the ABI',
    pure: 'pure Python',
    abi3t: 'abi3t (the free-threaded stable ABI)',
    abi3: 'abi3 (the stable ABI)',
    'built-here': '⚠️ built from source',
    other: 'other',
};
/** How a dependency came, in words for its build: abi3 on a free-threaded build cannot load. */
function cameAs(dep, abi) {
    if (dep.wheel === 'abi3' && !loads('abi3', abi))
        return `❌ abi3 only: ${abi} cannot load it`;
    return WHEEL_WORDS[dep.wheel];
}
/** The install's time and its dependency cache: "Install: 41.2 s · dependency cache restored (key)". */
function installLine(install) {
    const parts = [`Install: ${install.seconds.toFixed(1)} s`];
    const cache = install.cache;
    if (cache?.hit)
        parts.push(`dependency cache restored (${code(cache.key)})`);
    else if (cache?.restoredKey)
        parts.push(`dependency cache restored from an earlier entry (${code(cache.restoredKey)})`);
    else if (cache)
        parts.push('no dependency cache for this key yet');
    return parts.join(' · ');
}
/** Per build: one line of totals, and the table folded. */
function dependenciesSection(out, group) {
    const builds = new Map();
    for (const row of group.modes)
        if (row.dependencies?.length && !builds.has(row.abi))
            builds.set(row.abi, row);
    if (builds.size === 0)
        return;
    out.add('#### Dependencies\n');
    for (const [abi, row] of builds) {
        const deps = row.dependencies;
        if (!out.add(`<details><summary>${htmlText(`${abi}: ${readinessLine(deps, abi)}`)}</summary>\n`))
            return;
        if (row.install)
            out.add(`${installLine(row.install)}\n`);
        // The package index's answer, where it was asked (dependencies/upgrades.ts).
        const asked = deps.some((dep) => dep.upgrade);
        out.add(`| Distribution | Version | Came as | Free Threading classifier | Turns the GIL back on |${asked ? ' Upgrade |' : ''}`);
        out.add(`| --- | --- | --- | --- | --- |${asked ? ' --- |' : ''}`);
        for (const dep of deps) {
            const gil = dep.reEnablesGil?.map(code).join(', ') ?? '';
            const came = buildNote(dep) ? `${cameAs(dep, abi)} (${buildNote(dep)})` : cameAs(dep, abi);
            const upgrade = asked ? ` ${dep.upgrade ? inlineText(upgradeText(dep.upgrade, abi)) : ''} |` : '';
            const line = `| ${inlineText(dep.name)} | ${inlineText(dep.version)} | ${came} | ${inlineText(dep.freeThreading ?? '')} | ${gil} |${upgrade}`;
            if (!out.add(line))
                break;
        }
        out.close('\n</details>\n');
    }
}
function commonSection(out, group) {
    if (group.common.length === 0)
        return;
    if (!out.add(`<details><summary>Common failures, in every mode (${group.common.length})</summary>\n`))
        return;
    out.add('| Test | Failure |');
    out.add('| --- | --- |');
    let shown = 0;
    for (const row of group.common) {
        const message = Object.values(row.messages ?? {})[0] ?? '';
        if (!out.add(`| ${code(displayName(row))} | ${inlineText(firstLines(message, 1, 300))} |`))
            break;
        shown++;
    }
    if (shown < group.common.length)
        out.close(`\n_${group.common.length - shown} more are in the JSON report._`);
    out.close('\n</details>\n');
}
/** Which modes of a group produced results, in words. */
function whatRan(group) {
    if (group.modes.length === 0)
        return 'no mode produced results';
    return `only ${group.modes.map((m) => m.mode).join(', ')} produced results`;
}
/**
 * The job summary: the verdict, then per group the divergences (why, where, how reproducible, a
 * readable trace each), the modes, thread stress, the GIL and the common failures.
 */
function renderSummary(comparison, options, limit = SUMMARY_LIMIT) {
    const out = new Budget(limit);
    out.add(`## ${inlineText(verdictLine(comparison, options.step))}`);
    out.add('');
    out.add(inlineText(compactLine(comparison, options.step)));
    out.add('');
    const origin = originLines(comparison, options.baselineOrigin, options.readOnly, options.now ?? new Date());
    if (origin.length > 0)
        out.add(`${origin.join('<br>\n')}\n`);
    if (comparison.matrixLeg)
        out.add('_One leg of a comparison made in the compare job._\n');
    else if (comparison.outcome === 'not-compared') {
        const why = comparison.groups.map((g) => (comparison.groups.length > 1 ? `${g.group}: ${whatRan(g)}` : whatRan(g)));
        out.add(`${inlineText(why.join('; ') || 'no mode produced results')}: a comparison needs two modes of one Python version.\n`);
    }
    const many = comparison.groups.length > 1;
    const heading = many ? '####' : '###';
    for (const group of comparison.groups) {
        if (many)
            out.add(`### ${inlineText(group.group)}\n`);
        const fresh = group.divergences.filter((row) => row.baseline !== 'known');
        const known = group.divergences.filter((row) => row.baseline === 'known');
        if (fresh.length > 0) {
            out.add(`${heading} ${comparison.baseline ? 'New divergences' : 'Divergences'} (${fresh.length})\n`);
            divergenceTable(out, fresh, options);
            out.add('');
            failureDetails(out, fresh, options);
        }
        if (comparison.baseline)
            baselineSection(out, group, known, comparison.baseline, options);
        for (const line of knownFlakyLines(comparison, options.baselineOrigin, group.group))
            out.add(line);
        out.add(`${heading} Modes${many ? '' : ` · ${inlineText(group.group)}`}\n`);
        modeTable(out, group);
        out.add('');
        if (!group.compared && !comparison.matrixLeg && many)
            out.add(`- ➖ Nothing compared here: ${whatRan(group)}`);
        for (const finding of group.findings.filter((f) => !isGilFinding(f) && !f.tsan)) {
            out.add(`- ${finding.blocking ? '❌' : '⚠️'} ${inlineText(finding.message)}`);
        }
        for (const chunk of tsanSection(group.findings))
            if (!out.add(chunk))
                break;
        stressSection(out, group);
        gilSection(out, group);
        dependenciesSection(out, group);
        commonSection(out, group);
    }
    if (out.cut > 0)
        out.close(`\n_The summary reached GitHub's 1 MiB limit: ${out.cut} lines were left out._`);
    const green = options.step.failure === undefined && comparison.divergences === 0;
    if (!green)
        out.close("\n<sub>Every test's outcome in every mode is in the JSON report (the `report-path` output).</sub>");
    return out.text();
}

;// CONCATENATED MODULE: ./src/checks/output.ts



/*
 * What a check run shows (pure): every divergence as an annotation, where a step keeps only 10 of
 * each level, and the job summary as its text, cut to the Checks API's limits.
 */
/** The Checks API takes at most this many annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API's limit on output.summary, in characters. */
const SUMMARY_CHARACTERS = 65_535;
const output_LEVELS = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/**
 * Every ThreadSanitizer finding, then every divergence, whose file is in the repository, most
 * important first: the Checks API needs a repository path for each, and one it cannot place would
 * refuse the whole request.
 */
function checkAnnotations(comparison) {
    const groups = comparison.groups.length;
    const annotations = [
        ...comparison.findings.filter((f) => f.tsan).map((f) => findingAnnotation(f, groups)),
        ...divergencesByImportance(comparison).map(({ row, group }) => {
            const annotation = divergenceAnnotation(row, group, groups);
            return { ...annotation, properties: { ...annotation.properties, file: row.file, line: row.line } };
        }),
    ];
    return annotations
        .filter(({ properties }) => properties.file && inRepository(properties.file))
        .map(({ level, message, properties }) => {
        const line = properties.line ?? 1;
        return {
            path: properties.file,
            start_line: line,
            end_line: line,
            annotation_level: output_LEVELS[level],
            title: properties.title ?? '',
            message: message.slice(0, 60_000),
        };
    });
}
/** Batches of at most `size`, in order; one empty batch for an empty list (the request that creates). */
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let at = 0; at < items.length; at += size)
        out.push(items.slice(at, at + size));
    return out.length > 0 ? out : [[]];
}
/** The check run's title and summary: the job summary's headline, and the summary within limits. */
function checkOutput(comparison, options) {
    // The budget counts bytes, which are never fewer than characters: what fits the bytes fits.
    const summary = renderSummary(comparison, options, SUMMARY_CHARACTERS);
    const title = summary.split('\n')[0].replace(/^#+\s*/, '');
    return { title, summary };
}

;// CONCATENATED MODULE: ./src/checks/check-run.ts





/*
 * A check run with every divergence annotated, through the Checks API (@actions/github's Octokit,
 * at GITHUB_API_URL, so GHES too). A step keeps only 10 annotations of each level; a check run
 * takes them all, 50 per request. Without the permission (a fork's pull request, a read-only
 * token), the step's own annotations stand, and one notice says how to get the rest.
 */
/** Attempts in all for each request: the first and two retries of a 5xx or a broken connection. */
const ATTEMPTS = 3;
/** The commit a pull request's checks belong to: its head, not the merge commit GITHUB_SHA names. */
function headSha() {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (event.pull_request?.head?.sha)
                return event.pull_request.head.sha;
        }
        catch {
            // No readable event: the run's own commit.
        }
    }
    return process.env.GITHUB_SHA || undefined;
}
const statusOf = (error) => error.status;
/** A request, retried on 5xx and broken connections; a 4xx is final. */
function attempt(request) {
    return (0,p_retry/* default */.Ay)(async () => {
        try {
            return await request();
        }
        catch (error) {
            const status = statusOf(error);
            if (status !== undefined && status < 500)
                throw new p_retry/* AbortError */.lc(error);
            throw error;
        }
    }, { retries: ATTEMPTS - 1, ...(0,retry/* retryDelays */.t)() });
}
function fallbackNotice(error, divergences) {
    const status = statusOf(error);
    const reason = error.message.split('\n')[0];
    const rest = `only the step's annotations show (GitHub keeps 10 of each level)`;
    if (status === 403 || status === 404) {
        return `check run: the token may not create check runs (HTTP ${status}: ${reason}), so ${rest}. To see all ${divergences} divergences in the pull request, give the job \`permissions: checks: write\` (a fork's pull request gets a read-only token whatever it asks).`;
    }
    const what = status ? `HTTP ${status}: ${reason}` : reason;
    return `check run: the Checks API failed (${what}) in each of ${ATTEMPTS} attempts, so ${rest}.`;
}
/**
 * Creates the check run, then adds the annotations beyond the first 50 to it; its address. Never
 * fails the step.
 */
async function publishCheckRun(comparison, options) {
    const repository = process.env.GITHUB_REPOSITORY;
    const sha = headSha();
    if (!options.token || comparison.matrixLeg || !repository?.includes('/') || !sha)
        return;
    const [owner, repo] = repository.split('/');
    const annotations = checkAnnotations(comparison);
    const output = checkOutput(comparison, options.summary);
    const [first, ...rest] = batches(annotations);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token);
    try {
        const created = await attempt(() => octokit.rest.checks.create({
            owner,
            repo,
            name: 'setup-python-ft',
            head_sha: sha,
            status: 'completed',
            conclusion: options.summary.step.failure ? 'failure' : 'success',
            output: { ...output, annotations: first },
        }));
        for (const batch of rest) {
            await attempt(() => octokit.rest.checks.update({
                owner,
                repo,
                check_run_id: created.data.id,
                output: { ...output, annotations: batch },
            }));
        }
        workflow_commands/* info */.pq(`Check run with ${annotations.length} annotations: ${created.data.html_url ?? created.data.id}`);
        return created.data.html_url ?? undefined;
    }
    catch (error) {
        workflow_commands/* notice */.lm(fallbackNotice(error, comparison.divergences));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/json-report.ts



const REPORT_SCHEMA = 'setup-python-ft/report@1';
function testEntry(test, common, threadUnsafe) {
    return {
        id: test.id,
        nodeid: test.nodeid,
        file: test.file,
        line: test.line,
        outcomes: test.outcomes,
        reruns: test.reruns,
        placeCheck: test.placeCheck,
        divergence: test.kind ?? (common.has(test) ? 'common' : threadUnsafe.has(test) ? 'thread-unsafe' : null),
        flaky: test.flaky,
        evidence: test.evidence && { ...test.evidence, text: countsText(test.evidence) },
        baseline: test.baseline,
        messages: test.messages,
        reproduce: test.reproduce,
        // A divergence's trace in full, for `setup-python-ft report` (the summary shows its first lines).
        details: test.kind ? test.details : undefined,
        singleThreaded: test.singleThreaded,
    };
}
function groupHead(group) {
    const head = JSON.stringify({
        group: group.group,
        compared: group.compared,
        modes: group.modes,
        findings: group.findings,
    });
    return `${head.slice(0, -1)},"tests":[`;
}
/** A group's part of the report: its head, then its tests a thousand at a time. */
function writeGroup(fd, group, first) {
    const common = new Set(group.common);
    const threadUnsafe = new Set(group.threadUnsafe);
    (0,external_node_fs_.writeSync)(fd, `${first ? '' : ','}${groupHead(group)}`);
    let chunk = [];
    let written = 0;
    for (const test of group.tests) {
        chunk.push(JSON.stringify(testEntry(test, common, threadUnsafe)));
        if (chunk.length === 1000) {
            (0,external_node_fs_.writeSync)(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
            written += chunk.length;
            chunk = [];
        }
    }
    if (chunk.length > 0)
        (0,external_node_fs_.writeSync)(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
    (0,external_node_fs_.writeSync)(fd, ']}');
}
/** The report's head, up to the groups: the totals are known only once every group is compared. */
function writeHead(fd, comparison) {
    const head = { schema: REPORT_SCHEMA, outcome: comparison.outcome, divergences: comparison.divergences };
    const known = comparison.baseline && {
        newDivergences: comparison.baseline.newDivergences,
        fixed: comparison.baseline.fixed,
    };
    const text = JSON.stringify({ ...head, failures: comparison.failures, ...(known ? { baseline: known } : {}) });
    (0,external_node_fs_.writeSync)(fd, `${text.slice(0, -1)},"groups":[`);
}
/**
 * The JSON report (schema in docs/report.md, "JSON report"): every test's outcome in every mode, and the findings.
 * Written test by test, so that a million tests never sit in memory as one string.
 */
function writeReport(comparison, file) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        writeHead(fd, comparison);
        comparison.groups.forEach((group, index) => writeGroup(fd, group, index === 0));
        (0,external_node_fs_.writeSync)(fd, ']}\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The report of the compare job, written group by group as each is compared, so that its tests can
 * be let go. The head comes last to be known, so the groups wait in a file beside the report.
 */
class ReportWriter {
    file;
    groupsFile;
    fd;
    groups = 0;
    constructor(file) {
        this.file = file;
        mkdirSync(path.dirname(file), { recursive: true });
        this.groupsFile = `${file}.groups`;
        this.fd = openSync(this.groupsFile, 'w');
    }
    add(group) {
        writeGroup(this.fd, group, this.groups++ === 0);
    }
    /** Writes the report: its head from the comparison, then the groups added. */
    finish(comparison) {
        closeSync(this.fd);
        const fd = openSync(this.file, 'w');
        try {
            writeHead(fd, comparison);
            const buffer = Buffer.alloc(1 << 20);
            const from = openSync(this.groupsFile, 'r');
            try {
                for (let read; (read = readSync(from, buffer, 0, buffer.length, null)) > 0;)
                    writeSync(fd, buffer, 0, read);
            }
            finally {
                closeSync(from);
            }
            writeSync(fd, ']}\n');
        }
        finally {
            closeSync(fd);
            rmSync(this.groupsFile, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/comment-body.ts







/*
 * The pull request's comment (pure): the verdict, the new divergences (10 at most) with their class
 * and reproduce command, the fixed ones, and a link to the rest. A hidden marker names the job, so
 * the same comment is found and edited on the next push; a hash of what it reports tells whether
 * anything changed.
 */
const COMMENT_ROWS = 10;
/** GitHub's limit on a comment's body is 65,536 characters; some room is kept. */
const COMMENT_LIMIT = 65_000;
/** The hidden line that names the job's comment: <!-- setup-python-ft:<identity> -->. */
const commentMarker = (identity) => `<!-- setup-python-ft:${identity} -->`;
/** What the comment reports, to tell a change from a repeat: the verdict's kind and the tests. */
function commentState(comparison, failed) {
    const fresh = comparison.groups.flatMap((g) => g.divergences.filter((r) => r.baseline !== 'known').map((r) => `${g.group}\t${r.id}\t${r.kind}`));
    const fixed = comparison.baseline?.fixed.divergences.map((e) => e.test ?? e.file ?? '') ?? [];
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([failed, comparison.outcome, fresh.sort(), fixed.sort()]))
        .digest('hex')
        .slice(0, 16);
}
/** The state a comment's body was written with, read back from its marker line. */
function stateOf(body) {
    return /<!-- setup-python-ft-state:([0-9a-f]+) -->/.exec(body)?.[1];
}
/** The comment's markdown, markers first. */
function commentBody(comparison, context) {
    const failed = context.summary.step.failure !== undefined;
    const lines = [commentMarker(context.identity), `<!-- setup-python-ft-state:${commentState(comparison, failed)} -->`];
    lines.push(`### setup-python-ft: ${inlineText(verdictLine(comparison, context.summary.step))}`, '');
    const origin = originLines(comparison, context.summary.baselineOrigin, undefined, context.now);
    if (origin.length > 0)
        lines.push(origin.join('<br>\n'), '');
    const fresh = newDivergences(comparison);
    if (fresh.length > 0) {
        lines.push(`| ${comparison.baseline ? 'New divergence' : 'Divergence'} | Class | Reproduce |`, '| --- | --- | --- |');
        for (const row of fresh.slice(0, COMMENT_ROWS))
            lines.push(`| ${code(displayName(row))} | ${row.kind ? divergence/* KIND_TITLES */.x7[row.kind] : ''} | ${row.reproduce ? code(row.reproduce) : ''} |`);
        if (fresh.length > COMMENT_ROWS)
            lines.push('', `_${fresh.length - COMMENT_ROWS} more in the job summary._`);
        lines.push('');
    }
    else if (!failed)
        lines.push('No new divergence between the builds.', '');
    const fixed = comparison.baseline?.fixed.divergences ?? [];
    if (fixed.length > 0) {
        const named = fixed.slice(0, COMMENT_ROWS).map((e) => code(e.test ?? e.file ?? ''));
        const more = fixed.length > COMMENT_ROWS ? ` and ${fixed.length - COMMENT_ROWS} more` : '';
        lines.push(`Fixed: ${named.join(', ')}${more}`, '');
    }
    if (context.link)
        lines.push(`[Every divergence, its trace and the modes](${context.link})`);
    const body = lines.join('\n');
    // GitHub refuses a comment over 65,536 characters: a cut one still says where the rest is.
    return body.length <= COMMENT_LIMIT
        ? body
        : `${body.slice(0, COMMENT_LIMIT - 200)}\n\n_Cut to GitHub's limit: the job summary has it all._`;
}

;// CONCATENATED MODULE: ./src/checks/pull-request-comment.ts



const pull_request_comment_statusOf = (error) => error.status;
/** Why a comment could not be written, in one line, and that nothing else changes. */
function warningOf(error, event) {
    const status = pull_request_comment_statusOf(error);
    const reason = `${status ? `HTTP ${status}: ` : ''}${error.message.split('\n')[0]}`;
    const number = event.pullRequest?.number;
    if (status === 403 || status === 404) {
        const fork = event.pullRequest?.fork ? "; a fork's pull request gets a read-only token" : '';
        return `comment: the token may not comment on pull request #${number} (${reason})${fork}. The job summary and the check run carry everything; to get the comment, give the job \`permissions: pull-requests: write\``;
    }
    return `comment: could not comment on pull request #${number} (${reason}); the job summary and the check run carry everything`;
}
/**
 * Creates or edits the job's comment on its pull request. on-change: a comment only when there is
 * news (a new divergence, a failure) or an earlier comment to bring up to date, and no edit when
 * what it reports is unchanged; always: every run. Never fails the step.
 */
async function publishComment(comparison, options) {
    const number = options.event.pullRequest?.number;
    const repository = process.env.GITHUB_REPOSITORY;
    if (options.policy === 'off' || !number || !options.token || comparison.matrixLeg || !repository?.includes('/'))
        return;
    const [owner, repo] = repository.split('/');
    const body = commentBody(comparison, { ...options, now: new Date() });
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token);
    const marker = commentMarker(options.identity);
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100,
        });
        // The job's own comment begins with its marker; a person quoting it does not.
        const existing = comments.find((comment) => comment.body?.startsWith(marker));
        const news = options.summary.step.failure !== undefined || newDivergences(comparison).length > 0;
        if (existing) {
            if (options.policy === 'on-change' && stateOf(existing.body ?? '') === stateOf(body)) {
                workflow_commands/* info */.pq(`comment: pull request #${number}'s comment says this already`);
                return;
            }
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            workflow_commands/* info */.pq(`comment: updated on pull request #${number}: ${existing.html_url}`);
        }
        else if (news || options.policy === 'always') {
            const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
            workflow_commands/* info */.pq(`comment: added to pull request #${number}: ${created.data.html_url}`);
        }
    }
    catch (error) {
        workflow_commands/* warning */.$e(warningOf(error, options.event));
    }
}

;// CONCATENATED MODULE: ./src/pipeline/publish.ts












/** The job's run page, where its summary is: the comment's link when there is no check run. */
function runPage() {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
    return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}
/** The modes that ran no test and are new to the baseline (if any): the step's failure names them. */
function notRunTold(comparison) {
    return comparison.findings.filter((f) => suiteNotRun(f) && f.baseline !== 'known');
}
/** Why the step fails, or undefined when it passes under fail-on. */
function failureReason(comparison, failOn, problems) {
    if (problems > 0)
        return `${problems} ${problems === 1 ? 'problem' : 'problems'} above kept modes from running`;
    if (failOn === 'never')
        return undefined;
    // A suite that never ran a test fails whatever else fail-on asks; the message is the one error.
    const notRun = notRunTold(comparison);
    if (notRun.length > 0)
        return notRun.map((f) => f.message).join('; ');
    // With a baseline, only what it does not know fails the step; a flaky divergence (its reruns
    // disagreed) or an undecided one (its counts decided nothing) is a warning unless fail-on is
    // flaky or failure.
    const known = comparison.baseline;
    const fresh = comparison.groups.flatMap((g) => g.divergences).filter((row) => !known || row.baseline !== 'known');
    const counted = failOn === 'divergence' ? fresh.filter((row) => !isTentative(row)) : fresh;
    const divergences = counted.length;
    const blocking = known ? known.newBlockingFindings : comparison.findings.filter((f) => f.blocking).length;
    if (divergences > 0 || blocking > 0) {
        const newly = known ? 'new ' : '';
        const parts = [
            divergences > 0 ? `${divergences} ${newly}${divergences === 1 ? 'divergent test' : 'divergent tests'}` : '',
            blocking > 0 ? `${blocking} ${newly}${blocking === 1 ? 'blocking finding' : 'blocking findings'}` : '',
        ];
        const knownCount = known ? comparison.divergences - known.newDivergences : 0;
        // What fail-on: divergence left as warnings, by why (isTentative's three reasons).
        const warned = failOn === 'divergence' ? fresh.filter(isTentative) : [];
        const count = (why, rows) => (rows.length > 0 ? `${rows.length} ${why}, a warning` : '');
        const asides = [
            knownCount > 0 ? `${knownCount} known, in the baseline` : '',
            count('flaky', warned.filter((row) => row.flaky)),
            count('undecided', warned.filter((row) => row.kind === 'undecided')),
            count('place-dependent', warned.filter((row) => row.kind === 'place-dependent')),
        ].filter(Boolean);
        const aside = asides.map((text) => `; ${text}`).join('');
        return `The modes disagree: ${parts.filter(Boolean).join(' and ')} (fail-on: ${failOn}${aside})`;
    }
    if (failOn === 'failure' && comparison.failures > 0) {
        return `${comparison.failures} tests failed in every mode (fail-on: failure)`;
    }
    return undefined;
}
/**
 * What the summary takes from the runner and the run: the step's result, the workspace, where files
 * are shown, where the baseline came from, whether the caches were read-only.
 */
function summaryContext(failure, options) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
    return {
        step: { failure, sha, ...(options.cancelled !== undefined ? { cancelled: true } : {}) },
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        ...(server && repository && sha ? { links: { server, repository, sha } } : {}),
        ...(options.baselineOrigin ? { baselineOrigin: options.baselineOrigin } : {}),
        ...(options.event?.readOnly ? { readOnly: options.event.readOnly } : {}),
    };
}
/**
 * Hands a comparison to GitHub: the JSON report, annotations at the tests, the job summary, the
 * outputs and a check run. Shared by the single-job run and the compare sub-action. Returns the
 * failure, if any.
 */
async function publishReport(comparison, options) {
    const reason = options.cancelled ?? failureReason(comparison, options.failOn, options.problems);
    if (options.report)
        options.report.finish(comparison);
    else
        writeReport(comparison, options.reportPath);
    const told = reason && options.failOn !== 'never' ? notRunTold(comparison) : [];
    for (const annotation of planAnnotations(comparison, reason ? 1 : 0, told))
        workflow_commands/* annotation */.w7(annotation.level, annotation.message, annotation.properties);
    if (comparison.outcome === 'not-compared') {
        workflow_commands/* notice */.lm('Nothing was compared: a comparison needs two modes of one Python version with results (see modes).');
    }
    const summaryOptions = summaryContext(reason, options);
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile)
        (0,external_node_fs_.appendFileSync)(summaryFile, renderSummary(comparison, summaryOptions));
    workflow_commands/* setOutput */.uH('divergences', String(comparison.divergences));
    workflow_commands/* setOutput */.uH('failures', String(comparison.failures));
    workflow_commands/* setOutput */.uH('outcome', options.cancelled ? 'cancelled' : comparison.outcome);
    workflow_commands/* setOutput */.uH('report-path', options.reportPath);
    workflow_commands/* setOutput */.uH('new-divergences', String(comparison.baseline?.newDivergences ?? comparison.divergences));
    // This run's divergences and findings as a baseline, for a project to copy into its repository.
    const baselinePath = external_node_path_default().join(external_node_path_default().dirname(options.reportPath), 'baseline.json');
    (0,file/* writeBaselineFile */.b)(currentBaseline(comparison.groups, comparison.baseline?.baseline), baselinePath);
    workflow_commands/* setOutput */.uH('baseline-path', baselinePath);
    const checkRun = await publishCheckRun(comparison, { token: options.token, summary: summaryOptions });
    if (options.comment && options.event) {
        const link = checkRun ?? runPage();
        await publishComment(comparison, {
            ...options.comment,
            event: options.event,
            token: options.token,
            summary: summaryOptions,
            ...(link ? { link } : {}),
        });
    }
    return reason;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __webpack_require__(12056);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
;// CONCATENATED MODULE: ./src/results/junit.ts




function outcomeOf(tag, attributes) {
    if (tag === 'failure')
        return 'failed';
    if (tag === 'error')
        return 'error';
    if (tag === 'skipped')
        return attributes.type === 'pytest.xfail' ? 'xfail' : 'skipped';
    return undefined;
}
/**
 * A copy of a string the parser made, sharing no memory with it. The parser's strings are slices of
 * the chunk being read (64 KiB): one kept slice would keep its whole chunk, and a million tests would
 * keep the whole file. Short strings are never slices in V8 and stay as they are.
 */
function detached(text) {
    return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
function finish(open, intern) {
    const { classname, name, file, line, time } = open.attributes;
    const id = detached(classname ? `${classname}::${name ?? ''}` : (name ?? ''));
    const text = open.text.trim();
    const details = text ? detached(clip(text, DETAILS_LIMIT)) : undefined;
    const result = { id, outcome: open.outcome };
    if (open.message)
        result.message = detached(clip(open.message, MESSAGE_LIMIT));
    // pytest-xdist reports a worker that died under a test as an error of that test.
    const worker = open.outcome === 'error' ? xdistCrashedWorker(open.message ?? text) : undefined;
    if (worker) {
        result.outcome = 'crashed';
        result.message = xdistCrashMessage(worker);
    }
    if (details)
        result.details = details;
    if (time !== undefined && time !== '' && !Number.isNaN(Number(time)))
        result.time = Number(time);
    if (file) {
        result.file = intern(file);
        if (line !== undefined && /^\d+$/.test(line))
            result.line = Number(line) + (open.zeroBasedLines ? 1 : 0);
    }
    else if (open.outcome === 'failed' || open.outcome === 'error') {
        const where = locationFromTraceback(details);
        if (where)
            Object.assign(result, where);
    }
    return result;
}
/**
 * Streams a JUnit XML file (pytest, unittest-xml-reporting, tox, nox, ...) and calls onTest for each
 * testcase. Memory stays flat however large the file: only the open testcase is held, and failure
 * text beyond the cap is dropped as it streams. Bytes that are not UTF-8 become U+FFFD.
 */
async function readJunit(file, onTest) {
    const parser = new saxes/* SaxesParser */.wT();
    const suites = [];
    let open;
    let count = 0;
    let pytest = false;
    let sawRoot = false;
    // Thousands of tests share a handful of file names: keep one copy of each. The key is the copy
    // too: a key that is the parser's slice would keep its whole chunk, and all of them the whole file.
    const files = new Map();
    const intern = (text) => {
        let kept = files.get(text);
        if (kept === undefined)
            files.set((kept = detached(text)), kept);
        return kept;
    };
    parser.on('opentag', (tag) => {
        sawRoot = true;
        const attributes = tag.attributes;
        if (tag.name === 'testsuite') {
            suites.push(attributes.name ?? '');
            pytest ||= attributes.name === 'pytest';
        }
        else if (tag.name === 'testcase') {
            open = { attributes, zeroBasedLines: suites.includes('pytest'), outcome: 'passed', text: '', collectText: false };
        }
        else if (open) {
            const outcome = outcomeOf(tag.name, attributes);
            if (outcome && (open.outcome === 'passed' || outcome === 'error')) {
                open.outcome = outcome;
                open.message = attributes.message;
                open.collectText = true;
            }
        }
    });
    const onText = (text) => {
        if (open?.collectText && open.text.length < DETAILS_LIMIT)
            open.text += text;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag) => {
        if (tag.name === 'testsuite')
            suites.pop();
        else if (tag.name === 'testcase' && open) {
            onTest(finish(open, intern));
            count++;
            open = undefined;
        }
        else if (open && outcomeOf(tag.name, {}))
            open.collectText = false;
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let bytes = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
            bytes += chunk.length;
            parser.write(decoder.decode(chunk, { stream: true }));
        }
        parser.write(decoder.decode());
        if (bytes === 0)
            throw new faults/* ResultsFileError */.dL(file, 'the file is empty');
        parser.close();
    }
    catch (error) {
        if (error instanceof faults/* ResultsFileError */.dL)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new faults/* ResultsFileError */.dL(file, 'the file does not exist');
        throw new faults/* ResultsFileError */.dL(file, `not valid JUnit XML: ${error.message.split('\n')[0]}`);
    }
    if (!sawRoot)
        throw new faults/* ResultsFileError */.dL(file, 'no XML element in the file');
    return { tests: count, pytest };
}

;// CONCATENATED MODULE: ./src/results/read-junit.ts







/** From this size on, a file is worth a thread (its start costs some 30 ms). */
const WORKER_BYTES = 8 * 1024 * 1024;
const bundledWorker = () => external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), 'junit-worker', 'index.js');
async function readJunitTests(file, workerScript = bundledWorker()) {
    let size = 0;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        // readJunit says what is wrong with the file
    }
    if (size < WORKER_BYTES || !(0,external_node_fs_.existsSync)(workerScript))
        return readJunitHere(file);
    let reply;
    try {
        reply = await inWorker(file, workerScript);
    }
    catch (error) {
        reply = { ok: false, message: error.message };
    }
    // A thread that could not start or died is no reason to lose the results: read them here.
    if (!reply.ok)
        return { ...(await readJunitHere(file)), fallback: reply.message.split('\n')[0] };
    const error = reply.error && new faults/* ResultsFileError */.dL(reply.error.file, reply.error.reason);
    return { tests: test_list_TestList.fromTransfer(reply.columns), read: reply.read, ...(error ? { error } : {}) };
}
function inWorker(file, workerScript) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(workerScript, { workerData: { file } });
        worker.once('message', (message) => {
            resolve(message);
            void worker.terminate();
        });
        worker.once('error', reject);
        // After a message this changes nothing; without one, the thread died before it could answer.
        worker.once('exit', (code) => reject(new Error(`the JUnit reader thread for ${file} exited (${code})`)));
    });
}
/** Runs a read, keeping the tests it gave before a broken file stopped it. */
async function keepingWhatWasRead(file, onTest, count) {
    try {
        return { read: await readJunit(file, onTest) };
    }
    catch (error) {
        if (!(error instanceof faults/* ResultsFileError */.dL))
            throw error;
        return { read: { tests: count(), pytest: false }, error };
    }
}
/** The file parsed on this thread. */
async function readJunitHere(file) {
    const tests = new test_list_TestList();
    const { read, error } = await keepingWhatWasRead(file, (test) => tests.push(test), () => tests.length);
    return { tests, read, ...(error ? { error } : {}) };
}
/**
 * What the worker thread does (src/entries/junit-worker.ts): the file parsed into columns, the ids
 * kept as bytes as they come, ready to post.
 */
async function readJunitColumns(file) {
    const ids = new IdBytes();
    const tests = new TestList();
    const onTest = (test) => {
        ids.add(test.id);
        test.id = '';
        tests.push(test);
    };
    const { read, error } = await keepingWhatWasRead(file, onTest, () => tests.length);
    return { ...tests.toTransfer(ids), read, ...(error ? { error } : {}) };
}

;// CONCATENATED MODULE: ./src/results/leg-file.ts





/*
 * One leg: one mode of one Python version, run once. Written as leg.json in the leg's directory, the
 * documented form (docs/report.md, "Leg results") that the single-job run compares in memory and that the
 * matrix legs upload for the compare job.
 */
const LEG_SCHEMA = 'setup-python-ft/leg@1';
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
    const array = leg.tests;
    check(Array.isArray(array), file, 'tests must be an array');
    const tests = new TestList();
    for (const [index, test] of array.entries()) {
        check(test && typeof test.id === 'string' && OUTCOMES.includes(test.outcome), file, `tests[${index}] needs an id and an outcome (${OUTCOMES.join(', ')})`);
        tests.push(test);
    }
    const packages = leg.packages;
    check(packages === undefined ||
        (packages !== null &&
            typeof packages === 'object' &&
            !Array.isArray(packages) &&
            Object.values(packages).every((v) => typeof v === 'string')), file, 'packages must be an object of distribution names and versions');
    const dependencies = leg.dependencies;
    check(dependencies === undefined ||
        (Array.isArray(dependencies) &&
            dependencies.every((d) => d && typeof d.name === 'string' && typeof d.wheel === 'string')), file, 'dependencies must be an array of {name, version, wheel}');
    const untested = leg.untestedExtensions;
    check(untested === undefined || (Array.isArray(untested) && untested.every((name) => typeof name === 'string')), file, 'untestedExtensions must be an array of module names');
    for (const list of ['enabledBy', 'undeclared', 'extensions']) {
        check(Array.isArray(leg.gil[list]), file, `gil.${list} must be an array`);
    }
    return { ...leg, tests, reruns: leg.reruns ?? {}, warnings: leg.warnings ?? [] };
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
/**
 * The group and mode of a leg.json, read from its head when it was written as writeLegFile writes
 * (everything before the tests), else from the whole file: the compare job plans its groups from
 * these and reads each group's tests only when it compares that group.
 */
function readLegHead(file) {
    let head;
    try {
        const fd = openSync(file, 'r');
        try {
            const buffer = Buffer.alloc(64 * 1024);
            const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
            const end = text.indexOf(',"tests":[');
            if (end > 0)
                head = JSON.parse(`${text.slice(0, end)}}`);
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        head = undefined;
    }
    if (typeof head?.group !== 'string' || !MODES.includes(head.mode))
        head = readLegFile(file);
    return { group: head.group, mode: head.mode, file };
}
/**
 * Writes leg.json a thousand tests at a time: a leg of a million tests never becomes one string.
 * The same JSON as JSON.stringify(leg), with tests, reruns and warnings last.
 */
function writeLegFile(leg, file) {
    const { tests, reruns, warnings, ...head } = leg;
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(head).slice(0, -1)},"tests":[`);
        for (let at = 0; at < tests.length; at += 1000) {
            const chunk = [];
            for (let i = at; i < Math.min(at + 1000, tests.length); i++)
                chunk.push(tests.json(i));
            (0,external_node_fs_.writeSync)(fd, `${at > 0 ? ',' : ''}${chunk.join(',')}`);
        }
        (0,external_node_fs_.writeSync)(fd, `],"reruns":${JSON.stringify(reruns)},"warnings":${JSON.stringify(warnings)}}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/dependencies/installed.ts





/*
 * What a mode's venv holds: every installed distribution, its version, the tags of the wheel it came
 * from, its free-threading classifier and its extension modules. Builds that resolve the same
 * requirements to different versions test different code (compare/findings.ts); how each came
 * (readiness.ts) is the list a maintainer chases upstream.
 */
const installed_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The distributions the action itself places in a venv: not the project's. */
const OWN = new Set(PLUGIN_DISTS.map((dist) => dist.name));
const LIST = `
import importlib.metadata as m, json, re
found = {}
for d in m.distributions():
    name = d.metadata["Name"]
    if not name:
        continue
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in found:
        continue
    wheel = d.read_text("WHEEL") or ""
    tags = [line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")]
    levels = [c.split("::")[-1].strip() for c in (d.metadata.get_all("Classifier") or [])
              if c.startswith("Programming Language :: Python :: Free Threading ::")]
    modules = set()
    for f in d.files or []:
        path = str(f).replace("\\\\", "/")
        if path.endswith((".so", ".pyd")) and not path.startswith(".."):
            modules.add(path.split(".")[0].replace("/", "."))
    local = False
    try:
        local = "dir_info" in json.loads(d.read_text("direct_url.json") or "{}")
    except ValueError:
        pass
    found[key] = {"name": key, "version": d.version, "tags": tags,
                  "freeThreading": levels[-1] if levels else None, "extensions": sorted(modules), "local": local}
print(json.dumps(sorted(found.values(), key=lambda d: d["name"])))
`;
/** The venv's distributions, sorted by name; the action's own are left out. */
async function installedDistributions(python, env) {
    const { stdout } = await installed_run(python, ['-I', '-c', LIST], { env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
    const found = JSON.parse(stdout);
    return found
        .filter((dist) => !OWN.has(dist.name))
        .map(({ freeThreading, local, ...dist }) => ({
        ...dist,
        ...(freeThreading ? { freeThreading } : {}),
        ...(local ? { local: true } : {}),
    }));
}
/** Where a venv keeps its last listing, and the state of its packages' folder it describes. */
const LISTING_FILE = 'setup-python-ft-distributions.json';
/**
 * The distributions of a venv: listed by its interpreter (a tenth of a second), or, while its
 * packages' folder is as it was then, the listing kept from before (an unchanged venv a second run
 * reuses, or a second mode in the same venv). An install, an upgrade or an uninstall adds or removes
 * entries in that folder, and so changes its time.
 */
async function venvDistributions(venv, env) {
    const file = external_node_path_default().join(venv.dir, LISTING_FILE);
    const packagesChanged = (0,external_node_fs_.statSync)(venv.purelib).mtimeMs;
    try {
        const kept = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (kept.python === venv.python && kept.packagesChanged === packagesChanged)
            return kept.distributions;
    }
    catch {
        // None kept, or unreadable: listed again.
    }
    const distributions = await installedDistributions(venv.python, env);
    const listing = { python: venv.python, packagesChanged, distributions };
    try {
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(listing));
    }
    catch {
        // Not kept: the next run lists them again.
    }
    return distributions;
}
/**
 * The extension modules of the distributions installed from a local folder (the project's own) of
 * which the run imported none: the suite ran the pure-Python code beside them (the source tree came
 * first on sys.path), or none of it. A distribution with one extension imported is the installed
 * one in use: that the tests chosen touch only some of its modules says nothing.
 */
function untestedExtensions(dists, loaded) {
    const imported = new Set(loaded);
    return dists
        .filter((dist) => dist.local && !dist.extensions.some((name) => imported.has(name)))
        .flatMap((dist) => dist.extensions)
        .sort();
}
/** name -> version, as leg.json's `packages` holds them. */
function versionsOf(dists) {
    return Object.fromEntries(dists.map((dist) => [dist.name, dist.version]));
}

;// CONCATENATED MODULE: ./src/legs/gil-check.ts




const gil_check_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const MAX_PROCESSES = 50;
/**
 * The extension modules, among those a run loaded, that have not declared free-threading support:
 * each is imported in a fresh free-threaded interpreter without PYTHON_GIL, which turns the GIL back
 * on for an undeclared one. One process per culprit, since the GIL stays on once enabled.
 */
async function findUndeclared(python, modules, probeDir, workDir, env) {
    const candidates = modules.filter((m) => !m.stdlib).sort((a, b) => a.name.localeCompare(b.name));
    if (candidates.length === 0)
        return [];
    const list = external_node_path_default().join(workDir, 'gil-check-modules.json');
    (0,external_node_fs_.writeFileSync)(list, JSON.stringify(candidates));
    const checkEnv = { ...env };
    for (const key of [
        'PYTHON_GIL',
        'SETUP_PYTHON_FT_PROBE',
        'SETUP_PYTHON_FT_DEADLINE',
        'SETUP_PYTHON_FT_HANG_SHARE',
        'PYTHONWARNINGS',
    ]) {
        delete checkEnv[key];
    }
    const undeclared = [];
    let next = 0;
    for (let processes = 0; next < candidates.length && processes < MAX_PROCESSES; processes++) {
        const script = external_node_path_default().join(probeDir, 'setup_python_ft_gilcheck.py');
        const { stdout } = await gil_check_run(python, [script, list, String(next)], { env: checkEnv, cwd: workDir });
        const answer = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
        if (answer.undeclared && !undeclared.includes(answer.undeclared))
            undeclared.push(answer.undeclared);
        next = answer.next;
    }
    return undeclared;
}

;// CONCATENATED MODULE: ./src/legs/coverage-paths.ts





const coverage_paths_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * A leg that ran in a copy of the tree measured the copy's files; its coverage data (COVERAGE_FILE,
 * .coverage.<mode> in the working directory, and the parallel files beside it) is made to name the
 * tree's own, so that `coverage combine` and `coverage report` find the sources once the copy is gone.
 * Returns how many paths changed.
 */
async function coverageToOriginalPaths(ctx) {
    const copy = ctx.tree.copy;
    const file = ctx.tools.env.COVERAGE_FILE;
    // A COVERAGE_FILE of the `env` input is the user's to place.
    if (!copy || !file || ctx.inputs.env.COVERAGE_FILE !== undefined)
        return 0;
    const dir = external_node_path_default().dirname(file);
    const name = external_node_path_default().basename(file);
    if (!(0,external_node_fs_.existsSync)(dir))
        return 0;
    const files = (0,external_node_fs_.readdirSync)(dir)
        .filter((entry) => entry === name || entry.startsWith(`${name}.`))
        .map((entry) => external_node_path_default().join(dir, entry));
    if (files.length === 0)
        return 0;
    const script = external_node_path_default().join(ctx.probeDir, 'setup_python_ft_coverage.py');
    const { stdout } = await coverage_paths_run(ctx.venv.python, [script, copy.root, copy.of, ...files], {
        env: venvEnv(ctx.venv, ctx.baseEnv),
    });
    return Number(stdout.trim()) || 0;
}

;// CONCATENATED MODULE: ./src/results/crash-trace.ts
// faulthandler's first line: a fatal signal on Unix, a fatal exception on Windows.
const MARKERS = ['Fatal Python error:', 'Windows fatal exception:'];
/** faulthandler's report of a crash in one run's output, from its first line on. */
function crashTrace(output, maxLines = 400) {
    const found = MARKERS.map((marker) => output.indexOf(marker)).filter((at) => at >= 0);
    if (found.length === 0)
        return undefined;
    const at = Math.min(...found);
    const lines = output.slice(at).split('\n');
    const kept = lines.slice(0, maxLines).join('\n').trimEnd();
    return lines.length > maxLines ? `${kept}\n…` : kept;
}
/**
 * The extension modules faulthandler lists after a crash ("Extension modules: a, b (total: 2)"):
 * third-party ones, so a module imported by the test that crashed is known even though the probe
 * had no chance to record it.
 */
function crashedExtensions(trace) {
    const match = /^Extension modules: (.*?)(?: \(total: \d+\))?$/m.exec(trace);
    if (!match)
        return [];
    return match[1]
        .split(',')
        .map((name) => name.trim())
        .filter((name) => /^[\w.]+$/.test(name));
}
/**
 * Puts first the thread that crashed ("Current thread"), then the threads of a faulthandler dump
 * that were running the test (a frame "in <name>"), so that the first lines of an annotation, and
 * what is kept of a long dump, show where the test crashed or was stuck.
 */
function focusDump(dump, testFunction) {
    const lines = dump.split('\n');
    const firstThread = lines.findIndex((line) => /^(Current thread|Thread) 0x/.test(line));
    if (firstThread < 0)
        return dump;
    const header = lines.slice(0, firstThread).join('\n').trim();
    const blocks = lines
        .slice(firstThread)
        .join('\n')
        .split(/\n\s*\n/);
    const inTest = (block) => new RegExp(` in ${testFunction.replace(/\W/g, '\\$&')}$`, 'm').test(block);
    const rank = (block) => (block.startsWith('Current thread') ? 0 : inTest(block) ? 1 : 2);
    const focused = [0, 1, 2].flatMap((r) => blocks.filter((block) => rank(block) === r));
    return [header, ...focused].filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/results/probe-log.ts



// What pytest reports, and crashed for a test whose xdist worker died; a crash or hang of the run
// itself, and absent, are decided by the action.
const PROBE_OUTCOMES = new Set(outcome_OUTCOMES.filter((o) => o !== 'hung' && o !== 'absent'));
function parseLines(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const event = JSON.parse(line);
            if (event && typeof event === 'object' && typeof event.e === 'string') {
                events.push(event);
            }
        }
        catch {
            // The last line of a process that crashed mid-write: nothing to take from it.
        }
    }
    return events;
}
const probe_log_text = (value) => (typeof value === 'string' ? value : undefined);
const num = (value) => (typeof value === 'number' ? value : undefined);
function testOf(event) {
    const id = probe_log_text(event.id);
    const outcome = probe_log_text(event.outcome);
    if (!id || !outcome || !PROBE_OUTCOMES.has(outcome))
        return undefined;
    const result = { id, outcome: outcome };
    const nodeid = probe_log_text(event.nodeid);
    if (nodeid)
        result.nodeid = nodeid;
    if (probe_log_text(event.file))
        result.file = probe_log_text(event.file);
    if (num(event.line))
        result.line = num(event.line);
    if (probe_log_text(event.message))
        result.message = clip(probe_log_text(event.message), MESSAGE_LIMIT);
    if (probe_log_text(event.details))
        result.details = clip(probe_log_text(event.details), DETAILS_LIMIT);
    if (num(event.time) !== undefined)
        result.time = num(event.time);
    if (num(event.threads))
        result.threads = num(event.threads);
    if (probe_log_text(event.single))
        result.singleThreaded = clip(probe_log_text(event.single), MESSAGE_LIMIT);
    const worker = result.outcome === 'crashed' ? xdistCrashedWorker(result.message) : undefined;
    if (result.outcome === 'crashed' && !worker)
        return undefined;
    if (worker)
        result.message = xdistCrashMessage(worker);
    return result;
}
function readProbeLog(dir) {
    const log = { processes: 0, tests: [], unfinished: [], gilEnabled: [], extensions: [], tsanWindows: [] };
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return log;
    }
    const processes = [];
    const extensions = new Map();
    for (const name of names.sort()) {
        const file = external_node_path_default().join(dir, name);
        if (name.startsWith('hang-') && (0,external_node_fs_.statSync)(file).size > 0) {
            log.hangDump = [log.hangDump, (0,external_node_fs_.readFileSync)(file, 'utf8').trim()].filter(Boolean).join('\n\n');
        }
        if (!/^probe-\d+\.jsonl$/.test(name))
            continue;
        const events = parseLines((0,external_node_fs_.readFileSync)(file, 'utf8'));
        processes.push({
            pid: Number(/\d+/.exec(name)[0]),
            events,
            ranTests: events.some((e) => e.e === 'test-start' || e.e === 'test'),
        });
    }
    log.processes = processes.length;
    for (const { pid, events } of processes) {
        const started = new Map();
        const openWindows = new Map();
        for (const event of events) {
            if (event.e === 'test-start' && probe_log_text(event.id)) {
                started.set(probe_log_text(event.id), event);
                if (num(event.tsan) !== undefined) {
                    const window = {
                        pid,
                        test: probe_log_text(event.id),
                        from: num(event.tsan),
                        file: probe_log_text(event.file),
                        line: num(event.line),
                    };
                    log.tsanWindows.push(window);
                    openWindows.set(window.test, window);
                }
            }
            else if (event.e === 'test') {
                const window = openWindows.get(probe_log_text(event.id) ?? '');
                if (window && num(event.tsan) !== undefined)
                    window.to = num(event.tsan);
                openWindows.delete(probe_log_text(event.id) ?? '');
                const test = testOf(event);
                if (test)
                    log.tests.push(test);
                started.delete(probe_log_text(event.id) ?? '');
            }
            else if (event.e === 'gil-enabled') {
                log.gilEnabled.push({ test: probe_log_text(event.id), module: probe_log_text(event.module), when: probe_log_text(event.when) ?? 'test' });
            }
            else if (event.e === 'extensions' && Array.isArray(event.extensions)) {
                for (const ext of event.extensions) {
                    if (ext && typeof ext.name === 'string')
                        extensions.set(ext.name, ext);
                }
            }
        }
        for (const event of started.values()) {
            log.unfinished.push({
                id: probe_log_text(event.id),
                nodeid: probe_log_text(event.nodeid),
                file: probe_log_text(event.file),
                line: num(event.line),
                threads: num(event.threads),
                singleThreaded: probe_log_text(event.single),
            });
        }
    }
    // A test whose xdist worker died started in the worker, which recorded where it is.
    for (const test of log.tests.filter((t) => t.outcome === 'crashed')) {
        const at = log.unfinished.findIndex((u) => u.id === test.id);
        if (at < 0)
            continue;
        const [started] = log.unfinished.splice(at, 1);
        test.nodeid ??= started.nodeid;
        test.file = started.file ?? test.file;
        test.line ??= started.line;
    }
    log.extensions = [...extensions.values()];
    const main = processes.find((p) => p.ranTests) ?? processes[0];
    if (main) {
        const start = main.events.find((e) => e.e === 'start');
        const end = main.events.find((e) => e.e === 'end');
        if (typeof start?.gil === 'boolean')
            log.gilAtStart = start.gil;
        if (typeof end?.gil === 'boolean')
            log.gilAtEnd = end.gil;
    }
    return log;
}

;// CONCATENATED MODULE: ./src/legs/segments.ts









/*
 * One run of a leg's command, in segments: when pytest crashes, the run resumes after the crashed
 * test. What each segment's probe recorded is gathered as it goes.
 */
/** A run that crashed or hung is resumed after that test, at most this many times. */
const MAX_RESUMES = 3;
/**
 * How the mode's time is shared when the run can still resume: a test may run for this share of
 * the time left when it starts; past it, it is hung, and the rest of the suite runs in the
 * remainder. The last segment that may run has the whole of what is left.
 */
const HANG_SHARE = 0.75;
/** The JUnit file of a segment, and those the tox plugin wrote beside it, one per tox env. */
function junitFilesOf(junit) {
    const dir = external_node_path_default().dirname(junit);
    const stem = external_node_path_default().basename(junit, '.xml');
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => name === `${stem}.xml` || (name.startsWith(`${stem}-`) && name.endsWith('.xml')))
        .sort()
        .map((name) => external_node_path_default().join(dir, name));
}
/** The test function's name in a test id (pkg.test_a::TestX::test_y[1] -> test_y). */
function testFunctionOf(id) {
    return id.replace(/\[.*$/, '').split('::').pop() ?? id;
}
function segmentEnv(plan, ctx, probeOut, deadline, resumable, junit) {
    const tmp = external_node_path_default().join(ctx.legDir, 'tmp');
    (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
    // The `env` input comes last: a user's own TOX_WORK_DIR or NOXFORCEPYTHON wins.
    const inVenv = venvEnv(ctx.venv, { ...ctx.baseEnv, ...ctx.tools.env, ...ctx.inputs.env });
    const env = ctx.tools.pathFirst ? withPathFirst(inVenv, ctx.tools.pathFirst) : inVenv;
    if (plan.pythonGil !== undefined)
        env.PYTHON_GIL = plan.pythonGil;
    const mode = ctx.mode.segment(ctx.legDir);
    Object.assign(env, mode.env);
    Object.assign(env, {
        TMPDIR: tmp,
        TEMP: tmp,
        TMP: tmp,
        PYTHONFAULTHANDLER: '1',
        SETUP_PYTHON_FT_MODE: plan.mode,
        SETUP_PYTHON_FT_RESULTS_DIR: external_node_path_default().join(ctx.legDir, 'results'),
        SETUP_PYTHON_FT_PROBE: probeOut,
        SETUP_PYTHON_FT_DEADLINE: String(deadline / 1000),
        SETUP_PYTHON_FT_HANG_SHARE: resumable ? String(HANG_SHARE) : '',
    });
    // The plugin comes from an entry point of the venv (venv.ts); with entry points turned off, the
    // variable is the only way in, and it reaches pytest in other environments too.
    if (env.PYTEST_DISABLE_PLUGIN_AUTOLOAD) {
        env.PYTEST_PLUGINS = [env.PYTEST_PLUGINS, 'setup_python_ft_pytest'].filter(Boolean).join(',');
    }
    // PYTEST_ADDOPTS is split with shlex: forward slashes and quotes keep any path whole.
    const addopts = [env.PYTEST_ADDOPTS];
    if (junit) {
        const file = junit.replace(/\\/g, '/');
        addopts.push(`"--junitxml=${file}" -o junit_family=xunit1`);
        // The tox plugin gives each env a file of its own next to this one.
        env.SETUP_PYTHON_FT_JUNIT = file;
    }
    addopts.push(...ctx.tools.addopts, ...mode.addopts);
    env.PYTEST_ADDOPTS = addopts.filter(Boolean).join(' ');
    if (!env.PYTEST_ADDOPTS)
        delete env.PYTEST_ADDOPTS;
    return env;
}
function segments_statusOf(result, segments, started, trace) {
    return {
        exitCode: result.exitCode,
        signal: result.signal,
        timedOut: result.timedOut,
        durationSeconds: (Date.now() - started) / 1000,
        segments,
        ...(trace ? { trace } : {}),
    };
}
/**
 * Runs the command until it finishes, resuming after the crashed test when pytest crashes.
 * select limits the run to those test ids (reruns). Tests come from the probe as they finish, so a
 * crash keeps everything before it; the JUnit files are read afterwards by the caller.
 */
async function executeSegments(plan, ctx, label, select, deadline) {
    const started = Date.now();
    const logFile = external_node_path_default().join(ctx.legDir, 'output.log');
    const pytest = (0,inputs_command/* runsPytest */.G)(ctx.command);
    // Any command may run pytest: itself, or through tox, nox, uv run or make. Each pytest it runs
    // writes this JUnit file, which holds the results of a pytest outside the mode's venv (a tox or
    // nox environment) that the probe never sees.
    const addJunit = ctx.inputs.junit && !(0,inputs_command/* namesJunitFile */.f)(ctx.command);
    const invocation = (0,shell/* shellInvocation */.h5)(ctx.inputs.shell, ctx.command, ctx.venv.python);
    const done = {
        tests: new Map(),
        status: undefined,
        extensions: [],
        gilEnabled: [],
        tsanWindows: [],
        junitFiles: [],
    };
    const skip = new Set();
    const crashes = [];
    const hangs = [];
    for (let segment = 1;; segment++) {
        const name = `${label}-${segment}`;
        const probeOut = external_node_path_default().join(ctx.legDir, `probe-${name}`);
        const junit = addJunit ? external_node_path_default().join(ctx.legDir, `junit-${name}.xml`) : undefined;
        const env = segmentEnv(plan, ctx, probeOut, deadline, pytest && segment <= MAX_RESUMES, junit);
        // A rerun of a few tests must not replace the mode's coverage data with its own.
        if (label !== 'run' && env.COVERAGE_FILE === ctx.tools.env.COVERAGE_FILE) {
            env.COVERAGE_FILE = external_node_path_default().join(ctx.legDir, 'rerun.coverage');
        }
        if (select) {
            env.SETUP_PYTHON_FT_SELECT = external_node_path_default().join(ctx.legDir, `select-${name}.txt`);
            (0,external_node_fs_.writeFileSync)(env.SETUP_PYTHON_FT_SELECT, select.join('\n'));
        }
        if (skip.size > 0) {
            env.SETUP_PYTHON_FT_DESELECT = external_node_path_default().join(ctx.legDir, `deselect-${name}.txt`);
            (0,external_node_fs_.writeFileSync)(env.SETUP_PYTHON_FT_DESELECT, [...skip].join('\n'));
        }
        const logOffset = (0,external_node_fs_.existsSync)(logFile) ? (0,external_node_fs_.statSync)(logFile).size : 0;
        const result = await (0,common_process/* spawnLogged */.i)(invocation, { cwd: ctx.workDir, env, logFile, deadline });
        if (result.spawnError) {
            ctx.warn(`${plan.mode}: could not start ${invocation.file}: ${result.spawnError}`);
        }
        const probe = readProbeLog(probeOut);
        // A resumed run that found nothing left to run (pytest's "no tests ran") adds nothing.
        if (segment > 1 && result.exitCode === 5 && probe.tests.length === 0 && probe.unfinished.length === 0)
            break;
        for (const test of probe.tests)
            done.tests.set(test.id, test);
        done.extensions.push(...probe.extensions);
        done.gilEnabled.push(...probe.gilEnabled);
        done.tsanWindows.push(...probe.tsanWindows);
        done.gilAtStart ??= probe.gilAtStart;
        if (probe.gilAtEnd !== undefined)
            done.gilAtEnd = probe.gilAtEnd;
        if (junit)
            done.junitFiles.push(...junitFilesOf(junit));
        // The job was cancelled and the command killed: not a crash, and nothing to resume.
        if (result.cancelled) {
            done.status = { ...segments_statusOf(result, segment, started), cancelled: true };
            break;
        }
        // A test past its share of the time leaves the probe's hang dump and ends the process early.
        const stoppedBy = result.timedOut || probe.hangDump ? 'hung' : result.signal ? 'crashed' : undefined;
        const trace = stoppedBy === 'hung' ? probe.hangDump : stoppedBy ? crashTrace((0,log/* readTail */.Zr)(logFile, logOffset)) : undefined;
        if (stoppedBy === 'crashed') {
            crashes.push({ signal: result.signal, test: probe.unfinished[0]?.id, segment });
            for (const name of crashedExtensions(trace ?? '')) {
                if (!done.extensions.some((e) => e.name === name))
                    done.extensions.push({ name, file: '', stdlib: false });
            }
        }
        if (stoppedBy === 'hung')
            hangs.push({ test: probe.unfinished[0]?.id, segment });
        done.status = {
            ...segments_statusOf(result, segment, started, trace),
            ...(crashes.length > 0 ? { crashes } : {}),
            ...(hangs.length > 0 ? { hangs } : {}),
        };
        if (!stoppedBy)
            break;
        const unfinished = probe.unfinished;
        for (const test of unfinished) {
            const how = stoppedBy === 'hung' ? 'Still running when its time ran out' : `The interpreter died on ${result.signal}`;
            const focused = trace && focusDump(trace, testFunctionOf(test.id));
            done.tests.set(test.id, {
                ...test,
                outcome: stoppedBy,
                message: how,
                details: focused ? `${how}\n\n${focused}` : how,
            });
        }
        const canResume = unfinished.length > 0 && segment <= MAX_RESUMES && pytest;
        if (!canResume || Date.now() >= deadline)
            break;
        for (const id of done.tests.keys())
            skip.add(id);
    }
    return done;
}

;// CONCATENATED MODULE: ./src/legs/leg-execution.ts
















/**
 * The probe's results with the JUnit files read into them: JUnit wins, the probe fills in what it
 * lacks (the node id, the absolute file, the threads). A large file is parsed in a worker thread
 * (results/read-junit.ts); its list is the leg's when it is all there is, else merged into it test by
 * test; the index from id to place lives only while the files are merged.
 */
async function withJunit(probe, files, warn) {
    let tests = new test_list_TestList();
    let pytestJunit = false;
    // One file and nothing from the probe: its list is the leg's, and no million ids are hashed for nothing.
    const index = probe.size === 0 && files.length === 1 ? undefined : new Map();
    for (const test of probe.values())
        index.set(test.id, tests.push(test));
    const merge = (test) => {
        const at = index.get(test.id);
        if (at === undefined) {
            index.set(test.id, tests.push(test));
            return;
        }
        const known = tests.get(at);
        // A crash or hang seen by the probe outlives the JUnit a resumed segment wrote.
        if (known.outcome === 'crashed' || known.outcome === 'hung')
            return;
        // The probe's file is absolute; JUnit's is relative to pytest's rootdir or the runner's.
        tests.set(at, {
            ...test,
            nodeid: known.nodeid,
            file: known.file ?? test.file,
            line: known.file ? known.line : test.line,
            threads: known.threads,
            singleThreaded: known.singleThreaded,
        });
    };
    for (const file of files) {
        const { tests: fromFile, read, error, fallback } = await readJunitTests(file);
        if (fallback)
            workflow_commands/* info */.pq(`results: ${file} was read on the main thread: its reader thread failed (${fallback})`);
        // A file cut short still gives the tests before the cut.
        if (!index)
            tests = fromFile;
        else
            for (const test of fromFile)
                merge(test);
        pytestJunit ||= read.pytest && read.tests > 0;
        if (error)
            warn(`results: ${error.message}; using what the probe recorded`);
    }
    return { tests, pytestJunit };
}
/** What a finished run's exit says about the command itself (pure, for the warnings). */
function runProblems(command, status, tests) {
    const problems = [];
    if (status.exitCode === 127)
        problems.push('run: the command was not found (exit code 127)');
    if (status.exitCode === 5 && (0,inputs_command/* runsPytest */.G)(command))
        problems.push('pytest collected no tests (exit code 5)');
    // A pytest that ran no test is an error of its own (compare/findings.ts), not a comparison of exit codes.
    if (tests === 0 && !status.signal && !status.timedOut && !ranNoTest(command, status, tests)) {
        problems.push(`no test results (exit code ${status.exitCode}); comparing exit codes`);
    }
    return problems;
}
/**
 * Annotations need paths relative to the repository: each test's file, absolute or relative to the
 * command's directory, becomes relative to the workspace (kept absolute if outside it).
 */
function workspacePath(file, workDir, workspace) {
    const absolute = external_node_path_default().resolve(workDir, file);
    const relative = within(workspace, absolute);
    return (relative ? relative : absolute).split((external_node_path_default()).sep).join('/');
}
/** What names a leg in its leg.json: the plan's group, mode and build, where and what it ran. */
function legHead(plan, ctx) {
    const { group, mode, version, abi } = plan;
    return { schema: LEG_SCHEMA, group, mode, version, abi, os: ctx.os, arch: ctx.arch, command: ctx.command };
}
/** A leg the job's cancellation stopped (or kept from starting): nothing of it is compared. */
function cancelledLeg(plan, ctx, status = { exitCode: null, signal: null, timedOut: false, durationSeconds: 0, segments: 0 }) {
    return {
        ...legHead(plan, ctx),
        status: { ...status, cancelled: true },
        gil: {
            pythonGil: plan.pythonGil ?? null,
            enabledBy: [],
            undeclared: [],
            extensions: [],
        },
        tests: new test_list_TestList(),
        reruns: {},
        warnings: [],
    };
}
/**
 * The JUnit files the `results` input names are the user's: written in a copy of the tree, they are
 * copied to the same place in the tree itself (their names differ per mode: {mode} or {leg}).
 */
function keepResultFiles(files, tree) {
    for (const file of files) {
        const original = originalPath(file, tree);
        if (original === file)
            continue;
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(original), { recursive: true });
        (0,external_node_fs_.copyFileSync)(file, original);
    }
}
/** Runs one leg: the command under its mode, then its results, the GIL probe and the GIL check. */
async function executeLeg(plan, ctx) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(ctx.legDir, 'results'), { recursive: true });
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        ctx.warn(message);
    };
    const started = Date.now();
    const deadline = started + ctx.inputs.timeoutSeconds * 1000;
    const run = await executeSegments(plan, ctx, 'run', undefined, deadline);
    if (run.status.cancelled)
        return cancelledLeg(plan, ctx, run.status);
    try {
        await coverageToOriginalPaths(ctx);
    }
    catch (error) {
        warn(`${plan.mode}: could not point its coverage data at the working directory: ${error.message}`);
    }
    const userFiles = await ctx.findResults(ctx.legDir, started);
    keepResultFiles(userFiles, ctx.tree);
    const probed = run.tests.size;
    const { tests, pytestJunit } = await withJunit(run.tests, [...run.junitFiles, ...userFiles], warn);
    run.tests.clear();
    // pytest in the mode's venv always loads the probe's plugin: a pytest the probe never saw ran in
    // an environment of its own (a tox or nox env), on whatever interpreter that environment has.
    if (probed === 0 && pytestJunit) {
        warn(`${plan.mode}: tests ran outside the mode's venv: results come from JUnit only (no GIL check per test, no resume after a crash or hang)`);
    }
    if ((0,inputs_command/* runsPytest */.G)(ctx.command) && ctx.inputs.junit && (0,inputs_command/* namesJunitFile */.f)(ctx.command) && userFiles.length === 0) {
        warn(`run: the command passes its own --junitxml; point results at that file to read it`);
    }
    for (const problem of runProblems(ctx.command, run.status, tests.length))
        warn(`${plan.mode}: ${problem}`);
    if (ranNoTest(ctx.command, run.status, tests.length)) {
        const cause = startFailure(originalText((0,log/* readTail */.Zr)(external_node_path_default().join(ctx.legDir, 'output.log'), 0, 64 * 1024), ctx.tree));
        if (cause)
            run.status.cause = cause;
    }
    // Paths and tracebacks from a copy of the tree name the files of the tree it copies.
    const workspace = process.env.GITHUB_WORKSPACE || ctx.inputs.workingDirectory;
    const toWorkspace = (file) => workspacePath(originalPath(external_node_path_default().resolve(ctx.workDir, file), ctx.tree), ctx.workDir, workspace);
    tests.mapFiles(toWorkspace);
    if (ctx.tree.copy)
        tests.mapText((text) => originalText(text, ctx.tree));
    const { stress, tsan } = await ctx.mode.results(ctx.legDir, run, toWorkspace);
    const gil = {
        pythonGil: plan.pythonGil ?? null,
        atStart: run.gilAtStart,
        atEnd: run.gilAtEnd,
        enabledBy: run.gilEnabled,
        undeclared: [],
        extensions: [...new Set(run.extensions.filter((e) => !e.stdlib).map((e) => e.name))].sort(),
    };
    // The venv's distributions are listed while the extension modules are checked: two interpreters at once.
    const listed = venvDistributions(ctx.venv, venvEnv(ctx.venv, ctx.baseEnv));
    listed.catch(() => undefined);
    if (plan.build === 'freethreaded') {
        try {
            const env = venvEnv(ctx.venv, ctx.baseEnv);
            gil.undeclared = await findUndeclared(ctx.venv.python, run.extensions, ctx.probeDir, ctx.legDir, env);
        }
        catch (error) {
            warn(`${plan.mode}: could not check the extension modules for free-threading support: ${error.message}`);
        }
    }
    let packages;
    let dependencies;
    let untested;
    try {
        const dists = await listed;
        packages = versionsOf(dists);
        dependencies = readiness(dists, plan.abi, gil.undeclared, ctx.install);
        if (ctx.packageIndex)
            dependencies = await ctx.packageIndex.upgrades(dependencies, plan.abi);
        // Only where the probe saw the suite run: a suite in a tox or nox env imports elsewhere.
        if (probed > 0)
            untested = untestedExtensions(dists, gil.extensions);
    }
    catch (error) {
        warn(`${plan.mode}: could not list the distributions installed in its venv: ${error.message}`);
    }
    return {
        ...legHead(plan, ctx),
        status: run.status,
        gil,
        ...(stress ? { stress } : {}),
        tests,
        reruns: {},
        ...(packages ? { packages } : {}),
        ...(dependencies ? { dependencies } : {}),
        ...(untested ? { untestedExtensions: untested } : {}),
        ...(ctx.install ? { install: ctx.install } : {}),
        ...(tsan ? { tsan } : {}),
        warnings,
    };
}
/**
 * Runs the given tests `times` more times in this leg's mode, with pytest, one process a round;
 * rounds are named <label><n> from `first`. Outcomes per test id.
 */
async function rerunTests(plan, ctx, ids, times, rounds = { label: 'rerun', first: 1 }) {
    const outcomes = Object.fromEntries(ids.map((id) => [id, []]));
    for (let round = rounds.first; round < rounds.first + times; round++) {
        const deadline = Date.now() + ctx.inputs.timeoutSeconds * 1000;
        const rerun = await executeSegments(plan, ctx, `${rounds.label}${round}`, ids, deadline);
        // The probe misses what ran outside the mode's interpreter (a tox env, an xdist worker that
        // died): the rerun's JUnit fills it in.
        const { tests } = await withJunit(rerun.tests, rerun.junitFiles, ctx.warn);
        const outcome = new Map();
        for (const test of tests)
            outcome.set(test.id, test.outcome);
        for (const id of ids)
            outcomes[id].push(outcome.get(id) ?? 'absent');
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./src/common/pool.ts
/** Runs fn over items with at most `limit` at a time; results keep the items' order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/pipeline/rerun-stress.ts








/*
 * The stress half of the rerun stage: every failure under thread stress that the first run could
 * not class (undecided) is rerun in each stress mode of its group, a round at a time, until its
 * counts decide (stress/evidence.ts), `stress-reruns` rounds are done, or `rerun-budget` is spent.
 */
/** The failures under thread stress still to be weighed, by group (a hang is not: compare keeps it a hang). */
function undecidedRows(comparison) {
    const byGroup = new Map();
    for (const group of comparison.groups) {
        const rows = group.divergences.filter((row) => row.kind === 'undecided');
        if (rows.length > 0)
            byGroup.set(group.group, rows);
    }
    return byGroup;
}
/** Whether a row's counts so far settle it: a fact at any round, a statistical class only at a look. */
function settled(row, reruns, round, last) {
    const { verdict } = weighStress(row.outcomes, reruns);
    if (verdict === 'thread-unsafe')
        return true;
    return verdict !== 'undecided' && (round % model_evidence/* LOOK_EVERY */.M === 0 || last);
}
/** Runs the rounds; returns the indices (into prepared.ready) of the legs that got reruns. */
async function weighStressFailures(prepared, legs, comparison) {
    const { inputs, ready } = prepared;
    const pending = undecidedRows(comparison);
    const changed = new Set();
    if (pending.size === 0 || inputs.stressReruns === 0)
        return changed;
    const stressLegs = ready.map((leg, index) => ({ ...leg, index })).filter(({ plan }) => (0,model_mode/* isStress */.JA)(plan.mode));
    const started = Date.now();
    let longest = 0;
    let round = 0;
    const total = () => [...pending.values()].reduce((n, rows) => n + rows.length, 0);
    workflow_commands/* info */.pq(`Weighing ${total()} failures under thread stress: up to ${inputs.stressReruns} reruns in each stress mode`);
    while (pending.size > 0 && round < inputs.stressReruns && !(0,cancellation/* cancelled */.KW)()) {
        const elapsed = (Date.now() - started) / 1000;
        if (round > 0 && elapsed + longest > inputs.rerunBudgetSeconds) {
            workflow_commands/* info */.pq(`rerun-budget: ${inputs.rerunBudgetSeconds} s spent after ${round} rounds; ${total()} stay undecided`);
            break;
        }
        round++;
        const roundStart = Date.now();
        await mapLimit(stressLegs, (0,external_node_os_.availableParallelism)(), async ({ plan, context, index }) => {
            const rows = pending.get(plan.group);
            if (!rows)
                return;
            const ids = rows.map((row) => row.id);
            const outcomes = await rerunTests(plan, context, ids, 1, { label: 'stress', first: round });
            for (const id of ids)
                (legs[index].reruns[id] ??= []).push(...outcomes[id]);
            changed.add(index);
        });
        longest = Math.max(longest, (Date.now() - roundStart) / 1000);
        for (const [group, rows] of pending) {
            const inGroup = stressLegs.filter(({ plan }) => plan.group === group);
            const rerunsOf = (id) => Object.fromEntries(inGroup.map(({ plan, index }) => [plan.mode, legs[index].reruns[id]]));
            const open = rows.filter((row) => !settled(row, rerunsOf(row.id), round, round === inputs.stressReruns));
            if (open.length > 0)
                pending.set(group, open);
            else
                pending.delete(group);
        }
    }
    workflow_commands/* info */.pq(`Thread stress weighed in ${round} rounds, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return changed;
}

;// CONCATENATED MODULE: ./src/pipeline/rerun-place.ts



/*
 * With `isolation: copy` the modes ran in different folders: the first in the working directory, the
 * others in copies of the tree. A test that depends on its folder (an absolute path in an assertion,
 * a path's characters or length) then diverges for a reason that is not the build. So each mode
 * reruns the divergent tests it failed alone, once in its own folder and once in the other place, the
 * legs one after another (two in one folder would meet again). compare calls a test that fails alone
 * here and passes there place-dependent; one that passes alone in both depends on the rest of the
 * suite, not on the folder, and keeps its class.
 */
/** Reruns in the other place; returns the indices (into prepared.ready) of the legs that got one. */
async function rerunInOtherPlace(prepared, legs, comparison) {
    const { inputs, ready } = prepared;
    const changed = new Set();
    const aCopy = ready.find(({ context }) => context.tree.copy)?.context.tree;
    if (!aCopy)
        return changed;
    const inPlace = { workDir: inputs.workingDirectory };
    for (const [index, { plan, context }] of ready.entries()) {
        const group = comparison.groups.find((g) => g.group === plan.group);
        const ids = (group?.divergences ?? [])
            // A crash or a hang is the interpreter's, wherever it runs.
            .filter((row) => divergence/* PLAIN_FAILURE_KINDS */.wq.includes(row.kind) && ['failed', 'error'].includes(row.outcomes[plan.mode] ?? ''))
            .map((row) => row.id);
        if (ids.length === 0)
            continue;
        const other = context.tree.copy ? inPlace : aCopy;
        const where = context.tree.copy ? 'the working directory' : 'a copy of the tree';
        workflow_commands/* info */.pq(`Rerunning ${ids.length} divergent tests of ${plan.mode} alone, in its folder and in ${where}`);
        const rounds = { label: 'place', first: 1 };
        const here = await rerunTests(plan, context, ids, 1, rounds);
        const there = await rerunTests(plan, { ...context, workDir: other.workDir, tree: other }, ids, 1, {
            ...rounds,
            first: 2,
        });
        legs[index].placeCheck = Object.fromEntries(ids.map((id) => [id, { here: here[id][0], there: there[id][0] }]));
        changed.add(index);
    }
    return changed;
}

;// CONCATENATED MODULE: ./src/pipeline/rerun.ts











/** Plain divergences worth rerunning: a hang would only wait again, an absent test cannot run. */
function rerunnable(comparison, group) {
    const found = comparison.groups.find((g) => g.group === group);
    return (found?.divergences ?? [])
        .filter((row) => row.kind === 'crashed' || divergence/* PLAIN_FAILURE_KINDS */.wq.includes(row.kind))
        .filter((row) => !Object.values(row.outcomes).includes('hung'))
        .map((row) => row.id);
}
/**
 * The rerun stage. A divergent test that a mode failed in a copy of the tree (or in place) is rerun
 * once in the other place (rerun-place.ts). With `rerun`, each plain divergence runs that many more times in every mode of
 * its group (flaky when they disagree); each failure under thread stress is rerun in the stress
 * modes until its counts decide its class (rerun-stress.ts). Then the legs are compared again.
 * legs holds the results of prepared.ready, in order.
 */
async function rerunDivergent(prepared, legs, comparison) {
    const { inputs, ready } = prepared;
    const canRerun = (0,inputs_command/* runsPytest */.G)(inputs.run);
    if (inputs.rerun > 0 && !canRerun)
        workflow_commands/* warning */.$e('rerun: reruns pick single tests through pytest; this command is not pytest');
    if (!canRerun || comparison.divergences === 0)
        return comparison;
    const changed = await rerunInOtherPlace(prepared, legs, comparison);
    if (changed.size > 0)
        comparison = compareLegs(prepared, legs);
    if (inputs.rerun > 0) {
        await mapLimit(ready, (0,external_node_os_.availableParallelism)(), async ({ plan, context }, index) => {
            const ids = rerunnable(comparison, plan.group);
            if (ids.length === 0)
                return;
            workflow_commands/* info */.pq(`Rerunning ${ids.length} divergent tests ${inputs.rerun} times in ${plan.mode}`);
            legs[index].reruns = { ...legs[index].reruns, ...(await rerunTests(plan, context, ids, inputs.rerun)) };
            changed.add(index);
        });
    }
    for (const index of await weighStressFailures(prepared, legs, comparison))
        changed.add(index);
    for (const index of changed)
        writeLegFile(legs[index], external_node_path_default().join(ready[index].context.legDir, 'leg.json'));
    return changed.size > 0 ? compareLegs(prepared, legs) : comparison;
}

;// CONCATENATED MODULE: ./src/pipeline/run-legs.ts








/** The line that heads a leg's log group: how it ended, its resumes, its tests and time. */
function describeLeg(leg) {
    const s = leg.status;
    const end = s.timedOut ? 'timed out' : s.signal ? `died on ${s.signal}` : `exit ${s.exitCode}`;
    const count = (n, one, many) => (n === 0 ? '' : `${n} ${n === 1 ? one : many}`);
    const stops = [
        count(s.crashes?.length ?? 0, 'crash', 'crashes'),
        count(s.hangs?.length ?? 0, 'hang', 'hangs'),
    ].filter(Boolean);
    const resumed = stops.length > 0 && !s.signal && !s.timedOut ? ` after ${stops.join(' and ')}` : '';
    return `${leg.mode} · ${leg.version}: ${end}${resumed}, ${leg.tests.length} tests, ${s.durationSeconds.toFixed(1)} s`;
}
/**
 * Runs the legs, as many at once as there are cores: each writes its leg.json, and its output is
 * shown in a log group of its own when it ends. The results keep the order of prepared.ready.
 */
async function runLegs({ ready, watch }) {
    const names = ready.map(({ plan }) => `${plan.mode} (${plan.version})`);
    workflow_commands/* info */.pq(`Running ${names.join(', ')}: up to ${(0,external_node_os_.availableParallelism)()} at a time`);
    return mapLimit(ready, (0,external_node_os_.availableParallelism)(), async ({ plan, context }) => {
        // A cancelled job starts no more legs (common/cancellation.ts).
        if ((0,cancellation/* cancelled */.KW)())
            return cancelledLeg(plan, context);
        watch?.started(plan, context.legDir);
        const leg = await executeLeg(plan, context);
        watch?.finished(plan, leg);
        writeLegFile(leg, external_node_path_default().join(context.legDir, 'leg.json'));
        (0,log/* replayLog */.i4)(describeLeg(leg), external_node_path_default().join(context.legDir, 'output.log'), `[${plan.mode}] `);
        return leg;
    });
}

;// CONCATENATED MODULE: ./src/pipeline/single-job.ts














/**
 * A run the job's cancellation cut short (common/cancellation.ts): the legs that ran to their end,
 * compared with each other, and the failure that says how many of the modes that is.
 */
function whatFinished(prepared, legs, signal) {
    const finished = legs.filter((leg) => !leg.status.cancelled);
    const expected = finished.map((leg) => ({ group: leg.group, mode: leg.mode }));
    const names = finished.map((leg) => leg.mode).join(', ');
    const reason = `cancelled (${signal}): ${finished.length} of ${prepared.planned.length} modes finished` +
        (finished.length > 0 ? ` (${names}); their results are below` : '');
    return { comparison: compare(finished, { ...compareOptions(prepared), expected }), reason };
}
/** The stages after the preparation; what the run publishes, and why it fails if it was cancelled. */
async function runAndCompare(prepared, problem) {
    const legs = await runLegs(prepared);
    const stopped = (0,cancellation/* cancelled */.KW)();
    if (stopped)
        return whatFinished(prepared, legs, stopped);
    const first = compareLegs(prepared, legs);
    const reran = await rerunDivergent(prepared, legs, first);
    // Reruns a cancellation cut short say nothing: the run's own results stand.
    const late = (0,cancellation/* cancelled */.KW)();
    if (late)
        return { comparison: first, reason: `cancelled (${late}) while rerunning: the reruns are left out` };
    await keep(prepared, legs, reran, problem);
    return { comparison: reran };
}
/**
 * The single-job run, stage by stage: prepare the environments → run the legs → compare → rerun the
 * divergent tests → keep (caches, artifacts, leg files) → publish. Returns why the step fails, if it
 * does, how many problems kept modes from running, and where the report is. From its start, SIGINT and SIGTERM cancel it: every mode's processes are stopped and what
 * finished is published. The legs' copies of the tree are removed however it ends.
 */
async function runSingleJob(installed, inputs, job) {
    keepYoungGenerationSmall();
    // The interpreters need their libpython even when the job's environment was left alone.
    const libraryPath = (0,configure_exports/* libpythonPath */.dQ)(installed, job.platform.os, process.env.LD_LIBRARY_PATH);
    if (libraryPath)
        process.env.LD_LIBRARY_PATH = libraryPath;
    (0,cancellation/* watchCancellation */.Zn)((signal) => workflow_commands/* info */.pq(`Cancelled (${signal}): every mode's processes stopped; publishing what finished`), (signal) => workflow_commands/* setFailed */.C1(`cancelled (${signal}): the run did not end within the runner's grace period`));
    let problems = 0;
    const problem = (message) => {
        problems++;
        workflow_commands/* error */.z3(message);
    };
    const prepared = await prepare(installed, inputs, { ...job, problem });
    let outcome;
    try {
        outcome = await runAndCompare(prepared, problem);
    }
    finally {
        (0,external_node_fs_.rmSync)(prepared.copiesDir, { recursive: true, force: true });
    }
    const reportPath = external_node_path_default().join(job.tempDir, 'report.json');
    const failure = await publishReport(outcome.comparison, {
        reportPath,
        failOn: inputs.failOn,
        problems,
        token: job.token,
        event: inputs.event,
        ...(prepared.auto ? { baselineOrigin: originOf(prepared.auto) } : {}),
        comment: { policy: inputs.comment, identity: prepared.identity },
        ...(outcome.reason ? { cancelled: outcome.reason } : {}),
    });
    return { failure, problems, reportPath, cancelled: outcome.reason !== undefined };
}


/***/ })

};
