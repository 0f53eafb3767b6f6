"""The admin: endpoints and the delivery log, superusers only; replay from the log."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import StandardPageFactory, UserFactory
from webhooks.models import Delivery, Endpoint
from webhooks.secrets import generate_secret


def staff_editor():
    """Admin access and every Django permission on the webhook models: still no entry."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="webhooks"),
    )
    return user


@pytest.fixture
def delivery(home, endpoint, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home, title="Volunteers")
    return Delivery.objects.get()


URLS = [
    ("webhook_endpoints:index", False),
    ("webhook_endpoints:add", False),
    ("webhook_endpoints:edit", True),
    ("webhook_deliveries:index", False),
    ("webhook_deliveries:inspect", True),
    ("webhook_deliveries:replay", True),
]


@pytest.mark.parametrize(("name", "with_pk"), URLS)
@pytest.mark.parametrize(("superuser", "allowed"), [(True, True), (False, False)])
def test_admin_views_for_superusers_only(client, delivery, name, with_pk, superuser, allowed):
    user = UserFactory(is_superuser=True) if superuser else staff_editor()
    client.force_login(user)
    pk = delivery.endpoint_id if name.startswith("webhook_endpoints") else delivery.pk
    response = client.get(reverse(name, args=[pk] if with_pk else []))
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "/admin/" in response["Location"]


def test_delivery_log_cannot_be_edited(client, delivery):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(reverse("webhook_deliveries:edit", args=[delivery.pk]))
    assert response.status_code in (302, 403)


def test_endpoint_added_in_admin_with_events(client, db, receiver, allow_loopback):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("webhook_endpoints:add")
    assert 'value="whsec_' in client.get(url).content.decode()  # a secret is proposed
    data = {
        "url": receiver.url,
        "description": "Next.js",
        "secret": generate_secret(),
        "active": "on",
        "events": ["page.published", "page.deleted"],
    }
    response = client.post(url, data)
    assert response.status_code == 302
    endpoint = Endpoint.objects.get()
    assert endpoint.events == ["page.published", "page.deleted"]
    assert endpoint.secret.startswith("whsec_")


def test_endpoint_on_private_address_refused_in_admin(client, db):
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(
        reverse("webhook_endpoints:add"),
        {"url": "http://10.0.0.5/hook", "secret": "whsec_" + "A" * 40, "active": "on"},
    )
    assert response.status_code == 200
    assert "private or reserved address" in response.content.decode()
    assert not Endpoint.objects.exists()


def test_replay_from_log_sends_again(
    client, delivery, receiver, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("webhook_deliveries:replay", args=[delivery.pk]))
    assert response.status_code == 302
    assert len(receiver.requests) == 2
