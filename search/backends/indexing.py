"""What both locale-aware backends share: the text search configuration per language and
a way to swap in our object indexer."""

DEFAULT_LANGUAGE_CONFIGS = {"en": "english", "ru": "russian"}


def with_indexer(method, indexer_class):
    """A copy of a library index `method` that builds `indexer_class` objects.

    The database backends' `add_items` instantiate the module-level `ObjectIndexer`; this swaps
    in ours without copying their SQL (tests/search/test_indexing.py checks it still applies).
    """
    import types

    namespace = {**method.__globals__, "ObjectIndexer": indexer_class}
    return types.FunctionType(
        method.__code__, namespace, method.__name__, method.__defaults__, method.__closure__
    )
