"""The services a command module names, loaded when a command first uses them.

A `safehaven` process runs one command, but building its parser imports every command
module and names the service behind each command (`_define(..., needs.add, ...)`). With
their services imported at the top, each process spent half a second importing
(`python -X importtime`), most of it for commands it never ran. Here a command module gets
a stand-in for each service module: a function named on it (`needs.add`) is looked up
when it is called, so building the parser loads nothing; anything else (a constant, a
class) loads the module there and then. tests/test_layers.py reads these names as
imports, so the layer rules still see them.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

_FUNCTION = re.compile(r"[a-z_][a-z0-9_]*\Z")  # how the services name their functions


def services(*names: str) -> tuple[ModuleType, ...]:
    return tuple(_stand_in(f"safehaven.services.{name}") for name in names)


class _StandIn(ModuleType):
    """A service module not loaded yet; once loaded, its names are copied here."""

    def __getattr__(self, name: str) -> Any:
        if _FUNCTION.match(name) and not name.startswith("__"):
            return _later(self.__name__, name)
        return getattr(_load(self.__name__), name)


def _stand_in(full: str) -> ModuleType:
    found = sys.modules.get(full)
    if found is not None:
        return found
    module = _StandIn(full)
    module.__dict__["__stand_in__"] = True
    return module


def _load(full: str) -> ModuleType:
    return importlib.import_module(full)


def _later(full: str, name: str) -> Callable[..., Any]:
    """`full.name`, looked up on the first call (the module loaded then)."""
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_load(full), name)(*args, **kwargs)
    call.__name__ = call.__qualname__ = name
    call.__module__ = full
    return call
