"""Improved and worse are reliable changes (Jacobson-Truax) with each scale's published SD
and reliability; a scale without both published numbers says so instead of comparing raw
scores."""

from __future__ import annotations

import math

import pytest

from safehaven.domain import measures as M

GAD = M.BUILT_IN["gad-7"]


def test_the_index_is_jacobson_truax_with_the_cited_numbers() -> None:
    known = M.RELIABILITY["gad-7"]
    assert (known.sd, known.r) == (3.37, 0.89) and "Medical Care" in known.source
    assert known.s_diff == pytest.approx(math.sqrt(2) * 3.37 * math.sqrt(0.11))
    assert M.rci(GAD, 15, 8) == pytest.approx(7 / known.s_diff)  # lower is better


def test_the_boundary_between_three_and_four_points_on_the_gad_7() -> None:
    """1.96 x S_diff = 3.10 points: a 3-point change is noise, a 4-point one is not."""
    assert M.change_label(GAD, 12, 9) == M.NO_RELIABLE_CHANGE
    assert M.change_label(GAD, 9, 12) == M.NO_RELIABLE_CHANGE
    assert M.change_label(GAD, 12, 8) == M.IMPROVED
    assert M.change_label(GAD, 8, 12) == M.WORSE
    assert abs(M.rci(GAD, 12, 9) or 0) < M.RCI_CRITICAL <= abs(M.rci(GAD, 12, 8) or 0)


@pytest.mark.parametrize("code", ["cats-self", "cats-caregiver", "cats-caregiver-3-6",
                                  "phq-a"])
def test_an_unsourced_scale_never_says_improved(code: str) -> None:
    """The issue's CATS 33 -> 31 (still probable PTSD) read "improved"; it makes no claim."""
    instrument = M.BUILT_IN[code]
    assert M.reliability(instrument) is None and M.rci(instrument, 33, 31) is None
    for first, latest in ((33, 31), (40, 2), (2, 40), (20, 20)):
        assert M.change_label(instrument, first, latest) == M.NOT_AVAILABLE


def test_every_published_figure_carries_its_citation() -> None:
    for code, known in M.RELIABILITY.items():
        assert code in M.BUILT_IN and 0 < known.r < 1 and known.sd > 0
        assert any(str(year) in known.source for year in range(1950, 2030))
