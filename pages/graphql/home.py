"""The API's `home`: the home page with what it features, typed, from the same domain
function as the site's home page (pages/domain/home.py), so frontends build the same home."""

import graphene
from django.utils import timezone

from api.batching import Batch
from api.locales import locale_argument, resolve_locale
from core.locales import localize
from core.visibility import visible
from forum.graphql.types import ForumEditionType, PartnerType, SpeakerType
from pages.domain.home import home_sections
from pages.graphql.types import HomePageType, NewsArticleType
from pages.models import HomePage
from prize.graphql.types import EntryType, PrizeEditionType, Stage


class HomeSection(graphene.Interface):
    """One featured block of the home page, in the editors' order; ask for each type's fields
    with `... on`."""

    kind = graphene.String(
        required=True, description="forum, prize_stage, news, laureates, speakers or partners"
    )
    link = graphene.String(description="Path of the page listing them all, when there is one")

    @classmethod
    def resolve_type(cls, instance, info):
        return SECTION_TYPES[instance.kind]

    def resolve_link(root, info):
        return root.link.get_url(request=info.context) if root.link is not None else None


class ForumState(graphene.Enum):
    """Where the forum edition stands today."""

    ONGOING = "ongoing"
    UPCOMING = "upcoming"
    PAST = "past"

    @property
    def description(self):
        return {
            "ongoing": "Under way today",
            "upcoming": "Still to come (see daysToGo)",
            "past": "Over",
        }[self.value]


class StageState(graphene.Enum):
    """Where a prize stage stands today."""

    CURRENT = "current"
    UPCOMING = "upcoming"
    COMPLETE = "complete"

    @property
    def description(self):
        return {
            "current": "The stage under way",
            "upcoming": "The next stage",
            "complete": "The last stage, over",
        }[self.value]


class PrizeStageStatus(graphene.ObjectType):
    """A prize edition today: the stage under way, else the next one, else the last one."""

    edition = graphene.Field(PrizeEditionType, required=True, description="The prize edition")
    stage = graphene.Field(Stage, required=True, description="The stage shown")
    state = graphene.Field(StageState, required=True, description="Where the stage stands today")
    headline = graphene.String(
        required=True, description="e.g. 'Applications open until 15 May 2024'"
    )


class HomeForumSection(graphene.ObjectType):
    """The forum edition the home page features."""

    edition = graphene.Field(ForumEditionType, required=True, description="The edition featured")
    state = graphene.Field(ForumState, required=True, description="Where it stands today")
    days_to_go = graphene.Int(description="Days until the first day, when upcoming")
    programme_url = graphene.String(required=True, description="Path of its programme page")

    class Meta:
        interfaces = (HomeSection,)

    def resolve_edition(root, info):
        return root.forum.edition

    def resolve_state(root, info):
        return root.forum.state

    def resolve_days_to_go(root, info):
        return root.forum.days_to_go

    def resolve_programme_url(root, info):
        return root.forum.edition.get_url(request=info.context)


class HomePrizeStageSection(graphene.ObjectType):
    """The prize editions' stages today."""

    stages = graphene.List(
        graphene.NonNull(PrizeStageStatus),
        required=True,
        description="Each featured prize edition's stage today",
    )

    class Meta:
        interfaces = (HomeSection,)


class HomeNewsSection(graphene.ObjectType):
    """The latest news."""

    articles = graphene.List(
        graphene.NonNull(NewsArticleType),
        required=True,
        resolver=lambda root, info: root.items,
        description="The latest articles, newest first",
    )

    class Meta:
        interfaces = (HomeSection,)


class HomeLaureatesSection(graphene.ObjectType):
    """Laureates of the latest prize year."""

    year = graphene.Int(required=True, description="The prize year")
    entries = graphene.List(
        graphene.NonNull(EntryType),
        required=True,
        resolver=lambda root, info: root.items,
        description="Its laureates, winners first",
    )

    class Meta:
        interfaces = (HomeSection,)


class HomeSpeakersSection(graphene.ObjectType):
    """Speakers of a forum edition."""

    forum_year = graphene.Int(
        resolver=lambda root, info: root.year, description="The forum edition's year"
    )
    speakers = graphene.List(
        graphene.NonNull(SpeakerType),
        required=True,
        resolver=lambda root, info: root.items,
        description="Its speakers",
    )

    class Meta:
        interfaces = (HomeSection,)


class HomePartnersSection(graphene.ObjectType):
    """Partners of the forum and the prize."""

    partners = graphene.List(
        graphene.NonNull(PartnerType),
        required=True,
        resolver=lambda root, info: root.items,
        description="Partners in the editors' order",
    )

    class Meta:
        interfaces = (HomeSection,)


SECTION_TYPES = {
    "forum": HomeForumSection,
    "prize_stage": HomePrizeStageSection,
    "news": HomeNewsSection,
    "laureates": HomeLaureatesSection,
    "speakers": HomeSpeakersSection,
    "partners": HomePartnersSection,
}


class Home(graphene.ObjectType):
    """The home page and what it features today, as the site shows it."""

    page = graphene.Field(
        HomePageType, required=True, description="The home page in the requested language"
    )
    sections = graphene.List(
        graphene.NonNull(HomeSection),
        required=True,
        description="What it features, in the editors' order",
    )


def _batch_sections(sections, *, locale):
    """Put every object of the sections in batches, so their own fields load per list."""
    for section in sections:
        if section.forum is not None:
            Batch([section.forum.edition], locale=locale)
        if section.stages:
            Batch([s.edition for s in section.stages], locale=locale)
            Batch([s.stage for s in section.stages], locale=locale)
        if section.items:
            Batch(section.items, locale=locale)


class HomeQueries(graphene.ObjectType):
    """The home page."""

    home = graphene.Field(
        Home,
        locale=locale_argument(),
        description="The home page and what it features today, as the site shows it",
    )

    def resolve_home(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        page = localize(visible(HomePage), locale=locale).first()
        if page is None:
            return None
        Batch([page], locale=locale)
        sections = home_sections(page=page, locale=locale, today=timezone.localdate())
        _batch_sections(sections, locale=locale)
        return Home(page=page, sections=sections)


# Types reached only through the HomeSection interface: listed for the schema.
TYPES = list(SECTION_TYPES.values())
