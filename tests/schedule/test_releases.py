import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from lxml import etree

from core.locales import content_locale
from schedule.domain.releases import create_release, release_changes, set_publish_live
from tests.factories import SessionPageFactory, moscow
from tests.schedule.test_frab import _json_validator, _xsd

pytestmark = pytest.mark.django_db

FEED = "/{lang}/forum/2023/schedule.json"
RELEASE_FEED = "/{lang}/forum/2023/schedule/v/{version}/schedule.{kind}"


def _move(session, *, hour, room=None):
    session.starts_at = moscow(2023, 12, 3, hour)
    session.ends_at = moscow(2023, 12, 3, hour + 1)
    if room is not None:
        session.room = room
    session.save_revision().publish()


def _second_release(programme):
    """v1, then three sessions moved, one cancelled and one added, then v2."""
    create_release(edition=programme.edition, version="v1", user=None)
    _move(programme.opening, hour=15)
    _move(programme.green, hour=16, room=programme.main_hall)
    _move(programme.late, hour=11, room=programme.hall_b)
    programme.no_room.unpublish()
    added = SessionPageFactory(
        parent=programme.edition,
        title="Added workshop",
        room=programme.hall_b,
        starts_at=moscow(2023, 12, 2, 18),
    )
    create_release(edition=programme.edition, version="v2", user=None)
    return added


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_release_feeds_unchanged_after_edits(client, programme, lang):
    create_release(edition=programme.edition, version="v1", user=None)
    before = {
        kind: client.get(RELEASE_FEED.format(lang=lang, version="v1", kind=kind)).content
        for kind in ("json", "xml", "xcal", "ics")
    }

    _move(programme.opening, hour=15)
    programme.green.title = "Renamed"
    programme.green.save_revision().publish()
    programme.late.unpublish()

    for kind, body in before.items():
        after = client.get(RELEASE_FEED.format(lang=lang, version="v1", kind=kind))
        assert after.status_code == 200
        assert after.content == body, kind
    document = json.loads(before["json"])
    assert document["schedule"]["version"] == "v1"
    assert [e.message for e in _json_validator().iter_errors(document)] == []
    assert _xsd().validate(etree.fromstring(before["xml"])), _xsd().error_log


def test_draft_change_stays_out_of_edition_feed_until_release_or_live(client, programme):
    create_release(edition=programme.edition, version="v1", user=None)
    released = client.get(FEED.format(lang="en"))
    programme.green.title = "Renamed"
    programme.green.save_revision().publish()

    unchanged = client.get(FEED.format(lang="en"), HTTP_IF_NONE_MATCH=released["ETag"])
    assert unchanged.status_code == 304
    assert json.loads(released.content)["schedule"]["version"] == "v1"

    set_publish_live(edition=programme.edition, live=True)
    live = client.get(FEED.format(lang="en")).content.decode()
    assert "Renamed" in live

    set_publish_live(edition=programme.edition, live=False)
    create_release(edition=programme.edition, version="v2", user=None)
    document = json.loads(client.get(FEED.format(lang="en")).content)
    assert document["schedule"]["version"] == "v2"
    assert "Renamed" in json.dumps(document, ensure_ascii=False)


def test_changelog_lists_exactly_three_moved_one_cancelled_one_added(programme):
    added = _second_release(programme)

    latest, first = release_changes(edition=programme.edition, locale=content_locale(code="en"))

    assert (latest.version, first.version) == ("v2", "v1")
    assert [s.title for s in latest.added] == [added.title]
    assert [s.title for s in latest.cancelled] == ["City walk"]
    moved = {s.title: s for s in latest.moved}
    assert sorted(moved) == ["Green cities", "Late workshop", "Opening plenary"]
    green = moved["Green cities"]
    assert (green.previous_room, green.room) == ("Hall B", "Main hall")
    assert green.previous_starts_at.hour == 14 and green.starts_at.hour == 16
    assert len(first.added) == 4 and not first.cancelled and not first.moved


@pytest.mark.parametrize(
    "lang,moved,cancelled",
    [("en", "Moved (3)", "Cancelled (1)"), ("ru", "Перенесены (3)", "Отменены (1)")],
)
def test_changelog_page_and_atom_feed_in_visitors_language(
    client, programme, lang, moved, cancelled
):
    _second_release(programme)

    page = client.get(f"/{lang}/forum/2023/schedule/changes/").content.decode()
    atom = client.get(f"/{lang}/forum/2023/schedule/changes.atom")

    assert moved in page and cancelled in page
    assert 'id="release-v2"' in page and 'id="release-v1"' in page
    if lang == "ru":
        assert "Пленарное заседание" in page
    assert atom["Content-Type"].startswith("application/atom+xml")
    feed = etree.fromstring(atom.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [t.text for t in feed.findall("a:entry/a:title", ns)]
    assert len(titles) == 2 and titles[0].startswith("v2") and "3" in titles[0]


@pytest.mark.parametrize(
    "version,message",
    [("v1", "already has a release named v1"), ("v 2", "Use letters"), ("", "Use letters")],
)
def test_release_with_bad_or_taken_name_refused(programme, version, message):
    create_release(edition=programme.edition, version="v1", user=None)

    with translation.override("en"), pytest.raises(ValidationError) as error:
        create_release(edition=programme.edition, version=version, user=None)

    assert message in str(error.value)


@pytest.mark.parametrize(
    "url",
    [
        "/en/forum/2023/schedule/v/v9/schedule.json",
        "/en/forum/2024/schedule/v/v1/schedule.xml",
        "/en/forum/2024/schedule/changes/",
        "/en/forum/2024/schedule/changes.atom",
    ],
)
def test_unknown_release_or_edition_404(client, programme, url):
    create_release(edition=programme.edition, version="v1", user=None)

    assert client.get(url).status_code == 404
