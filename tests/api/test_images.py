"""Images a phone can use (issue 12 §4): absolute URLs, srcset of distinct widths, rich-text
embeds in the allowed renditions, focal-point crops in the allowed sizes, a cached
placeholder."""

import io
import json
import re

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage

from tests.factories import (
    ClubIndexPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    image_file,
)

IMAGE = """query ($id: ID) { page(id: $id) { ... on NewsArticle { image {
  url width
  srcset
  jpeg: srcset(format: JPEG)
  rendition(width: 640) { url width height }
  placeholder { color dataUri }
} } } }"""


def data(result):
    assert result.errors is None, result.errors
    return result.data


@pytest.fixture
def news(home):
    return NewsIndexPageFactory(parent=home)


def article_with(news, **image):
    picture = ImageFactory(file=image_file(**image)) if image else ImageFactory()
    return NewsArticlePageFactory(parent=news, image=picture)


def image_of(graphql, article, query=IMAGE):
    return data(graphql(query, {"id": article.pk}))["page"]["image"]


def srcset_widths(srcset):
    return [entry.rsplit(" ", 1)[1] for entry in srcset.split(", ")]


def test_image_urls_are_absolute_on_the_requests_origin(graphql, news):
    image = image_of(graphql, article_with(news))

    assert image["url"].startswith("http://testserver/media/original_images/")
    assert image["rendition"]["url"].startswith("http://testserver/media/images/")
    assert all(
        url.startswith("http://testserver/media/images/")
        for url in re.findall(r"(\S+) \d+w", image["srcset"])
    )


@override_settings(MEDIA_BASE_URL="https://media.wearetogether.example/")
def test_image_urls_use_media_base_url_when_set(graphql, news):
    image = image_of(graphql, article_with(news))

    assert image["url"].startswith("https://media.wearetogether.example/media/original_images/")
    assert image["rendition"]["url"].startswith("https://media.wearetogether.example/media/")


def test_absolute_urls_do_not_leak_through_the_response_cache_to_another_host(client, news):
    article = article_with(news)
    query = {"query": IMAGE, "variables": {"id": article.pk}}

    first = client.post("/graphql/", query, content_type="application/json")
    second = client.post("/graphql/", query, content_type="application/json", HTTP_HOST="127.0.0.1")

    url = second.json()["data"]["page"]["image"]["url"]
    assert first.json()["data"]["page"]["image"]["url"].startswith("http://testserver/")
    assert url.startswith("http://127.0.0.1/")


def test_srcset_of_a_small_original_lists_its_width_once(graphql, news):
    image = image_of(graphql, article_with(news, width=320, height=240))

    assert srcset_widths(image["srcset"]) == ["320w"]
    assert srcset_widths(image["jpeg"]) == ["320w"]
    assert image["rendition"]["width"] == 320  # never wider than the original


def test_srcset_of_a_mid_original_stops_at_its_width(graphql, news):
    image = image_of(graphql, article_with(news, width=1000, height=500))

    assert srcset_widths(image["srcset"]) == ["320w", "640w", "960w"]
    urls = re.findall(r"(\S+) \d+w", image["srcset"])
    assert len(set(urls)) == 3 and all(u.endswith(".webp") for u in urls)


def test_srcset_of_an_original_narrower_than_every_width_is_the_original_width(graphql, news):
    image = image_of(graphql, article_with(news, width=200, height=100))

    assert srcset_widths(image["srcset"]) == ["200w"]


FILL = """query ($id: ID, $w: Int!, $h: Int, $fill: Boolean) { page(id: $id) {
  ... on NewsArticle { image { rendition(width: $w, height: $h, fill: $fill) {
    url width height } } } } }"""


def two_halves(width=1600, height=800):
    """A PNG whose left half is red and right half blue."""
    buffer = io.BytesIO()
    picture = PILImage.new("RGB", (width, height), (220, 0, 0))
    picture.paste((0, 0, 220), (width // 2, 0, width, height))
    picture.save(buffer, "PNG")
    return ImageFile(buffer, name="halves.png")


def test_fill_crop_in_an_allowed_size_keeps_the_focal_point(graphql, news):
    article = NewsArticlePageFactory(parent=news, image=ImageFactory(file=two_halves()))
    image = article.image
    image.focal_point_x, image.focal_point_y = 1400, 400  # in the blue half
    image.focal_point_width = image.focal_point_height = 100
    image.save()

    result = data(graphql(FILL, {"id": article.pk, "w": 640, "h": 640, "fill": True}))
    rendition = result["page"]["image"]["rendition"]

    assert (rendition["width"], rendition["height"]) == (640, 640)
    assert rendition["url"].startswith("http://testserver/media/images/")
    crop = image.renditions.get(filter_spec="fill-640x640|format-webp")
    with crop.file.open() as file:
        pixels = PILImage.open(file).convert("RGB")
        quarter, focal = pixels.getpixel((160, 320)), pixels.getpixel((560, 320))
    # A centred crop (x 400-1200) is red up to its middle; the crop around the focal point
    # (x 700-1500, Wagtail keeps the point where it sits in the original) is blue there.
    assert quarter[2] > 150 and quarter[0] < 60
    assert focal[2] > 150 and focal[0] < 60


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"w": 640, "h": 500, "fill": True}, "Crop 640x500 is not allowed"),
        ({"w": 500, "h": 500, "fill": True}, "Image width 500 is not allowed"),
        ({"w": 640, "h": 360, "fill": False}, "A crop needs both fill: true and a height."),
        ({"w": 640, "h": None, "fill": True}, "A crop needs both fill: true and a height."),
    ],
)
def test_other_sizes_are_refused_with_a_code(graphql, news, variables, message):
    article = article_with(news)

    result = graphql(FILL, {"id": article.pk, **variables})

    assert result.errors[0].message.startswith(message)
    assert result.errors[0].extensions == {"code": "IMAGE_SIZE_NOT_ALLOWED"}
    assert not article.image.renditions.exists()


def test_placeholder_is_the_dominant_colour_and_a_tiny_data_uri(graphql, news):
    image = image_of(graphql, article_with(news))  # the factory's image is #2f5fa8

    assert image["placeholder"]["color"] == "#2f5fa8"
    assert image["placeholder"]["dataUri"].startswith("data:image/jpeg;base64,")
    assert len(image["placeholder"]["dataUri"]) < 1500


def test_placeholder_is_computed_once_and_kept(graphql, news):
    article = article_with(news)
    image_of(graphql, article)

    article.image.file.delete(save=False)  # the original cannot be read any more
    again = image_of(
        graphql,
        article,
        "query ($id: ID) { page(id: $id) { ... on NewsArticle "
        "{ image { placeholder { color } } } } }",
    )

    assert again["placeholder"]["color"] == "#2f5fa8"  # from the cache, not the file


LIST = """{ news(first: 20) { edges { node { image { placeholder { color dataUri }
  srcset rendition(width: 320, height: 180, fill: true) { url } } } } } }"""


def test_image_fields_cost_the_same_queries_for_one_and_many(graphql, news):
    article_with(news)
    data(graphql(LIST))  # renditions and placeholders made once
    with CaptureQueriesContext(connection) as one:
        data(graphql(LIST))

    for width in (200, 320, 1000, 2000):  # originals of every size: one rendition query
        article_with(news, width=width, height=100)
    data(graphql(LIST))
    with CaptureQueriesContext(connection) as many:
        result = data(graphql(LIST))

    assert len(result["news"]["edges"]) == 5
    assert all(e["node"]["image"]["placeholder"] for e in result["news"]["edges"])
    assert len(many) == len(one)


def test_rich_text_image_in_the_api_is_a_picture_of_allowed_absolute_renditions(graphql, home):
    picture = ImageFactory(file=image_file(width=1000, height=500))
    clubs = ClubIndexPageFactory(
        parent=home,
        introduction=f'<p>Clubs</p><embed embedtype="image" id="{picture.pk}" '
        f'format="fullwidth" alt="Club meeting"/>',
    )

    html = data(
        graphql(
            "query ($id: ID) { page(id: $id) { ... on ClubIndex { introduction } } }",
            {"id": clubs.pk},
        )
    )["page"]["introduction"]

    assert '<source type="image/webp" srcset="http://testserver/media/images/' in html
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    assert srcset_widths(webp) == ["320w", "640w", "960w"]
    assert 'alt="Club meeting"' in html and 'class="picture richtext-image full-width"' in html
    assert "width-800" not in html
    assert set(picture.renditions.values_list("filter_spec", flat=True)) == {
        f"width-{w}|format-{f}" for w in (320, 640, 960) for f in ("webp", "jpeg")
    }


def test_rich_text_image_on_the_site_uses_the_same_renditions(client, home):
    picture = ImageFactory(file=image_file(width=700, height=500))
    clubs = ClubIndexPageFactory(
        parent=home,
        introduction=f'<embed embedtype="image" id="{picture.pk}" format="left" alt="Meeting"/>',
    )

    html = client.get(clubs.url).content.decode()

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    assert srcset_widths(webp) == ["320w", "640w"]
    assert webp.startswith("/media/images/")  # the site keeps its own relative paths
    assert re.search(r'<img src="/media/images/[^"]+\.jpg" srcset="[^"]+ 640w"', html)


def test_rich_text_image_in_a_private_collection_is_left_out(graphql, home):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    picture = ImageFactory(collection=private)
    clubs = ClubIndexPageFactory(
        parent=home,
        introduction=f'<embed embedtype="image" id="{picture.pk}" format="right" alt="Hidden"/>',
    )

    html = data(
        graphql(
            "query ($id: ID) { page(id: $id) { ... on ClubIndex { introduction } } }",
            {"id": clubs.pk},
        )
    )["page"]["introduction"]

    assert "<picture" not in html and "/media/" not in html


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@override_settings(MEDIA_BASE_URL="https://media.wearetogether.example")
def test_sharing_image_and_json_ld_use_media_base_url(client, graphql, home):
    forum = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=forum)
    article = SpeakerPageFactory(parent=speakers, photo=ImageFactory())
    seo = data(
        graphql(
            "query ($id: ID) { page(id: $id) { seo { sharing { name content } jsonLd } } }",
            {"id": article.pk},
        )
    )["page"]["seo"]

    sharing = {t["name"]: t["content"] for t in seo["sharing"]}
    assert sharing["og:image"].startswith("https://media.wearetogether.example/media/images/")
    assert "https://media.wearetogether.example/media/images/" in json.dumps(seo["jsonLd"])
    html = client.get(article.url).content.decode()
    assert 'content="https://media.wearetogether.example/media/images/' in html
