"""Where webhooks may go: the address rule under each setting."""

import pytest

from webhooks.network import AddressRefused, allowed_address, refusal

# (address, refused by default, refused with WEBHOOKS_ALLOW_LOOPBACK)
ADDRESSES = [
    ("93.184.216.34", False, False),
    ("2606:2800:220:1:248:1893:25c8:1946", False, False),
    ("127.0.0.1", True, False),
    ("::1", True, False),
    ("::ffff:127.0.0.1", True, False),
    ("10.1.2.3", True, True),
    ("172.16.0.1", True, True),
    ("192.168.0.1", True, True),
    ("169.254.169.254", True, True),
    ("100.64.0.1", True, True),
    ("0.0.0.0", True, True),
    ("fd00::1", True, True),
    ("fe80::1", True, True),
    ("224.0.0.1", True, True),
    ("240.0.0.1", True, True),
]


@pytest.mark.parametrize(("address", "by_default", "with_loopback"), ADDRESSES)
def test_refusal_by_setting(settings, address, by_default, with_loopback):
    assert bool(refusal(address)) is by_default
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    assert bool(refusal(address)) is with_loopback
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    assert refusal(address) is None


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/", "http:///path", "javascript:alert(1)", "http://localhost/hook"],
)
def test_allowed_address_refuses(url):
    with pytest.raises(AddressRefused):
        allowed_address(url)


def test_allowed_address_of_literal_ip():
    assert allowed_address("https://93.184.216.34:8443/hook") == "93.184.216.34"


def test_refusal_in_russian():
    from django.utils import translation

    with translation.override("ru"), pytest.raises(AddressRefused, match="частный"):
        allowed_address("http://10.0.0.1/hook")
