import pytest
from icalendar import Calendar

from schedule.domain.agenda import MAX_SESSIONS, parse_selection
from schedule.domain.ids import session_guid
from tests.factories import SessionPageFactory, moscow

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "value,expected",
    [
        (None, []),
        ("", []),
        ("not-a-guid,,<script>", []),
        (
            "6F1B2C64-3D0E-5A8E-9C41-7A5E0F2D9B13,6f1b2c64-3d0e-5a8e-9c41-7a5e0f2d9b13",
            ["6f1b2c64-3d0e-5a8e-9c41-7a5e0f2d9b13"],
        ),
    ],
)
def test_parse_selection_keeps_valid_distinct_guids(value, expected):
    assert parse_selection(value) == expected


def test_parse_selection_caps_the_number_of_sessions():
    many = ",".join(f"00000000-0000-0000-0000-{n:012d}" for n in range(MAX_SESSIONS + 50))

    assert len(parse_selection(many)) == MAX_SESSIONS


@pytest.mark.parametrize(
    "lang,title,clash",
    [("en", "Opening plenary", "Clash"), ("ru", "Пленарное заседание", "Пересечение")],
)
def test_agenda_link_shows_chosen_sessions_with_clashes(client, programme, lang, title, clash):
    overlapping = SessionPageFactory(
        parent=programme.edition,
        title="Parallel panel",
        room=programme.hall_b,
        starts_at=moscow(2023, 12, 2, 11),
        ends_at=moscow(2023, 12, 2, 13),
    )
    chosen = [programme.opening, overlapping, programme.late]
    guids = ",".join(str(session_guid(session=s)) for s in chosen)
    stale = "00000000-0000-0000-0000-000000000001"

    response = client.get(f"/{lang}/forum/2023/agenda/?s={guids},{stale},junk")

    content = response.content.decode()
    assert response.status_code == 200
    assert title in content and "Parallel panel" in content and "Late workshop" in content
    assert "Green cities" not in content and "Зелёные города" not in content
    assert content.count('class="session clash"') == 2
    assert clash in content
    assert f"http://testserver/{lang}/forum/2023/agenda/?s={guids}" in content
    assert f'href="/{lang}/forum/2023/agenda.ics?s={guids}"' in content

    calendar = Calendar.from_ical(client.get(f"/{lang}/forum/2023/agenda.ics?s={guids}").content)
    assert sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == sorted(
        [title, "Parallel panel", "Late workshop"]
    )


def test_agenda_without_selection_invites_to_choose(client, programme):
    response = client.get("/en/forum/2023/agenda/")

    assert response.status_code == 200
    assert "No sessions chosen yet" in response.content.decode()
    assert client.get("/en/forum/1999/agenda/").status_code == 404


def test_programme_page_has_a_star_button_per_session(client, programme):
    content = client.get("/ru/forum/2023/").content.decode()

    for session in (programme.opening, programme.green, programme.late, programme.no_room):
        assert f'data-guid="{session_guid(session=session)}"' in content
    assert "Моя программа" in content
    assert 'href="/ru/forum/2023/schedule/changes/"' in content
