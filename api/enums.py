"""GraphQL enums built from the apps' Django choices (each app's choices.py stays the one
source of truth) and the enums of the API itself."""

import graphene
from django.utils import translation


def choices_enum(choices, *, description, name=None):
    """A graphene Enum of the Django TextChoices `choices`: names as in choices.py
    (PLENARY), values as stored ("plenary"); each value described by its English label.
    Resolvers may return the stored value; arguments arrive as the choices member (a str)."""

    def describe(member):
        if member is None:
            return description
        with translation.override("en"):
            return str(member.label)

    return graphene.Enum.from_enum(choices, name=name, description=describe)


def described_enum(name, values, *, description):
    """A graphene Enum from [(NAME, value, description)]."""
    descriptions = {value: text for _, value, text in values}

    def describe(member):
        return description if member is None else descriptions[member.value]

    return graphene.Enum(
        name, [(enum_name, value) for enum_name, value, _ in values], description=describe
    )


class OrderDirection(graphene.Enum):
    """Sort direction of a list's `orderBy`."""

    ASC = "asc"
    DESC = "desc"

    @property
    def description(self):
        return {"asc": "Ascending: A to Z, oldest first, smallest first", "desc": "Descending"}[
            self.value
        ]


def value_of(member):
    """The stored value of an enum argument (graphene passes the member), or None."""
    return getattr(member, "value", member)
