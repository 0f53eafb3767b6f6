"""Errors a client can act on: every GraphQL error carries `extensions.code`.

Resolvers raise `coded_error(message, code)`; errors graphql-core makes itself (syntax,
validation, coercing variables, an unknown enum value) get a code from `default_code` when
the view formats them. The codes are listed in docs/api.md ("Errors")."""

from graphql import GraphQLError

from core.pagination import InvalidCursor

# Codes of errors the resolvers raise on purpose.
BAD_USER_INPUT = "BAD_USER_INPUT"
UNKNOWN_LOCALE = "UNKNOWN_LOCALE"
IMAGE_SIZE_NOT_ALLOWED = "IMAGE_SIZE_NOT_ALLOWED"
INVALID_CURSOR = "INVALID_CURSOR"
INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
QUERY_TOO_LONG = "QUERY_TOO_LONG"
UNKNOWN_PAGE_TYPE = "UNKNOWN_PAGE_TYPE"
UNKNOWN_COUNTRY = "UNKNOWN_COUNTRY"
UNKNOWN_REGION = "UNKNOWN_REGION"
AMBIGUOUS_SLUG = "AMBIGUOUS_SLUG"
NOT_FOUND = "NOT_FOUND"
QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
# Codes of errors graphql-core raises before anything runs.
GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
# Codes of answers refused at the HTTP level, by status.
HTTP_CODES = {
    400: "BAD_REQUEST",
    405: "METHOD_NOT_ALLOWED",
    413: "PAYLOAD_TOO_LARGE",
    429: "RATE_LIMITED",
}


def coded_error(message, code, **extensions):
    """A GraphQLError whose `extensions.code` is `code` (one of the constants above)."""
    return GraphQLError(message, extensions={"code": code, **extensions})


def pagination_error(error):
    """The GraphQL error of a core.pagination.PaginationError."""
    code = INVALID_CURSOR if isinstance(error, InvalidCursor) else INVALID_PAGE_SIZE
    return coded_error(str(error), code)


def default_code(error):
    """The code of a GraphQLError raised without one: syntax and validation errors (an
    unknown field, argument or enum value, a variable of the wrong type) have no path."""
    if error.path is None:
        if error.message.startswith("Syntax Error"):
            return GRAPHQL_PARSE_FAILED
        return GRAPHQL_VALIDATION_FAILED
    return BAD_USER_INPUT


def with_code(formatted, error):
    """The formatted error dict with `extensions.code` filled in when it has none."""
    extensions = dict(formatted.get("extensions") or {})
    extensions.setdefault("code", default_code(error))
    return {**formatted, "extensions": extensions}
