import threading

from ftdemo import _undeclared

THREADS = 4


def test_unlocked_c_stack(long_switch_interval):
    """The C stack relies on the GIL; without it, concurrent pops use or free a freed node (SIGSEGV or SIGABRT)."""
    start = threading.Barrier(THREADS)

    def churn():
        start.wait()
        for i in range(1_000_000):
            _undeclared.push(i)
            _undeclared.pop()
            _undeclared.pop()

    threads = [threading.Thread(target=churn) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
