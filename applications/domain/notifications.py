"""Experts' e-mails: when experts are assigned (by hand or automatically), each gets one
message listing their new assignments, the link to "My assignments" and the review
deadline, in the language of their admin profile (Wagtail's preferred language, else the
site's default). Sent like determinations (domain/determinations.py): Django's mail
backend, after the transaction commits."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from wagtail.users.models import UserProfile

from applications.domain.workflow import review_deadline
from applications.models import Assignment

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def preferred_languages(*, users):
    """{user id: language} of `users`: their admin profile's language when the site has it,
    else the default language. One query."""
    chosen = dict(
        UserProfile.objects.filter(user__in=users).values_list("user_id", "preferred_language")
    )
    return {
        u.pk: chosen.get(u.pk) if chosen.get(u.pk) in LANGUAGES else settings.LANGUAGE_CODE
        for u in users
    }  # fmt: skip


def send_assignment_mails(*, assignment_ids):
    """One e-mail per expert listing their assignments among `assignment_ids` (those still
    there). Returns the number of e-mails sent."""
    assignments = (
        Assignment.objects.filter(pk__in=assignment_ids)
        .select_related("expert", "application__edition", "application__nomination")
        .order_by("expert_id", "application__title", "pk")
    )
    by_expert = {}
    for assignment in assignments:
        by_expert.setdefault(assignment.expert, []).append(assignment)
    languages = preferred_languages(users=list(by_expert))
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("applications_admin:assignments")
    deadlines = {}
    sent = 0
    for expert, mine in by_expert.items():
        if not expert.email:
            continue
        editions = {a.application.edition_id: a.application.edition for a in mine}
        for pk, edition in editions.items():
            if pk not in deadlines:
                deadlines[pk] = review_deadline(edition=edition)
        with translation.override(languages[expert.pk]):
            dates = sorted({d for pk in editions if (d := deadlines[pk])})
            context = {
                "expert": expert,
                "assignments": mine,
                "link": link,
                "deadline": date_format(dates[0]) if dates else "",
            }
            subject = render_to_string("applications/email/assignments_subject.txt", context)
            body = render_to_string("applications/email/assignments.txt", context)
        send_mail(" ".join(subject.split()), body, None, [expert.email])
        sent += 1
    return sent


def notify_assignments_on_commit(*, assignments):
    """E-mail the experts of `assignments` once the transaction commits (nothing when
    there are none)."""
    ids = [a.pk for a in assignments]
    if ids:
        transaction.on_commit(lambda: send_assignment_mails(assignment_ids=ids))
