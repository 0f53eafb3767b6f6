"""docs/prize-year.md cannot drift from the code: its state table is TRANSITIONS row for
row (read back from the Markdown, not only compared with the generator), and the README
links to it."""

from pathlib import Path

from applications.choices import Role
from applications.domain.workflow import TRANSITIONS, state_table

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "prize-year.md"


def doc_table():
    text = DOC.read_text(encoding="utf-8")
    start = text.index("<!-- state table: begin -->") + len("<!-- state table: begin -->")
    return text[start : text.index("<!-- state table: end -->")].strip()


def parse(table):
    rows = set()
    for line in table.splitlines()[2:]:
        state, action, target, roles, when = (c.strip() for c in line.strip("|").split("|"))
        during = (
            when.removeprefix("during the ").removesuffix(" stage") if "during" in when else None
        )
        until = (
            when.removeprefix("until the ").removesuffix(" stage ends") if "until" in when else None
        )
        rows.add((state, action, target, frozenset(roles.split(", ")), during, until))
    return rows


def test_doc_state_table_matches_transitions():
    expected = {
        (str(r.state), r.action, str(r.target), frozenset(str(x) for x in r.roles),
         r.during and str(r.during), r.until and str(r.until))
        for r in TRANSITIONS
    }  # fmt: skip
    assert parse(doc_table()) == expected
    assert len(doc_table().splitlines()) == len(TRANSITIONS) + 2  # no row twice


def test_doc_state_table_is_the_generated_one():
    assert doc_table() == state_table(), "paste state_table() into docs/prize-year.md"


def test_doc_role_matrix_names_every_role_and_readme_links_it():
    text = DOC.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("| | applicant"))
    assert [c.strip() for c in header.strip("|").split("|")][1:] == [
        str(label).lower() for label in Role.labels
    ]
    assert "docs/prize-year.md" in (ROOT / "README.md").read_text(encoding="utf-8")
