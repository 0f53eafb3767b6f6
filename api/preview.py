"""Preview tokens: an editor's draft, readable through the API for a limited time.

A token is signed (django.core.signing, salted) and carries a page id and a revision id, so
it shows exactly the draft the editor previewed; no table is needed."""

from django.conf import settings
from django.core import signing
from wagtail.models import Page, Revision

SALT = "api.preview"


class PreviewTokenError(ValueError):
    """The token is forged, expired, or its draft is gone. `code` is for API clients."""

    def __init__(self, message, *, code):
        super().__init__(message)
        self.code = code


def make_preview_token(*, revision):
    """A token for one page revision (usually the latest draft)."""
    payload = {"page": int(revision.object_id), "revision": revision.pk}
    return signing.TimestampSigner(salt=SALT).sign_object(payload)


def latest_revision_token(*, page):
    """A token for the page's latest revision, saving one if the page has none."""
    revision = page.get_latest_revision() or page.specific.save_revision()
    return make_preview_token(revision=revision)


def read_preview_token(*, token, max_age=None):
    """The previewed draft: the page revision's content as a page object."""
    max_age = settings.GRAPHQL_PREVIEW_MAX_AGE if max_age is None else max_age
    try:
        payload = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        raise PreviewTokenError(
            "Preview token has expired; open the preview again from the admin.",
            code="PREVIEW_TOKEN_EXPIRED",
        ) from None
    except (signing.BadSignature, ValueError):
        raise PreviewTokenError("Invalid preview token.", code="PREVIEW_TOKEN_INVALID") from None
    revision = (
        Revision.page_revisions.filter(
            pk=payload.get("revision"), object_id=str(payload.get("page"))
        ).first()
        if isinstance(payload, dict)
        else None
    )
    if revision is None:
        raise PreviewTokenError("The previewed draft no longer exists.", code="PREVIEW_NOT_FOUND")
    page = revision.as_object()
    if not isinstance(page, Page):  # pragma: no cover - page_revisions are pages
        raise PreviewTokenError("Invalid preview token.", code="PREVIEW_TOKEN_INVALID")
    return page


def frontend_preview_url(*, token):
    """Where the editor's browser goes: the frontend's preview route, if configured."""
    template = settings.GRAPHQL_PREVIEW_FRONTEND_URL
    return template.format(token=token) if template else None
