"""A laureate becomes the public entry in one step, through the prize moderation workflow,
in both languages, with nothing private copied; GraphQL shows it only once published."""

import pytest
from django.core.exceptions import ValidationError

from applications.domain.publishing import publish_entry
from core.roles import setup_roles
from prize.models import EntryPage
from tests.factories import ApplicationFactory, translate

ENTRIES = "{ entries { edges { node { title } } } }"


@pytest.fixture
def laureate(prize_tree, locale_ru):
    edition, category, nomination = prize_tree
    index = edition.get_parent()
    for page in (index.get_parent(), index, edition, category, nomination):
        translate(page.specific, locale_ru)
    setup_roles()
    return ApplicationFactory(
        nomination=nomination, state="laureate", title="Lessons for everyone",
        answers={"summary": "PRIVATE ANSWER"}, organisation="Happiness in Life",
    )  # fmt: skip


@pytest.mark.django_db
def test_publish_entry_creates_drafts_in_moderation(laureate, role_user):
    page = publish_entry(application=laureate, user=role_user("jury_chair"))

    assert page.get_parent().pk == laureate.nomination_id
    assert not page.live
    assert (page.status, page.organisation, page.region_code) == (
        "laureate", "Happiness in Life", "RU-PER",
    )  # fmt: skip
    assert page.current_workflow_state is not None  # "Prize moderation" awaits a moderator
    pages = EntryPage.objects.filter(translation_key=page.translation_key)
    assert {p.locale.language_code for p in pages} == {"en", "ru"}
    assert all(not p.live for p in pages)
    laureate.refresh_from_db()
    assert laureate.entry_id == page.pk


@pytest.mark.django_db
def test_publish_entry_copies_nothing_private(laureate, role_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from applications.domain.attachments import attach

    attach(upload=SimpleUploadedFile("secret.pdf", b"%PDF-1.4"), application=laureate)
    page = publish_entry(application=laureate, user=role_user("admin"))
    text = str(page.get_latest_revision().content)
    assert "PRIVATE ANSWER" not in text
    assert "secret" not in text
    assert laureate.applicant.email not in text


@pytest.mark.django_db
def test_publish_entry_refused_twice_and_for_others(laureate, role_user, nomination):
    chair = role_user("jury_chair")
    with pytest.raises(ValidationError):
        publish_entry(application=laureate, user=laureate.applicant)
    with pytest.raises(ValidationError):
        publish_entry(application=laureate, user=role_user("expert"))
    publish_entry(application=laureate, user=chair)
    with pytest.raises(ValidationError, match="already"):
        publish_entry(application=laureate, user=chair)
    finalist = ApplicationFactory(nomination=nomination, state="finalist")
    with pytest.raises(ValidationError, match="Only laureates"):
        publish_entry(application=finalist, user=chair)


@pytest.mark.django_db
def test_entry_reaches_graphql_only_once_approved(laureate, role_user, graphql):
    page = publish_entry(application=laureate, user=role_user("jury_chair"))

    def titles():
        result = graphql(ENTRIES)
        assert not result.errors, result.errors
        return [e["node"]["title"] for e in result.data["entries"]["edges"]]

    assert "Lessons for everyone" not in titles()
    page.get_latest_revision().publish()
    assert "Lessons for everyone" in titles()


@pytest.mark.django_db
def test_publish_button_in_admin(laureate, role_user, client):
    client.force_login(role_user("jury_chair"))
    page = client.get(f"/admin/prize-year/{laureate.pk}/").content.decode()
    assert f"/admin/prize-year/{laureate.pk}/publish/" in page
    client.post(f"/admin/prize-year/{laureate.pk}/publish/")
    laureate.refresh_from_db()
    assert laureate.entry is not None and not laureate.entry.live


@pytest.mark.django_db
@pytest.mark.parametrize(("country", "region"), [("KZ", "cis"), ("BR", "americas")])
def test_international_entry_gets_world_region_from_country(country, region, prize_tree,
                                                            role_user):  # fmt: skip
    from tests.applications.conftest import STAGES
    from tests.factories import CategoryPageFactory, NominationPageFactory, PrizeEditionPageFactory

    edition = PrizeEditionPageFactory(parent=prize_tree[0].get_parent(), year=2025,
                                      track="international", stages=STAGES)  # fmt: skip
    nomination = NominationPageFactory(parent=CategoryPageFactory(parent=edition))
    setup_roles()
    application = ApplicationFactory(nomination=nomination, state="winner", region_code="",
                                     country_code=country)  # fmt: skip
    page = publish_entry(application=application, user=role_user("coordinator"))
    assert (page.country_code, page.world_region) == (country, region)


@pytest.mark.django_db
def test_national_entry_is_in_russia(laureate, role_user):
    page = publish_entry(application=laureate, user=role_user("coordinator"))
    assert page.world_region == "russia"
