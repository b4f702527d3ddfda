"""A module-level handle registry that is thread-safe under the GIL only by accident."""

_objects = {}
_next_handle = 0


def register(obj, kind="object"):
    """Gives obj a handle. The read of _next_handle and its write have no call or loop between
    them, so the GIL never switches threads in between: atomic with the GIL, by accident. Without
    it two threads read the same handle, and the later record overwrites the earlier one."""
    global _next_handle
    handle = _next_handle
    _objects[handle] = {
        "handle": handle,
        "kind": kind,
        "object": obj,
        "hex": f"{handle:#010x}",
        "tag": f"{kind}:{handle:06d}",
        "path": f"/{kind}/{handle // 1000}/{handle % 1000:03d}",
    }
    _next_handle = handle + 1
    return handle


def lookup(handle):
    return _objects[handle]["object"]
