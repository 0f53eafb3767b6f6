"""Query limits: size before parsing, tokens while parsing, selections before validating;
depth, cost, page size and aliases as validation rules.

Validation of a document can take time quadratic in its number of selections (graphql-core's
OverlappingFieldsCanBeMergedRule), so the token and selection limits bound that work before
it starts. The rules are graphql-core `ValidationRule`s bound to the request's variables by
`limit_rules()`, and run after graphql-core's own rules."""

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from graphql import GraphQLError, ValidationRule, parse, specified_rules, validate
from graphql.language import (
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    TokenKind,
    VariableNode,
)
from graphql.type import (
    SchemaMetaFieldDef,
    TypeMetaFieldDef,
    get_named_type,
    get_nullable_type,
    is_list_type,
)

PAGE_SIZE_ARGUMENTS = ("first", "last", "limit")


@dataclass(frozen=True)
class Limits:
    max_depth: int = 10
    max_cost: int = 50_000
    max_page_size: int = 100
    default_list_size: int = 10
    max_aliases: int = 30
    max_query_bytes: int = 10_000
    # Tokens of one document (comments are limited to as many): GraphiQL's full
    # introspection query has about 200.
    max_tokens: int = 2_000
    # Fields, inline fragments and fragment spreads of a request (a batch as a whole).
    max_selections: int = 300
    # Introspection (schema data, no database) costs a quarter: GraphiQL's full
    # introspection query costs about 50 000 by the list rule.
    introspection_cost_divisor: int = 4

    @classmethod
    def from_settings(cls):
        return cls(
            max_depth=settings.GRAPHQL_MAX_DEPTH,
            max_cost=settings.GRAPHQL_MAX_COST,
            max_page_size=settings.GRAPHQL_MAX_PAGE_SIZE,
            default_list_size=settings.GRAPHQL_DEFAULT_LIST_SIZE,
            max_aliases=settings.GRAPHQL_MAX_ALIASES,
            max_query_bytes=settings.GRAPHQL_MAX_QUERY_BYTES,
            max_tokens=getattr(settings, "GRAPHQL_MAX_TOKENS", cls.max_tokens),
            max_selections=getattr(settings, "GRAPHQL_MAX_SELECTIONS", cls.max_selections),
        )


def query_size_error(*, query, limits):
    """An error message if `query` is larger than allowed, checked before parsing; else None."""
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > limits.max_query_bytes:
        return f"Query is {size} bytes; the maximum is {limits.max_query_bytes} bytes."
    return None


def parse_limited(*, query, limits):
    """The document of `query`; a GraphQLError (syntax) past `max_tokens` tokens."""
    return parse(query, max_lexical_tokens=limits.max_tokens, max_comments=limits.max_tokens)


def count_tokens(*, document):
    """How many lexical tokens `document` was parsed from (0 for None)."""
    if document is None or document.loc is None:
        return 0
    count, token = 0, document.loc.start_token
    while token is not None and token is not document.loc.end_token:
        count, token = count + 1, token.next
    return count + 1


def count_selections(*, document):
    """How many fields, inline fragments and fragment spreads `document` has (no recursion)."""
    count = 0
    pending = [
        definition.selection_set
        for definition in document.definitions
        if getattr(definition, "selection_set", None) is not None
    ]
    while pending:
        selections = pending.pop().selections
        count += len(selections)
        pending.extend(s.selection_set for s in selections if getattr(s, "selection_set", None))
    return count


def selections_error(*, count, limits, batch=False):
    """An error message if `count` selections are too many for one request; else None."""
    if count <= limits.max_selections:
        return None
    return (
        f"{'Batch' if batch else 'Query'} has {count} selections "
        f"(fields, fragments and fragment spreads); the maximum is {limits.max_selections}."
    )


_validated = OrderedDict()  # keys of documents that passed validation, oldest first
_validated_lock = threading.Lock()
VALIDATED_LIMIT = 1024


def _validation_key(*, schema, document, variables, limits):
    """What validation depends on: the document's tokens (comments and layout aside, so
    queries written differently but parsed alike share it), the variables (page sizes
    count in the cost) and the limits. None for a document without tokens."""
    if document.loc is None:
        return None
    digest = hashlib.sha256()
    token = document.loc.start_token
    while token is not None:
        if token.kind is not TokenKind.COMMENT:
            digest.update(f"{token.kind.value}\x00{token.value}\x01".encode())
        token = token.next
    digest.update(json.dumps(variables or {}, sort_keys=True).encode())
    return schema, digest.hexdigest(), limits


def validate_limited(*, schema, document, variables, limits, max_errors=None):
    """graphql-core's `validate` with `limit_rules`; a document that passed once with the
    same variables and limits passes again without being walked (this process remembers
    the last VALIDATED_LIMIT of them)."""
    key = _validation_key(schema=schema, document=document, variables=variables, limits=limits)
    if key is not None:
        with _validated_lock:
            if key in _validated:
                _validated.move_to_end(key)
                return []
    errors = validate(schema, document, limit_rules(variables=variables, limits=limits), max_errors)
    if not errors and key is not None:
        with _validated_lock:
            _validated[key] = True
            if len(_validated) > VALIDATED_LIMIT:
                _validated.popitem(last=False)
    return errors


def limit_rules(*, variables, limits):
    """graphql-core's rules plus ours, bound to this request's variables and limits."""
    bound = {"variables": variables or {}, "limits": limits}
    ours = [type(rule.__name__, (rule,), bound) for rule in (PageSizeRule, AliasRule, CostRule)]
    return [*specified_rules, *ours]


def page_size(*, field, variables):
    """The page size a field asks for (`first`, `last` or `limit`), or None."""
    for argument in field.arguments:
        if argument.name.value not in PAGE_SIZE_ARGUMENTS:
            continue
        value = argument.value
        if isinstance(value, VariableNode):
            value = variables.get(value.name.value)
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, IntValueNode):
            try:
                return int(value.value)
            except ValueError:
                return None
    return None


class _BoundRule(ValidationRule):
    variables: dict = {}
    limits: Limits = Limits()

    def error(self, message, *, code, node=None):
        self.report_error(GraphQLError(message, node, extensions={"code": code}))


class PageSizeRule(_BoundRule):
    """A list or connection may not ask for more than `max_page_size` items."""

    def enter_field(self, node, *_):
        size = page_size(field=node, variables=self.variables)
        if size is not None and size > self.limits.max_page_size:
            self.error(
                f"Field '{node.name.value}' asks for {size} items; "
                f"the maximum page size is {self.limits.max_page_size}.",
                code="PAGE_SIZE_EXCEEDED",
                node=node,
            )


class AliasRule(_BoundRule):
    """At most `max_aliases` aliased fields in a document."""

    def enter_document(self, *_):
        self.count = 0

    def enter_field(self, node, *_):
        if node.alias:
            self.count += 1

    def leave_document(self, *_):
        if self.count > self.limits.max_aliases:
            self.error(
                f"Query uses {self.count} aliases; the maximum is {self.limits.max_aliases}.",
                code="TOO_MANY_ALIASES",
            )


class CostRule(_BoundRule):
    """Maximum depth and cost of each operation.

    Depth counts nested fields; introspection (`__schema`, `__type`) does not add depth so
    GraphiQL works, and costs a quarter. Cost: every field costs 1, and a list field multiplies
    the cost of its selection by its `first`/`last`/`limit` argument, else by the default
    list size. A connection field (one taking `first`) multiplies, its `edges`/`nodes` do not.
    Fragments are measured once each, so repeated spreads cannot make validation slow."""

    def enter_document(self, node, *_):
        self.fragments = {}

    def enter_operation_definition(self, node, *_):
        root = self.context.schema.get_root_type(node.operation)
        if root is None:
            return
        depth, cost = self.measure(node.selection_set, root, introspection=False, seen=())
        name = f"Operation '{node.name.value}'" if node.name else "Query"
        if depth > self.limits.max_depth:
            self.error(
                f"{name} is {depth} levels deep; the maximum depth is {self.limits.max_depth}.",
                code="QUERY_TOO_DEEP",
                node=node,
            )
        if cost > self.limits.max_cost:
            self.error(
                f"{name} costs {cost}; the maximum cost is {self.limits.max_cost}. "
                "Ask for smaller pages (first: N) or fewer nested lists.",
                code="QUERY_TOO_COSTLY",
                node=node,
            )

    def measure(self, selection_set, parent_type, *, introspection, seen):
        """(depth, cost) of a selection set below a field of `parent_type`."""
        depth = cost = 0
        if selection_set is None:
            return depth, cost
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                d, c = self.measure_field(selection, parent_type, introspection, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                type_ = self.context.schema.get_type(condition.name.value) if condition else None
                d, c = self.measure(
                    selection.selection_set,
                    type_ or parent_type,
                    introspection=introspection,
                    seen=seen,
                )
            elif isinstance(selection, FragmentSpreadNode):
                d, c = self.measure_fragment(selection.name.value, introspection, seen)
            else:
                continue
            depth = max(depth, d)
            cost += c
        return depth, cost

    def measure_fragment(self, name, introspection, seen):
        key = (name, introspection)
        if key not in self.fragments:
            fragment = self.context.get_fragment(name)
            if fragment is None or name in seen:  # unknown or cyclic: reported by other rules
                return 0, 0
            type_ = self.context.schema.get_type(fragment.type_condition.name.value)
            self.fragments[key] = self.measure(
                fragment.selection_set, type_, introspection=introspection, seen=(*seen, name)
            )
        return self.fragments[key]

    def measure_field(self, node, parent_type, introspection, seen):
        name = node.name.value
        entering = not introspection and name in ("__schema", "__type")
        introspection = introspection or entering
        definition = field_definition(parent_type, name)
        if definition is None:
            return (0 if introspection else 1), 1
        child_type = get_named_type(definition.type)
        depth, cost = self.measure(
            node.selection_set, child_type, introspection=introspection, seen=seen
        )
        if entering:
            cost = -(-cost // self.limits.introspection_cost_divisor)
        return depth + (0 if introspection else 1), 1 + self.multiplier(
            node, definition, parent_type
        ) * cost

    def multiplier(self, node, definition, parent_type):
        size = page_size(field=node, variables=self.variables)
        paginated = any(name in definition.args for name in PAGE_SIZE_ARGUMENTS)
        in_connection = node.name.value in ("edges", "nodes") and getattr(
            parent_type, "name", ""
        ).endswith("Connection")
        if in_connection:
            return 1
        if paginated or is_list_type(get_nullable_type(definition.type)):
            return max(size if size is not None else self.limits.default_list_size, 0)
        return 1


def field_definition(parent_type, name):
    """The schema definition of field `name` on `parent_type`, introspection included."""
    if name == "__schema":
        return SchemaMetaFieldDef
    if name == "__type":
        return TypeMetaFieldDef
    fields = getattr(parent_type, "fields", None)
    return fields.get(name) if fields else None
