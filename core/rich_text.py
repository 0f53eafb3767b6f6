"""Rich-text links through the visibility rule: a link to a page the public may not see, or
to a document in a private collection, keeps its text and loses its target (`<a>` with no
href), on the site and in the API alike. Registered in core/wagtail_hooks.py."""

from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from core.locales import content_locale, localize
from core.visibility import public_files, visible

NO_TARGET = "<a>"


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        """Links to the visible translation in the active language, else the visible page in
        the fallback language; two queries for all the links of a text."""
        from django.utils import translation

        wanted = [str(attrs.get("id")) for attrs in attrs_list]
        rows = dict(
            Page.objects.filter(pk__in=[i for i in wanted if i.isdigit()]).values_list(
                "pk", "translation_key"
            )
        )
        locale = content_locale(code=translation.get_language())
        found = localize(visible(Page).filter(translation_key__in=rows.values()), locale=locale)
        by_key = {p.translation_key: p for p in found.defer_streamfields().specific()}
        tags = []
        for page_id in wanted:
            page = by_key.get(rows.get(int(page_id))) if page_id.isdigit() else None
            url = page.url if page is not None else None
            tags.append(f'<a href="{escape(url)}">' if url else NO_TARGET)
        return tags


class PublicDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        documents = cls.get_many(attrs_list)
        ids = {d.pk for d in documents if d is not None}
        public = set(
            public_files(get_document_model()).filter(pk__in=ids).values_list("pk", flat=True)
        )
        return [
            f'<a href="{escape(d.url)}">' if d is not None and d.pk in public else NO_TARGET
            for d in documents
        ]
