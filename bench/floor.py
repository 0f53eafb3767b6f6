"""The floor: graphql-core executing a response's own shape over plain dicts in memory.

From a response's `data` it derives a schema (every leaf a pass-through scalar, lists and
objects as they appear) and a query selecting every field, then times `graphql_sync` over the
same dicts plus `json.dumps`: what any GraphQL server on graphql-core pays for that response
with no database, no models and no resolvers of its own."""

import json

from graphql import (
    GraphQLField,
    GraphQLList,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    graphql_sync,
)

ANY = GraphQLScalarType("Any", serialize=lambda value: value)


def _shape(samples):
    """{key: None (leaf) | ("object", shape) | ("list", shape or None)} over dict samples."""
    shape = {}
    for key in dict.fromkeys(k for sample in samples for k in sample):
        values = [s[key] for s in samples if s.get(key) is not None]
        objects = [v for v in values if isinstance(v, dict)]
        lists = [v for v in values if isinstance(v, list)]
        if objects:
            shape[key] = ("object", _shape(objects))
        elif lists:
            items = [i for value in lists for i in value]
            dicts = [i for i in items if isinstance(i, dict)]
            shape[key] = ("list", _shape(dicts) if dicts else None)
        else:
            shape[key] = None
    return shape


def _type(name, shape):
    def fields():
        out = {}
        for key, spec in shape.items():
            if spec is None:
                out[key] = GraphQLField(ANY)
            elif spec[0] == "object":
                out[key] = GraphQLField(_type(f"{name}_{key}", spec[1]))
            elif spec[1] is None:
                out[key] = GraphQLField(GraphQLList(ANY))
            else:
                out[key] = GraphQLField(GraphQLList(_type(f"{name}_{key}", spec[1])))
        return out

    return GraphQLObjectType(name, fields)


def _selection(shape):
    parts = []
    for key, spec in shape.items():
        inner = spec and spec[1]
        parts.append(f"{key} {{ {_selection(inner)} }}" if inner else key)
    return " ".join(parts)


class Floor:
    """`Floor(data)()` returns the JSON bytes graphql-core builds from `data`."""

    def __init__(self, data):
        shape = _shape([data])
        self.schema = GraphQLSchema(_type("Query", shape))
        self.query = "{ " + _selection(shape) + " }"
        self.data = data

    def __call__(self):
        result = graphql_sync(self.schema, self.query, root_value=self.data)
        if result.errors:
            raise RuntimeError(result.errors[0].message)
        return json.dumps({"data": result.data}, separators=(",", ":")).encode()
