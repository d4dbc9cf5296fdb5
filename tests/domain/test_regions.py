"""Citizenship regions for the funder summary (issue 31): every ISO country in one M49
region, known by code or English name; anything else is "unknown"."""

from __future__ import annotations

import pytest

from safehaven.domain import regions


@pytest.mark.parametrize(("country", "region"), [
    ("AL", "Europe"), ("albania", "Europe"), ("  Viet Nam ", "Asia"), ("Vietnam", "Asia"),
    ("the Gambia", "Africa"), ("Côte d’Ivoire", "Africa"), ("HN", "Americas"),
    ("United States of America", "Americas"), ("Papua New Guinea", "Oceania"),
    ("Cyprus", "Asia"), ("Georgia", "Asia"), ("UK", "Europe"), ("Kosovo", "Europe"),
    ("Unknown", "unknown"), ("stateless", "unknown"), ("Albanian", "unknown"),
    ("", "unknown"), (None, "unknown"), ("AQ", "unknown"),
])
def test_region_of_a_code_or_name(country: str | None, region: str) -> None:
    assert regions.region_of(country) == region


def test_every_country_once_in_a_region() -> None:
    codes = regions.codes()
    assert len(codes) == 249  # ISO 3166-1 without Antarctica, with Kosovo
    assert set(codes.values()) == set(regions.REGIONS)
    assert all(len(c) == 2 and c.isupper() for c in codes)
    for code, region in codes.items():
        assert regions.region_of(code.lower()) == region
