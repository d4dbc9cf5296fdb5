"""Before `make demo` opens a window: are the system libraries Qt's X11 plugin needs here?

Qt's wheels bring Qt itself but not the X11/xcb libraries of the system. A fresh Debian or
Ubuntu lacks several (libxcb-cursor0, libxcb-icccm4, ...), and Qt then fails with a
message that names only one of them. This script lists every missing one, installs them
with apt-get when run as root, and otherwise prints the exact command. Exit status 0 when
all are present (or now installed), 1 when something is still missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# The shared object Qt asks for, and the Debian/Ubuntu package that ships it.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",  # loaded at run time, so ldd cannot see it
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def missing_libraries() -> set[str]:
    """Shared objects the xcb platform plugin needs and the system does not have."""
    qt = qt_dir()
    plugins = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    missing: set[str] = set()
    for plugin in plugins:
        if not plugin.exists():
            continue
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout \
        if shutil.which("ldconfig") else ""
    if "libxcb-cursor.so.0" not in known:
        missing.add("libxcb-cursor.so.0")
    return missing


def main() -> int:
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    print("Qt needs these system libraries to open a window: " + ", ".join(sorted(missing)))
    command = ["apt-get", "install", "-y", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing: " + " ".join(packages))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(command, env=env).returncode == 0 and not missing_libraries():
            return 0
    print("Install them with:\n    sudo " + " ".join(command))
    unknown = sorted(missing - PACKAGES.keys())
    if unknown:
        print("(not a Debian/Ubuntu package name we know; search for: "
              + ", ".join(unknown) + ")")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
