"""Which dataclass lives in which table, and how its fields become column values.

Columns carry the dataclass field names, so the mapping is derived, never hand-written.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from safehaven.domain import destruction as ds
from safehaven.domain import life as lf
from safehaven.domain import lifecycle as lc
from safehaven.domain import models as m

Record = Any  # one of the dataclasses in safehaven.domain.models


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    model: type
    append_only: bool  # append-only kinds never conflict; one change-log entry per row
    resident_scoped: bool = True

    @property
    def columns(self) -> tuple[str, ...]:
        return _columns(self.model)


@cache
def _columns(model: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(model))


TABLES: dict[type, Table] = {
    t.model: t
    for t in (
        Table("sites", m.Site, append_only=False, resident_scoped=False),
        Table("staff", m.Staff, append_only=False, resident_scoped=False),
        Table("devices", m.Device, append_only=False, resident_scoped=False),
        Table("staff_prefs", m.StaffPrefs, append_only=False, resident_scoped=False),
        Table("key_grants", m.KeyGrant, append_only=True, resident_scoped=False),
        Table("restricted_grants", m.RestrictedGrant, append_only=True,
              resident_scoped=False),
        Table("audit_log", m.AuditEntry, append_only=True, resident_scoped=False),
        Table("residents", m.Resident, append_only=False, resident_scoped=False),
        Table("stage_changes", m.StageChange, append_only=True),
        Table("needs", m.Need, append_only=False),
        Table("check_ins", m.CheckIn, append_only=True),
        Table("therapy_plans", m.TherapyPlan, append_only=False),
        Table("therapy_sessions", m.TherapySession, append_only=False),
        Table("case_notes", m.CaseNote, append_only=True),
        Table("referrals", m.Referral, append_only=False),
        Table("consents", m.Consent, append_only=False),
        Table("trusted_adults", m.TrustedAdult, append_only=False),
        Table("follow_ups", m.FollowUp, append_only=False),
        Table("incidents", m.Incident, append_only=False),
        Table("safety_plans", m.SafetyPlan, append_only=False),
        Table("custom_scales", m.CustomScale, append_only=False, resident_scoped=False),
        Table("outcome_measures", m.OutcomeMeasure, append_only=False),
        Table("group_sessions", m.GroupSession, append_only=False, resident_scoped=False),
        Table("group_attendance", m.GroupAttendance, append_only=False),
        Table("alert_acks", m.AlertAck, append_only=True),
        Table("health_profiles", m.HealthProfile, append_only=False),
        Table("prescriptions", m.Prescription, append_only=False),
        Table("dose_records", m.DoseRecord, append_only=True),
        Table("stock_entries", m.StockEntry, append_only=True),
        # safeguarding records a home keeps (issue 27)
        Table("sightings", m.Sighting, append_only=True),
        Table("no_contacts", m.NoContact, append_only=False),
        Table("contacts", m.Contact, append_only=True),
        Table("restraints", m.Restraint, append_only=True),
        Table("restraint_debriefs", m.RestraintDebrief, append_only=True),
        Table("restraint_reviews", m.RestraintReview, append_only=True),
        Table("house_log", m.HouseLogEntry, append_only=True, resident_scoped=False),
        Table("documents", m.Document, append_only=False),
        # a child's life beyond therapy (issue 31)
        Table("trafficking_profiles", lf.TraffickingProfile, append_only=False),
        Table("identification_decisions", lf.IdentificationDecision, append_only=False),
        Table("legal_cases", lf.LegalCase, append_only=False),
        Table("hearings", lf.Hearing, append_only=False),
        Table("education_placements", lf.EducationPlacement, append_only=False),
        Table("school_weeks", lf.SchoolWeek, append_only=False),
        Table("school_events", lf.SchoolEvent, append_only=True),
        Table("child_goals", lf.ChildGoal, append_only=False),
        Table("wishes", lf.Wish, append_only=True),
        Table("complaints", lf.Complaint, append_only=False),
        Table("case_reviews", lf.CaseReview, append_only=False),
        Table("house_settings", lf.HouseSetting, append_only=False, resident_scoped=False),
        # a child's record over its whole life (issue 30)
        Table("case_closures", lc.CaseClosure, append_only=True),
        Table("approvals", lc.Approval, append_only=True),
        Table("legal_holds", lc.LegalHold, append_only=False),
        # the tombstone of a destruction: never a child's row (it outlives her records)
        Table("destructions", ds.DestructionStep, append_only=True, resident_scoped=False),
    )
}
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES.values()}


def table_of(model: type) -> Table:
    return TABLES[model]


def encode(value: Any) -> Any:
    """A Python value as an SQLite value."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return json.dumps([encode(v) for v in value], ensure_ascii=False)
    raise TypeError(f"cannot store {type(value).__name__}")


@cache
def _decoders(model: type) -> tuple[tuple[str, Any], ...]:
    """Each field's decoding alone (`decode_field`), from the same `_expr` as `_builder`."""
    hints = typing.get_type_hints(model)
    out = []
    for f in fields(model):
        env = _env(model)
        out.append((f.name, eval(f"lambda v: {_expr(hints[f.name], 'v', env)}", env)))  # noqa: S307
    return tuple(out)


def to_row(record: Record) -> dict[str, Any]:
    model: Any = type(record)
    return {name: encode(getattr(record, name)) for name in _columns(model)}


def from_row(model: type, row: typing.Sequence[Any]) -> Record:
    """Build a record from a row selected with `Table.columns`, in that order."""
    return _builder(model)(row)


def _env(model: type) -> dict[str, Any]:
    return {"_model": model, "_loads": json.loads, "_date": date.fromisoformat,
            "_datetime": datetime.fromisoformat}


def _expr(hint: Any, var: str, env: dict[str, Any], depth: int = 0) -> str:
    """Python that decodes `var`, a value as SQLite keeps it, into the type `hint` names
    (JSON lists, ISO dates, vocabularies, 0/1 for bools; the rest as it is)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return f"(None if {var} is None else {_expr(inner[0], var, env, depth)})"
    if origin is tuple:
        item = f"x{depth}"
        inner_expr = _expr(typing.get_args(hint)[0], item, env, depth + 1)
        return f"tuple([{inner_expr} for {item} in _loads({var})])"
    if hint is bool:
        return f"bool({var})"
    if hint is date:
        return f"_date({var})"
    if hint is datetime:
        return f"_datetime({var})"
    if isinstance(hint, type) and issubclass(hint, Enum):
        name = f"_enum{len(env)}"
        env[name] = hint
        return f"{name}({var})"
    return var


@cache
def _builder(model: type) -> Callable[[typing.Sequence[Any]], Record]:
    """`from_row` for one model, written out once with each field's decoding inline: a
    row was decoded through a lookup and a call per field, and Today on a big house makes
    8,000 records. A row of the wrong length raises ValueError, as `zip(strict=True)` did."""
    hints = typing.get_type_hints(model)
    env = _env(model)
    names = [f.name for f in fields(model)]
    values = [f"v{i}" for i in range(len(names))]
    args = ", ".join(f"{name}={_expr(hints[name], v, env)}" for name, v in zip(names, values,
                                                                              strict=True))
    source = f"def build(row):\n    {', '.join(values)}, = row\n    return _model({args})\n"
    exec(compile(source, f"<from_row {model.__name__}>", "exec"), env)  # noqa: S102
    built: Callable[[typing.Sequence[Any]], Record] = env["build"]
    return built


def decode_field(model: type, name: str, value: Any) -> Any:
    return dict(_decoders(model))[name](value)
