"""The demo administrator can save Wagtail's account settings (name and e-mail required)."""

import pytest
from django.contrib.auth import get_user_model

from pages.demo import ADMIN_USERNAME, ensure_admin_user
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("existing", [False, True])
def test_demo_admin_has_the_name_and_email_account_settings_require(client, existing):
    if existing:  # created by an earlier version of the loader, without a name
        get_user_model().objects.create_superuser(ADMIN_USERNAME, "", "secret")
    ensure_admin_user()
    admin = get_user_model().objects.get(username=ADMIN_USERNAME)
    client.force_login(admin)

    data = form_data(client.get("/admin/account/").content.decode(), form_id=None)
    response = client.post("/admin/account/", data)

    assert all((admin.first_name, admin.last_name, admin.email))
    assert response.status_code == 302, response.content.decode()[:2000]
