"""Circuit breakers for backing services that may hang (Redis, the media store).

A hung server costs every call its full socket timeout: a page making twenty cache calls
would wait twenty timeouts. After one failure the breaker of that server is open for a few
seconds: calls are refused at once (the caller treats that as the outage it is), then one
call is let through to see whether the server is back. One breaker per server address, per
process; nothing here imports Django models."""

import threading
import time

_breakers = {}
_lock = threading.Lock()


class CircuitBreaker:
    """Open for `cooldown` seconds after a failure; closed again by the next success."""

    def __init__(self, cooldown):
        self.cooldown = cooldown
        self.open_until = 0.0

    def allows(self):
        """False while open. When the cooldown has passed one trial call is let through (the
        breaker stays open for the others until it reports)."""
        now = time.monotonic()
        if now >= self.open_until:
            if self.open_until:
                self.open_until = now + self.cooldown  # half-open: this caller is the trial
            return True
        return False

    def failed(self):
        self.open_until = time.monotonic() + self.cooldown

    def succeeded(self):
        self.open_until = 0.0


def breaker_for(address, *, cooldown):
    """The breaker of the server at `address` (e.g. "redis 127.0.0.1:6379")."""
    with _lock:
        if address not in _breakers:
            _breakers[address] = CircuitBreaker(cooldown)
        return _breakers[address]


def reset_breakers():
    """Close every breaker (tests; a process that knows the servers are back)."""
    with _lock:
        for breaker in _breakers.values():
            breaker.succeeded()
