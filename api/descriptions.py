"""Descriptions of the schema's fields from the models' own words: a field of a page or
snippet type left without a description gets its model field's verbose name and help text
(in English), so that every field of schema.graphql says what it holds."""

from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from django.utils.text import capfirst
from graphql import GraphQLInterfaceType, GraphQLObjectType
from wagtail.models import Page

from api.types import PAGE_TYPES, SNIPPET_TYPES

# Fields every page has, from Wagtail's Page model.
SHARED = {"Page": Page, "GenericPage": Page}


def _snake(name):
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _model_text(model, name):
    try:
        field = model._meta.get_field(_snake(name))
    except FieldDoesNotExist:
        return None
    if not hasattr(field, "verbose_name"):  # a reverse relation
        return None
    text = capfirst(str(field.verbose_name))
    help_text = str(field.help_text or "")
    return f"{text}: {help_text}" if help_text else text


def describe_from_models(graphql_schema):
    """Fill missing field descriptions of the registered types from their models."""
    types = {t._meta.name: model for model, t in {**PAGE_TYPES, **SNIPPET_TYPES}.items()}
    with translation.override("en"):
        for type_name, model in {**SHARED, **types}.items():
            graphql_type = graphql_schema.type_map.get(type_name)
            if not isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType):
                continue
            for name, field in graphql_type.fields.items():
                if not field.description:
                    field.description = _model_text(model, name)
    return graphql_schema
