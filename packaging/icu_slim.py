"""A smaller ICU data library for the Linux bundle: the same soname and symbol, less data.

Qt's Linux wheels link ICU, whose data library (libicudata.so.73) is 31 MB; Qt reads only a
few parts of it (collation, normalization, case mapping, the locale tree, break rules and
time-zone rules). The rest names every currency, unit, language, region and time zone in
every language, spells numbers out, transliterates, and converts legacy code pages; Qt
has its own tables for those (QLocale) or SafeHaven never asks (it reads and writes UTF-8
only). This module copies the data blob out of the library, removes those trees with ICU's
`icupkg`, and links a replacement library around what is left (about 12 MB).

Needs `icupkg` (Debian/Ubuntu: icu-devtools) and a C compiler; without them the bundle
keeps the full library and `make package` says so (and its size check will tell).

Usage (as a check): python packaging/icu_slim.py PATH/libicudata.so.73 OUT_DIR
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Item patterns (as `icupkg -l` lists them) that Qt never reads for SafeHaven.
DROPPED = (
    "*.cnv",        # legacy code-page converters: SafeHaven reads and writes UTF-8 only
    "curr/*",       # currency names in every language
    "lang/*",       # language names in every language (QLocale has its own)
    "region/*",     # country names in every language
    "unit/*",       # unit names ("3 kilometres") in every language
    "zone/*",       # time-zone display names (the rules, zoneinfo64.res, stay)
    "translit/*",   # transliteration rules
    "rbnf/*",       # numbers spelled out
)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol (e.g. icudt73_dat), its file offset and size, read with nm/readelf."""
    nm = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], check=True,
                        capture_output=True, text=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", nm, re.MULTILINE)
    if not match:
        raise ValueError(f"no ICU data symbol in {library}")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], check=True,
                              capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise ValueError(f"no .rodata section in {library}")


def slim(library: Path, out_dir: Path) -> Path:
    """Write out_dir/<same name>: the library rebuilt with the DROPPED trees removed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    name, offset, size = _symbol(library)
    prefix = name.removesuffix("_dat") + "l"  # icudt73l: little-endian, ASCII
    full = out_dir / f"{prefix}.dat"
    with library.open("rb") as fh:
        fh.seek(offset)
        full.write_bytes(fh.read(size))
    items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                           text=True).stdout.split()
    dropped = [i for i in items if any(fnmatch.fnmatchcase(i, p) for p in DROPPED)]
    (out_dir / "dropped.txt").write_text("\n".join(dropped) + "\n")
    # ICU finds items by the package's ToC prefix, which icupkg takes from the file's name.
    small = out_dir / "small" / f"{prefix}.dat"
    small.parent.mkdir(exist_ok=True)
    subprocess.run(["icupkg", "-r", str(out_dir / "dropped.txt"), str(full), str(small)],
                   check=True, capture_output=True)
    # The blob must stay 16-byte aligned under the same exported name.
    asm = out_dir / "icudata.S"
    asm.write_text(f"""    .section .rodata
    .globl {name}
    .type {name}, @object
    .balign 16
{name}:
    .incbin "{small}"
    .size {name}, . - {name}
    .section .note.GNU-stack,"",@progbits
""")
    target = out_dir / library.name
    soname = library.name
    subprocess.run(["cc", "-shared", "-nostdlib", "-Wl,-soname," + soname, "-o", str(target),
                    str(asm)], check=True, capture_output=True)
    _check(small, items, dropped)
    return target


def _check(small: Path, items: list[str], dropped: list[str]) -> None:
    """The small package still lists everything that was not dropped, and is a package."""
    kept = set(subprocess.run(["icupkg", "-l", str(small)], check=True, capture_output=True,
                              text=True).stdout.split())
    missing = set(items) - set(dropped) - kept
    if missing:
        raise ValueError(f"the small ICU package lost {sorted(missing)[:5]}")
    with small.open("rb") as fh:
        _header_size, magic1, magic2 = struct.unpack("<HBB", fh.read(4))
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("the small ICU package has no ICU data header")


def available() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "cc", "nm", "readelf"))


if __name__ == "__main__":
    built = slim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{built}: {built.stat().st_size / 1e6:.1f} MB")
