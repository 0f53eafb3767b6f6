import pytest

from forum.models import ForumEditionPage, SessionPage, SpeakerPage
from pages.models import HomePage, NewsArticlePage
from prize.models import CategoryPage, EntryPage, NominationPage, PrizeEditionPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (SessionPage, ForumEditionPage, True),
        (SessionPage, HomePage, False),
        (SpeakerPage, ForumEditionPage, False),
        (EntryPage, NominationPage, True),
        (EntryPage, CategoryPage, False),
        (NominationPage, CategoryPage, True),
        (NominationPage, PrizeEditionPage, False),
        (NewsArticlePage, HomePage, False),
    ],
)
def test_page_type_can_only_live_under_its_parent(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed
