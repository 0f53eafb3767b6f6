"""Synthetic, deterministic content for load tests: a fast page-tree builder, images, news.

Pages are bulk-inserted with computed treebeard paths instead of `add_child` + a revision
per page (thousands of times faster). They are live and valid; they get no revisions
and no wagtail-localize translation sources; `generate_dataset` indexes them for search in
bulk afterwards (bench/dataset/search.py).
"""

import datetime
import io
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db.models import Max
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from pages.models import HomePage, NewsArticlePage, NewsIndexPage

PUBLISHED_AT = datetime.datetime(2025, 1, 15, 12, 0, tzinfo=datetime.UTC)
BATCH = 500


class TreeBuilder:
    """Collects new pages under parents (existing or new) and inserts them in bulk.

    `add(parent, page)` gives the page its path, depth, url_path and publication fields;
    `save()` writes base `Page` rows with `bulk_create`, then each model's own table."""

    def __init__(self, *, rng):
        self.rng = rng
        self.pages = []
        self.next_step = {}  # parent path -> next child step
        self.new_children = {}  # existing parent pk -> number of children added

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def add(self, parent, page, *, translation_of=None):
        if parent.path not in self.next_step:
            last = Page.objects.filter(
                path__startswith=parent.path, depth=parent.depth + 1
            ).aggregate(last=Max("path"))["last"]
            self.next_step[parent.path] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
            parent.numchild = parent.numchild or 0
        step = self.next_step[parent.path]
        self.next_step[parent.path] = step + 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.numchild = 0
        page.slug = page.slug or slugify(page.title, allow_unicode=True)[:255] or f"p{step}"
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id if parent.depth > 1 else page.locale_id
        page.translation_key = translation_of.translation_key if translation_of else self.key()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = PUBLISHED_AT
        parent.numchild += 1
        if parent.pk:
            self.new_children[parent.pk] = parent.numchild
        self.pages.append(page)
        return page

    def save(self):
        """Insert every collected page: base rows first, then each specific table. Returns
        the new pages' ids."""
        base_fields = [f for f in Page._meta.concrete_fields if f.attname != "id"]
        rows = [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in self.pages]
        Page.objects.bulk_create(rows, batch_size=BATCH)
        by_model = {}
        for page, row in zip(self.pages, rows, strict=True):
            page.id = page.page_ptr_id = row.id
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            fields = model._meta.local_concrete_fields
            for start in range(0, len(pages), BATCH):
                model._base_manager._insert(pages[start : start + BATCH], fields=fields)
        for pk, numchild in self.new_children.items():
            Page.objects.filter(pk=pk).update(numchild=numchild)
        self.pages = []
        return [row.id for row in rows]


def translated_copy(page, **fields):
    """An unsaved copy of `page` (same model and field values) with `fields` replaced."""
    model = type(page)
    skip = {"id", "page_ptr_id", "path", "depth", "numchild", "url_path", "translation_key"}
    values = {
        f.attname: getattr(page, f.attname)
        for f in model._meta.concrete_fields
        if f.attname not in skip
    }
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if field.is_relation:  # give the id, so it is not overridden by the copied one
            values[field.attname] = value.pk if value is not None else None
        else:
            values[name] = value
    copy = model(**values)
    copy.content_type = ContentType.objects.get_for_model(model)
    return copy


def make_images(*, count, rng):
    """`count` small generated JPEG images, shared by speakers, entries and news."""
    image_model = get_image_model()
    images = []
    for n in range(count):
        colour = tuple(rng.randrange(40, 220) for _ in range(3))
        buffer = io.BytesIO()
        PILImage.new("RGB", (640, 480), colour).save(buffer, format="JPEG", quality=70)
        image = image_model(title=f"Synthetic photo {n + 1}")
        image.file = ImageFile(buffer, name=f"synthetic-{n + 1}.jpg")
        image.save()
        images.append(image)
    return images


def make_homes(*, builder, locales):
    """A home page per locale (the Russian one a translation of the English one), the
    English one serving the default site."""
    root = Page.get_first_root_node()
    home_en = builder.add(
        root,
        HomePage(
            title="#WEARETOGETHER",
            hero_title="Together we change lives",
            slug="home",
            locale=locales["en"],
        ),
    )
    home_ru = builder.add(
        root,
        translated_copy(
            home_en,
            title="#МЫВМЕСТЕ",
            hero_title="Вместе меняем жизни",
            slug="home-ru",
            locale=locales["ru"],
        ),
        translation_of=home_en,
    )
    return {"en": home_en, "ru": home_ru}


def point_default_site(*, home):
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.update_or_create(
        hostname="localhost",
        port=80,
        defaults={"root_page_id": home.pk, "is_default_site": True, "site_name": "#WEARETOGETHER"},
    )


NEWS_EN = ["forum", "prize", "volunteers", "region", "laureates", "mentors", "NGO", "grant"]
NEWS_RU = ["форум", "премия", "волонтёры", "регион", "лауреаты", "наставники", "НКО", "грант"]


def make_news(*, builder, homes, count, images):
    rng = builder.rng
    index_en = builder.add(homes["en"], NewsIndexPage(title="News", slug="news"))
    index_ru = builder.add(
        homes["ru"], translated_copy(index_en, title="Новости"), translation_of=index_en
    )
    for n in range(count):
        word = rng.randrange(len(NEWS_EN))
        date = datetime.date(2025, 1, 1) - datetime.timedelta(days=n * 3)
        article = builder.add(
            index_en,
            NewsArticlePage(
                title=f"News {n + 1}: {NEWS_EN[word]} update",
                slug=f"news-{n + 1}",
                date=date,
                introduction=f"What is new about the {NEWS_EN[word]} this week.",
                image=rng.choice(images) if images else None,
                body=[("paragraph", f"<p>The {NEWS_EN[word]} story number {n + 1}.</p>")],
            ),
        )
        builder.add(
            index_ru,
            translated_copy(
                article,
                title=f"Новость {n + 1}: {NEWS_RU[word]}",
                introduction=f"Что нового: {NEWS_RU[word]} на этой неделе.",
                body=article.body,
            ),
            translation_of=article,
        )


def locales():
    return {
        "en": Locale.objects.get_or_create(language_code="en")[0],
        "ru": Locale.objects.get_or_create(language_code="ru")[0],
    }


def seeded(seed):
    return random.Random(seed)
