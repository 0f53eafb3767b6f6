"""The page explorer lists an edition's sessions by start time, not by last update."""

import pytest

from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    moscow,
)

pytestmark = pytest.mark.django_db


def test_edition_children_are_listed_by_start_time(client, home):
    edition = ForumEditionPageFactory(parent=ForumIndexPageFactory(parent=home), year=2023)
    sessions = [("Zeta closing", 5, 16), ("Alpha opening", 2, 10), ("Mid workshop", 3, 12)]
    for title, day, hour in sessions:
        SessionPageFactory(parent=edition, title=title, starts_at=moscow(2023, 12, day, hour))
    late_edit = edition.get_children().get(title="Alpha opening").specific
    late_edit.save_revision().publish()  # the most recently updated
    client.force_login(admin_user("en"))

    page = client.get(f"/admin/pages/{edition.pk}/").content.decode()

    positions = [page.find(title) for title in ("Alpha opening", "Mid workshop", "Zeta closing")]
    assert -1 not in positions and positions == sorted(positions)
