"""Benchmark runner: `python -m bench.run [--setup] [--scale 1.0] [--quick]`.

Builds the production stack (PostgreSQL database `wetogether_bench`, Redis db 13, gunicorn
with 2 workers), measures every scenario of bench/scenarios.py at 1 and 16 concurrent
clients, runs the mixed load test (bench/mixed.py) and writes docs/performance.md."""

import argparse
import os
import shlex
import sys
import time

from bench import loadgen, report, scenarios, stack

DATABASE = "wetogether_bench"


def setup(*, env, scale):
    stack.recreate_database(DATABASE)
    stack.manage("migrate", "--noinput", "-v", "0", env=env)
    started = time.monotonic()
    stack.manage("generate_dataset", "--scale", str(scale), env=env)
    generated = time.monotonic() - started
    stack.manage("collectstatic", "--noinput", "-v", "0", env=env)
    return generated


def django_in_process(env):
    os.environ.update(env)
    import django

    django.setup()


def targets():
    """The concrete objects the scenarios ask for, read from the dataset."""
    from forum.models import ForumEditionPage, SessionPage, SpeakerPage

    edition = ForumEditionPage.objects.filter(locale__language_code="en").order_by("-year")[0]
    sessions = SessionPage.objects.child_of(edition).live()
    speaker = SpeakerPage.objects.filter(locale__language_code="en").order_by("path")[0]
    return {
        "year": edition.year,
        "track": "NATIONAL",
        "speaker_slug": speaker.slug,
        "session_path": sessions.order_by("path")[0].url,
        "programme_path": edition.url,
        "edition_id": edition.pk,
        "sessions": sessions.count(),
    }


def count_queries(paths_of):
    """(SQL queries, response bytes) of request n=0, uncached, run in-process; a second run
    of the same request gives the cached count."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    paths = paths_of(10**9)  # a nonce no load run uses
    paths = [paths] if isinstance(paths, str) else paths
    with CaptureQueriesContext(connection) as queries:
        size = sum(len(b"".join(client.get(p))) for p in paths)
    return len(queries), size


def write_floor(*, target):
    """The static floor: the programme's GraphQL response bytes as a static file."""
    from django.conf import settings
    from django.test import Client

    path = scenarios.graphql_path(scenarios.PROGRAMME, {"year": target["year"], "locale": "EN"})
    body = Client().get(path).content
    floor = settings.STATIC_ROOT / "bench" / "programme.json"
    floor.parent.mkdir(parents=True, exist_ok=True)
    floor.write_bytes(body)
    return len(body)


def measure(*, server, name, paths, quick):
    limits = {
        1: (40 if quick else 300, 2 if quick else 8),
        16: (80 if quick else 2000, 2 if quick else 10),
    }
    loadgen.run(
        host="127.0.0.1",
        port=server.port,
        paths=paths,
        concurrency=2,
        max_requests=4,
        max_seconds=10,
        first=10**8,  # nonces of its own: the measured runs below start uncached
    )  # warm-up: renditions, caches, connections
    row = {"name": name}
    for clients, (count, seconds) in limits.items():
        result = loadgen.run(
            host="127.0.0.1",
            port=server.port,
            paths=paths,
            concurrency=clients,
            max_requests=count,
            max_seconds=seconds,
            first=clients * 10**6,
        )
        row[clients] = result
        print(
            f"  {name} @{clients}: p50 {result.percentile(50) * 1000:.1f} ms, "
            f"p95 {result.percentile(95) * 1000:.1f} ms, {result.rps:.1f} req/s, "
            f"{result.errors} errors",
            flush=True,
        )
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--setup", action="store_true", help="recreate and fill the database")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--quick", action="store_true", help="a few seconds per scenario")
    parser.add_argument("--mixed-seconds", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=30, help="side-by-side rounds")
    parser.add_argument("--output", default=str(stack.ROOT / "docs" / "performance.md"))
    options = parser.parse_args(argv)
    env = stack.environment(database=DATABASE)
    generated = setup(env=env, scale=options.scale) if options.setup else None
    django_in_process(env)
    from django.core.cache import cache

    cache.clear()
    target = targets()
    floor_bytes = write_floor(target=target)
    chosen = scenarios.build(**target)
    rows = []
    server = stack.Gunicorn(env=env, workers=2)
    try:
        for name, paths, goal in chosen:
            row = measure(server=server, name=name, paths=paths, quick=options.quick)
            row["goal"] = goal
            if "cached" in name and "uncached" not in name:
                count_queries(paths)  # fill the cache, then count a hit
            row["queries"], row["bytes"] = count_queries(paths)
            rows.append(row)
        from bench import mixed

        mixed_result = mixed.run(server=server, target=target, seconds=options.mixed_seconds)
        memory = server.peak_memory_mb()
    finally:
        server.stop()
    command = (
        "make bench" if not options.quick else "python -m bench.run " + shlex.join(sys.argv[1:])
    )
    text = report.render(
        rows=rows,
        memory=memory,
        mixed=mixed_result,
        target=target,
        generated=generated,
        floor_bytes=floor_bytes,
        command=command,
        scale=options.scale,
    )
    print(text)
    report.write(path=options.output, text=text)
    side_by_side(
        target=target,
        rounds=3 if options.quick else options.rounds,
        memory=memory,
        output=options.output,
    )


def side_by_side(*, target, rounds, memory, output):
    """Ours, grapple, REST v2 and the floor in-process, and the issue's goals with ratios."""
    from bench import compare, goals

    print("Side by side, in-process:", flush=True)
    compared = compare.targets()
    compare.production_gc()
    rows = compare.run(target=compared, rounds=rounds)
    extras = compare.extras(
        target=compared, rounds=rounds, static_path=compare.static_floor(compared)
    )
    extras["peak_mib"] = max(memory.values()) if memory else extras["process_peak_mib"]
    text = goals.render(rows=rows, extras=extras)
    print(text)
    goals.write(path=output, text=text)


if __name__ == "__main__":
    main()
