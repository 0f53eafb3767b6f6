"""Helpers that build demo content: bilingual pages and snippets, placeholder images, and
indexing deferred to the end of a load. The apps' `demo.py` modules hold the data and call
these; each app registers its loader in `AppConfig.ready()` and `load_demo` runs them in
order, under the home page the site app creates."""

import io
from contextlib import contextmanager

from django.core.files.images import ImageFile
from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image
from wagtail.models import Locale, ReferenceIndex
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from core.translation_memory import record_translation


def placeholder_image(*, title, colour, size=(960, 540)):
    """A Wagtail image titled 'Demo: <title>' filled with `colour`, reused when it exists."""
    title = f"Demo: {title}"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.ellipse((width * 0.55, -height * 0.3, width * 1.2, height * 0.9), fill=(255, 255, 255))
    draw.text((width * 0.06, height * 0.75), "#WEARETOGETHER", fill="white",
              font=ImageFont.load_default(size=max(16, height // 12)))  # fmt: skip
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    name = title.split(": ", 1)[1].lower().replace(" ", "-")
    image = Image(title=title, file=ImageFile(buffer, name=f"demo-{name}.png"))
    image.save()
    return image


def add_page(*, parent, page):
    """Add `page` under `parent` and publish it."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_page(*, page, locale, fields):
    """Publish a translation of `page` (whose parent is already translated) with `fields`,
    recorded in wagtail-localize as a synced translation whose strings are translated, so a
    later "Translate this page" or sync keeps its text."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    record_translation(original=page, translated=translated)
    return translated


def add_bilingual(*, parent, model, text, locale, **fields):
    """Create and publish an English `model` page under `parent` and its Russian translation.

    `text` is {"en": {...}, "ru": {...}} of the text fields; `fields` are shared by both."""
    page = add_page(parent=parent, page=model(**fields, **text["en"]))
    return page, translate_page(page=page, locale=locale, fields=text["ru"])


def add_snippet(*, model, text, locale, **fields):
    """Create a translatable snippet in the default locale and its translation in `locale`,
    recorded in wagtail-localize as translate_page records its pages."""
    original = model.objects.create(locale=Locale.get_default(), **fields, **text["en"])
    translated = original.copy_for_translation(locale)
    for name, value in text["ru"].items():
        setattr(translated, name, value)
    translated.save()
    record_translation(original=original, translated=translated)
    return original, translated


@contextmanager
def deferred_indexing():
    """Run the search and reference index tasks once per object saved in the block, after
    it, rather than on each of the several saves of every page (this halves the load time)."""
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        saved[sender, instance.pk] = True

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="core.demo.remember")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="core.demo.remember")
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pk in saved:
        if any(isinstance(f, ParentalKey) for f in model._meta.get_fields()):
            continue  # a page's child row: indexed with its page, which was saved too
        if not model._default_manager.filter(pk=pk).exists():
            continue
        args = (model._meta.app_label, model._meta.model_name, str(pk))
        if model in models:
            insert_or_update_object_task.enqueue(*args)
        if model in ReferenceIndex.tracked_models:
            update_reference_index_task.enqueue(*args)


_loaders = []


def register_demo_loader(*, order, load):
    """`load(home=, locale=)` adds an app's demo content under the English `home`, with
    translations in `locale`; loaders run by ascending `order`."""
    _loaders.append((order, load))


def demo_loaders():
    return [load for _, load in sorted(_loaders, key=lambda item: item[0])]
