"""The side-by-side comparison (bench/compare.py) on a tiny dataset: every implementation
answers every scenario with the same number of items, and each goal is printed."""

import json

import pytest
from django.core.management import call_command
from django.test import override_settings

from bench import compare, goals
from bench.floor import Floor


def test_floor_returns_the_same_json_as_its_input():
    data = {
        "forum": {
            "title": "F",
            "sessions": [
                {"title": "a", "theme": None, "speakers": [{"role": "chair", "speaker": None}]},
                {"title": "b", "theme": {"name": "t"}, "speakers": []},
            ],
            "tags": ["x", "y"],
        }
    }
    assert json.loads(Floor(data)()) == {"data": data}


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="bench.urls")
def test_compare_runs_every_scenario_with_equal_item_counts_and_prints_goals(client):
    call_command(
        "generate_dataset",
        editions=1,
        sessions=6,
        speakers=4,
        prize_editions=1,
        entries=24,
        news=3,
        images=1,
        stdout=open("/dev/null", "w"),
    )
    target = compare.targets()
    rows = compare.run(target=target, rounds=1, client=client, log=lambda *a: None)

    by = {row["name"]: row for row in rows}
    assert set(by) == {
        "programme",
        "one session",
        "one speaker with sessions",
        "100 entries",
        "news page",
    }
    assert by["programme"]["items"] == (6, 18)
    assert by["100 entries"]["items"] == 24
    assert set(by["programme"]["ms"]) == {"ours", "grapple", "v2", "floor"}
    assert "v2" not in by["one speaker with sessions"]["ms"]
    text = goals.render(rows=rows, extras=compare.extras(target=target, rounds=1, client=client))
    assert "| programme | (6, 18) |" in text
    assert "news page: >= 2x faster than grapple" in text
    assert "visitor session page, uncached in <= 12 SQL" in text
    assert "`/ru/search/` p50 <= 100 ms" in text
