"""Footer, contacts, redirects and public documents: what the HTML site shows or applies and
what the API returns come from the same domain functions and agree."""

from urllib.parse import urljoin

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Site

from pages.models import ContactSettings, FooterText
from tests.api.test_query_counts import MAX_QUERIES
from tests.factories import StandardPageFactory, translate

pytestmark = pytest.mark.django_db

SITE = "http://localhost/"
SETTINGS = """query ($locale: Locale) {
  siteSettings(locale: $locale) { footer contacts { email phone telegram vk } }
}"""
REDIRECTS = """query ($first: Int, $after: String) {
  redirects(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { oldPath locale target isPermanent } }
  }
}"""
DOCUMENTS = """query ($collection: String, $first: Int) {
  documents(collection: $collection, first: $first) {
    totalCount edges { node { id title url filename fileExtension collection createdAt } }
  }
}"""


def run(graphql, query, **variables):
    if variables.get("locale"):
        variables["locale"] = variables["locale"].upper()  # the Locale enum's names
    result = graphql(query, variables)
    assert result.errors is None, result.errors
    return result.data


@pytest.fixture
def footers(home, locale_ru):
    english = FooterText.objects.create(body="<p>Together in English</p>", locale=home.locale)
    return english


# Footer and contacts


def test_site_settings_footer_in_the_requested_language(footers, locale_ru, graphql):
    FooterText.objects.create(
        body="<p>Вместе</p>", locale=locale_ru, translation_key=footers.translation_key
    )

    assert run(graphql, SETTINGS, locale="ru")["siteSettings"]["footer"] == "<p>Вместе</p>"
    assert run(graphql, SETTINGS, locale="en")["siteSettings"]["footer"] == (
        "<p>Together in English</p>"
    )


def test_site_settings_footer_falls_back_to_the_default_language(footers, graphql):
    assert run(graphql, SETTINGS, locale="ru")["siteSettings"]["footer"] == (
        "<p>Together in English</p>"
    )


def test_site_settings_without_footer_or_contacts_are_empty(home, graphql):
    Site.objects.all().delete()

    data = run(graphql, SETTINGS)["siteSettings"]

    assert data == {"footer": "", "contacts": {"email": "", "phone": "", "telegram": "", "vk": ""}}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_site_settings_agree_with_the_site_footer(
    home, footers, locale_ru, graphql, client, language
):
    translate(home, locale_ru, title="Главная")
    contacts = ContactSettings.for_site(Site.objects.get())
    contacts.email = "team@example.org"
    contacts.save()

    html = client.get(f"/{language}/").content.decode()
    data = run(graphql, SETTINGS, locale=language)["siteSettings"]

    footer = html.split('<footer class="site-footer">', 1)[1]
    assert data["footer"] in footer
    assert data["contacts"]["email"] == "team@example.org"
    assert "mailto:team@example.org" in footer


# Redirects


@pytest.fixture
def redirects(home):
    target = StandardPageFactory(parent=home, slug="about")
    hidden = StandardPageFactory(parent=home, slug="draft")
    hidden.unpublish()
    other_site = Site.objects.create(hostname="other.example", port=80, root_page=home)
    Redirect.add_redirect("/en/old-about/", redirect_to=target, is_permanent=True)
    Redirect.add_redirect("/ru/staroe/", redirect_to="https://example.org/", is_permanent=False)
    Redirect.add_redirect("/en/to-hidden/", redirect_to=hidden)
    Redirect.add_redirect("/en/elsewhere/", redirect_to=target, site=other_site)
    return target


def test_redirects_list_the_site_redirects_with_visible_targets(redirects, graphql):
    nodes = [e["node"] for e in run(graphql, REDIRECTS)["redirects"]["edges"]]

    assert nodes == [
        {"oldPath": "/en/old-about", "locale": "EN", "target": "/en/about/", "isPermanent": True},
        {
            "oldPath": "/ru/staroe",
            "locale": "RU",
            "target": "https://example.org/",
            "isPermanent": False,
        },
    ]


def test_redirects_agree_with_the_site(redirects, graphql, client):
    for edge in run(graphql, REDIRECTS)["redirects"]["edges"]:
        node = edge["node"]
        response = client.get(node["oldPath"])
        assert response.status_code == (301 if node["isPermanent"] else 302)
        # Absolute or relative alike: the same place.
        assert urljoin(SITE, response["Location"]) == urljoin(SITE, node["target"])


def test_redirects_page_through(redirects, graphql):
    first = run(graphql, REDIRECTS, first=1)["redirects"]
    second = run(graphql, REDIRECTS, first=1, after=first["pageInfo"]["endCursor"])["redirects"]

    assert first["totalCount"] == 2 and first["pageInfo"]["hasNextPage"]
    assert second["edges"][0]["node"]["oldPath"] == "/ru/staroe"
    assert not second["pageInfo"]["hasNextPage"]


@pytest.fixture(params=[1, 40], ids=["1-redirect", "40-redirects"])
def many_redirects(request, home):
    target = StandardPageFactory(parent=home, slug="target")
    for i in range(request.param):
        Redirect.add_redirect(f"/en/old-{i}/", redirect_to=target)
    return request.param


def test_redirects_query_count_is_bounded(many_redirects, graphql, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        data = run(graphql, REDIRECTS, first=100)

    assert data["redirects"]["totalCount"] == many_redirects


# Documents


def document(title, collection):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4", name=f"{title.lower()}.pdf"),
        collection=collection,
    )


@pytest.fixture
def collections(db):
    root = Collection.get_first_root_node()
    public = root.add_child(name="Reports")
    private = root.add_child(name="Jury only")
    below_private = private.add_child(name="Scores")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return public, private, below_private


def test_documents_list_only_public_collections(collections, graphql):
    public, private, below_private = collections
    report = document("Report", public)
    document("Jury", private)
    document("Scores", below_private)

    nodes = [e["node"] for e in run(graphql, DOCUMENTS)["documents"]["edges"]]

    assert [(n["id"], n["collection"], n["fileExtension"]) for n in nodes] == [
        (str(report.pk), "Reports", "pdf")
    ]
    assert nodes[0]["url"] == report.url


def test_documents_filter_by_collection(collections, graphql):
    public, _, _ = collections
    document("Report", public)
    document("Root file", Collection.get_first_root_node())

    data = run(graphql, DOCUMENTS, collection="Reports")["documents"]

    assert [e["node"]["title"] for e in data["edges"]] == ["Report"]


def test_documents_url_downloads_the_public_file(collections, graphql, client):
    public, _, _ = collections
    document("Report", public)

    url = run(graphql, DOCUMENTS)["documents"]["edges"][0]["node"]["url"]

    assert client.get(url).status_code == 200


@pytest.fixture(params=[1, 40], ids=["1-document", "40-documents"])
def many_documents(request, collections):
    for i in range(request.param):
        document(f"Doc{i}", collections[0])
    return request.param


def test_documents_query_count_is_bounded(many_documents, graphql, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        data = run(graphql, DOCUMENTS, first=100)

    assert data["documents"]["totalCount"] == many_documents
