"""The admin's programme grid (Forum → Programme grid, and the edition page's header): the
editions to choose from, and an edition's grid with the quick form that moves a session.
Open to whoever may edit the edition's pages (its sessions); others get 403."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from core.revisions import DRAFT, PUBLISHED
from forum.domain.grid import build_grid, edition_rooms
from forum.domain.moves import move_session
from forum.models import ForumEditionPage, Room, SessionPage


def can_use_grid(*, user, edition):
    """Whether `user` may see and change the grid of `edition`: they may edit its pages."""
    return edition.permissions_for_user(user).can_edit()


def gridded_editions(*, user):
    """The editions whose grid `user` may open, newest first."""
    editions = ForumEditionPage.objects.select_related("locale").order_by("-year", "locale_id")
    return [edition for edition in editions if can_use_grid(user=user, edition=edition)]


def _iso_date(value):
    return datetime.date.fromisoformat(value)


class TimeInput(forms.TimeInput):
    input_type = "time"


class MoveForm(forms.Form):
    """The quick form: a session of the edition to another day, time and room."""

    session = forms.ModelChoiceField(label=gettext_lazy("Session"), queryset=SessionPage.objects)
    day = forms.TypedChoiceField(label=gettext_lazy("Day"), coerce=_iso_date)
    start = forms.TimeField(label=gettext_lazy("Starts at"), widget=TimeInput(format="%H:%M"))
    end = forms.TimeField(label=gettext_lazy("Ends at"), widget=TimeInput(format="%H:%M"))
    room = forms.ModelChoiceField(
        label=gettext_lazy("Room"),
        queryset=Room.objects.none(),
        required=False,
        empty_label=gettext_lazy("No room"),
    )

    def __init__(self, *args, edition, days, rooms, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = SessionPage.objects.child_of(edition).order_by(
            "starts_at", "path"
        )
        self.fields["session"].label_from_instance = lambda session: session.draft_title
        self.fields["day"].choices = [(day.isoformat(), date_format(day, "l, j E")) for day in days]
        self.fields["room"].queryset = Room.objects.filter(pk__in=[room.pk for room in rooms])


class GridIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Forum → Programme grid: the editions the user may plan."""

    template_name = "forum/admin/grid_index.html"
    page_title = gettext_lazy("Programme grid")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        return super().get_context_data(editions=gridded_editions(user=self.request.user), **kwargs)


class GridView(WagtailAdminTemplateMixin, TemplateView):
    """An edition's days × rooms with its sessions, and the quick form to move one."""

    template_name = "forum/admin/grid.html"
    header_icon = "table"

    def dispatch(self, request, edition_id):
        self.edition = get_object_or_404(
            ForumEditionPage.objects.select_related("locale"), pk=edition_id
        )
        if not can_use_grid(user=request.user, edition=self.edition):
            raise PermissionDenied
        return super().dispatch(request, edition_id)

    def get_page_title(self):
        return _("Programme grid")

    def get_page_subtitle(self):
        edition = self.edition
        return f"{edition.get_admin_display_title()} ({edition.locale.get_display_name()})"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("forum_grid:index"), "label": _("Programme grid")},
            {"url": "", "label": self.edition.get_admin_display_title()},
        ]

    def make_form(self, grid, data=None, initial=None):
        days = [day.date for day in grid.days]
        rooms = edition_rooms(edition=self.edition)
        return MoveForm(data, edition=self.edition, days=days, rooms=rooms, initial=initial)

    def initial_for(self, grid):
        """The quick form filled in with the session named by `?session=` (a block's Move)."""
        chosen = self.request.GET.get("session", "")
        block = next((b for b in grid.blocks if str(b.session.pk) == chosen), None)
        if block is None:
            return None
        return {
            "session": block.session.pk,
            "day": block.starts_at.date().isoformat(),
            "start": block.starts_at.time(),
            "end": block.ends_at.time(),
            "room": block.room.pk if block.room else None,
        }

    def get(self, request, edition_id):
        grid = build_grid(edition=self.edition)
        form = self.make_form(grid, initial=self.initial_for(grid))
        return self.render_to_response(self.get_context_data(grid=grid, form=form))

    def post(self, request, edition_id):
        grid = build_grid(edition=self.edition)
        form = self.make_form(grid, data=request.POST)
        if form.is_valid():
            session = form.cleaned_data["session"].specific
            permissions = session.permissions_for_user(request.user)
            if not permissions.can_edit():
                raise PermissionDenied
            if permissions.page_locked():
                form.add_error("session", _("The session is locked: it cannot be moved now."))
                return self.render_to_response(self.get_context_data(grid=grid, form=form))
            try:
                outcome = move_session(
                    session=session,
                    day=form.cleaned_data["day"],
                    start=form.cleaned_data["start"],
                    end=form.cleaned_data["end"],
                    room=form.cleaned_data["room"],
                    user=request.user,
                )
            except ValidationError as error:
                for name, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(None if name == NON_FIELD_ERRORS else name, message)
            else:
                texts = {
                    PUBLISHED: _("“%(session)s” moved and published."),
                    DRAFT: _("“%(session)s” moved: saved as a draft, not yet published."),
                }
                message = texts.get(
                    outcome, _("“%(session)s” moved: submitted for moderation, not yet published.")
                )
                messages.success(request, message % {"session": session.title})
                return redirect(f"{request.path}#session-{session.pk}")
        return self.render_to_response(self.get_context_data(grid=grid, form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(edition=self.edition, **kwargs)


class GridMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(gridded_editions(user=request.user))


class ProgrammeGridViewSet(ViewSet):
    """Forum → Programme grid."""

    name = "forum_grid"
    icon = "table"
    menu_label = gettext_lazy("Programme grid")
    menu_item_class = GridMenuItem

    def get_urlpatterns(self):
        return [
            path("", GridIndexView.as_view(), name="index"),
            path("<int:edition_id>/", GridView.as_view(), name="edition"),
        ]
