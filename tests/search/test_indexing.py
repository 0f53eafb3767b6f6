import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from forum.models import SpeakerPage
from search.domain.query import search_site
from tests.factories import (
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def found(query, locale="en"):
    return [hit.title for hit in search_site(query=query, locale=locale).hits[:20]]


@pytest.fixture
def news(home):
    return NewsIndexPageFactory(parent=home)


def test_a_published_page_is_found(news):
    NewsArticlePageFactory(parent=news, title="Kindness marathon")

    assert found("marathon") == ["Kindness marathon"]


def test_drafts_are_never_found_nor_counted(news):
    NewsArticlePageFactory(parent=news, title="Secret marathon", live=False)
    article = NewsArticlePageFactory(parent=news, title="Kindness marathon")
    article.title = "Hidden jubilee"
    article.save_revision()  # a draft of a live page

    assert found("marathon") == ["Kindness marathon"]
    assert found("jubilee") == []
    assert search_site(query="marathon", locale="en").facets["news"] == 1


def test_unpublished_and_deleted_pages_leave_the_results(news):
    article = NewsArticlePageFactory(parent=news, title="Kindness marathon")
    other = NewsArticlePageFactory(parent=news, title="Charity marathon")

    article.unpublish()
    other.delete()

    assert found("marathon") == []
    content_type = ContentType.objects.get_for_model(other)
    assert not IndexEntry.objects.filter(content_type=content_type, object_id=str(other.pk))


def test_a_republished_page_is_found_by_its_new_text(news):
    article = NewsArticlePageFactory(parent=news, title="Kindness marathon")
    article.title = "Kindness relay"
    article.save_revision().publish()

    assert found("relay") == ["Kindness relay"]
    assert found("marathon") == []


def test_private_pages_and_their_children_are_never_found(home):
    private = StandardPageFactory(parent=home, title="Jury handbook")
    StandardPageFactory(parent=private, title="Jury voting rules")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    search = search_site(query="jury", locale="en")

    assert search.total == 0
    assert search.facets["page"] == 0


def test_the_index_spells_yo_as_ye(home):
    speakers = SpeakerIndexPageFactory(parent=ForumIndexPageFactory(parent=home))
    speaker = SpeakerPageFactory(parent=speakers, title="Пётр Алёшин")

    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(SpeakerPage), object_id=str(speaker.pk)
    )
    text = str(getattr(entry, "title_text", None) or entry.title).lower()

    assert "ё" not in text
    assert found("Петр", locale="en") == ["Пётр Алёшин"]
