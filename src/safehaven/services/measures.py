"""Outcome measures: standardized scores over time, each with the severity band its
instrument publishes; a manager may add the house's own scales. Clinicians and managers
record and read them; other roles see no scores at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safehaven.domain import measures as M
from safehaven.domain import validate as v
from safehaven.domain.models import CustomScale, OutcomeMeasure, Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_BANDS = 8


@dataclass(frozen=True, slots=True)
class Scored:
    """A measure with its instrument and band, as the page, the chart and reports show it."""

    measure: OutcomeMeasure
    instrument: M.Instrument
    band: M.Band

    @property
    def id(self) -> str:
        return self.measure.id


@dataclass(frozen=True, slots=True)
class Change:
    """First score (at intake, or the first taken) and the latest, for one instrument."""

    instrument: M.Instrument
    first: Scored
    latest: Scored
    count: int  # administrations in all

    @property
    def direction(self) -> str:
        return M.change_label(self.instrument, self.first.measure.total,
                              self.latest.measure.total)


def instruments(ctx: Context) -> dict[str, M.Instrument]:
    """Shipped instruments, then the house's own scales (by name)."""
    out = dict(M.BUILT_IN)
    scales = sorted(reads.all_of(ctx.conn, CustomScale), key=lambda s: s.name.casefold())
    for s in scales:
        out[s.id] = _instrument(s)
    return out


def _instrument(s: CustomScale) -> M.Instrument:
    return M.custom(s.id, s.name, s.min_score, s.max_score,
                    [_band(b) for b in s.bands], s.higher_is_better)


def _band(text: str) -> tuple[int, str]:
    lowest, _, label = text.partition("=")
    return int(lowest), label


def find(ctx: Context, name: str) -> M.Instrument:
    """An instrument by code, alias, custom scale id or name (any case)."""
    wanted = (name or "").strip().casefold()
    known = instruments(ctx)
    code = M.ALIASES.get(wanted, wanted)
    if code in known:
        return known[code]
    for instrument in known.values():
        if instrument.custom and (instrument.code == name.strip()
                                  or instrument.name.casefold() == wanted):
            return instrument
    raise InvalidValue("instrument", tr("Unknown instrument. Choose one of: {names}.",
                                        names=", ".join(i.code if not i.custom else i.name
                                                        for i in known.values())))


def _score(field: str, value: Any, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, tr("Enter a whole number.")) from None
    if isinstance(value, bool) or (isinstance(value, float) and value != number):
        raise InvalidValue(field, tr("Enter a whole number."))
    if not low <= number <= high:
        raise InvalidValue(field, tr("The score must be between {low} and {high}.",
                                     low=low, high=high))
    return number


def _subscales(instrument: M.Instrument, given: dict[str, Any] | None, total: int
               ) -> tuple[str, ...]:
    out = []
    for name, value in (given or {}).items():
        key = name.strip().casefold()
        if key not in instrument.subscales:
            choices = ", ".join(instrument.subscales) or tr("none")
            raise InvalidValue("subscales", tr("{instrument} has no subscale '{name}' "
                                               "(subscales: {choices}).",
                                               instrument=instrument.name, name=name,
                                               choices=choices))
        low, high = instrument.subscales[key]
        out.append((key, _score("subscales", value, low, high)))
    if out and len(out) == len(instrument.subscales) and sum(n for _, n in out) != total:
        raise InvalidValue("subscales", tr("The subscales add up to {sum}, not to the total "
                                           "{total}.", sum=sum(n for _, n in out),
                                           total=total))
    order = list(instrument.subscales)
    return tuple(f"{k}={n}" for k, n in sorted(out, key=lambda kv: order.index(kv[0])))


def record(ctx: Context, resident_id: str, instrument: str, total: Any, *,
           taken_on: date | None = None, administered_by: str | None = None,
           subscales: dict[str, Any] | None = None, note: str | None = None
           ) -> Result[OutcomeMeasure]:
    ctx.require(Action.RECORD_MEASURE)
    found = find(ctx, instrument)
    score = _score("total", total, found.min_score, found.max_score)
    day = v.not_future("taken_on", taken_on, ctx.today()) or ctx.today()
    by = administered_by or (ctx.actor.id if ctx.actor else "")
    if not by:
        raise InvalidValue("administered_by", tr("Say who administered it."))
    measure = OutcomeMeasure(
        id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
        instrument=found.code, taken_on=day, total=score, administered_by=by,
        subscales=_subscales(found, subscales, score),
        note=v.text("note", note, max_len=2000))
    with ctx.write() as tx:
        resident = tx.get(Resident, resident_id)
        v.before("taken_on", day, resident.intake_date,
                 tr("This is before the young person came to the house."))
        tx.insert(measure)
    return Result(measure, tuple(tx.changes))


def edit(ctx: Context, measure_id: str, *, total: Any = None, taken_on: date | None = None,
         administered_by: str | None = None, subscales: dict[str, Any] | None = None,
         note: str | None = None) -> Result[OutcomeMeasure]:
    """Correct a score as typed (the instrument stays: a score on the wrong instrument is
    removed and recorded again). The old values stay in the record's history."""
    ctx.require(Action.RECORD_MEASURE)
    current = reads.get(ctx.conn, OutcomeMeasure, measure_id)
    found = instruments(ctx).get(current.instrument)
    if found is None or current.deleted:
        raise InvalidValue("measure_id", tr("This score cannot be corrected here."))
    changes: dict[str, Any] = {}
    score = current.total
    if total is not None and total != "":
        score = changes["total"] = _score("total", total, found.min_score, found.max_score)
    if taken_on:
        changes["taken_on"] = v.not_future("taken_on", taken_on, ctx.today())
    if administered_by:
        changes["administered_by"] = administered_by
    if subscales is not None:
        changes["subscales"] = _subscales(found, subscales, score)
    elif "total" in changes and current.subscales and len(current.subscales) == len(
            found.subscales) and score != current.total:
        raise InvalidValue("subscales", tr("The total changed: correct the subscales too."))
    if note is not None:
        changes["note"] = v.text("note", note, max_len=2000)
    with ctx.write() as tx:
        resident = tx.get(Resident, current.resident_id)
        v.before("taken_on", changes.get("taken_on"), resident.intake_date,
                 tr("This is before the young person came to the house."))
        measure = tx.update(OutcomeMeasure, measure_id, **changes) if changes else current
    return Result(measure, tuple(tx.changes))


def remove(ctx: Context, measure_id: str) -> Result[OutcomeMeasure]:
    """A score typed against the wrong young person or instrument: tombstoned, kept in
    the history."""
    ctx.require(Action.RECORD_MEASURE)
    with ctx.write() as tx:
        measure = tx.update(OutcomeMeasure, measure_id, deleted=True)
    return Result(measure, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[Scored]:
    """Oldest first, each with its band."""
    ctx.require(Action.READ_MEASURES)
    known = instruments(ctx)
    rows = reads.for_resident(ctx.conn, OutcomeMeasure, resident_id, "taken_on, id")
    return [_scored(m, known) for m in rows if m.instrument in known]


def _scored(m: OutcomeMeasure, known: dict[str, M.Instrument]) -> Scored:
    instrument = known[m.instrument]
    total = min(max(m.total, instrument.min_score), instrument.max_score)
    return Scored(m, instrument, instrument.band(total))


def changes(scored: list[Scored], until: date | None = None) -> list[Change]:
    """Per instrument: the first score and the latest (up to `until`), oldest first."""
    by: dict[str, list[Scored]] = {}
    for s in scored:
        if until is None or s.measure.taken_on <= until:
            by.setdefault(s.instrument.code, []).append(s)
    return [Change(group[0].instrument, group[0], group[-1], len(group))
            for group in by.values()]


def changes_by_resident(scored: list[Scored], until: date | None = None
                        ) -> dict[tuple[str, str], Change]:
    """(resident id, instrument code) -> first and latest score up to `until`."""
    by: dict[str, list[Scored]] = {}
    for s in scored:
        by.setdefault(s.measure.resident_id, []).append(s)
    return {(rid, c.instrument.code): c for rid, group in by.items()
            for c in changes(group, until)}


def all_scored(ctx: Context) -> list[Scored]:
    """Every resident's scores (for reports), oldest first."""
    ctx.require(Action.READ_MEASURES)
    known = instruments(ctx)
    rows = sorted(reads.all_of(ctx.conn, OutcomeMeasure),
                  key=lambda m: (m.taken_on, m.id))
    return [_scored(m, known) for m in rows if m.instrument in known]


def add_scale(ctx: Context, name: str, min_score: int, max_score: int,
              bands: Any, *, higher_is_better: bool = False) -> Result[CustomScale]:
    """A house's own scale. `bands`: (lowest score, label) pairs or "lowest=label" text;
    the first band must start at the scale's lowest score."""
    ctx.require(Action.MANAGE_SCALES)
    title = v.name("name", name)
    low = _score("min_score", min_score, -1000, 1000)
    high = _score("max_score", max_score, -1000, 1000)
    if high <= low:
        raise InvalidValue("max_score", tr("The highest score must be above the lowest."))
    pairs = _parse_bands(bands, low, high)
    clash = {i.name.casefold() for i in instruments(ctx).values()} | set(M.ALIASES) \
        | set(M.BUILT_IN)
    if title.casefold() in clash:
        raise InvalidValue("name", tr("An instrument with this name exists already."))
    scale = CustomScale(id=new_id(), site_id=ctx.vault.site_id, name=title, min_score=low,
                        max_score=high, bands=tuple(f"{lo}={label}" for lo, label in pairs),
                        higher_is_better=bool(higher_is_better),
                        created_by=ctx.actor.id if ctx.actor else None)
    with ctx.write() as tx:
        tx.insert(scale)
    return Result(scale, tuple(tx.changes))


def _parse_bands(bands: Any, low: int, high: int) -> list[tuple[int, str]]:
    items = bands.split(",") if isinstance(bands, str) else list(bands or ())
    pairs: list[tuple[int, str]] = []
    for item in items:
        if isinstance(item, str):
            lowest, sep, label = item.partition("=")
            if not sep:
                raise InvalidValue("bands", tr("Write each band as lowest=label, for "
                                               "example 0=Low,10=High."))
        else:
            lowest, label = item
        score = _score("bands", lowest, low, high)
        text = v.text("bands", str(label), required=True, max_len=60)
        assert text is not None
        if "=" in text or "," in text:
            raise InvalidValue("bands", tr("A band's label cannot contain '=' or ','."))
        pairs.append((score, text))
    pairs.sort()
    if not pairs:
        raise InvalidValue("bands", tr("Give at least one band."))
    if len(pairs) > MAX_BANDS:
        raise InvalidValue("bands", tr("Give at most {n} bands.", n=MAX_BANDS))
    if pairs[0][0] != low:
        raise InvalidValue("bands", tr("The first band must start at the lowest score "
                                       "({low}).", low=low))
    if len({lo for lo, _ in pairs}) != len(pairs):
        raise InvalidValue("bands", tr("Two bands start at the same score."))
    return pairs


def scales(ctx: Context) -> list[M.Instrument]:
    """Every instrument a score can be recorded on (shipped ones first)."""
    ctx.require(Action.READ_MEASURES)
    return list(instruments(ctx).values())
