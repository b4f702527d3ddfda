from ftdemo import _tally


def test_tally_grows(run_together):
    """Passes in every mode: four threads bump one C counter that has no lock (ftdemo/_tally.c), and
    the tally only has to grow. The data race is real without the GIL; freethreaded-tsan reports it."""
    before = _tally.value()
    run_together(*[lambda: _tally.bump(1_000_000)] * 4)
    assert _tally.value() > before
