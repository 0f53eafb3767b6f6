"""The /graphql/ endpoint: graphene-django's view with request limits and clear 400s.

GET and POST (JSON, a JSON array batch, or application/graphql); GraphiQL for browsers."""

import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from django.http.request import RawPostDataException
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    validate,
)

from api import cache, persisted
from api.limits import Limits, limit_rules, query_size_error

logger = logging.getLogger(__name__)

JSON_TYPES = ("application/json",)
GRAPHQL_TYPES = ("application/graphql", "application/graphql+json")


@dataclass(frozen=True)
class Outcome:
    body: str
    status: int = 200
    cacheable: bool = False


def bad_request(message, status=400):
    response = HttpResponseBadRequest(message)
    response.status_code = status
    return HttpError(response, message)


class APIView(GraphQLView):
    """One request: parse the body, run each operation with limits, answer JSON."""

    def dispatch(self, request, *args, **kwargs):
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
            body = json.dumps({"errors": [{"message": error.message}]})
            status = error.response.status_code
            response = HttpResponse(body, status=status, content_type="application/json")
            if status == 405:
                response["Allow"] = error.response["Allow"]
            response["Cache-Control"] = "no-store"
            return response
        response = HttpResponse(
            outcome.body, status=outcome.status, content_type="application/json"
        )
        return cache.apply_http_caching(
            request=request, response=response, cacheable=outcome.cacheable
        )

    def batch_response(self, request, entries):
        limit = settings.GRAPHQL_MAX_BATCH
        if not entries:
            raise bad_request("Received an empty batch.")
        if len(entries) > limit:
            raise bad_request(f"Batch of {len(entries)} operations; the maximum is {limit}.")
        if not all(isinstance(entry, dict) for entry in entries):
            raise bad_request("Each operation in a batch must be a JSON object.")
        results = [self.run_operation(request, entry) for entry in entries]
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
        try:
            data = json.loads(body)
        except ValueError:
            raise bad_request("Request body is not valid JSON.") from None
        if not isinstance(data, dict | list):
            raise bad_request("Request body must be a JSON object (or an array for a batch).")
        return data

    def operation_params(self, request, data):
        """(query, variables, operation name, extensions), checked for their JSON types."""

        def param(name):
            value = request.GET.get(name) if request.method == "GET" else data.get(name)
            if isinstance(value, str) and name in ("variables", "extensions"):
                try:
                    value = json.loads(value) if value.strip() else None
                except ValueError:
                    raise bad_request(f"'{name}' is not valid JSON.") from None
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
        return query, variables, operation_name, extensions

    def run_operation(self, request, data):
        """The Outcome of one operation: from the response cache, or run and cached."""
        query, variables, operation_name, extensions = self.operation_params(request, data)
        try:
            query, sha256_hash = persisted.resolve_persisted_query(
                query=query, extensions=extensions
            )
        except persisted.PersistedQueryNotFound:
            return Outcome(persisted.NOT_FOUND_BODY)
        except persisted.PersistedQueryError as error:
            raise bad_request(str(error)) from None
        if not query or not query.strip():
            raise bad_request("Must provide a query string.")
        limits = Limits.from_settings()
        too_large = query_size_error(query=query, limits=limits)
        if too_large:
            raise bad_request(too_large, status=413)
        key = cache.response_key(
            schema=self.schema,
            query=query,
            variables=variables,
            operation_name=operation_name,
            request=request,
        )
        body = cache.cached_response(key=key)
        if body is not None:
            return Outcome(body, cacheable=True)
        result, is_query = self.execute_operation(
            request, query=query, variables=variables, operation_name=operation_name, limits=limits
        )
        body, status = self.encode_result(result)
        if sha256_hash and status == 200:
            persisted.remember_query(sha256_hash=sha256_hash, query=query)
        cacheable = is_query and not result.errors and not cache.is_uncacheable(request=request)
        if cacheable:
            cache.store_response(key=key, body=body)
        return Outcome(body, status, cacheable)

    def execute_operation(self, request, *, query, variables, operation_name, limits):
        """(ExecutionResult, whether it ran a query operation)."""
        schema = self.schema.graphql_schema
        try:
            document = parse(query)
        except GraphQLError as error:
            return ExecutionResult(errors=[error]), False
        except RecursionError:
            return ExecutionResult(errors=[GraphQLError("Query is nested too deeply.")]), False
        operation = get_operation_ast(document, operation_name)
        if (
            request.method == "GET"
            and operation is not None
            and operation.operation != OperationType.QUERY
        ):
            raise HttpError(
                HttpResponseNotAllowed(["POST"]),
                f"Can only perform a {operation.operation.value} operation from a POST request.",
            )
        try:
            errors = validate(
                schema,
                document,
                limit_rules(variables=variables, limits=limits),
                graphene_settings.MAX_VALIDATION_ERRORS,
            )
        except RecursionError:
            errors = [GraphQLError("Query is nested too deeply.")]
        if errors:
            return ExecutionResult(errors=errors), False
        is_query = operation is not None and operation.operation == OperationType.QUERY
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
        except Exception as error:  # a bug, not the client's fault, but answer in GraphQL
            logger.exception("GraphQL execution failed")
            error = GraphQLError(f"Internal error: {type(error).__name__}")
            return ExecutionResult(errors=[error]), False
        return result, is_query

    def encode_result(self, result):
        """(JSON body, status): 400 and no data if the request itself was invalid."""
        response = {}
        status = 200
        if result.errors:
            response["errors"] = [self.format_error(error) for error in result.errors]
        if result.errors and any(not error.path for error in result.errors):
            status = 400
        else:
            response["data"] = result.data
        return json.dumps(response, separators=(",", ":")), status
