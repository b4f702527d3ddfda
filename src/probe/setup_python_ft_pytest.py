"""The pytest half of the GIL probe: per-test outcomes, the test during which the GIL came back
on, and selection of test ids for reruns and resumes. Loaded through a pytest11 entry point
that the action places in each venv."""

import os

import pytest

from setup_python_ft_probe import (
    State,
    arm_deadline,
    disarm_test,
    emit,
    gil,
    note_extensions,
    note_gil_warning,
    test_id,
    tsan_offset,
)


_reports = {}
_gil_before = {}


def _read_ids(variable):
    path = os.environ.get(variable)
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f if line.strip()}


def pytest_collection_modifyitems(session, config, items):
    keep = _read_ids("SETUP_PYTHON_FT_SELECT")
    drop = _read_ids("SETUP_PYTHON_FT_DESELECT") or set()
    if keep is None and not drop:
        return
    selected, deselected = [], []
    for item in items:
        tid = test_id(item.nodeid)
        wanted = (keep is None or tid in keep) and tid not in drop
        (selected if wanted else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


_config = [None]

# Process state that pytest-run-parallel 0.10 does not keep to one thread by itself: logging capture
# swaps the root logger's handlers, and these calls change the whole process under the other
# threads. Its own lists (capsys, monkeypatch, recwarn, warnings.catch_warnings, unittest.mock,
# gc.collect) stay as they are; `self.` is how it matches a TestCase method.
THREAD_UNSAFE_FIXTURES = ("caplog",)
THREAD_UNSAFE_FUNCTIONS = (
    "self.assertLogs",
    "self.assertNoLogs",
    "contextlib.redirect_stdout",
    "contextlib.redirect_stderr",
    "os.chdir",
    "os.putenv",
    "os.unsetenv",
    "os.environ.update",
    "os.environ.pop",
    "os.environ.setdefault",
    "os.environ.clear",
    "sys.setrecursionlimit",
    "locale.setlocale",
    "signal.signal",
)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    _config[0] = config
    # Added to the project's own values (addinivalue_line appends), before pytest-run-parallel
    # reads them in its own pytest_configure; nothing when it is not installed.
    for name, lines in (
        ("thread_unsafe_fixtures", THREAD_UNSAFE_FIXTURES),
        ("thread_unsafe_functions", THREAD_UNSAFE_FUNCTIONS),
    ):
        try:
            known = list(config.getini(name))
        except ValueError:
            continue
        for line in lines:
            if line not in known:
                config.addinivalue_line(name, line)


def _threads(nodeid):
    """How pytest-run-parallel ran the test: its threads, and why it kept it to one."""
    plugin = _config[0] and _config[0].pluginmanager.get_plugin("_run-parallel")
    if plugin is None or str(getattr(_config[0].option, "parallel_threads", 1)) == "1":
        return {}
    parallel = getattr(plugin, "run_in_parallel", {}).get(nodeid)
    if parallel:
        return {"threads": parallel}
    reason = getattr(plugin, "thread_unsafe", {}).get(nodeid)
    return {"threads": 1, "single": str(reason) if reason else "run with one thread"}


def _where(location):
    """An absolute file (pytest's are relative to its rootdir) and a 1-based line."""
    file, line = location[0], location[1]
    if _config[0] is not None and not os.path.isabs(file):
        file = os.path.join(str(_config[0].rootpath), file)
    return file, (line + 1 if isinstance(line, int) else None)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    yield
    # After the last test, what is left (fixtures torn down, a coverage report, threads joined) has
    # the mode's whole deadline, not the last test's share of it.
    if nextitem is None:
        arm_deadline()


def pytest_runtest_logstart(nodeid, location):
    arm_deadline(test_starts=True)
    note_extensions()
    State.current = test_id(nodeid)
    _gil_before[nodeid] = gil()
    file, line = _where(location)
    event = {"e": "test-start", "id": State.current, "nodeid": nodeid, "file": file, "line": line}
    event.update(_threads(nodeid))
    if tsan_offset() is not None:
        event["tsan"] = tsan_offset()
    emit(event)


def pytest_runtest_logreport(report):
    if _xdist_crash(report):
        return
    _reports.setdefault(report.nodeid, []).append(report)


def _xdist_crash(report):
    """pytest-xdist's report of a worker that died under a test: it comes with no logfinish."""
    text = report.longrepr if isinstance(report.longrepr, str) else ""
    if getattr(report, "when", None) != "???" or " crashed while running " not in text:
        return False
    emit(
        {
            "e": "test",
            "id": test_id(report.nodeid),
            "nodeid": report.nodeid,
            "file": _where((report.location[0], None))[0],
            "line": None,
            "outcome": "crashed",
            "message": text[:1000],
            "details": text[:4000],
            "time": 0,
        }
    )
    return True


def _outcome(reports):
    outcome, failed = "passed", None
    for report in reports:
        if report.failed:
            outcome = "failed" if report.when == "call" and outcome != "error" else "error"
            failed = failed or report
        elif report.skipped and outcome == "passed":
            outcome = "xfail" if hasattr(report, "wasxfail") else "skipped"
            failed = failed or report
        elif report.when == "call" and report.passed and hasattr(report, "wasxfail") and outcome == "passed":
            outcome = "xpass"
    return outcome, failed


def _message(report):
    if report is None:
        return None, None
    crash = getattr(report.longrepr, "reprcrash", None)
    details = report.longreprtext or ""
    if crash is not None:
        message = crash.message
    elif isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        message = str(report.longrepr[2])
    else:
        message = details.strip().splitlines()[-1] if details.strip() else None
    return (message or "")[:1000], details[:4000]


def pytest_runtest_logfinish(nodeid, location):
    disarm_test()
    reports = _reports.pop(nodeid, [])
    outcome, failed = _outcome(reports)
    message, details = _message(failed)
    file, line = _where(location)
    tid = test_id(nodeid)
    event = {
        "e": "test",
        "id": tid,
        "nodeid": nodeid,
        "file": file,
        "line": line,
        "outcome": outcome,
        "message": message,
        "details": details,
        "time": round(sum(getattr(r, "duration", 0) for r in reports), 6),
    }
    event.update(_threads(nodeid))
    if tsan_offset() is not None:
        event["tsan"] = tsan_offset()
    emit(event)
    if not _gil_before.pop(nodeid, True) and gil():
        emit({"e": "gil-enabled", "id": tid, "module": None, "when": "test"})
    State.current = None


def pytest_collectreport(report):
    if report.failed:
        message, details = _message(report)
        emit(
            {
                "e": "test",
                "id": test_id(report.nodeid),
                "nodeid": report.nodeid,
                "file": _where((report.fspath, None))[0],
                "line": None,
                "outcome": "error",
                "message": message or "collection failed",
                "details": details,
                "time": 0,
            }
        )


def pytest_warning_recorded(warning_message, when, nodeid, location):
    # Recorded after the test's logfinish: the node id says which test it was.
    note_gil_warning(warning_message.message, "test" if nodeid else when, test_id(nodeid) if nodeid else None)
