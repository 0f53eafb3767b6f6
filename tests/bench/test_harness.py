"""A reduced run of the benchmark harness against a live test server: a few requests."""

import urllib.parse

import pytest
from django.core.management import call_command

from bench import loadgen, report, scenarios


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_harness_measures_graphql_and_v2_and_writes_report(live_server, tmp_path):
    call_command(
        "generate_dataset",
        editions=1,
        sessions=6,
        speakers=4,
        prize_editions=1,
        entries=24,
        news=1,
        images=1,
        stdout=open("/dev/null", "w"),
    )
    from forum.models import ForumEditionPage

    edition = ForumEditionPage.objects.get(locale__language_code="en")
    url = urllib.parse.urlsplit(live_server.url)
    chosen = {
        "programme": lambda n: scenarios.graphql_path(
            scenarios.PROGRAMME, {"year": edition.year}, nonce=n
        ),
        "v2": lambda n: scenarios.v2_programme_paths(edition_id=edition.pk, sessions=6),
    }
    rows = []
    for name, paths in chosen.items():
        row = {"name": name, "queries": 0, "bytes": 0}
        for clients in (1, 16):
            row[clients] = loadgen.run(
                host=url.hostname,
                port=url.port,
                paths=paths,
                concurrency=min(clients, 2),
                max_requests=4,
                max_seconds=20,
            )
            assert row[clients].errors == 0
            assert len(row[clients].latencies) == 4
        rows.append(row)
    assert b"session-1" in loadgen.fetch(url.hostname, url.port, chosen["programme"](1))[1]

    text = report.render(
        rows=rows,
        memory={1: 100.0},
        mixed=None,
        target={"sessions": 6},
        generated=None,
        floor_bytes=0,
        command="pytest",
        scale=0.01,
    )
    output = tmp_path / "performance.md"
    output.write_text(f"# Performance\n\nanalysis\n\n{report.START}\nold\n{report.END}\nmore\n")
    report.write(path=output, text=text)
    written = output.read_text()
    assert "| programme |" in written and "| v2 |" in written
    assert "analysis" in written and "more" in written and "old" not in written
