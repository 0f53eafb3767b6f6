from django import template
from django.utils import translation
from wagtail.models import Locale, Page

from core.locales import UnknownLocale, content_locale
from core.routes import default_site
from core.visibility import visible
from pages.domain import navigation, site_data
from pages.models import HomePage

register = template.Library()


def _content_locale():
    try:
        return content_locale(code=translation.get_language())
    except UnknownLocale:  # a language the content is not written in: the default
        return content_locale()


def _current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """For each site language: code, name, URL of this page in it (or that language's home
    page when not translated), and whether it is the current one."""
    request = context.get("request")
    current = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        translations_of = visible(Page).filter(translation_key=page.translation_key)
        for item in translations_of.select_related("locale"):
            translations[item.locale.language_code] = item
    homes = {h.locale.language_code: h for h in visible(HomePage).select_related("locale")}
    links = []
    for locale in Locale.objects.all().order_by("pk"):
        code = locale.language_code
        target = translations.get(code) or homes.get(code)
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": target.get_url(request) if target else f"/{code}/",
                "current": code == current,
                "translated": code in translations,
                "full_url": target.get_full_url(request) if target else None,
            }
        )
    return links


@register.simple_tag
def untranslated_language(page):
    """The code of `page`'s language when it is shown in another one (not yet translated into
    the active language), else None: the template marks its content with `lang` and says so."""
    locale = getattr(page, "locale", None)
    if locale is None or locale.language_code == translation.get_language():
        return None
    return {"code": locale.language_code}


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The pages of the header's menu (pages/domain/navigation.py, as the API's `menu`)."""
    request = context.get("request")
    items = navigation.main_menu(site=default_site(request=request), locale=_content_locale())
    return [item.page for item in items]


@register.simple_tag
def home_page():
    return visible(HomePage).filter(locale=_current_locale()).first()


@register.simple_tag
def footer_text():
    """The footer in the active language (pages/domain/site_data.py, as the API's)."""
    return site_data.footer_text(locale=_content_locale())


@register.filter
def localized_page(page):
    """The visible translation of a page in the active language, or the page itself."""
    if page is None:
        return None
    localized = None
    if isinstance(page, Page):
        same = visible(Page).filter(translation_key=page.translation_key)
        localized = same.filter(locale=_current_locale()).first()
    return localized.specific if localized is not None else page
