"""Admin bulk action on the Prize > Entries listing: set the status of the selected
entries (finalist → laureate → winner). Each change is a new revision, published or sent to
moderation as prize/domain/status.py decides."""

from django import forms
from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.listing import IndexView

from prize.choices import EntryStatus
from prize.domain.status import change_entry_status
from prize.models import EntryPage


class EntryStatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"), choices=EntryStatus.choices)


class SetEntryStatusBulkAction(PageBulkAction):
    display_name = gettext_lazy("Set status")
    action_type = "set_entry_status"
    aria_label = gettext_lazy("Set the status of the selected entries")
    template_name = "prize/admin/confirm_bulk_status.html"
    action_priority = 35
    models = [EntryPage]
    form_class = EntryStatusForm

    def check_perm(self, page):
        return page.permissions_for_user(self.request.user).can_edit()

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "status": self.cleaned_form.cleaned_data["status"],
        }

    @classmethod
    def execute_action(cls, objects, status=None, user=None, **kwargs):
        # Wagtail passes the first value on to get_success_message as "num_parent_objects".
        return change_entry_status(entries=objects, status=status, user=user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        result = num_parent_objects
        for title, reason in result.refused:
            messages.error(
                self.request,
                _("“%(title)s” was not changed: %(reason)s") % {"title": title, "reason": reason},
            )
        status = EntryStatus(self.cleaned_form.cleaned_data["status"]).label
        parts = [
            (result.published, _("published: %(titles)s")),
            (result.submitted, _("sent to moderation: %(titles)s")),
            (result.drafts, _("saved as drafts: %(titles)s")),
        ]
        done = [text % {"titles": ", ".join(titles)} for titles, text in parts if titles]
        if not done:
            return None
        return _("Status “%(status)s” set; %(changes)s.") % {
            "status": status,
            "changes": "; ".join(done),
        }


# Wagtail's page listings offer the actions registered for Page; Prize > Entries offers those
# registered for EntryPage (EntryIndexView), so Wagtail's own actions are registered again.
ENTRY_PAGE_ACTIONS = [
    type(f"Entry{action.__name__}", (action,), {"models": [EntryPage]})
    for action in (PublishBulkAction, UnpublishBulkAction, MoveBulkAction, DeleteBulkAction)
] + [SetEntryStatusBulkAction]


class EntryIndexView(IndexView):
    """The Prize > Entries listing, whose bulk actions are those of prize entries."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["model_opts"] = EntryPage._meta
        return context
