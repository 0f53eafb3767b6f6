"""What the site editors, moderators and translators may do with the site's own pages
(news, clubs, standard "About" pages), the footer and media; the areas they make."""

from django.conf import settings
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    PRIZE_EDITORS,
    SITE_EDITORS,
    TRANSLATIONS,
    TRANSLATORS,
    Area,
    Grant,
    register_area,
    register_grant,
    register_workflow,
)
from pages.models import ClubIndexPage, HomePage, NewsIndexPage, StandardPage

MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
FOOTER_PERMISSIONS = [f"pages.{action}_footertext" for action in ("add", "change", "delete")]
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
EDITOR_PAGE_ACTIONS = ["add", "change", "publish"]
MODERATOR_PAGE_ACTIONS = ["add", "change", "publish", "lock", "unlock"]


def translated_homes():
    """Home pages of the languages other than the default one."""
    return list(HomePage.objects.exclude(locale__language_code=settings.LANGUAGE_CODE))


def news_indexes():
    return list(NewsIndexPage.objects.all())


def club_indexes():
    return list(ClubIndexPage.objects.all())


def about_pages():
    """The standard pages right under a home page, of every language (with the standard
    pages below them). A new one gets its grants when `setup_roles` runs again."""
    home_depth = 2  # home pages are children of the root
    return list(StandardPage.objects.filter(depth=home_depth + 1))


def site_pages():
    return news_indexes() + club_indexes() + about_pages()


SITE_WORKFLOW = "Moderators approval"  # the name Wagtail gives its default workflow


def setup_site_workflow(groups):
    """Every page outside the prize (which has its own) is submitted to Moderators: the
    workflow on the root page, as Wagtail creates it, made sure of."""
    workflow, _ = Workflow.objects.get_or_create(name=SITE_WORKFLOW)
    task, _ = GroupApprovalTask.objects.get_or_create(name=SITE_WORKFLOW)
    for item in (workflow, task):
        if not item.active:
            item.active = True
            item.save(update_fields=["active"])
    task.groups.set([groups[MODERATORS]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def register_site_roles():
    for group in (SITE_EDITORS, FORUM_EDITORS, PRIZE_EDITORS, MODERATORS):
        register_grant(
            group,
            Grant(model_permissions=[SUBMIT_TRANSLATION], collection_permissions=MEDIA_PERMISSIONS),
        )
    register_grant(
        SITE_EDITORS,
        Grant(
            model_permissions=[*FOOTER_PERMISSIONS, "pages.change_contactsettings"],
            pages=site_pages,
            page_actions=EDITOR_PAGE_ACTIONS,
        ),
    )
    register_grant(
        MODERATORS,
        Grant(
            model_permissions=[*FOOTER_PERMISSIONS, "pages.change_contactsettings"],
            pages=site_pages,
            page_actions=MODERATOR_PAGE_ACTIONS,
        ),
    )
    register_grant(
        TRANSLATORS,
        Grant(
            model_permissions=[SUBMIT_TRANSLATION],
            pages=translated_homes,
            page_actions=["add", "change"],
            collection_permissions=["wagtailimages.choose_image", "wagtaildocs.choose_document"],
        ),
    )
    register_grant(
        TRANSLATORS,
        Grant(model_permissions=["pages.change_footertext"], languages=TRANSLATIONS),
    )
    register_workflow(setup_site_workflow)
    register_area(Area(name="news", menu_items=("news",), pages=news_indexes))
    register_area(Area(name="clubs", menu_items=("clubs",), pages=club_indexes))
    register_area(Area(name="about", pages=about_pages))
    register_area(Area(name="footer", model_permissions=["pages.change_footertext"]))
