"""Alt text is required for every image uploaded in the admin (issue 16)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from tests.factories import UserFactory, image_file

Image = get_image_model()


@pytest.fixture
def editor(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def png():
    return SimpleUploadedFile("speaker.png", image_file().file.getvalue(), "image/png")


def add_image(client, **fields):
    data = {
        "title": "Elena Petrova",
        "file": png(),
        "collection": Collection.get_first_root_node().pk,
    }
    return client.post("/admin/images/add/", {**data, **fields})


def test_image_without_alt_text_is_refused_and_keeps_the_title(editor):
    response = add_image(editor)

    assert response.status_code == 200
    assert "This field is required." in response.context["form"].errors["description"]
    assert response.context["form"]["title"].value() == "Elena Petrova"
    assert not Image.objects.exists()


def test_image_with_alt_text_is_saved(editor):
    response = add_image(editor, description="Elena Petrova speaking at the plenary")

    assert response.status_code == 302
    assert Image.objects.get().default_alt_text == "Elena Petrova speaking at the plenary"


def test_multiple_upload_waits_for_the_alt_text(editor):
    response = editor.post(
        "/admin/images/multiple/add/",
        {"files[]": png(), "collection": Collection.get_first_root_node().pk},
    )

    assert response.json()["success"] is True
    assert not Image.objects.exists()  # held as an upload until the alt text is given
    assert UploadedFile.objects.count() == 1
