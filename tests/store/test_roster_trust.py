"""The shared laptop's own tables are not a source of truth: a staff member with her
passphrase and an SQL console can edit them, but a clinician's unlock then grants her
nothing, adopts no key she planted, and the laptop says its tables disagree with their
signed history (red team S1 and S2)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from safehaven.domain.models import Resident, Staff
from safehaven.domain.vocab import Role
from safehaven.services import residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, restricted, roster_trust
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from tests.conftest import FAST, PASSPHRASE, House

LEGAL = "Legal Name Before"


def _unlock(house: House, who: str) -> Context:
    return Context.for_vault(Vault.unlock(house.folder, PASSPHRASE, who, sleep=lambda s: None))


def _legal(ctx: Context, rid: str) -> str | None:
    return ctx.opened(ctx.vault.conn.execute(
        "SELECT id FROM residents WHERE id = ?", (rid,)).fetchone() and
        _resident(ctx, rid)).legal_name


def _resident(ctx: Context, rid: str) -> Resident:
    from safehaven.store import reads
    return reads.get(ctx.conn, Resident, rid)


def _as_sam_with_sql(house: House, *statements: tuple[str, tuple]) -> str:
    """Sam (staff) unlocks with his own passphrase and edits tables past the app."""
    house.vault.close()
    sam = _unlock(house, "Sam Staff")
    for sql, params in statements:
        sam.vault.conn.execute(sql, params)
    sam_id = sam.actor.id
    sam.vault.close()
    return sam_id


def _written_before(house: House) -> str:
    residents.add(house.manager, "Bea")  # her legal name is written after the attack
    return residents.add(house.manager, "Ana", legal_name=LEGAL).record.id


def _write_after(ctx: Context) -> str:
    bea = ctx.conn.execute("SELECT id FROM residents WHERE preferred_name = 'Bea'").fetchone()[0]
    residents.update(ctx, bea, legal_name="Legal Name After")
    return str(bea)


def test_an_honest_house_agrees_with_its_history(house: House) -> None:
    _written_before(house)
    dan = staff.add(house.manager, "Dan Doctor", Role.CLINICIAN, PASSPHRASE, FAST).record
    staff.change_passphrase(house.clinician, house.clinician.actor.id, "a new and long "
                            "passphrase for cleo", FAST)
    staff.remove(house.manager, dan.id)
    trusted = roster_trust.check(house.vault.conn)
    assert trusted.sound, trusted.problems
    assert {i for i, _ in trusted.eligible()} == {house.manager.actor.id,
                                                   house.clinician.actor.id}


def test_s1_a_role_edited_in_sql_gets_no_key_from_a_clinicians_unlock(house: House) -> None:
    rid = _written_before(house)
    sam_id = _as_sam_with_sql(house, ("UPDATE staff SET role = 'clinician' WHERE "
                                      "display_name = 'Sam Staff'", ()))
    cleo = _unlock(house, "Cleo Clinician")
    assert cleo.vault.roster.problems and not cleo.vault.roster.sound
    assert any("Sam Staff" in p for p in cleo.vault.roster.problems)
    assert _legal(cleo, rid) == LEGAL  # the clinician still works
    after = _write_after(cleo)
    held = cleo.vault.conn.execute("SELECT count(*) FROM restricted_grants WHERE staff_id = ?",
                                   (sam_id,)).fetchone()[0]
    cleo.vault.close()
    assert held == 0
    sam = _unlock(house, "Sam Staff")
    # the app refuses him (staff role in his session? no: his tables say clinician), and the
    # data refuses him too: nothing sealed opens with what he holds
    assert not sam.vault.keyring.keys
    for r in (rid, after):
        assert restricted.is_sealed(_resident(sam, r).legal_name)
        assert sam.vault.keyring.open("residents", r, "legal_name",
                                      _resident(sam, r).legal_name) is None
    sam.vault.close()


def test_s2_a_planted_grant_is_not_adopted_nor_passed_on(house: House) -> None:
    rid = _written_before(house)
    cleo_row = house.clinician.vault.conn.execute(
        "SELECT id, box_key FROM staff WHERE display_name = 'Cleo Clinician'").fetchone()
    chosen, key_id = crypto.random_key(), new_id()
    sealed = base64.b64encode(crypto.seal_to(cleo_row[1], chosen, restricted._grant_aad(
        key_id, cleo_row[0], cleo_row[1]))).decode()
    site = house.vault.site_id
    _as_sam_with_sql(house, (
        "INSERT INTO restricted_grants (id, site_id, key_id, staff_id, box_key, sealed, "
        "sender, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), site, key_id, cleo_row[0], cleo_row[1], sealed, cleo_row[0],
         datetime(2099, 1, 1, tzinfo=UTC).isoformat())))
    cleo = _unlock(house, "Cleo Clinician")
    assert key_id not in cleo.vault.keyring.keys and cleo.vault.keyring.current != key_id
    assert not cleo.vault.roster.sound
    assert _legal(cleo, rid) == LEGAL
    after = _write_after(cleo)
    value = _resident(cleo, after).legal_name
    regranted = cleo.vault.conn.execute(
        "SELECT count(*) FROM restricted_grants WHERE key_id = ?", (key_id,)).fetchone()[0]
    cleo.vault.close()
    assert regranted == 1  # only the planted row: not passed on to the manager
    assert restricted.Keyring({key_id: chosen}, key_id).open(
        "residents", after, "legal_name", value) is None
    manager = _unlock(house, "Maria Manager")
    assert key_id not in manager.vault.keyring.keys
    assert _legal(manager, after) == "Legal Name After"
    manager.vault.close()


def test_a_signed_role_change_by_staff_is_not_trusted(house: House) -> None:
    """Sam signs a change set of his own making himself a clinician: signed, but by
    someone the rule table does not let change roles."""
    _written_before(house)
    sam = Context(house.vault, house.staff.actor)
    house.vault.signers[sam.actor.id] = crypto.identity_from_passphrase(
        PASSPHRASE, *crypto.parse_key_params(sam.actor.key_params))
    with house.vault.write(sam.actor.id) as tx:
        tx.update(Staff, sam.actor.id, role=Role.CLINICIAN.value)
    trusted = roster_trust.check(house.vault.conn)
    assert sam.actor.id not in {i for i, _ in trusted.eligible()}
    assert any("Sam Staff" in p for p in trusted.problems)
    assert restricted.grants_due(trusted, house.vault.keyring, house.vault.site_id,
                                 house.manager.actor.id) == []


def test_a_removed_clinician_revived_in_sql_stays_removed(house: House) -> None:
    _written_before(house)
    cleo_id = house.clinician.actor.id
    staff.remove(house.manager, cleo_id)
    _as_sam_with_sql(house, ("UPDATE staff SET active = 1 WHERE id = ?", (cleo_id,)))
    manager = _unlock(house, "Maria Manager")
    assert cleo_id not in {i for i, _ in manager.vault.roster.eligible()}
    assert not manager.vault.roster.sound
    manager.vault.close()


def test_the_cli_says_the_tables_disagree(house: House, monkeypatch, capsys) -> None:
    from safehaven import cli

    _written_before(house)
    _as_sam_with_sql(house, ("UPDATE staff SET role = 'manager' WHERE "
                             "display_name = 'Sam Staff'", ()))
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--vault", str(house.folder), "--staff", "Cleo Clinician", "residents"])
    err = capsys.readouterr().err
    assert code == 0
    assert "Sam Staff has the role “Manager” in this laptop's tables" in err
    assert "gives no one the key" in err


def test_the_cli_refuses_an_admin_making_a_manager(house: House, monkeypatch, capsys) -> None:
    from safehaven import cli

    staff.add(house.manager, "Ada Admin", Role.ADMIN, PASSPHRASE, FAST)
    house.vault.close()
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SAFEHAVEN_NEW_PASSPHRASE", "a long new passphrase for mallory")
    code = cli.main(["--vault", str(house.folder), "--staff", "Ada Admin", "staff", "add",
                     "--name", "Mallory", "--role", "manager"])
    err = capsys.readouterr().err
    assert code != 0 and "change a role, or add a clinician or manager" in err
    v = Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None)
    try:
        assert v.conn.execute("SELECT count(*) FROM staff WHERE display_name = 'Mallory'"
                              ).fetchone()[0] == 0
    finally:
        v.close()
