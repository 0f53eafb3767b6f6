"""The `menu` root field: the site's navigation tree, as the header shows it
(pages/domain/navigation.py)."""

import graphene

from api.batching import Batch
from api.locales import locale_argument, locale_code, locale_field, resolve_locale
from core.routes import default_site
from pages.domain.navigation import MAX_MENU_DEPTH, main_menu


class MenuItem(graphene.ObjectType):
    """A page of the menu; `children` are the menu items below it."""

    id = graphene.ID(required=True, description="The page id")
    title = graphene.String(required=True, description="The page title (its menu label)")
    url = graphene.String(required=True, description="Path on the site, e.g. /en/forum/")
    locale = locale_field(description="The page's language (another one when not translated)")
    children = graphene.List(
        graphene.NonNull(lambda: MenuItem),
        required=True,
        description="Pages below it shown in menus, up to `depth`",
    )

    def resolve_id(root, info):
        return root.page.pk

    def resolve_title(root, info):
        return root.page.title

    def resolve_url(root, info):
        return root.page.get_url(request=info.context)

    def resolve_locale(root, info):
        return locale_code(info, root.page.locale_id)


class MenuQueries(graphene.ObjectType):
    """The navigation menu."""

    menu = graphene.List(
        graphene.NonNull(MenuItem),
        required=True,
        locale=locale_argument(),
        depth=graphene.Int(
            default_value=1, description=f"Levels below the home page, 1 to {MAX_MENU_DEPTH}"
        ),
        description=(
            'The pages marked "show in menus" below the home page, as the site\'s header '
            "shows them (depth 1); deeper levels hold the marked pages below those"
        ),
    )

    def resolve_menu(root, info, locale=None, depth=1):
        locale = resolve_locale(info=info, locale=locale)
        items = main_menu(
            site=default_site(request=info.context),
            locale=locale,
            depth=max(1, min(depth, MAX_MENU_DEPTH)),
        )
        Batch([item.page for item in items], locale=locale)
        return items
