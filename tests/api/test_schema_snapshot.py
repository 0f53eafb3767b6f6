from pathlib import Path

from config.schema import schema

SNAPSHOT = Path(__file__).resolve().parents[2] / "schema.graphql"
REGENERATE = "python manage.py graphql_schema --schema config.schema.schema --out schema.graphql"


def test_committed_schema_snapshot_is_up_to_date():
    committed = SNAPSHOT.read_text(encoding="utf-8").strip() if SNAPSHOT.exists() else ""

    assert str(schema).strip() == committed, (
        f"schema.graphql is out of date with config.schema. Regenerate it with `{REGENERATE}`, "
        "review the diff (removed or renamed fields break the frontends) and commit it."
    )
