"""Determination e-mails: when an application reaches an outcome the edition has a
message for, the applicant gets it in their language (Django's mail backend: SMTP in
production). Sent after the transition's transaction commits."""

from django.core.mail import send_mail
from django.db import transaction

from applications.choices import Outcome
from applications.models import DeterminationMessage


def message_for(*, application):
    if application.state not in Outcome.values:
        return None
    return DeterminationMessage.objects.filter(
        edition=application.edition, outcome=application.state
    ).first()


def send_determination(*, application, comment=""):
    """E-mail the message for the application's state, if the edition has one, in the
    application's language; `comment` (e.g. what information is needed) follows it.
    Returns whether a message was sent."""
    message = message_for(application=application)
    email = application.applicant.email
    if message is None or not email:
        return False
    language = application.language
    body = message.body(language).replace("{title}", application.title)
    if comment:
        body = f"{body}\n\n{comment}"
    send_mail(message.subject(language), body, None, [email])
    return True


def notify_on_commit(*, application, comment=""):
    transaction.on_commit(lambda: send_determination(application=application, comment=comment))
