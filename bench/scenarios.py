"""What the benchmarks fetch: GraphQL queries, visitor pages, the REST v2 anchor, the floor."""

import json
import urllib.parse

PROGRAMME = """query Programme($year: Int!, $locale: Locale) {
  forum(year: $year, locale: $locale) {
    title year startDate endDate city venue
    sessions {
      title slug url startsAt endsAt format language summary
      theme { name slug }
      room { name }
      speakers { role speaker { name slug position organisation } }
    }
  }
}"""

LAUREATES = """query Laureates($year: Int!, $track: PrizeTrack!) {
  entries(prizeYear: $year, track: $track, status: LAUREATE, first: 100) {
    totalCount
    edges { node {
      title slug organisation region place grantAmount
      nomination { title slug }
      image { url width height rendition(width: 320) { url width height } }
    } }
  }
}"""

SPEAKER = """query Speaker($slug: String!, $locale: Locale) {
  speaker(slug: $slug, locale: $locale) {
    name position organisation country
    photo { url }
    sessions { title slug startsAt format edition { year title } }
  }
}"""

SEARCH_PATH = "/ru/search/?q=" + urllib.parse.quote("волонтёрские центры")

V2_FIELDS = "starts_at,ends_at,format,language,theme,room,summary,speakers"
V2_LIMIT = 20  # WAGTAILAPI_LIMIT_MAX, Wagtail's default


def graphql_path(query, variables, *, nonce=None):
    """A GET /graphql/ URL. A `nonce` comment makes the query text, hence the server's
    response-cache key, unique: an uncached execution every time."""
    if nonce is not None:
        query = f"{query}\n# {nonce}"
    params = {"query": query, "variables": json.dumps(variables, separators=(",", ":"))}
    return "/graphql/?" + urllib.parse.urlencode(params)


def v2_programme_paths(*, edition_id, sessions):
    """The REST v2 requests that fetch what PROGRAMME returns: the edition, then the
    sessions page by page (speakers are nested in speaker_roles)."""
    paths = [f"/api/v2/pages/{edition_id}/"]
    for offset in range(0, max(sessions, 1), V2_LIMIT):
        paths.append(
            f"/api/v2/pages/?type=forum.SessionPage&child_of={edition_id}&fields={V2_FIELDS}"
            f"&order=id&limit={V2_LIMIT}&offset={offset}"
        )
    return paths


def build(*, year, track, speaker_slug, session_path, programme_path, edition_id, sessions):
    """[(name, paths(n) -> path or [paths], target p95 at 16 clients in ms or None)]."""
    programme_vars = {"year": year, "locale": "EN"}
    return [
        (
            "1 programme, GraphQL, uncached",
            lambda n: graphql_path(PROGRAMME, programme_vars, nonce=n),
            150,
        ),
        ("1 programme, GraphQL, cached", lambda n: graphql_path(PROGRAMME, programme_vars), 20),
        (
            "2 100 laureates, GraphQL, uncached",
            lambda n: graphql_path(LAUREATES, {"year": year, "track": track}, nonce=n),
            150,
        ),
        (
            "3 speaker + sessions, GraphQL, uncached",
            lambda n: graphql_path(SPEAKER, {"slug": speaker_slug, "locale": "EN"}, nonce=n),
            150,
        ),
        ("4 search (ru), /ru/search/ page", lambda n: SEARCH_PATH, None),
        ("5a programme page (HTML)", lambda n: programme_path, None),
        ("5b session page (HTML)", lambda n: session_path, None),
        (
            "6 programme, REST v2 (anchor)",
            lambda n: v2_programme_paths(edition_id=edition_id, sessions=sessions),
            None,
        ),
        ("7 static JSON, whitenoise (floor)", lambda n: "/static/bench/programme.json", None),
    ]
