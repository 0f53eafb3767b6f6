"""Password guessing is throttled on every login form (django-axes): after five wrong
passwords the right one no longer logs in, until an administrator unlocks the account."""

import pytest
from django.core.management import call_command

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN_FORMS = ["/admin/login/", "/django-admin/login/"]
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor():
    user = UserFactory(username="editor", is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(client, url, password):
    return client.post(url, {"username": "editor", "password": password})


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_login_after_five_wrong_passwords_is_refused(client, editor, url):
    for _ in range(5):
        assert log_in(client, url, "guess").status_code in (200, 429)
    response = log_in(client, url, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_login_after_unlock_by_an_administrator_succeeds(client, editor, url):
    for _ in range(6):
        log_in(client, url, "guess")
    call_command("axes_reset_username", "editor", stdout=open("/dev/null", "w"))
    response = log_in(client, url, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_login_with_few_wrong_passwords_still_succeeds(client, editor):
    for _ in range(4):
        log_in(client, "/admin/login/", "guess")
    assert log_in(client, "/admin/login/", PASSWORD).status_code == 302
    assert logged_in(client)


def test_lockout_of_one_account_leaves_others_alone(client, editor):
    other = UserFactory(username="moderator", is_staff=True, is_superuser=True)
    other.set_password(PASSWORD)
    other.save()
    for _ in range(6):
        log_in(client, "/admin/login/", "guess")
    response = client.post("/admin/login/", {"username": "moderator", "password": PASSWORD})
    assert response.status_code == 302
