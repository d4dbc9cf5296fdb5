"""Issue 25 item 6 on screen: a young person's own consent below the house's age asks for a
guardian or agency beside the field, and the list shows both who gave it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from safehaven import clock
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.test_care_forms import fill, open_ana, save

TODAY = clock.today()


def _born(folder: Path, name: str, born: date) -> None:
    vault = Vault.unlock(folder, PASSPHRASE, "Maria Manager")
    try:
        ctx = Context.for_vault(vault)
        rid = next(r.id for r in residents.overview(ctx)
                   if r.preferred_name == name)
        residents.update(ctx, rid, date_of_birth=born)
    finally:
        vault.close()


def test_a_young_persons_consent_below_the_age_asks_for_a_guardian(window, vault_dir: Path
                                                                    ) -> None:
    _born(vault_dir, "Ana", date(TODAY.year - 14, 2, 1))
    page = open_ana(window).detail
    tab = page.consent_tab
    form = tab.add_consent()
    fill(form, purpose="therapy", given_by="young-person", child_assent=True,
         expires_on=TODAY + timedelta(days=90))
    save(form)
    assert form.isVisible() and form.errors["guardian_name"].isVisibleTo(form)
    fill(form, guardian_name="Child protection, Ms Duarte")
    save(form)
    assert not form.isVisible()
    [row] = [tab.consents.model.row_at(i) for i in range(tab.consents.model.rowCount())]
    shown = tab.consents.model.columns[1].text(row)
    assert "young person" in shown and "Child protection, Ms Duarte" in shown


def test_a_trusted_adults_contact_of_zzz_is_refused_beside_the_field(window) -> None:
    tab = open_ana(window).detail.consent_tab
    form = tab.add_adult()
    fill(form, name="Aunt Rosa", relationship="aunt", phone="zzz")
    save(form)
    assert form.isVisible() and form.errors["phone"].isVisibleTo(form)
    assert form.errors["phone"].text()
    fill(form, phone="rosa@example.org")
    save(form)
    assert not form.isVisible()
    assert tab.adults.model.columns[2].text(tab.adults.model.row_at(0)) == "rosa@example.org"
