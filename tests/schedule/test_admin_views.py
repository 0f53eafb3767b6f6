import pytest
from django.contrib.auth.models import Group

from core.roles import FORUM_EDITORS, PRIZE_EDITORS, TRANSLATORS, setup_roles
from schedule.models import ScheduleMode, ScheduleRelease
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "who,allowed",
    [
        ("superuser", True),
        (FORUM_EDITORS, True),
        (TRANSLATORS, False),
        (PRIZE_EDITORS, False),
    ],
)
def test_release_screen_open_to_who_may_publish_the_edition(client, programme, who, allowed):
    setup_roles()
    if who == "superuser":
        user = UserFactory(is_superuser=True)
    else:
        user = UserFactory(groups=[Group.objects.get(name=who)])
    client.force_login(user)
    url = f"/admin/schedule/release/{programme.edition.pk}/"

    response = client.post(url, {"action": "release", "version": "v1"})

    if allowed:
        assert response.status_code == 302
        assert ScheduleRelease.objects.get().created_by == user
        edit = client.get(f"/admin/pages/{programme.edition.pk}/edit/").content.decode()
        assert url in edit
    else:
        assert response.status_code in (302, 403)
        assert not ScheduleRelease.objects.exists()


def test_release_screen_shows_error_and_keeps_name_when_taken(admin_client, programme):
    url = f"/admin/schedule/release/{programme.edition.pk}/"
    admin_client.post(url, {"action": "release", "version": "v1"})

    response = admin_client.post(url, {"action": "release", "version": "v1"})

    assert response.status_code == 200
    assert "already has a release named v1" in response.content.decode()
    assert ScheduleRelease.objects.count() == 1
    admin_client.post(url, {"action": "mode", "publish_live": "on"})
    assert ScheduleMode.objects.get().publish_live
