from ftdemo.registry import lookup, register

_scratch = []


def test_handles_find_their_objects():
    """Passes single-threaded on both builds, and under threads with the GIL; without it two
    threads get the same handle and one finds the other's object."""
    objects = [object() for _ in range(5000)]
    handles = [register(o) for o in objects]
    assert all(lookup(h) is o for h, o in zip(handles, objects))


def test_scratch_in_order():
    """Thread-unsafe as a test: every thread shares the module's scratch list, on any build."""
    _scratch.clear()
    for i in range(2000):
        _scratch.append(i)
    assert _scratch == list(range(2000))


def test_registry_kinds():
    """Safe under threads everywhere: each thread checks only what it registered."""
    handle = register("x", kind="text")
    assert lookup(handle) == "x"
