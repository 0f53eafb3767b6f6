"""Content-Security-Policy in production (django-csp): the policy production.py builds from its
environment, applied to real responses of the site."""

import json
import re

import pytest
from csp.constants import NONCE
from django.test import Client, override_settings

from tests.config.test_production import SECRET, manage

PRINT_POLICY = (
    "import json;"
    "from django.conf import settings as s;"
    "from csp.constants import NONCE;"
    "print(json.dumps(s.CONTENT_SECURITY_POLICY,"
    " default=lambda v: '__NONCE__' if v is NONCE else str(v)))"
)


def production_policy(**env):
    """CONTENT_SECURITY_POLICY as config.settings.production sets it for `env`."""
    base = {"DJANGO_SECRET_KEY": SECRET, "AWS_STORAGE_BUCKET_NAME": ""}
    result = manage("shell", "--no-imports", "-c", PRINT_POLICY, **{**base, **env})
    assert result.returncode == 0, result.stderr
    policy = json.loads(result.stdout)
    for sources in policy["DIRECTIVES"].values():
        sources[:] = [NONCE if v == "__NONCE__" else v for v in sources]
    return policy


@pytest.fixture(scope="module")
def cdn_policy():
    return production_policy(
        AWS_STORAGE_BUCKET_NAME="media-bucket", AWS_S3_CUSTOM_DOMAIN="cdn.example.org"
    )


def directives(response):
    header = response.headers["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def test_html_page_carries_the_production_policy(home, cdn_policy):
    with override_settings(CONTENT_SECURITY_POLICY=cdn_policy):
        response = Client().get(home.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"][0] == "'self'"
    assert all(s == "'self'" or s.startswith("'nonce-") for s in policy["script-src"])
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:", "https://cdn.example.org"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "https://www.youtube.com" in policy["frame-src"]  # EmbedBlock videos
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_search_page_carries_the_policy(site_tree, cdn_policy):
    with override_settings(CONTENT_SECURITY_POLICY=cdn_policy):
        response = Client().get("/en/search/", {"q": "forum"})
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'none'"]


def test_site_inline_scripts_carry_the_nonce(home, cdn_policy):
    """Every executable inline <script> of a page has the nonce of the header; scripts with a
    src are same-origin; JSON-LD data blocks are not executed and need none."""
    with override_settings(CONTENT_SECURITY_POLICY=cdn_policy):
        response = Client().get(home.url)
    html = response.content.decode()
    nonces = [s for s in directives(response)["script-src"] if s.startswith("'nonce-")]
    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert scripts  # the page has scripts: the test checks something
    for attributes in scripts:
        if "application/ld+json" in attributes:
            continue
        src = re.search(r'src="([^"]+)"', attributes)
        if src:
            assert src.group(1).startswith("/"), attributes  # 'self'
        else:
            nonce = re.search(r'nonce="([^"]+)"', attributes)
            assert nonce and f"'nonce-{nonce.group(1)}'" in nonces, attributes


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_admin_interfaces_are_excluded(path, cdn_policy):
    """The admins' templates use inline scripts and styles: no policy there."""
    with override_settings(CONTENT_SECURITY_POLICY=cdn_policy):
        response = Client().get(path)
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers


def test_media_origins_without_cdn():
    s3 = production_policy(AWS_STORAGE_BUCKET_NAME="media-bucket", AWS_S3_REGION_NAME="eu-west-1")
    assert s3["DIRECTIVES"]["img-src"] == [
        "'self'",
        "data:",
        "https://media-bucket.s3.amazonaws.com",
        "https://media-bucket.s3.eu-west-1.amazonaws.com",
    ]
    minio = production_policy(
        AWS_STORAGE_BUCKET_NAME="media", AWS_S3_ENDPOINT_URL="https://s3.example.net"
    )
    assert minio["DIRECTIVES"]["img-src"][2:] == [
        "https://s3.example.net",
        "https://media.s3.example.net",
    ]
    local = production_policy()
    assert local["DIRECTIVES"]["img-src"] == ["'self'", "data:"]


def test_graphiql_off_by_default_and_excluded_from_the_policy_when_on():
    assert "/graphql/" not in production_policy()["EXCLUDE_URL_PREFIXES"]
    on = production_policy(GRAPHQL_GRAPHIQL="1")
    assert "/graphql/" in on["EXCLUDE_URL_PREFIXES"]


def test_no_policy_outside_production(home):
    """Development and tests set no CONTENT_SECURITY_POLICY: the middleware stays inert."""
    response = Client().get(home.url)
    assert "Content-Security-Policy" not in response.headers


# GraphiQL: off in production unless GRAPHQL_GRAPHIQL turns it on (api/urls.py reads the
# setting per request).

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.django_db
@override_settings(GRAPHQL_GRAPHIQL=False)
def test_browser_get_to_graphql_gets_no_graphiql_when_off():
    response = Client().get("/graphql/", headers=BROWSER)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert b"graphiql" not in response.content.lower()
    assert response.json() == {
        "errors": [
            {"message": "Must provide a query string.", "extensions": {"code": "BAD_REQUEST"}}
        ]
    }


@pytest.mark.django_db
@override_settings(GRAPHQL_GRAPHIQL=False)
def test_browser_get_with_query_still_answers_json_when_off():
    response = Client().get("/graphql/", {"query": "{ __typename }"}, headers=BROWSER)
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.django_db
@override_settings(GRAPHQL_GRAPHIQL=True)
def test_browser_get_to_graphql_renders_graphiql_when_on():
    response = Client().get("/graphql/", headers=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"graphiql" in response.content.lower()


def test_production_turns_graphiql_off_unless_asked():
    code = "from django.conf import settings as s; print(s.GRAPHQL_GRAPHIQL)"
    off = manage("shell", "--no-imports", "-c", code, DJANGO_SECRET_KEY=SECRET)
    on = manage("shell", "--no-imports", "-c", code, DJANGO_SECRET_KEY=SECRET, GRAPHQL_GRAPHIQL="1")
    assert (off.stdout.strip(), on.stdout.strip()) == ("False", "True"), off.stderr + on.stderr
