"""The grant limits of categories and nominations say their currency in the admin."""

import pytest

from tests.admin_forms import admin_user
from tests.factories import (
    CategoryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, label", [("en", "Grant limit, RUB"), ("ru", "руб.")])
def test_grant_limit_shows_the_currency(client, home, language, label):
    edition = PrizeEditionPageFactory(parent=PrizeIndexPageFactory(parent=home))
    category = CategoryPageFactory(parent=edition)
    nomination = NominationPageFactory(parent=category)
    client.force_login(admin_user(language))

    for page in (category, nomination):
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert label in html
