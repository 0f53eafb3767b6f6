"""Helpers of the atlas's server-drawn SVG."""

from django import template

register = template.Library()


@register.simple_tag
def percent(value, largest):
    """`value` as a percentage of `largest` (0-100, for bar widths); 0 when nothing counts."""
    try:
        return round(100 * int(value) / int(largest), 1) if int(largest) > 0 else 0
    except (TypeError, ValueError):
        return 0
