import http.server
import json
import threading
import time

import pytest
from standardwebhooks.webhooks import Webhook

from webhooks.models import Endpoint
from webhooks.secrets import generate_secret


class Receiver:
    """A real HTTP server on 127.0.0.1 in a thread: records each POST and answers with the
    next of `statuses` (200 once they run out), after the next of `delays` seconds."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        self.delays = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                receiver.requests.append({"headers": dict(self.headers), "body": body.decode()})
                if receiver.delays:
                    time.sleep(receiver.delays.pop(0))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/revalidate"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def verified(self, secret):
        """The bodies of the requests received, each verified with `standardwebhooks`."""
        webhook = Webhook(secret)
        return [webhook.verify(r["body"], r["headers"]) for r in self.requests]

    def events(self):
        return [json.loads(r["body"]) for r in self.requests]


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def allow_loopback(settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    settings.WEBHOOKS_RETRY_BASE_SECONDS = 0  # retries due at once: no waiting in tests


@pytest.fixture
def endpoint(db, receiver, allow_loopback):
    return Endpoint.objects.create(url=receiver.url, secret=generate_secret())
