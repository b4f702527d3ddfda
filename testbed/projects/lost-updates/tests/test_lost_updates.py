"""Two races of shared state between threads: lost updates on an attribute (`box.n += 1` is a read,
an add and a write), and a lazily built object built twice (a check, then an act). Threads that
really run at once, on the free-threaded build, lose updates whenever they overlap; the check and
the act are a few instructions apart, so the second race shows only now and then."""

import sys
import threading

import pytest


class Box:
    def __init__(self):
        self.n = 0


def race(increments, threads=2):
    """Threads that add `increments` each, started together; the total they should reach, and reached."""
    box = Box()
    start = threading.Barrier(threads)

    def work():
        start.wait()
        for _ in range(increments):
            box.n += 1

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return threads * increments, box.n


@pytest.fixture
def long_switch_interval():
    """With the GIL, no switch between a read and its write: the standard build loses no update."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    yield
    sys.setswitchinterval(before)


def test_often(long_switch_interval):
    """Long overlap, five times over: loses updates in every run on the free-threaded build, even
    while another process keeps the other core busy."""
    for _ in range(5):
        expected, reached = race(50_000, threads=4)
        assert reached == expected


class Registry:
    """Something meant to be built once (a table its users share)."""

    def __init__(self):
        self.entries = {}


_registry = None


def registry():
    """Built on first use; two threads that both see None in the same instant both build one."""
    global _registry
    if _registry is None:
        _registry = Registry()
    return _registry


def test_rarely():
    """Two threads let go at the same instant ask for the registry: now and then (about 1 run in 10 on
    the free-threaded build with the GIL off, on 2 cores) both build it and get different ones."""
    global _registry
    _registry = None
    arrived = threading.Semaphore(0)
    go = threading.Event()
    got = []

    def work():
        arrived.release()
        while not go.is_set():
            pass
        got.append(registry())

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for _ in workers:
        arrived.acquire()
    go.set()
    for worker in workers:
        worker.join()
    assert got[0] is got[1]


def test_no_threads():
    assert sum(range(10)) == 45
