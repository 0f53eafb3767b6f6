"""The admin side end to end: an expert scores, others' reviews appear after, the chair
shortlists from the leaderboard, the results export as CSV and XLSX."""

import io

import pytest
from openpyxl import load_workbook

from applications.models import Assignment, Review
from tests.factories import ApplicationFactory


@pytest.fixture
def reviewed(nomination, scorecard, role_user, review_day):
    application = ApplicationFactory(nomination=nomination, state="expert_review",
                                     title="=HYPERLINK(1)")  # fmt: skip
    experts = [role_user("expert") for _ in range(2)]
    assignments = [Assignment.objects.create(application=application, expert=e) for e in experts]
    return application, experts, assignments


def score_form(scorecard, value):
    return {**{f"score_{c.pk}": value for c in scorecard.criteria.all()},
            "recommendation": "yes", "comment": "Strong"}  # fmt: skip


@pytest.mark.django_db
def test_expert_scores_then_sees_others(client, reviewed, scorecard):
    application, experts, assignments = reviewed
    client.force_login(experts[1])
    client.post(f"/admin/prize-year/assignments/{assignments[1].pk}/", score_form(scorecard, 4))
    client.force_login(experts[0])
    page = client.get(f"/admin/prize-year/assignments/{assignments[0].pk}/").content.decode()
    assert "Strong" not in page  # the other review stays hidden
    response = client.post(f"/admin/prize-year/assignments/{assignments[0].pk}/",
                           score_form(scorecard, 8), follow=True)  # fmt: skip
    assert response.content.decode().count("Strong") == 2
    assert Review.objects.filter(submitted_at__isnull=False).count() == 2


@pytest.mark.django_db
def test_tampered_score_refused_nothing_saved(client, reviewed, scorecard):
    application, experts, assignments = reviewed
    client.force_login(experts[0])
    data = score_form(scorecard, "ten")
    response = client.post(f"/admin/prize-year/assignments/{assignments[0].pk}/", data,
                           follow=True)  # fmt: skip
    assert "Score every criterion." in response.content.decode()
    assert not Review.objects.exists()


@pytest.mark.django_db
def test_chair_shortlists_from_leaderboard_and_exports(client, reviewed, scorecard, role_user):
    application, experts, assignments = reviewed
    for expert, assignment, value in zip(experts, assignments, (6, 8), strict=True):
        client.force_login(expert)
        client.post(f"/admin/prize-year/assignments/{assignment.pk}/", score_form(scorecard, value))
    chair = role_user("jury_chair")
    client.force_login(chair)
    board = client.get(f"/admin/prize-year/leaderboard/{application.nomination_id}/")
    assert 'value="shortlist"' in board.content.decode()
    client.post(f"/admin/prize-year/{application.pk}/act/",
                {"action": "shortlist", "back": "leaderboard"})  # fmt: skip
    application.refresh_from_db()
    assert application.state == "shortlisted"

    csv = client.get(f"/admin/prize-year/leaderboard/{application.nomination_id}/csv/")
    text = csv.content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and ",7.0," in text
    xlsx = client.get(f"/admin/prize-year/leaderboard/{application.nomination_id}/xlsx/")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["B2"].value == "'=HYPERLINK(1)"
    assert sheet["F2"].value == 7
