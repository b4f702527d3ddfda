import sys

import pytest


@pytest.fixture
def long_switch_interval():
    """Under the GIL, a thread runs until it blocks or this interval ends: with a long one, short
    critical sections never interleave. Without the GIL, threads run at the same time anyway."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    yield
    sys.setswitchinterval(previous)
