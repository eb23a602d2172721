"""Run in a fresh process by the console benchmarks: start the window, report, quit.

    python -m tests.benchmarks.console_probe DATA_DIR [--all-panes]

Prints ``shown <seconds>`` once the main window is on screen (seconds since
this process started importing), and with ``--all-panes`` visits every pane and
prints ``rss <MiB>``, the resident memory afterwards. A fresh process is the
point: imports, font loading and the first queries are all part of a cold start.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402


def resident_mib() -> float:
    """This process's resident set size, from /proc (Linux) or resource (elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The order the `outpost` command imports in (app/cli/main.py): the core, then Qt.
    import app.db.lifecycle  # noqa: F401
    from app.db.engine import sqlite_url
    from app.paths import app_paths

    from PySide6.QtWidgets import QApplication  # isort: skip

    from app.ui.application import start

    paths = app_paths(argv[0])
    started = start(paths, sqlite_url(paths.database_file), offer_demo_data=False)
    assert started.window is not None, "the window did not open"
    QApplication.processEvents()
    print(f"shown {time.perf_counter() - STARTED:.4f}", flush=True)
    if "--all-panes" in argv:
        for pane in started.window.panes:
            started.window.show_pane(pane.key)
            QApplication.processEvents()
        print(f"rss {resident_mib():.1f}", flush=True)
    started.window.close()
    assert started.ctx is not None
    started.ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
