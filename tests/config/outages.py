"""Real faults for the outage tests: a port where nothing listens, a socket that never answers,
and a guard that turns a hang into a test failure."""

import contextlib
import signal
import socket
import threading


def refused_port():
    """A local TCP port with no listener: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nothing listens there any more


@contextlib.contextmanager
def silent_server(accepted=None):
    """Yield the port of a server that accepts connections and never sends a byte (a hung
    Redis, PostgreSQL or S3). Every connection is held open until the block ends, and
    appended to the list `accepted` when one is given (to count them)."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.1)
    stop, held = threading.Event(), accepted if accepted is not None else []

    def accept_forever():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            held.append(connection)

    thread = threading.Thread(target=accept_forever, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


class Hung(AssertionError):
    """The request did not come back: a timeout that should bound it is missing."""


@contextlib.contextmanager
def fail_if_hung(seconds=30):
    """Fail (rather than hang the test run) when the block is still running after `seconds`.
    A failure mechanism only, far above any expected duration: not a performance bound."""

    def hung(signum, frame):
        raise Hung(f"still waiting after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def s3_settings(endpoint, *, bucket, backend="core.media.ResilientS3Storage"):
    """Settings putting media on the S3 API at `endpoint` (moto_server, or a fault), the way
    production.py does."""
    return {
        "STORAGES": {
            "default": {"BACKEND": backend},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_ACCESS_KEY_ID": "testing",
        "AWS_S3_SECRET_ACCESS_KEY": "testing",
        "AWS_QUERYSTRING_AUTH": False,
        "AWS_DEFAULT_ACL": None,
        "AWS_S3_FILE_OVERWRITE": False,
        "WAGTAILDOCS_SERVE_METHOD": "serve_view",
    }
