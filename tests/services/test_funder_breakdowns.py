"""The breakdowns funders ask for (issue 26, item 4): gender, age at intake, referral source
and length of stay of the children served; incidents, closures and follow-up contacts of
the period. Free text is sorted into fixed categories and never printed."""

from __future__ import annotations

from datetime import date, datetime, time

from safehaven.reports import funder as funder_report
from safehaven.services import closures, funder, incidents, residents
from safehaven.services import funder_breakdowns as b
from safehaven.services.context import Context
from tests.conftest import House

TODAY = date(2026, 11, 26)


def _at(house: House, day: date, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(day, time(9)))


def test_free_text_is_sorted_into_fixed_categories() -> None:
    assert [b.gender(g) for g in ("Girl", " female ", "niña", "Boy", "homme", "ذكر",
                                  "non-binary", "", None)] == [
        *["girl or young woman"] * 3, *["boy or young man"] * 3, "another gender",
        "not recorded", "not recorded"]
    assert b.gender("female") != b.gender("male")  # "female" holds "male": whole words only
    assert [b.source(s) for s in ("Police", "St Mary's hospital", "outreach team",
                                  "NGO hotline", "child protection services", "her aunt",
                                  "Family member", None)] == [
        "police or other law enforcement", "health service", "outreach team", "NGO or hotline",
        "social services or child protection", "another source", "self or family",
        "not recorded"]
    assert [b.stay(d) for d in (0, 29, 30, 90, 91, 182, 183, 364, 365, 2000)] == [
        "under 1 month", "under 1 month", "1 to 3 months", "1 to 3 months", "3 to 6 months",
        "3 to 6 months", "6 to 12 months", "6 to 12 months", "a year or more",
        "a year or more"]


def test_breakdowns_of_a_month(house: House) -> None:
    people = [
        ("A", date(2026, 1, 10), "girl", "Police - Officer Ramos, station 4", 15),
        ("B", date(2026, 9, 20), "boy", "outreach team", 11),
        ("C", date(2026, 10, 2), "girl", None, 17),
        ("D", date(2025, 6, 1), "they", "hotline", 13),
    ]
    ids = {}
    for name, intake, gender, source, age in people:
        ids[name] = residents.add(_at(house, intake), f"Child {name}", intake_date=intake,
                                  gender=gender, referral_source=source, age_estimate=age,
                                  age_estimated_on=intake, confirmed=True).record.id
    incidents.record(_at(house, date(2026, 10, 6), "staff"), ids["A"], "self-harm",
                     occurred_at=datetime(2026, 10, 5, 22), description="x")
    incidents.record(_at(house, date(2026, 9, 29), "staff"), ids["B"], "violence",
                     occurred_at=datetime(2026, 9, 28, 10), description="x")  # September
    closures.close(_at(house, date(2026, 10, 20)), ids["D"], "kinship",
                   on=date(2026, 10, 20), destination="aunt in Leeds")
    data = funder.figures(_at(house, TODAY), date(2026, 10, 1), date(2026, 10, 31))
    truth = {(t, c): n for t, c, n in data.rows}
    assert truth[("children served, by gender", "girl or young woman")] == 2
    assert truth[("children served, by gender", "another gender")] == 1
    assert truth[("children served, by referral source", "police or other law enforcement")
                 ] == 1
    assert truth[("children served, by referral source", "not recorded")] == 1
    assert truth[("children served, by age at intake", "15-17")] == 2
    assert truth[("children served, by age at intake", "under 12")] == 1
    stays = "children served, by length of stay"
    assert truth[(stays, "under 1 month")] == 1  # C, to the end of October
    assert truth[(stays, "1 to 3 months")] == 1  # B
    assert truth[(stays, "6 to 12 months")] == 1  # A
    assert truth[(stays, "a year or more")] == 1  # D, to the day the case closed
    assert truth[("incidents, by kind", "self-harm")] == 1
    assert truth[("incidents, by kind", "violence")] == 0
    assert truth[("cases closed, by where the young person went", "kinship")] == 1
    text = funder_report.csv_text(data)
    assert "Ramos" not in text and "Leeds" not in text and "aunt" not in text
