"""Thread-unsafe Python code that the GIL happens to protect."""

import threading
import time


class Counter:
    """A counter without a lock: `value = value + 1` is a read, then a write."""

    def __init__(self) -> None:
        self.value = 0

    def increment(self) -> None:
        current = self.value
        self.value = current + 1


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
