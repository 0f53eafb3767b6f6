"""`manage.py webhooks add|list|remove|deliver`: endpoints from the command line, and the
sender of due retries and expiries."""

import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.visibility import next_visibility_change
from webhooks.domain.delivery import deliver_due
from webhooks.domain.events import announce_expired
from webhooks.models import Endpoint, EventType
from webhooks.secrets import generate_secret


class Command(BaseCommand):
    help = "Manage webhook endpoints and send due webhook deliveries."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        add = commands.add_parser("add", help="Add an endpoint")
        add.add_argument("url")
        add.add_argument("--secret", help="whsec_... (default: a new one, printed)")
        add.add_argument(
            "--events",
            nargs="+",
            choices=EventType.values,
            default=[],
            metavar="EVENT",
            help=f"Event types to send (default: all): {', '.join(EventType.values)}",
        )
        add.add_argument("--description", default="")
        commands.add_parser("list", help="List endpoints")
        remove = commands.add_parser("remove", help="Remove an endpoint")
        remove.add_argument("endpoint", help="The endpoint's id or URL")
        deliver = commands.add_parser("deliver", help="Send due retries and announce expired pages")
        deliver.add_argument("--loop", action="store_true", help="Keep going until stopped")
        deliver.add_argument("--interval", type=float, default=30, help="Seconds between rounds")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_add(self, *, url, secret, events, description, **options):
        endpoint = Endpoint(
            url=url, secret=secret or generate_secret(), events=events, description=description
        )
        try:
            endpoint.full_clean()
        except ValidationError as error:
            messages = [f"{field}: {' '.join(errs)}" for field, errs in error.message_dict.items()]
            raise CommandError("\n".join(messages)) from None
        endpoint.save()
        self.stdout.write(f"Added endpoint {endpoint.pk}: {endpoint.url}")
        if not secret:
            self.stdout.write(f"Secret: {endpoint.secret}")

    def handle_list(self, **options):
        for endpoint in Endpoint.objects.all():
            state = "active" if endpoint.active else f"disabled ({endpoint.disabled_reason})"
            events = ",".join(endpoint.events) or "all events"
            self.stdout.write(f"{endpoint.pk}\t{endpoint.url}\t{events}\t{state}")

    def handle_remove(self, *, endpoint, **options):
        found = Endpoint.objects.filter(url=endpoint)
        if endpoint.isdigit():
            found = found | Endpoint.objects.filter(pk=int(endpoint))
        count = found.count()
        if not count:
            raise CommandError(f"No endpoint {endpoint}.")
        found.delete()
        self.stdout.write(f"Removed {count} endpoint(s).")

    def handle_deliver(self, *, loop, interval, **options):
        while True:
            announced = announce_expired()
            sent = deliver_due()
            if options["verbosity"] > 1 or not loop:
                self.stdout.write(f"Expired pages announced: {announced}; attempts: {sent}")
            if not loop:
                return
            # Wake up when the next page expires, if that is sooner than the interval.
            change = next_visibility_change()
            wait = interval
            if change is not None:
                wait = min(wait, max(0.0, (change - timezone.now()).total_seconds()) + 0.5)
            time.sleep(wait)
