"""The applicant's pages under /<lang>/applications/: account, "my applications", the
application form with its attachments, and the permission-checked attachment download."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.tokens import default_token_generator
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.formats import date_format
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from applications.domain import applicants, attachments
from applications.domain.workflow import ACTION_LABELS, TransitionError, allowed_actions, transition
from applications.forms import ApplicationForm, RegistrationForm, StartForm
from applications.models import Application, Attachment
from prize.choices import ApplicantType


def applicant_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("applications:login"))
        return view(request, *args, **kwargs)

    return wrapped


def register(request):
    """A new applicant account, inactive until the e-mailed link is followed."""
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = get_user_model().objects.create_user(
            username=data["email"], email=data["email"], password=data["password1"],
            first_name=data["name"][:150], is_active=False,
        )  # fmt: skip
        link = request.build_absolute_uri(
            reverse("applications:verify", args=[
                urlsafe_base64_encode(force_bytes(user.pk)),
                default_token_generator.make_token(user),
            ])
        )  # fmt: skip
        body = render_to_string("applications/email/verify.txt", {"user": user, "link": link})
        send_mail(_("Confirm your e-mail address"), body, None, [user.email])
        return render(request, "applications/registered.html", {"email": user.email})
    return render(request, "applications/register.html", {"form": form})


def verify(request, uidb64, token):
    """Activate the account whose link this is and sign its owner in."""
    try:
        user = get_user_model().objects.get(pk=int(urlsafe_base64_decode(uidb64)))
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        return render(request, "applications/verify_failed.html", status=400)
    user.is_active = True
    user.save(update_fields=["is_active"])
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Your e-mail address is confirmed. Welcome!"))
    return redirect("applications:index")


@applicant_required
def index(request):
    """My applications, each with its stage, and a new one while applications are open."""
    editions = applicants.open_editions(today=timezone.localdate())
    start = StartForm(editions=editions) if editions else None
    mine = applicants.applications_of(user=request.user)
    return render(request, "applications/index.html", {"applications": mine, "start": start})


@applicant_required
@require_POST
def start(request):
    editions = applicants.open_editions(today=timezone.localdate())
    form = StartForm(request.POST, editions=editions)
    if not form.is_valid():
        messages.error(request, _("Applications for this edition are not open."))
        return redirect("applications:index")
    edition = form.editions[form.cleaned_data["edition"]]
    applicant_type = form.cleaned_data["applicant_type"]
    application = Application.objects.create(
        edition=edition, track=edition.track, applicant=request.user,
        applicant_type=applicant_type, title=_("New application"),
        entry_type=applicants.entry_types_for(applicant_type=ApplicantType(applicant_type))[0],
        language=translation.get_language() or "en",
    )  # fmt: skip
    return redirect("applications:detail", pk=application.pk)


def _own(request, pk):
    return get_object_or_404(applicants.applications_of(user=request.user), pk=pk)


@applicant_required
def detail(request, pk):
    """The application: its form while editable ("Save draft", "Submit"/"Resubmit"), its
    attachments, and the moves open to the applicant."""
    application = _own(request, pk)
    editable = applicants.is_editable(application)
    action = request.POST.get("action", "save")
    form = None
    if editable:
        complete = action in ("submit", "resubmit")
        form = ApplicationForm(request.POST or None, instance=application, complete=complete)
        if request.method == "POST":
            if form.is_valid():
                try:  # the draft is kept even when the submit below is refused
                    applicants.save_draft(application=application, **form.draft())
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                    return redirect("applications:detail", pk=application.pk)
                if complete:
                    try:
                        transition(application=application, action=action, user=request.user)
                    except TransitionError as error:
                        messages.error(request, error.message)
                    else:
                        messages.success(request, _("Your application is submitted."))
                else:
                    messages.success(request, _("Draft saved."))
                return redirect("applications:detail", pk=application.pk)
            messages.error(request, _("Please correct the errors below."))
    actions = [
        (row.action, ACTION_LABELS[row.action])
        for row in allowed_actions(application=application, user=request.user)
    ]
    context = {
        "application": application, "form": form, "editable": editable, "actions": actions,
        "attachments": application.attachments.all(), "limits": attachments,
        "last_request": application.log.filter(action="request_information").last(),
    }  # fmt: skip
    return render(request, "applications/detail.html", context)


@applicant_required
@require_POST
def autosave(request, pk):
    """The draft as typed, posted by applications/autosave.js: the same lenient form and
    `applicants.save_draft` as the "Save draft" button. JSON {"saved", "message"}: 400 with
    the errors when the input is refused (nothing is saved, the page keeps the text), 409
    when the application is no longer editable."""
    application = _own(request, pk)
    if not applicants.is_editable(application):
        return _not_saved(applicants.not_editable_message(application), status=409)
    form = ApplicationForm(request.POST, instance=application, complete=False)
    if not form.is_valid():
        return _not_saved(form.error_text(), status=400)
    try:
        saved = applicants.save_draft(application=application, **form.draft())
    except ValidationError as error:
        return _not_saved(" ".join(error.messages), status=409)
    time = date_format(timezone.localtime(saved.updated_at), "H:i")
    return JsonResponse(
        {"saved": True, "time": time, "message": _("Saved at %(time)s") % {"time": time}}
    )


def _not_saved(reason, *, status):
    message = _("Not saved: %(reason)s") % {"reason": reason}
    return JsonResponse({"saved": False, "message": message}, status=status)


@applicant_required
@require_POST
def withdraw(request, pk):
    application = _own(request, pk)
    try:
        transition(application=application, action="withdraw", user=request.user)
    except TransitionError as error:
        messages.error(request, error.message)
    return redirect("applications:detail", pk=application.pk)


@applicant_required
@require_POST
def upload(request, pk):
    application = _own(request, pk)
    upload = request.FILES.get("file")
    if not applicants.is_editable(application):
        messages.error(request, _("Files can be added only while the application is editable."))
    elif upload is None:
        messages.error(request, _("Choose a file."))
    else:
        try:
            with transaction.atomic():
                attachments.attach(upload=upload, application=application)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("File added."))
    return redirect("applications:detail", pk=application.pk)


@applicant_required
@require_POST
def remove(request, pk, attachment_pk):
    application = _own(request, pk)
    attachment = get_object_or_404(application.attachments, pk=attachment_pk)
    if applicants.is_editable(application):
        attachment.file.delete(save=False)
        attachment.delete()
        messages.success(request, _("File removed."))
    return redirect("applications:detail", pk=application.pk)


def attachment(request, pk):
    """An attachment's file, to those `attachments.may_read` allows; 404 to everyone else
    (the same answer as for a file that does not exist)."""
    item = Attachment.objects.select_related("application").filter(pk=pk).first()
    if item is None or not attachments.may_read(user=request.user, attachment=item):
        raise Http404
    response = FileResponse(
        item.file.open("rb"), as_attachment=True, filename=item.name,
        content_type=item.content_type,
    )  # fmt: skip
    response["Cache-Control"] = "private, no-store"
    return response
