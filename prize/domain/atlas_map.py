"""The atlas drawn on the server: tiles of Russia's federal subjects and of the countries
of each world region, shaded by the count they carry. Templates turn these into SVG (works
without JavaScript, prints, loads fast); the same figures go into a table beside it."""

from dataclasses import dataclass
from urllib.parse import urlencode

from core.locales import choice_label
from prize.choices import WorldRegion
from prize.geography import GRID_HEIGHT, GRID_WIDTH, SUBJECTS
from prize.models import EntryPage

SHADES = 5  # 0: none, 1-4: the quarter of the largest count the value falls in
TILE, GAP = 40, 3  # SVG units


@dataclass
class Tile:
    code: str
    label: str
    name: str
    value: int
    shade: int
    x: int
    y: int
    url: str | None


def shade(value, largest):
    """0 for nothing, else 1-4 by the quarter of `largest` that `value` reaches."""
    if value <= 0 or largest <= 0:
        return 0
    return max(1, min(SHADES - 1, -(-value * (SHADES - 1) // largest)))


def entries_link(*, base_url, measure, year=None, **filters):
    """The filtered entry list: `base_url` (the prize's `entries/`) with the filters."""
    query = {k: v for k, v in filters.items() if v}
    if year is not None:
        query["year"] = year
    if measure == "laureates":
        query["status"] = "laureates"
    return f"{base_url}?{urlencode(query)}"


def russia_tiles(*, counts, measure, year, base_url, locale):
    """A Tile per federal subject at its grid position (every subject, counted or not)."""
    largest = max((p.tally.value(measure) for p in counts.regions.values()), default=0)
    tiles = []
    for subject in SUBJECTS:
        place = counts.regions.get(subject.code)
        value = place.tally.value(measure) if place else 0
        tiles.append(
            Tile(
                code=subject.code,
                label=subject.code.removeprefix("RU-"),
                name=subject.name(locale.code),
                value=value,
                shade=shade(value, largest),
                x=subject.x * (TILE + GAP),
                y=subject.y * (TILE + GAP),
                url=entries_link(base_url=base_url, measure=measure, year=year, region=subject.code)
                if value
                else None,
            )
        )
    return tiles


@dataclass
class WorldGroup:
    """A world region's panel: its name, its total and a row of country tiles."""

    name: str
    value: int
    tiles: list
    y: int

    @property
    def width(self):
        return len(self.tiles) * (TILE + GAP) - GAP


def world_groups(*, counts, measure, year, base_url, locale):
    """WorldGroups of the countries with entries, by the world region their entries give,
    in the order of WorldRegion; Russia and regions without entries are left out. One query
    (the world region of each country's entries)."""
    largest = max((p.tally.value(measure) for p in counts.countries.values()), default=0)
    codes = list(counts.countries)
    regions = dict(
        EntryPage.objects.filter(country_code__in=codes)
        .exclude(world_region=WorldRegion.RUSSIA)
        .values_list("country_code", "world_region")
        .distinct()
    )
    groups, y = [], 0
    for region in WorldRegion:
        if region == WorldRegion.RUSSIA:
            continue
        places = sorted(
            (counts.countries[c] for c in codes if regions.get(c) == region), key=lambda p: p.name
        )
        if not places:
            continue
        tiles = [
            Tile(
                code=p.code,
                label=p.code,
                name=p.name,
                value=p.tally.value(measure),
                shade=shade(p.tally.value(measure), largest),
                x=i * (TILE + GAP),
                y=0,
                url=entries_link(base_url=base_url, measure=measure, year=year, country=p.code)
                if p.tally.value(measure)
                else None,
            )
            for i, p in enumerate(places)
        ]
        total = sum(t.value for t in tiles)
        groups.append(
            WorldGroup(
                name=choice_label(WorldRegion, region, locale=locale), value=total, tiles=tiles, y=y
            )
        )
        y += TILE + 28
    return groups


def russia_viewbox():
    return f"0 0 {GRID_WIDTH * (TILE + GAP) - GAP} {GRID_HEIGHT * (TILE + GAP) - GAP}"
