from ftdemo import _undeclared

THREADS = 4


def test_unlocked_c_stack(long_switch_interval, run_together):
    """The C stack relies on the GIL; without it, concurrent pops use or free a freed node (SIGSEGV or SIGABRT)."""

    def churn():
        for i in range(1_000_000):
            _undeclared.push(i)
            _undeclared.pop()
            _undeclared.pop()

    run_together(*[churn] * THREADS)
