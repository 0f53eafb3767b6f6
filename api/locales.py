"""The language of an API request, and content chosen for it without holes."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from graphql import GraphQLError
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from api.dataloaders import visible


@dataclass(frozen=True)
class ApiLocale:
    """The requested language and the ids of the locales to prefer, in order."""

    code: str
    id: int | None
    default_id: int | None


def available_codes():
    return [code for code, _ in settings.LANGUAGES]


def _locale_ids():
    return dict(Locale.objects.values_list("language_code", "id"))


def resolve_locale(*, info, locale=None):
    """The request's locale: the `locale` argument, else Accept-Language, else the default.

    Cached on the request, so one query per request at most."""
    request = info.context
    cache = getattr(request, "_api_locales", None)
    if cache is None:
        cache = {"ids": _locale_ids()}
        if request is not None:
            request._api_locales = cache
    if locale is None:
        code = _from_request(request)
    elif locale in available_codes():
        code = locale
    else:
        available = ", ".join(available_codes())
        raise GraphQLError(f"Unknown locale '{locale}'. Available: {available}.")
    ids = cache["ids"]
    return ApiLocale(code=code, id=ids.get(code), default_id=ids.get(settings.LANGUAGE_CODE))


def _from_request(request):
    if request is not None and hasattr(request, "META"):
        # check_path=False: the /graphql/ path carries no language prefix.
        code = translation.get_language_from_request(request, check_path=False)
        if code in available_codes():
            return code
    return settings.LANGUAGE_CODE


def localize(queryset, *, locale):
    """One page per translation key: the one in `locale`, else in the default language,
    else the one in the locale created first. `queryset` lists candidates in every locale
    (already live and public); the result is still a lazy queryset."""
    siblings = visible(queryset.model).filter(translation_key=OuterRef("translation_key"))
    preferred = [i for i in (locale.id, locale.default_id) if i is not None]
    condition = Q()
    for rank, locale_id in enumerate(preferred):
        better = preferred[:rank]
        q = Q(locale_id=locale_id)
        if better:
            q &= ~Exists(siblings.filter(locale_id__in=better))
        condition |= q
    # Pages in neither preferred locale: the lowest locale id wins.
    others = Q(~Exists(siblings.filter(locale_id__in=preferred))) & ~Exists(
        siblings.filter(locale_id__lt=OuterRef("locale_id"))
    )
    if preferred:
        others &= ~Q(locale_id__in=preferred)
    return queryset.filter(condition | others)


def rich_text(html, *, locale):
    """Rich text as HTML, with internal links to the linked pages' translations in `locale`
    (wagtail's page link handler follows the active language)."""
    if not html:
        return ""
    with translation.override(locale.code):
        return expand_db_html(html)


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


def choice_label(choices, value, *, obj):
    """The label of a choice (format, status, role...) in the language the API was asked for,
    whatever language is active in the thread; unknown values come back as they are."""
    from api.dataloaders import batch_of

    if value not in choices.values:
        return value
    batch = getattr(obj, "_api_batch", None)
    code = batch_of(obj).locale.code if batch is not None else settings.LANGUAGE_CODE
    with translation.override(code):
        return str(choices(value).label)
