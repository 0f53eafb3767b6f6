"""JSON-LD blocks of the forum's pages; `organizer` comes from the site's `organizer_data`."""

from django import template

from core.structured_data import json_ld_script
from forum.domain import json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_json_ld(context, edition, organizer):
    data = json_ld.edition_event(
        edition=edition, request=context.get("request"), organizer=organizer
    )
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def session_json_ld(context, session, speakers, organizer):
    data = json_ld.session_event(
        session=session, speakers=speakers, request=context.get("request"), organizer=organizer
    )
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def speaker_json_ld(context, speaker, sessions=()):
    data = json_ld.speaker_person(
        speaker=speaker, sessions=sessions, request=context.get("request")
    )
    return json_ld_script(data)
