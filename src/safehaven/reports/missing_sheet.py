"""The missing-person sheet for the police, on one page: who the young person is, when
and where they were last seen, what they wear, who was told. Nothing else of the record
(no clinical notes, no reasons from the no-contact list, no history beyond a count)."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepInFrame, Spacer, Table, TableStyle

from safehaven import formats
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.missing_sheet import MissingSheet


def render(p: MissingSheet) -> bytes:
    s = L.styles()
    body = ParagraphStyle("sheet", parent=s["body"], fontSize=11, leading=15)
    label = ParagraphStyle("label", parent=s["body"], fontSize=9, leading=12, textColor=L.GREY)
    doc = L.ReportDoc(title=tr("Missing person: information for the police"),
                      period=tr("Missing since {when}", when=L.moment(p.last_seen_at)),
                      house=p.house, generated=L.generated_line(p.printed_by, p.printed_at))
    legal = p.legal_name or (tr("ask the house manager") if p.legal_name_withheld else "–")
    age = (tr("{n} years (born {day})", n=p.age, day=L.day(p.date_of_birth))
           if p.age is not None and p.date_of_birth else
           tr("about {n} years", n=p.age) if p.age is not None else "–")
    told = joined(word(n) for n in p.notified) or "–"
    if p.notified and p.notified_at:
        told = tr("{who}, at {when}", who=told, when=L.moment(p.notified_at))
    rows = [
        (tr("Known as"), p.preferred_name), (tr("Legal name"), legal), (tr("Age"), age),
        (tr("Gender"), word(p.gender) if p.gender else "–"),
        (tr("Languages"), formats.languages(p.languages) or "–"),
        (tr("Interpreter"), formats.language_name(p.interpreter_language)
         if p.interpreter_language else "–"),
        (tr("Last seen"), L.moment(p.last_seen_at)), (tr("Last seen where"), p.last_seen_place),
        (tr("Clothing and appearance"), p.appearance or "–"),
        (tr("What happened"), p.circumstances), (tr("Who was told"), told),
        (tr("Police reference"), p.police_reference or "–"),
        (tr("Sightings since"), joined((tr("{when}: {place}", when=L.moment(x.at),
                                            place=x.place)
                                         for x in p.sightings), semicolons=True) or "–"),
        (tr("Earlier missing episodes"), formats.number(p.earlier_episodes)),
        (tr("Contact"), tr("{house}: the manager on call", house=p.house)),
    ]
    table = Table([[L.para(k, label), L.para(v, body)] for k, v in rows],
                  colWidths=[L.WIDTH * 0.28, L.WIDTH * 0.72])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, L.LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story = [
        L.para(tr("Missing person"), s["title"]),
        Text(p.preferred_name, 18, bold=True, color=L.INK),
        Spacer(1, 2 * mm),
        L.para(tr("A child missing from residential care. Information for the police "
                  "only: keep it safe and return or destroy it when the child is found."),
               s["confidential"]),
        table,
        Spacer(1, 4 * mm),
        _photo(p.photo) or L.para(tr("Photograph: attach the current photo here."),
                                  s["small"]),
    ]
    height = L.A4_HEIGHT - 2 * (L.MARGIN + 4 * mm)
    return doc.render([KeepInFrame(L.WIDTH, height, story, mode="shrink")])


def _photo(data: bytes | None) -> Image | None:
    """The current photo, at most 60 x 75 mm, read from memory (never a file on disk);
    None when there is none or it cannot be read (the line asking for one stays)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except (OSError, ValueError):
        return None
    scale = min(60 * mm / width, 75 * mm / height)
    picture = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    picture.hAlign = "LEFT"
    return picture
