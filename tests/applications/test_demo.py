"""The prize year's demo: an open 2025 applications stage, draft and submitted
applications, two experts per panel, some reviews, all fictional; loaded once."""

import pytest
from django.utils import timezone

from applications import demo
from applications.domain.applicants import open_editions
from applications.domain.scoring import leaderboard
from applications.models import Application, Panel, Review
from tests.factories import PrizeIndexPageFactory, translate


@pytest.mark.django_db
def test_demo_adds_open_2025_edition_with_reviews(home, locale_ru):
    translate(home, locale_ru)
    translate(PrizeIndexPageFactory(parent=home), locale_ru)
    demo.load(home=home, locale=locale_ru)
    demo.load(home=home, locale=locale_ru)  # a second run adds nothing

    (edition,) = open_editions(today=timezone.localdate())
    assert edition.year == 2025 and "fictional" in edition.title
    states = set(Application.objects.values_list("state", flat=True))
    assert {"draft", "submitted", "expert_review"} <= states
    assert Application.objects.count() == len(demo.APPLICATIONS)
    assert all(p.experts.count() == 2 for p in Panel.objects.all())
    assert Review.objects.filter(submitted_at__isnull=False).exists()
    assert all(demo.FICTIONAL in a.answers["summary"] for a in Application.objects.all())
    ranked = [
        r
        for r in leaderboard(nomination=Application.objects.order_by("pk").first().nomination)
        if r.ranked
    ]
    assert ranked
