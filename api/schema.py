"""Root fields of the API app itself: draft previews for the frontends."""

import graphene

from api import cache
from api.batching import Batch
from api.errors import coded_error
from api.locales import resolve_locale
from api.preview import PreviewTokenError, read_preview_token
from api.types import PageInterface


class PreviewQuery(graphene.ObjectType):
    """Draft previews."""

    preview = graphene.Field(
        PageInterface,
        token=graphene.String(required=True, description="The token from the admin's preview"),
        description=(
            "An editor's draft, by the preview token the admin hands to the frontend "
            "(valid for an hour). Never cached."
        ),
    )

    def resolve_preview(root, info, token):
        cache.mark_uncacheable(request=info.context)
        try:
            page = read_preview_token(token=token)
        except PreviewTokenError as error:
            raise coded_error(str(error), error.code) from None
        locale = resolve_locale(info=info, locale=page.locale.language_code)
        Batch([page], locale=locale)
        return page
