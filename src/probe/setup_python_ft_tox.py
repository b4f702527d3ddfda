"""The tox half of setup-python-ft, loaded through a `tox` entry point the action places in each
mode's venv, so only a tox running there sees it.

- PYTHON_GIL reaches free-threaded interpreters only. A mode without the GIL sets PYTHON_GIL=0, and
  tox passes PYTHON_GIL on by default (since 4.26); a standard build dies at start-up on it, in
  tox's interpreter discovery as in the env. So it leaves tox's own environment as this module is
  imported, before any env is configured, and each env whose base interpreter is free-threaded
  gets it back before it installs or runs anything.
- Every env passes on PYTEST_ADDOPTS (the JUnit file the action reads, one per env) and
  SETUP_PYTHON_FT_*.

tox 3 reads the same entry point group: there this module does nothing.
"""

import os
import subprocess

try:
    from tox.plugin import impl
except ImportError:  # tox 3
    impl = None

_PYTHON_GIL = os.environ.pop("PYTHON_GIL", None) if impl else None
_PASSED_ON = ("PYTEST_ADDOPTS", "SETUP_PYTHON_FT_*")
_settled = set()


def _hook(function):
    return impl(optionalhook=True)(function) if impl else function


@_hook
def tox_add_env_config(env_conf, state):
    pass_env = env_conf["pass_env"]
    pass_env.extend(name for name in _PASSED_ON if name not in pass_env)


def _free_threaded(tox_env):
    try:
        info = tox_env.base_python
    except Exception:
        return False
    if info is None:
        return False
    if getattr(info, "free_threaded", None):
        return True
    # tox before 4.26 does not say, and a runner plugin may leave it False: ask the interpreter.
    executable = (getattr(info, "extra", None) or {}).get("executable")
    if not executable:
        return False
    probe = "import sysconfig; print(bool(sysconfig.get_config_var('Py_GIL_DISABLED')))"
    out = subprocess.run([str(executable), "-c", probe], capture_output=True, text=True, check=False)
    return out.stdout.strip() == "True"


def _settle(tox_env):
    if id(tox_env) in _settled:
        return
    _settled.add(id(tox_env))
    changes = {}
    if _PYTHON_GIL is not None:
        if _free_threaded(tox_env):
            changes["PYTHON_GIL"] = _PYTHON_GIL
        else:
            print(f"setup-python-ft: {tox_env.name} runs on a build with the GIL: PYTHON_GIL left out")
    # Each env writes a JUnit file of its own: two envs of one run never overwrite each other.
    junit = os.environ.get("SETUP_PYTHON_FT_JUNIT")
    addopts = os.environ.get("PYTEST_ADDOPTS", "")
    if junit and junit in addopts:
        changes["PYTEST_ADDOPTS"] = addopts.replace(junit, f"{junit[:-4]}-{tox_env.name}.xml")
    if changes:
        # A value of the env's own set_env wins.
        tox_env.conf["set_env"].update(changes, override=False)


@_hook
def tox_on_install(tox_env, arguments, section, of_type):
    _settle(tox_env)


@_hook
def tox_before_run_commands(tox_env):
    _settle(tox_env)
