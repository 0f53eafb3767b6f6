import base64

import pytest
from django.core.exceptions import ValidationError

from webhooks.secrets import generate_secret, validate_secret


def test_generated_secret_valid():
    secret = generate_secret()
    validate_secret(secret)
    assert secret != generate_secret()


@pytest.mark.parametrize(
    "secret",
    [
        "",
        "A" * 44,
        "whsec_",
        "whsec_not base64!",
        "whsec_" + base64.b64encode(b"x" * 23).decode(),
        "whsec_" + base64.b64encode(b"x" * 65).decode(),
    ],
)
def test_invalid_secret_refused(secret):
    with pytest.raises(ValidationError):
        validate_secret(secret)
