"""One visibility rule, every path: a table of (kind of invisible page) x (way to read the site).

Each scene has visible controls whose texts carry CONTROL, and hidden pages (a speaker, a
session, a news article, a club, a prize laureate) whose titles, slugs and texts carry MARKER,
made invisible in one of KINDS. Every path must show the controls and nothing of the hidden
pages, nor the URL of a document in a private collection.
"""

import datetime
import json
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from schedule.domain.ids import session_guid
from schedule.domain.releases import create_release
from tests.factories import (
    CategoryPageFactory,
    ClubIndexPageFactory,
    ClubPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    make_site_tree,
    moscow,
)

pytestmark = pytest.mark.django_db

MARKER = "Zorblaxian"  # only in hidden pages (and the private document's file name)
CONTROL = "Plumbago"  # in the visible controls
KINDS = [
    "draft",
    "draft_revision",
    "restricted",
    "restricted_ancestor",
    "expired",
    "scheduled_unpublished",
    "unpublished_parent",
]
ANCESTOR_KINDS = {"restricted_ancestor", "unpublished_parent"}
PAST = datetime.timedelta(days=1)

# The hidden pages' fields carrying the marker; `draft_revision` saves them as a newer draft.
HIDDEN_FIELDS = {
    "speaker": {
        "title": f"{MARKER} Speaker",
        "position": f"{MARKER} chair",
        "organisation": f"{MARKER} Foundation",
        "biography": f"<p>{MARKER} biography</p>",
    },
    "session": {
        "title": f"{MARKER} Session",
        "summary": f"{MARKER} summary",
        "description": f"<p>{MARKER} description</p>",
    },
    "article": {"title": f"{MARKER} News", "introduction": f"{MARKER} introduction"},
    "club": {"title": f"{MARKER} Club", "city": f"{MARKER} City"},
    "entry": {
        "title": f"{MARKER} Project",
        "organisation": f"{MARKER} NGO",
        "summary": f"{MARKER} summary",
    },
}


def url_of(page):
    """The page's English site path, from the tree (works for pages the site won't serve)."""
    page = Page.objects.get(pk=page.pk)
    return "/en/" + page.url_path[len("/home/") :]


def make_hidden(kind, name, factory, parent, **extra):
    """A page carrying the marker, created in the state `kind` starts from."""
    fields = HIDDEN_FIELDS[name]
    slug = f"{MARKER.lower()}-{name}"
    if kind == "draft":
        return factory(parent=parent, slug=slug, live=False, **fields, **extra)
    if kind != "draft_revision":
        return factory(parent=parent, slug=slug, **fields, **extra)
    page = factory(parent=parent, title=f"Ordinary {name}", slug=f"ordinary-{name}", **extra)
    for field, value in fields.items():
        setattr(page, field, value)
    page.save_revision()  # not published: the live page keeps its ordinary text
    page = page.__class__.objects.get(pk=page.pk)
    assert page.has_unpublished_changes and MARKER not in page.title
    assert MARKER in page.get_latest_revision_as_object().title
    return page


def hide(kind, pages, containers):
    """Make the hidden pages invisible in the way `kind` says (drafts already are)."""
    if kind == "restricted":
        for page in pages:
            PageViewRestriction.objects.create(page=page, restriction_type="login")
    elif kind == "restricted_ancestor":
        for container in containers:
            PageViewRestriction.objects.create(page=container, restriction_type="login")
    elif kind in ("expired", "scheduled_unpublished"):
        Page.objects.filter(pk__in=[p.pk for p in pages]).update(expire_at=timezone.now() - PAST)
        if kind == "scheduled_unpublished":
            call_command("publish_scheduled", verbosity=0)
    elif kind == "unpublished_parent":
        for container in containers:
            container.unpublish()  # the container only: its children stay live
    live = set(Page.objects.filter(pk__in=[p.pk for p in pages]).values_list("live", flat=True))
    assert live == ({False} if kind in ("draft", "scheduled_unpublished") else {True}), kind


def build_scene(kind):
    home, _ = make_site_tree()
    s = SimpleNamespace(kind=kind)
    forum = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    speakers = SpeakerIndexPageFactory(parent=forum)
    prize = PrizeIndexPageFactory(parent=home)
    prize_edition = PrizeEditionPageFactory(parent=prize, year=2023)
    category = CategoryPageFactory(parent=prize_edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Green Country")
    news = NewsIndexPageFactory(parent=home)
    clubs = ClubIndexPageFactory(parent=home)

    # For the ancestor kinds, each hidden page sits in a hidden section of its own, beside
    # the section of the visible controls.
    containers = []
    if kind in ANCESTOR_KINDS:
        named = {"title": f"{MARKER} section"}
        sections = [
            SpeakerIndexPageFactory(parent=forum, slug="more-speakers", **named),
            ForumEditionPageFactory(parent=forum, year=2024, **named),
            NewsIndexPageFactory(parent=home, slug="more-news", **named),
            ClubIndexPageFactory(parent=home, slug="more-clubs", **named),
            NominationPageFactory(parent=category, slug="more-nominations", **named),
        ]
        containers = sections
    else:
        sections = [speakers, edition, news, clubs, nomination]
    speaker_parent, session_parent, news_parent, club_parent, entry_parent = sections

    s.speaker = SpeakerPageFactory(
        parent=speakers, title=f"{CONTROL} Speaker", organisation="Red Cross"
    )
    s.hidden = [
        make_hidden(kind, "speaker", SpeakerPageFactory, speaker_parent),
        make_hidden(
            kind,
            "session",
            SessionPageFactory,
            session_parent,
            speakers=[s.speaker],
            starts_at=moscow(session_parent.year, 12, 3, 10),  # on one of its edition's days
        ),
        make_hidden(kind, "article", NewsArticlePageFactory, news_parent),
        make_hidden(kind, "club", ClubPageFactory, club_parent),
        make_hidden(kind, "entry", EntryPageFactory, entry_parent, status="laureate"),
    ]
    hide(kind, s.hidden, containers)
    s.hidden_speaker, s.hidden_session = s.hidden[0], s.hidden[1]
    s.hidden_urls = [url_of(page) for page in s.hidden + containers]

    private = Collection.get_first_root_node().add_child(name="Jury only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    s.document = get_document_model().objects.create(
        title="Jury report",
        file=ContentFile(b"%PDF-1.4 jury", name=f"{MARKER.lower()}-report.pdf"),
        collection=private,
    )

    # The visible controls, saved after the hidden pages became invisible.
    s.session = SessionPageFactory(
        parent=edition, title=f"{CONTROL} Session", speakers=[s.hidden_speaker, s.speaker]
    )
    s.article = NewsArticlePageFactory(
        parent=news,
        title=f"{CONTROL} News",
        body=[
            (
                "paragraph",
                f'<p>See <a linktype="page" id="{s.hidden_session.pk}">Unseen link words</a>, '
                f'<a linktype="document" id="{s.document.pk}">Private file words</a> and '
                f'<a linktype="page" id="{s.session.pk}">the {CONTROL} session</a>.</p>',
            )
        ],
    )
    s.club = ClubPageFactory(parent=clubs, title=f"{CONTROL} Club")
    s.entry = EntryPageFactory(parent=nomination, title=f"{CONTROL} Project", status="laureate")
    s.public_document = get_document_model().objects.create(
        title=f"{CONTROL} programme", file=ContentFile(b"%PDF-1.4 programme", name="programme.pdf")
    )
    # Redirects: one to a visible page, one to each hidden page (and section).
    Redirect.objects.create(old_path="/control-old", redirect_page=s.session)
    for i, page in enumerate(s.hidden + containers):
        Redirect.objects.create(old_path=f"/gone-{i}", redirect_page=page)
    # A programme release made now, and an agenda asking for every session.
    create_release(edition=edition, version="v1", user=None)
    s.guids = [str(session_guid(session=page)) for page in (s.session, s.hidden_session)]
    s.urls = {
        name: url_of(page)
        for name, page in [
            ("programme", edition),
            ("speakers", speakers),
            ("speaker", s.speaker),
            ("session", s.session),
            ("news", news),
            ("article", s.article),
            ("clubs", clubs),
            ("club", s.club),
            ("prize", prize),
            ("home", home),
            ("nomination", nomination),
        ]
    }
    return s


@pytest.fixture(scope="module", params=KINDS)
def scene(request, django_db_setup, django_db_blocker):
    """The scene for one kind, built once for all paths, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_scene(request.param)
        transaction.set_rollback(True)


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def gql(graphql, query):
    result = graphql(query)
    assert result.errors is None, result.errors
    return json.dumps(result.data, ensure_ascii=False)


def leak(flag, detail):
    """Text carrying the marker when a path counts or finds a hidden page without naming it."""
    return f" {MARKER} leaked: {detail}" if flag else ""


def html_page(name):
    return lambda s, client, graphql: get(client, s.urls[name])


def own_urls(s, client, graphql):
    text = get(client, s.urls["club"])
    for url in s.hidden_urls:  # a 404 or a login redirect, or the live text of a draft's page
        response = client.get(url)
        if response.status_code == 200:
            text += response.content.decode()
    return text


def search_html(s, client, graphql):
    def run(query):
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200
        hits = [f"{hit.title} {hit.url}" for hit in response.context["page_obj"].object_list]
        return hits, {f["type"]: f["count"] for f in response.context["facets"]}

    control, _ = run(CONTROL)
    hits, counts = run(MARKER)
    return " ".join(control) + leak(hits or any(counts.values()), (hits, counts))


def search_suggest(s, client, graphql):
    control = get(client, "/en/search/suggest/", q=CONTROL[:5])
    return control + get(client, "/en/search/suggest/", q=MARKER[:5])


SEARCH = """{ search(query: "%s") { totalCount facets { type count }
  edges { snippet node { ... on Page { title url } } } } }"""


def search_graphql(s, client, graphql):
    control = gql(graphql, SEARCH % CONTROL)
    found = json.loads(gql(graphql, SEARCH % MARKER))["search"]
    counted = found["totalCount"] or any(f["count"] for f in found["facets"])
    return control + json.dumps(found) + leak(counted, found)


def graphql_query(query):
    def path(s, client, graphql):
        return gql(graphql, query(s) if callable(query) else query)

    return path


SPEAKER_FIELDS = "name position organisation biography url"
SESSION_FIELDS = f"title summary description url speakers {{ speaker {{ {SPEAKER_FIELDS} }} }}"


def page_query(s):
    aliases = "\n".join(
        f'h{i}: page(path: "{url}") {{ title url }}' for i, url in enumerate(s.hidden_urls)
    )
    return f'{{ control: page(path: "{s.urls["session"]}") {{ title }}\n{aliases} }}'


def rest_listing(s, client, graphql):
    with override_settings(ROOT_URLCONF="bench.urls"):
        text, offset, total = "", 0, 1
        while offset < total:
            body = get(client, "/api/v2/pages/", limit=20, offset=offset)
            total, offset, text = json.loads(body)["meta"]["total_count"], offset + 20, text + body
        for page in s.hidden:
            response = client.get(f"/api/v2/pages/{page.pk}/", {"fields": "*"})
            if response.status_code == 200:
                text += response.content.decode()
        return text


def rest_session(s, client, graphql):
    with override_settings(ROOT_URLCONF="bench.urls"):
        return get(client, f"/api/v2/pages/{s.session.pk}/", fields="*")


def menu_paths(s, client, graphql):
    """The header's menu and the API's `menu`, with every page marked "show in menus"."""
    with transaction.atomic():
        Page.objects.update(show_in_menus=True)
        text = get(client, "/en/") + gql(
            graphql,
            "{ menu(depth: 3) { title url children { title url children { title url } } } }",
        )
        transaction.set_rollback(True)
    return text


def seo_paths(s, client, graphql):
    fields = "title description canonical alternates { url } sharing { content } jsonLd"
    aliases = "\n".join(
        f'h{i}: page(path: "{url}") {{ seo {{ title jsonLd }} }}'
        for i, url in enumerate(s.hidden_urls)
    )
    query = (
        f'{{ a: page(path: "{s.urls["session"]}") {{ seo {{ {fields} }} }} '
        f'b: page(path: "{s.urls["speaker"]}") {{ seo {{ {fields} }} }}\n{aliases} }}'
    )
    return gql(graphql, query)


def redirects_graphql(s, client, graphql):
    found = json.loads(
        gql(graphql, "{ redirects(first: 100) { edges { node { oldPath target } } } }")
    )
    edges = found["redirects"]["edges"]
    hidden_targets = [e for e in edges if e["node"]["oldPath"].startswith("/gone-")]
    # A page with only a newer draft is live: its redirect stays, to its live (ordinary) URL.
    live = s.kind == "draft_revision"
    return json.dumps(found) + leak(
        not live and any(e["node"]["target"] for e in hidden_targets), hidden_targets
    )


def prize_counts(s, client, graphql):
    counts = json.loads(
        gql(
            graphql,
            "{ prizeCounts(year: 2023) { total { laureates } years { laureates } "
            "regions { laureates } nationalWithoutRegion { laureates } } }",
        )
    )["prizeCounts"]
    laureates = (counts["total"]["laureates"], sum(y["laureates"] for y in counts["years"]))
    expected = 2 if s.kind == "draft_revision" else 1  # a newer draft leaves the page live
    return f"{CONTROL} counts {counts}" + leak(laureates != (expected, expected), counts)


def releases(s, client, graphql):
    text = get(client, "/en/forum/2023/schedule/changes/")
    text += get(client, "/en/forum/2023/schedule/changes.atom")
    text += get(client, "/en/forum/2023/schedule/v/v1/schedule.json")
    return text + gql(
        graphql,
        "{ programmeReleases(year: 2023) { version added { guid title url } "
        "cancelled { title } moved { title } } }",
    )


def agenda(s, client, graphql):
    selection = ",".join(s.guids)
    text = get(client, "/en/forum/2023/agenda/", s=selection)
    return text + get(client, "/en/forum/2023/agenda.ics", s=selection)


def feeds(s, client, graphql):
    return "".join(
        get(client, f"/en/forum/2023/schedule.{ext}") for ext in ("json", "xml", "xcal", "ics")
    )


HOME_SECTIONS = """{ home { sections { kind link
  ... on HomeForumSection { edition { title sessions { title speakers { speaker { name } } } } }
  ... on HomeNewsSection { articles { title introduction url } }
  ... on HomeLaureatesSection { entries { title organisation url } }
  ... on HomeSpeakersSection { speakers { name organisation url } } } } }"""


ARTICLE_BODY = """{ page(path: "%s") { title ... on NewsArticle {
  body { ... on ParagraphBlock { html } } } } }"""

PATHS = {
    "programme": html_page("programme"),
    "session_page": html_page("session"),
    "speakers_page": html_page("speakers"),
    "speaker_page": html_page("speaker"),
    "news_index": html_page("news"),
    "club_index": html_page("clubs"),
    "nomination_page": html_page("nomination"),
    "prize_index": html_page("prize"),
    "own_urls": own_urls,
    "sitemap": lambda s, client, graphql: get(client, "/sitemap.xml"),
    "search_html": search_html,
    "search_suggest": search_suggest,
    "graphql_search": search_graphql,
    "graphql_autocomplete": graphql_query(
        f'{{ a: autocomplete(prefix: "{CONTROL[:5]}") {{ title url }} '
        f'b: autocomplete(prefix: "{MARKER[:5]}") {{ title url }} }}'
    ),
    "graphql_speakers": graphql_query(
        f"{{ speakers {{ totalCount edges {{ node {{ {SPEAKER_FIELDS} "
        "sessions { title } } } } }"
    ),
    "graphql_speaker": graphql_query(
        lambda s: (
            f'{{ a: speaker(slug: "{s.speaker.slug}") {{ {SPEAKER_FIELDS} '
            f"sessions {{ {SESSION_FIELDS} }} }} "
            f'b: speaker(slug: "{s.hidden_speaker.slug}") {{ {SPEAKER_FIELDS} }} }}'
        )
    ),
    "graphql_session": graphql_query(
        lambda s: (
            f'{{ a: session(slug: "{s.session.slug}") {{ {SESSION_FIELDS} }} '
            f'b: session(slug: "{s.hidden_session.slug}") {{ {SESSION_FIELDS} }} }}'
        )
    ),
    "graphql_forum": graphql_query(
        f"{{ forum(year: 2023) {{ sessions {{ {SESSION_FIELDS} }} }} "
        "other: forum(year: 2024) { title sessions { title } } }"
    ),
    "graphql_news": graphql_query(
        "{ news { totalCount edges { node { title introduction url } } } }"
    ),
    "graphql_clubs": graphql_query("{ clubs { title city url } }"),
    "graphql_entries": graphql_query(
        "{ entries { totalCount edges { node { title organisation summary url } } } }"
    ),
    "graphql_page": graphql_query(page_query),
    "graphql_changes": graphql_query(
        '{ changes(since: "2000-01-01T00:00:00+00:00") { sessions { title summary '
        "speakers { speaker { name } } } speakers { name position organisation } "
        "entries { title organisation } news { title introduction } } }"
    ),
    "rest_listing": rest_listing,
    "rest_session": rest_session,
    "routes": graphql_query(
        "{ routes(first: 100) { totalCount edges { node { path url page { title } } } } }"
    ),
    "menu": menu_paths,
    "seo": seo_paths,
    "documents": graphql_query(
        "{ documents(first: 100) { edges { node { title url filename } } } }"
    ),
    "redirects": redirects_graphql,
    "home_html": html_page("home"),
    "home_sections": graphql_query(HOME_SECTIONS),
    "atlas_counts": prize_counts,
    "releases": releases,
    "agenda": agenda,
    "programme_feeds": feeds,
    "rich_text_html": html_page("article"),
    "rich_text_graphql": graphql_query(lambda s: ARTICLE_BODY % s.urls["article"]),
}

# What a path must show besides CONTROL, so that it cannot pass by showing nothing.
RICH_TEXT = ["Unseen link words", "Private file words"]
EXPECTED = {"rich_text_html": RICH_TEXT, "rich_text_graphql": RICH_TEXT}


@pytest.fixture
def graphql_lazy(request):
    """The `graphql` fixture, set up only by the paths that use it."""
    return lambda query: request.getfixturevalue("graphql")(query)


@pytest.mark.parametrize("path", PATHS)
def test_path_hides_invisible_pages(scene, path, client, graphql_lazy):
    text = PATHS[path](scene, client, graphql_lazy)

    assert CONTROL.lower() in text.lower(), "the path shows no visible control"
    for expected in EXPECTED.get(path, []):
        assert expected in text
    if path.startswith("rich_text"):
        assert scene.urls["session"] in text, "the link to a visible page lost its href"
    at = text.lower().find(MARKER.lower())
    assert at == -1, f"the hidden content shows: …{text[max(at - 200, 0) : at + 200]}…"
    assert f"/documents/{scene.document.pk}/" not in text


def test_rest_api_absent_from_default_urls(client, home):
    assert client.get("/api/v2/pages/", follow=True).status_code == 404
