import json

import pytest
from django.core import signing

from api.preview import make_preview_token, read_preview_token
from tests.factories import ForumEditionPageFactory, ForumIndexPageFactory, UserFactory

pytestmark = pytest.mark.urls("tests.api.preview_urls")

PREVIEW = """query($token: String!) {
  preview(token: $token) { __typename title ... on ForumEdition { city } }
}"""


@pytest.fixture
def edition(home):
    index = ForumIndexPageFactory(parent=home)
    return ForumEditionPageFactory(parent=index, year=2024, title="Forum 2024", city="Kazan")


@pytest.fixture
def draft(edition):
    edition.title = "Forum 2024 (draft)"
    edition.city = "Moscow"
    return edition.save_revision()


def test_token_reads_back_the_draft_not_the_live_page(draft, edition):
    page = read_preview_token(token=make_preview_token(revision=draft))
    assert page.pk == edition.pk
    assert (page.title, page.city) == ("Forum 2024 (draft)", "Moscow")
    edition.refresh_from_db()
    assert edition.city == "Kazan"


def test_preview_field_returns_draft_and_is_never_cached(gql, draft):
    token = make_preview_token(revision=draft)
    response = gql.get(PREVIEW, variables={"token": token})
    preview = response.json()["data"]["preview"]
    assert preview["title"] == "Forum 2024 (draft)"
    assert (preview["__typename"], preview["city"]) == ("ForumEdition", "Moscow")
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response


def test_expired_token_is_a_clear_error(gql, draft, settings):
    settings.GRAPHQL_PREVIEW_MAX_AGE = -1
    response = gql.post(PREVIEW, variables={"token": make_preview_token(revision=draft)})
    body = response.json()
    assert body["data"] == {"preview": None}
    assert body["errors"][0]["message"] == (
        "Preview token has expired; open the preview again from the admin."
    )
    assert body["errors"][0]["extensions"] == {"code": "PREVIEW_TOKEN_EXPIRED"}


@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "not-a-token",
        lambda token: signing.TimestampSigner(salt="other").sign_object({"page": 1}),
    ],
)
def test_forged_token_is_a_clear_error(gql, draft, forge):
    token = forge(make_preview_token(revision=draft))
    error = gql.post(PREVIEW, variables={"token": token}).json()["errors"][0]
    assert error["message"] == "Invalid preview token."
    assert error["extensions"] == {"code": "PREVIEW_TOKEN_INVALID"}


def test_token_of_deleted_draft_is_a_clear_error(gql, draft, edition):
    token = make_preview_token(revision=draft)
    edition.delete()
    error = gql.post(PREVIEW, variables={"token": token}).json()["errors"][0]
    assert error["extensions"] == {"code": "PREVIEW_NOT_FOUND"}


def test_editor_gets_a_token_for_the_latest_draft(client, draft, edition, settings):
    settings.GRAPHQL_PREVIEW_FRONTEND_URL = ""
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(f"/admin/api/preview/{edition.pk}/")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert read_preview_token(token=body["token"]).city == "Moscow"
    assert body["expires_in"] == 3600


def test_editor_is_redirected_to_the_frontend_preview(client, draft, edition, settings):
    settings.GRAPHQL_PREVIEW_FRONTEND_URL = "https://front.example.org/preview?token={token}"
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(f"/admin/api/preview/{edition.pk}/")
    assert response.status_code == 302
    token = response["Location"].split("token=", 1)[1]
    assert read_preview_token(token=token).title == "Forum 2024 (draft)"


def test_user_who_cannot_edit_gets_no_token(client, edition):
    client.force_login(UserFactory())
    response = client.get(f"/admin/api/preview/{edition.pk}/")
    assert response.status_code in (302, 403)
    assert "token" not in response.content.decode()


@pytest.mark.parametrize(
    ("frontend_url", "shown"),
    [("", False), ("https://front.example.org/preview?token={token}", True)],
)
def test_preview_button_only_when_a_frontend_is_configured(
    client, edition, settings, frontend_url, shown
):
    settings.GRAPHQL_PREVIEW_FRONTEND_URL = frontend_url
    client.force_login(UserFactory(is_superuser=True))

    page = client.get(f"/admin/pages/{edition.pk}/edit/").content.decode()

    assert (f"/admin/api/preview/{edition.pk}/" in page) is shown
