"""Automatic persisted queries, compatible with Apollo's protocol.

A client sends `extensions={"persistedQuery": {"version": 1, "sha256Hash": H}}`: without a
query, the stored query with hash H runs, or the answer is the error PersistedQueryNotFound
(HTTP 200) and the client retries with the query; with a query, H must be its SHA-256, and
the query is stored once it validates."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache

NOT_FOUND_BODY = (
    '{"errors":[{"message":"PersistedQueryNotFound",'
    '"extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}'
)
SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


class PersistedQueryNotFound(Exception):
    """The hash is unknown: the client should send the query with it."""


class PersistedQueryError(ValueError):
    """The persisted query extension is malformed or does not match the query."""


def _key(sha256_hash):
    return f"graphql:apq:{sha256_hash}"


def resolve_persisted_query(*, query, extensions):
    """(query text, its hash or None). Raises PersistedQueryNotFound or PersistedQueryError."""
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        return query, None
    if not isinstance(persisted, dict):
        raise PersistedQueryError("'extensions.persistedQuery' must be a JSON object.")
    if persisted.get("version") != 1:
        raise PersistedQueryError("Unsupported persisted query version; use version 1.")
    sha256_hash = persisted.get("sha256Hash")
    if not isinstance(sha256_hash, str) or not SHA256.match(sha256_hash):
        raise PersistedQueryError("'sha256Hash' must be a SHA-256 hex digest.")
    sha256_hash = sha256_hash.lower()
    if query is None:
        stored = cache.get(_key(sha256_hash))
        if stored is None:
            raise PersistedQueryNotFound
        return stored, sha256_hash
    if hashlib.sha256(query.encode("utf-8", "surrogatepass")).hexdigest() != sha256_hash:
        raise PersistedQueryError("provided sha does not match query")
    return query, sha256_hash


def remember_query(*, sha256_hash, query):
    """Store a query (already checked against its hash and validated) under its hash."""
    cache.set(_key(sha256_hash), query, timeout=settings.GRAPHQL_PERSISTED_QUERY_SECONDS)
