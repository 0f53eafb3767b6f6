"""Upload limits: editors cannot upload a document larger than WAGTAILDOCS_MAX_UPLOAD_SIZE."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.factories import UserFactory

MB = 1024 * 1024
Document = get_document_model()


@pytest.fixture
def editor(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def pdf(size):
    return SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"x" * (size - 9), "application/pdf")


def add_document(client, size):
    return client.post(
        "/admin/documents/add/",
        {"title": "Report", "file": pdf(size), "collection": Collection.get_first_root_node().pk},
    )


def test_document_limit_is_set_like_the_image_one():
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * MB
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * MB


def test_document_over_the_limit_is_refused_with_a_clear_message(editor):
    response = add_document(editor, 20 * MB + 1)
    assert response.status_code == 200  # the form again, with the error
    assert not Document.objects.exists()
    errors = response.context["form"].errors["file"]
    assert errors == ["This file is too big (20.0\xa0MB). Maximum filesize 20.0\xa0MB."]
    assert "This file is too big" in response.content.decode()


def test_document_under_the_limit_is_accepted(editor):
    response = add_document(editor, 100_000)
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.title == "Report"
    assert document.file.size == 100_000


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_limit_follows_the_setting_and_the_limit_itself_passes(editor):
    assert add_document(editor, 1001).status_code == 200
    assert add_document(editor, 1000).status_code == 302
    assert Document.objects.count() == 1


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_multiple_upload_refuses_a_document_over_the_limit(editor):
    """The drag-and-drop uploader (the admin's usual way in) answers JSON with the error."""
    response = editor.post(
        "/admin/documents/multiple/add/",
        {"files[]": pdf(1001), "collection": Collection.get_first_root_node().pk},
    )
    body = response.json()
    assert body["success"] is False
    assert "This file is too big" in body["error_message"]
    assert not Document.objects.exists()
