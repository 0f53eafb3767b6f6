"""The site's navigation: the home page and the menu tree of a language, built once for the
site's header (pages/templatetags/site_tags.py) and for the API (pages/graphql/menus.py).

The menu holds the pages marked "show in menus" below the home page, level by level, in the
reader's language: a page not yet translated comes in its source language (marked with its
`lang`), as in every other list, and an invisible page takes its subtree with it."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from core.locales import localize
from core.tree import localized_children
from core.visibility import visible

MAX_MENU_DEPTH = 3


@dataclass
class MenuItem:
    """A page in the menu and the menu items below it."""

    page: Page
    children: list = field(default_factory=list)


def site_home(*, site, locale):
    """The visible home page of `site` in `locale` (else its fallback), or None."""
    if site is None:
        return None
    same = visible(Page).filter(translation_key=site.root_page.translation_key)
    return localize(same, locale=locale).first()


def main_menu(*, site, locale, depth=1):
    """[MenuItem] of the pages marked "show in menus" below the home page of `site` in
    `locale`, `depth` levels deep (at most MAX_MENU_DEPTH), in the editors' tree order. Two
    queries per level, whatever the number of items."""
    home = site_home(site=site, locale=locale)
    if home is None:
        return []
    top = [MenuItem(page=home)]
    level = top
    for _ in range(max(0, min(depth, MAX_MENU_DEPTH))):
        found = localized_children(
            parents=[item.page for item in level],
            model=Page,
            locale=locale,
            filters=Q(show_in_menus=True),
        )
        below = []
        for item in level:
            item.children = [MenuItem(page=p) for p in found.get(item.page.translation_key, [])]
            below += item.children
        if not below:
            break
        level = below
    return top[0].children
