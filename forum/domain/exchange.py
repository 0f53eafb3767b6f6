"""Import and export of a forum edition's sessions and of speakers, as CSV or XLSX, in the
edition's language (core/exchange.py runs the import, core/tabular.py reads and writes).

A row's key is the page's slug (within the edition for sessions, within the speaker index
for speakers): translations keep their source's slug, so one key names the page in every
language. Times are Moscow time; formats, languages and roles are written as codes and read
as codes or names; themes by slug or name, rooms and speakers by name (speakers also by
their key), all in the edition's language."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from core.exchange import ROW, PageKind, add_page, latest_version, moment_text, reference
from core.roles import FORUM_EDITORS, MODERATORS
from core.tabular import Column
from forum.choices import SessionFormat, SessionLanguage, SpeakerRole
from forum.domain.validation import speaker_rows_errors
from forum.models import (
    Room,
    SessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    Theme,
)

KEY_HELP = gettext_lazy(
    "The page's slug, the same in every language; empty: made from the title. Rows are "
    "matched by it, so importing the same file again changes nothing."
)

SESSION_COLUMNS = [
    Column("key", KEY_HELP),
    Column("title", gettext_lazy("The session's title"), required=True),
    Column("starts_at", gettext_lazy("Start, Moscow time: 2024-12-03 10:00"), required=True),
    Column("ends_at", gettext_lazy("End, Moscow time: 2024-12-03 11:30"), required=True),
    Column("format", gettext_lazy("Format: %(codes)s") % {"codes": ", ".join(SessionFormat)}),
    Column("language", gettext_lazy("Language: %(codes)s") % {"codes": ", ".join(SessionLanguage)}),
    Column("theme", gettext_lazy("The theme's slug or name in the edition's language")),
    Column("room", gettext_lazy("The room's name in the edition's language")),
    Column(
        "speakers",
        gettext_lazy(
            "Speakers in order, separated by “;”: their key or name, with the role after a "
            "colon when not a speaker (anna-ivanova:moderator)"
        ),
    ),
    Column("summary", gettext_lazy("One or two sentences for lists")),
]

SPEAKER_COLUMNS = [
    Column("key", KEY_HELP),
    Column("name", gettext_lazy("The speaker's name as the site shows it"), required=True),
    Column("position", gettext_lazy("Position")),
    Column("organisation", gettext_lazy("Organisation")),
    Column("country", gettext_lazy("Country")),
]


def speaker_index_of(*, edition):
    """The speaker index beside `edition` (in its language), or None."""
    return SpeakerIndexPage.objects.child_of(edition.get_parent()).first()


def _translated_keys(*, model, pages, locale):
    """The translation keys among `pages` that have a page in the default language: those
    pages are translations, whose synchronised fields come from the source."""
    default = Locale.get_default()
    if locale.pk == default.pk:
        return frozenset()
    keys = {page.translation_key for page in pages}
    return frozenset(
        model.objects.filter(translation_key__in=keys, locale=default).values_list(
            "translation_key", flat=True
        )
    )


def _by_name(objects, *names):
    """{lower-case name: object} over the given attributes (slug, name, title)."""
    index = {}
    for obj in objects:
        for name in names:
            index.setdefault(str(getattr(obj, name)).lower(), obj)
    return index


class SessionKind(PageKind):
    """Sessions of one edition."""

    columns = SESSION_COLUMNS
    field_columns = {
        "title": "title",
        "slug": "key",
        "starts_at": "starts_at",
        "ends_at": "ends_at",
        "format": "format",
        "language": "language",
        "theme": "theme",
        "room": "room",
        "summary": "summary",
        "speaker": "speakers",
    }
    synchronised = ("starts_at", "ends_at", "format", "language")

    def __init__(self, *, edition):
        self.edition = edition
        self.locale = edition.locale

    def prepare(self, rows=()):
        pages = list(
            SessionPage.objects.child_of(self.edition)
            .select_related("latest_revision")
            .prefetch_related("speaker_roles")
            .order_by("starts_at", "path")
        )
        self.pages = {page.slug: latest_version(page) for page in pages}
        self.translated_keys = _translated_keys(model=SessionPage, pages=pages, locale=self.locale)
        # A page may still point at another language's theme, room or speaker (a
        # translation made before them): each is read as its translation in this language.
        self.theme_of = self._localised(Theme.objects.all())
        self.room_of = self._localised(Room.objects.all())
        index = speaker_index_of(edition=self.edition)
        self.speaker_of = self._localised(
            SpeakerPage.objects.only(
                "title", "slug", "translation_key", "locale_id", "path", "depth"
            )
        )
        mine = [obj for obj in self.theme_of.values() if obj.locale_id == self.locale.pk]
        self.themes = _by_name(mine, "slug", "name")
        mine = [obj for obj in self.room_of.values() if obj.locale_id == self.locale.pk]
        self.rooms = _by_name(mine, "name")
        mine = [
            obj
            for obj in self.speaker_of.values()
            if index is not None and obj.path.startswith(index.path) and obj.depth > index.depth
        ]
        self.speakers = _by_name(mine, "slug", "title")

    def _localised(self, objects):
        """{pk: the object, or its translation in the edition's language when there is one}."""
        objects = list(objects)
        here = {o.translation_key: o for o in objects if o.locale_id == self.locale.pk}
        return {o.pk: here.get(o.translation_key, o) for o in objects}

    @staticmethod
    def _pk(index, pk):
        found = index.get(pk)
        return found.pk if found is not None else pk

    def existing(self, key):
        return self.pages.get(key)

    def values(self, page):
        return {
            "title": page.title,
            "starts_at": page.starts_at,
            "ends_at": page.ends_at,
            "format": page.format,
            "language": page.language,
            "theme": self._pk(self.theme_of, page.theme_id),
            "room": self._pk(self.room_of, page.room_id),
            "speakers": [
                (self._pk(self.speaker_of, role.speaker_id), role.role)
                for role in page.speaker_roles.all()
            ],
            "summary": page.summary,
        }

    def _speakers(self, result):
        found = []
        for item in filter(None, (part.strip() for part in result.typed["speakers"].split(";"))):
            name, role = item, SpeakerRole.SPEAKER
            head, _sep, tail = item.rpartition(":")
            for value, label in SpeakerRole.choices:
                if head and tail.strip().lower() in (value, str(label).lower()):
                    name, role = head.strip(), value
            speaker = self.speakers.get(name.lower())
            if speaker is None:
                result.add_error(
                    "speakers", _("No speaker “%(name)s” in this language.") % {"name": name}
                )
            else:
                found.append((speaker.pk, role))
        return found

    def parse(self, result):
        return {
            "title": self.text(result, "title", max_length=255, required=True),
            "starts_at": self.moment(result, "starts_at"),
            "ends_at": self.moment(result, "ends_at"),
            "format": self.choice(result, "format", SessionFormat.choices),
            "language": self.choice(
                result, "language", SessionLanguage.choices, default=SessionLanguage.RU
            ),
            "theme": getattr(reference(result, "theme", self.themes), "pk", None),
            "room": getattr(reference(result, "room", self.rooms), "pk", None),
            "speakers": self._speakers(result),
            "summary": self.text(result, "summary"),
        }

    def save(self, *, page, key, values, user):
        new = page is None
        if new:
            page = SessionPage(slug=key, locale=self.locale)
        for name in ("title", "starts_at", "ends_at", "format", "language", "summary"):
            setattr(page, name, values[name])
        page.theme_id, page.room_id = values["theme"], values["room"]
        page._parent_for_rules = self.edition
        speakers = self.speaker_of
        errors = speaker_rows_errors(
            page=page,
            parent=self.edition,
            rows=[{"speaker": speakers[pk]} for pk, _role in values["speakers"]],
        )
        if errors:
            raise ValidationError({"speaker": [e["speaker"] for e in errors.values()]})
        if (
            new or self.values(page)["speakers"] != values["speakers"]
        ):  # unchanged rows keep their ids
            page.speaker_roles = [
                SessionSpeaker(speaker_id=pk, role=role, sort_order=i)
                for i, (pk, role) in enumerate(values["speakers"])
            ]
        if new:
            add_page(parent=self.edition, page=page, user=user)
        return page

    def cells(self, page):
        """The page as a row of the export: {column: text}."""
        values = self.values(page)
        speakers = self.speaker_of
        return {
            "key": page.slug,
            "title": values["title"],
            "starts_at": moment_text(values["starts_at"]),
            "ends_at": moment_text(values["ends_at"]),
            "format": values["format"],
            "language": values["language"],
            "theme": getattr(self.theme_of.get(values["theme"]), "slug", ""),
            "room": getattr(self.room_of.get(values["room"]), "name", ""),
            "speakers": "; ".join(
                speakers[pk].slug + ("" if role == SpeakerRole.SPEAKER else f":{role}")
                for pk, role in values["speakers"]
                if pk in speakers
            ),
            "summary": values["summary"],
        }

    def export_rows(self):
        self.prepare()
        return [self.cells(page) for page in self.pages.values()]


class SpeakerKind(PageKind):
    """Speakers of the speaker index in the edition's language."""

    columns = SPEAKER_COLUMNS
    title_column = "name"
    field_columns = {
        "title": "name",
        "slug": "key",
        "position": "position",
        "organisation": "organisation",
        "country": "country",
    }
    fields = ("position", "organisation", "country")

    def __init__(self, *, edition):
        self.edition = edition
        self.locale = edition.locale
        self.index = speaker_index_of(edition=edition)

    def prepare(self, rows=()):
        pages = list(
            SpeakerPage.objects.child_of(self.index)
            .select_related("latest_revision")
            .order_by("title", "path")
            if self.index
            else []
        )
        self.pages = {page.slug: latest_version(page) for page in pages}
        self.translated_keys = frozenset()  # a speaker's fields are all translatable

    def existing(self, key):
        return self.pages.get(key)

    def values(self, page):
        return {"name": page.title, **{name: getattr(page, name) for name in self.fields}}

    def parse(self, result):
        if self.index is None:
            result.add_error(ROW, _("This language has no speaker index to import into."))
        return {
            "name": self.text(result, "name", max_length=255, required=True),
            "position": self.text(result, "position", max_length=200),
            "organisation": self.text(result, "organisation", max_length=200),
            "country": self.text(result, "country", max_length=80),
        }

    def save(self, *, page, key, values, user):
        new = page is None
        if new:
            page = SpeakerPage(slug=key, locale=self.locale)
        page.title = values["name"]
        for name in self.fields:
            setattr(page, name, values[name])
        if new:
            add_page(parent=self.index, page=page, user=user)
        return page

    def export_rows(self, *, scope="edition"):
        """Every speaker of the index (`scope` "all"), or those of the edition's sessions."""
        self.prepare()
        pages = self.pages.values()
        if scope != "all":
            ids = set(
                SessionSpeaker.objects.filter(
                    session__in=SessionPage.objects.child_of(self.edition)
                ).values_list("speaker_id", flat=True)
            )
            pages = [page for page in pages if page.pk in ids]
        return [{"key": page.slug, **self.values(page)} for page in pages]


def may_exchange(*, user, edition):
    """Whether `user` may import into and export from `edition`: administrators, and forum
    editors and moderators who may add pages to it (translators and other roles may not)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    roles = set(user.groups.values_list("name", flat=True))
    return (
        bool(roles & {FORUM_EDITORS, MODERATORS})
        and edition.permissions_for_user(user).can_add_subpage()
    )
