from pages.domain.translation_sync import sync_translations


def sync_translations_on_publish(sender, instance, **kwargs):
    sync_translations(page=instance)
