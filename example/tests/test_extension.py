import threading

from ftdemo import _undeclared


def test_unlocked_c_stack(long_switch_interval):
    """The C stack relies on the GIL; without it, concurrent pops free a node twice (SIGABRT)."""
    start = threading.Barrier(2)

    def churn():
        start.wait()
        for i in range(200_000):
            _undeclared.push(i)
            _undeclared.pop()
            _undeclared.pop()

    threads = [threading.Thread(target=churn) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
