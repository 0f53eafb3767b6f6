"""The permission matrix of README.md ("Roles and permissions"), every cell against the admin:
role x area x language x action, read from the README's table and compared with what the
admin lets a member of the role do."""

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from core.roles import ROLES, may_use_model_permission, setup_roles
from core.translation_rights import (
    can_restructure_translation,
    can_translate_page,
    can_translate_snippet,
    may_change,
)
from pages.models import FooterText
from tests.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    RoomFactory,
    StandardPageFactory,
    ThemeFactory,
    UserFactory,
    make_site_tree,
    translate,
)

README = Path(__file__).resolve().parents[2] / "README.md"
ACTIONS = (
    "add",
    "edit",
    "publish",
    "submit",
    "translate",
    "convert alias",
    "stop sync",
    "see menu",
)
LANGUAGES = ("en", "ru")
PAGE_AREAS = ("forum", "prize", "news", "clubs", "about")
SNIPPET_AREAS = ("themes and rooms", "footer")
MENUS = {"forum": "forum", "prize": "prize", "news": "news", "clubs": "clubs"}


def read_matrix():
    """{(role, area): {action: set of languages}} from the README's table."""
    lines = README.read_text().split("<!-- permission-matrix")[1].splitlines()[1:]
    header, matrix = None, {}
    for line in lines:
        if not line.startswith("|"):
            if header:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if set(cells[0]) <= {"-", " "}:
            continue
        role, area, *values = cells
        matrix[(role, area)] = {
            action: set(LANGUAGES) if value == "yes" else set(value.split()) - {"—"}
            for action, value in zip(header[2:], values, strict=True)
        }
    return matrix


MATRIX = read_matrix()


def test_readme_matrix_has_every_cell():
    areas = PAGE_AREAS + SNIPPET_AREAS
    assert set(MATRIX) == {(role, area) for role in ROLES for area in areas}
    assert all(tuple(row) == ACTIONS for row in MATRIX.values())


def localize(instance, locale, admin):
    """Translate with wagtail-localize (a synced translation), as an administrator."""
    translate_object(instance, [locale], user=admin)
    return instance.get_translation(locale)


def page_area(index_en, child, other_en, locale_ru, admin, index_ru=None):
    """Index pages, a page with its synced Russian translation, and a page in each language
    that is not translated (what "translate" into the other language acts on)."""
    index_ru = index_ru or translate(index_en, locale_ru)
    page_en = child(index_en)
    page_ru = localize(page_en, locale_ru, admin)
    return {
        "index": {"en": index_en, "ru": index_ru},
        "page": {"en": page_en, "ru": page_ru},
        "untranslated": {"en": other_en(index_ru), "ru": other_en(index_en)},
    }


@pytest.fixture
def site(db):
    """Every area in English and Russian, with synced translations and one member of each
    role."""
    for _ in [1]:
        home, locale_ru = make_site_tree()
        admin = UserFactory(is_superuser=True)
        translate(home, locale_ru)
        areas = {
            "forum": page_area(
                ForumIndexPageFactory(parent=home),
                lambda index: ForumEditionPageFactory(parent=index, year=2023),
                lambda index: ForumEditionPageFactory(parent=index, year=2022),
                locale_ru,
                admin,
            ),
            "prize": page_area(
                PrizeIndexPageFactory(parent=home),
                lambda index: PrizeEditionPageFactory(parent=index, year=2023),
                lambda index: PrizeEditionPageFactory(parent=index, year=2022),
                locale_ru,
                admin,
            ),
            "news": page_area(
                NewsIndexPageFactory(parent=home),
                lambda index: NewsArticlePageFactory(parent=index, title="Winners"),
                lambda index: NewsArticlePageFactory(parent=index, title="Clubs meet"),
                locale_ru,
                admin,
            ),
            "clubs": page_area(
                ClubIndexPageFactory(parent=home),
                lambda index: ClubPageFactory(parent=index, title="Altai"),
                lambda index: ClubPageFactory(parent=index, title="Perm"),
                locale_ru,
                admin,
            ),
        }
        about_en = StandardPageFactory(parent=home, title="About", slug="about")
        about_ru = localize(about_en, locale_ru, admin)
        areas["about"] = page_area(
            about_en,
            lambda index: StandardPageFactory(parent=index, title="Founders"),
            lambda index: StandardPageFactory(parent=index, title="Partners"),
            locale_ru,
            admin,
            index_ru=about_ru,
        )
        areas["about"]["page"] = {"en": about_en, "ru": about_ru}
        snippets = {}
        for area, factories in (
            ("themes and rooms", (ThemeFactory, RoomFactory)),
            (
                "footer",
                (
                    lambda **kw: FooterText.objects.create(
                        body="<p>Footer</p>", **{"locale": Locale.get_default(), **kw}
                    ),
                ),
            ),
        ):
            kinds = []
            for make in factories:
                source = make()
                kinds.append(
                    {
                        "page": {"en": source, "ru": localize(source, locale_ru, admin)},
                        "untranslated": {"en": make(locale=locale_ru), "ru": make()},
                    }
                )
            snippets[area] = kinds
        groups = setup_roles()
        users = {name: UserFactory(groups=[groups[name]]) for name in ROLES}
        return {"areas": areas, "snippets": snippets, "users": users, "locale_ru": locale_ru}


def is_synced_translation(instance):
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).exists()


def menu_names(user):
    """Names of the admin menu items `user` sees on the dashboard, with their submenus'
    ("forum.themes"), read from the sidebar the admin renders."""
    client = Client()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    names = set()

    def walk(node, prefix=""):
        if isinstance(node, list):
            for child in node:
                walk(child, prefix)
        elif isinstance(node, dict):
            args = node.get("_args") or []
            item = args[0] if args and isinstance(args[0], dict) else {}
            name = item.get("name")
            name = name if isinstance(name, str) else None
            if name:
                names.add(prefix + name)
            for child in args[1:] if name else args:
                walk(child, f"{prefix}{name}." if name else prefix)
            for key, value in node.items():
                if key != "_args":
                    walk(value, prefix)

    walk(json.loads(props))
    return names


def page_cells(user, area, locales):
    explorable = set(PagePermissionPolicy().explorable_instances(user).values_list("pk", flat=True))
    menus = menu_names(user)
    cells = {action: set() for action in ACTIONS}
    for language in LANGUAGES:
        index, page = area["index"][language], area["page"][language]
        permissions = page.permissions_for_user(user)
        other = area["untranslated"][language]
        restructurable = is_synced_translation(page) and can_restructure_translation(
            user=user, instance=page
        )
        found = {
            "add": index.permissions_for_user(user).can_add_subpage(),
            "edit": permissions.can_edit(),
            "publish": permissions.can_publish(),
            "submit": permissions.can_edit() and permissions.can_submit_for_moderation(),
            "translate": can_translate_page(user=user, page=other, locale=locales[language]),
            "convert alias": restructurable,
            "stop sync": restructurable,
            "see menu": (
                any(page.pk in explorable for page in area["index"].values())
                if area["menu"] is None
                else area["menu"] in menus
            ),
        }
        for action, allowed in found.items():
            if allowed:
                cells[action].add(language)
    return cells


def snippet_cells(user, kinds, sees_menu, locales):
    results = []
    for kind in kinds:
        cells = {action: set() for action in ACTIONS}
        for language in LANGUAGES:
            instance = kind["page"][language]
            meta = instance._meta
            restructurable = is_synced_translation(instance) and can_restructure_translation(
                user=user, instance=instance
            )
            found = {
                "add": may_use_model_permission(
                    user=user,
                    permission=f"{meta.app_label}.add_{meta.model_name}",
                    language=language,
                ),
                "edit": may_change(user=user, instance=instance),
                "publish": may_change(user=user, instance=instance),  # no drafts
                "submit": False,  # no workflow on snippets
                "translate": can_translate_snippet(
                    user=user, instance=kind["untranslated"][language], locale=locales[language]
                ),
                "convert alias": False,  # pages only
                "stop sync": restructurable,
                "see menu": sees_menu(user, meta),
            }
            for action, allowed in found.items():
                if allowed:
                    cells[action].add(language)
        results.append(cells)
    assert all(cells == results[0] for cells in results), "themes and rooms differ"
    return results[0]


def cells_of(site, user, area):
    locales = {"en": Locale.objects.get(language_code="en"), "ru": site["locale_ru"]}
    if area in PAGE_AREAS:
        return page_cells(user, dict(site["areas"][area], menu=MENUS.get(area)), locales)
    if area == "footer":
        return snippet_cells(user, site["snippets"][area], sees_footer, locales)
    return snippet_cells(
        user,
        site["snippets"][area],
        lambda user, meta: f"forum.{meta.model_name}s" in menu_names(user),
        locales,
    )


def sees_footer(user, meta):
    """The Snippets menu, and the footer in the list it leads to."""
    if "snippets" not in menu_names(user):
        return False
    client = Client()
    client.force_login(user)
    return "/admin/snippets/pages/footertext/" in client.get("/admin/snippets/").content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(site, role):
    """Every area x language x action of the role's rows (the site is built once per role:
    building it per cell would take minutes)."""
    user = site["users"][role]
    expected = {area: MATRIX[(role, area)] for area in PAGE_AREAS + SNIPPET_AREAS}

    found = {area: cells_of(site, user, area) for area in expected}

    wrong = [
        f"{area} / {action}: README {sorted(expected[area][action])}, admin {sorted(cells)}"
        for area, row in found.items()
        for action, cells in row.items()
        if cells != expected[area][action]
    ]
    assert not wrong, "\n".join(wrong)


def test_readme_languages_are_known():
    for row in MATRIX.values():
        for languages in row.values():
            assert languages <= set(LANGUAGES), re.escape(str(languages))
