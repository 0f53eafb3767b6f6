"""What a frontend team does on day one: graphql-codegen over schema.graphql and the
documented operations (clients/operations/), `tsc --strict` over the generated types and
clients/src/check.ts (which asserts e.g. that `session.url` is `string`, not
`string | null`), then every operation against the demo in both languages, without errors.

Node and `npm ci --prefix clients` are required (`make clients-deps`, a dependency of
`make test`): without them these tests fail rather than skip."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.api.demo import demo  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "clients"
BIN = CLIENTS / "node_modules" / ".bin"
OPERATIONS = sorted((CLIENTS / "operations").glob("*.graphql"))


def run(*command):
    if shutil.which("node") is None:
        pytest.fail("Node.js is not installed: the codegen test needs `node` on the PATH")
    if not (BIN / command[0]).exists():
        pytest.fail(f"{BIN / command[0]} is missing: run `npm ci --prefix clients`")
    done = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=CLIENTS,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_codegen_types_compile_under_tsc_strict():
    run("graphql-codegen", "--config", "codegen.ts")
    generated = (CLIENTS / "generated" / "graphql.ts").read_text()
    assert "export type SessionQuery" in generated
    # Non-null where the API promises it, enums rather than strings.
    assert re.search(r"session: \{[^}]*url: string,", generated)
    assert "export type SessionFormat =" in generated
    run("tsc", "--strict", "--noEmit", "-p", "tsconfig.json")


def operations():
    """[(file name, operation name, document)] of clients/operations/."""
    found = []
    for path in OPERATIONS:
        text = path.read_text()
        for name in re.findall(r"^query (\w+)", text, flags=re.MULTILINE):
            found.append((path.name, name, text))
    return found


def test_operations_cover_the_documented_ones():
    names = {name for _, name, _ in operations()}
    assert {
        "PageByPath",
        "Programme",
        "Session",
        "Speaker",
        "Speakers",
        "Entries",
        "Prize",
        "Routes",
        "Shell",
        "Sync",
        "Search",
    } <= names


def post(gql, document, name, variables):
    response = gql.post(document, operationName=name, variables=variables)
    body = json.loads(response.content)
    assert response.status_code == 200, body
    assert "errors" not in body, body.get("errors")
    return body["data"]


def first_route(gql, locale, type_name):
    document = """query($locale: Locale, $types: [String!]) {
      routes(locale: $locale, types: $types, first: 1) { edges { node { path } } }
    }"""
    data = post(gql, document, None, {"locale": locale, "types": [type_name]})
    paths = [e["node"]["path"] for e in data["routes"]["edges"]]
    assert paths, f"no {type_name} in the demo ({locale})"
    return paths[0]


@pytest.mark.parametrize("locale", ["EN", "RU"])
def test_documented_operations_run_on_the_demo(demo, gql, locale):  # noqa: F811
    speakers_doc = (CLIENTS / "operations" / "speaker.graphql").read_text()
    speakers = post(gql, speakers_doc, "Speakers", {"locale": locale})["speakers"]
    speaker_slug = speakers["edges"][0]["node"]["url"].rstrip("/").rsplit("/", 1)[-1]
    variables = {
        "PageByPath": {"path": first_route(gql, locale, "NewsArticle")},
        "Programme": {"year": 2023, "locale": locale},
        "Session": {"slug": "opening-plenary", "forumYear": 2023, "locale": locale},
        "Speaker": {"slug": speaker_slug, "locale": locale},
        "Speakers": {"locale": locale},
        "Entries": {"year": 2023, "locale": locale, "orderBy": "PLACE"},
        "Prize": {"year": 2023, "track": "NATIONAL", "locale": locale},
        "Routes": {"locale": locale},
        "Shell": {"locale": locale},
        "Sync": {"since": "2000-01-01T00:00:00+00:00", "locale": locale},
        "Search": {"query": "volunteer" if locale == "EN" else "волонтёр", "locale": locale},
    }
    for _, name, document in operations():
        data = post(gql, document, name, variables[name])
        assert all(value is not None for value in data.values()), (name, data)
    programme = post(gql, *_op("Programme"), variables["Programme"])["forum"]
    assert programme["sessions"], "the demo programme has sessions"
    assert all(s["startsAt"].endswith("+03:00") for s in programme["sessions"])


def _op(name):
    for _, found, document in operations():
        if found == name:
            return document, name
    raise LookupError(name)


EVERY_PAGE = """query($locale: Locale, $after: String) {
  routes(locale: $locale, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { path locale translations { locale url }
      page { id title url locale isFallback translations { url }
        ... on Session { speakers { role speaker { url } } edition { url } }
        ... on ForumEdition { sessions { url } themes { name } }
        ... on Speaker { sessions { url } }
        ... on Nomination { entries { url worldRegion applicantType entryType } }
        ... on PrizeEdition { stages { kind } }
        ... on NewsArticle { body { type } }
        ... on StandardPage { body { type } }
      } } }
  }
}"""

FALLBACK_LISTS = """query($locale: Locale) {
  news(locale: $locale, first: 100) { edges { node { url isFallback locale } } }
  speakers(locale: $locale, first: 100) { edges { node { url isFallback } } }
  entries(locale: $locale, first: 100) { edges { node { url isFallback } } }
  forums(locale: $locale) { url sessions { url isFallback } }
}"""


@pytest.mark.parametrize("locale", ["EN", "RU"])
def test_demo_non_null_fields_are_never_null(demo, gql, locale):  # noqa: F811
    """Every visible page of the demo, through `routes` and the lists (fallback objects
    included), answers every field the schema makes non-null: a null would be an error."""
    after, seen = None, 0
    while True:
        data = post(gql, EVERY_PAGE, None, {"locale": locale, "after": after})["routes"]
        seen += len(data["edges"])
        if not data["pageInfo"]["hasNextPage"]:
            break
        after = data["pageInfo"]["endCursor"]
    assert seen > 50
    lists = post(gql, FALLBACK_LISTS, None, {"locale": locale})
    urls = [e["node"]["url"] for e in lists["news"]["edges"]]
    assert urls and all(url.startswith("/") for url in urls)
    if locale == "RU":
        # A fallback object in a Russian list is reachable at the path the list gives it.
        fallback = [e["node"] for e in lists["news"]["edges"] if e["node"]["isFallback"]]
        for node in fallback:
            query = "query($p: String!) { page(path: $p) { url } }"
            page = post(gql, query, None, {"p": node["url"]})["page"]
            assert page == {"url": node["url"]}
