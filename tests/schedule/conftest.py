"""A forum edition with a bilingual programme over two days and three rooms, a draft and a
restricted speaker, and an unpublished session: what every feed test exports. Built once
per test module (it publishes some twenty pages): tests/module_data.py."""

from types import SimpleNamespace

from wagtail.models import PageViewRestriction

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    moscow,
    translate,
    translate_snippet,
)
from tests.module_data import module_fixtures


def build_programme(home, locale_ru):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    speaker_index = SpeakerIndexPageFactory(parent=index)
    for page, title in [
        (home, "#МЫВМЕСТЕ"),
        (index, "Форум"),
        (edition, "Форум 2023"),
        (speaker_index, "Спикеры"),
    ]:
        translate(page, locale_ru, title=title)

    ecology = ThemeFactory(name="Ecology", slug="ecology")
    translate_snippet(ecology, locale_ru, name="Экология")
    main_hall = RoomFactory(name="Main hall")
    translate_snippet(main_hall, locale_ru, name="Главный зал")
    hall_b = RoomFactory(name="Hall B")
    translate_snippet(hall_b, locale_ru, name="Зал Б")

    pavel = SpeakerPageFactory(parent=speaker_index, title="Pavel Savchuk", slug="pavel-savchuk")
    translate(pavel, locale_ru, title="Павел Савчук")
    draft = SpeakerPageFactory(parent=speaker_index, title="Drafty Speaker", live=False)
    restricted = SpeakerPageFactory(parent=speaker_index, title="Private Person")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    opening = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        format="plenary",
        room=main_hall,
        theme=ecology,
        starts_at=moscow(2023, 12, 2, 10),
        ends_at=moscow(2023, 12, 2, 12),
        description="<p>Welcome &amp; greetings.</p><p>Second paragraph.</p>",
        speakers=[(pavel, "moderator"), draft, restricted],
    )
    translate(opening, locale_ru, title="Пленарное заседание")
    green = SessionPageFactory(
        parent=edition,
        title="Green cities",
        format="workshop",
        room=hall_b,
        starts_at=moscow(2023, 12, 2, 14),
        speakers=[pavel],
    )
    translate(green, locale_ru, title="Зелёные города")
    # Not translated: the Russian feeds show it in English.
    late = SessionPageFactory(
        parent=edition, title="Late workshop", room=main_hall, starts_at=moscow(2023, 12, 3, 23)
    )
    no_room = SessionPageFactory(
        parent=edition, title="City walk", format="workshop", starts_at=moscow(2023, 12, 4, 9)
    )
    hidden = SessionPageFactory(parent=edition, title="Unpublished session", live=False)
    return SimpleNamespace(
        index=index,
        edition=edition,
        speaker_index=speaker_index,
        ecology=ecology,
        main_hall=main_hall,
        hall_b=hall_b,
        pavel=pavel,
        draft=draft,
        restricted=restricted,
        opening=opening,
        green=green,
        late=late,
        no_room=no_room,
        hidden=hidden,
    )


_built, _copied, programme, site_tree = module_fixtures("programme", build_programme)
