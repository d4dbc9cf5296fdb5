"""`today --json` lists who still needs a check-in in the services' risk order, with the
reasons, and the plain text says why beside each name (issue 25, item 9)."""

from __future__ import annotations

import json
from datetime import timedelta

from safehaven import clock
from safehaven.services import checkins, today
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.test_cli_care import (  # noqa: F401
    CLINICIAN,
    MANAGER,
    PASS,
    STAFF,
    House,
    house,
    ok,
    refused,
)


def test_today_json_has_the_services_order_and_reasons(house: House) -> None:  # noqa: F811
    ids = {n: ok(house, "resident", "add", "--preferred-name", n) for n in ("Ada", "Lu", "Zoe")}
    ok(house, "incident", "add", "--resident", ids["Zoe"], "--kind", "violence", "--at",
       (clock.now() - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"), "--description",
       "A fight")
    vault = Vault.unlock(house.folder, PASS[MANAGER], MANAGER)
    try:
        ctx = Context.for_vault(vault)
        checkins.record(ctx, ids["Lu"], 1, day=clock.today() - timedelta(days=1),
                        confirmed=True)
        expected = [r.id for r in today.overview(ctx).needs_checkin]
    finally:
        vault.close()
    shown = json.loads(ok(house, "today", "--json"))
    assert shown["needs_checkin"] == expected
    mine = [i for i in shown["needs_checkin"] if i in ids.values()]
    assert mine == [ids["Zoe"], ids["Lu"], ids["Ada"]]
    assert shown["needs_checkin_reasons"][ids["Zoe"]][0] == "incident-open"
    assert "low-mood-recently" in shown["needs_checkin_reasons"][ids["Lu"]]
    assert not [a for a in shown["alerts"] if a["kind"] == "no-checkin-today"]
    text = ok(house, "today")
    assert "Zoe (Open incident, No safety plan)" in text
    assert text.index("Zoe") < text.index("Lu") < text.index("Ada")


def test_a_move_that_skips_a_stage_says_why(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Ines")
    ok(house, "resident", "move", "--id", rid, "--to", "stabilization", "--reason", "settled")
    line = refused(house, "resident", "move", "--id", rid, "--to", "reintegration",
                   "--reason", "ready", "--destination", "kinship")
    assert "skip" in line and "Recovery" in line
    ok(house, "resident", "move", "--id", rid, "--to", "reintegration", "--reason", "ready",
       "--destination", "kinship", "--skip-reason", "her aunt can take her this week")
    shown = json.loads(ok(house, "resident", "show", "--id", rid, "--json"))
    assert any("her aunt can take her" in (s.get("reason") or "")
               for s in shown["stages"])


def test_handover_from_the_command_line(house: House) -> None:  # noqa: F811
    """A handover note is a house log entry of its own kind; the next shift sees it, with
    who wrote it."""
    ok(house, "log", "add", "--category", "handover", "--text",
       "Hana has court at nine; taxi booked", who=CLINICIAN)
    shown = json.loads(ok(house, "handover", "--json", who=STAFF))
    notes = [i for i in shown["items"] if i["kind"] == "house-log"]
    mine = [n for n in notes if n["text"] == "Hana has court at nine; taxi booked"]
    assert [(n["what"], n["staff_id"]) for n in mine] == [("handover", house.ids[CLINICIAN])]
    text = ok(house, "handover", who=STAFF)
    assert "Hana has court at nine" in text and CLINICIAN in text and "Handover note" in text
