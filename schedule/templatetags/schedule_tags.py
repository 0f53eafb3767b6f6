"""Template helpers of the programme pages: a session's feed GUID, for its star button."""

from django import template

from schedule.domain.ids import session_guid as guid_of

register = template.Library()


@register.filter
def session_guid(session):
    """The session's GUID, as in the feeds and the agenda link."""
    return str(guid_of(session=session))
