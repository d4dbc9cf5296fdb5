"""The services a command module names, loaded when a command first uses them.

A `safehaven` process runs one command, but building its parser imports every command
module; with their services imported at the top, each process spent half a second
importing (`python -X importtime`), most of it for commands it never ran. Here a module
is registered and loaded on its first attribute (the standard library's LazyLoader), so a
process imports what its one command touches. tests/test_layers.py reads these names as
imports, so the layer rules still see them.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def services(*names: str) -> tuple[ModuleType, ...]:
    return tuple(_lazy(f"safehaven.services.{name}") for name in names)


def _lazy(full: str) -> ModuleType:
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.find_spec(full)
    if spec is None or spec.loader is None:
        raise ImportError(full)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    loader.exec_module(module)
    parent, _, child = full.rpartition(".")
    setattr(sys.modules[parent], child, module)  # as an import would
    return module
