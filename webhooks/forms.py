from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from webhooks.models import EventType


class EndpointForm(WagtailAdminModelForm):
    """The endpoint form: event types as checkboxes (stored as a list; none means all)."""

    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=EventType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None selected: every event."),
    )
