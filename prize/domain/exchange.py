"""Import and export of a prize edition's entries, as CSV or XLSX, in the edition's language
(core/exchange.py runs the import, core/tabular.py reads and writes).

A row's key is the entry's slug within the edition (translations keep their source's
slug); its category and nomination are named by slug or title in the edition's language.
Moving an entry to another nomination is done in the admin (the row says so). Choices are
written as codes and read as codes or names; amounts in roubles, spaces allowed."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from core.exchange import PageKind, add_page, latest_version, reference
from core.roles import MODERATORS, PRIZE_EDITORS
from core.tabular import Column
from prize.choices import ApplicantType, EntryStatus, EntryType, WorldRegion
from prize.models import CategoryPage, EntryPage, NominationPage

STEP = EntryPage.steplen
CHOICES = {
    "applicant_type": ApplicantType,
    "entry_type": EntryType,
    "world_region": WorldRegion,
    "status": EntryStatus,
}
TEXTS = {"organisation": 250, "region": 120, "country": 80, "summary": None}
CODES = ("region_code", "country_code")
NUMBERS = ("place", "grant_amount")


def _codes(choices):
    return format_lazy(gettext_lazy("One of: {codes}"), codes=", ".join(choices))


ENTRY_COLUMNS = [
    Column(
        "key",
        gettext_lazy(
            "The entry's slug within the edition, the same in every language; empty: made "
            "from the title. Rows are matched by it, so importing the same file again changes "
            "nothing."
        ),
    ),
    Column("title", gettext_lazy("The project's name"), required=True),
    Column("category", gettext_lazy("The category's slug or title"), required=True),
    Column("nomination", gettext_lazy("The nomination's slug or title within the category"), True),
    Column("organisation", gettext_lazy("Organisation or person")),
    Column("applicant_type", _codes(ApplicantType)),
    Column("entry_type", _codes(EntryType)),
    Column("world_region", _codes(WorldRegion)),
    Column("region", gettext_lazy("Russian region as written")),
    Column("region_code", gettext_lazy("Federal subject code: RU-PER")),
    Column("country", gettext_lazy("Country as written")),
    Column("country_code", gettext_lazy("Country code (ISO 3166): KZ")),
    Column("summary", gettext_lazy("Summary")),
    Column("status", _codes(EntryStatus)),
    Column("place", gettext_lazy("Place: finalists, laureates and winners only")),
    Column("grant_amount", gettext_lazy("Grant amount in roubles")),
]


def _by_name(objects):
    index = {}
    for obj in objects:
        for name in (obj.slug, obj.title):
            index.setdefault(name.lower(), obj)
    return index


class EntryKind(PageKind):
    """Entries of one prize edition, under its categories and nominations."""

    columns = ENTRY_COLUMNS
    field_columns = {
        "title": "title",
        "slug": "key",
        **{name: name for name in [*CHOICES, *TEXTS, *CODES, *NUMBERS]},
    }
    synchronised = (*CHOICES, *CODES, *NUMBERS)

    def __init__(self, *, edition):
        self.edition = edition
        self.locale = edition.locale

    def prepare(self, rows=()):
        categories = list(CategoryPage.objects.child_of(self.edition).order_by("path"))
        nominations = list(NominationPage.objects.descendant_of(self.edition).order_by("path"))
        self.category_at = {c.path: c for c in categories}
        self.nomination_at = {n.path: n for n in nominations}
        self.nomination_by_pk = {n.pk: n for n in nominations}
        self.categories = _by_name(categories)
        self.nominations = {
            c.pk: _by_name([n for n in nominations if n.path[:-STEP] == c.path]) for c in categories
        }
        pages = list(
            EntryPage.objects.descendant_of(self.edition)
            .select_related("latest_revision")
            .order_by("path")
        )
        self.pages, self.ambiguous = {}, set()
        for page in pages:
            if page.slug in self.pages:
                self.ambiguous.add(page.slug)
            self.pages.setdefault(page.slug, latest_version(page))
        self.translated_keys = frozenset()
        if self.locale.pk != Locale.get_default().pk:
            self.translated_keys = frozenset(
                EntryPage.objects.filter(
                    translation_key__in=[p.translation_key for p in pages],
                    locale=Locale.get_default(),
                ).values_list("translation_key", flat=True)
            )

    def existing(self, key):
        return self.pages.get(key)

    def values(self, page):
        nomination = self.nomination_at.get(page.path[:-STEP])
        category = self.category_at.get(nomination.path[:-STEP]) if nomination else None
        return {
            "title": page.title,
            "category": getattr(category, "pk", None),
            "nomination": getattr(nomination, "pk", None),
            **{name: getattr(page, name) for name in [*CHOICES, *TEXTS, *CODES, *NUMBERS]},
        }

    def parse(self, result):
        if self.row_key(result) in self.ambiguous:
            result.add_error(
                "key", _("Two entries of this edition have this key: rename one in the admin.")
            )
        category = reference(result, "category", self.categories, required=True)
        nomination = None
        if category is not None:
            nomination = reference(
                result, "nomination", self.nominations[category.pk], required=True
            )
        values = {
            "title": self.text(result, "title", max_length=255, required=True),
            "category": getattr(category, "pk", None),
            "nomination": getattr(nomination, "pk", None),
        }
        for name, choices in CHOICES.items():
            default = None if name == "applicant_type" else EntryPage._meta.get_field(name).default
            values[name] = self.choice(result, name, choices.choices, default=default)
        for name, length in TEXTS.items():
            values[name] = self.text(result, name, max_length=length, required=name == "summary")
        for name in CODES:
            values[name] = result.typed.get(name, "").strip().upper()
            try:  # the codes' own validators, so that a row shows all its errors at once
                EntryPage._meta.get_field(name).run_validators(values[name])
            except ValidationError as error:
                for message in error.messages:
                    result.add_error(name, message)
        for name in NUMBERS:
            values[name] = self.number(result, name)
        return values

    def check(self, result, page, values):
        super().check(result, page, values)
        if "nomination" in result.changed or "category" in result.changed:
            result.add_error(
                "nomination",
                _("To move the entry to another nomination, use “Move” in the admin."),
            )

    def save(self, *, page, key, values, user):
        nomination = self.nomination_by_pk[values["nomination"]]
        new = page is None
        if new:
            page = EntryPage(slug=key, locale=self.locale)
        page.title = values["title"]
        for name in [*CHOICES, *TEXTS, *CODES, *NUMBERS]:
            setattr(page, name, values[name])
        page._parent_for_rules = nomination
        if new:
            add_page(parent=nomination, page=page, user=user)
        return page

    def export_rows(self):
        self.prepare()
        rows = []
        for page in self.pages.values():
            values = self.values(page)
            nomination = self.nomination_at.get(page.path[:-STEP])
            category = self.category_at.get(nomination.path[:-STEP]) if nomination else None
            rows.append(
                {
                    **values,
                    "key": page.slug,
                    "category": getattr(category, "slug", ""),
                    "nomination": getattr(nomination, "slug", ""),
                }
            )
        return rows


def may_exchange(*, user, edition):
    """Whether `user` may import into and export from `edition`: administrators, and prize
    editors and moderators who may add pages to it (translators and other roles may not)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    roles = set(user.groups.values_list("name", flat=True))
    return (
        bool(roles & {PRIZE_EDITORS, MODERATORS})
        and edition.permissions_for_user(user).can_add_subpage()
    )
