import gc
import runpy
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
        gc.unfreeze()
        gc.set_threshold(*before)
