"""SQL queries per request do not grow with the data: the benchmark's first target."""

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from bench import scenarios


class Rollback(Exception):
    pass


def queries_for(client, *, sessions, entries, path_of):
    """Queries of one uncached request on a dataset of the given size (rolled back)."""
    with pytest.raises(Rollback), transaction.atomic():
        call_command(
            "generate_dataset",
            editions=1,
            sessions=sessions,
            speakers=sessions,
            prize_editions=1,
            entries=entries,
            news=1,
            images=2,
            stdout=open("/dev/null", "w"),
        )
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path_of(sessions))
        assert response.status_code == 200
        assert b'"errors"' not in response.content
        count = len(captured)
        raise Rollback
    return count


@pytest.mark.django_db
def test_programme_query_count_same_for_30_and_300_sessions(client):
    def programme(n):
        return scenarios.graphql_path(scenarios.PROGRAMME, {"year": 2025}, nonce=n)

    small = queries_for(client, sessions=30, entries=24, path_of=programme)
    large = queries_for(client, sessions=300, entries=24, path_of=programme)
    assert small == large


@pytest.mark.django_db
def test_laureates_query_count_same_for_small_and_large_prize(client):
    def laureates(n):
        variables = {"year": 2025, "track": "NATIONAL"}
        return scenarios.graphql_path(scenarios.LAUREATES, variables, nonce=n)

    small = queries_for(client, sessions=4, entries=60, path_of=laureates)
    large = queries_for(client, sessions=4, entries=1000, path_of=laureates)
    assert small == large
