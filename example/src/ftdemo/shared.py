"""Thread-unsafe Python code that the GIL happens to protect."""

import threading


class Counter:
    """A counter without a lock: `value = value + 1` is a read, then a write."""

    def __init__(self) -> None:
        self.value = 0

    def increment(self) -> None:
        current = self.value
        self.value = current + 1


def transfer_both_ways(rounds: int) -> None:
    """Two threads take two locks in opposite orders: a classic lock-ordering deadlock."""
    a, b = threading.Lock(), threading.Lock()

    def forward() -> None:
        for _ in range(rounds):
            with a, b:
                pass

    def backward() -> None:
        for _ in range(rounds):
            with b, a:
                pass

    threads = [threading.Thread(target=forward), threading.Thread(target=backward)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
