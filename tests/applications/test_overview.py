"""World regions in the prize year: derived from the application's country (Russia on the
national track), refused when unknown on the applicant's form, and the coordinators'
overview and the leaderboard filtered by them."""

import pytest
from django.utils import timezone

from applications.domain.overview import submitted_applications
from applications.domain.scoring import leaderboard
from applications.forms import ApplicationForm
from applications.models import Assignment, Review, Score
from tests.applications.conftest import STAGES
from tests.factories import (
    ApplicationFactory,
    CategoryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def international(prize_tree):
    """A nomination of the 2025 international edition (beside the national one)."""
    index = prize_tree[0].get_parent()
    edition = PrizeEditionPageFactory(parent=index, year=2025, track="international",
                                      stages=STAGES)  # fmt: skip
    category = CategoryPageFactory(parent=edition, title="World")
    return NominationPageFactory(parent=category, title="Open world")


def abroad(nomination, country, **fields):
    return ApplicationFactory(nomination=nomination, country_code=country, region_code="",
                              state="expert_review", **fields)  # fmt: skip


@pytest.mark.parametrize(
    ("country", "region", "label"),
    [("KZ", "cis", "CIS"), ("FR", "europe", "Europe"), ("JP", "asia_pacific", "Asia-Pacific"),
     ("JO", "mena", "Middle East and North Africa"), ("GH", "africa", "Sub-Saharan Africa"),
     ("AR", "americas", "North and South America"), ("", "", "")],
)  # fmt: skip
def test_world_region_derived_from_country(country, region, label, international):
    application = abroad(international, country)
    assert application.world_region == region
    assert application.get_world_region_display() == label


def test_national_application_is_in_russia(nomination):
    assert ApplicationFactory(nomination=nomination).world_region == "russia"


@pytest.mark.parametrize(
    ("country", "error"),
    [("XX", "Unknown country code: XX"),
     ("HM", "Heard Island and McDonald Islands is in none of the prize's world regions")],
)  # fmt: skip
def test_unknown_country_is_a_form_error(country, error, international):
    application = ApplicationFactory(nomination=international, country_code="", region_code="")
    data = {"title": "Clean rivers", "entry_type": "project", "nomination": international.pk,
            "country_code": country}  # fmt: skip
    form = ApplicationForm(data, instance=application)
    assert not form.is_valid()
    assert error in " ".join(form.errors["country_code"])
    data["country_code"] = "GH"
    assert ApplicationForm(data, instance=application).is_valid()


@pytest.fixture
def mixed(nomination, international):
    return {
        "russia": ApplicationFactory(nomination=nomination, state="screening", title="Perm"),
        "europe": abroad(international, "DE", title="Berlin"),
        "africa": abroad(international, "KE", title="Nairobi"),
    }


@pytest.mark.parametrize("region", ["russia", "europe", "africa", "americas"])
def test_overview_filtered_by_world_region(region, mixed, role_user, client):
    assert {a.pk for a in submitted_applications(world_region=region)} == (
        {mixed[region].pk} if region in mixed else set()
    )
    client.force_login(role_user("coordinator"))
    page = client.get(f"/admin/prize-year/?region={region}").content.decode()
    for name, application in mixed.items():
        assert (f">{application.title}</a>" in page) == (name == region)


def test_overview_unknown_region_lists_nothing(mixed):
    assert list(submitted_applications(world_region="atlantis")) == []
    assert len(submitted_applications()) == 3


def test_leaderboard_filtered_by_world_region_keeps_overall_rank(
    international, role_user, client, prize_tree
):
    from applications.models import Criterion, Scorecard

    edition = international.get_parent().get_parent().specific
    card = Scorecard.objects.create(edition=edition, minimum_reviews=1)
    criterion = Criterion.objects.create(scorecard=card, name_en="Impact", name_ru="Влияние",
                                         weight=1)  # fmt: skip
    expert = UserFactory()
    for country, title, value in (("DE", "Berlin", 9), ("KE", "Nairobi", 7), ("FR", "Lyon", 3)):
        assignment = Assignment.objects.create(
            application=abroad(international, country, title=title), expert=expert
        )
        review = Review.objects.create(assignment=assignment, submitted_at=timezone.now())
        Score.objects.create(review=review, criterion=criterion, value=value)

    europe = leaderboard(nomination=international, world_region="europe")
    assert [(r.application.title, r.rank) for r in europe] == [("Berlin", 1), ("Lyon", 3)]
    client.force_login(role_user("jury_chair"))
    page = client.get(f"/admin/prize-year/leaderboard/{international.pk}/?region=africa")
    text = page.content.decode()
    assert "Nairobi" in text and "Berlin" not in text and "<td>2</td>" in text
