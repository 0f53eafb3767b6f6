import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PrizeIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    StandardPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def data(result):
    assert result.errors is None, result.errors
    return result.data


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


BODY_QUERY = """query ($path: String!, $locale: Locale) { page(path: $path, locale: $locale) {
  __typename id title locale url
  ... on NewsArticle { date introduction image { url } body {
      type
      ... on HeadingBlock { text }
      ... on ParagraphBlock { html }
      ... on ImageBlock { image { width alt } }
      ... on QuoteBlock { text author role }
      ... on FactsBlock { facts { figure label } }
      ... on EmbedBlock { url }
  } }
} }"""


def test_news_article_body_comes_as_typed_blocks(graphql, news_index):
    image = ImageFactory(title="Ceremony")
    NewsArticlePageFactory(
        parent=news_index,
        title="Winners announced",
        slug="winners",
        body=[
            ("heading", "The ceremony"),
            ("paragraph", "<p>Forty <b>projects</b>.</p>"),
            ("image", {"image": image, "alt_text": "The stage", "decorative": False}),
            ("quote", {"text": "Together we can", "author": "Anna", "role": "Volunteer"}),
            ("facts", [{"figure": "95", "label": "countries"}]),
            ("embed", "https://vk.com/video-1_2"),
        ],
    )

    page = data(graphql(BODY_QUERY, {"path": "/en/news/winners/"}))["page"]

    assert (page["__typename"], page["url"]) == ("NewsArticle", "/en/news/winners/")
    assert [b["type"] for b in page["body"]] == [
        "HEADING",
        "PARAGRAPH",
        "IMAGE",
        "QUOTE",
        "FACTS",
        "EMBED",
    ]
    heading, paragraph, image_block, quote, facts, embed = page["body"]
    assert heading["text"] == "The ceremony"
    assert paragraph["html"] == "<p>Forty <b>projects</b>.</p>"
    assert image_block["image"] == {"width": 800, "alt": "The stage"}
    assert (quote["author"], quote["role"]) == ("Anna", "Volunteer")
    assert facts["facts"] == [{"figure": "95", "label": "countries"}]
    assert embed["url"] == "https://vk.com/video-1_2"


def test_internal_links_in_rich_text_point_to_the_requested_language(
    graphql, home, news_index, locale_ru
):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    link = f'<p>See <a linktype="page" id="{about.pk}">about us</a>.</p>'
    article = NewsArticlePageFactory(
        parent=news_index, title="Hello", slug="hello", body=[("paragraph", link)]
    )
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(news_index, locale_ru, title="Новости")
    translate(about, locale_ru, title="О нас")
    translate(article, locale_ru, title="Привет")

    english = data(graphql(BODY_QUERY, {"path": "/en/news/hello/"}))["page"]
    russian = data(graphql(BODY_QUERY, {"path": "/ru/news/hello/"}))["page"]

    assert 'href="/en/about/"' in english["body"][0]["html"]
    assert (russian["title"], russian["locale"]) == ("Привет", "RU")
    assert 'href="/ru/about/"' in russian["body"][0]["html"]


def test_page_by_path_returns_requested_translation_and_hides_drafts(graphql, home):
    StandardPageFactory(parent=home, title="About", slug="about")
    StandardPageFactory(parent=home, title="Secret", slug="secret", live=False)
    query = """query ($path: String!) { page(path: $path) { __typename title
        ... on StandardPage { introduction } } }"""

    assert data(graphql(query, {"path": "/en/about/"}))["page"] == {
        "__typename": "StandardPage",
        "title": "About",
        "introduction": "About the forum and the prize.",
    }
    assert data(graphql(query, {"path": "/en/secret/"}))["page"] is None
    assert data(graphql(query, {"path": "/en/nowhere/"}))["page"] is None
    assert data(graphql(query, {"path": "/en/"}))["page"]["__typename"] == "HomePage"


def test_news_newest_first_with_pagination(graphql, news_index):
    for day in (1, 3, 2):
        NewsArticlePageFactory(
            parent=news_index, title=f"Day {day}", date=datetime.date(2023, 12, day)
        )
    NewsArticlePageFactory(parent=news_index, title="Draft", live=False)

    result = data(
        graphql(
            "{ news(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title } } } }"
        )
    )["news"]

    assert result["totalCount"] == 3
    assert result["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["title"] for e in result["edges"]] == ["Day 3", "Day 2"]


def test_clubs_hide_private_ones(graphql, home):
    index = ClubIndexPageFactory(parent=home)
    ClubPageFactory(parent=index, title="Altai club", kind="regional")
    hidden = ClubPageFactory(parent=index, title="Closed club")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    result = data(graphql("{ clubs { title kind region city } }"))

    assert result["clubs"] == [
        {"title": "Altai club", "kind": "regional", "region": "Altai Krai", "city": "Barnaul"}
    ]


CHANGES = """query ($since: DateTime!) { changes(since: $since) {
  until sessions { title } speakers { name } entries { title } news { title }
  deleted { type id }
} }"""


def test_changes_list_what_was_published_and_unpublished_since(graphql, home, news_index):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index)
    speakers = SpeakerIndexPageFactory(parent=index)
    old_speaker = SpeakerPageFactory(parent=speakers, title="Old speaker")
    gone = SessionPageFactory(parent=edition, title="Cancelled")
    since = timezone.now()
    new_speaker = SpeakerPageFactory(parent=speakers, title="New speaker")
    SessionPageFactory(parent=edition, title="Added", speakers=[new_speaker, old_speaker])
    NewsArticlePageFactory(parent=news_index, title="Fresh news")
    gone.unpublish()

    result = data(graphql(CHANGES, {"since": since.isoformat()}))["changes"]
    later = data(graphql(CHANGES, {"since": result["until"]}))["changes"]

    assert result["sessions"] == [{"title": "Added"}]
    assert result["speakers"] == [{"name": "New speaker"}]
    assert result["news"] == [{"title": "Fresh news"}]
    assert result["entries"] == []
    assert result["deleted"] == [{"type": "Session", "id": str(gone.pk)}]
    assert later["sessions"] == later["deleted"] == []


def test_page_by_path_in_russian_gives_untranslated_article_as_fallback(
    graphql, news_index, locale_ru
):
    translate(news_index.get_parent(), locale_ru, title="Главная")
    translate(news_index, locale_ru, title="Новости")
    NewsArticlePageFactory(parent=news_index, title="Winners", slug="winners")
    query = """query ($path: String!) { page(path: $path) { title locale isFallback } }"""

    russian = data(graphql(query, {"path": "/ru/news/winners/"}))["page"]
    english = data(graphql(query, {"path": "/en/news/winners/"}))["page"]
    listed = data(graphql("{ news(locale: RU) { edges { node { title isFallback } } } }"))

    assert russian == {"title": "Winners", "locale": "EN", "isFallback": True}
    assert english == {"title": "Winners", "locale": "EN", "isFallback": False}
    assert listed["news"]["edges"] == [{"node": {"title": "Winners", "isFallback": True}}]


def test_page_by_id_returns_the_visible_page_in_the_requested_language(graphql, home, locale_ru):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    translate(home, locale_ru, title="Главная")
    translate(about, locale_ru, title="О форуме")
    secret = StandardPageFactory(parent=home, title="Secret", slug="secret", live=False)
    query = """query ($id: ID!, $locale: Locale) {
        page(id: $id, locale: $locale) { title locale isFallback } }"""

    assert data(graphql(query, {"id": about.pk}))["page"]["title"] == "About"
    assert data(graphql(query, {"id": about.pk, "locale": "RU"}))["page"] == {
        "title": "О форуме",
        "locale": "RU",
        "isFallback": False,
    }
    assert data(graphql(query, {"id": secret.pk}))["page"] is None
    both = graphql('{ page(id: 1, path: "/en/") { title } }')
    assert both.errors[0].message == "Give `page` either a `path` or an `id`."


@pytest.mark.parametrize(
    "factory,typename",
    [
        (ForumIndexPageFactory, "ForumIndex"),
        (PrizeIndexPageFactory, "PrizeIndex"),
        (NewsIndexPageFactory, "NewsIndex"),
        (ClubIndexPageFactory, "ClubIndex"),
    ],
)
def test_index_page_by_path_has_its_type_and_introduction(graphql, home, factory, typename):
    index = factory(parent=home, introduction="<p>Start here</p>")
    query = f"""{{ page(path: "{index.url}") {{ __typename
        ... on {typename} {{ introduction }} }} }}"""
    page = data(graphql(query))["page"]
    assert page["__typename"] == typename
    assert "Start here" in page["introduction"]


def test_speaker_index_by_path_has_its_type_and_introduction(graphql, home):
    forum = ForumIndexPageFactory(parent=home)
    index = SpeakerIndexPageFactory(parent=forum, introduction="Everyone who spoke")
    query = (
        f'{{ page(path: "{index.url}") {{ __typename ... on SpeakerIndex {{ introduction }} }} }}'
    )
    assert data(graphql(query))["page"] == {
        "__typename": "SpeakerIndex",
        "introduction": "Everyone who spoke",
    }
