"""The admin's "Import and export" screen of an edition, shared by the forum and the prize
(forum/admin_views.py, prize/admin_views.py subclass it with their kinds and rights).

Upload → dry-run preview (every row: create, update, unchanged or error, with the errors per
column in the editor's language) → "Apply" re-runs the same rows for real. The rows travel
from the preview to "Apply" in a signed field, so nothing is stored between the two and a
changed or foreign token is refused."""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.exchange import ROW, run_import
from core.tabular import CONTENT_TYPES, MAX_BYTES, TableError, read_table, write_table

SALT = "core.exchange_admin"
TOKEN_MAX_AGE = 60 * 60


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What the file holds"))
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=format_lazy(
            gettext_lazy("CSV (UTF-8, comma or semicolon) or XLSX, up to {size} MB"),
            size=MAX_BYTES // (1024 * 1024),
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = kinds


class ExchangeView(WagtailAdminTemplateMixin, TemplateView):
    """Subclasses set `edition_model`, `kinds` {name: (label, factory(edition=...))},
    `url_name`, `export_url_name` and `may_exchange(*, user, edition)`."""

    template_name = "core/admin/exchange.html"
    header_icon = "doc-full"
    edition_model = None
    kinds = {}
    url_name = export_url_name = ""
    export_scopes = {}  # {kind: [(scope, label)]} for kinds exported in several scopes

    @staticmethod
    def may_exchange(*, user, edition):
        raise NotImplementedError

    def dispatch(self, request, page_id, **kwargs):
        self.edition = get_object_or_404(self.edition_model, pk=page_id)
        if not self.may_exchange(user=request.user, edition=self.edition):
            raise PermissionDenied
        return super().dispatch(request, page_id, **kwargs)

    def get_page_title(self):
        return _("Import and export")

    def get_page_subtitle(self):
        edition = self.edition
        return f"{edition.get_admin_display_title()} ({edition.locale.get_display_name()})"

    def kind_choices(self):
        return [(name, label) for name, (label, _factory) in self.kinds.items()]

    def get_context_data(self, **kwargs):
        report, kind = kwargs.get("report"), kwargs.get("kind")
        if report is not None:
            kwargs["table"] = [
                (
                    row,
                    [
                        (
                            c.name,
                            row.typed.get(c.name, ""),
                            row.errors.get(c.name, []),
                            c.name in row.changed,
                        )
                        for c in kind.columns
                    ],
                    row.errors.get(ROW, []),
                )
                for row in report.rows
            ]
        kinds = [
            {
                "name": name,
                "label": label,
                "columns": factory.columns,
                "scopes": self.export_scopes.get(name, [("", "")]),
            }
            for name, (label, factory) in self.kinds.items()
        ]
        return super().get_context_data(
            edition=self.edition,
            kinds=kinds,
            formats=list(CONTENT_TYPES),
            export_url_name=self.export_url_name,
            form=kwargs.pop("form", None) or UploadForm(kinds=self.kind_choices()),
            **kwargs,
        )

    def make_kind(self, name):
        return self.kinds[name][1](edition=self.edition)

    def post(self, request, page_id):
        if request.POST.get("action") == "apply":
            return self.apply(request)
        form = UploadForm(request.POST, request.FILES, kinds=self.kind_choices())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        name = form.cleaned_data["kind"]
        kind = self.make_kind(name)
        try:
            rows = read_table(upload=form.cleaned_data["file"], columns=kind.columns)
        except TableError as error:
            form.add_error("file", error.message)
            return self.render_to_response(self.get_context_data(form=form))
        report = run_import(kind=kind, rows=rows, user=request.user, dry_run=True)
        token = signing.dumps(
            {"edition": self.edition.pk, "user": request.user.pk, "kind": name, "rows": rows},
            salt=SALT,
            compress=True,
        )
        return self.render_to_response(
            self.get_context_data(form=form, report=report, kind=kind, kind_name=name, token=token)
        )

    def apply(self, request):
        try:
            data = signing.loads(request.POST.get("token", ""), salt=SALT, max_age=TOKEN_MAX_AGE)
        except signing.BadSignature:
            messages.error(request, _("The preview has expired: upload the file again."))
            return redirect(request.path)
        if (
            data.get("edition") != self.edition.pk
            or data.get("user") != request.user.pk
            or data.get("kind") not in self.kinds
        ):
            raise PermissionDenied
        kind = self.make_kind(data["kind"])
        rows = [(line, typed) for line, typed in data["rows"]]
        report = run_import(kind=kind, rows=rows, user=request.user, dry_run=False)
        if not report.applied:
            messages.error(request, _("Nothing was imported: some rows have errors now."))
            return self.render_to_response(
                self.get_context_data(report=report, kind=kind, kind_name=data["kind"])
            )
        counts = report.counts
        messages.success(
            request,
            _("Imported: %(create)s created, %(update)s updated, %(unchanged)s unchanged.")
            % counts,
        )
        return redirect(request.path)


class ExportView(ExchangeView):
    """The edition's rows of one kind as a file: …/export/<kind>/<csv|xlsx>/?scope=all."""

    def get(self, request, page_id, kind, fmt):
        if kind not in self.kinds or fmt not in CONTENT_TYPES:
            raise Http404
        exporter = self.make_kind(kind)
        scope = request.GET.get("scope", "")
        rows = exporter.export_rows(scope=scope) if scope else exporter.export_rows()
        data = write_table(columns=exporter.columns, rows=rows, fmt=fmt)
        response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
        name = f"{kind}-{self.edition.slug}-{self.edition.locale.language_code}"
        if scope:
            name += f"-{scope}"
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        return response

    def post(self, request, *args, **kwargs):
        raise Http404
