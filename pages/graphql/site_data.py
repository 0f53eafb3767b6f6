"""Site-wide data for headless frontends: footer and contacts, redirects and public
documents, from the domain functions the HTML site uses."""

import graphene

from api.batching import batched
from api.locales import Locale, html, locale_argument, resolve_locale
from api.scalars import DateTime
from api.types import CountedConnection, paginate
from core.routes import default_site
from pages.domain.documents import public_documents
from pages.domain.redirects import path_language, redirect_target, site_redirects
from pages.domain.site_data import contacts, footer_text


class Contacts(graphene.ObjectType):
    """The contact settings the site's footer shows."""

    email = graphene.String(required=True, description="Contact e-mail")
    phone = graphene.String(required=True, description="Contact phone number")
    telegram = graphene.String(required=True, description="Telegram channel URL")
    vk = graphene.String(required=True, description="VK page URL")


class SiteSettings(graphene.ObjectType):
    """Site-wide data in one language: footer and contacts."""

    footer = graphene.String(
        required=True, description="The footer text as HTML, in the requested language"
    )
    contacts = graphene.Field(graphene.NonNull(Contacts), description="The contact settings")

    def resolve_footer(root, info):
        text = root["footer"]
        return html(text.body, text, request=info.context) if text is not None else ""

    def resolve_contacts(root, info):
        found = root["contacts"]
        if found is None:
            return Contacts(email="", phone="", telegram="", vk="")
        return found


class RedirectType(graphene.ObjectType):
    """A redirect from an old path."""

    old_path = graphene.String(required=True, description="e.g. /en/forum/2023/old-session/")
    locale = graphene.Field(Locale, description="The language the old path starts with, if any")
    target = graphene.String(
        required=True, description="The new path (of a visible page) or an outside URL"
    )
    is_permanent = graphene.Boolean(required=True, description="301 when true, else 302")

    class Meta:
        name = "Redirect"

    def resolve_locale(root, info):
        return path_language(root.old_path)

    def resolve_target(root, info):
        return redirect_target(root, request=info.context)


class RedirectConnection(CountedConnection):
    class Meta:
        node = RedirectType


class DocumentType(graphene.ObjectType):
    """A document in a public collection."""

    id = graphene.ID(required=True, description="The document id")
    title = graphene.String(required=True, description="The document title")
    url = graphene.String(required=True, description="Download URL, served by the site")
    filename = graphene.String(required=True, description="Its file name")
    file_extension = graphene.String(required=True, description="e.g. pdf")
    collection = graphene.String(required=True, description="The collection's name")
    created_at = DateTime(required=True, description="When it was uploaded")

    class Meta:
        name = "Document"

    def resolve_url(root, info):
        return root.url

    def resolve_collection(root, info):
        return root.collection.name


class DocumentConnection(CountedConnection):
    class Meta:
        node = DocumentType


class SiteDataQueries(graphene.ObjectType):
    """Site settings, redirects and documents."""

    site_settings = graphene.Field(
        graphene.NonNull(SiteSettings),
        locale=locale_argument(),
        description="The footer and contacts every page of the site shows",
    )
    redirects = graphene.Field(
        RedirectConnection,
        required=True,
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description=(
            "The site's redirects (Wagtail's redirects app) whose target is visible, by old "
            "path: a frontend answers these paths with the redirect"
        ),
    )
    documents = graphene.Field(
        DocumentConnection,
        required=True,
        collection=graphene.String(description="Only this collection (its name)"),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Documents outside private collections, newest first",
    )

    def resolve_site_settings(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        text = footer_text(locale=locale)
        batched([text] if text is not None else [], locale=locale)
        return {"footer": text, "contacts": contacts(site=default_site(request=info.context))}

    def resolve_redirects(root, info, first=None, after=None):
        site = default_site(request=info.context)
        return paginate(
            site_redirects(site=site),
            connection=RedirectConnection,
            locale=resolve_locale(info=info),
            first=first,
            after=after,
        )

    def resolve_documents(root, info, collection=None, first=None, after=None):
        return paginate(
            public_documents(collection=collection),
            connection=DocumentConnection,
            locale=resolve_locale(info=info),
            first=first,
            after=after,
        )
