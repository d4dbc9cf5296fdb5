"""Commands for the young person's own voice and the reviews that hear it (issue 31):
goals in their words, wishes and feelings, complaints a manager answers, and the house's
setting for how long a complaint may wait. Services only, so roles hold as in the app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.declare import Command, _define, _group, _id, _o, _values, listing
from safehaven.cli.lazy import services
from safehaven.cli.life import _line, _on, _resident
from safehaven.domain import life as L
from safehaven.domain import vocab as V
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import house_settings, reviews, voice
else:
    house_settings, reviews, voice = services("house_settings", "reviews", "voice")


def register(sub: Any, command: Command) -> None:
    goal = _group(sub, "goal", tr("the young person's goals, in their own words"))
    _define(goal, command, "add", tr("write down a goal as the young person says it"),
            voice.add_goal, [
                _resident(), _o("--words", "words", tr("the goal, in their words")),
                _o("--plan", "plan_id", tr("the therapy plan it goes with")),
                _on("--set", "set_on", tr("when they set it (default today)"))],
            ["resident_id", "words"])
    _define(goal, command, "review", tr("how a goal is going, in their words"),
            voice.review_goal, [
                _id("goal", "goal_id"),
                _o("--progress", "progress", tr("how it is going, as they say it")),
                _o("--status", "status", tr("working on it, achieved or set aside"),
                   choices=_values(L.GoalStatus)),
                _o("--words", "words", tr("the goal, in their words")),
                _on("--reviewed", "reviewed_on", tr("when it was reviewed (default today)"))],
            ["goal_id"])
    listing(goal, command, tr("a resident's goals, those being worked on first"),
            voice.goals, _line)

    wish = _group(sub, "wish", tr("the young person's wishes and feelings"))
    _define(wish, command, "add", tr("write down a wish or feeling in their words"),
            voice.add_wish, [
                _resident(), _o("--words", "words", tr("what they said")),
                _o("--topic", "topic", tr("what it is about: family, school, where to live")),
                _on("--said", "said_on", tr("when they said it (default today)"))],
            ["resident_id", "words"])
    listing(wish, command, tr("a resident's wishes and feelings, newest first"),
            voice.wishes, _line)

    complaint = _group(sub, "complaint", tr("complaints by the young person, answered by a "
                                            "manager"))
    _define(complaint, command, "add", tr("write down a complaint as they made it"),
            voice.complain, [
                _resident(), _o("--details", "details", tr("the complaint, in their words")),
                _on("--made", "made_on", tr("when they made it (default today)"))],
            ["resident_id", "details"])
    _define(complaint, command, "answer", tr("a manager's answer to a complaint"),
            voice.answer, [
                _id("complaint", "complaint_id"),
                _o("--answer", "answer", tr("what the young person was told")),
                _o("--outcome", "outcome", tr("upheld, partly upheld, not upheld or "
                                              "withdrawn"),
                   choices=_values(L.ComplaintOutcome)),
                _o("--handling", "handling", tr("how it was looked into")),
                _on("--answered", "answered_on", tr("when it was answered (default today)")),
                _o("--satisfied", "child_satisfied", tr("is the young person satisfied?"),
                   choices=_values(V.FeelsSafe))],
            ["complaint_id", "answer", "outcome"])
    listing(complaint, command, tr("a resident's complaints, unanswered first"),
            voice.complaints, _line)
    _define(complaint, command, "days", tr("how many days a complaint may wait for an "
                                           "answer before managers are alerted"),
            _set_days, [_o("--days", "value", tr("the number of days"), type=int)],
            ["value"])


    _register_review(sub, command)


def _set_days(ctx: Any, value: int) -> Any:
    return house_settings.set_value(ctx, "complaint-days", value)


def _set_weeks(ctx: Any, value: int) -> Any:
    return house_settings.set_value(ctx, "review-weeks", value)


def cmd_review_sheet(args: argparse.Namespace) -> None:
    from safehaven.reports import review as review_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        sheet = reviews.sheet(ctx, args.resident_id)
    print(save(review_report.render(sheet), args.out))


def _register_review(sub: Any, command: Command) -> None:
    review = _group(sub, "review", tr("case reviews: the whole plan with the young person"))
    about = [
        _o("--participants", "participants", tr("who took part")),
        _o("--decisions", "decisions", tr("what was decided")),
        _o("--without-them", "child_took_part", tr("the young person did not take part"),
           action="store_const", const=False),
        _on("--held", "held_on", tr("when it was held (default today)")),
        _on("--next", "next_review", tr("when the next one is (default after the house's "
                                        "weeks)"))]
    _define(review, command, "hold", tr("record a review"), reviews.hold, [
        _resident(), *about,
        _o("--wishes", "wishes", tr("what the young person said, in their words"))],
        ["resident_id", "participants", "decisions"])
    _define(review, command, "edit", tr("correct a review"), reviews.edit,
            [_id("review", "review_id"), *about], ["review_id"])
    listing(review, command, tr("a resident's reviews, newest first"), reviews.for_resident, _line)
    c = command("sheet", cmd_review_sheet, tr("the one-page review sheet (clinicians and "
                                              "managers)"), review)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--out", type=Path, required=True, help=tr("the PDF file to write"))
    _define(review, command, "every", tr("how many weeks between reviews"), _set_weeks,
            [_o("--weeks", "value", tr("the number of weeks"), type=int)], ["value"])
