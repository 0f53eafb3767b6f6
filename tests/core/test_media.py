"""Media-store (S3) outages degrade: a real S3 API (moto_server on loopback) that then
becomes a port where nothing listens ("refused") or a socket that accepts and never answers
("silent"), and comes back. No mocks; `fail_if_hung` turns a missing timeout into a failure."""

import json

import boto3
import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.breaker import reset_breakers
from tests.config.outages import fail_if_hung, refused_port, s3_settings, silent_server
from tests.factories import ImageFactory, NewsArticlePageFactory, NewsIndexPageFactory

BUCKET = "wetogether-outage"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
IMAGE_QUERY = """query ($id: ID) { page(id: $id) { ... on NewsArticle {
  title image { url rendition(width: 320) { url width } } } } }"""


@pytest.fixture(autouse=True)
def closed_breakers():
    reset_breakers()
    yield
    reset_breakers()


@pytest.fixture
def bucket(s3_endpoint):
    """An empty bucket on moto_server; the media storage points at it."""
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    with override_settings(**s3_settings(s3_endpoint, bucket=BUCKET)):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture(params=["refused", "silent"])
def outage(request, bucket):
    """A context manager: inside it the media storage points at a refused or silent port."""
    import contextlib

    @contextlib.contextmanager
    def broken_store(accepted=None):
        with silent_server(accepted) as silent_port:
            port = refused_port() if request.param == "refused" else silent_port
            with override_settings(**s3_settings(f"http://127.0.0.1:{port}", bucket=BUCKET)):
                with fail_if_hung():
                    yield
        reset_breakers()  # the store is back

    return broken_store


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


@pytest.fixture
def article(home, bucket):
    """A news article whose picture is in the bucket, with no rendition made yet."""
    news = NewsIndexPageFactory(parent=home)
    image = ImageFactory(title="Laureates on stage")
    return NewsArticlePageFactory(parent=news, title="Prize ceremony", image=image)


@pytest.mark.django_db
def test_page_renders_without_its_picture_while_the_store_is_down(client, article, outage):
    with outage():
        response = client.get(article.url)
    assert response.status_code == 200
    assert "Prize ceremony" in response.content.decode()
    assert "no-store" in response["Cache-Control"]  # the degraded page is not kept downstream
    assert not article.image.renditions.exists()  # no row for a file that was never stored


@pytest.mark.django_db
def test_page_gets_its_picture_back_with_the_store(client, article, outage, bucket):
    with outage():
        client.get(article.url)
    response = client.get(article.url)
    assert response.status_code == 200
    renditions = list(article.image.renditions.filter(filter_spec__contains="format-webp"))
    assert renditions  # the {% picture %} tag's WebP sizes, made now that the store is back
    for rendition in renditions:
        assert rendition.file.name in keys(bucket)
        assert rendition.url in response.content.decode()
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_hung_store_is_waited_for_once_per_outage_not_per_picture(client, article, bucket):
    """After one timed-out call the store is skipped for a while (core/breaker.py)."""
    accepted = []
    with silent_server(accepted) as port:
        with override_settings(**s3_settings(f"http://127.0.0.1:{port}", bucket=BUCKET)):
            with fail_if_hung():
                statuses = [client.get(article.url).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert len(accepted) <= 2  # the first call and its one retry


@pytest.mark.django_db
def test_document_answers_503_with_a_clear_message_while_the_store_is_down(client, outage):
    document = get_document_model().objects.create(
        title="Prize regulations", file=ContentFile(b"%PDF-1.4 rules", name="rules.pdf")
    )
    with outage():
        response = client.get(document.url, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Файл временно недоступен" in response.content.decode()
    assert "127.0.0.1" not in response.content.decode()

    back = client.get(document.url)
    assert back.status_code == 200
    assert b"".join(back.streaming_content) == b"%PDF-1.4 rules"


@pytest.mark.django_db
def test_graphql_image_is_null_with_media_unavailable_while_the_store_is_down(
    client, article, outage
):
    body = json.dumps({"query": IMAGE_QUERY, "variables": {"id": article.pk}})
    with outage():
        response = client.post("/graphql/", body, content_type="application/json")
    assert response.status_code == 200
    answer = response.json()
    assert answer["data"]["page"] == {"title": "Prize ceremony", "image": None}
    assert [e["extensions"]["code"] for e in answer["errors"]] == ["MEDIA_UNAVAILABLE"]
    assert "127.0.0.1" not in response.content.decode()

    back = client.post("/graphql/", body, content_type="application/json").json()
    assert "errors" not in back
    assert back["data"]["page"]["image"]["rendition"]["width"] == 320


@pytest.mark.django_db
def test_upload_while_the_store_is_down_stores_nothing_half(bucket, outage):
    from core.media import MediaUnavailable

    images_before = get_image_model().objects.count()
    with outage(), pytest.raises(MediaUnavailable), transaction.atomic():  # as a request would
        get_document_model().objects.create(
            title="Minutes", file=ContentFile(b"%PDF-1.4 minutes", name="minutes.pdf")
        )
    assert not get_document_model().objects.exists()
    assert get_image_model().objects.count() == images_before
    assert keys(bucket) == set()


S3_IMAGE_QUERY = """query ($id: ID) { page(id: $id) { ... on NewsArticle { image {
  url srcset rendition(width: 320, height: 180, fill: true) { url } placeholder { color }
} } } }"""


@pytest.mark.django_db
def test_graphql_image_urls_on_s3_are_the_buckets_absolute_urls(client, article, s3_endpoint):
    body = json.dumps({"query": S3_IMAGE_QUERY, "variables": {"id": article.pk}})

    image = client.post("/graphql/", body, content_type="application/json").json()["data"]
    image = image["page"]["image"]

    assert image["url"].startswith(f"{s3_endpoint}/{BUCKET}/original_images/")
    assert image["rendition"]["url"].startswith(f"{s3_endpoint}/{BUCKET}/images/")
    assert image["srcset"].startswith(f"{s3_endpoint}/{BUCKET}/images/")
    assert "testserver" not in json.dumps(image)
    assert image["placeholder"]["color"].startswith("#")


@pytest.mark.django_db
def test_graphql_image_urls_on_s3_behind_a_cdn_are_the_cdns(client, article, bucket, s3_endpoint):
    body = json.dumps({"query": S3_IMAGE_QUERY, "variables": {"id": article.pk}})
    cdn = {**s3_settings(s3_endpoint, bucket=BUCKET), "AWS_S3_CUSTOM_DOMAIN": "cdn.example"}

    with override_settings(**cdn):  # STORAGES set again: the storage is built anew
        response = client.post("/graphql/", body, content_type="application/json")

    image = response.json()["data"]["page"]["image"]
    assert image["url"].startswith("https://cdn.example/original_images/")
    assert image["rendition"]["url"].startswith("https://cdn.example/images/")


@pytest.mark.django_db
def test_graphql_placeholder_is_null_and_not_kept_while_the_store_is_down(client, article, outage):
    query = """query ($id: ID) { page(id: $id) { ... on NewsArticle {
      image { placeholder { color } } } } }"""
    body = json.dumps({"query": query, "variables": {"id": article.pk}})

    with outage():
        down = client.post("/graphql/", body, content_type="application/json")
    back = client.post("/graphql/", body, content_type="application/json")

    assert down.status_code == 200
    assert down.json()["data"]["page"]["image"] == {"placeholder": None}
    assert "no-store" in down["Cache-Control"]
    assert back.json()["data"]["page"]["image"]["placeholder"]["color"].startswith("#")
