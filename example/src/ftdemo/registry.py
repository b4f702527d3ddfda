"""A module-level handle registry that is thread-safe under the GIL only by accident."""

from ftdemo import _declared

_objects = {}


def register(obj, kind="object"):
    """Gives obj a handle from the extension's counter. Under the GIL each next_handle() call runs
    whole, so handles are unique; the extension declares it needs no GIL, and without it two
    threads can get the same handle, and the later record replaces the earlier one."""
    handle = _declared.next_handle()
    _objects[handle] = {"handle": handle, "kind": kind, "object": obj}
    return handle


def lookup(handle):
    return _objects[handle]["object"]
