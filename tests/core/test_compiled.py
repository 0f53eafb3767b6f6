"""Queries kept compiled (core/compiled.py) answer what the queryset answers: for other
values, after the tree changes, as time passes, and when they cannot be kept."""

import datetime
import time

import pytest
from django.utils import timezone

from core.compiled import compiled_list
from core.visibility import visible
from forum.models import SessionPage
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    make_site_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def sessions():
    home, _ = make_site_tree()
    edition = ForumEditionPageFactory(parent=ForumIndexPageFactory(parent=home))
    return [
        SessionPageFactory(parent=edition, slug=f"session-{n}", title=f"Session {n}")
        for n in range(4)
    ]


class Counting:
    """A build function that counts how often the queryset is built."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, **values):
        self.calls += 1
        return self.build(**values)


def by_slug(*, slug):
    return visible(SessionPage).filter(slug=slug)


def by_slugs(*, slugs):
    return visible(SessionPage).filter(slug__in=slugs).order_by("slug")


def pks(pages):
    return [p.pk for p in pages]


def test_compiled_query_answers_for_other_values_without_building_again(sessions):
    build = Counting(by_slug)

    first = compiled_list(key="test.by_slug", build=build, values={"slug": "session-1"})
    built = build.calls
    second = compiled_list(key="test.by_slug", build=build, values={"slug": "session-2"})
    missing = compiled_list(key="test.by_slug", build=build, values={"slug": "nothing"})

    assert pks(first) == [sessions[1].pk]
    assert pks(second) == [sessions[2].pk]
    assert missing == []
    assert build.calls == built  # compiled once (two placeholder rounds), then reused
    assert isinstance(second[0], SessionPage) and second[0].title == "Session 2"


def test_compiled_lists_of_each_length_answer_their_values(sessions):
    for slugs in (["session-0"], ["session-3", "session-1"], ["session-2", "nothing", "session-0"]):
        found = compiled_list(key="test.by_slugs", build=by_slugs, values={"slugs": slugs})
        assert pks(found) == pks(by_slugs(slugs=slugs))


def test_compiled_query_sees_a_page_unpublished_since(sessions):
    values = {"slug": "session-1"}
    assert pks(compiled_list(key="test.by_slug", build=by_slug, values=values))

    sessions[1].unpublish()

    assert compiled_list(key="test.by_slug", build=by_slug, values=values) == []


def test_compiled_query_hides_a_page_once_its_expiry_passes(sessions):
    # No save, no signal: only the time written into the query changes.
    expiry = timezone.now() + datetime.timedelta(seconds=1.5)
    SessionPage.objects.filter(pk=sessions[1].pk).update(expire_at=expiry)
    values = {"slug": "session-1"}
    assert pks(compiled_list(key="test.by_slug", build=by_slug, values=values))

    time.sleep(max(0, (expiry - timezone.now()).total_seconds()) + 0.1)

    assert compiled_list(key="test.by_slug", build=by_slug, values=values) == []


def test_query_whose_values_the_orm_rewrites_runs_as_usual(sessions):
    def by_title_part(*, part):
        return visible(SessionPage).filter(title__icontains=part).order_by("slug")

    build = Counting(by_title_part)
    for part in ("sion 2", "Session", "nothing"):
        found = compiled_list(key="test.by_title_part", build=build, values={"part": part})
        assert pks(found) == pks(by_title_part(part=part))
    assert build.calls >= 3  # not kept: "%part%" is no placeholder


def test_tuples_come_compiled_too(sessions):
    def slugs_of(*, ids):
        return SessionPage.objects.filter(pk__in=ids).order_by("slug").values_list("pk", "slug")

    ids = [sessions[0].pk, sessions[2].pk]
    for _ in range(2):
        found = compiled_list(key="test.slugs_of", build=slugs_of, values={"ids": ids})
        assert found == [(sessions[0].pk, "session-0"), (sessions[2].pk, "session-2")]


def test_constant_derived_from_a_value_is_not_kept(sessions):
    # The depth below a path comes from the path's length: compiled with a placeholder's
    # length it would be wrong for every real path.
    def children_of(*, path):
        return visible(SessionPage).filter(path__startswith=path, depth=len(path) // 4 + 1)

    edition_path = sessions[0].path[:-4]
    for path in (edition_path, edition_path[:-4]):
        found = compiled_list(key="test.children_of", build=children_of, values={"path": path})
        assert pks(found) == pks(children_of(path=path))
    assert (
        len(compiled_list(key="test.children_of", build=children_of, values={"path": edition_path}))
        == 4
    )
