"""Print the size of every programme feed of the visible forum editions, raw and gzipped,
as a Markdown table (docs/performance.md quotes it)."""

import gzip

from django.core.management.base import BaseCommand
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.locales import available_codes, content_locale
from forum.domain.program import forum_editions

FORMATS = ["json", "xml", "xcal", "ics"]


class Command(BaseCommand):
    """One row per edition, language and format."""

    help = "Sizes of the programme feeds (schedule.json, .xml, .xcal, .ics) per edition."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, help="only this edition")

    def _events(self, client, edition, code):
        with translation.override(code):
            url = reverse("schedule:ics", args=[edition.year])
        return client.get(url).content.split(b"BEGIN:VEVENT")[1:]

    def handle(self, *args, year=None, **options):
        client = Client(SERVER_NAME="localhost")
        self.stdout.write("| edition | language | sessions | format | bytes | gzip bytes |")
        self.stdout.write("| --- | --- | ---: | --- | ---: | ---: |")
        for code in available_codes():
            editions = forum_editions(locale=content_locale(code=code))
            for edition in editions.filter(year=year) if year else editions:
                sessions = len(self._events(client, edition, code))
                for kind in FORMATS:
                    with translation.override(code):
                        url = reverse(f"schedule:{kind}", args=[edition.year])
                    response = client.get(url)
                    if response.status_code != 200:
                        self.stderr.write(f"{url}: {response.status_code}")
                        continue
                    body = response.content
                    self.stdout.write(
                        f"| {edition.year} | {code} | {sessions} | {kind} | "
                        f"{len(body):,} | {len(gzip.compress(body)):,} |"
                    )
