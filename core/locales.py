"""Which language: one resolution and fallback rule for the site, search and the API.

A reader asks for a language; every object comes in that language where a visible
translation exists, else in the default language, else in the language created first.
Objects that fall back keep their own `locale_id`, so a template or a client can say so
(`lang` attribute, `locale` field)."""

import dataclasses
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager
from wagtail.rich_text import expand_db_html

from core import sites
from core.compiled import compiled_list
from core.visibility import remembered, visible


class UnknownLocale(ValueError):
    def __init__(self, code):
        self.code = code
        available = ", ".join(available_codes())
        super().__init__(f"Unknown locale '{code}'. Available: {available}.")


@dataclass(frozen=True)
class ContentLocale:
    """The requested language and the ids of the locales to prefer, in order."""

    code: str
    id: int | None
    default_id: int | None
    # The preferred locales are the ones created first, in order: the rank of a locale is
    # then its id's order (see best_translation).
    in_id_order: bool = False

    @property
    def preferred_ids(self):
        return [i for i in dict.fromkeys((self.id, self.default_id)) if i is not None]


def available_codes():
    return [code for code, _ in settings.LANGUAGES]


def _locale_table():
    return tuple(Locale.objects.values_list("language_code", "id"))


def locale_ids():
    """{language code: Locale id}: one query, then kept in this process until a locale, a
    site or a page changes (core.visibility.remembered)."""
    return dict(remembered("locales", _locale_table))


def language_of(locale_id):
    """The language code of a Locale id, from the remembered table (None when unknown)."""
    for code, pk in locale_ids().items():
        if pk == locale_id:
            return code
    return None


_wagtail_get_for_language = LocaleManager.get_for_language


def _remembered_get_for_language(self, language_code):
    """Wagtail's `Locale.objects.get_for_language` (behind `Locale.get_active()`,
    `get_default()` and `page.localized`) from the remembered table: a new Locale instance
    each call, the same errors (LookupError for a language not in
    WAGTAIL_CONTENT_LANGUAGES, Locale.DoesNotExist for one without a Locale row)."""
    if self._db not in (None, DEFAULT_DB_ALIAS):
        return _wagtail_get_for_language(self, language_code)
    code = get_supported_content_language_variant(language_code)
    pk = locale_ids().get(code)
    if pk is None:
        raise self.model.DoesNotExist("Locale matching query does not exist.")
    return self.model.from_db(DEFAULT_DB_ALIAS, ["id", "language_code"], (pk, code))


def remember_locales():
    """Make Wagtail's locale lookups use the remembered table (core/apps.py, at start-up):
    they ran up to a query each, several times per page."""
    LocaleManager.get_for_language = _remembered_get_for_language


def content_locale(*, code=None, ids=None):
    """The ContentLocale for a language code ("ru", "ru-RU", a Locale, or None: the default).

    `ids` (from `locale_ids()`) saves the query when the caller already has them."""
    if isinstance(code, Locale):
        code = code.language_code
    code = str(code or settings.LANGUAGE_CODE).split("-")[0].lower()
    if code not in available_codes():
        raise UnknownLocale(code)
    ids = locale_ids() if ids is None else ids
    chosen = ContentLocale(code=code, id=ids.get(code), default_id=ids.get(settings.LANGUAGE_CODE))
    preferred = chosen.preferred_ids
    first = sorted(ids.values())[: len(preferred)]
    return dataclasses.replace(chosen, in_id_order=bool(preferred) and preferred == first)


def best_translation(*, model, locale):
    """A subquery: the locale of the translation `localize` chooses for the outer row's
    translation key (`OuterRef("translation_key")`): `locale`, else the default language,
    else the locale created first, among the visible pages. A key has one page per locale,
    so a row is its key's choice when its locale is this one."""
    preferred = locale.preferred_ids
    rank = Case(
        *(When(locale_id=pk, then=Value(i)) for i, pk in enumerate(preferred)),
        default=Value(len(preferred)),
        output_field=IntegerField(),
    )
    # Translations share their page's type: the base table's (translation_key, locale)
    # index answers it without joining the type's own table.
    siblings = visible(Page).filter(translation_key=OuterRef("translation_key"))
    if locale.in_id_order:
        # The rank is the locale id's order, which the index walks already: no sort per row.
        return Subquery(siblings.order_by("locale_id").values("locale_id")[:1])
    return Subquery(siblings.order_by(rank, "locale_id").values("locale_id")[:1])


def localize(queryset, *, locale):
    """One page per translation key: the one in `locale`, else in the default language, else
    the one in the locale created first. `queryset` lists visible candidates in every locale;
    the result is still a lazy queryset.

    A page in the requested language is always chosen; any other is kept when it is its key's
    best visible translation: a correlated subquery with LIMIT 1, probed through the
    (translation_key, locale) index for those rows only. (The earlier NOT EXISTS tests sat
    under an OR, where PostgreSQL hashed every visible page of the language, 10 000 rows, on
    every list.)"""
    best = best_translation(model=queryset.model, locale=locale)
    # On the locale, not the id: the test then reads the base page table's columns only,
    # so PostgreSQL applies it while scanning pages, before joining the type's table (an
    # id test was written on the type's own key and ran after a join of every row).
    condition = Q(locale_id=best)
    if locale.id is not None:
        condition = Q(locale_id=locale.id) | (~Q(locale_id=locale.id) & condition)
    # The locale is loaded with each page: templates mark fallbacks with their `lang`.
    return queryset.filter(condition).select_related("locale")


def page_at_path(*, path, site=None):
    """(the language a site path such as /ru/forum/2023/ names, the visible page at it or
    None). A path in a language the page is not yet translated into (no translation, or one
    not yet published) finds the page at the same path in the default language: the site
    serves it there and GraphQL gives it with `isFallback: true`."""
    parts = [p for p in path.split("/") if p]
    codes = available_codes()
    code = parts.pop(0) if parts and parts[0] in codes else settings.LANGUAGE_CODE
    site = site or sites.default_site()
    if site is None:
        return code, None
    homes = dict(
        visible(Page)
        .filter(translation_key=site.root_page.translation_key)
        .values_list("locale__language_code", "url_path")
    )
    tail = "".join(f"{p}/" for p in parts)
    for language in dict.fromkeys([code, settings.LANGUAGE_CODE]):
        if language in homes:
            page = visible(Page).filter(url_path=homes[language] + tail).first()
            if page is not None:
                return code, page
    return code, None


# Up to this many translation keys, `translations_of_few` chooses translations in memory.
FEW = 20


def translations_of_few(*, key, build, keys, locale):
    """`localize(build(keys=keys))` as a list: `build(keys=)` returns a queryset of every
    visible translation of `keys`. For at most FEW keys the query is kept compiled for
    this number of keys (core/compiled.py, under `key`) and the translations are chosen in
    memory (`pick_translations`): the same pages, without localize's subqueries."""
    keys = sorted(keys, key=str)
    if len(keys) > FEW:
        return list(localize(build(keys=keys), locale=locale))
    found = compiled_list(
        key=key, build=lambda keys: build(keys=keys).select_related("locale"), values={"keys": keys}
    )
    return pick_translations(found, locale=locale)


def pick_translations(pages, *, locale):
    """Of `pages`, every visible translation of some translation keys, the one per key that
    `localize` chooses: in `locale`, else in the default language, else in the locale
    created first; by id. In memory: for the few rows of single objects, cheaper than
    `localize`'s subqueries."""
    rank = {pk: i for i, pk in enumerate(locale.preferred_ids)}
    best = {}
    for page in pages:
        order = (rank.get(page.locale_id, len(rank)), page.locale_id)
        current = best.get(page.translation_key)
        if current is None or order < current[0]:
            best[page.translation_key] = (order, page)
    return sorted((page for _, page in best.values()), key=lambda p: p.pk)


def _translations_with_slug(model):
    def build(*, slug):
        keys = visible(model).filter(slug=slug).values("translation_key")
        return visible(model).filter(translation_key__in=keys).select_related("locale")

    return build


def localized_by_slug(*, model, slug, locale):
    """The visible `model` page with `slug` in any language, in `locale`, or None (one
    query, kept compiled: every visible translation of the pages with the slug, chosen
    from in memory)."""
    found = compiled_list(
        key=("localized_by_slug", model._meta.label),
        build=_translations_with_slug(model),
        values={"slug": slug},
    )
    return next(iter(pick_translations(found, locale=locale)), None)


def localize_snippets(*, model, ids, locale):
    """{id: the snippet's translation in `locale`, else the snippet itself}, one query."""
    ids = set(ids) - {None}
    if not ids:
        return {}
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    rows = list(
        model.objects.filter(
            Q(pk__in=ids) | Q(translation_key__in=keys, locale_id=locale.id)
        ).select_related("locale")
    )
    translated = {r.translation_key: r for r in rows if r.locale_id == locale.id}
    return {r.pk: translated.get(r.translation_key, r) for r in rows if r.pk in ids}


def localize_related_snippets(*, objects, attr, locale):
    """{id: snippet in `locale`} behind the foreign key `attr` of `objects`, as
    `localize_snippets` gives it; no query when every snippet came loaded with its object
    (select_related) already in `locale`, the usual case."""
    field = type(objects[0])._meta.get_field(attr) if objects else None
    ids = {getattr(o, field.attname) for o in objects} - {None} if field else set()
    loaded = {}
    for obj in objects:
        if field.is_cached(obj) and getattr(obj, attr) is not None:
            loaded[getattr(obj, field.attname)] = getattr(obj, attr)
    if all(i in loaded and loaded[i].locale_id == locale.id for i in ids):
        return {i: loaded[i] for i in ids}
    return localize_snippets(model=field.related_model, ids=ids, locale=locale)


def rich_text(html, *, locale):
    """Rich text as HTML, internal links pointing to the linked pages' translations in `locale`
    (Wagtail's page link handler follows the active language); links to pages or documents the
    public may not see keep their text and lose their target (core/rich_text.py)."""
    if not html:
        return ""
    with translation.override(locale.code):
        return expand_db_html(html)


def choice_label(choices, value, *, locale):
    """The label of a choice (format, status, role...) in `locale`'s language, whatever
    language is active in the thread; unknown values come back as they are."""
    if value not in choices.values:
        return value
    with translation.override(locale.code):
        return str(choices(value).label)
