"""The language of an API request: the `locale` argument, else Accept-Language, else the
default. The rules for choosing content in it are core/locales.py."""

import graphene
from django.conf import settings
from django.utils import translation

from api.batching import batch_of
from api.enums import described_enum, value_of
from api.errors import UNKNOWN_LOCALE, coded_error
from core import locales
from core.images import absolute_media_urls


def _language_name(code):
    with translation.override("en"):
        return str(dict(settings.WAGTAIL_CONTENT_LANGUAGES)[code])


# The content languages; values are the language codes ("en", "ru").
Locale = described_enum(
    "Locale",
    [
        (code.upper().replace("-", "_"), code, _language_name(code))
        for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES
    ],
    description="A language the content is written in (the site's /en/ and /ru/)",
)


def locale_argument(description=None):
    """The `locale` argument of a root field: the language to answer in."""
    return graphene.Argument(
        Locale,
        description=description
        or "Language of the answer; default: the Accept-Language header, else English. "
        "Untranslated pages come in their source language with isFallback: true",
    )


def locale_field(description="The language this object is in", resolver=None):
    """A non-null `locale` output field (the object's language)."""
    return graphene.Field(graphene.NonNull(Locale), description=description, resolver=resolver)


def request_locale_ids(request):
    """{language code: Locale id}, one query per request at most."""
    ids = getattr(request, "_api_locale_ids", None)
    if ids is None:
        ids = locales.locale_ids()
        if request is not None:
            request._api_locale_ids = ids
    return ids


def resolve_locale(*, info, locale=None):
    """The request's ContentLocale; an unknown `locale` argument is a GraphQL error."""
    request = info.context
    locale = value_of(locale)
    code = _from_request(request) if locale is None else locale
    if locale is not None and locale not in locales.available_codes():
        raise coded_error(str(locales.UnknownLocale(locale)), UNKNOWN_LOCALE)
    return locales.content_locale(code=code, ids=request_locale_ids(request))


def _from_request(request):
    if request is not None and hasattr(request, "META"):
        # check_path=False: the /graphql/ path carries no language prefix.
        code = translation.get_language_from_request(request, check_path=False)
        if code in locales.available_codes():
            return code
    return settings.LANGUAGE_CODE


def locale_code(info, locale_id):
    """Language code of a locale id, from the per-request ids."""
    for code, pk in request_locale_ids(info.context).items():
        if pk == locale_id:
            return code
    return None


def choice_label(choices, value, *, obj):
    """The label of `obj`'s choice in the language the API was asked for."""
    batch = getattr(obj, "_api_batch", None)
    locale = batch.locale if batch is not None else locales.content_locale()
    return locales.choice_label(choices, value, locale=locale)


def html(value, obj, *, request=None):
    """Rich text of `obj` as HTML, links pointing into the requested locale, embedded images
    in the allowed sizes with absolute URLs (core/image_formats.py)."""
    with absolute_media_urls(request=request):
        return locales.rich_text(value, locale=batch_of(obj).locale)
