"""Media on S3-compatible storage: a real S3 API (moto_server over HTTP on loopback, the
`s3_endpoint` fixture in tests/conftest.py).

Originals and renditions land in the bucket; documents are streamed by the app."""

import io

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.config.outages import s3_settings

BUCKET = "wetogether-media"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture
def bucket(s3_endpoint):
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    with override_settings(**s3_settings(s3_endpoint, bucket=BUCKET)):
        yield client
    objects = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    for item in objects:
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def png(width=400, height=300):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_image_original_and_rendition_are_stored_in_the_bucket(bucket):
    image = get_image_model().objects.create(
        title="Laureates on stage", file=ImageFile(io.BytesIO(png()), name="laureates.png")
    )
    rendition = image.get_rendition("fill-120x80")

    stored = keys(bucket)
    assert image.file.name in stored
    assert rendition.file.name in stored
    assert image.file.name.startswith("original_images/")
    assert rendition.file.name.startswith("images/")
    assert (rendition.width, rendition.height) == (120, 80)
    assert rendition.url.startswith(bucket.meta.endpoint_url)


@pytest.mark.django_db
def test_document_in_bucket_is_served_through_the_app(bucket, client):
    document = get_document_model().objects.create(
        title="Prize regulations", file=ContentFile(b"%PDF-1.4 regulations", name="rules.pdf")
    )
    assert document.file.name in keys(bucket)

    response = client.get(document.url)

    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 regulations"
