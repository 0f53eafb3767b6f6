"""Mixed read load at 32 clients while content is published and unpublished every second.

Reports errors, throughput and the worst time from a publish to its visibility through the
(cached) GraphQL API."""

import json
import threading
import time

from bench import loadgen, scenarios

SESSION = """query Session($slug: String!, $year: Int) {
  session(slug: $slug, forumYear: $year, locale: EN) { title }
}"""


def read_mix(target):
    programme = scenarios.graphql_path(
        scenarios.PROGRAMME, {"year": target["year"], "locale": "EN"}
    )
    laureates = scenarios.graphql_path(
        scenarios.LAUREATES, {"year": target["year"], "track": target["track"]}
    )
    speaker = scenarios.graphql_path(
        scenarios.SPEAKER, {"slug": target["speaker_slug"], "locale": "EN"}
    )
    # The visitor programme page is left out: its template's N+1 queries (docs/performance.md)
    # would make this a test of that page alone.
    paths = [programme, laureates, speaker, target["session_path"]]
    year = target["year"]
    return lambda n: (
        paths[n % len(paths)] if n % 10 else session_path(f"session-{n % 50 + 1}", year=year)
    )


def session_path(slug, *, year):
    """Every edition has a session-1: the year names the one (else AMBIGUOUS_SLUG)."""
    return scenarios.graphql_path(SESSION, {"slug": slug, "year": year})


def publisher(*, server, year, stop, delays, failures):
    """Every second: retitle and publish a session, then wait until GraphQL shows the new
    title; on alternate seconds unpublish or republish a news article."""
    from django.db import connection

    from forum.models import ForumEditionPage, SessionPage
    from pages.models import NewsArticlePage

    edition = ForumEditionPage.objects.get(locale__language_code="en", year=year)
    session = SessionPage.objects.child_of(edition).get(slug="session-1")
    article = NewsArticlePage.objects.filter(locale__language_code="en").order_by("path").first()
    tick = 0
    while not stop.is_set():
        tick += 1
        started = time.monotonic()
        if tick % 2:
            session.title = f"Retitled session {tick}"
            session.save_revision().publish()
            published, seen = time.perf_counter(), False
            while not stop.is_set():
                try:
                    status, body = loadgen.fetch(
                        "127.0.0.1", server.port, session_path(session.slug, year=year)
                    )
                except OSError:  # a timeout under load: keep waiting
                    status, body = 0, b""
                if status == 200 and session.title in body.decode():
                    delays.append(time.perf_counter() - published)
                    seen = True
                    break
                if time.perf_counter() - published > 30:
                    failures.append(f"publish {tick} not visible after 30 s")
                    break
                time.sleep(0.01)
            if not seen and time.perf_counter() - published > 5:  # not just the run's end
                failures.append(f"publish {tick} not visible before the end of the run")
        elif article.live:
            article.unpublish()
        else:
            article.save_revision().publish()
        stop.wait(max(0.0, 1.0 - (time.monotonic() - started)))
    if not article.live:
        article.save_revision().publish()
    connection.close()


def run(*, server, target, seconds=60, clients=32):
    delays, failures, stop = [], [], threading.Event()
    thread = threading.Thread(
        target=publisher,
        kwargs={
            "server": server,
            "year": target["year"],
            "stop": stop,
            "delays": delays,
            "failures": failures,
        },
    )
    thread.start()
    try:
        result = loadgen.run(
            host="127.0.0.1",
            port=server.port,
            paths=read_mix(target),
            concurrency=clients,
            max_requests=10**7,
            max_seconds=seconds,
        )
    finally:
        stop.set()
        thread.join(60)
    summary = {
        "seconds": seconds,
        "clients": clients,
        "requests": len(result.latencies),
        "errors": result.errors,
        "statuses": result.statuses,
        "rps": result.rps,
        "p50": result.percentile(50),
        "p95": result.percentile(95),
        "publishes": len(delays),
        "worst_visible": max(delays) if delays else None,
        "median_visible": sorted(delays)[len(delays) // 2] if delays else None,
        "failures": failures,
    }
    print("  mixed:", json.dumps(summary, default=str), flush=True)
    return summary
