"""Opening, creating and recovering a vault: what the UI's unlock and first-run screens call.

The UI reaches the store only through here (and the other service modules).
"""

from __future__ import annotations

from pathlib import Path

from safehaven.domain.models import Staff
from safehaven.errors import SafeHavenError, UnknownStaff
from safehaven.i18n import tr
from safehaven.services.context import Context
from safehaven.store import backup, join_marker, numbering, reads, vault_files
from safehaven.store.connection import translate_error
from safehaven.store.files import atomic_write, ensure_private_dir
from safehaven.store.vault import Vault
from safehaven.store.writer import Changed

__all__ = ["Changed", "atomic_write", "create", "describe", "ensure_private_dir",
           "exists", "reset_passphrase", "staff_names", "unlock", "unlock_delay"]


def explained(exc: BaseException) -> SafeHavenError | None:
    """A database error as one of the core's plain errors (a full disk, a damaged vault, a
    failed read or write), or None when it is none of those."""
    found = translate_error(exc)
    return found if isinstance(found, SafeHavenError) else None


def exists(folder: Path) -> bool:
    """Whether a vault is there, once a restore or a join killed half-way has been
    finished or undone (otherwise the app would offer to set up a new house over it, or
    open a vault made only half)."""
    finish_interrupted_restore(folder)
    finish_interrupted_join(folder)
    return vault_files.exists(folder)


def vault_exists(folder: Path) -> bool:
    """Whether the folder holds a vault, as it is (nothing finished or undone)."""
    return vault_files.exists(folder)


def finish_interrupted_join(folder: Path) -> str | None:
    """A join killed half-way: undone when its vault was not yet whole, else its vault
    works and its first sync goes on; the words say which, for one line on screen."""
    found = join_marker.finish_interrupted(Path(folder))
    if found is join_marker.Stage.MAKING:
        return tr("Joining the house was interrupted before this laptop's vault was ready; "
                  "what it had made was removed. Join again with the same code.")
    if found is join_marker.Stage.PULLING:
        return tr("Joining the house was interrupted during its first sync; the vault works "
                  "and its sync goes on from where it stopped. Its recovery key was never "
                  "shown: make one now with `safehaven new-recovery-key`.")
    return None


def finish_interrupted_restore(folder: Path) -> str | None:
    """A restore killed half-way (no vault left at `folder`) is finished or undone; the
    words say which, for one line on screen."""
    done = backup.finish_interrupted(Path(folder))
    if done == "finished":
        return tr("A restore from backup was interrupted; it has now been completed.")
    if done == "undone":
        return tr("A restore from backup was interrupted; the vault as it was before it has "
                  "been put back.")
    return None


def staff_names(folder: Path) -> list[str]:
    """Who can unlock this laptop's vault (names only; nothing is decrypted)."""
    return vault_files.staff_labels(folder)


def unlock(folder: Path, passphrase: str, staff_name: str | None, *,
           defer_page_check: bool = False) -> Context:
    """`defer_page_check`: the daily full page check, when due, waits for the first save
    or for `vault.check_pages()` (the app may run it once Today is painted), not this call
    (`store/integrity.py`); a vault not as it was left is checked here regardless."""
    vault = Vault.unlock(folder, passphrase, staff_name, defer_page_check=defer_page_check)
    try:
        if vault.staff_id and not reads.exists(vault.conn, Staff, vault.staff_id):
            _finish_first_pull(vault)
        if vault.roster.unchecked:  # roster change sets received before bodies were kept
            from safehaven.sync import roster_bodies  # (rare: spares every unlock the sync
            # engine's import)

            roster_bodies.keep(vault)
            vault.refresh_restricted()
        return Context.for_vault(vault)
    except BaseException:
        vault.close()
        raise


def check_pages_if_due(ctx: Context) -> bool:
    """Run the daily full page check that `unlock(defer_page_check=True)` left for later;
    True if it ran. Damage found stops this session's writes (`store/integrity.py`)."""
    if not ctx.vault.db.page_check_due:
        return False
    ctx.vault.check_pages()
    return True


def _finish_first_pull(vault: Vault) -> None:
    """A joined laptop whose first pull stopped before the house's staff arrived (the
    laptop killed, the link cut) has no record of whoever unlocks: nothing can be shown
    or saved until that pull goes on, so it goes on now (from its last page kept)."""
    from safehaven.sync.replica import server_link
    from safehaven.sync.rounds import sync_round

    if server_link.server_link(vault.conn) is None:
        return  # not a joined laptop: Context says whose record is missing
    sync_round(vault)


def accept_missing_saves(folder: Path, passphrase: str, staff_name: str | None) -> int:
    """Carry on with a vault that lost its last saves (its journal file lost or damaged):
    as after a restore, its numbering starts a new epoch and its next round fetches back
    what it had sent. Returns how many saves were missing (0: nothing was wrong)."""
    vault = Vault.unlock(folder, passphrase, staff_name, accept_missing=True)
    with vault:
        missing = vault.db.commits.missing
        if missing:
            numbering.mark_restored(vault)
            vault.db.commits.record()
    return missing


def clock_warning(ctx: Context) -> str | None:
    """At unlock: this laptop's clock reads earlier than the newest record in the vault
    (set back, or its battery went flat), in words for one line; None when it is right."""
    from safehaven.sync import clock_at_unlock

    found = clock_at_unlock.earlier_than_records(ctx.vault)
    return str(found) if found is not None else None


def unlock_delay(folder: Path) -> float:
    """Seconds the next unlock will wait, after repeated wrong passphrases."""
    return vault_files.unlock_delay(folder)


def describe(folder: Path) -> dict[str, object]:
    """What can be said of a vault without unlocking it (`safehaven info`)."""
    return vault_files.describe(folder)


def create(folder: Path, **fields: object) -> tuple[Context, str]:
    """A new vault (or, given `server` and `code`, one joining a house); returns it open
    and the recovery key to show once."""
    from safehaven.services import staff  # (here: it loads the sync client, which an
    # unlock to read does not need)

    staff.check_passphrase(str(fields["passphrase"]), [  # the same rule as everywhere
        str(fields[k]) for k in ("staff_name", "house", "organisation") if fields.get(k)])
    if "code" in fields:
        from safehaven.sync.enrolment import join

        vault, recovery = join(folder, str(fields["server"]), str(fields["code"]),
                               str(fields["staff_name"]), str(fields["passphrase"]))
    else:
        vault, recovery = Vault.create(folder, **fields)  # type: ignore[arg-type]
    return Context.for_vault(vault), recovery


def reset_passphrase(folder: Path, recovery_key: str, staff_name: str, passphrase: str) -> str:
    """Open with the recovery key, give a staff member a new passphrase, close again;
    returns their name as the vault spells it."""
    from safehaven.services import staff

    with Vault.recover(folder, recovery_key) as vault:
        ctx = Context.for_vault(vault)
        member = next((s for s in staff.listing(ctx)
                       if s.display_name.casefold() == staff_name.casefold()), None)
        if member is None:
            raise UnknownStaff(staff_name)
        staff.change_passphrase(ctx, member.id, passphrase)
    return member.display_name
