import modelcluster.fields
from django.db import migrations


def lines_to_partners(apps, schema_editor):
    """Each line of an edition's old partners text becomes a Partner snippet in the page's
    language, linked to the edition; the same line of a translation of the page becomes the
    partner's translation (same position, same translation key)."""
    import uuid

    ForumEditionPage = apps.get_model("forum", "ForumEditionPage")
    Partner = apps.get_model("forum", "Partner")
    Link = ForumEditionPage.partner_snippets.through
    keys = {}  # (edition translation key, line number) -> partner translation key
    for edition in ForumEditionPage.objects.order_by("locale_id", "pk"):
        names = [line.strip() for line in edition.partners.splitlines() if line.strip()]
        for number, name in enumerate(names):
            key = keys.setdefault((edition.translation_key, number), uuid.uuid4())
            partner = Partner.objects.filter(translation_key=key, locale_id=edition.locale_id).first()
            if partner is None:
                partner = Partner.objects.create(
                    name=name, translation_key=key, locale_id=edition.locale_id, sort_order=number
                )
            # The through model: the page's deferring manager would wait for a save.
            Link.objects.get_or_create(forumeditionpage_id=edition.pk, partner_id=partner.pk)


class Migration(migrations.Migration):
    dependencies = [("forum", "0002_partner_snippet")]

    operations = [
        migrations.AddField(
            model_name="forumeditionpage",
            name="partner_snippets",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="editions", to="forum.partner", verbose_name="partners"
            ),
        ),
        migrations.RunPython(lines_to_partners, migrations.RunPython.noop),
        migrations.RemoveField(model_name="forumeditionpage", name="partners"),
        migrations.RenameField(
            model_name="forumeditionpage", old_name="partner_snippets", new_name="partners"
        ),
    ]
