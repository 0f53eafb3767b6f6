from types import SimpleNamespace

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    SessionPageFactory,
    moscow,
    translate,
)
from tests.module_data import module_fixtures


def build_tree(home, locale_ru):
    """A forum and a prize in English, with the Russian home, prize and forum indexes."""
    forum = ForumIndexPageFactory(parent=home)
    forum_edition = ForumEditionPageFactory(parent=forum, year=2023)
    session = SessionPageFactory(
        parent=forum_edition, title="Opening plenary", starts_at=moscow(2023, 12, 2, 10)
    )
    prize = PrizeIndexPageFactory(parent=home)
    prize_edition = PrizeEditionPageFactory(parent=prize, year=2023)
    category = CategoryPageFactory(parent=prize_edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Technologies for Life")
    entry = EntryPageFactory(parent=nomination, title="Happy Schools")
    home_ru = translate(home, locale_ru, title="#МЫВМЕСТЕ")
    return SimpleNamespace(
        home=home,
        home_ru=home_ru,
        forum=forum,
        forum_ru=translate(forum, locale_ru, title="Форум"),
        forum_edition=forum_edition,
        session=session,
        prize=prize,
        prize_ru=translate(prize, locale_ru, title="Премия"),
        prize_edition=prize_edition,
        category=category,
        nomination=nomination,
        entry=entry,
        locale_ru=locale_ru,
    )


# Built once per test module: tests/module_data.py.
_built, _copied, tree, site_tree = module_fixtures("tree", build_tree)
