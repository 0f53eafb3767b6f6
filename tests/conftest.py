import pytest

from tests.factories import make_site_tree


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
