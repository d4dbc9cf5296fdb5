"""Fixtures shared by the sync tests: a house of two laptops, copied fresh for each test
(a module with its own `template` or `pair` uses its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.harness import Template, house_of, make_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def pair(template: Template, tmp_path: Path) -> Iterator[list]:
    with house_of(template, tmp_path) as vaults:
        yield vaults
