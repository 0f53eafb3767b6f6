"""Values kept per content version (api/versioned.py)."""

import pytest

from api.cache import bump_content_version
from api.versioned import forget, versioned

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh():
    forget()
    yield
    forget()


def counting():
    calls = []

    def build():
        calls.append(1)
        return {"n": len(calls)}

    return build, calls


def test_value_is_built_once_per_content_version():
    build, calls = counting()
    assert versioned(name="menu:en", build=build, seconds=60) == {"n": 1}
    assert versioned(name="menu:en", build=build, seconds=60) == {"n": 1}
    forget()  # another process: the shared cache has it
    assert versioned(name="menu:en", build=build, seconds=60) == {"n": 1}
    assert len(calls) == 1


def test_value_is_rebuilt_after_a_content_change(django_capture_on_commit_callbacks):
    build, calls = counting()
    versioned(name="menu:en", build=build, seconds=60)
    with django_capture_on_commit_callbacks(execute=True):
        bump_content_version()
    assert versioned(name="menu:en", build=build, seconds=60) == {"n": 2}


def test_names_are_separate_and_zero_seconds_is_off():
    build, calls = counting()
    versioned(name="menu:en", build=build, seconds=60)
    versioned(name="menu:ru", build=build, seconds=60)
    assert len(calls) == 2
    versioned(name="menu:en", build=build, seconds=0)
    assert len(calls) == 3
