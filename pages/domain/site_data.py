"""Site-wide data the site's shell shows on every page: the footer text of a language and
the contacts of a site. The base template (pages/templatetags/site_tags.py) and the API
(pages/graphql/site_data.py) read them here."""

from pages.models import ContactSettings, FooterText


def footer_text(*, locale):
    """The FooterText in `locale`, else in the default language, else None."""
    texts = {t.locale_id: t for t in FooterText.objects.filter(locale_id__in=locale.preferred_ids)}
    for locale_id in locale.preferred_ids:
        if locale_id in texts:
            return texts[locale_id]
    return None


def contacts(*, site):
    """The ContactSettings of `site`, or None without a site."""
    return ContactSettings.for_site(site) if site is not None else None
