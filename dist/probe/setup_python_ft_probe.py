"""The GIL probe of setup-python-ft.

Loaded into every interpreter of a mode's run through a .pth file in the mode's virtual
environment; its pytest half (setup_python_ft_pytest) comes from a pytest11 entry point of
the venv. It does nothing unless SETUP_PYTHON_FT_PROBE names a directory. There it writes
probe-<pid>.jsonl, one JSON event per line, flushed as it goes so that a crash or a kill leaves
everything up to that point:

  {"e": "start", "pid", "argv", "gil", "freethreaded"}          interpreter start
  {"e": "test-start", "id", "nodeid", "file", "line"}            a pytest test begins
  {"e": "test", "id", "nodeid", "file", "line", "outcome", "message", "details", "time"}
      both also carry "threads" (and "single", pytest-run-parallel's reason for one thread)
      when the run stresses tests in threads
  {"e": "gil-enabled", "id", "module", "when"}                    the GIL came back on
  {"e": "extensions", "extensions": [{"name", "file", "stdlib"}]}  extension modules loaded so far
  {"e": "end", "gil"}                                             interpreter exit

In the freethreaded-tsan mode (SETUP_PYTHON_FT_TSAN_LOG, TSan's log_path), test-start and test also
carry "tsan": the size of this process's report file then, so that each report is put to the test
that was running when ThreadSanitizer wrote it.

SETUP_PYTHON_FT_DEADLINE (epoch seconds) arms faulthandler to dump every thread's traceback to
hang-<pid>.txt and exit when the mode's time is up; with SETUP_PYTHON_FT_HANG_SHARE (0.75) a single
test may use only that share of the time left when it starts, so the run can resume after it. SETUP_PYTHON_FT_SELECT / _DESELECT name files
of test ids (one per line) to keep or drop, for reruns and for resuming after a crash.
"""

import atexit
import json
import os
import re
import sys
import time

_DIR = os.environ.get("SETUP_PYTHON_FT_PROBE")
_TSAN_LOG = os.environ.get("SETUP_PYTHON_FT_TSAN_LOG")
_GIL_WARNING = re.compile(r"The global interpreter lock \(GIL\) has been enabled to load module '([^']+)'")
_out = None
_hang_file = None
_reported_gil = set()


class State:
    """The pytest test running now, set by the pytest plugin."""

    current = None


def gil():
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else bool(check())


def emit(event):
    if _out is None:
        return
    try:
        _out.write(json.dumps(event, ensure_ascii=True) + "\n")
        _out.flush()
    except (OSError, ValueError):
        pass


def tsan_offset():
    """How far this process's ThreadSanitizer report file has got (None outside the TSan mode)."""
    if not _TSAN_LOG:
        return None
    try:
        return os.path.getsize("%s.%d" % (_TSAN_LOG, os.getpid()))
    except OSError:
        return 0


def test_id(nodeid):
    """The id pytest's junitxml gives a test: classname::name (see mangle_test_address)."""
    path, bracket, params = nodeid.partition("[")
    names = path.split("::")
    names[0] = re.sub(r"\.py$", "", names[0].replace("/", "."))
    names[-1] += bracket + params
    classname = ".".join(names[:-1])
    return classname + "::" + names[-1] if classname else names[-1]


def _extensions(known):
    import importlib.machinery
    import sysconfig

    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    stdlib_dirs = tuple(
        os.path.normcase(os.path.realpath(p))
        for p in {sysconfig.get_path("stdlib"), sysconfig.get_path("platstdlib")}
        if p
    )
    found = []
    for name, module in list(sys.modules.items()):
        if name in known:
            continue
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(suffixes):
            continue
        real = os.path.normcase(os.path.realpath(file))
        stdlib = real.startswith(stdlib_dirs) and "site-packages" not in real
        found.append({"name": name, "file": file, "stdlib": stdlib})
    return found


_seen_extensions = set()
_modules_count = [0]


def note_extensions():
    """Emits the extension modules loaded since the last call (cheap when nothing was imported)."""
    if len(sys.modules) == _modules_count[0]:
        return
    _modules_count[0] = len(sys.modules)
    new = _extensions(_seen_extensions)
    _seen_extensions.update(module["name"] for module in new)
    if new:
        emit({"e": "extensions", "extensions": new})


def note_gil_warning(message, when, test=None):
    match = _GIL_WARNING.search(str(message))
    if match and match.group(1) not in _reported_gil:
        _reported_gil.add(match.group(1))
        emit({"e": "gil-enabled", "id": test or State.current, "module": match.group(1), "when": when})


_armed_until = [None]
# When the dump armed by the probe fires; None when none is (or someone else's replaced it).
_fires_at = [None]
# faulthandler's own functions: the module's names are wrapped (_watch_faulthandler).
_faulthandler_arm = [None]
# Arming starts a new watchdog thread (a third of a millisecond on a busy machine, per call): a dump
# armed to fire at most this many seconds before the limit asked for is kept.
REARM_SLACK = 1.0


def arm_deadline(test_starts=False):
    """Dumps every thread's traceback and exits when the mode's time is up. A test that starts may
    use SETUP_PYTHON_FT_HANG_SHARE of the time left (when the run can resume after a hang), so that
    the rest of the suite keeps the remainder; called again during the test, the limit stays. A dump
    the probe armed to fire within REARM_SLACK before the limit is kept."""
    if _hang_file is None:
        return
    now = time.time()
    deadline = float(os.environ["SETUP_PYTHON_FT_DEADLINE"])
    share = float(os.environ.get("SETUP_PYTHON_FT_HANG_SHARE") or 1)
    if test_starts:
        _armed_until[0] = now + (deadline - now) * share
    until = _armed_until[0] if _armed_until[0] is not None else deadline
    fires = _fires_at[0]
    if fires is not None and until - REARM_SLACK <= fires <= until:
        return
    _faulthandler_arm[0](max(until - now, 0.1), exit=True, file=_hang_file)
    _fires_at[0] = until


def _watch_faulthandler():
    """Anyone else arming faulthandler's dump (pytest's faulthandler_timeout, a test's own) replaces
    the probe's (faulthandler keeps one): noted, so that the next test's start arms the probe's again.
    Anyone cancelling it (pytest after each test and on a failure) has the probe's armed again at
    once: the current test's limit, or the mode's deadline between tests."""
    import faulthandler

    arm, cancel = faulthandler.dump_traceback_later, faulthandler.cancel_dump_traceback_later
    _faulthandler_arm[0] = arm

    def dump_traceback_later(*args, **kwargs):
        _fires_at[0] = None
        return arm(*args, **kwargs)

    def cancel_dump_traceback_later():
        _fires_at[0] = None
        cancel()
        arm_deadline()

    faulthandler.dump_traceback_later = dump_traceback_later
    faulthandler.cancel_dump_traceback_later = cancel_dump_traceback_later


def disarm_test():
    """A test ended. The dump armed for it stays until the next test starts and arms its own (its limit
    is a share of the time then left, at most REARM_SLACK later): re-arming twice a test would start
    two watchdog threads per test. After the last test, the pytest half arms the mode's deadline."""
    _armed_until[0] = None


def _at_exit():
    note_extensions()
    emit({"e": "end", "gil": gil()})


def _activate():
    global _out, _hang_file
    os.makedirs(_DIR, exist_ok=True)
    _out = open(os.path.join(_DIR, "probe-%d.jsonl" % os.getpid()), "a", encoding="utf-8")
    emit(
        {
            "e": "start",
            "pid": os.getpid(),
            "argv": sys.argv[:8],
            "gil": gil(),
            "freethreaded": bool(__import__("sysconfig").get_config_var("Py_GIL_DISABLED")),
        }
    )
    atexit.register(_at_exit)

    if os.environ.get("SETUP_PYTHON_FT_DEADLINE"):
        _hang_file = open(os.path.join(_DIR, "hang-%d.txt" % os.getpid()), "w")
        _watch_faulthandler()
        arm_deadline()

    import warnings

    shown = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        note_gil_warning(message, "import")
        return shown(message, category, filename, lineno, file, line)

    warnings.showwarning = showwarning


if _DIR and not getattr(sys, "_setup_python_ft_probe", False):
    sys._setup_python_ft_probe = True
    try:
        _activate()
    except OSError:
        _out = None
