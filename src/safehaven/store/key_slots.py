"""The key file of an unlocked vault and the master key it opens.

Who holds a slot follows the roster: every active colleague gets one, a removed or
replaced one loses theirs, and then the master key is replaced (sealed afresh to every
remaining slot's public key), so an older copy of the key file opened with a removed
passphrase opens nothing written afterwards. The data key, which the database holds,
is sealed again under each new master key.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from safehaven.store import crypto
from safehaven.store.identities import RosterKeys, recovery_slot, roster_slot
from safehaven.store.keyfile import KeyFile, Slot

log = logging.getLogger(__name__)


class KeySlots:
    """The slots on this laptop and the master key; saved to `path` after every change."""

    def __init__(self, path: Path, file: KeyFile, master: bytes) -> None:
        self.path = path
        self.file = file
        self.master = master
        # someone lost their slot this session: replace the master key (at once, or at
        # close); `file.rotation_due` keeps that on disk until it is done
        self.rotation_due = False

    def save(self) -> None:
        self.file.save(self.path, self.master)

    def seal_data_key(self, data_key: bytes) -> bytes:
        return crypto.seal(self.master, data_key, self.file.data_key_aad())

    def follow_roster(self, roster: RosterKeys) -> bool:
        """Give every active staff member of the roster a slot, and take away the slots
        of people removed or whose identity was replaced. True: the master key is due
        to be replaced."""
        slots: list[Slot] = []
        have: set[str] = set()
        changed = False
        for slot in self.file.slots:
            person = roster.get(slot.staff_id or "") if slot.kind == "staff" else None
            if person is None:  # the recovery slot, or someone whose record has not arrived
                slots.append(slot)
                continue
            name, active, box_key, params = person
            if not active:
                changed = self.rotation_due = True
                continue
            if box_key and params and slot.box_public != box_key:
                changed = True
                if slot.box_public is not None:  # replaced: the old passphrase may be known
                    self.rotation_due = True
                slot = self._roster_slot(slot.staff_id or "", name, box_key, params)
            elif slot.label != name:
                changed = True
                slot = dataclasses.replace(slot, label=name)
            slots.append(slot)
            have.add(slot.staff_id or "")
        for staff_id, (name, active, box_key, params) in roster.items():
            if active and box_key and params and staff_id not in have:
                slots.append(self._roster_slot(staff_id, name, box_key, params))
                changed = True
        if self.rotation_due and not self.file.rotation_due:
            self.file.rotation_due = changed = True  # on disk until the keys are replaced
        if changed and any(s.kind == "staff" for s in slots):
            self.file.slots = slots
            self.save()
        return self.rotation_due or self.file.rotation_due

    def _roster_slot(self, staff_id: str, label: str, box_key: str,
                     params: tuple[bytes, crypto.KdfParams]) -> Slot:
        return roster_slot(self.file.vault_id, self.master, staff_id, label, box_key, params)

    def rotate_master(self, data_key: bytes, rekey: Callable[[], None]) -> list[str]:
        """A new master key sealed to every slot's public key, then a new data key
        (`rekey`). Needs no one's passphrase. A version 1 slot cannot be carried over (it
        is sealed under its owner's passphrase); their names are returned."""
        master = crypto.random_key()
        vault_id = self.file.vault_id
        kept = [dataclasses.replace(s, blob=crypto.seal_to(s.box_public, master,
                                                           s.aad(vault_id)))
                for s in self.file.slots if s.box_public is not None]
        lost = [s.label or "" for s in self.file.slots
                if s.box_public is None and s.kind == "staff"]
        if not any(s.kind == "staff" for s in kept):
            log.warning("vault %s: master key not replaced, no slot could carry it", vault_id)
            return []
        self.file.slots = kept
        self.master = master
        self.file.data_key = self.seal_data_key(data_key)
        self.file.previous_data_key = None
        self.save()
        rekey()
        self.rotation_due = self.file.rotation_due = False
        self.save()
        log.info("vault %s has a new master key", vault_id)
        return lost

    def replace_recovery(self, recovery: bytes) -> None:
        """A new recovery slot; the old recovery key stops working at once."""
        self.file.slots = [s for s in self.file.slots if s.kind != "recovery"]
        self.file.slots.append(recovery_slot(self.file.vault_id, self.master, recovery))
        self.save()
