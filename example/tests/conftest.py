import sys
import threading

import pytest


@pytest.fixture
def long_switch_interval():
    """Under the GIL, a thread runs until it blocks or this interval ends: with a long one, a thread
    finishes its short work before another runs, even on a crowded machine where a second of wall
    time buys little CPU. Without the GIL, threads run at the same time anyway."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(60.0)
    yield
    sys.setswitchinterval(previous)


@pytest.fixture
def run_together():
    """Runs each target in its own thread, all released at once by a barrier, and joins them."""

    def run(*targets):
        start = threading.Barrier(len(targets))

        def released(target):
            start.wait()
            target()

        threads = [threading.Thread(target=released, args=(t,)) for t in targets]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    return run
