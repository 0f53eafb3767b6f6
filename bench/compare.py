"""Side by side, in-process: ours, wagtail-grapple (tuned), REST v2 and the graphql-core floor.

`python -m bench.compare [--rounds 30]` on the benchmark database (bench/run.py calls it after
the HTTP runs). Each scenario runs every implementation once per round, in turn, through
Django's test client (the whole middleware stack; the floor has no HTTP at all); medians,
SQL queries per request (counted on a warm process) and response items are reported, and all
implementations must return the same number of items. `goals()` turns the figures into the
issue's goals with ratios. The garbage collector is set as in the gunicorn workers."""

import gc
import json
import statistics
import time

from bench import scenarios

SESSION = """query Session($slug: String!, $year: Int) {
  session(slug: $slug, forumYear: $year, locale: EN) {
    title slug url startsAt endsAt format language summary
    theme { name slug }
    room { name }
    speakers { role speaker { name slug position organisation } }
  }
}"""

SPEAKER = """query Speaker($slug: String!) {
  speaker(slug: $slug, locale: EN) {
    name position organisation country
    sessions { title slug startsAt format }
  }
}"""

ENTRIES = """query Entries($year: Int!, $track: PrizeTrack!) {
  entries(prizeYear: $year, track: $track, locale: EN, first: 100) {
    edges { node { title slug organisation region place grantAmount nomination { title slug } } }
  }
}"""

NEWS = """query News {
  news(locale: EN, first: 20) { edges { node { title slug url date introduction } } }
}"""

_SESSION_FIELDS = """title slug url startsAt endsAt format language summary
  theme { name slug } room { name }
  speakers { role speaker { title slug position organisation } }"""

G_PROGRAMME = (
    "query($id: ID) { page(id: $id) { ... on ForumEditionPage { title year startDate endDate "
    f"city venue sessions {{ {_SESSION_FIELDS} }} }} }} }}"
)
G_SESSION = f"query($id: ID) {{ page(id: $id) {{ ... on SessionPage {{ {_SESSION_FIELDS} }} }} }}"
G_SPEAKER = (
    "query($id: ID) { page(id: $id) { ... on SpeakerPage { title position organisation country "
    "sessions { title slug startsAt format } } } }"
)
G_ENTRIES = (
    "query($id: ID) { page(id: $id) { ... on PrizeEditionPage { entries { title slug "
    "organisation region place grantAmount nomination { title slug } } } } }"
)
G_NEWS = (
    "query($id: ID) { page(id: $id) { ... on NewsIndexPage { articles { title slug url date "
    "introduction } } } }"
)


def _edges(connection):
    return [edge["node"] for edge in connection["edges"]]


def _with_speakers(sessions):
    return (len(sessions), sum(len(s["speakers"]) for s in sessions))


def _v2_items(bodies):
    items = []
    for body in bodies:
        data = json.loads(body)
        items += data.get("items", [data])
    return items


def build(t):
    """[(name, ours (query, variables, items), grapple (...), v2 (paths, items) or None)]."""
    v2_entries = [
        f"/api/v2/pages/?type=prize.EntryPage&descendant_of={t['prize_id']}&order=id"
        f"&limit=20&offset={offset}"
        for offset in range(0, min(100, t["entries"]), 20)
    ]
    return [
        (
            "programme",
            (
                scenarios.PROGRAMME,
                {"year": t["year"], "locale": "EN"},
                lambda d: _with_speakers(d["forum"]["sessions"]),
            ),
            (G_PROGRAMME, {"id": t["edition_id"]}, lambda d: _with_speakers(d["page"]["sessions"])),
            (
                scenarios.v2_programme_paths(edition_id=t["edition_id"], sessions=t["sessions"]),
                lambda items: _with_speakers(items[1:]),
            ),
        ),
        (
            "one session",
            (
                SESSION,
                {"slug": t["session_slug"], "year": t["year"]},
                lambda d: _with_speakers([d["session"]]),
            ),
            (G_SESSION, {"id": t["session_id"]}, lambda d: _with_speakers([d["page"]])),
            ([f"/api/v2/pages/{t['session_id']}/"], _with_speakers),
        ),
        (
            "one speaker with sessions",
            (SPEAKER, {"slug": t["speaker_slug"]}, lambda d: len(d["speaker"]["sessions"])),
            (G_SPEAKER, {"id": t["speaker_id"]}, lambda d: len(d["page"]["sessions"])),
            None,  # v2 cannot list a speaker's sessions (no filter on speaker_roles)
        ),
        (
            "100 entries",
            (
                ENTRIES,
                {"year": t["prize_year"], "track": t["track"]},
                lambda d: len(_edges(d["entries"])),
            ),
            (G_ENTRIES, {"id": t["prize_id"]}, lambda d: len(d["page"]["entries"])),
            (v2_entries, len),
        ),
        (
            "news page",
            (NEWS, {}, lambda d: len(_edges(d["news"]))),
            (G_NEWS, {"id": t["news_index_id"]}, lambda d: len(d["page"]["articles"])),
            (
                [f"/api/v2/pages/?type=pages.NewsArticlePage&child_of={t['news_index_id']}"],
                len,
            ),
        ),
    ]


def targets():
    """The objects the scenarios ask for, read from the dataset (English, newest edition)."""
    from forum.models import ForumEditionPage, SessionPage, SessionSpeaker, SpeakerPage
    from pages.models import NewsIndexPage
    from prize.models import EntryPage, PrizeEditionPage

    edition = ForumEditionPage.objects.filter(locale__language_code="en").order_by("-year")[0]
    sessions = SessionPage.objects.child_of(edition).live()
    session = sessions.order_by("path")[0]
    speaker_id = SessionSpeaker.objects.filter(session=session).order_by("sort_order")[0].speaker_id
    speaker = SpeakerPage.objects.get(pk=speaker_id)
    prize = PrizeEditionPage.objects.filter(locale__language_code="en").order_by("-year")[0]
    return {
        "year": edition.year,
        "edition_id": edition.pk,
        "sessions": sessions.count(),
        "session_slug": session.slug,
        "session_id": session.pk,
        "speaker_slug": speaker.slug,
        "speaker_id": speaker.pk,
        "prize_year": prize.year,
        "track": prize.track.upper(),
        "prize_id": prize.pk,
        "entries": EntryPage.objects.descendant_of(prize).live().count(),
        "news_index_id": NewsIndexPage.objects.filter(locale__language_code="en")[0].pk,
    }


def _queries(fn):
    from bench.goals import count_queries

    return count_queries(lambda: fn(0))


def _get(client, path):
    response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path[:80]}: HTTP {response.status_code}")
    return response.content


def _graphql(client, url, query, variables, nonce):
    body = _get(
        client, scenarios.graphql_path(query, variables, nonce=nonce).replace("/graphql/", url, 1)
    )
    data = json.loads(body)
    if data.get("errors"):
        raise RuntimeError(f"{url}: {data['errors'][0].get('message')}")
    return body


def run(*, target, rounds, client=None, log=print):
    """[{name, ms: {impl: median}, sql: {impl: n}, items: {impl: n}}] for every scenario."""
    from django.test import Client

    from bench.floor import Floor

    client = client or Client()
    results = []
    for name, ours, grapple, v2 in build(target):
        impls, counters = {}, {}
        nonce = iter(range(10**9))
        for label, url, spec in (("ours", "/graphql/", ours), ("grapple", "/grapple/", grapple)):
            query, variables, items = spec
            impls[label] = lambda n, u=url, q=query, v=variables, k=label, c=nonce: _graphql(
                client, u, q, v, f"{k}-{next(c)}"
            )
            counters[label] = lambda body, items=items: items(json.loads(body)["data"])
        if v2:
            paths, items = v2
            impls["v2"] = lambda n, paths=paths: [_get(client, p) for p in paths]
            counters["v2"] = lambda bodies, items=items: items(_v2_items(bodies))
        sql, counted = {}, {}
        for label, fn in impls.items():
            # Counted once warm, for every implementation: what a process reads once per
            # version of the content (locales, sites, hidden sections) is not per request.
            fn(0)
            sql[label], body = _queries(fn)
            counted[label] = counters[label](body)
        floor = Floor(json.loads(impls["ours"](0))["data"])
        impls["floor"] = lambda n, floor=floor: floor()
        sql["floor"], counted["floor"] = 0, counted["ours"]
        if len(set(counted.values())) != 1:
            raise AssertionError(f"{name}: different item counts {counted}")
        times = {label: [] for label in impls}
        for n in range(rounds):
            for label, fn in impls.items():
                gc.collect()  # every implementation starts from the same heap
                started = time.perf_counter()
                fn(n)
                times[label].append(time.perf_counter() - started)
        row = {
            "name": name,
            "ms": {label: statistics.median(t) * 1000 for label, t in times.items()},
            "sql": sql,
            "items": counted["ours"],
        }
        log(f"  {name}: " + ", ".join(f"{k} {v:.1f} ms" for k, v in row["ms"].items()))
        results.append(row)
    return results


SEARCH = """query Search($q: String!) {
  search(query: $q, locale: RU, first: 20) {
    totalCount facets { type count } edges { type snippet node { ... on Page { title url } } }
  }
}"""


def extras(*, target, rounds, client=None, static_path=None):
    """The probes behind the other goals: cached GraphQL GET and cached visitor page against a
    static file, uncached visitor pages (a query string no cache keeps), search."""
    import resource

    from django.test import Client

    from bench import goals
    from forum.models import ForumEditionPage, SessionPage

    client = client or Client()
    edition = ForumEditionPage.objects.get(pk=target["edition_id"])
    session = SessionPage.objects.get(pk=target["session_id"])
    variables = {"year": target["year"], "locale": "EN"}
    programme = scenarios.graphql_path(scenarios.PROGRAMME, variables)
    out = {"cached": goals.probe(client, programme, rounds=rounds, warm=2)}
    if static_path:
        out["static"] = goals.probe(client, static_path, rounds=rounds)
        out["page_cached"] = goals.probe(client, edition.url, rounds=rounds, warm=2)
    uncached = "?bench=1"  # a query string no cache keeps
    out["programme_page"] = goals.probe(client, edition.url + uncached, rounds=max(rounds // 3, 3))
    out["session_page"] = goals.probe(client, session.url + uncached, rounds=rounds)
    out["search_page"] = goals.probe(client, scenarios.SEARCH_PATH + "&bench=1", rounds=rounds)
    times = []
    for n in range(rounds + 1):
        started = time.perf_counter()
        _get(client, scenarios.graphql_path(SEARCH, {"q": "волонтёрские центры"}, nonce=n))
        times.append(time.perf_counter() - started)
    sql, _ = _queries(
        lambda n: _get(client, scenarios.graphql_path(SEARCH, {"q": "центры"}, nonce="sql"))
    )
    out["search_graphql"] = (statistics.median(times[1:]) * 1000, sql, 0)
    out["process_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv=None):
    import argparse

    from bench import goals, stack

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="wetogether_bench")
    parser.add_argument("--redis-db", type=int, default=13)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--output", default=str(stack.ROOT / "docs" / "performance.md"))
    options = parser.parse_args(argv)
    import os

    import django

    os.environ.update(stack.environment(database=options.database, redis_db=options.redis_db))
    django.setup()
    from django.core.cache import cache

    cache.clear()
    target = targets()
    production_gc()
    rows = run(target=target, rounds=options.rounds)
    more = extras(target=target, rounds=options.rounds, static_path=static_floor(target))
    text = goals.render(rows=rows, extras=more)
    print(text)
    goals.write(path=options.output, text=text)


def production_gc():
    """The garbage collector as gunicorn's workers set it once the app is loaded
    (gunicorn.conf.py: the loaded heap frozen, a larger first threshold), after one request
    per endpoint has loaded the schemas: every implementation runs in this process. (The
    workers' `post_request` collects after a response, outside the request's time; here
    each timed call starts after a collection alike.)"""
    import runpy

    from django.test import Client

    from bench import stack

    client = Client()
    for path in ("/graphql/?query={__typename}", "/grapple/?query={__typename}"):
        client.get(path)
    runpy.run_path(str(stack.ROOT / "gunicorn.conf.py"))["post_worker_init"](None)


def static_floor(target):
    """Saves the cached programme response's bytes as a static file (whitenoise serves it)
    and returns its URL, or None without a STATIC_ROOT."""
    from django.conf import settings
    from django.test import Client

    if not settings.STATIC_ROOT:
        return None
    path = scenarios.graphql_path(scenarios.PROGRAMME, {"year": target["year"], "locale": "EN"})
    floor = settings.STATIC_ROOT / "bench" / "programme.json"
    floor.parent.mkdir(parents=True, exist_ok=True)
    floor.write_bytes(Client().get(path).content)
    return settings.STATIC_URL + "bench/programme.json"


if __name__ == "__main__":
    main()
