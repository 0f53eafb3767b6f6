import pytest
from django.urls import reverse

from tests.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    StandardPageFactory,
    ThemeFactory,
    UserFactory,
    moscow,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def every_page_type(tree):
    news = NewsIndexPageFactory(parent=tree.home)
    clubs = ClubIndexPageFactory(parent=tree.home)
    speakers = SpeakerIndexPageFactory(parent=tree.forum)
    return [
        tree.home,
        tree.home_ru,
        StandardPageFactory(parent=tree.home, title="About"),
        news,
        NewsArticlePageFactory(parent=news),
        clubs,
        ClubPageFactory(parent=clubs),
        tree.forum,
        tree.forum_edition,
        tree.session,
        speakers,
        SpeakerPageFactory(parent=speakers),
        tree.prize,
        tree.prize_edition,
        tree.category,
        tree.nomination,
        tree.entry,
    ]


def test_every_page_type_edit_view_renders(admin_client, every_page_type):
    for page in every_page_type:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.specific_class.__name__


def test_add_views_render(admin_client, tree):
    for parent, model in [
        (tree.forum_edition, "sessionpage"),
        (tree.nomination, "entrypage"),
        (tree.prize, "prizeeditionpage"),
    ]:
        app = "forum" if model == "sessionpage" else "prize"
        url = reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])
        assert admin_client.get(url).status_code == 200, model


def test_admin_menu_has_forum_and_prize(admin_client, tree):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    for label in ("Forum", "Sessions", "Speakers", "Prize", "Entries", "News"):
        assert f'"{label}"' in html or f">{label}<" in html, label


def listing_titles(admin_client, url, **params):
    response = admin_client.get(url, params)
    assert response.status_code == 200
    return {page.title for page in response.context["pages"]}


def test_session_listing_filters(admin_client, tree):
    ecology = ThemeFactory(name="Ecology", slug="ecology")
    SessionPageFactory(
        parent=tree.forum_edition,
        title="Green cities",
        theme=ecology,
        format="workshop",
        language="en",
        starts_at=moscow(2023, 12, 4, 12),
    )
    url = reverse("forum_sessions:index")

    assert listing_titles(admin_client, url) == {"Opening plenary", "Green cities"}
    assert listing_titles(admin_client, url, theme=ecology.pk) == {"Green cities"}
    assert listing_titles(admin_client, url, format="workshop") == {"Green cities"}
    assert listing_titles(admin_client, url, language="en") == {"Green cities"}
    assert listing_titles(admin_client, url, edition="2023") == {"Opening plenary", "Green cities"}
    ForumEditionPageFactory(parent=tree.forum, year=2024)
    assert listing_titles(admin_client, url, edition="2024") == set()
    assert listing_titles(
        admin_client, url, starts_at_from="2023-12-04", starts_at_to="2023-12-05"
    ) == {"Green cities"}
    assert listing_titles(admin_client, url, locale="ru") == set()


def test_speaker_listing_filters_by_country(admin_client, tree):
    speakers = SpeakerIndexPageFactory(parent=tree.forum)
    SpeakerPageFactory(parent=speakers, title="Ana", country="Brazil")
    SpeakerPageFactory(parent=speakers, title="Ivan", country="Russia")

    url = reverse("forum_speakers:index")
    assert listing_titles(admin_client, url, country="Brazil") == {"Ana"}


def test_entry_listing_filters(admin_client, tree):
    EntryPageFactory(
        parent=tree.nomination,
        title="Green Africa",
        status="laureate",
        applicant_type="foreign_org",
        entry_type="programme",
        world_region="africa",
    )
    url = reverse("prize_entries:index")

    assert listing_titles(admin_client, url) == {"Happy Schools", "Green Africa"}
    for name, value in [
        ("status", "laureate"),
        ("applicant_type", "foreign_org"),
        ("entry_type", "programme"),
        ("world_region", "africa"),
    ]:
        assert listing_titles(admin_client, url, **{name: value}) == {"Green Africa"}, name
    assert listing_titles(admin_client, url, locale="en") == {"Happy Schools", "Green Africa"}


def test_other_listings_render(admin_client, tree):
    ThemeFactory(name="Ecology")
    RoomFactory(name="Main hall")
    for name in ("prize_editions", "news_articles", "clubs"):
        assert admin_client.get(reverse(f"{name}:index")).status_code == 200, name
    theme_list = admin_client.get(reverse("wagtailsnippets_forum_theme:list"), {"q": "eco"})
    assert "Ecology" in theme_list.content.decode()
    room_list = admin_client.get(reverse("wagtailsnippets_forum_room:list"))
    assert "Main hall" in room_list.content.decode()
