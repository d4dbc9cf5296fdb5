"""Severity bands equal the published cut-offs at each boundary score."""

from __future__ import annotations

import pytest

from safehaven.domain import measures as M

# (instrument, score, band label): each band's lowest and highest score.
BOUNDARIES = [
    ("cats-self", 0, "Not elevated"), ("cats-self", 14, "Not elevated"),
    ("cats-self", 15, "Moderate trauma-related distress"),
    ("cats-self", 20, "Moderate trauma-related distress"),
    ("cats-self", 21, "Probable PTSD"), ("cats-self", 60, "Probable PTSD"),
    ("cats-caregiver", 14, "Not elevated"), ("cats-caregiver", 15,
                                             "Moderate trauma-related distress"),
    ("cats-caregiver", 20, "Moderate trauma-related distress"),
    ("cats-caregiver", 21, "Probable PTSD"),
    ("cats-caregiver-3-6", 11, "Not elevated"),
    ("cats-caregiver-3-6", 12, "Moderate trauma-related distress"),
    ("cats-caregiver-3-6", 14, "Moderate trauma-related distress"),
    ("cats-caregiver-3-6", 15, "Probable PTSD"), ("cats-caregiver-3-6", 48, "Probable PTSD"),
    ("phq-a", 0, "Minimal"), ("phq-a", 4, "Minimal"), ("phq-a", 5, "Mild"),
    ("phq-a", 9, "Mild"), ("phq-a", 10, "Moderate"), ("phq-a", 14, "Moderate"),
    ("phq-a", 15, "Moderately severe"), ("phq-a", 19, "Moderately severe"),
    ("phq-a", 20, "Severe"), ("phq-a", 27, "Severe"),
    ("gad-7", 0, "Minimal"), ("gad-7", 4, "Minimal"), ("gad-7", 5, "Mild"),
    ("gad-7", 9, "Mild"), ("gad-7", 10, "Moderate"), ("gad-7", 14, "Moderate"),
    ("gad-7", 15, "Severe"), ("gad-7", 21, "Severe"),
]


@pytest.mark.parametrize(("code", "score", "label"), BOUNDARIES)
def test_bands_at_each_boundary(code: str, score: int, label: str) -> None:
    assert M.BUILT_IN[code].band(score).label == label


@pytest.mark.parametrize(("code", "score"), [("cats-self", -1), ("cats-self", 61),
                                             ("phq-a", 28), ("gad-7", 22),
                                             ("cats-caregiver-3-6", 49)])
def test_scores_outside_the_range_have_no_band(code: str, score: int) -> None:
    with pytest.raises(ValueError):
        M.BUILT_IN[code].band(score)


def test_levels_rise_with_concern_and_subscales_add_up_to_the_range() -> None:
    for instrument in M.BUILT_IN.values():
        assert [b.level for b in instrument.bands] == list(range(len(instrument.bands)))
        assert instrument.bands[0].lowest == instrument.min_score
        if instrument.subscales:
            assert sum(hi for _, hi in instrument.subscales.values()) == instrument.max_score


def test_a_custom_scale_where_higher_is_better() -> None:
    scale = M.custom("x", "Hope", 0, 10, [(5, "Hopeful"), (0, "Low")], higher_is_better=True)
    assert scale.band(4).label == "Low" and scale.band(4).level == 1
    assert scale.band(5).label == "Hopeful" and scale.band(5).level == 0
    assert scale.improved(3, 7) and not scale.improved(7, 3)
    assert M.change_label(M.BUILT_IN["gad-7"], 12, 6) == "improved"
    assert M.change_label(M.BUILT_IN["gad-7"], 6, 12) == "worse"
    assert M.change_label(M.BUILT_IN["gad-7"], 6, 6) == "no reliable change"
    assert M.change_label(scale, 3, 7) == M.NOT_AVAILABLE  # a house's scale: none published
