"""The printable safety plan: one page, the young person's own words, in their language."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf
import pytest

from safehaven import i18n
from safehaven.errors import InvalidValue, NotFound
from safehaven.reports import safety_plan as report
from safehaven.services import residents, safety_plans
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 11, 20)


def _at(house: House, who: str = "clinician") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(DAY, time(10)))


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _resident(house: House, *languages: str) -> str:
    return residents.add(_at(house, "manager"), "Hoa", intake_date=date(2026, 9, 1),
                         languages=list(languages)).record.id


def test_the_plan_prints_on_one_page_with_every_part(house: House) -> None:
    rid = _resident(house, "Vietnamese")
    safety_plans.save(_at(house), rid, warning_signs="Stops eating\nStays in her room",
                      coping="Music with headphones", safe_people_places="Aunt Rosa",
                      avoid="The bus station", contacts="Key worker: 0123 456")
    printout = safety_plans.printout(_at(house, "staff"), rid)
    assert printout.language == "en"  # Vietnamese has no catalogue: the user's language
    pages = _pages(report.render(printout))
    assert len(pages) == 1
    for expected in ("My safety plan", "Hoa", "Signs that I am not OK", "Stops eating",
                     "Stays in her room", "What helps me", "Music with headphones",
                     "Aunt Rosa", "The bus station", "Key worker: 0123 456",
                     "We look at it again by 20 Dec 2026"):
        assert expected in pages[0]


def test_a_long_plan_still_fits_one_page(house: House) -> None:
    rid = _resident(house)
    long = "\n".join(f"Line {i} of what helps when the nights are hard" for i in range(60))
    safety_plans.save(_at(house), rid, coping=long, warning_signs=long)
    pages = _pages(report.render(safety_plans.printout(_at(house), rid)))
    assert len(pages) == 1 and "Line 59 of what helps" in pages[0]


def test_printing_is_audited_and_needs_a_plan_and_a_known_language(house: House) -> None:
    rid = _resident(house)
    with pytest.raises(NotFound):
        safety_plans.printout(_at(house), rid)
    safety_plans.save(_at(house), rid, coping="Music")
    with pytest.raises(InvalidValue) as err:
        safety_plans.printout(_at(house), rid, "xx")
    assert err.value.field == "language"
    safety_plans.printout(_at(house), rid)
    actions = [row[0] for row in house.vault.conn.execute(
        "SELECT action FROM audit_log WHERE row_id = ?", (rid,))]
    assert actions.count("print-safety-plan") == 1


@pytest.mark.skipif(not i18n.has_language("es"), reason="the Spanish catalogue is not built")
def test_the_page_speaks_the_residents_language_and_the_user_keeps_theirs(
        house: House) -> None:
    rid = _resident(house, "Spanish", "English")
    safety_plans.save(_at(house), rid, coping="Música")
    printout = safety_plans.printout(_at(house), rid)
    assert printout.language == "es"
    text = _pages(report.render(printout))[0]
    assert "Mi plan de seguridad" in text and "Música" in text
    assert i18n.tr("My safety plan") == "My safety plan"  # the core speaks English again
