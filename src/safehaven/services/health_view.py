"""Everything the resident's Health tab shows, in one read: the allergies first, the
profile, the medicines, the last two weeks' doses and the doses still due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from safehaven.domain.medication import Batch, DueDose, StockState
from safehaven.domain.models import DoseRecord, HealthProfile, Prescription, StockEntry
from safehaven.services import health, medication, medication_stock, staff
from safehaven.services.context import Context
from safehaven.services.health import SafetyFacts

RECENT_DAYS = 14


@dataclass(frozen=True, slots=True)
class HealthView:
    facts: SafetyFacts
    profile: HealthProfile | None
    prescriptions: list[Prescription]  # current first, then stopped
    doses: list[DoseRecord]  # newest first
    due: list[DueDose]
    staff_names: dict[str, str]
    stock: dict[str, StockState]  # by prescription id
    stock_entries: list[StockEntry]  # the last two weeks', newest first
    batches: dict[str, list[Batch]]  # by prescription id, where receipts named batches
    may_prescribe: bool  # clinicians, managers and staff trained to give medicines


def load(ctx: Context, resident_id: str) -> HealthView:
    now = ctx.now().replace(tzinfo=None)
    doses = medication.doses_for(ctx, resident_id, now - timedelta(days=RECENT_DAYS),
                                 now + timedelta(days=1))
    prescriptions = medication.prescriptions_for(ctx, resident_id)
    return HealthView(
        facts=health.safety_facts(ctx, resident_id),
        profile=health.profile(ctx, resident_id),
        prescriptions=prescriptions,
        doses=sorted(doses, key=lambda d: (d.at, d.id), reverse=True),
        due=medication.due(ctx, resident_id),
        staff_names={s.id: s.display_name for s in staff.listing(ctx)},
        stock=medication_stock.stock_states(ctx, prescriptions),
        stock_entries=medication_stock.stock_for(ctx, resident_id,
                                           now - timedelta(days=RECENT_DAYS)),
        batches=medication_stock.batch_states(ctx, prescriptions),
        may_prescribe=medication.may_prescribe(ctx),
    )
