"""Issue 25's form checks through the CLI, in real processes on one real vault: the
house's consent age (item 6), contact fields (item 6) and search across notes (item 8)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from safehaven.services import notes
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.test_cli_care import CLINICIAN, DAY, MANAGER, PASS, STAFF, TODAY, House, ok, refused, run


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> House:
    """A house made by `init` with a staff member and a clinician (as tests/test_cli_care.py)."""
    folder = tmp_path_factory.mktemp("shift") / "vault"
    done = run(folder, "init", "--house", "Casa Luz", "--staff-name", MANAGER, who=None)
    assert done.returncode == 0, done.stderr
    ids = {}
    for name, role in ((STAFF, "staff"), (CLINICIAN, "clinician")):
        added = run(folder, "staff", "add", "--name", name, "--role", role,
                    SAFEHAVEN_NEW_PASSPHRASE=PASS[name])
        assert added.returncode == 0, added.stderr
        ids[name] = added.stdout.strip()
    return House(folder, ids)


def test_consent_age_is_the_houses_and_holds_for_the_cli(house: House) -> None:
    born = (TODAY - timedelta(days=17 * 365 + 30)).isoformat()  # 17
    rid = ok(house, "resident", "add", "--preferred-name", "Noor", "--dob", born)
    own = ["consent", "add", "--resident", rid, "--purpose", "therapy", "--granted", DAY,
           "--expires", (TODAY + timedelta(days=90)).isoformat(), "--given-by",
           "young-person", "--assent"]
    assert refused(house, "consent", "age", "--years", "18", who=STAFF)
    assert "guardian_name" not in refused(house, "consent", "age", "--years", "99")
    ok(house, "consent", "age", "--years", "18")
    assert "guardian_name" in refused(house, *own)
    consent = ok(house, *own, "--name", "Guardian ad litem K. Lee")
    shown = json.loads(ok(house, "resident", "show", "--id", rid, "--json"))
    [c] = shown["consents"]
    assert (c["id"], c["given_by"], c["guardian_name"]) == (
        consent, "young-person", "Guardian ad litem K. Lee")


def test_a_contact_that_reaches_nobody_is_refused(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Samir")
    line = refused(house, "trusted-adult", "add", "--resident", rid, "--name", "Aunt Rosa",
                   "--relationship", "aunt", "--phone", "zzz")
    assert "phone" in line
    ok(house, "trusted-adult", "add", "--resident", rid, "--name", "Aunt Rosa",
       "--relationship", "aunt", "--phone", "12 Mill Lane, Leeds LS1 4AB")


def test_search_finds_what_the_role_may_read(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Yara")
    ok(house, "checkin", "add", "--resident", rid, "--mood", "3", "--note",
       "Spoke of the Blue Van again", who=STAFF)
    vault = Vault.unlock(house.folder, PASS[CLINICIAN], CLINICIAN)
    try:
        notes.write(Context.for_vault(vault), rid, "Dreams of the blue van.", kind="clinical")
    finally:
        vault.close()
    mine = json.loads(ok(house, "search", "blue", "van", "--json", who=STAFF))
    assert [(h["kind"], h["resident"], h["by"], h["snippet"]) for h in mine["hits"]] == [
        ("check-in", "Yara", STAFF, "Spoke of the Blue Van again")]
    theirs = json.loads(ok(house, "search", "BLUE VAN", "--json", who=CLINICIAN))
    assert sorted(h["kind"] for h in theirs["hits"]) == ["check-in", "note"]
    shown = ok(house, "search", "blue van", who=STAFF)
    assert "Spoke of the Blue Van again" in shown and "Yara" in shown
    assert "Dreams" not in shown
    assert "text" in refused(house, "search", "b", who=STAFF)
