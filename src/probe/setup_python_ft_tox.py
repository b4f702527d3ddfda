"""The tox half of setup-python-ft, loaded through a `tox` entry point the action places in each
mode's venv, so only a tox running there sees it.

- PYTHON_GIL reaches free-threaded interpreters only. A mode without the GIL sets PYTHON_GIL=0, and
  tox passes PYTHON_GIL on by default (since 4.26); a standard build dies at start-up on it, in
  tox's interpreter discovery as in the env. So it leaves tox's own environment as this module is
  imported, before any env is configured, and each env whose base interpreter is free-threaded
  gets it back before it installs or runs anything.
- Every env passes on PYTEST_ADDOPTS (the JUnit file the action reads) and SETUP_PYTHON_FT_*.
"""

import os
import subprocess

from tox.plugin import impl

_PYTHON_GIL = os.environ.pop("PYTHON_GIL", None)
_PASSED_ON = ("PYTEST_ADDOPTS", "SETUP_PYTHON_FT_*")
_settled = set()


@impl
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
    known = getattr(info, "free_threaded", None)
    if known is not None:
        return bool(known)
    # tox before 4.26 does not say: ask the interpreter.
    executable = (getattr(info, "extra", None) or {}).get("executable")
    if not executable:
        return False
    probe = "import sysconfig; print(bool(sysconfig.get_config_var('Py_GIL_DISABLED')))"
    out = subprocess.run([str(executable), "-c", probe], capture_output=True, text=True, check=False)
    return out.stdout.strip() == "True"


def _hand_back_python_gil(tox_env):
    if _PYTHON_GIL is None or id(tox_env) in _settled:
        return
    _settled.add(id(tox_env))
    if _free_threaded(tox_env):
        # A PYTHON_GIL of the env's own set_env wins.
        tox_env.conf["set_env"].update({"PYTHON_GIL": _PYTHON_GIL}, override=False)


@impl
def tox_on_install(tox_env, arguments, section, of_type):
    _hand_back_python_gil(tox_env)


@impl
def tox_before_run_commands(tox_env):
    _hand_back_python_gil(tox_env)
