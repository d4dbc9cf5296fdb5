"""The demo house's records of a child's life beyond therapy (issue 31): made by roles
allowed to, sealed where the rules say, hearings in the coming fortnight (one tomorrow on
Today), the same for a seed; a demo child's review sheet prints on one page with every
section filled."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pypdf

from safehaven.demo import generator
from safehaven.domain import life as L
from safehaven.domain.permissions import Action
from safehaven.domain.vocab import Role
from safehaven.reports import review as review_report
from safehaven.services import reviews, today
from safehaven.services.context import Context
from safehaven.services.permissions import allowed
from safehaven.store import reads
from tests.conftest import NOW, House

DAY = date(2026, 11, 26)


def test_the_demo_house_has_profiles_cases_school_and_voices(house: House) -> None:
    people = [c.actor for c in (house.manager, house.staff, house.clinician) if c.actor]
    roles: dict[str, Role] = {s.id: s.role for s in people}
    generator.generate(house.manager, residents=30, days=120, seed=5, today=DAY,
                       staff_ids=list(roles))
    conn = house.vault.conn
    profiles = reads.all_of(conn, L.TraffickingProfile)
    assert len(profiles) > 20 and all(p.exploitation.startswith("rk1:") for p in profiles)
    assert all(allowed(roles[p.updated_by], Action.MANAGE_LEGAL) for p in profiles)
    decisions = reads.all_of(conn, L.IdentificationDecision)
    assert {d.kind for d in decisions} >= {"nrm-reasonable-grounds", "nrm-conclusive-grounds"}
    assert all(d.decided_on is None or d.decided_on <= DAY for d in decisions)
    hearings = reads.all_of(conn, L.Hearing)
    assert hearings and all(NOW < h.at <= NOW + timedelta(days=15) for h in hearings)
    assert any(not h.accompanied_by for h in hearings)
    ctx = Context(house.manager.vault, house.manager.actor, now=lambda: NOW)
    view = today.overview(ctx)
    assert any(h.at.date() == DAY + timedelta(days=1) for h in view.hearings)
    assert "hearing-tomorrow" in {str(a.kind) for a in view.alerts}
    weeks = reads.all_of(conn, L.SchoolWeek)
    assert weeks and all(0 <= w.attended <= w.expected for w in weeks)
    assert reads.all_of(conn, L.ChildGoal) and reads.all_of(conn, L.Wish)
    complaints = reads.all_of(conn, L.Complaint)
    assert complaints and all(roles[c.answered_by] is Role.MANAGER for c in complaints
                              if c.answered_by)
    held = reads.all_of(conn, L.CaseReview)
    assert held and all(allowed(roles[r.chaired_by], Action.HOLD_REVIEW) for r in held)
    # a demo child with a case, school and goals: the review sheet on one page, filled
    wanted = ({c.resident_id for c in reads.all_of(conn, L.LegalCase)}
              & {p.resident_id for p in reads.all_of(conn, L.EducationPlacement)}
              & {g.resident_id for g in reads.all_of(conn, L.ChildGoal)}
              & {r.resident_id for r in held})
    rid = sorted(wanted)[0]
    sheet = reviews.sheet(ctx, rid)
    pdf = review_report.render(sheet)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for part in ("Therapy plan", "Legal case", "School and training",
                 "Their goals, in their words", "Last review"):
        assert part in text
    assert sheet.plans and sheet.cases and sheet.placements and sheet.goals
    assert sheet.profile is not None and sheet.last is not None


def test_same_seed_same_life_records(house: House, tmp_path) -> None:
    from safehaven.store.vault import Vault
    from tests.conftest import FAST, PASSPHRASE

    def make(folder: str, seed: int) -> list[str]:
        vault, _ = Vault.create(tmp_path / folder, house="H", organisation="O",
                                staff_name="M", passphrase=PASSPHRASE, kdf=FAST)
        with vault:
            c = Context.for_vault(vault, now=lambda: datetime(2026, 11, 26, 9, 30))
            generator.generate(c, residents=8, days=60, seed=seed, today=DAY)
            return sorted(f"{h.at} {h.place} {h.accompanied_by}"
                          for h in reads.all_of(vault.conn, L.Hearing))
    assert make("a", 3) == make("b", 3)
