"""core/visibility.py: what it keeps in memory follows the changes that matter."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.visibility import is_public_file
from tests.factories import ImageFactory, NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def test_page_served_before_its_section_was_restricted_then_asks_for_login(client, home):
    news = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=news, title="Open article")
    assert client.get(article.url).status_code == 200  # no restriction anywhere: remembered

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(article.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.get(home.url).status_code == 200  # outside the section: still open


def test_page_below_an_alias_of_a_restricted_section_asks_for_login(client, home):
    """An alias follows its source page's restrictions, and so do the pages below it (as
    an untranslated section synced as an alias above translated pages)."""
    news = NewsIndexPageFactory(parent=home)
    alias = news.create_alias(parent=home, update_slug="news-copy")
    own = NewsArticlePageFactory(parent=alias, title="Members' article", slug="members")
    # Restricted after the alias was made: the alias itself carries no restriction.
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert not alias.view_restrictions.exists()

    for page in (alias, own):
        response = client.get(page.url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_image_is_no_longer_public_once_its_collection_is_restricted(home):
    album = Collection.get_first_root_node().add_child(name="Album")
    photo = ImageFactory(collection=album)
    assert is_public_file(photo)

    CollectionViewRestriction.objects.create(
        collection=album, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert not is_public_file(ImageFactory._meta.model.objects.get(pk=photo.pk))
    assert is_public_file(ImageFactory())  # the root collection stays public
