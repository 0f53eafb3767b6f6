"""The deterministic bilingual synthetic dataset the benchmarks run against.

`pages` holds the bulk page-tree builder, images, homes and news; `forum` and `prize` queue
their sections on the same builder. Built by `python manage.py generate_dataset`
(bench/management/commands/generate_dataset.py)."""
