"""Rewrites the file paths in coverage data files: a leg that ran in a copy of the tree recorded
the copy's paths, and the copy is removed after the run. Used by setup-python-ft after a leg.

Coverage keeps its data in SQLite, one row per measured file in the table `file`; only paths under
the copy's root change, to the same path under the tree it copies. Prints how many paths changed.
Usage: python setup_python_ft_coverage.py COPY_ROOT ORIGINAL_ROOT DATA_FILE...
"""

import os
import sqlite3
import sys


def main():
    copy, original = sys.argv[1].rstrip(os.sep), sys.argv[2].rstrip(os.sep)
    changed = 0
    for data in sys.argv[3:]:
        connection = sqlite3.connect(data)
        try:
            rows = connection.execute("select id, path from file").fetchall()
            for row_id, path in rows:
                if path == copy or path.startswith(copy + os.sep):
                    connection.execute("update file set path = ? where id = ?", (original + path[len(copy):], row_id))
                    changed += 1
            connection.commit()
        except sqlite3.DatabaseError:
            pass  # not coverage data (or not of a schema with a file table): left as it is
        finally:
            connection.close()
    print(changed)


if __name__ == "__main__":
    main()
