"""Endpoint secrets in the Standard Webhooks form: `whsec_` and the base64 of 24 to 64 random
bytes (the specification's bounds)."""

import base64
import binascii
import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PREFIX = "whsec_"


def generate_secret():
    """A new secret: 32 random bytes."""
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def validate_secret(value):
    """Raise ValidationError unless `value` is `whsec_` + base64 of 24 to 64 bytes."""
    message = _("Enter a secret of the form whsec_ followed by base64 of 24 to 64 bytes.")
    if not isinstance(value, str) or not value.startswith(PREFIX):
        raise ValidationError(message, code="invalid")
    try:
        key = base64.b64decode(value[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(message, code="invalid") from None
    if not 24 <= len(key) <= 64:
        raise ValidationError(message, code="invalid")
