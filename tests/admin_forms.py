"""Post admin forms as a browser would: read the rendered form's fields back."""

import re
from html.parser import HTMLParser


class _FormFields(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.data = []
        self._textarea = None
        self._select = None
        self._select_value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (
            attrs.get("id") == self.form_id
            if self.form_id
            else (attrs.get("method") or "").lower() == "post"
        ):
            self.in_form = True
        if not self.in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select, self._select_value = name, None
        elif tag == "option" and self._select:
            if "selected" in attrs or self._select_value is None:
                self._select_value = (attrs.get("value", ""), "selected" in attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.data.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select:
            value, _ = self._select_value or ("", False)
            self.data.append((self._select, value))  # a browser sends the first option
            self._select = None
        elif tag == "form" and self.in_form:
            self.in_form = False


def form_data(html, form_id="page-edit-form"):
    """The fields a browser would submit from the form with this id (None: the page's POST
    forms), as a dict of lists."""
    parser = _FormFields(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    return data


def post_page_edit(client, page, action=None, **changes):
    """GET the page's admin edit form, change some fields and POST it with an action button
    ("action-publish", "action-submit"...). Returns the response."""
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_data(client.get(url).content.decode())
    for name, value in changes.items():
        data[name] = [value]
    if action:
        data[action] = ["1"]
    return client.post(url, data)


def field_errors(html, name):
    """The error text Wagtail shows with the form field `name` ("" when none): the element
    the field's widget is described by (aria-describedby)."""
    widget = re.search(rf'<[^>]*\bid="id_{re.escape(name)}"[^>]*>', html)
    described = re.search(r'aria-describedby="([^"]*)"', widget.group(0)) if widget else None
    texts = []
    for ident in described.group(1).split() if described else []:
        if ident.endswith("-errors"):
            found = re.search(rf'id="{re.escape(ident)}"[^>]*>(.*?)</div>', html, re.S)
            texts.append(re.sub(r"<[^>]+>", " ", found.group(1)) if found else "")
    return re.sub(r"[ \t\r\n]+", " ", " ".join(texts)).strip()  # keeps no-break spaces


def admin_user(language):
    """A superuser whose admin speaks `language` ("en" or "ru")."""
    from wagtail.users.models import UserProfile

    from tests.factories import UserFactory

    user = UserFactory(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
