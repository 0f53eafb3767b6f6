"""Generate the deterministic synthetic dataset used by the benchmarks (docs/performance.md).

python manage.py generate_dataset                # 5 x 300 sessions, 10 x 1 000 entries, ...
python manage.py generate_dataset --scale 0.1    # a tenth of every count
python manage.py generate_dataset --sessions 30 --entries 100 --replace
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.models import Page

from bench.dataset.forum import make_forum
from bench.dataset.pages import (
    TreeBuilder,
    locales,
    make_homes,
    make_images,
    make_news,
    point_default_site,
    seeded,
)
from bench.dataset.prize import make_prize
from bench.dataset.search import index_pages
from core.visibility import bump_visibility_version
from forum.models import Room, Theme

DEFAULTS = {
    "editions": 5,
    "sessions": 300,
    "speakers": 1500,
    "per_session": 3,
    "prize_editions": 10,
    "entries": 1000,
    "news": 200,
    "images": 12,
}


class Command(BaseCommand):
    help = "Generate a deterministic bilingual synthetic dataset (forum, prize, news)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="multiply every count")
        parser.add_argument("--seed", type=int, default=2025)
        parser.add_argument(
            "--replace", action="store_true", help="delete every existing page, theme and room"
        )
        for name, value in DEFAULTS.items():
            parser.add_argument(f"--{name.replace('_', '-')}", type=int, help=f"default {value}")

    def handle(self, *args, **options):
        counts = {
            name: options[name]
            if options[name] is not None
            else max(1, round(value * options["scale"]))
            for name, value in DEFAULTS.items()
        }
        for name in ("per_session", "images"):  # shapes, not sizes: never scaled
            counts[name] = options[name] or DEFAULTS[name]
        started = time.monotonic()
        with transaction.atomic():
            if options["replace"]:
                Page.objects.filter(depth=2).delete()
                Theme.objects.all().delete()
                Room.objects.all().delete()
            total, pks = self.generate(seed=options["seed"], **counts)
        generated = time.monotonic() - started
        indexed = index_pages(pks=pks)
        # Bulk inserts send no signals: the hidden sections are worked out afresh.
        bump_visibility_version()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:  # fresh planner statistics for the new rows
                cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"generated {total} pages (en + ru) in {elapsed:.1f} s "
            f"({generated:.1f} s inserting, {indexed} indexed for search): "
            + ", ".join(f"{name}={value}" for name, value in counts.items())
        )

    def generate(
        self,
        *,
        seed,
        editions,
        sessions,
        speakers,
        per_session,
        prize_editions,
        entries,
        news,
        images,
    ):
        rng = seeded(seed)
        languages = locales()
        pictures = make_images(count=images, rng=rng)
        builder = TreeBuilder(rng=rng)
        homes = make_homes(builder=builder, locales=languages)
        save_forum = make_forum(
            builder=builder,
            homes=homes,
            locales=languages,
            editions=editions,
            sessions=sessions,
            speakers=speakers,
            per_session=per_session,
            images=pictures,
        )
        save_prize = make_prize(
            builder=builder, homes=homes, editions=prize_editions, entries=entries, images=pictures
        )
        make_news(builder=builder, homes=homes, count=news, images=pictures)
        total = len(builder.pages)
        pks = builder.save()
        save_forum()
        save_prize()
        point_default_site(home=homes["en"])
        return total, pks
