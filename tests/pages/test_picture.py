"""`{% picture %}` and the API share one srcset rule (core/images.py): each distinct width
once, never wider than the original."""

import re

import pytest
from django.template import Context, Template

from core.images import picture_data
from tests.factories import ImageFactory, image_file

pytestmark = pytest.mark.django_db


def render(image, widths="320,640,960,1280,1920"):
    template = Template(f'{{% load picture_tags %}}{{% picture image widths="{widths}" %}}')
    return template.render(Context({"image": image}))


def widths_in(srcset):
    return [entry.rsplit(" ", 1)[1] for entry in srcset.split(", ")]


def test_picture_of_a_small_original_lists_its_width_once():
    html = render(ImageFactory(file=image_file(width=320, height=200)))

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    jpeg = re.search(r'<img src="[^"]+" srcset="([^"]+)"', html).group(1)
    assert widths_in(webp) == ["320w"]
    assert widths_in(jpeg) == ["320w"]
    assert 'width="320" height="200"' in html


def test_picture_never_lists_a_width_above_the_original():
    html = render(ImageFactory(file=image_file(width=1000, height=500)))

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    assert widths_in(webp) == ["320w", "640w", "960w"]
    assert 'width="960" height="480"' in html


def test_picture_of_an_original_below_every_width_is_its_own_width():
    data = picture_data(ImageFactory(file=image_file(width=200, height=100)), widths=(320, 640))

    assert widths_in(data["webp"]) == ["200w"]
    assert (data["width"], data["height"]) == (200, 100)


def test_picture_urls_stay_relative_on_the_site():
    data = picture_data(ImageFactory(), widths=(320,))

    assert data["src"].startswith("/media/images/")
    assert data["webp"].startswith("/media/images/")
