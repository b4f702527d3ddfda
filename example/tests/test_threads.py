import threading

from ftdemo.shared import Counter, transfer_both_ways

THREADS = 4
INCREMENTS = 20_000


def test_counter_race(long_switch_interval):
    """Lost updates: frequent with the GIL off, none while the GIL serialises the threads."""
    for _ in range(5):
        counter = Counter()
        start = threading.Barrier(THREADS)

        def work():
            start.wait()
            for _ in range(INCREMENTS):
                counter.increment()

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert counter.value == THREADS * INCREMENTS


def test_lock_ordering(long_switch_interval):
    """Deadlocks only when both threads really run at once: hangs on the free-threaded build."""
    transfer_both_ways(200_000)
