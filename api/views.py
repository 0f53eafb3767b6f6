"""The /graphql/ endpoint: graphene-django's view with request limits and clear 400s.

GET and POST (JSON, a JSON array batch, or application/graphql); GraphiQL for browsers."""

import json
import logging
import uuid
from dataclasses import dataclass, replace

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed
from django.http.request import RawPostDataException
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
)

from api import cache, persisted
from api.errors import HTTP_CODES, QUERY_TOO_DEEP, coded_error, with_code
from api.limits import (
    Limits,
    count_selections,
    count_tokens,
    parse_limited,
    query_size_error,
    selections_error,
    validate_limited,
)
from api.request_input import bad_request, has_lone_surrogate, load_json

logger = logging.getLogger(__name__)

JSON_TYPES = ("application/json",)
GRAPHQL_TYPES = ("application/graphql", "application/graphql+json")
INTERNAL_ERROR = "Internal error"


@dataclass(frozen=True)
class Outcome:
    body: str
    status: int = 200
    cacheable: bool = False


@dataclass
class Operation:
    """One operation of a request, its parameters checked and its persisted query resolved."""

    query: str
    variables: dict | None
    operation_name: str | None
    sha256_hash: str | None
    limits: Limits
    # Tokens this operation may use: fewer than the limit in a batch, whose operations share it.
    max_tokens: int | None = None
    _parsed: tuple | None = None

    def parsed(self):
        """(document, None) or (None, the GraphQLError of a syntax error); parsed once."""
        if self._parsed is None:
            limits = self.limits
            if self.max_tokens is not None:
                limits = replace(limits, max_tokens=self.max_tokens)
            try:
                self._parsed = parse_limited(query=self.query, limits=limits), None
            except GraphQLError as error:
                self._parsed = None, error
            except RecursionError:
                self._parsed = None, coded_error("Query is nested too deeply.", QUERY_TOO_DEEP)
        return self._parsed

    def selections(self):
        document, _ = self.parsed()
        return count_selections(document=document) if document is not None else 0


def is_internal(error):
    """Whether a GraphQL error from execution comes from an unexpected exception (a database
    error, a bug) rather than a GraphQLError raised on purpose: its text stays in the log.

    Errors without a path come from parsing, validation or coercing the variables: graphql-core
    words them about the request itself."""
    original = error.original_error
    return (
        error.path is not None and original is not None and not isinstance(original, GraphQLError)
    )


class APIView(GraphQLView):
    """One request: parse the body, run each operation with limits, answer JSON.

    Every answer carries an X-Request-ID header; internal errors reach the client as
    "Internal error" with that id, and the log with their details under the same id."""

    request_id = ""

    def dispatch(self, request, *args, **kwargs):
        self.request_id = uuid.uuid4().hex
        response = self.answer(request, *args, **kwargs)
        response["X-Request-ID"] = self.request_id
        return response

    def answer(self, request, *args, **kwargs):
        # No ensure_csrf_cookie (unlike the parent): JSON answers must set no cookie.
        if request.method == "GET" and self.graphiql and self.request_wants_html(request):
            if "raw" not in request.GET:
                return super().dispatch(request, *args, **kwargs)
        try:
            if request.method not in ("GET", "POST"):
                raise HttpError(
                    HttpResponseNotAllowed(["GET", "POST"]),
                    "GraphQL only supports GET and POST requests.",
                )
            data = self.parse_body(request)
            if isinstance(data, list):
                return self.batch_response(request, data)
            outcome = self.run_operation(request, data)
        except HttpError as error:
            status = error.response.status_code
            code = getattr(error, "code", None) or HTTP_CODES.get(status, "BAD_REQUEST")
            message = {"message": error.message, "extensions": {"code": code}}
            response = self.error_response(message, status=status)
            if status == 405:
                response["Allow"] = error.response["Allow"]
            return response
        except Exception:
            logger.exception("GraphQL request failed [request %s]", self.request_id)
            return self.error_response(self.internal_error(), status=500)
        response = HttpResponse(
            outcome.body, status=outcome.status, content_type="application/json"
        )
        return cache.apply_http_caching(
            request=request, response=response, cacheable=outcome.cacheable
        )

    def error_response(self, error, *, status):
        body = json.dumps({"errors": [error]})
        response = HttpResponse(body, status=status, content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response

    def internal_error(self):
        """The formatted error a client sees in place of an internal one."""
        return {
            "message": INTERNAL_ERROR,
            "extensions": {"code": "INTERNAL_ERROR", "requestId": self.request_id},
        }

    def batch_response(self, request, entries):
        limit = settings.GRAPHQL_MAX_BATCH
        if not entries:
            raise bad_request("Received an empty batch.")
        if len(entries) > limit:
            raise bad_request(f"Batch of {len(entries)} operations; the maximum is {limit}.")
        if not all(isinstance(entry, dict) for entry in entries):
            raise bad_request("Each operation in a batch must be a JSON object.")
        operations = [self.prepare_operation(request, entry) for entry in entries]
        # Selections count for the batch as a whole, before any operation runs.
        prepared = [op for op in operations if isinstance(op, Operation)]
        # So are tokens: each operation is parsed within what the ones before it left, so a
        # batch costs at most one document's parsing however many operations it holds.
        budget = prepared[0].limits.max_tokens if prepared else 0
        for op in prepared:
            op.max_tokens = max(budget, 1)
            document, error = op.parsed()
            if document is None and budget < op.limits.max_tokens and "tokens" in error.message:
                raise bad_request(
                    f"Batch has more than {op.limits.max_tokens} tokens in all.",
                    code="TOO_MANY_TOKENS",
                )
            budget -= count_tokens(document=document)
        if prepared:
            total = sum(op.selections() for op in prepared)
            too_many = selections_error(count=total, limits=prepared[0].limits, batch=True)
            if too_many:
                raise bad_request(too_many, code="TOO_MANY_SELECTIONS")
        results = [
            self.answer_operation(request, op) if isinstance(op, Operation) else op
            for op in operations
        ]
        body = "[" + ",".join(outcome.body for outcome in results) + "]"
        response = HttpResponse(body, status=200, content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response

    def parse_body(self, request):
        """The request's operation (a dict) or batch (a list); GET takes URL parameters."""
        if request.method == "GET":
            return {}
        length = request.META.get("CONTENT_LENGTH") or "0"
        limit = settings.GRAPHQL_MAX_BODY_BYTES
        if not length.isdigit() or int(length) > limit:
            raise bad_request(f"Request body is larger than {limit} bytes.", status=413)
        try:
            raw = request.body
        except RawPostDataException:  # pragma: no cover - body already read as a form
            raise bad_request("Could not read the request body.") from None
        if len(raw) > limit:
            raise bad_request(f"Request body is larger than {limit} bytes.", status=413)
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_request("Request body is not valid UTF-8.") from None
        content_type = self.get_content_type(request)
        if content_type in GRAPHQL_TYPES:
            return {"query": body}
        if content_type not in JSON_TYPES:
            raise bad_request(
                f"Unsupported Content-Type '{content_type}': "
                "send application/json or application/graphql."
            )
        data = load_json(body, what="Request body")
        if not isinstance(data, dict | list):
            raise bad_request("Request body must be a JSON object (or an array for a batch).")
        return data

    def operation_params(self, request, data):
        """(query, variables, operation name, extensions), checked for their JSON types and
        for lone surrogates."""

        def param(name):
            value = request.GET.get(name) if request.method == "GET" else data.get(name)
            if isinstance(value, str) and name in ("variables", "extensions"):
                value = load_json(value, what=f"'{name}'") if value.strip() else None
            return value

        query, variables = param("query"), param("variables")
        operation_name, extensions = param("operationName"), param("extensions")
        if operation_name in ("", "null"):
            operation_name = None
        for name, value, kind, label in (
            ("query", query, str, "a string"),
            ("variables", variables, dict, "a JSON object"),
            ("operationName", operation_name, str, "a string"),
            ("extensions", extensions, dict, "a JSON object"),
        ):
            if value is not None and not isinstance(value, kind):
                raise bad_request(f"'{name}' must be {label}.")
            if value is not None and has_lone_surrogate(value):
                raise bad_request(
                    f"'{name}' contains a lone UTF-16 surrogate: it is not valid Unicode."
                )
        return query, variables, operation_name, extensions

    def prepare_operation(self, request, data):
        """An Operation to run, or the Outcome already known (persisted query not found)."""
        query, variables, operation_name, extensions = self.operation_params(request, data)
        try:
            query, sha256_hash = persisted.resolve_persisted_query(
                query=query, extensions=extensions
            )
        except persisted.PersistedQueryNotFound:
            return Outcome(persisted.NOT_FOUND_BODY)
        except persisted.PersistedQueryError as error:
            raise bad_request(str(error), code="PERSISTED_QUERY_INVALID") from None
        if not query or not query.strip():
            raise bad_request("Must provide a query string.")
        limits = Limits.from_settings()
        too_large = query_size_error(query=query, limits=limits)
        if too_large:
            raise bad_request(too_large, status=413)
        return Operation(query, variables, operation_name, sha256_hash, limits)

    def run_operation(self, request, data):
        """The Outcome of one operation: from the response cache, or run and cached."""
        operation = self.prepare_operation(request, data)
        if isinstance(operation, Outcome):
            return operation
        return self.answer_operation(request, operation)

    def answer_operation(self, request, operation):
        key = cache.response_key(
            schema=self.schema,
            query=operation.query,
            variables=operation.variables,
            operation_name=operation.operation_name,
            request=request,
        )
        hit = cache.operation_hit_key(
            schema=self.schema,
            query=operation.query,
            variables=operation.variables,
            operation_name=operation.operation_name,
            request=request,
        )
        body = cache.cached_response(key=key)
        if body is not None:
            if request.method == "GET":  # the next one is answered before the middleware
                cache.store_response(key=key, body=body, hit=hit)
            # Only error-free answers are cached, so the query is valid: register its hash
            # (checked against it) as a miss would.
            if operation.sha256_hash:
                persisted.remember_query(sha256_hash=operation.sha256_hash, query=operation.query)
            return Outcome(body, cacheable=True)
        result, is_query = self.execute_operation(request, operation)
        body, status = self.encode_result(result)
        if operation.sha256_hash and status == 200:
            persisted.remember_query(sha256_hash=operation.sha256_hash, query=operation.query)
        cacheable = is_query and not result.errors and not cache.is_uncacheable(request=request)
        if cacheable:
            cache.store_response(key=key, body=body, hit=hit)
        return Outcome(body, status, cacheable)

    def execute_operation(self, request, operation):
        """(ExecutionResult, whether it ran a query operation)."""
        schema = self.schema.graphql_schema
        variables, operation_name = operation.variables, operation.operation_name
        document, syntax_error = operation.parsed()
        if syntax_error is not None:
            return ExecutionResult(errors=[syntax_error]), False
        too_many = selections_error(
            count=count_selections(document=document), limits=operation.limits
        )
        if too_many:
            raise bad_request(too_many, code="TOO_MANY_SELECTIONS")
        ast = get_operation_ast(document, operation_name)
        if request.method == "GET" and ast is not None and ast.operation != OperationType.QUERY:
            raise HttpError(
                HttpResponseNotAllowed(["POST"]),
                f"Can only perform a {ast.operation.value} operation from a POST request.",
            )
        try:
            errors = validate_limited(
                schema=schema,
                document=document,
                variables=variables,
                limits=operation.limits,
                max_errors=graphene_settings.MAX_VALIDATION_ERRORS,
            )
        except RecursionError:
            errors = [coded_error("Query is nested too deeply.", QUERY_TOO_DEEP)]
        if errors:
            return ExecutionResult(errors=errors), False
        is_query = ast is not None and ast.operation == OperationType.QUERY
        try:
            result = execute(
                schema,
                document,
                root_value=self.get_root_value(request),
                context_value=self.get_context(request),
                variable_values=variables,
                operation_name=operation_name,
                middleware=self.get_middleware(request),
                execution_context_class=self.execution_context_class,
            )
        except Exception:  # a bug, not the client's fault, but answer in GraphQL
            logger.exception("GraphQL execution failed [request %s]", self.request_id)
            error = GraphQLError(INTERNAL_ERROR, extensions=self.internal_error()["extensions"])
            return ExecutionResult(errors=[error]), False
        return result, is_query

    def encode_result(self, result):
        """(JSON body, status): 400 and no data if the request itself was invalid."""
        response = {}
        status = 200
        if result.errors:
            response["errors"] = [self.format_result_error(error) for error in result.errors]
        if result.errors and any(not error.path for error in result.errors):
            status = 400
        else:
            response["data"] = result.data
        return json.dumps(response, separators=(",", ":")), status

    def format_result_error(self, error):
        """The error as the client sees it: internal ones logged and replaced."""
        formatted = self.format_error(error)
        if is_internal(error):
            original = error.original_error
            logger.error(
                "GraphQL field %s failed [request %s]",
                ".".join(str(part) for part in error.path),
                self.request_id,
                exc_info=(type(original), original, original.__traceback__),
            )
            formatted = {key: formatted[key] for key in ("locations", "path") if key in formatted}
            formatted = {**self.internal_error(), **formatted}
        return with_code(formatted, error)
