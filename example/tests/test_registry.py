from ftdemo.registry import lookup, register

_events = []


def test_handles_find_their_objects():
    """Passes single-threaded on both builds, and under threads with the GIL; without it two
    threads get the same handle and one finds the other's object."""
    objects = [object() for _ in range(5000)]
    handles = [register(o) for o in objects]
    assert all(lookup(h) is o for h, o in zip(handles, objects))


def test_event_logged_once():
    """Thread-unsafe as a test: it expects the module's event log to hold only its own event,
    true when it runs alone, false as soon as two threads run it, on any build."""
    _events.append("saved")
    assert _events.count("saved") == 1


def test_registry_kinds():
    """Safe under threads everywhere: each thread checks only what it registered."""
    handle = register("x", kind="text")
    assert lookup(handle) == "x"
