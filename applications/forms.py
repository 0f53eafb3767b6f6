"""The applicant's forms: registration and the application (its answers follow the entry
type; choices the applicant may not make are refused, even when posted by hand)."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from applications.domain import applicants
from applications.models import Application
from prize import geography
from prize.choices import EntryType


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label=_("Password again"), widget=forms.PasswordInput, strip=False)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(username__iexact=email).exists():
            raise forms.ValidationError(_("An account with this e-mail already exists."))
        return email

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords differ."))
        elif p1:
            try:
                password_validation.validate_password(p1)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class StartForm(forms.Form):
    """The first step: which edition and as whom; the rest of the form depends on both."""

    edition = forms.TypedChoiceField(label=_("Prize edition"), coerce=int)
    applicant_type = forms.ChoiceField(label=_("You apply as"))

    def __init__(self, *args, editions, **kwargs):
        super().__init__(*args, **kwargs)
        self.editions = {e.pk: e for e in editions}
        self.fields["edition"].choices = [(e.pk, e.title) for e in editions]
        from prize.choices import ApplicantType

        self.fields["applicant_type"].choices = ApplicantType.choices


class ApplicationForm(forms.ModelForm):
    """Edits a draft; `complete=True` (the submit button) also requires every answer."""

    class Meta:
        model = Application
        fields = ["title", "organisation", "entry_type", "nomination", "region_code",
                  "country_code", "consent"]  # fmt: skip

    def __init__(self, *args, complete=False, **kwargs):
        super().__init__(*args, **kwargs)
        application = self.instance
        self.complete = complete
        self.nominations = applicants.open_nominations(
            edition=application.edition, applicant_type=application.applicant_type
        )
        self.fields["nomination"].queryset = self.fields["nomination"].queryset.filter(
            pk__in=[n.pk for n in self.nominations]
        )
        self.fields["nomination"].label_from_instance = lambda n: n.localized.title
        types = applicants.entry_types_for(applicant_type=application.applicant_type)
        self.fields["entry_type"].choices = [(t.value, t.label) for t in types]
        place = applicants.place_required(track=application.track)
        if place == "region":
            del self.fields["country_code"]
            self.fields["region_code"].widget = forms.Select(choices=geography.subject_choices())
        else:
            del self.fields["region_code"]
            self.fields["country_code"].widget = forms.Select(choices=geography.country_choices())
        self.fields["consent"].required = complete
        entry_type = self.data.get("entry_type") or application.entry_type or types[0]
        if entry_type not in EntryType.values:
            entry_type = types[0]
        for key, label, required in applicants.questions_for(entry_type=entry_type):
            self.fields[f"answer_{key}"] = forms.CharField(
                label=label, required=required and complete, widget=forms.Textarea,
                max_length=5000, initial=application.answers.get(key, ""),
            )  # fmt: skip
        self.fields["title"].required = True
        for name in ("region_code", "country_code"):
            if name in self.fields:
                self.fields[name].required = complete

    def clean(self):
        data = super().clean()
        answers = {k[len("answer_") :]: v for k, v in data.items() if k.startswith("answer_")}
        self.instance.answers = {k: v for k, v in answers.items() if v}
        if data.get("nomination"):
            self.instance.category_id = data["nomination"].get_parent().pk
        if self.complete and not data.get("nomination"):
            self.add_error("nomination", _("Choose a nomination."))
        return data

    def draft(self):
        """The valid form as `applicants.save_draft` takes it: {"fields", "answers"}."""
        data = self.cleaned_data
        return {
            "fields": {n: data[n] for n in applicants.DRAFT_FIELDS if n in data},
            "answers": {k[len("answer_") :]: v for k, v in data.items() if k.startswith("answer_")},
        }

    def error_text(self):
        """Every error of the form on one line, each after its field's label."""
        parts = []
        for name, errors in self.errors.items():
            field = self.fields.get(name)
            label = f"{field.label}: " if field is not None and field.label else ""
            parts.append(label + " ".join(str(e) for e in errors))
        return "; ".join(parts)
