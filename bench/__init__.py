"""Benchmarks of the production stack over HTTP on loopback (see docs/performance.md)."""
