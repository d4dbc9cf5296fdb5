"""App versions compared as versions, not as text: "0.10.0" is newer than "0.9.0", and
"0.2.0rc1" older than "0.2.0" (PEP 440, through `packaging`). The server's
`min_app_version` and the laptop's update advice both go by this."""

from __future__ import annotations

from packaging.version import InvalidVersion, Version

from safehaven.errors import InvalidValue
from safehaven.i18n import tr

NONE = Version("0")  # what a version that cannot be read counts as: older than any


def parse(text: str) -> Version:
    """'1.4.2' -> Version('1.4.2'); anything else is refused (a typo in a server setting
    must not lock laptops out)."""
    try:
        return Version(text.strip())
    except InvalidVersion:
        raise InvalidValue("version", tr("{value} is not a version like 1.2.3",
                                         value=text)) from None


def lenient(text: str | None) -> Version:
    """A version a laptop or server said: unreadable counts as `NONE`."""
    try:
        return Version((text or "").strip())
    except InvalidVersion:
        return NONE
