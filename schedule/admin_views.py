"""The admin's "Release programme" screen of a forum edition: the releases so far, a form to
release the programme as published now under the next name, and the choice to publish live.
Allowed to whoever may publish the edition page (forum editors and publishers)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from forum.models import ForumEditionPage
from schedule.domain.releases import (
    create_release,
    edition_releases,
    next_version,
    publishes_live,
    set_publish_live,
)
from schedule.models import ScheduleRelease


def can_release(*, user, edition):
    """Whether `user` may release the programme of `edition`: they may publish the page."""
    return edition.permissions_for_user(user).can_publish()


class ReleaseForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("release", "release"), ("mode", "mode")], widget=forms.HiddenInput
    )
    version = forms.CharField(
        label=gettext_lazy("Release name"),
        max_length=ScheduleRelease._meta.get_field("version").max_length,
        required=False,
        help_text=gettext_lazy("Apps show it as the programme's version, e.g. v2."),
    )
    publish_live = forms.BooleanField(
        label=gettext_lazy("Publish live"),
        required=False,
        help_text=gettext_lazy("The feeds show every published change at once, not only releases."),
    )


class ReleaseView(WagtailAdminTemplateMixin, FormView):
    template_name = "schedule/admin/release.html"
    form_class = ReleaseForm
    header_icon = "calendar"

    def dispatch(self, request, page_id):
        self.edition = get_object_or_404(ForumEditionPage, pk=page_id)
        if not can_release(user=request.user, edition=self.edition):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Programme releases")

    def get_page_subtitle(self):
        return self.edition.get_admin_display_title()

    def get_initial(self):
        return {
            "action": "release",
            "version": next_version(edition=self.edition),
            "publish_live": publishes_live(edition=self.edition),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            edition=self.edition,
            releases=list(edition_releases(edition=self.edition).select_related("created_by"))[
                ::-1
            ],
            live=publishes_live(edition=self.edition),
            **kwargs,
        )

    def form_valid(self, form):
        if form.cleaned_data["action"] == "mode":
            live = form.cleaned_data["publish_live"]
            set_publish_live(edition=self.edition, live=live)
            messages.success(
                self.request,
                _("The feeds now follow every published change.")
                if live
                else _("The feeds now show the latest release only."),
            )
            return redirect(self.request.path)
        try:
            release = create_release(
                edition=self.edition,
                version=form.cleaned_data["version"],
                user=self.request.user,
                request=self.request,
            )
        except ValidationError as error:
            form.add_error("version", error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Programme released as %(version)s.") % {"version": release.version},
        )
        return redirect(self.request.path)
