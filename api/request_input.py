"""Checks on what a client sends before anything runs: JSON that is too deep, strings that
are not valid Unicode. Each failure is a 400 that says what is wrong."""

import json

from django.http import HttpResponseBadRequest
from graphene_django.views import HttpError

MAX_JSON_DEPTH = 100


def bad_request(message, status=400, code=None):
    response = HttpResponseBadRequest(message)
    response.status_code = status
    error = HttpError(response, message)
    error.code = code
    return error


def too_deep(value, limit=MAX_JSON_DEPTH):
    """Whether the JSON `value` nests lists and objects more than `limit` levels deep."""
    pending = [(value, 1)]
    while pending:
        value, depth = pending.pop()
        children = value.values() if isinstance(value, dict) else value
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def has_lone_surrogate(value):
    """Whether a string, or any key or string in a JSON value, has a lone UTF-16 surrogate
    (JSON escapes such as \\ud800 produce them): no valid Unicode, so no valid UTF-8."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def load_json(text, *, what):
    """json.loads, with a 400 naming `what` when the text is not JSON or nested too deeply."""
    deep = f"{what} is nested too deeply (the maximum is {MAX_JSON_DEPTH} levels)."
    try:
        value = json.loads(text)
    except RecursionError:
        raise bad_request(deep) from None
    except ValueError:
        raise bad_request(f"{what} is not valid JSON.") from None
    if isinstance(value, dict | list) and too_deep(value):
        raise bad_request(deep)
    return value
