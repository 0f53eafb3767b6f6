"""Documents the public may download: those outside collections under a view restriction
(core.visibility.public_files), as rich-text links and the API show them."""

from wagtail.documents import get_document_model

from core.visibility import public_files


def public_documents(*, collection=None):
    """Public documents, newest first (a queryset); `collection` (a name) keeps those of
    that collection only."""
    documents = public_files(get_document_model()).select_related("collection")
    if collection is not None:
        documents = documents.filter(collection__name=collection)
    return documents.order_by("-created_at", "-pk")
