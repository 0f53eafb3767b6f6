"""The admin's "Import and export" screen of a prize edition: its entries."""

from django.utils.translation import gettext_lazy as _

from core.exchange_admin import ExchangeView, ExportView
from prize.domain.exchange import EntryKind, may_exchange
from prize.models import PrizeEditionPage


class PrizeExchangeMixin:
    edition_model = PrizeEditionPage
    kinds = {"entries": (_("Entries"), EntryKind)}
    url_name = "prize_exchange"
    export_url_name = "prize_exchange_export"

    @staticmethod
    def may_exchange(*, user, edition):
        return may_exchange(user=user, edition=edition)


class PrizeExchangeView(PrizeExchangeMixin, ExchangeView):
    pass


class PrizeExportView(PrizeExchangeMixin, ExportView):
    pass
