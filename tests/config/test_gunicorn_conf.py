import gc
import os
import runpy
import subprocess
import sys
import weakref
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def test_post_worker_init_freezes_loaded_objects_and_raises_threshold():
    conf = runpy.run_path(str(CONF))
    before = gc.get_threshold()
    try:
        conf["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == conf["GC_THRESHOLDS"]
    finally:
        gc.callbacks.remove(conf["_note_collection"])
        gc.unfreeze()
        gc.set_threshold(*before)


class Node:
    """A reference cycle: only the garbage collector frees it."""

    def __init__(self):
        self.cycle = self


def _left_after_request(*, allocations):
    """Whether a cycle a request dropped is still uncollected after post_request, when the
    request made `allocations` container objects while the cycle was alive."""
    conf = runpy.run_path(str(CONF))
    before = gc.get_threshold()
    try:
        conf["post_worker_init"](worker=None)
        node = Node()
        alive = weakref.ref(node)
        rows = [[] for _ in range(allocations)]  # a young collection runs past the threshold
        del node, rows
        conf["post_request"](worker=None, req=None, environ={}, resp=None)
        return alive() is not None
    finally:
        gc.callbacks.remove(conf["_note_collection"])
        gc.unfreeze()
        gc.set_threshold(*before)
        gc.collect()


def test_post_request_collects_the_cycles_of_a_large_request():
    threshold = runpy.run_path(str(CONF))["GC_THRESHOLDS"][0]
    assert not _left_after_request(allocations=threshold * 2)


def test_post_request_leaves_a_small_request_to_the_thresholds():
    assert _left_after_request(allocations=100)


def test_worker_start_up_leaves_the_export_libraries_unloaded():
    """openpyxl and icalendar are imported where an export needs them: at start-up they
    would add about 9 MiB to every worker (docs/performance.md)."""
    code = (
        "import sys, django; django.setup();"
        "from django.core.wsgi import get_wsgi_application; get_wsgi_application();"
        "from django.urls import get_resolver; get_resolver().url_patterns;"
        "print(sorted(m for m in ('openpyxl', 'icalendar') if m in sys.modules))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "start-up-test-" + "k" * 50,
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=CONF.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
