import datetime

import pytest

from tests.factories import (
    CategoryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
)

D = datetime.date
# The 2025 timeline of the tests: applications 15 March - 31 May, review June - September.
STAGES = [
    ("applications", D(2025, 3, 15), D(2025, 5, 31)),
    ("expert_review", D(2025, 6, 1), D(2025, 9, 30)),
    ("ceremony", D(2025, 12, 3), None),
]
OPEN_DAY = D(2025, 4, 1)
REVIEW_DAY = D(2025, 7, 1)


@pytest.fixture
def prize_tree(home):
    """(edition, category, nomination) of a 2025 national edition with its timeline."""
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(parent=index, year=2025, stages=STAGES)
    category = CategoryPageFactory(parent=edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Technologies for Life")
    return edition, category, nomination


@pytest.fixture
def nomination(prize_tree):
    return prize_tree[2]
