"""A Redis connection pool with a circuit breaker (core.breaker): while Redis is down or
hung, the cache costs one socket timeout per few seconds instead of one per cache call.

Used by config.settings.base.redis_cache as django-redis' CONNECTION_POOL_CLASS. A refused
call raises redis' ConnectionError, which django-redis' IGNORE_EXCEPTIONS turns into a miss."""

from django.conf import settings
from redis import ConnectionError as RedisConnectionError
from redis import TimeoutError as RedisTimeoutError
from redis.connection import Connection, ConnectionPool

from core.breaker import breaker_for

FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


class BreakerConnection(Connection):
    """A TCP connection that reports failures and successes to its server's breaker."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.breaker = breaker_for(
            f"redis {self.host}:{self.port}",
            cooldown=getattr(settings, "REDIS_RETRY_AFTER_SECONDS", 10),
        )

    def _guarded(self, call, *args, answer=False, **kwargs):
        try:
            result = call(*args, **kwargs)
        except FAILURES:
            self.breaker.failed()
            raise
        if answer:  # only an answer shows the server is back (a hung one accepts connections)
            self.breaker.succeeded()
        return result

    def connect(self):
        if not self._sock and not self.breaker.allows():
            raise RedisConnectionError(f"Redis {self.host}:{self.port} failed moments ago")
        return self._guarded(super().connect)

    def send_packed_command(self, command, check_health=True):
        return self._guarded(super().send_packed_command, command, check_health)

    def read_response(self, *args, **kwargs):
        return self._guarded(super().read_response, *args, answer=True, **kwargs)


class BreakerConnectionPool(ConnectionPool):
    """django-redis' pool making BreakerConnections for redis:// URLs (rediss:// and unix://
    keep redis' own connection classes, without a breaker)."""

    @classmethod
    def from_url(cls, url, **kwargs):
        if url.startswith("redis://"):
            kwargs["connection_class"] = BreakerConnection
        return super().from_url(url, **kwargs)
