"""Instances built without Model.__init__ (core/lean.py) are the instances Django builds:
the same field values, related objects, StreamField values, and they save and reload."""

import pytest
from django.db.models import signals
from wagtail.images import get_image_model
from wagtail.models import Page

from core.lean import LeanModelIterable, lean
from core.visibility import visible
from forum.models import SessionPage, SpeakerPage
from pages.models import NewsArticlePage
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    make_site_tree,
)

pytestmark = pytest.mark.django_db


def fields_of(obj):
    return {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields}


@pytest.fixture
def tree():
    home, _ = make_site_tree()
    forum = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=forum)
    people = SpeakerIndexPageFactory(parent=home)
    photo = ImageFactory()
    speaker = SpeakerPageFactory(parent=people, photo=photo)
    session = SessionPageFactory(parent=edition, theme=ThemeFactory(), room=RoomFactory())
    news = NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home))
    return {"session": session, "speaker": speaker, "news": news}


def test_visible_querysets_build_lean_instances(tree):
    assert visible(SessionPage)._iterable_class is LeanModelIterable
    assert visible(SessionPage).values("pk")._iterable_class is not LeanModelIterable


@pytest.mark.parametrize("model", [SessionPage, SpeakerPage, NewsArticlePage, Page])
def test_lean_instance_equals_django_instance_for_every_field(tree, model):
    django_built = {p.pk: p for p in model.objects.all()}
    lean_built = list(lean(model.objects.all()))

    assert lean_built
    for page in lean_built:
        assert type(page) is model
        assert fields_of(page) == fields_of(django_built[page.pk])
        assert page._state.adding is False
        assert page._state.db == "default"


def test_lean_select_related_objects_are_loaded(tree, django_assert_num_queries):
    theme, room = tree["session"].theme, tree["session"].room
    with django_assert_num_queries(1):
        session = lean(SessionPage.objects.select_related("theme", "room", "locale")).get()
        assert fields_of(session.theme) == fields_of(theme)
        assert fields_of(session.room) == fields_of(room)
        assert session.locale.language_code == "en"
        assert session.theme._state.adding is False


def test_lean_streamfield_is_converted_as_django_converts_it(tree):
    news = lean(NewsArticlePage.objects.all()).get()

    assert news.body[0].block_type == "paragraph"
    assert "Forty projects" in str(news.body[0].value)


def test_lean_instance_saves_and_defers_as_usual(tree, django_assert_num_queries):
    session = lean(SessionPage.objects.only("pk", "title")).get()
    with django_assert_num_queries(1):
        assert session.summary == tree["session"].summary  # a deferred field loads lazily

    session.title = "Renamed in a lean instance"
    session.save()

    assert SessionPage.objects.get(pk=session.pk).title == "Renamed in a lean instance"


def test_model_with_init_receivers_gets_djangos_own_instances(tree):
    image_model = get_image_model()
    assert signals.post_init.has_listeners(image_model)  # the file's dimension fields

    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.pk)

    signals.post_init.connect(receiver, sender=image_model)
    try:
        images = list(lean(image_model.objects.all()))
    finally:
        signals.post_init.disconnect(receiver, sender=image_model)

    assert [i.pk for i in images] == seen == [tree["speaker"].photo_id]
