"""Issue 13's goals, each as a ratio from one run: the in-process side-by-side table
(bench/compare.py) and the extra probes (cached GET, visitor pages, search) below it."""

import statistics
import time

START, END = "<!-- compare:start -->", "<!-- compare:end -->"
IMPLS = ("ours", "grapple", "v2", "floor")


class QueryCounter:
    """Counts SQL queries across requests (CaptureQueriesContext's log is emptied by every
    request_started, so it undercounts several requests)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def count_queries(fn):
    """(SQL queries run by fn(), its result)."""
    from django.db import connection

    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        result = fn()
    return counter.count, result


def probe(client, path, *, rounds, warm=1):
    """(median ms, SQL queries of one request, bytes) of GET `path` through the test client."""
    for _ in range(warm):
        client.get(path)
    queries, response = count_queries(lambda: client.get(path))
    if response.status_code != 200:
        raise RuntimeError(f"{path[:80]}: HTTP {response.status_code}")
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        b"".join(client.get(path))  # a static file streams: read it all
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, queries, len(b"".join(response))


def _cell(row, impl):
    if impl not in row["ms"]:
        return "—"
    sql = f", {row['sql'][impl]} SQL" if impl != "floor" else ""
    return f"{row['ms'][impl]:.1f} ms{sql}"


def _verdict(ok):
    return "**met**" if ok else "**not met**"


def render(*, rows, extras):
    import datetime
    import os

    lines = [
        f"Measured {datetime.date.today().isoformat()} in-process (medians; load average at the "
        f"end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores).",
        "",
        "| scenario | items | ours | grapple, prefetching | REST v2 | graphql-core floor "
        "| grapple/ours | ours/floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        ms = row["ms"]
        lines.append(
            f"| {row['name']} | {row['items']} | "
            + " | ".join(_cell(row, impl) for impl in IMPLS)
            + f" | {ms['grapple'] / ms['ours']:.2f}x | {ms['ours'] / ms['floor']:.2f}x |"
        )
    lines += ["", "Goals (issue 13):", ""]
    for text, ok in goals(rows=rows, extras=extras):
        lines.append(f"- {_verdict(ok)}: {text}")
    return "\n".join(lines)


def goals(*, rows, extras):
    """[(sentence with the measured ratio, met?)]."""
    by = {row["name"]: row for row in rows}
    out = []
    for row in rows:
        ratio = row["ms"]["grapple"] / row["ms"]["ours"]
        out.append(
            (f"{row['name']}: >= 2x faster than grapple with prefetching: {ratio:.2f}x", ratio >= 2)
        )
    programme = by.get("programme")
    if programme:
        ratio = programme["ms"]["ours"] / programme["ms"]["floor"]
        sql = programme["sql"]["ours"]
        out.append(
            (
                f"uncached programme within 1.5x of the floor, <= 8 SQL: {ratio:.2f}x, {sql} SQL",
                ratio <= 1.5 and sql <= 8,
            )
        )
    for name in ("one session", "one speaker with sessions"):
        if name in by:
            ratio = by[name]["ms"]["ours"] / by[name]["ms"]["floor"]
            sql = by[name]["sql"]["ours"]
            out.append(
                (
                    f"{name} in <= 4 SQL and within 3x of the floor: {sql} SQL, {ratio:.2f}x",
                    sql <= 4 and ratio <= 3,
                )
            )
    if "cached" in extras and "static" in extras:
        cached, static = extras["cached"], extras["static"]
        ratio = cached[0] / static[0]
        out.append(
            (
                f"cached GraphQL GET within 1.5x of the static file (in-process): "
                f"{cached[0]:.2f} ms vs {static[0]:.2f} ms = {ratio:.2f}x, {cached[1]} SQL",
                ratio <= 1.5,
            )
        )
    if "page_cached" in extras:
        page, static = extras["page_cached"], extras["static"]
        ratio = page[0] / static[0]
        out.append(
            (
                f"cached visitor programme page within 2x of the static file: "
                f"{page[0]:.2f} ms vs {static[0]:.2f} ms = {ratio:.2f}x, {page[1]} SQL",
                ratio <= 2,
            )
        )
    for key, label, limit in (
        ("programme_page", "visitor programme page, uncached", 15),
        ("session_page", "visitor session page, uncached", 12),
    ):
        if key in extras:
            ms, sql, _ = extras[key]
            out.append((f"{label} in <= {limit} SQL: {sql} SQL ({ms:.1f} ms)", sql <= limit))
    for key, label in (("search_page", "`/ru/search/`"), ("search_graphql", "GraphQL `search`")):
        if key in extras:
            ms, sql, _ = extras[key]
            out.append((f"{label} p50 <= 100 ms: {ms:.1f} ms, {sql} SQL", ms <= 100))
    if "peak_mib" in extras:
        peak = extras["peak_mib"]
        out.append((f"peak memory per worker <= 200 MiB: {peak:.0f} MiB", peak <= 200))
    return out


def write(*, path, text):
    from pathlib import Path

    path = Path(path)
    existing = path.read_text()
    if START not in existing:
        existing += f"\n{START}\n{END}\n"
    before, rest = existing.split(START, 1)
    after = rest.split(END, 1)[1] if END in rest else ""
    path.write_text(f"{before}{START}\n{text}\n{END}{after}")
