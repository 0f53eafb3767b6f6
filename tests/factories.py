"""Test data factories, in one place. Pages are created under a `parent`."""

import datetime
import io
import zoneinfo

import factory
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from forum.models import (
    ForumEditionPage,
    ForumIndexPage,
    Room,
    SessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    Theme,
)
from pages.models import (
    ClubIndexPage,
    ClubPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    StandardPage,
)
from prize.models import (
    CategoryPage,
    EntryPage,
    NominationPage,
    PrizeEditionPage,
    PrizeIndexPage,
    PrizeStage,
)

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def moscow(year, month, day, hour=10, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=MOSCOW)


class PageFactory(factory.django.DjangoModelFactory):
    """Creates the page as a published child of `parent` (required)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, live=True, fast=False, **kwargs):
        """`fast=True` skips revisions and logs: a live page in one insert, for bulk data."""
        assert parent is not None, "pages need a parent"
        children = kwargs.pop("_children", {})
        if fast:
            kwargs.setdefault("first_published_at", timezone.now())
            kwargs.setdefault("last_published_at", kwargs["first_published_at"])
        page = model_class(*args, live=live, **kwargs)
        for name, items in children.items():
            setattr(page, name, items)
        parent.add_child(instance=page)
        if fast:
            return page
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.unpublish()
        page.refresh_from_db()
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "#WEARETOGETHER"
    hero_title = "Together we change lives"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    introduction = "About the forum and the prize."


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsArticlePageFactory(PageFactory):
    class Meta:
        model = NewsArticlePage

    date = datetime.date(2023, 12, 4)
    introduction = "The winners of the prize were announced in Moscow."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Forty projects were honoured.</p>")])


class ClubIndexPageFactory(PageFactory):
    class Meta:
        model = ClubIndexPage

    title = "Clubs"
    slug = "clubs"


class ClubPageFactory(PageFactory):
    class Meta:
        model = ClubPage

    region = "Altai Krai"
    city = "Barnaul"


class ForumIndexPageFactory(PageFactory):
    class Meta:
        model = ForumIndexPage

    title = "Forum"
    slug = "forum"


class ForumEditionPageFactory(PageFactory):
    class Meta:
        model = ForumEditionPage

    year = 2023
    title = factory.LazyAttribute(lambda o: f"Forum {o.year}")
    slug = factory.LazyAttribute(lambda o: str(o.year))
    start_date = factory.LazyAttribute(lambda o: datetime.date(o.year, 12, 2))
    end_date = factory.LazyAttribute(lambda o: datetime.date(o.year, 12, 5))
    city = "Moscow"
    venue = "VDNKh, House of Youth"


class SpeakerIndexPageFactory(PageFactory):
    class Meta:
        model = SpeakerIndexPage

    title = "Speakers"
    slug = "speakers"


class SpeakerPageFactory(PageFactory):
    class Meta:
        model = SpeakerPage

    title = factory.Sequence(lambda n: f"Speaker {n}")
    position = "Chair"
    organisation = "Russian Red Cross"
    country = "Russia"


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    name = factory.Sequence(lambda n: f"Hall {n}")
    locale = factory.LazyFunction(Locale.get_default)


class SessionPageFactory(PageFactory):
    class Meta:
        model = SessionPage

    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.LazyFunction(lambda: moscow(2023, 12, 3, 10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=1, minutes=30))
    format = "panel"
    summary = "Volunteers and NGOs discuss partnership."

    @classmethod
    def _create(cls, model_class, *args, speakers=(), **kwargs):
        kwargs["_children"] = {
            "speaker_roles": [
                SessionSpeaker(speaker=speaker, role=role, sort_order=i)
                for i, (speaker, role) in enumerate(
                    s if isinstance(s, tuple) else (s, "speaker") for s in speakers
                )
            ]
        }
        return super()._create(model_class, *args, **kwargs)


class PrizeIndexPageFactory(PageFactory):
    class Meta:
        model = PrizeIndexPage

    title = "Prize"
    slug = "prize"


class PrizeEditionPageFactory(PageFactory):
    class Meta:
        model = PrizeEditionPage

    year = 2023
    track = "national"
    title = factory.LazyAttribute(lambda o: f"Prize {o.year} {o.track}")
    slug = factory.LazyAttribute(lambda o: f"{o.year}-{o.track}")

    @classmethod
    def _create(cls, model_class, *args, stages=(), **kwargs):
        kwargs["_children"] = {
            "stages": [
                PrizeStage(kind=kind, start_date=start, end_date=end, sort_order=i)
                for i, (kind, start, end) in enumerate(stages)
            ]
        }
        return super()._create(model_class, *args, **kwargs)


class CategoryPageFactory(PageFactory):
    class Meta:
        model = CategoryPage

    title = factory.Sequence(lambda n: f"Category {n}")
    grant_limit = 2_500_000


class NominationPageFactory(PageFactory):
    class Meta:
        model = NominationPage

    title = factory.Sequence(lambda n: f"Nomination {n}")


class EntryPageFactory(PageFactory):
    class Meta:
        model = EntryPage

    title = factory.Sequence(lambda n: f"Project {n}")
    organisation = "Happiness in Life"
    applicant_type = "ngo"
    entry_type = "project"
    region = "Perm Krai"
    country = "Russia"
    summary = "Video lessons for children with special needs."
    status = "applicant"


def image_file(width=800, height=600, name="photo.png"):
    """A small PNG in memory."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#2f5fa8").save(buffer, "PNG")
    return ImageFile(buffer, name=name)


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.LazyFunction(image_file)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "password")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(*extracted)
        self.save()


def make_site_tree():
    """An English home page serving the default site, with a Russian locale ready."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    locale_ru, _ = Locale.objects.get_or_create(language_code="ru")
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home, locale_ru


def translate(page, locale, **fields):
    """Publish a translation of `page` in `locale` with the given text fields."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def translate_snippet(snippet, locale, **fields):
    """Save a translation of a translatable snippet (theme, room, footer) in `locale`."""
    translated = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


# Applications (the prize year): the applicant's side of the prize tree.
from applications import models as application_models  # noqa: E402


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application in `nomination` (its category and edition follow from the tree)."""

    class Meta:
        model = application_models.Application

    applicant = factory.SubFactory(UserFactory)
    nomination = None
    category = factory.LazyAttribute(lambda o: o.nomination.get_parent().specific)
    edition = factory.LazyAttribute(lambda o: o.category.get_parent().specific)
    track = factory.LazyAttribute(lambda o: o.edition.track)
    applicant_type = "ngo"
    entry_type = "project"
    organisation = "Happiness in Life"
    region_code = "RU-PER"
    title = factory.Sequence(lambda n: f"Application {n}")
    answers = factory.LazyFunction(lambda: {"summary": "Video lessons for children."})
    consent = True
    state = "draft"
