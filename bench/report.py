"""The benchmark report: a Markdown table printed and written into docs/performance.md
between the `bench:start` / `bench:end` markers (the analysis around them is kept)."""

import datetime
import os
import platform
from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
UNCACHED, CACHED = "1 programme, GraphQL, uncached", "1 programme, GraphQL, cached"


def ms(seconds):
    return f"{seconds * 1000:.1f}" if seconds == seconds else "n/a"


def find(rows, prefix):
    return next((row for row in rows if row["name"].startswith(prefix)), None)


def ratio(rows, a, b, clients, stat):
    left, right = find(rows, a), find(rows, b)
    if not (left and right):
        return "n/a"
    x, y = left[clients].percentile(stat), right[clients].percentile(stat)
    return f"{x / y:.2f}" if y else "n/a"


def render(*, rows, memory, mixed, target, generated, floor_bytes, command, scale):
    lines = [
        f"Measured {datetime.date.today().isoformat()} with `{command}` (dataset scale {scale}; "
        f"{target['sessions']} sessions in the measured edition) on {platform.machine()}, "
        f"Python {platform.python_version()}: gunicorn 2 sync workers, PostgreSQL, Redis, "
        "loopback, load generator on the same 2 cores; load average at the end "
        f"{os.getloadavg()[0]:.1f}.",
        "",
        "| scenario | p50 @1 ms | p95 @1 ms | req/s @1 | p50 @16 ms | p95 @16 ms | req/s @16 "
        "| SQL/req | bytes | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        one, many = row[1], row[16]
        lines.append(
            f"| {row['name']} | {ms(one.percentile(50))} | {ms(one.percentile(95))} "
            f"| {one.rps:.1f} | {ms(many.percentile(50))} | {ms(many.percentile(95))} "
            f"| {many.rps:.1f} | {row['queries']} | {row['bytes']} | "
            f"{one.errors + many.errors} |"
        )
    peak = ", ".join(f"{mb:.0f} MiB" for mb in memory.values())
    lines += [
        "",
        f"- Peak memory per gunicorn worker (VmHWM): {peak}.",
        f"- Ratio (1 uncached)/(6 REST v2), p50 @1: {ratio(rows, UNCACHED, '6', 1, 50)}; "
        f"p50 @16: {ratio(rows, UNCACHED, '6', 16, 50)}.",
        f"- Ratio (1 cached)/(7 static floor), p50 @1: {ratio(rows, CACHED, '7', 1, 50)}; "
        f"p50 @16: {ratio(rows, CACHED, '7', 16, 50)}; "
        f"floor file {floor_bytes} bytes.",
    ]
    if generated is not None:
        lines.append(f"- `generate_dataset --scale {scale}` took {generated:.1f} s.")
    if mixed:
        worst = mixed["worst_visible"]
        lines.append(
            f"- Mixed load, {mixed['seconds']} s at {mixed['clients']} clients with a publish or "
            f"unpublish every second: {mixed['requests']} requests, {mixed['rps']:.1f} req/s, "
            f"p50 {ms(mixed['p50'])} ms, p95 {ms(mixed['p95'])} ms, {mixed['errors']} errors "
            f"(statuses {mixed['statuses']}); {mixed['publishes']} publishes, visible through "
            f"GraphQL after median {ms(mixed['median_visible'] or float('nan'))} ms, worst "
            f"{ms(worst) if worst is not None else 'n/a'} ms"
            + (f"; failures: {mixed['failures']}" if mixed["failures"] else "")
            + "."
        )
    return "\n".join(lines)


def write(*, path, text):
    path = Path(path)
    existing = path.read_text() if path.exists() else f"# Performance\n\n{START}\n{END}\n"
    if START not in existing:
        existing += f"\n{START}\n{END}\n"
    before, rest = existing.split(START, 1)
    after = rest.split(END, 1)[1] if END in rest else ""
    path.write_text(f"{before}{START}\n{text}\n{END}{after}")
