"""Prometheus metrics: counts and timings only, never an id of a house, device or record.

Labels are the fixed route names, methods and status codes; totals (houses, devices,
change sets, bytes) are read from the store when Prometheus scrapes. Each app has its own
registry, so several servers in one process (the tests) do not collide. prometheus-client
is a server extra: without it /metrics answers 404 and the rest runs as usual.

With several workers (`server --workers N`) the launcher points PROMETHEUS_MULTIPROC_DIR
at a private folder: each worker's counts go to files there and a scrape adds them all up,
whichever worker answers it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

try:
    from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
    from prometheus_client.core import GaugeMetricFamily
    from prometheus_client.exposition import CONTENT_TYPE_LATEST
    from prometheus_client.multiprocess import MultiProcessCollector
    from prometheus_client.registry import Collector
    AVAILABLE = True
except ImportError:  # pragma: no cover - the server extra is missing
    AVAILABLE = False
    Collector = object  # type: ignore[assignment,misc]


class _Totals(Collector):
    """Gauges computed at scrape time from the store (one small query)."""

    def __init__(self, totals: Callable[[], dict[str, int]]) -> None:
        self.totals = totals

    def collect(self) -> Iterator[Any]:
        for name, value in self.totals().items():
            gauge = GaugeMetricFamily(f"safehaven_{name}", f"{name.replace('_', ' ')} now")
            gauge.add_metric([], value)
            yield gauge


REFUSALS = {401: "token", 403: "forbidden", 413: "too_large", 426: "app_too_old",
            429: "rate_limited", 507: "quota"}


class Metrics:
    def __init__(self, totals: Callable[[], dict[str, int]]) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("safehaven_requests", "requests answered",
                                ["route", "method", "status"], registry=self.registry)
        self.seconds = Histogram("safehaven_request_seconds", "time to answer a request",
                                 ["route"], registry=self.registry,
                                 buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10))
        self.stored = Counter("safehaven_changesets_stored", "change sets stored by pushes",
                              registry=self.registry)
        self.bytes_in = Counter("safehaven_request_bytes", "request body bytes received",
                                registry=self.registry)
        self.refused = Counter("safehaven_refusals", "requests refused, by reason kind",
                               ["kind"], registry=self.registry)
        self.registry.register(_Totals(totals))
        # routes, methods and statuses are few and fixed: their series are kept here
        self._children: dict[tuple[str, str, int], tuple[Any, Any, Any]] = {}
        self.exposed = self.registry  # what a scrape reads
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # several workers: every one's
            self.exposed = CollectorRegistry()
            MultiProcessCollector(self.exposed)  # type: ignore[no-untyped-call]
            self.exposed.register(_Totals(totals))

    def observe(self, route: str, method: str, status: int, seconds: float,
                bytes_in: int) -> None:
        children = self._children.get((route, method, status))
        if children is None:  # the labelled series of this route and status, looked up once
            kind = REFUSALS.get(status)
            children = self._children[(route, method, status)] = (
                self.requests.labels(route, method, str(status)), self.seconds.labels(route),
                self.refused.labels(kind) if kind else None)
        children[0].inc()
        children[1].observe(seconds)
        if bytes_in:
            self.bytes_in.inc(bytes_in)
        if children[2] is not None:
            children[2].inc()

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.exposed), CONTENT_TYPE_LATEST
