from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def rub(amount):
    """2500000 -> '2 500 000 RUB' (narrow no-break spaces between thousands)."""
    if amount in (None, ""):
        return ""
    grouped = f"{int(amount):,}".replace(",", "\u202f")
    currency = gettext("RUB")  # outside the f-string, where makemessages can find it
    return f"{grouped}\u00a0{currency}"
