"""Search index entries for the synthetic pages, written in bulk.

The bulk-inserted pages send no signals, so nothing indexes them. `index_pages` writes their
entries the way `update_index` does (one multi-row upsert per chunk and model, through the
configured backend's own indexer, so each page is indexed in its language's configuration),
for the pages of the given ids only, after their related rows (speakers, nominations) exist."""

from django.contrib.contenttypes.models import ContentType
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models
from wagtail.models import Page

CHUNK = 1000


def index_pages(*, pks):
    """Index the pages `pks` (any page types) in the default backend; returns how many. The
    per-language backends share its index table (search/backends), so one pass covers all."""
    backend = get_search_backend("default")
    wanted = set(pks)
    by_type = {}
    rows = Page.objects.filter(pk__in=wanted).values_list("content_type_id", "pk")
    for content_type_id, pk in rows.iterator(chunk_size=5000):
        by_type.setdefault(content_type_id, []).append(pk)
    indexed = set(get_indexed_models())
    total = 0
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or model not in indexed:
            continue
        index = backend.get_index_for_model(model)
        ids.sort()
        for start in range(0, len(ids), CHUNK):
            chunk = list(model.get_indexed_objects().filter(pk__in=ids[start : start + CHUNK]))
            prepare = getattr(model, "prepare_search_index", None)
            if prepare is not None:  # related rows for the whole chunk at once
                prepare(chunk)
            index.add_items(model, chunk)
            total += len(chunk)
    return total
