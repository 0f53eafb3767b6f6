import pytest

from tests.factories import make_site_tree


def pytest_collection_modifyitems(config, items):
    """Tests on a live server flush the database between tests: mark them `live` so that
    `make test` runs them in their own session, after the rest."""
    for item in items:
        if "live_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.live)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (GraphQL responses, persisted queries)."""
    from django.core.cache import cache

    from core.visibility import forget_hidden_sections

    cache.clear()
    forget_hidden_sections()  # kept in memory by the previous test
    yield


@pytest.fixture
def site_tree(db):
    """(home_en, locale_ru): the default site's English home page and the Russian locale."""
    return make_site_tree()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def locale_ru(site_tree):
    return site_tree[1]


@pytest.fixture
def graphql(db):
    """Run a query on the API schema, as a request with an optional Accept-Language:
    graphql(query, variables=None, language=None) -> ExecutionResult."""
    from django.test import RequestFactory

    from config.schema import schema

    def execute(query, variables=None, language=None):
        headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
        request = RequestFactory().post("/graphql/", **headers)
        return schema.execute(query, variable_values=variables, context_value=request)

    return execute
