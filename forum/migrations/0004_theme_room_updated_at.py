import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("forum", "0003_edition_partners_as_snippets")]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="room",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now),
            preserve_default=False,
        ),
    ]
