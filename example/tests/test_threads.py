from ftdemo.shared import Counter, transfer_both_ways

THREADS = 4
INCREMENTS = 20_000


def test_counter_race(long_switch_interval, run_together):
    """Lost updates: frequent with the GIL off, none while the GIL serialises the threads."""
    for _ in range(5):
        counter = Counter()

        def work():
            for _ in range(INCREMENTS):
                counter.increment()

        run_together(*[work] * THREADS)
        assert counter.value == THREADS * INCREMENTS


def test_lock_ordering(long_switch_interval):
    """Deadlocks only when both threads really run at once: hangs on the free-threaded build."""
    transfer_both_ways(seconds=1.0)
