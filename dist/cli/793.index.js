export const id = 793;
export const ids = [793];
export const modules = {

/***/ 7793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(7375);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/model/evidence.ts
/** Reruns between two looks at the counts. */
const evidence_LOOK_EVERY = 5;
/** The most reruns of one test in each stress mode (the `stress-reruns` input). */
const MAX_STRESS_RERUNS = 50;

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
const DECIDING_P = 0.05 / (MAX_STRESS_RERUNS / evidence_LOOK_EVERY + 1);
const STRESS_MODES = (/* unused pure expression or super */ null && (['freethreaded-stress', 'standard-stress']));
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
        const decided = only !== undefined && only.runs >= LOOK_EVERY && only.failed === only.runs;
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
function evidence_countsText(evidence) {
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
    writeSync(fd, `${first ? '' : ','}${groupHead(group)}`);
    let chunk = [];
    let written = 0;
    for (const test of group.tests) {
        chunk.push(JSON.stringify(testEntry(test, common, threadUnsafe)));
        if (chunk.length === 1000) {
            writeSync(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
            written += chunk.length;
            chunk = [];
        }
    }
    if (chunk.length > 0)
        writeSync(fd, `${written > 0 ? ',' : ''}${chunk.join(',')}`);
    writeSync(fd, ']}');
}
/** The report's head, up to the groups: the totals are known only once every group is compared. */
function writeHead(fd, comparison) {
    const head = { schema: REPORT_SCHEMA, outcome: comparison.outcome, divergences: comparison.divergences };
    const known = comparison.baseline && {
        newDivergences: comparison.baseline.newDivergences,
        fixed: comparison.baseline.fixed,
    };
    const text = JSON.stringify({ ...head, failures: comparison.failures, ...(known ? { baseline: known } : {}) });
    writeSync(fd, `${text.slice(0, -1)},"groups":[`);
}
/**
 * The JSON report (schema in docs/report.md, "JSON report"): every test's outcome in every mode, and the findings.
 * Written test by test, so that a million tests never sit in memory as one string.
 */
function writeReport(comparison, file) {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, 'w');
    try {
        writeHead(fd, comparison);
        comparison.groups.forEach((group, index) => writeGroup(fd, group, index === 0));
        writeSync(fd, ']}\n');
    }
    finally {
        closeSync(fd);
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

;// CONCATENATED MODULE: ./src/report/report-file.ts


/** A report that cannot be read: why, in one line. */
class ReportFileError extends Error {
}
/** Reads and checks a report file. */
function readReportFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ReportFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`);
    }
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new ReportFileError(`${file} is not JSON: ${error.message}`);
    }
    if (report?.schema !== REPORT_SCHEMA)
        throw new ReportFileError(`${file} is not a setup-python-ft report: its schema is ${JSON.stringify(report?.schema ?? null)}, this version reads ${REPORT_SCHEMA} (the action's report-path output)`);
    if (!Array.isArray(report.groups))
        throw new ReportFileError(`${file}: groups must be a list`);
    return report;
}

;// CONCATENATED MODULE: ./src/model/divergence.ts
/*
 * The words of a comparison: the classes of a divergence, the kinds of a finding, and whether the
 * baseline knew one.
 */
/** Why a test is a divergence, most serious first. */
const DIVERGENCE_KINDS = (/* unused pure expression or super */ null && ([
    'crashed',
    'hung',
    'races-without-gil',
    'freethreaded-only',
    'standard-only',
    'stress-only',
    'undecided',
    'place-dependent',
    'one-mode-only',
    'differs',
    'not-run',
]));
/** The classes of a test that fails in some plain modes and passes in others: a failure, not a crash or hang. */
const PLAIN_FAILURE_KINDS = (/* unused pure expression or super */ null && (['freethreaded-only', 'standard-only', 'differs']));
const KIND_TITLES = {
    crashed: 'Crashed',
    hung: 'Hung',
    'races-without-gil': 'Races without the GIL',
    'freethreaded-only': 'Fails only on the free-threaded build',
    'standard-only': 'Fails only on the standard build',
    'stress-only': 'Fails only under thread stress',
    undecided: 'Fails under thread stress, undecided',
    'place-dependent': 'Depends on the folder it runs in, not on the build',
    'one-mode-only': 'Collected in one mode only',
    differs: 'Outcome differs',
    'not-run': 'Not run after a crash or hang',
};
/** What a finding is about: a group-level problem rather than one test's outcome. */
const FINDING_KINDS = (/* unused pure expression or super */ null && ([
    'undeclared-extension',
    'gil-enabled',
    'missing-leg',
    'stopped',
    'no-tests',
    'dependency-versions',
    'thread-sanitizer',
    'slow-mode',
    'untested-extension',
]));

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
function readiness_wheelKind(tags, abi) {
    const parsed = expandTags(tags);
    if (parsed.length === 0)
        return 'other';
    if (parsed.some((tag) => tag.abi === 'none'))
        return 'pure';
    const forAbi = parsed.filter((tag) => tag.abi === abi);
    if (forAbi.length > 0)
        return forAbi.every((tag) => /^linux_/.test(tag.platform)) ? 'built-here' : 'abi';
    // abi3t loads on the free-threaded build from 3.15, and on any later one than the wheel's.
    const minor = tagMinor(abi);
    const loadsAbi3t = (tag) => tag.abi === 'abi3t' && tagMinor(tag.interpreter) <= minor && minor >= 15;
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
function readiness_loads(kind, abi) {
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
        const kind = readiness_wheelKind(dist.tags, abi);
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
    const cannotLoad = deps.filter((d) => !readiness_loads(d.wheel, abi) && d.wheel === 'abi3');
    const gil = deps.filter((d) => d.reEnablesGil);
    const ready = deps.filter((d) => readiness_loads(d.wheel, abi)).length;
    // The stable ABI this build loads (abi3t on a free-threaded one, abi3 on the standard), when any came so.
    const stableKind = ['abi3t', 'abi3'].find((kind) => readiness_loads(kind, abi) && count(kind) > 0);
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

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(9687);
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
    const python = pythons.split('.').find((name) => tagMinor(name) <= tagMinor(abi));
    if (!here || !python)
        return undefined;
    const kind = wheelKind([`${python}-${abis}-${here}`], abi);
    return loads(kind, abi) && kind !== 'built-here' ? kind : undefined;
}
/** A version pip would pick: a final release or a post-release, valid under PEP 440. */
function isRelease(version) {
    const parsed = explain(version);
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
        if (after !== undefined && compare(wheel.version, after) <= 0)
            continue;
        const kind = loadableKind(wheel, abi, platform);
        // One kind per release: a wheel for the ABI itself is the one to name.
        if (kind && (found.get(wheel.version) === undefined || kind === 'abi'))
            found.set(wheel.version, kind);
    }
    const versions = [...found.keys()].sort(compare);
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

;// CONCATENATED MODULE: ./src/report/traces.ts
const FRAME = /^\s+File "(.*)", line (\d+) in (.+)$/;
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
        const frame = FRAME.exec(line);
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
const frameLine = (f) => `  File "${f.file}", line ${f.line} in ${f.func}`;
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
        const kept = (own.length > 0 ? own : thread.frames.slice(0, 3)).map(frameLine);
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

;// CONCATENATED MODULE: ./src/report/terminal-report.ts




const ansi = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const indent = (text, by = '    ') => text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n');
const PLAIN = {
    heading: (t) => t,
    bad: (t) => t,
    good: (t) => t,
    warn: (t) => t,
    dim: (t) => t,
    code: (t) => t,
    block: (t) => indent(t),
};
const COLOURED = {
    heading: ansi(1, 22),
    bad: ansi(31, 39),
    good: ansi(32, 39),
    warn: ansi(33, 39),
    dim: ansi(2, 22),
    code: ansi(36, 39),
    block: (t) => indent(ansi(2, 22)(t)),
};
const MARKDOWN = {
    heading: (t) => `### ${t}`,
    bad: (t) => t,
    good: (t) => t,
    warn: (t) => t,
    dim: (t) => `_${t}_`,
    code: (t) => `\`${t}\``,
    block: (t) => `\`\`\`text\n${t}\n\`\`\``,
};
/** Whether to colour: NO_COLOR (any value) never, FORCE_COLOR (not 0) always, else on a terminal. */
function wantsColour(env, isTerminal) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
        return true;
    return isTerminal;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The verdict, from the report's outcome and counts. */
function reportVerdict(report, style) {
    const fresh = report.baseline ? ` (${report.baseline.newDivergences} new, the rest in the baseline)` : '';
    switch (report.outcome) {
        case 'diverged':
            return style.bad(`✗ The modes disagree: ${plural(report.divergences, 'divergent test')}${fresh}`);
        case 'not-run':
            return style.bad('✗ A mode ran no test: its suite could not start');
        case 'not-compared':
            return style.warn('– Nothing was compared: a comparison needs two modes of one version with results');
        case 'failed':
            return style.good(`✓ The modes agree; ${plural(report.failures, 'test')} fail in every mode`);
        default:
            return style.good('✓ Every mode agrees');
    }
}
function modeLine(mode, style) {
    const c = mode.counts;
    const bad = c.failed + c.error + c.crashed + c.hung;
    const parts = [`${mode.total} tests`, style.good(`${c.passed} passed`), bad > 0 ? style.bad(`${bad} failed`) : ''];
    const gil = mode.gilStayedOff === false ? style.warn(' · the GIL came back on') : '';
    return `  ${style.heading(mode.mode)} ${mode.version} (${mode.abi}): ${parts.filter(Boolean).join(', ')}${gil}`;
}
/** The outcome of a test in each mode, and its reruns. */
function outcomesLine(test) {
    const modes = Object.keys(test.outcomes);
    return modes
        .map((mode) => {
        const reruns = test.reruns?.[mode];
        return `${mode}: ${test.outcomes[mode]}${reruns?.length ? ` (reruns: ${reruns.join(', ')})` : ''}`;
    })
        .join(' · ');
}
/** Paths under the project's folder, written relative to it, as the summary writes them. */
const relative = (text, workspace) => workspace ? text.split(`${workspace.replace(/\/+$/, '')}/`).join('') : text;
function divergence(test, style, workspace) {
    const kind = KIND_TITLES[test.divergence] ?? test.divergence ?? '';
    const flags = [test.flaky ? 'flaky' : '', test.baseline === 'known' ? 'known, in the baseline' : '']
        .filter(Boolean)
        .join(', ');
    const lines = [
        `${style.bad('✗')} ${style.code(test.nodeid ?? test.id)}  ${style.heading(kind)}${flags ? style.dim(` (${flags})`) : ''}`,
        `    ${outcomesLine(test)}`,
    ];
    if (test.evidence)
        lines.push(`    reruns under threads: ${test.evidence.text}`);
    const message = Object.values(test.messages ?? {})[0];
    if (message && !test.details)
        lines.push(`    ${message.split('\n')[0]}`);
    if (test.reproduce)
        lines.push(`    reproduce: ${style.code(test.reproduce)}`);
    if (test.details) {
        // A faulthandler dump reads as the summary shows it (each thread's own frames, the crashing one
        // first); any other trace whole.
        const outcome = Object.values(test.outcomes).find((o) => o === 'crashed' || o === 'hung') ?? 'failed';
        lines.push(style.block(relative(readableTrace(test.details, outcome, workspace ?? ''), workspace).trimEnd()));
    }
    return lines;
}
function dependencyLines(group, style) {
    const lines = [];
    const seen = new Set();
    for (const mode of group.modes) {
        if (!mode.dependencies?.length || seen.has(mode.abi))
            continue;
        seen.add(mode.abi);
        lines.push(`  ${mode.abi}: ${readinessLine(mode.dependencies, mode.abi)}`);
        for (const dep of mode.dependencies.filter((d) => d.upgrade || d.reEnablesGil || d.wheel === 'built-here'))
            lines.push(style.dim(`    ${dep.name} ${dep.version}: ${dep.wheel}${dep.reEnablesGil ? `, turns the GIL back on (${dep.reEnablesGil.join(', ')})` : ''}${dep.upgrade ? ` → ${upgradeText(dep.upgrade, mode.abi)}` : ''}`));
    }
    return lines;
}
function groupLines(group, style, workspace) {
    const lines = ['', style.heading(group.group), ...group.modes.map((m) => modeLine(m, style))];
    const divergent = group.tests.filter((t) => t.divergence && t.divergence !== 'common' && t.divergence !== 'thread-unsafe');
    if (divergent.length > 0) {
        lines.push('', style.heading(`Divergences (${divergent.length})`));
        for (const test of divergent)
            lines.push(...divergence(test, style, workspace), '');
    }
    const unsafe = group.tests.filter((t) => t.divergence === 'thread-unsafe');
    if (unsafe.length > 0) {
        lines.push(style.heading(`Thread-unsafe tests (${unsafe.length}): they fail under threads with the GIL too`));
        for (const test of unsafe)
            lines.push(`  ${style.code(test.nodeid ?? test.id)}${test.evidence ? ` (${test.evidence.text})` : ''}`);
    }
    const gil = group.findings.filter((f) => f.kind === 'undeclared-extension' || f.kind === 'gil-enabled');
    if (gil.length > 0)
        lines.push('', style.heading('The GIL'), ...gil.map((f) => `  ${style.warn('⚠')} ${f.message}`));
    const other = group.findings.filter((f) => f.kind !== 'undeclared-extension' && f.kind !== 'gil-enabled');
    if (other.length > 0)
        lines.push('', style.heading('Findings'), ...other.map((f) => `  ${f.blocking ? style.bad('✗') : style.warn('⚠')} ${f.message}`));
    const deps = dependencyLines(group, style);
    if (deps.length > 0)
        lines.push('', style.heading('Dependencies'), ...deps);
    const common = group.tests.filter((t) => t.divergence === 'common').length;
    if (common > 0)
        lines.push('', style.dim(`${plural(common, 'test')} fail in every mode.`));
    return lines;
}
/** The whole report as text for a terminal (or markdown, with that style); paths relative to the workspace. */
function renderReport(report, style, workspace) {
    const lines = [
        style === MARKDOWN ? `## ${reportVerdict(report, PLAIN)}` : style.heading(reportVerdict(report, style)),
    ];
    for (const group of report.groups)
        lines.push(...groupLines(group, style, workspace));
    return `${lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/cli/cli-error.ts
/**
 * A fault the command-line tool explains in one line, with its exit code: 2 a usage error (a flag,
 * an argument, a report it cannot read), 3 the environment (an interpreter that is not there).
 */
class CliError extends Error {
    exitCode;
    constructor(exitCode, message) {
        super(message);
        this.exitCode = exitCode;
    }
}

// EXTERNAL MODULE: ./node_modules/xmlbuilder2/lib/index.js
var lib = __webpack_require__(4697);
;// CONCATENATED MODULE: ./src/report/junit-report.ts

/*
 * A report as JUnit XML (pure), for tools that read JUnit: one testsuite per group and mode, one
 * testcase per test that ran in it, with its failure, error or skip, and a divergence's trace.
 * Written by xmlbuilder2, which escapes and replaces what XML cannot hold.
 */
const FAILED = new Set(['failed', 'xpass']);
const ERRORED = new Set(['error', 'crashed', 'hung']);
const SKIPPED = new Set(['skipped', 'xfail']);
/** pkg.test_a::TestX::test_y as JUnit's classname (pkg.test_a.TestX) and name (test_y). */
function names(test) {
    const parts = test.id.split('::');
    const name = parts.pop() ?? test.id;
    return { classname: parts.join('.'), name };
}
function renderJunit(report) {
    const root = (0,lib/* create */.vt)({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '\ufffd' }).ele('testsuites', {
        name: 'setup-python-ft',
    });
    for (const group of report.groups) {
        for (const row of group.modes) {
            const mode = row.mode;
            const ran = group.tests.filter((t) => t.outcomes[mode] !== undefined && t.outcomes[mode] !== 'absent');
            const count = (set) => ran.filter((t) => set.has(t.outcomes[mode])).length;
            const suite = root.ele('testsuite', {
                name: `${group.group} · ${mode}`,
                tests: ran.length,
                failures: count(FAILED),
                errors: count(ERRORED),
                skipped: count(SKIPPED),
                time: row.status.durationSeconds,
            });
            for (const test of ran) {
                const outcome = test.outcomes[mode];
                const testcase = suite.ele('testcase', {
                    ...names(test),
                    ...(test.file ? { file: test.file } : {}),
                    ...(test.line ? { line: test.line } : {}),
                });
                const message = test.messages?.[mode] ?? outcome;
                const body = test.divergence && test.divergence !== 'common' && test.details ? test.details : '';
                if (FAILED.has(outcome))
                    testcase.ele('failure', { message, type: outcome }).txt(body);
                else if (ERRORED.has(outcome))
                    testcase.ele('error', { message, type: outcome }).txt(body);
                else if (SKIPPED.has(outcome))
                    testcase.ele('skipped', { message });
            }
        }
    }
    return `${root.end({ prettyPrint: true })}\n`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js + 1 modules
var io = __webpack_require__(669);
;// CONCATENATED MODULE: ./src/model/mode.ts
/*
 * The modes: a test suite run once on one build, with or without the GIL, with or without thread
 * stress. What a mode *is* lives here, as data; what a mode *does* (its interpreter, environment
 * and results) is its plug-in's, in src/modes/.
 */
const MODES = [
    'standard',
    'freethreaded',
    'freethreaded-gil',
    'standard-stress',
    'freethreaded-stress',
    'freethreaded-tsan',
];
const MODE_TRAITS = {
    standard: { build: 'standard', gil: 'standard', stress: false },
    freethreaded: { build: 'freethreaded', gil: 'off', stress: false },
    'freethreaded-gil': { build: 'freethreaded', gil: 'on', stress: false },
    'standard-stress': { build: 'standard', gil: 'standard', stress: true, slower: 'each test in several threads' },
    'freethreaded-stress': { build: 'freethreaded', gil: 'off', stress: true, slower: 'each test in several threads' },
    'freethreaded-tsan': {
        build: 'freethreaded',
        gil: 'off',
        stress: false,
        slower: 'an interpreter instrumented by ThreadSanitizer',
        unsupported: {
            os: 'win32',
            why: 'needs ThreadSanitizer, which CPython supports on Linux (gcc or clang) and macOS (clang) only; drop it on Windows runners',
        },
    },
};
/** The build a mode runs on. */
const buildOf = (mode) => MODE_TRAITS[mode].build;
/** Modes that run every test in several threads at once (pytest-run-parallel). */
const isStress = (mode) => MODE_TRAITS[mode].stress;
/** The modes meant to run without the GIL. */
const withoutGil = (mode) => MODE_TRAITS[mode].gil === 'off';
/** The `gil` input: PYTHON_GIL=0 in the modes without the GIL, or left unset to see what turns it on. */
const GIL_SETTINGS = (/* unused pure expression or super */ null && (['force-off', 'detect']));
/** PYTHON_GIL per mode: never on the standard build, where 0 is fatal at start-up. */
function pythonGilFor(mode, gil) {
    const traits = MODE_TRAITS[mode];
    if (traits.gil === 'on')
        return '1';
    if (traits.gil === 'off')
        return gil === 'force-off' ? '0' : undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/outcome.ts
/**
 * What happened to one test in one mode. crashed and hung are the test running when the mode died (or
 * when its pytest-xdist worker died).
 */
const OUTCOMES = (/* unused pure expression or super */ null && (['passed', 'failed', 'error', 'skipped', 'xfail', 'xpass', 'crashed', 'hung', 'absent']));
/** Outcomes that make a run fail. */
function outcome_isFailing(outcome) {
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

;// CONCATENATED MODULE: ./src/model/build.ts
/*
 * Builds of CPython and the names derived from a version: the words every stage shares.
 */
/** 3.14 of 3.14.2. */
function minorOf(version) {
    return version.split('.').slice(0, 2).join('.');
}
/** The ABI tag, cp314 or cp314t. */
function abiTag(version, build) {
    return `cp${minorOf(version).replace('.', '')}${build === 'freethreaded' ? 't' : ''}`;
}
/** The minor version a Python 3 tag names: 15 of cp315t, 8 of cp38, 12 of py312, 0 of py3; NaN of any other. */
function build_tagMinor(tag) {
    const match = /^(?:cp|py)3(\d*)t?$/.exec(tag);
    return match ? Number(match[1] || 0) : NaN;
}

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
/** Quotes a word for a POSIX shell when it needs it. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The name a mode's interpreter has on PATH: python3.14, or python3.14t for the free-threaded build. */
const pythonName = (version, mode) => `python${minorOf(version)}${buildOf(mode) === 'freethreaded' ? 't' : ''}`;
/**
 * The command that reproduces a test's failure in one mode on a developer's machine: the
 * interpreter by its PATH name, PYTHON_GIL as the mode set it, and pytest down to the test id,
 * with the stress options for a stress mode. Undefined when the suite is not run by pytest or
 * the test's node id is unknown.
 */
function reproduceCommand(nodeid, leg) {
    if (!nodeid || !runsPytest(leg.command))
        return undefined;
    const python = pythonName(leg.version, leg.mode);
    const words = [python, '-m', 'pytest', shellWord(nodeid)];
    if (leg.stress) {
        words.push(`--parallel-threads=${leg.stress.threads}`, `--iterations=${leg.stress.iterations}`);
    }
    const gil = leg.gil.pythonGil === null ? '' : `PYTHON_GIL=${leg.gil.pythonGil} `;
    return `${gil}${words.join(' ')}`;
}
/** The mode to reproduce a divergence in: the most telling one among those where it failed. */
function reproduceMode(outcomes) {
    return TELLING.find((mode) => outcomes[mode] !== undefined && outcome_isFailing(outcomes[mode]));
}

;// CONCATENATED MODULE: ./src/cli/reproduce-command.ts







/** The test by its id or node id (or the end of one), with its group. */
function findTest(report, wanted) {
    const matches = report.groups.flatMap((group) => group.tests
        .filter((t) => t.id === wanted || t.nodeid === wanted || (t.nodeid ?? '').endsWith(wanted))
        .map((test) => ({ test, group })));
    if (matches.length === 0)
        throw new CliError(2, `test: ${wanted} is not in the report; give its id or node id as the report lists it`);
    const divergent = matches.filter((m) => m.test.divergence && m.test.divergence !== 'common');
    return (divergent[0] ?? matches[0]);
}
/** The interpreter: --python, else python3.X(t) on PATH. */
async function interpreterFor(version, mode, given) {
    if (given) {
        if (!(0,external_node_fs_.existsSync)(given))
            throw new CliError(3, `--python: ${given} does not exist`);
        return given;
    }
    const name = pythonName(version, mode);
    const found = await (0,io/* which */.K7)(name, false);
    if (!found)
        throw new CliError(3, `no ${name} on PATH: install it (uv python install ${name.slice('python'.length)}) or give --python`);
    return found;
}
/** Runs the test until it fails or `untilFail` runs pass; the exit code: 1 when it failed, 0 when not. */
async function reproduce(report, wanted, options) {
    const { test, group } = findTest(report, wanted);
    if (options.mode !== undefined && !MODES.includes(options.mode))
        throw new CliError(2, `--mode: '${options.mode}' is not a mode; use ${MODES.join(', ')}`);
    const mode = options.mode ?? reproduceMode(test.outcomes) ?? Object.keys(test.outcomes)[0];
    const row = group.modes.find((m) => m.mode === mode);
    if (!row)
        throw new CliError(2, `--mode: ${mode} did not run in ${group.group}; its modes: ${group.modes.map((m) => m.mode).join(', ')}`);
    const python = await interpreterFor(row.version, mode, options.python);
    const args = ['-m', 'pytest', test.nodeid ?? test.id, '-p', 'no:cacheprovider', '-q'];
    if (row.stress)
        args.push(`--parallel-threads=${row.stress.threads}`, `--iterations=${row.stress.iterations}`);
    const env = { ...process.env };
    delete env.PYTHON_GIL;
    if (row.gil.pythonGil !== null)
        env.PYTHON_GIL = row.gil.pythonGil;
    const gil = row.gil.pythonGil === null ? '' : `PYTHON_GIL=${row.gil.pythonGil} `;
    options.out(`${mode} in ${group.group}: ${gil}${python} ${args.join(' ')}\n`);
    const runs = Math.max(1, options.untilFail);
    for (let run = 1; run <= runs; run++) {
        const result = (0,external_node_child_process_.spawnSync)(python, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (result.error)
            throw new CliError(3, `${python} could not start: ${result.error.message}`);
        // pytest's 2 to 5: interrupted, an internal or usage error, nothing collected: the test did not run.
        if (result.status !== null && result.status >= 2 && result.status <= 5) {
            options.out(`${result.stdout}${result.stderr}`);
            throw new CliError(3, `the test did not run (pytest exit ${result.status}): run from the project's folder, in an environment that has it installed, or give --python`);
        }
        const failed = result.status !== 0 || result.signal !== null;
        if (failed) {
            options.out(`${result.stdout}${result.stderr}`);
            const how = result.signal ? `crashed (${result.signal})` : `failed (exit ${result.status})`;
            options.out(`\n${how} on run ${run}${runs > 1 ? ` of at most ${runs}` : ''}: reproduced\n`);
            return 1;
        }
        if (runs === 1)
            options.out(result.stdout);
    }
    const was = Object.entries(test.outcomes)
        .filter(([, o]) => o && outcome_isFailing(o))
        .map(([m, o]) => `${o} in ${m}`);
    options.out(`passed ${runs} of ${runs} runs: not reproduced here${was.length ? ` (in the report: ${was.join(', ')})` : ''}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts







/*
 * The command-line door to what the action does (`setup-python-ft`): its subcommands, their flags
 * (named like the action's inputs), --help on each, --version, and the exit codes: 0 the modes
 * agreed (or the test did not fail), 1 they diverged (or it failed), 2 a usage error, 3 the
 * environment (an interpreter that is not there).
 */
const FORMATS = ['text', 'markdown', 'json', 'junit'];
function readReport(file) {
    try {
        return readReportFile(file);
    }
    catch (error) {
        if (error instanceof ReportFileError)
            throw new CliError(2, error.message);
        throw error;
    }
}
/** The exit code of a report: 1 when the modes disagree or a suite could not start. */
const exitOf = (report) => (report.outcome === 'diverged' || report.outcome === 'not-run' ? 1 : 0);
function program(out, setExit) {
    const cli = new commander/* Command */.uB('setup-python-ft')
        .description('Run, reproduce and read the free-threaded CPython comparisons of setup-python-ft')
        .version(package_namespaceObject.rE, '-V, --version')
        .showHelpAfterError('(run with --help for the usage)')
        .exitOverride();
    cli
        .command('report')
        .description("Print a report (the action's report-path file, or from its artifact) in the terminal")
        .argument('<report.json>', 'the JSON report (schema setup-python-ft/report@1)')
        .addOption(new commander/* Option */.c$('--format <format>', 'how to print it').choices(FORMATS).default('text'))
        .action((file, options) => {
        const report = readReport(file);
        if (options.format === 'json')
            out(`${JSON.stringify(report, null, 2)}\n`);
        else if (options.format === 'junit')
            out(renderJunit(report));
        else if (options.format === 'markdown')
            out(renderReport(report, MARKDOWN, process.cwd()));
        else {
            const style = wantsColour(process.env, process.stdout.isTTY === true) ? COLOURED : PLAIN;
            out(renderReport(report, style, process.cwd()));
        }
        setExit(exitOf(report));
    });
    cli
        .command('reproduce')
        .description('Run one test of a report in the mode where it diverged, as that mode ran it')
        .argument('<report.json>', 'the JSON report')
        .argument('<test>', 'the test: its id or node id, as the report lists it')
        .option('--mode <mode>', 'the mode to run it in (default: where it failed)')
        .option('--python <path>', 'the interpreter (default: python3.X or python3.Xt on PATH)')
        .option('--until-fail <runs>', 'run it again until it fails, at most this many times', parseRuns, 1)
        .action(async (file, test, options) => {
        setExit(await reproduce(readReport(file), test, { ...options, out }));
    });
    return cli;
}
function parseRuns(value) {
    const runs = Number(value);
    if (!Number.isInteger(runs) || runs < 1 || runs > 100_000)
        throw new CliError(2, `--until-fail: '${value}' is not a number of runs; give 1 to 100000`);
    return runs;
}
/** Runs the command line; its exit code. */
async function main(argv, out = (text) => void process.stdout.write(text)) {
    let code = 0;
    const err = (text) => void process.stderr.write(text);
    try {
        await program(out, (c) => (code = c))
            .configureOutput({ writeOut: out, writeErr: err })
            .parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (error) {
        if (error instanceof CliError) {
            err(`setup-python-ft: ${error.message}\n`);
            return error.exitCode;
        }
        if (error instanceof commander/* CommanderError */.b7) {
            // --help and --version end here too, with 0; a usage error was printed by commander.
            return error.exitCode === 0 ? 0 : 2;
        }
        throw error;
    }
}


/***/ })

};
