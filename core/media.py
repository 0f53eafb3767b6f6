"""Media-store (S3) outages degrade, they do not take the site down.

- `ResilientS3Storage`: django-storages' S3 backend with short timeouts and a circuit breaker
  (core/breaker.py). A store that refuses, hangs or answers 5xx raises `MediaUnavailable`, an
  OSError, at once for MEDIA_RETRY_AFTER_SECONDS after the first failure. Wagtail reads an
  OSError while opening an original as a missing source image, so `{% image %}` renders a
  0x0 "not-found" image instead of failing the page.
- `rendition_or_none`: the shared way to ask for a rendition that may be unavailable
  (sharing images, the GraphQL image fields).
- `MediaOutageMiddleware`: a request that met the outage is not cached downstream (the page
  comes back with its images once the store does), and one that cannot do without the store
  (a document download, an upload) answers 503 with a clear message instead of a 500.

Nothing is half-written: Wagtail stores a rendition's or an upload's file before its database
row, so a failed write leaves no row pointing at a missing file."""

import contextvars
import logging

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from storages.backends.s3 import S3Storage

from core.breaker import breaker_for

logger = logging.getLogger(__name__)

# The outages met by the current request (a list shared with any context copied from it).
_outages = contextvars.ContextVar("media_outages", default=None)


def _note_outage():
    outages = _outages.get()
    if outages is not None:
        outages.append(True)


class MediaUnavailable(OSError):
    """The media store did not answer, or failed moments ago."""


def _is_outage(error):
    if isinstance(error, ClientError):  # 4xx (missing key, denied) is an answer, not an outage
        return error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 500) >= 500
    return isinstance(error, (BotoCoreError, Boto3Error, OSError))


class ResilientS3Storage(S3Storage):
    """S3Storage whose calls to the store time out fast and are skipped while it is down."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        timeout = getattr(settings, "MEDIA_STORAGE_TIMEOUT_SECONDS", 2)
        self.client_config = self.client_config.merge(
            Config(
                connect_timeout=timeout,
                read_timeout=timeout,
                retries={"mode": "standard", "total_max_attempts": 2},
            )
        )
        self.breaker = breaker_for(
            f"s3 {self.endpoint_url or 'aws'} {self.bucket_name}",
            cooldown=getattr(settings, "MEDIA_RETRY_AFTER_SECONDS", 30),
        )

    def _guarded(self, call, *args):
        if not self.breaker.allows():
            _note_outage()
            raise MediaUnavailable("The media store failed moments ago")
        try:
            result = call(*args)
        except Exception as error:
            if isinstance(error, MediaUnavailable) or not _is_outage(error):
                raise
            self.breaker.failed()
            _note_outage()
            logger.warning("Media store unavailable: %r", error)
            raise MediaUnavailable(
                f"The media store is unavailable ({type(error).__name__})"
            ) from error
        self.breaker.succeeded()
        return result

    def _open(self, name, mode="rb"):
        def open_and_read():
            file = super(ResilientS3Storage, self)._open(name, mode)
            if "r" in mode:
                file.file  # noqa: B018 -- download now, so an outage is seen here and not mid-stream
            return file

        return self._guarded(open_and_read)

    def _save(self, name, content):
        return self._guarded(super()._save, name, content)

    def delete(self, name):
        return self._guarded(super().delete, name)

    def exists(self, name):
        return self._guarded(super().exists, name)

    def size(self, name):
        return self._guarded(super().size, name)

    def listdir(self, name):
        return self._guarded(super().listdir, name)

    def get_modified_time(self, name):
        return self._guarded(super().get_modified_time, name)


def rendition_or_none(image, *specs):
    """{spec: rendition} of `image`, or None when its original cannot be read (the media
    store is down, or the file is missing)."""
    try:
        return image.get_renditions(*specs)
    except OSError:  # MediaUnavailable, Wagtail's SourceImageIOError, FileNotFoundError
        _note_outage()
        return None


class MediaOutageMiddleware:
    """No downstream caching of an answer given during an outage; 503 for what needs it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _outages.set([])
        try:
            response = self.get_response(request)
            if _outages.get():
                add_never_cache_headers(response)
            return response
        finally:
            _outages.reset(token)

    def process_exception(self, request, exception):
        if not isinstance(exception, MediaUnavailable):
            return None
        body = render_to_string("media_unavailable.html", request=request)
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(int(getattr(settings, "MEDIA_RETRY_AFTER_SECONDS", 30)))
        add_never_cache_headers(response)
        return response
