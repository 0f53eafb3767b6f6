"""The admin's "Import and export" screen of a forum edition: sessions and speakers."""

from django.utils.translation import gettext_lazy as _

from core.exchange_admin import ExchangeView, ExportView
from forum.domain.exchange import SessionKind, SpeakerKind, may_exchange
from forum.models import ForumEditionPage


class ForumExchangeMixin:
    edition_model = ForumEditionPage
    kinds = {"sessions": (_("Sessions"), SessionKind), "speakers": (_("Speakers"), SpeakerKind)}
    export_scopes = {"speakers": [("edition", _("of this edition")), ("all", _("all speakers"))]}
    url_name = "forum_exchange"
    export_url_name = "forum_exchange_export"

    @staticmethod
    def may_exchange(*, user, edition):
        return may_exchange(user=user, edition=edition)


class ForumExchangeView(ForumExchangeMixin, ExchangeView):
    pass


class ForumExportView(ForumExchangeMixin, ExportView):
    pass
