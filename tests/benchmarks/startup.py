"""Start-up to the first painted main window, against a bare PySide6 QMainWindow.

Each measurement is a fresh process (the way a secretary starts the app), timed from
spawn until the child reports its first paint.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print("painted", flush=True)
            app.quit()
app = QApplication(sys.argv[:1])
w = W(); w.setCentralWidget(QLabel("swtgov")); w.resize(1200, 780); w.show()
app.exec()
"""

APP = """
import sys
from pathlib import Path
from swtgov.ui.app import create_application
from swtgov.ui.mainwindow import MainWindow
app = create_application()
w = MainWindow()
w.first_painted.connect(lambda: (print("painted", flush=True), app.quit()))
w.open_path(Path(sys.argv[1]))
w.show()
app.exec()
"""


def _time(script: str, *args: str) -> float:
    # An installed swtgov has its bytecode compiled (pip does that), so the child may write
    # and read .pyc files even where the shell says PYTHONDONTWRITEBYTECODE; the warm-up
    # run in measure() writes them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError("the window did not paint")
    return elapsed


def measure(large_file: Path, repeats: int = 7) -> tuple[float, float]:
    """Median seconds (app on the large file, bare QMainWindow), interleaved."""
    _time(BARE)
    _time(APP, str(large_file))  # warm the OS file cache and the daily backup
    app, bare = [], []
    for _ in range(repeats):
        bare.append(_time(BARE))
        app.append(_time(APP, str(large_file)))
    return statistics.median(app), statistics.median(bare)
