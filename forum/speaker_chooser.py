"""The chooser of a session's speakers: speaker pages only (in the session's language, which
the page editor passes as `locale`), with search, and a "Create" tab that adds a missing
speaker to that language's speaker index without leaving the session (Wagtail's
ChooserViewSet; the form field override makes it the widget of SessionSpeaker.speaker)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Locale

from forum.domain.new_speakers import create_speaker, may_create_speaker, namesake
from forum.models import SpeakerPage


class SpeakerCreationForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Speaker's name"),
        max_length=255,
        help_text=gettext_lazy("The speaker's name as the site shows it, e.g. Anna Ivanova"),
    )
    position = forms.CharField(label=gettext_lazy("position"), max_length=200, required=False)
    organisation = forms.CharField(
        label=gettext_lazy("organisation"), max_length=200, required=False
    )
    country = forms.CharField(label=gettext_lazy("country"), max_length=80, required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        twin = namesake(locale=self.locale, title=title) if self.locale else None
        if twin is not None:
            raise forms.ValidationError(
                _("There is already a speaker called “%(name)s”: find them under Search.")
                % {"name": twin.title}
            )
        return title


class SpeakerChooserMixin:
    """The speakers (newest names first is no help: by name), the language from `?locale=`."""

    preserve_url_parameters = ["multiple", "locale"]

    def get_object_list(self):
        return SpeakerPage.objects.select_related("locale").order_by("title", "pk")

    @property
    def chooser_locale(self):
        code = self.request.GET.get("locale") or ""
        return Locale.objects.filter(language_code=code).first() or Locale.get_default()

    def can_create(self):
        return may_create_speaker(user=self.request.user, locale=self.chooser_locale)

    def get_creation_form_kwargs(self):
        # The prefix keeps the modal's ids apart from the page form's ("id_title").
        kwargs = super().get_creation_form_kwargs()
        return {**kwargs, "locale": self.chooser_locale, "prefix": "new-speaker"}


class SpeakerColumnsMixin:
    @property
    def columns(self):
        return [
            self.title_column,
            Column("affiliation", label=gettext_lazy("Affiliation"), accessor=_affiliation),
            Column("status", label=gettext_lazy("Status"), accessor=_status),
            LocaleColumn(sort_key=None),
        ]


def _affiliation(speaker):
    return speaker.affiliation()


def _status(speaker):
    return _("Live") if speaker.live else _("Draft")


class ChooseView(SpeakerColumnsMixin, SpeakerChooserMixin, chooser_views.ChooseView):
    pass


class ChooseResultsView(SpeakerColumnsMixin, SpeakerChooserMixin, chooser_views.ChooseResultsView):
    pass


class CreateView(SpeakerChooserMixin, chooser_views.CreateView):
    def save_form(self, form):
        speaker, _outcome = create_speaker(
            user=self.request.user, locale=self.chooser_locale, **form.cleaned_data
        )
        return speaker


class SpeakerChooserViewSet(ChooserViewSet):
    model = SpeakerPage
    name = "speaker_chooser"
    icon = "user"
    choose_one_text = gettext_lazy("Choose a speaker")
    choose_another_text = gettext_lazy("Choose another speaker")
    edit_item_text = gettext_lazy("Edit this speaker")
    preserve_url_parameters = ["multiple", "locale"]
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    create_view_class = CreateView
    creation_form_class = SpeakerCreationForm
    create_action_label = gettext_lazy("Create a speaker")
    create_action_clicked_label = gettext_lazy("Creating…")
    creation_tab_label = gettext_lazy("New speaker")
    per_page = 20
