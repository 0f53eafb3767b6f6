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


class Inbox:
    """Messages received by the local SMTP server, as email.message.Message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        import email
        import email.policy

        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"

    def bodies(self):
        return [m.get_content() for m in self.messages]


@pytest.fixture
def smtp(settings):
    """A real SMTP server (aiosmtpd) on a free port; Django's SMTP backend sends to it."""
    from aiosmtpd.controller import Controller

    from tests.conftest import free_port

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


@pytest.fixture
def role_user():
    """role_user(role) -> a new user in that role's group (or a superuser for admin)."""
    from django.contrib.auth.models import Group

    from applications.domain.roles import GROUPS, setup_application_groups
    from tests.factories import UserFactory

    setup_application_groups({})

    def make(role, **fields):
        if role == "admin":
            return UserFactory(is_superuser=True, **fields)
        group, _ = Group.objects.get_or_create(name=GROUPS[role])
        return UserFactory(groups=[group], **fields)

    return make


@pytest.fixture
def scorecard(prize_tree):
    from applications.models import Criterion, Scorecard

    card = Scorecard.objects.create(edition=prize_tree[0], minimum_reviews=2)
    for i, (name, weight) in enumerate((("Impact", 2), ("Feasibility", 1), ("Reach", 1))):
        Criterion.objects.create(
            scorecard=card, name_en=name, name_ru=name, weight=weight, sort_order=i
        )
    return card


@pytest.fixture
def review_day(monkeypatch):
    """Views see REVIEW_DAY as today (the expert review stage is under way)."""
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: REVIEW_DAY)
    return REVIEW_DAY
