import pytest


@pytest.mark.thread_unsafe(reason="ftdemo._undeclared is not thread-safe: its stack relies on the GIL")
def test_loads_undeclared_late():
    """Imports the undeclared extension inside a test: with gil: detect, the GIL comes back on here,
    and every later test runs with it."""
    from ftdemo import _undeclared

    _undeclared.push(1)
    assert _undeclared.pop() == 1
