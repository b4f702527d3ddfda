"""Thread-unsafe Python code that the GIL happens to protect."""

import threading
import time


class Counter:
    """A counter without a lock: a read, some bookkeeping, then a write."""

    def __init__(self) -> None:
        self.value = 0

    def increment(self) -> None:
        current = self.value
        _bookkeeping()  # the window: a thread that reads now writes back a stale count
        self.value = current + 1


def _bookkeeping() -> None:
    """A little pure-Python work between the read and the write. Under the GIL (with a long switch
    interval) the thread keeps the GIL through it; without the GIL another thread runs meanwhile,
    also when the threads only share a crowded core."""
    for _ in range(10):
        pass


def _work_between_locks() -> None:
    """Some work while holding the first lock: pure Python, so the GIL stays held meanwhile."""
    for _ in range(20):
        pass


def transfer_both_ways(seconds: float) -> None:
    """Two threads take two locks in opposite orders, each for `seconds`: a lock-ordering deadlock.

    Under the GIL (with a long switch interval) each thread runs its whole time without being
    preempted, so they never hold one lock each. Without it they run at once and deadlock within
    moments; the work between the two acquisitions and the time bound (rather than a count of
    rounds) keep that true when the threads share a crowded core and are only time-sliced."""
    a, b = threading.Lock(), threading.Lock()

    def take(first: threading.Lock, second: threading.Lock) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            with first:
                _work_between_locks()
                with second:
                    pass

    threads = [threading.Thread(target=take, args=(a, b)), threading.Thread(target=take, args=(b, a))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
