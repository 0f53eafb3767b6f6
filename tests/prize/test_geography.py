"""The prize's world regions from ISO 3166-1 countries: every inhabited country in exactly
one region, a few hand-checked per region, and the validator applications use."""

import pycountry
import pytest
from django.core.exceptions import ValidationError

from prize import geography
from prize.choices import WorldRegion


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("RU", "russia"),
        *[(c, "cis") for c in ("KZ", "BY", "UZ", "AM")],
        *[(c, "europe") for c in ("DE", "RS", "GB", "TR")],
        *[(c, "asia_pacific") for c in ("CN", "IN", "AU", "VN")],
        *[(c, "mena") for c in ("EG", "AE", "MA", "IR")],
        *[(c, "africa") for c in ("NG", "KE", "ZA", "ET")],
        *[(c, "americas") for c in ("BR", "US", "MX", "CU")],
    ],
)
def test_world_region_of_country(country, region):
    assert geography.world_region(country) == region


def test_every_iso_country_has_one_region_or_is_uninhabited():
    listed = [c for codes in geography.WORLD_REGION_COUNTRIES.values() for c in codes.split()]
    assert len(listed) == len(set(listed))  # no country in two regions
    iso = {c.alpha_2 for c in pycountry.countries}
    assert set(listed) | geography.NO_WORLD_REGION == iso
    assert not set(listed) & geography.NO_WORLD_REGION
    assert set(geography.WORLD_REGION_COUNTRIES) == set(WorldRegion.values)


@pytest.mark.parametrize("code", ["", "zz", "XX", None])
def test_unknown_country_has_no_region(code):
    assert geography.world_region(code) == ""


@pytest.mark.parametrize(
    ("code", "message"),
    [("XX", "Unknown country code: XX"), ("AQ", "Antarctica is in none of the prize's world")],
)
def test_validate_prize_country_explains(code, message):
    with pytest.raises(ValidationError, match=message):
        geography.validate_prize_country(code)
    geography.validate_prize_country("KE")
    geography.validate_prize_country("")
