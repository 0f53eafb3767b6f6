"""gunicorn reads this file from the working directory (`make serve-prod`, docs/deploy.md).

Each worker imports Django, Wagtail and the schema once (several hundred thousand objects
that live as long as the process). Left in the collected generations, every full garbage
collection walks all of them again: the programme query paid 40-60 ms of GC per request.
`gc.freeze()` after the app is loaded moves them to a permanent generation the collector
skips, and a larger first-generation threshold makes collections rarer while a request
builds its short-lived rows.
"""

import gc

GC_THRESHOLDS = (50_000, 20, 20)


def post_worker_init(worker):
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
