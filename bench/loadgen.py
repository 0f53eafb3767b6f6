"""A small closed-loop HTTP load generator: N threads, http.client, loopback only.

Each client sends its next request when the previous answer is complete. A "request" may be
a sequence of HTTP requests (e.g. the pages of a paginated API), timed as one."""

import http.client
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Result:
    latencies: list = field(default_factory=list)  # seconds, one per completed request
    errors: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    statuses: dict = field(default_factory=dict)

    def percentile(self, p):
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    @property
    def rps(self):
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0


def fetch(host, port, path, headers=None, timeout=120):
    """(status, body bytes) of one GET on loopback."""
    assert host in ("127.0.0.1", "localhost", "::1"), "loopback only"
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def run(*, host, port, paths, concurrency, max_requests, max_seconds, headers=None, first=0):
    """Load the server with `concurrency` clients until `max_requests` requests complete or
    `max_seconds` pass. `paths(n)` gives the URL path(s) of request number n, counted from
    `first` (a string, or a list fetched in sequence). Non-2xx/3xx answers count as errors."""
    result = Result()
    lock = threading.Lock()
    counter = iter(range(first, first + max_requests))  # distinct `first`: distinct nonces
    deadline = time.monotonic() + max_seconds

    def client():
        while time.monotonic() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            sequence = paths(n)
            sequence = [sequence] if isinstance(sequence, str) else sequence
            started = time.perf_counter()
            size, failed = 0, False
            for path in sequence:
                try:
                    status, body = fetch(host, port, path, headers)
                except OSError:
                    status, body = 0, b""
                size += len(body)
                failed = failed or not 200 <= status < 400
                with lock:
                    result.statuses[status] = result.statuses.get(status, 0) + 1
            took = time.perf_counter() - started
            with lock:
                if failed:
                    result.errors += 1
                else:
                    result.latencies.append(took)
                    result.bytes = size

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max_seconds + 60)
    result.elapsed = time.monotonic() - started
    return result
