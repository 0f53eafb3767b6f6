"""Who may do what with wagtail-localize's translations: the same rights as by hand.

wagtail-localize asks only for `wagtail_localize.submit_translation` to create translations
(published when the source is live, whoever asks) and only for the right to edit to stop a
synced translation or turn it into an alias. Here each of those needs the right it amounts
to: creating a page in a language is adding it there, making it live is publishing it,
stopping the sync or converting to an alias changes what is published."""

from django.conf import settings
from wagtail.models import Page

from core.roles import may_use_model_permission

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def translation_parent(*, page, locale):
    """The page under which the translation of `page` into `locale` goes (None when the
    parent is not translated yet)."""
    parent = page.get_parent()
    if parent is None or parent.is_root():
        return parent
    return parent.get_translation_or_none(locale)


def can_translate_page(*, user, page, locale):
    """Create the translation of `page` into `locale`: submit translations and add the
    page there (its parent translated and open to the user)."""
    if not user.has_perm(SUBMIT_TRANSLATION) or page.locale_id == locale.pk:
        return False
    parent = translation_parent(page=page, locale=locale)
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def can_publish_translation(*, user, page, locale):
    """Whether the translation of `page` into `locale` the user creates may go live at once
    (else it is a draft to submit for moderation)."""
    target = page.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_publish()
    parent = translation_parent(page=page, locale=locale)
    return parent is not None and parent.permissions_for_user(user).can_publish_subpage()


def can_update_translations(*, user, source):
    """ "Sync translated pages" from `source`: submit translations and edit the source."""
    if not user.has_perm(SUBMIT_TRANSLATION):
        return False
    if isinstance(source, Page):
        return source.permissions_for_user(user).can_edit()
    return may_change(user=user, instance=source)


def can_restructure_translation(*, user, instance):
    """Stop a synced translation, restart it or convert the page to an alias of its source:
    a decision on what is published, so for those who may publish it."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return may_change(user=user, instance=instance, language=settings.LANGUAGE_CODE)


def can_translate_snippet(*, user, instance, locale):
    """Create the translation of a snippet into `locale`: submit translations and change
    that model's objects in that language."""
    return user.has_perm(SUBMIT_TRANSLATION) and may_change(
        user=user, instance=instance, language=locale.language_code
    )


def may_change(*, user, instance, language=None):
    """Change `instance` (a snippet), or its model's objects in `language`."""
    meta = instance._meta
    return may_use_model_permission(
        user=user,
        permission=f"{meta.app_label}.change_{meta.model_name}",
        language=language or instance.locale.language_code,
    )
