"""Demo content for the prize year, all fictional: a 2025 national edition whose
applications stage is open on the day the demo is loaded (its dates are set around that
day), a few draft and submitted applications, a scorecard, two experts per panel and some
reviews. Demo accounts share the demo admin's password (README "Demo content")."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from applications.domain.roles import EXPERTS, JURY_CHAIRS, setup_application_groups
from applications.models import (
    Application,
    Assignment,
    Criterion,
    DeterminationMessage,
    Eligibility,
    Panel,
    Review,
    Score,
    Scorecard,
)
from core.demo import add_bilingual
from prize.models import CategoryPage, NominationPage, PrizeEditionPage, PrizeIndexPage
from prize.models import PrizeStage as Stage

PASSWORD = "wearetogether"
FICTIONAL = "A fictional application created for the demo content."
CATEGORIES = (
    ("volunteers-ngos-2025", "Volunteers and NGOs", "Волонтёры и НКО", ["person", "ngo"],
     ("technologies-for-life-2025", "Technologies for Life", "Технологии для жизни")),
    ("municipalities-2025", "Municipalities and regions", "Муниципалитеты и регионы",
     ["municipality"], ("regional-programmes-2025", "Regional programmes",
                        "Региональные программы")),
)  # fmt: skip
CRITERIA = (
    ("Social impact", "Социальный эффект", 3),
    ("Feasibility and budget", "Реализуемость и бюджет", 2),
    ("Scalability", "Тиражируемость", 1),
)
# (title, applicant type, entry type, region, state, category index)
APPLICATIONS = (
    ("Reading buddies for hospital children", "ngo", "project", "RU-PER", "expert_review", 0),
    ("Neighbourhood repair café", "person", "act", "RU-SVE", "expert_review", 0),
    ("Grandparents online", "ngo", "mentoring", "RU-KDA", "submitted", 0),
    ("Riverbank clean-up weekends", "person", "project", "RU-IRK", "draft", 0),
    ("Volunteer centre in every district", "municipality", "programme", "RU-TA",
     "expert_review", 1),
    ("Youth council grants", "municipality", "programme", "RU-NIZ", "draft", 1),
)  # fmt: skip


def _user(username, name, groups=()):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": username, "first_name": name}
    )
    if created:
        user.set_password(PASSWORD)
        user.save()
    user.groups.add(*groups)
    return user


def _edition(index, locale, today):
    """The 2025 edition, its applications stage open from 30 days before `today` to 60 after;
    the timeline is part of the page, so its translation and later revisions keep it."""
    ends = today + datetime.timedelta(days=60)
    stages = [
        Stage(kind="applications", start_date=today - datetime.timedelta(days=30), end_date=ends,
              sort_order=0),
        Stage(kind="expert_review", start_date=ends + datetime.timedelta(days=1),
              end_date=ends + datetime.timedelta(days=90), sort_order=1),
        Stage(kind="ceremony", start_date=ends + datetime.timedelta(days=120), sort_order=2),
    ]  # fmt: skip
    edition, _ = add_bilingual(
        parent=index, model=PrizeEditionPage, locale=locale, slug="2025-national",
        year=2025, track="national", stages=stages,
        text={"en": {"title": "Prize 2025 (applications open, fictional)"},
              "ru": {"title": "Премия 2025 (приём заявок, вымышленный)"}},
    )  # fmt: skip
    return edition


def load(*, home, locale):
    """Add the fictional prize year under the demo prize (prize/demo.py runs first)."""
    index = PrizeIndexPage.objects.child_of(home).first()
    if index is None or PrizeEditionPage.objects.filter(year=2025).exists():
        return
    today = timezone.localdate()
    edition = _edition(index, locale, today)
    groups = {}
    setup_application_groups(groups)
    chair = _user("demo-chair@example.org", "Fictional Jury Chair", [groups[JURY_CHAIRS]])
    nominations = []
    for i, (slug, en, ru, types, (n_slug, n_en, n_ru)) in enumerate(CATEGORIES):
        category, _ = add_bilingual(parent=edition, model=CategoryPage, locale=locale, slug=slug,
                                    text={"en": {"title": en}, "ru": {"title": ru}})  # fmt: skip
        nomination, _ = add_bilingual(parent=category, model=NominationPage, locale=locale,
                                      slug=n_slug, text={"en": {"title": n_en},
                                                         "ru": {"title": n_ru}})  # fmt: skip
        for applicant_type in types:
            Eligibility.objects.create(category=category, applicant_type=applicant_type)
        panel = Panel.objects.create(edition=edition, category=category)
        panel.experts.set([
            _user(f"demo-expert-{i * 2 + n}@example.org", f"Fictional Expert {i * 2 + n}",
                  [groups[EXPERTS]])
            for n in (1, 2)
        ])  # fmt: skip
        nominations.append((category, nomination, panel))
    scorecard = Scorecard.objects.create(edition=edition, minimum_reviews=2)
    criteria = [
        Criterion.objects.create(
            scorecard=scorecard, name_en=en, name_ru=ru, weight=w, sort_order=n
        )  # fmt: skip
        for n, (en, ru, w) in enumerate(CRITERIA)
    ]
    DeterminationMessage.objects.create(
        edition=edition, outcome="more_information",
        subject_en="Your application: more information needed",
        subject_ru="Ваша заявка: нужны уточнения",
        body_en="Please add to your application “{title}”:",
        body_ru="Пожалуйста, дополните заявку «{title}»:",
    )  # fmt: skip
    for n, (title, a_type, e_type, region, state, c) in enumerate(APPLICATIONS, start=1):
        category, nomination, panel = nominations[c]
        application = Application.objects.create(
            edition=edition, track="national", category=category, nomination=nomination,
            applicant=_user(f"demo-applicant-{n}@example.org", f"Fictional Applicant {n}"),
            applicant_type=a_type, entry_type=e_type, region_code=region, title=title,
            organisation=f"Fictional organisation {n}", consent=True, state=state,
            answers={"summary": FICTIONAL, "results": FICTIONAL},
            submitted_at=None if state == "draft" else timezone.now(),
        )  # fmt: skip
        if state != "expert_review":
            continue
        for k, expert in enumerate(panel.experts.order_by("pk")):
            assignment = Assignment.objects.create(application=application, expert=expert)
            if k == 0 or n == 1:  # some reviews submitted, others still to do
                review = Review.objects.create(
                    assignment=assignment, recommendation="yes", comment=FICTIONAL,
                    submitted_at=timezone.now(),
                )  # fmt: skip
                Score.objects.bulk_create([
                    Score(review=review, criterion=criterion, value=min(10, 5 + n + k + j))
                    for j, criterion in enumerate(criteria)
                ])  # fmt: skip
    del chair  # in its group; it has nothing of its own to create
