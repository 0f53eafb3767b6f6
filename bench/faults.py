"""Fault drill: the production stack (gunicorn, 2 workers) with Redis, PostgreSQL or S3
refused or hung, and the status and time of a few requests in each case (docs/deploy.md
"Failure modes"). `python -m bench.faults [--database wetogether_bench]`, after
`python -m bench.run --setup` filled the database. Loopback only; no mocks: a port where
nothing listens and a socket that accepts and never answers."""

import argparse
import contextlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

from bench import loadgen, stack

BUCKET = "wetogether-faults"
IMAGE_QUERY = "{ page(id: %d) { ... on NewsArticle { image { rendition(width: 320) { url } } } } }"


@contextlib.contextmanager
def silent_port():
    """A port that accepts connections and never answers (a hung server)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(256)
    server.settimeout(0.1)
    stop, held = threading.Event(), []

    def accept():
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


def refused_port():
    return stack.free_port()


@contextlib.contextmanager
def moto_server():
    executable = shutil.which("moto_server") or str(Path(sys.executable).parent / "moto_server")
    port = stack.free_port()
    process = subprocess.Popen(
        [executable, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(300):
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        time.sleep(0.2)
    try:
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


def s3_env(endpoint):
    return {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }


def fill_bucket(endpoint, media_root):
    """The bucket with the dataset's media files, under the names the database knows."""
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    for path in Path(media_root).rglob("*"):
        if path.is_file():
            client.upload_file(str(path), BUCKET, str(path.relative_to(media_root)))


def start(env):
    """gunicorn with `env`, not waiting for /health/ (it answers 503 in some drills)."""
    server = stack.Gunicorn.__new__(stack.Gunicorn)
    server.port = stack.free_port()
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    server.process = subprocess.Popen(
        [
            gunicorn,
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{server.port}",
            "--timeout",
            "60",
            "--log-level",
            "critical",
        ],
        cwd=stack.ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
            return server
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not listen")


def measure(server, paths):
    rows = []
    for label, path in paths:
        began = time.monotonic()
        try:
            status, body = loadgen.fetch("127.0.0.1", server.port, path, timeout=90)
        except OSError as error:
            status, body = type(error).__name__, b""
        seconds = time.monotonic() - began
        detail = ""
        if path.startswith("/graphql") and body[:1] == b"{":
            answer = json.loads(body)
            codes = {e.get("extensions", {}).get("code") for e in answer.get("errors", [])}
            detail = ",".join(sorted(c for c in codes if c))
        if path == "/health/":
            detail = body.decode()[:80]
        rows.append((label, status, seconds, detail))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="wetogether_bench")
    parser.add_argument("--redis-db", type=int, default=13)
    options = parser.parse_args(argv)
    env = stack.environment(database=options.database, redis_db=options.redis_db)
    redis_url = env["REDIS_URL"]
    with moto_server() as endpoint:
        env_s3 = {**env, **s3_env(endpoint)}
        import os

        os.environ.update(env_s3)
        import django

        django.setup()
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from pages.models import NewsArticlePage

        fill_bucket(endpoint, env["MEDIA_ROOT"])
        from django.core.files.base import ContentFile

        document = get_document_model().objects.create(
            title="Fault drill", file=ContentFile(b"%PDF-1.4 drill", name="drill.pdf")
        )
        article = NewsArticlePage.objects.live().exclude(image=None).order_by("path").first()
        graphql = "/graphql/?query=" + quote(IMAGE_QUERY % article.pk)
        paths = [
            ("health", "/health/"),
            ("document", document.url),
            ("GraphQL image", graphql),
            ("page with picture", article.url),
            ("page", "/en/"),
        ]

        def forget_renditions():
            get_image_model().get_rendition_model().objects.all().delete()

        drills = [("normal", {}, None)]
        with silent_port() as silent:
            refused = refused_port()
            drills += [
                ("Redis refused", {"REDIS_URL": f"redis://127.0.0.1:{refused}/0"}, None),
                ("Redis hung", {"REDIS_URL": f"redis://127.0.0.1:{silent}/0"}, None),
                (
                    "PostgreSQL hung",
                    {"DATABASE_URL": f"postgres://postgres@127.0.0.1:{silent}/x"},
                    None,
                ),
                ("S3 refused", s3_env(f"http://127.0.0.1:{refused}"), forget_renditions),
                ("S3 hung", s3_env(f"http://127.0.0.1:{silent}"), forget_renditions),
                ("S3 back", {}, None),
            ]
            results = []
            for name, overrides, prepare in drills:
                if prepare:
                    prepare()
                server = start({**env_s3, "REDIS_URL": redis_url, **overrides})
                try:
                    # Warm both workers (imports, templates): a fresh worker's first page
                    # costs seconds whatever the fault.
                    measure(server, [("warm-up", "/en/search/?q=forum")] * 4)
                    first = measure(server, paths)
                    again = measure(server, paths)
                finally:
                    server.stop()
                results.append((name, first, again))
        document.delete()
    print("| fault | request | status, time (first) | status, time (again) | detail |")
    print("| --- | --- | --- | --- | --- |")
    for name, first, again in results:
        for row, repeat in zip(first, again, strict=True):
            (label, status, seconds, detail), (_, status2, seconds2, _) = row, repeat
            print(
                f"| {name} | {label} | {status}, {seconds:.2f} s | {status2}, {seconds2:.2f} s "
                f"| {detail} |"
            )


if __name__ == "__main__":
    main()
