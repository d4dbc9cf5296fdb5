"""Error codes on the wire: the server says what went wrong as a code beside its words,
laptops decide on the code, and laptops and servers of the previous version still
understand each other."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from safehaven.server.admin import create_org
from safehaven.sync import protocol
from safehaven.sync.client import AppTooOld, EpochChanged, SyncError, _answer
from safehaven.sync.protocol import ErrorCode
from tests.sync.server_harness import LiveServer


def _response(path: str, status: int, body: dict[str, object]) -> httpx.Response:
    return httpx.Response(status, json=body,
                          request=httpx.Request("GET", "https://sync.example" + path))


def test_the_server_answers_an_epoch_change_with_a_code_and_the_words_old_laptops_read(
        tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    try:
        storage = server.storage
        token = storage.register(create_org(storage, "Harbour"), "site-1", "device-1")
        with httpx.Client(base_url=server.url) as http:
            answer = http.get(protocol.PULL, params={"after": 0, "epoch": "an-older-one"},
                              headers={"authorization": f"Bearer {token}"})
            stale = http.get(protocol.STATE, headers={"authorization": "Bearer dev_made-up"})
    finally:
        server.stop()
    assert answer.status_code == 409
    doc = answer.json()
    assert doc["code"] == ErrorCode.EPOCH_CHANGED and doc["epoch"] == storage.epoch()
    assert doc["error"] == f"epoch:{storage.epoch()}"  # what a laptop before codes reads
    assert stale.status_code == 401 and stale.json()["code"] == ErrorCode.UNAUTHORIZED


def test_the_laptop_decides_on_the_code_not_the_words() -> None:
    with pytest.raises(EpochChanged) as changed:
        _answer(_response(protocol.PULL, 409, {"code": "epoch_changed", "epoch": "e2",
                                               "error": "worded any way at all"}))
    assert changed.value.epoch == "e2" and changed.value.code is ErrorCode.EPOCH_CHANGED
    with pytest.raises(SyncError) as full:
        _answer(_response(protocol.PUSH, 507, {"code": "quota_full", "error": "epoch:e3"}))
    assert full.value.code is ErrorCode.QUOTA_FULL and not isinstance(full.value,
                                                                       EpochChanged)
    with pytest.raises(AppTooOld) as old:
        _answer(_response(protocol.STATE, 426, {"code": "app_too_old", "error": "",
                                                "app": {"minimum": "9.0", "latest": "9.1"}}))
    assert old.value.minimum == "9.0"


def test_a_server_before_codes_is_understood_by_its_status() -> None:
    """Its 409 on a pull was always its epoch changing: the laptop asks for the epoch
    (the words are never parsed); its 507 was always the quota."""
    with pytest.raises(EpochChanged) as changed:
        _answer(_response(protocol.PULL, 409, {"error": "epoch:e9"}))
    assert changed.value.epoch is None
    with pytest.raises(SyncError) as full:
        _answer(_response(protocol.PUSH, 507, {"error": "house storage quota reached"}))
    assert full.value.code is ErrorCode.QUOTA_FULL
    with pytest.raises(SyncError) as taken:  # a 409 elsewhere is not about epochs
        _answer(_response(protocol.REGISTER, 409, {"error": "house already registered"}))
    assert taken.value.code is ErrorCode.ALREADY_EXISTS


def test_an_unknown_code_from_a_newer_server_falls_back_on_the_status() -> None:
    assert protocol.error_code(403, {"code": "something_new"}) is ErrorCode.FORBIDDEN
    assert protocol.error_code(503, {}) is ErrorCode.SERVER_ERROR


@pytest.mark.parametrize(("doc", "where"), [
    ({"ids": ["a"], "extra": 1}, "extra is not a field"),
    ({}, "ids is missing"),
    ({"ids": "a"}, "ids is not a list"),
    ({"ids": [1]}, "ids[0] is not a str"),
])
def test_the_one_decoder_names_the_field_and_a_code(doc: dict, where: str) -> None:
    try:
        protocol.decode(protocol.FetchRequest, doc)
    except protocol.MessageError as exc:
        assert where in str(exc) and exc.code is protocol.ErrorCode.BAD_REQUEST
    else:
        pytest.fail("decoded")


@pytest.mark.parametrize(("body", "words"), [
    ({"enrol_token": ["not", "a", "str"]}, "enrol_token is not a str"),
    ({"enrol_token": "x", "admin": True}, "admin is not a field"),
    ({}, "enrol_token is missing"),
])
def test_the_server_refuses_a_request_not_of_its_type_with_a_code(tmp_path: Path, body: dict,
                                                                   words: str) -> None:
    """The server decodes requests with the laptop's own decoder (a real server on
    loopback): the answer names the field and carries a typed code."""
    server = LiveServer(tmp_path / "server")
    try:
        answer = httpx.post(f"{server.url}/v1/join", json=body)
        assert answer.status_code == 400 and answer.json()["code"] == "bad_request"
        assert words in answer.json()["error"]
    finally:
        server.stop()


# Each POST path with a body of the wrong shape: (path, body, words in the answer). The
# requests carry a real token where one is needed, so it is the decoder that refuses.
_WRONG = [
    (protocol.REGISTER, {"site_id": "s", "device_id": "d", "house_token": "t", "x": 1},
     "x is not a field"),
    (protocol.REGISTER, {"site_id": "s", "house_token": "t"}, "device_id is missing"),
    (protocol.ENROL, {"enrol_id": "e", "device_id": "d"}, "package is missing"),
    (protocol.ENROL, {"enrol_id": "e", "device_id": "d", "package": 7}, "package is not a str"),
    (protocol.REVOKE, {"devices": "all"}, "devices is not a list"),
    (protocol.REVOKE, {"devices": [], "by": "k", "note": "x"}, "note is not a field"),
    (protocol.MANAGERS, {"keys": [1]}, "keys[0] is not a str"),
    (protocol.PUSH, {"envelopes": ["e"], "sneaky": True}, "sneaky is not a field"),
    (protocol.PUSH, {}, "envelopes is missing"),
    (protocol.FETCH, {"ids": [None]}, "ids[0] is not a str"),
]


def test_every_request_is_refused_by_the_shared_decoder_with_a_code(tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    try:
        token = server.storage.register(create_org(server.storage, "Harbour"), "site-1",
                                        "device-1")
        with httpx.Client(base_url=server.url,
                          headers={"authorization": f"Bearer {token}"}) as http:
            answers = [(path, words, http.post(path, json=body))
                       for path, body, words in _WRONG]
    finally:
        server.stop()
    for path, words, answer in answers:
        assert answer.status_code == 400, (path, answer.text)
        assert answer.json()["code"] == "bad_request", path
        assert words in answer.json()["error"], (path, answer.json())


def test_every_handler_speaks_a_declared_message() -> None:
    """Each handler's answer is a type of sync/protocol.py, and each request body it reads
    goes through the decoder (so no handler parses a body by hand)."""
    import inspect
    import typing

    from safehaven.server import handlers
    from safehaven.sync import match_protocol, reissue_protocol

    for path, _, handler in handlers.ROUTES:
        answer = typing.get_type_hints(handler)["return"]
        declared = [getattr(m, answer.__name__, None)
                    for m in (protocol, reissue_protocol, match_protocol)]
        assert answer in declared, path
        source = inspect.getsource(handler)
        assert "edge.body(" not in source and ".json()" not in source, path


def test_the_laptop_refuses_an_answer_not_of_its_type() -> None:
    """A revoke answered with the wrong shape stops with one clear error, as every other
    answer does: the client asks through the same decoder."""
    from safehaven.sync.client import Client, ServerFailed

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"revoked": "all of them"})

    client = Client("https://sync.example", transport=httpx.MockTransport(handler))
    with pytest.raises(ServerFailed, match="revoked is not a whole number"):
        client.ask(protocol.RevokeAnswer, "POST", protocol.REVOKE, json={"devices": []})
    client.close()
