"""`manage.py webhooks add|list|remove|deliver`."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from tests.factories import StandardPageFactory
from webhooks.models import Delivery, DeliveryStatus, Endpoint
from webhooks.secrets import generate_secret


def run(*args):
    out = io.StringIO()
    call_command("webhooks", *args, stdout=out)
    return out.getvalue()


def test_add_with_secret_and_events(db, receiver, allow_loopback):
    secret = generate_secret()
    run("add", receiver.url, "--secret", secret, "--events", "page.published", "page.moved")

    endpoint = Endpoint.objects.get()
    assert (endpoint.url, endpoint.secret) == (receiver.url, secret)
    assert endpoint.events == ["page.published", "page.moved"]


def test_add_without_secret_prints_new_one(db, receiver, allow_loopback):
    output = run("add", receiver.url)

    assert Endpoint.objects.get().secret in output


@pytest.mark.parametrize(
    ("url", "secret", "message"),
    [
        ("https://example.org/hook", "not-a-secret", "whsec_"),
        ("https://example.org/hook", "whsec_c2hvcnQ=", "whsec_"),
        ("ftp://example.org/hook", None, "http"),
        ("http://127.0.0.1:3000/hook", None, "loopback"),
        ("http://192.168.1.10/hook", None, "private"),
        ("http://169.254.169.254/latest/meta-data", None, "private"),
        ("http://[::1]/hook", None, "loopback"),
    ],
)
def test_add_refuses_bad_input(db, url, secret, message):
    args = ["add", url] + (["--secret", secret] if secret else [])
    with translation.override("en"), pytest.raises(CommandError, match=message):
        run(*args)
    assert not Endpoint.objects.exists()


def test_add_refuses_unknown_event(db):
    with pytest.raises(CommandError):
        run("add", "https://example.org/hook", "--events", "page.renamed")


def test_list_and_remove(db, receiver, allow_loopback):
    endpoint = Endpoint.objects.create(url=receiver.url, events=["page.deleted"])
    Endpoint.objects.create(url="https://example.org/hook", active=False, disabled_reason="410")

    listing = run("list")
    assert f"{endpoint.pk}\t{receiver.url}\tpage.deleted\tactive" in listing
    assert "disabled (410)" in listing

    run("remove", str(endpoint.pk))
    run("remove", "https://example.org/hook")
    assert not Endpoint.objects.exists()


def test_remove_unknown_endpoint(db):
    with pytest.raises(CommandError, match="No endpoint"):
        run("remove", "42")


def test_deliver_sends_due_retries(home, endpoint, receiver, django_capture_on_commit_callbacks):
    receiver.statuses = [502]
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home)

    output = run("deliver")

    assert "attempts: 1" in output
    assert Delivery.objects.get().status == DeliveryStatus.SUCCEEDED
    assert len(receiver.verified(endpoint.secret)) == 2
