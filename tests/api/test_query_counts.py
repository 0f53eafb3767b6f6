"""Every root query runs a bounded number of SQL queries, whatever the amount of data."""

import datetime

import pytest

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    moscow,
)

pytestmark = pytest.mark.django_db

# The same bound for small and large data: it only grows with the depth of the query. It
# includes the one query for hidden sections (core.visibility.hiding_sections), which runs
# once after each content change and is then kept in memory.
MAX_QUERIES = 15


@pytest.fixture(params=[3, 40], ids=["3-sessions", "40-sessions"])
def programme(request, home):
    """`n` sessions with three speakers each (one photo, two themes, two rooms)."""
    n = request.param
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    speaker_index = SpeakerIndexPageFactory(parent=index)
    photo = ImageFactory()
    themes = [ThemeFactory(), ThemeFactory()]
    rooms = [RoomFactory(), RoomFactory()]
    speakers = [SpeakerPageFactory(parent=speaker_index, photo=photo, fast=True) for _ in range(n)]
    for i in range(n):
        trio = [speakers[i], speakers[(i + 1) % n], speakers[(i + 2) % n]]
        SessionPageFactory(
            parent=edition,
            theme=themes[i % 2],
            room=rooms[i % 2],
            # One after another: a room holds one session at a time.
            starts_at=moscow(2023, 12, 2, 0) + datetime.timedelta(minutes=15 * i),
            ends_at=moscow(2023, 12, 2, 0) + datetime.timedelta(minutes=15 * i + 10),
            speakers=[(trio[0], "moderator"), trio[1], trio[2]],
            fast=True,
        )
    return n, speakers


@pytest.fixture(params=[3, 100], ids=["3-entries", "100-entries"])
def entries(request, home):
    n = request.param
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(parent=index)
    image = ImageFactory()
    nominations = [
        NominationPageFactory(parent=CategoryPageFactory(parent=edition)) for _ in range(3)
    ]
    for i in range(n):
        EntryPageFactory(parent=nominations[i % 3], image=image, fast=True)
    return n


def run(graphql, query, variables=None):
    result = graphql(query, variables)
    assert result.errors is None, result.errors
    return result.data


def test_forum_programme_query_count_is_bounded(graphql, programme, django_assert_max_num_queries):
    n, _ = programme
    query = """{ forum(year: 2023) { title url themes { name } sessions {
        title url startsAt theme { name } room { name }
        speakers { role speaker { name url photo { url } } }
    } } }"""

    with django_assert_max_num_queries(MAX_QUERIES):
        result = run(graphql, query)

    sessions = result["forum"]["sessions"]
    assert len(sessions) == n
    assert all(len(s["speakers"]) == 3 and s["theme"] and s["room"] for s in sessions)


def test_speaker_with_sessions_query_count_is_bounded(
    graphql, programme, django_assert_max_num_queries
):
    n, speakers = programme
    query = """query ($slug: String!) { speaker(slug: $slug) { name photo { url }
        sessions { title theme { name } room { name } edition { year }
                   speakers { role speaker { name photo { url } } } } } }"""

    with django_assert_max_num_queries(MAX_QUERIES):
        result = run(graphql, query, {"slug": speakers[0].slug})

    assert len(result["speaker"]["sessions"]) == min(n, 3)


def test_speakers_list_query_count_is_bounded(graphql, programme, django_assert_max_num_queries):
    n, _ = programme
    query = """{ speakers(first: 50) { totalCount edges { node {
        name url photo { url } translations { locale url } sessions { title theme { name } }
    } } } }"""

    with django_assert_max_num_queries(MAX_QUERIES):
        result = run(graphql, query)

    assert result["speakers"]["totalCount"] == n


def test_entries_query_count_is_bounded(graphql, entries, django_assert_max_num_queries):
    query = """{ entries(first: 100) { totalCount edges { node {
        title url nomination { name category { name } } image { url } edition { year }
    } } } }"""

    with django_assert_max_num_queries(MAX_QUERIES):
        result = run(graphql, query)

    assert result["entries"]["totalCount"] == entries
    assert all(e["node"]["nomination"]["category"]["name"] for e in result["entries"]["edges"])
