"""Without a usable display the window is not attempted: a Dutch message says what to do."""

from __future__ import annotations

import os
import subprocess
import sys

from swtgov.ui.app import display_problem


def test_no_display_at_all() -> None:
    message = display_problem({}, "linux", lambda name: "/lib/x.so")
    assert message is not None and "geen beeldscherm" in message


def test_missing_xcb_libraries_name_the_packages() -> None:
    message = display_problem({"DISPLAY": ":0"}, "linux", lambda name: None if name == "xcb-cursor" else "x.so")
    assert message is not None
    assert "sudo apt install libxcb-cursor0" in message
    assert "sudo dnf install xcb-util-cursor" in message
    assert "libxkbcommon" not in message


def test_a_usable_display_or_another_platform_passes() -> None:
    found = lambda name: "x.so"  # noqa: E731
    assert display_problem({"DISPLAY": ":0"}, "linux", found) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda name: None) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda name: None) is None
    assert display_problem({}, "win32", lambda name: None) is None
    assert display_problem({}, "darwin", lambda name: None) is None


def test_the_command_exits_1_with_the_message(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SWTGOV_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "swtgov"], capture_output=True, text=True, env=env,
                            check=False, timeout=60)
    assert result.returncode == 1
    assert "geen beeldscherm" in result.stderr
    assert "Traceback" not in result.stderr
