"""The prize year from the first application to the published laureate, in English and in
Russian: each person works in their own language (the applicant on /<lang>/applications/,
the staff in the Wagtail admin set to that language) and the test reads the translated text
they see. The edition, its scorecard and the staff accounts are made directly; every step a
person takes is driven in the browser."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from applications.domain.roles import COORDINATORS, EXPERTS, JURY_CHAIRS
from applications.models import Application, Criterion, Panel, Scorecard
from core.roles import MODERATORS, setup_roles
from prize.models import EntryPage
from tests.browser.conftest import axe_violations
from tests.browser.test_editor_journeys import log_in
from tests.factories import (
    CategoryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    UserFactory,
    make_site_tree,
    translate,
)

TITLE = "Lessons for everyone"
# What each person sees, in their language.
TEXT = {
    "en": {
        "register": "Create an applicant account",
        "create": "Create account",
        "name": "Your name",
        "email": "E-mail",
        "password": "Password",
        "password2": "Password again",
        "check_mail": "Check your e-mail",
        "welcome": "Your e-mail address is confirmed. Welcome!",
        "mine": "My applications",
        "start": "Start",
        "title": "Title",
        "organisation": "Organisation or person",
        "nomination": "Technologies for Life",
        "consent": "Consent to the processing",
        "summary": "Summary: what the project does",
        "results": "Results so far",
        "beneficiaries": "Who benefits",
        "save": "Save draft",
        "saved": "Draft saved.",
        "autosaved": "Saved at ",
        "submit": "Submit",
        "resubmit": "Resubmit",
        "submitted": "Your application is submitted.",
        "stage": "Stage",
        "state_submitted": "Submitted",
        "state_screening": "Screening",
        "more": "More information requested",
        "screen": "Start screening",
        "request": "Request more information",
        "comment": "Comment to the applicant",
        "done": "Done: ",
        "accept": "Send to expert review",
        "assign": "Assign",
        "assignments": "My assignments",
        "criteria": ("Impact", "Feasibility", "Reach"),
        "review": "Submit review",
        "reviewed": "Your review is submitted.",
        "shortlist": "Shortlist",
        "finalist": "Make finalist",
        "laureate": "Laureate",
        "state_shortlisted": "Shortlisted",
        "state_finalist": "Finalist",
        "publish": "Publish as a prize entry (through moderation)",
        "moderation": "is submitted for moderation",
        "actions": "Actions",
        "approve": "Approve",
        "leaderboards": "Leaderboards",
    },  # fmt: skip
    "ru": {
        "register": "Создать учётную запись заявителя",
        "create": "Создать учётную запись",
        "name": "Ваше имя",
        "email": "Электронная почта",
        "password": "Пароль",
        "password2": "Пароль ещё раз",
        "check_mail": "Проверьте почту",
        "welcome": "Адрес подтверждён. Добро пожаловать!",
        "mine": "Мои заявки",
        "start": "Начать",
        "title": "Название",
        "organisation": "Организация или человек",
        "nomination": "Технологии для жизни",
        "consent": "Согласие на обработку",
        "summary": "Кратко: что делает проект",
        "results": "Достигнутые результаты",
        "beneficiaries": "Кому помогает проект",
        "save": "Сохранить черновик",
        "saved": "Черновик сохранён.",
        "autosaved": "Сохранено в ",
        "submit": "Подать",
        "resubmit": "Подать повторно",
        "submitted": "Заявка подана.",
        "stage": "Этап",
        "state_submitted": "Подана",
        "state_screening": "Проверка",
        "more": "Запрошены уточнения",
        "screen": "Начать проверку",
        "request": "Запросить уточнения",
        "comment": "Комментарий заявителю",
        "done": "Готово: ",
        "accept": "Передать на экспертизу",
        "assign": "Назначить",
        "assignments": "Мои назначения",
        "criteria": ("Значимость", "Реализуемость", "Охват"),
        "review": "Отправить экспертизу",
        "reviewed": "Ваша экспертиза отправлена.",
        "shortlist": "В короткий список",
        "finalist": "В финал",
        "laureate": "Лауреат",
        "state_shortlisted": "В коротком списке",
        "state_finalist": "Финалист",
        "publish": "Опубликовать как страницу премии (через модерацию)",
        "moderation": "отправлена на модерацию",
        "actions": "Действия",
        "approve": "Одобрить",
        "leaderboards": "Рейтинги",
    },  # fmt: skip
}
ENTRIES = """query ($locale: Locale, $year: Int) {
  entries(locale: $locale, prizeYear: $year) { edges { node { title status isFallback } } }
}"""


def prize_year():
    """A national edition of this year, in both languages, taking applications today (the
    workflow's clock, timezone.localdate) with expert review under way until the year's
    end; a scorecard that ranks after one review; the staff, each working in `lang`."""
    today = timezone.localdate()
    year_end = datetime.date(today.year, 12, 31)
    home, ru = make_site_tree()
    translate(home, ru, title="#МЫВМЕСТЕ")
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(
        parent=index, year=today.year, title=f"Prize {today.year}",
        stages=[
            ("applications", datetime.date(today.year, 1, 1),
             min(today + datetime.timedelta(days=1), year_end)),
            ("expert_review", today, year_end),
        ],
    )  # fmt: skip
    category = CategoryPageFactory(parent=edition, title="Volunteers and NGOs", slug="ngos")
    nomination = NominationPageFactory(
        parent=category, title="Technologies for Life", slug="technologies"
    )
    translate(index, ru, title="Премия")
    translate(edition, ru, title=f"Премия {today.year}")
    translate(category, ru, title="Волонтёры и НКО")
    translate(nomination, ru, title="Технологии для жизни")
    card = Scorecard.objects.create(edition=edition, minimum_reviews=1)
    en_names, ru_names = TEXT["en"]["criteria"], TEXT["ru"]["criteria"]
    for i, (name_en, name_ru) in enumerate(zip(en_names, ru_names, strict=True)):
        Criterion.objects.create(scorecard=card, name_en=name_en, name_ru=name_ru,
                                 weight=2 if i == 0 else 1, sort_order=i)  # fmt: skip
    setup_roles()  # after the prize index exists: "Prize moderation" covers it
    return edition, category, nomination


def staff(username, group, lang):
    user = UserFactory(username=username, groups=[Group.objects.get(name=group)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()
    return user


def field(tab, label, start=False):
    """The form field labelled `label` (Django adds ":"), or whose label starts so."""
    pattern = "^" + re.escape(label) + ("" if start else ":?$")
    return tab.get_by_label(re.compile(pattern))


def state_is(tab, text):
    expect(tab.locator(".state strong")).to_have_text(text)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_prize_year_from_registration_to_published_laureate(lang, open_tab):
    t = TEXT[lang]
    edition, category, nomination = prize_year()
    coordinator = staff("coordinator", COORDINATORS, lang)
    expert = staff("expert", EXPERTS, lang)
    chair = staff("chair", JURY_CHAIRS, lang)
    moderator = staff("moderator", MODERATORS, lang)
    Panel.objects.create(edition=edition, category=category).experts.add(expert)

    # The applicant registers and follows the link in the e-mail the site sent.
    applicant = open_tab(locale="ru-RU" if lang == "ru" else "en-GB")
    applicant.goto(f"/{lang}/applications/account/register/")
    expect(applicant.get_by_role("heading", level=1)).to_have_text(t["register"])
    field(applicant, t["name"]).fill("Anna Smirnova")
    field(applicant, t["email"]).fill("anna@example.org")
    field(applicant, t["password"]).fill("long enough pass 42")
    field(applicant, t["password2"]).fill("long enough pass 42")
    applicant.get_by_role("button", name=t["create"], exact=True).click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text(t["check_mail"])
    (message,) = mail.outbox
    link = re.search(r"https?://\S+", message.body).group(0)
    assert f"/{lang}/applications/account/verify/" in link
    applicant.goto(link)
    expect(applicant.locator(".messages")).to_contain_text(t["welcome"])
    expect(applicant.get_by_role("heading", level=1)).to_have_text(t["mine"])

    # ... starts an application as an NGO and saves a first draft.
    applicant.locator("#id_applicant_type").select_option("ngo")
    applicant.get_by_role("button", name=t["start"], exact=True).click()
    field(applicant, t["title"]).fill(TITLE)
    field(applicant, t["organisation"]).fill("Happiness in Life")
    applicant.locator("#id_nomination").select_option(label=t["nomination"])
    applicant.locator("#id_region_code").select_option("RU-PER")
    field(applicant, t["summary"], start=True).fill("Video lessons for children in hospital.")
    applicant.get_by_role("button", name=t["save"], exact=True).click()
    expect(applicant.locator(".messages")).to_contain_text(t["saved"])
    expect(applicant.get_by_role("heading", level=1)).to_have_text(TITLE)

    # Typing is enough: the draft is saved, the status says so, and a reload finds it.
    typed = "Four hundred children in twelve hospitals."
    field(applicant, t["results"], start=True).fill(typed)
    status = applicant.locator("#autosave-status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_contain_text(re.compile(re.escape(t["autosaved"]) + r"\d\d:\d\d"))
    assert not axe_violations(applicant)
    applicant.reload()
    expect(field(applicant, t["results"], start=True)).to_have_value(typed)

    # ... completes the form and submits it.
    field(applicant, t["beneficiaries"], start=True).fill("Children in long hospital stays.")
    field(applicant, t["consent"], start=True).check()
    applicant.get_by_role("button", name=t["submit"], exact=True).click()
    expect(applicant.locator(".messages")).to_contain_text(t["submitted"])
    state_is(applicant, t["state_submitted"])
    application = Application.objects.get(title=TITLE)
    assert application.language == lang

    # A coordinator screens it and asks for more information.
    desk = open_tab()
    log_in(desk, coordinator)
    desk.goto("/admin/prize-year/")
    desk.get_by_role("link", name=TITLE).click()
    desk.get_by_role("button", name=t["screen"], exact=True).click()
    expect(desk.locator(".messages")).to_contain_text(t["done"] + t["state_screening"])
    desk.get_by_label(t["comment"]).fill("Please add the budget.")
    desk.get_by_role("button", name=t["request"], exact=True).click()
    expect(desk.locator(".messages")).to_contain_text(t["done"] + t["more"])

    # The applicant reads the request, answers it and resubmits.
    applicant.reload()
    state_is(applicant, t["more"])
    notice = applicant.get_by_role("note")
    expect(notice.get_by_role("heading")).to_have_text(t["more"])
    expect(notice).to_contain_text("Please add the budget.")
    field(applicant, t["results"], start=True).fill(typed + " Budget: 2 000 000 roubles.")
    applicant.get_by_role("button", name=t["resubmit"], exact=True).click()
    expect(applicant.locator(".messages")).to_contain_text(t["submitted"])
    state_is(applicant, t["state_screening"])

    # The coordinator sends it to expert review and assigns the panel's expert.
    desk.reload()
    desk.get_by_role("button", name=t["accept"], exact=True).click()
    desk.get_by_role("button", name=t["assign"], exact=True).click()
    expect(desk.locator("main")).to_contain_text(expert.username)

    # The expert scores it on the scorecard.
    scoring = open_tab()
    log_in(scoring, expert)
    scoring.goto("/admin/prize-year/assignments/")
    expect(scoring.get_by_role("heading", level=1)).to_contain_text(t["assignments"])
    scoring.get_by_role("link", name=TITLE).click()
    for name, score in zip(t["criteria"], ("9", "7", "8"), strict=True):
        scoring.get_by_label(name).select_option(score)
    scoring.get_by_role("button", name=t["review"], exact=True).click()
    expect(scoring.locator(".messages")).to_contain_text(t["reviewed"])

    # The jury chair moves it on from the leaderboard: shortlist, finalist, laureate ...
    jury = open_tab()
    log_in(jury, chair)
    jury.goto("/admin/prize-year/")
    jury.get_by_role("link", name=nomination.title).click()
    row = jury.locator("tr", has_text=TITLE)
    for button, state in [("shortlist", "state_shortlisted"), ("finalist", "state_finalist"),
                          ("laureate", "laureate")]:  # fmt: skip
        row.get_by_role("button", name=t[button], exact=True).click()
        expect(row.locator("td").nth(2)).to_have_text(t[state])
    expect(row.locator("td").nth(3)).to_have_text("1")  # one review, enough to rank
    expect(row.locator("td").first).to_have_text("1")

    # ... and publishes it as the prize entry, which goes to moderation.
    row.get_by_role("link", name=TITLE).click()
    jury.get_by_role("button", name=t["publish"]).click()
    expect(jury.locator(".messages")).to_contain_text(t["moderation"])
    application.refresh_from_db()
    assert application.state == "laureate" and application.entry_id

    # Nothing is public before a moderator approves it (both languages' pages).
    visitor = open_tab(locale="ru-RU" if lang == "ru" else "en-GB")
    entry = EntryPage.objects.get(translation_key=application.entry.translation_key,
                                  locale__language_code=lang)  # fmt: skip
    assert visitor.goto(entry.get_url()).status == 404
    moderation = open_tab()
    log_in(moderation, moderator)
    for remaining in (1, 0):
        rows = moderation.locator("tr", has_text=TITLE)
        rows.first.get_by_role("button", name=t["actions"], exact=True).click()
        rows.first.get_by_role("button", name=t["approve"], exact=True).click()
        expect(moderation.locator("tr", has_text=TITLE)).to_have_count(remaining)

    # The laureate is on the public site in the visitor's language ...
    assert visitor.goto(entry.get_url()).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.locator("main")).to_contain_text("Happiness in Life")
    expect(visitor.locator("main")).not_to_contain_text("Please add the budget.")
    expect(visitor.locator("main")).not_to_contain_text("hospital")

    # ... and in GraphQL, where nothing of the application but the entry's fields is shown.
    answer = visitor.request.post(
        "/graphql/", data={"query": ENTRIES,
                           "variables": {"locale": lang.upper(), "year": edition.year}},
    )  # fmt: skip
    assert answer.ok, answer.text()
    data = answer.json()
    assert "errors" not in data, data
    nodes = [e["node"] for e in data["data"]["entries"]["edges"]]
    assert nodes == [{"title": TITLE, "status": "LAUREATE", "isFallback": False}]
