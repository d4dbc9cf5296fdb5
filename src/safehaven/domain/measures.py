"""Standardized outcome measures as data: each instrument's score range, subscales and
published severity bands. Scores only: no item wording is shipped (the instruments are
copyrighted; the house administers them on the publisher's forms and types the totals).

Sources of the cut-offs:
- CATS, Child and Adolescent Trauma Screen (Sachser et al., 2017): 7-17 years, self-report
  or caregiver report, 20 symptom items scored 0-3 (total 0-60): 0-14 not elevated,
  15-20 moderate trauma-related distress, 21+ probable PTSD. Caregiver report for 3-6
  years, 16 items (0-48): 0-11, 12-14, 15+. Subscales are the DSM-5 clusters.
- PHQ-A, PHQ-9 modified for adolescents (Johnson et al., 2002): 9 items 0-3 (0-27):
  0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
- GAD-7 (Spitzer et al., 2006): 7 items 0-3 (0-21): 0-4 minimal, 5-9 mild, 10-14 moderate,
  15-21 severe.

"Improved" and "worse" are reliable changes only (Jacobson & Truax, 1991, J Consult Clin
Psychol 59(1):12-19): RCI = (latest - first) / S_diff, S_diff = sqrt(2) * SD * sqrt(1 - r),
with the SD and reliability r a validation paper publishes for the instrument's total; a
change with |RCI| < 1.96 is "no reliable change". An instrument without both numbers from
a citable paper says so ("reliable change not available for this scale"): nothing is
guessed. See RELIABILITY below and docs/architecture.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Band:
    """Scores from `lowest` up to the next band's lowest; `level` orders bands from least
    to most concern (0, 1, 2 ...), so a change of band can be told apart from a change of
    score."""

    lowest: int
    label: str  # English; shown through the translator
    level: int


@dataclass(frozen=True, slots=True)
class Instrument:
    code: str  # what records and the CLI name it by (`cats-self`, or a custom scale's id)
    name: str
    min_score: int
    max_score: int
    bands: tuple[Band, ...]
    subscales: dict[str, tuple[int, int]] = field(default_factory=dict)  # name: (min, max)
    higher_is_better: bool = False  # all shipped instruments: a lower score is better
    custom: bool = False

    def band(self, score: int) -> Band:
        """The band a total falls in (the last band whose lowest score it reaches)."""
        if not self.min_score <= score <= self.max_score:
            raise ValueError(f"{score} is outside {self.min_score}-{self.max_score}")
        found = self.bands[0]
        for b in self.bands:
            if score >= b.lowest:
                found = b
        return found

    def improved(self, first: int, latest: int) -> bool:
        return latest > first if self.higher_is_better else latest < first


def _bands(*pairs: tuple[int, str]) -> tuple[Band, ...]:
    return tuple(Band(lowest, label, n) for n, (lowest, label) in enumerate(pairs))


_CATS_BANDS = _bands((0, "Not elevated"), (15, "Moderate trauma-related distress"),
                     (21, "Probable PTSD"))
_CATS_CLUSTERS = {"intrusion": (0, 15), "avoidance": (0, 6), "cognition-mood": (0, 21),
                  "arousal": (0, 18)}
_DEPRESSION = _bands((0, "Minimal"), (5, "Mild"), (10, "Moderate"),
                     (15, "Moderately severe"), (20, "Severe"))
_ANXIETY = _bands((0, "Minimal"), (5, "Mild"), (10, "Moderate"), (15, "Severe"))

BUILT_IN: dict[str, Instrument] = {i.code: i for i in (
    Instrument("cats-self", "CATS (self-report, 7-17)", 0, 60, _CATS_BANDS, _CATS_CLUSTERS),
    Instrument("cats-caregiver", "CATS (caregiver, 7-17)", 0, 60, _CATS_BANDS,
               _CATS_CLUSTERS),
    Instrument("cats-caregiver-3-6", "CATS (caregiver, 3-6)", 0, 48,
               _bands((0, "Not elevated"), (12, "Moderate trauma-related distress"),
                      (15, "Probable PTSD"))),
    Instrument("phq-a", "PHQ-A", 0, 27, _DEPRESSION),
    Instrument("gad-7", "GAD-7", 0, 21, _ANXIETY),
)}
# What people type for the shipped instruments (the CLI's --instrument CATS, say).
ALIASES = {"cats": "cats-self", "cats-child": "cats-self", "phq-9-a": "phq-a",
           "phqa": "phq-a", "gad7": "gad-7"}


def custom(scale_id: str, name: str, min_score: int, max_score: int,
           bands: Iterable[tuple[int, str]], higher_is_better: bool = False) -> Instrument:
    """A house's own scale (made by a manager) as an instrument."""
    ordered = sorted(bands)
    if not higher_is_better:
        levels = _bands(*ordered)
    else:  # the top band is the least concern
        levels = tuple(Band(lo, label, len(ordered) - 1 - n)
                       for n, (lo, label) in enumerate(ordered))
    return Instrument(scale_id, name, min_score, max_score, levels,
                      higher_is_better=higher_is_better, custom=True)


@dataclass(frozen=True, slots=True)
class Reliability:
    """What the reliable change index needs from an instrument's validation paper."""

    sd: float  # standard deviation of the total in the published sample
    r: float  # reliability of the total (test-retest or Cronbach's alpha)
    source: str  # author, year, journal: where both numbers are printed

    @property
    def s_diff(self) -> float:
        """Standard error of the difference between two scores (Jacobson & Truax, 1991)."""
        return math.sqrt(2) * self.sd * math.sqrt(1 - self.r)


RCI_CRITICAL = 1.96  # two-tailed p < .05

# Only numbers read in a citable publication. Instruments left out have no reliable change
# shown, by design: see the module docstring and docs/architecture.md for what was searched.
RELIABILITY: dict[str, Reliability] = {
    # GAD-7: Löwe B, Decker O, Müller S, Brähler E, Schellberg D, Herzog W, Herzberg PY
    # (2008). Validation and standardization of the Generalized Anxiety Disorder Screener
    # (GAD-7) in the general population. Medical Care 46(3):266-274. n = 5,030, 53.6 %
    # women; Cronbach's alpha 0.89 "identical across all subgroups"; mean (SD) women 3.2
    # (3.5), men 2.7 (3.2). The SD used is the whole sample's, pooled from those two rows:
    # sqrt(.536*3.5^2 + .464*3.2^2 + .536*.464*(3.2-2.7)^2) = 3.37.
    "gad-7": Reliability(3.37, 0.89, "Löwe et al. (2008), Medical Care 46(3):266-274"),
    # Not available (searched, not found in a readable citable source with both numbers):
    # - CATS, all three forms: Sachser et al. (2017), J Affect Disord 210:189-195, print
    #   alpha .88-.94 by sample but the SD of the total was not in what could be read;
    #   Nilsson et al. (2021), Nord J Psychiatry 75(4):247-256, give subscale ICCs only.
    # - PHQ-A: Johnson et al. (2002) give no SD or reliability of the total; Nandakumar et
    #   al. (2019), J Child Adolesc Psychopharmacol, give alpha .879 but no SD was readable.
}


def reliability(instrument: Instrument) -> Reliability | None:
    """The published SD and reliability, or None: a house's own scale never has them."""
    return None if instrument.custom else RELIABILITY.get(instrument.code)


def rci(instrument: Instrument, first: int, latest: int) -> float | None:
    """The reliable change index, signed so that a positive value is an improvement in the
    instrument's direction; None when the instrument has no published reliability."""
    known = reliability(instrument)
    if known is None:
        return None
    better = (latest - first) if instrument.higher_is_better else (first - latest)
    return better / known.s_diff


# What change_label answers (English keys; words.py and the app translate them).
IMPROVED, WORSE, NO_RELIABLE_CHANGE = "improved", "worse", "no reliable change"
NOT_AVAILABLE = "reliable change not available for this scale"


def change_label(instrument: Instrument, first: int, latest: int) -> str:
    """'improved' or 'worse' only when |RCI| reaches 1.96, else 'no reliable change'; an
    instrument without published reliability says so rather than comparing raw scores."""
    index = rci(instrument, first, latest)
    if index is None:
        return NOT_AVAILABLE
    if index >= RCI_CRITICAL:
        return IMPROVED
    if index <= -RCI_CRITICAL:
        return WORSE
    return NO_RELIABLE_CHANGE
