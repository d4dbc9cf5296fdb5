"""Case notes: written once, amended openly; clinical notes only for clinical eyes."""

from __future__ import annotations

from dataclasses import replace

from safehaven.domain import validate as v
from safehaven.domain.models import CaseNote, Resident
from safehaven.domain.vocab import NoteKind
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def write(ctx: Context, resident_id: str, body: str, *, kind: NoteKind | str = NoteKind.GENERAL,
          for_manager: bool = False, session_id: str | None = None) -> Result[CaseNote]:
    note_kind = v.choice("kind", NoteKind, kind)
    ctx.require(Action.WRITE_CLINICAL_NOTE if note_kind is NoteKind.CLINICAL
                else Action.WRITE_NOTE)
    note = CaseNote(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                    kind=note_kind, body=v.text("body", body, required=True) or "",
                    staff_id=ctx.actor.id if ctx.actor else "", written_at=ctx.now(),
                    session_id=session_id, for_manager=for_manager)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(note)
    return Result(note, tuple(tx.changes))


def amend(ctx: Context, note_id: str, body: str, reason: str) -> Result[CaseNote]:
    """The old text stays; the amendment says who changed it, when and why."""
    original = visible(ctx, reads.get(ctx.conn, CaseNote, note_id))
    ctx.require(Action.WRITE_CLINICAL_NOTE if original.kind is NoteKind.CLINICAL
                else Action.WRITE_NOTE)
    amendment = replace(original, id=new_id(), body=v.text("body", body, required=True) or "",
                        staff_id=ctx.actor.id if ctx.actor else "", written_at=ctx.now(),
                        amends_id=note_id,
                        amend_reason=v.text("reason", reason, required=True, max_len=2000))
    with ctx.write() as tx:
        tx.insert(amendment)
    return Result(amendment, tuple(tx.changes))


def visible(ctx: Context, note: CaseNote) -> CaseNote:
    ctx.require(Action.READ_RECORDS)
    if note.kind is NoteKind.CLINICAL:
        ctx.require(Action.READ_RESTRICTED)
    return ctx.opened(note)


def for_resident(ctx: Context, resident_id: str) -> list[CaseNote]:
    """Current notes, newest first; clinical ones only for clinicians and managers."""
    ctx.require(Action.READ_RECORDS)
    notes = reads.for_resident(ctx.conn, CaseNote, resident_id, "written_at DESC, id DESC")
    if ctx.may(Action.READ_RESTRICTED):
        notes = [ctx.opened(n) for n in notes]
    else:
        notes = [n for n in notes if n.kind is not NoteKind.CLINICAL]
    with ctx.write() as tx:
        tx.audit("view", "case_notes", None, resident_id)
    return notes


def history(ctx: Context, note_id: str) -> list[CaseNote]:
    return [visible(ctx, n) for n in reads.history(ctx.conn, CaseNote, note_id)]
