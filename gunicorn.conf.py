"""gunicorn reads this file from the working directory (`make serve-prod`, docs/deploy.md).

Each worker imports Django, Wagtail and the schema once (several hundred thousand objects
that live as long as the process). Left in the collected generations, every full garbage
collection walks all of them again: the programme query paid 40-60 ms of GC per request.
`gc.freeze()` after the app is loaded moves them to a permanent generation the collector
skips, and a larger first-generation threshold makes collections rarer while a request
builds its short-lived rows.

With collections that rare, the cycles a large request leaves behind would wait in an older
generation for a collection that comes after millions of allocations, and a worker's memory
grew by about 50 MiB (docs/performance.md). So once the response has been sent (the client
does not wait for it), `post_request` collects the generations that received the
request's objects while they were still alive: the middle one when a young collection ran
during the request, all of them when a middle one ran. Small requests trigger neither.
"""

import gc

GC_THRESHOLDS = (50_000, 20, 20)
_promoted = {"into": 0}  # the oldest generation objects were moved into since the last request


def _note_collection(phase, info):
    if phase == "stop":
        _promoted["into"] = max(_promoted["into"], min(info["generation"] + 1, 2))


def post_worker_init(worker):
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    gc.callbacks.append(_note_collection)


def post_request(worker, req, environ, resp):
    if _promoted["into"]:
        gc.collect(_promoted["into"])
    _promoted["into"] = 0
