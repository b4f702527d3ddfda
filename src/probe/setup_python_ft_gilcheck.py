"""Which of these extension modules turn the GIL back on? Used by setup-python-ft after a run.

Under PYTHON_GIL=0 CPython never warns, so the run itself cannot tell. This imports the modules a
run loaded, in a fresh interpreter without PYTHON_GIL, and stops at the first import that enables
the GIL (later ones cannot be judged in the same process). It prints one JSON line:
{"undeclared": name or null, "next": index to resume from in a new process}.
Usage: python setup_python_ft_gilcheck.py MODULES_JSON START
"""

import importlib
import json
import os
import re
import sys
import warnings

GIL_WARNING = re.compile(r"module '([^']+)', which has not declared")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        modules = json.load(f)
    start = int(sys.argv[2])
    for index in range(start, len(modules)):
        name, file = modules[index]["name"], modules[index]["file"]
        root = os.path.dirname(file)
        for _ in range(name.count(".")):
            root = os.path.dirname(root)
        if root not in sys.path:
            sys.path.insert(0, root)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                importlib.import_module(name)
            except BaseException:
                continue
        if sys._is_gil_enabled():
            named = [GIL_WARNING.search(str(w.message)) for w in caught]
            culprit = next((m.group(1) for m in named if m), name)
            print(json.dumps({"undeclared": culprit, "next": index + 1}))
            return
    print(json.dumps({"undeclared": None, "next": len(modules)}))


if __name__ == "__main__":
    main()
