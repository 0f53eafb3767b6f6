"""Attachments: which files an application may carry, and who may read them. Files are
on the default storage (S3 in production) under a random path and reach a browser only
through views.attachment, which asks `may_read`."""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from applications.choices import Role
from applications.domain import conflicts
from applications.domain.roles import roles_of
from applications.models import Attachment

MAX_SIZE = 10 * 1024 * 1024
MAX_COUNT = 10
# Extension -> the content type the file is served with (never the browser's claim).
ALLOWED = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The first bytes of each kind: a renamed executable is refused.
MAGIC = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
}


def validate_upload(*, upload, application):
    """Raise ValidationError (translated) when `upload` may not be attached."""
    suffix = PurePosixPath(upload.name or "").suffix.lower()
    if suffix not in ALLOWED:
        raise ValidationError(
            _("Files of this type are not accepted. Allowed: %(types)s."),
            params={"types": ", ".join(sorted({s.lstrip(".").upper() for s in ALLOWED}))},
        )
    if upload.size > MAX_SIZE:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_SIZE)},
        )
    head = upload.read(8)
    upload.seek(0)
    if not head.startswith(MAGIC[suffix]):
        raise ValidationError(_("The file's contents do not match its type."))
    if application.attachments.count() >= MAX_COUNT:
        raise ValidationError(
            _("An application carries at most %(count)s files."), params={"count": MAX_COUNT}
        )


def attach(*, upload, application):
    """Store `upload` (validated first) on the application."""
    validate_upload(upload=upload, application=application)
    name = PurePosixPath(upload.name).name[-200:]
    suffix = PurePosixPath(name).suffix.lower()
    return Attachment.objects.create(
        application=application, file=upload, name=name, content_type=ALLOWED[suffix],
        size=upload.size,
    )  # fmt: skip


def may_read(*, user, attachment):
    """The applicant, coordinators, jury chairs and admins; an expert assigned to the
    application, not recused and without a declared conflict. Nobody else, whatever the
    URL."""
    application = attachment.application
    roles = roles_of(user=user, application=application)
    if roles & {Role.APPLICANT, Role.COORDINATOR, Role.JURY_CHAIR, Role.ADMIN}:
        return True
    if Role.EXPERT in roles:
        return (
            application.assignments.filter(expert=user).exists()
            and not application.recusals.filter(expert=user).exists()
            and not conflicts.has_conflict(application=application, expert=user)
        )
    return False
