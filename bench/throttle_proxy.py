"""A TCP proxy on loopback that limits each direction to a link's speed (a rural line).

    proxy = ThrottleProxy(target_port, kbit=256).start()   # then http://127.0.0.1:proxy.port
    proxy.cut()   # drop every connection now (a link that goes down)
    proxy.stop()

Each direction of each connection shares one token bucket per direction for the whole
proxy, so two connections together get the link's speed, not twice it. Only 127.0.0.1 is
ever bound or connected to.
"""

from __future__ import annotations

import asyncio
import threading
import time


class _Bucket:
    def __init__(self, bytes_per_second: float) -> None:
        self.rate = bytes_per_second
        self.free_at = time.monotonic()

    async def take(self, n: int) -> None:
        now = time.monotonic()
        self.free_at = max(self.free_at, now) + n / self.rate
        if self.free_at > now:
            await asyncio.sleep(self.free_at - now)


class ThrottleProxy:
    CHUNK = 4096

    def __init__(self, target_port: int, kbit: float = 256.0) -> None:
        self.target_port = target_port
        self.rate = kbit * 1000 / 8
        self.port = 0
        self.bytes = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.base_events.Server | None = None

    def start(self) -> ThrottleProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    async def _listen(self) -> None:
        self.up, self.down = _Bucket(self.rate), _Bucket(self.rate)
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer, self.up),
                             self._pipe(up_reader, writer, self.down),
                             return_exceptions=True)
        self._writers -= {writer, up_writer}

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    bucket: _Bucket) -> None:
        try:
            while data := await reader.read(self.CHUNK):
                await bucket.take(len(data))
                self.bytes += len(data)
                writer.write(data)
                await writer.drain()
        finally:
            writer.close()

    def cut(self) -> None:
        """Every open connection drops (new ones still work)."""
        def close_all() -> None:
            for writer in list(self._writers):
                writer.transport.abort()
        self._loop.call_soon_threadsafe(close_all)

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
