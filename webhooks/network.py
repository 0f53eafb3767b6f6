"""Where webhooks may go, and one POST to an endpoint.

An endpoint's host is resolved and refused when any of its addresses is loopback, private,
link-local, reserved or otherwise not global (server-side request forgery: a webhook must not
reach the database, Redis or a cloud metadata service). `WEBHOOKS_ALLOW_PRIVATE` allows every
address; `WEBHOOKS_ALLOW_LOOPBACK` (development) allows loopback only. The rule is checked when
an endpoint is saved and again at each delivery, and the connection goes to the address that
was checked, so a DNS answer that changes in between (DNS rebinding) cannot redirect it.
Redirects are not followed."""

import http.client
import ipaddress
import socket
import ssl
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


class AddressRefused(ValueError):
    """The endpoint's URL or address may not receive webhooks."""


def refusal(address):
    """Why `address` (an IP string) may not receive webhooks under the settings, or None."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if getattr(settings, "WEBHOOKS_ALLOW_PRIVATE", False):
        return None
    if ip.is_loopback:
        if getattr(settings, "WEBHOOKS_ALLOW_LOOPBACK", False):
            return None
        return _("%(address)s is a loopback address") % {"address": ip}
    if not ip.is_global or ip.is_multicast:
        return _("%(address)s is a private or reserved address") % {"address": ip}
    return None


def target(url):
    """(scheme, host, port, path with query) of an http(s) URL; AddressRefused otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused(_("Enter an http:// or https:// URL."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise AddressRefused(_("The URL has an invalid port.")) from None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path


def allowed_address(url):
    """The address to connect to for `url`, after checking every address its host resolves
    to; AddressRefused when the URL is malformed, the host does not resolve, or any address
    is refused."""
    scheme, host, port, _path = target(url)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise AddressRefused(_("The host %(host)s does not resolve.") % {"host": host}) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        reason = refusal(address)
        if reason:
            raise AddressRefused(
                _("Webhooks may not be sent there: %(reason)s.") % {"reason": reason}
            )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, *, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, *, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        # The certificate is checked against the host name, not the address.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(*, url, body, headers, timeout):
    """POST `body` (bytes) to `url`; the response's status code. Raises AddressRefused, or
    OSError / http.client.HTTPException when the endpoint cannot be reached in `timeout`
    seconds."""
    scheme, host, port, path = target(url)
    address = allowed_address(url)
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(host, port, address=address, timeout=timeout)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(64 * 1024)  # drain a little; the body is not kept
        return response.status
    finally:
        connection.close()
