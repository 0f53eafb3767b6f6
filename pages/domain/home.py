"""What the home page features, for the site and the API's `home` alike: the blocks editors
placed in `HomePage.features`, each filled in automatically when left empty, or a default
set when there are none. Sections with nothing to show are left out."""

import datetime
from dataclasses import dataclass, field

from core.locales import localize, localize_snippets
from core.visibility import visible
from forum.domain.featured import featured_forum
from forum.domain.speakers import speaker_list
from forum.models import Partner, SpeakerIndexPage, SpeakerPage
from pages.domain.listings import news_articles
from pages.models import NewsIndexPage
from prize.domain.laureates import laureates_by_year
from prize.domain.stages import prize_stage_statuses
from prize.models import PrizeIndexPage

DEFAULT_FEATURES = (
    ("forum", {"edition": None}),
    ("prize_stage", {"edition": None}),
    ("news", {"count": 3}),
    ("laureates", {"count": 6}),
    ("speakers", {"speakers": [], "count": 6}),
    ("partners", {"partners": []}),
)


@dataclass
class HomeSection:
    """One featured block: `kind` names it (forum, prize_stage, news, laureates, speakers,
    partners); `forum` is a ForumHighlight, `stages` StageStatuses, `items` pages or
    partners."""

    kind: str
    forum: object = None
    stages: list = field(default_factory=list)
    items: list = field(default_factory=list)
    year: int | None = None
    link: object = None  # the page listing all of them

    @property
    def is_empty(self):
        return self.forum is None and not self.stages and not self.items


def home_features(*, page):
    """[(block type, value dict)] of the page's features, or the defaults when it has none."""
    if page is None or not len(page.features):
        return [(kind, dict(value)) for kind, value in DEFAULT_FEATURES]
    return [(child.block_type, dict(child.value)) for child in page.features]


def home_sections(*, page, locale, today: datetime.date):
    """The HomeSections of the home `page` in `locale` as of `today`, in the editors' order."""
    sections, forum = [], None
    for kind, value in home_features(page=page):
        if kind == "forum":
            forum = featured_forum(locale=locale, today=today, edition=value.get("edition"))
            section = HomeSection(kind=kind, forum=forum)
        elif kind == "prize_stage":
            statuses = prize_stage_statuses(
                locale=locale, today=today, edition=value.get("edition")
            )
            section = HomeSection(kind=kind, stages=statuses)
        elif kind == "news":
            section = HomeSection(
                kind=kind, items=list(news_articles(locale=locale)[: value["count"]])
            )
        elif kind == "laureates":
            section = latest_laureates(locale=locale, count=value["count"])
        elif kind == "speakers":
            if forum is None:
                forum = featured_forum(locale=locale, today=today)
            section = featured_speakers(
                chosen=list(value.get("speakers") or []),
                count=value["count"],
                forum_year=forum.edition.year if forum else None,
                locale=locale,
            )
        elif kind == "partners":
            section = HomeSection(
                kind=kind,
                items=partner_list(chosen=list(value.get("partners") or []), locale=locale),
            )
        else:  # a block type removed from the code but still stored
            continue
        if not section.is_empty:
            sections.append(section)
    links = {"news": NewsIndexPage, "laureates": PrizeIndexPage, "speakers": SpeakerIndexPage}
    for section in sections:
        if section.kind in links:
            section.link = localize(visible(links[section.kind]), locale=locale).first()
    return sections


def latest_laureates(*, locale, count):
    """The laureates and winners of the latest prize year with any, at most `count`."""
    years = laureates_by_year(locale=locale)
    if not years:
        return HomeSection(kind="laureates")
    year, entries = years[0]
    return HomeSection(kind="laureates", items=entries[:count], year=year)


def featured_speakers(*, chosen, count, forum_year, locale):
    """The chosen speakers (in `locale`, editors' order, invisible ones left out), else the
    speakers of `forum_year`'s forum, those with a photo first, at most `count`."""
    if chosen:
        keys = [p.translation_key for p in chosen if p is not None]
        found = localize(visible(SpeakerPage).filter(translation_key__in=keys), locale=locale)
        by_key = {s.translation_key: s for s in found}
        return HomeSection(
            kind="speakers", items=[by_key[k] for k in dict.fromkeys(keys) if k in by_key]
        )
    if forum_year is None:
        return HomeSection(kind="speakers")
    speakers = list(speaker_list(locale=locale, forum_year=forum_year))
    speakers.sort(key=lambda s: s.photo_id is None)  # stable: by name within each group
    return HomeSection(kind="speakers", items=speakers[:count], year=forum_year)


def partner_list(*, chosen=(), locale):
    """The chosen partners, else every partner, in `locale` where translated (one query
    each)."""
    if chosen:
        ids = [p.pk for p in chosen if p is not None]
    else:
        ids = list(Partner.objects.values_list("pk", flat=True))
    found = localize_snippets(model=Partner, ids=ids, locale=locale)
    partners = {p.translation_key: p for p in (found[i] for i in ids if i in found)}
    result = list(partners.values())
    if not chosen:
        result.sort(key=lambda p: (p.sort_order, p.name))
    return result
