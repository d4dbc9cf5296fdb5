"""Transfers between houses through the command line (issue 30, item 1): the card, the
fingerprint confirmed before sending or accepting, the receipt; staff refused with one
line and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli_care import MANAGER, STAFF, House, ok, refused, run
from tests.test_cli_care import house as house_a  # noqa: F401


@pytest.fixture(scope="module")
def house_b(tmp_path_factory: pytest.TempPathFactory) -> House:
    folder = tmp_path_factory.mktemp("north") / "vault"
    done = run(folder, "init", "--house", "Casa Norte", "--staff-name", MANAGER, who=None)
    assert done.returncode == 0, done.stderr
    return House(folder, {})


def test_a_child_goes_from_a_to_b_and_the_receipt_closes_a(
        house_a: House, house_b: House, tmp_path: Path) -> None:  # noqa: F811
    a, b = house_a, house_b
    rid = ok(a, "resident", "add", "--preferred-name", "Efua Mensah")
    card = json.loads(ok(b, "transfer", "card", "--out", str(tmp_path / "b.card"), "--json"))
    assert card["house"] == "Casa Norte"
    package = str(tmp_path / "efua.transfer")
    send = ("transfer", "send", "--resident", rid, "--to-card", str(tmp_path / "b.card"),
            "--out", package)
    assert "fingerprint" in refused(a, *send)  # no terminal: it must be given
    refused(a, *send, "--fingerprint", "0000 1111")
    refused(a, *send, "--fingerprint", card["fingerprint"], who=STAFF)
    assert not Path(package).exists()
    sent = json.loads(ok(a, *send, "--fingerprint", card["fingerprint"].lower(), "--json"))
    assert sent["to"] == "Casa Norte"
    assert "Casa Norte" in ok(a, "resident", "show", "--id", rid)

    seen = json.loads(ok(b, "transfer", "open", package, "--json"))
    assert (seen["preferred_name"], seen["answered"]) == ("Efua Mensah", False)
    receipt = str(tmp_path / "receipt")
    ok(b, "transfer", "open", package, "--accept", "--receipt", receipt, "--fingerprint",
       seen["fingerprint"])
    assert "Efua Mensah" in ok(b, "residents")
    refused(b, "transfer", "open", package, "--accept", "--receipt", str(tmp_path / "r2"),
            "--fingerprint", seen["fingerprint"])  # the same package twice

    refused(a, "transfer", "receipt", receipt, who=STAFF)
    answer = json.loads(ok(a, "transfer", "receipt", receipt, "--json"))
    assert answer["accepted"] and answer["house"] == "Casa Norte"
    shown = json.loads(ok(a, "resident", "show", "--id", rid, "--json"))
    assert shown["case"]["closure"]["reason"] == "transferred"
    refused(a, "transfer", "receipt", receipt)  # counted once


def test_a_child_the_receiving_house_may_know_is_accepted_only_when_confirmed(
        house_a: House, house_b: House, tmp_path: Path) -> None:  # noqa: F811
    a, b = house_a, house_b
    rid = ok(a, "resident", "add", "--preferred-name", "Kwame Boateng", "--dob", "2012-03-04")
    here = ok(b, "resident", "add", "--preferred-name", "Kwame Boatengh", "--dob", "2012-03-04")
    card = json.loads(ok(b, "transfer", "card", "--out", str(tmp_path / "b.card"), "--json"))
    package = str(tmp_path / "kwame.transfer")
    ok(a, "transfer", "send", "--resident", rid, "--to-card", str(tmp_path / "b.card"),
       "--out", package, "--fingerprint", card["fingerprint"])
    seen = json.loads(ok(b, "transfer", "open", package, "--json"))
    assert seen["known_here"] == [here]
    accept = ("transfer", "open", package, "--accept", "--receipt", str(tmp_path / "receipt"),
              "--fingerprint", seen["fingerprint"])
    assert here in refused(b, *accept)  # names the record it may be
    assert not (tmp_path / "receipt").exists()
    ok(b, *accept, "--not-duplicate")
    shown = json.loads(ok(b, "resident", "show", "--id", rid, "--json"))
    assert shown["resident"]["preferred_name"] == "Kwame Boateng"
