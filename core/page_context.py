"""Template context that a page type's app computes in its domain layer.

Models must not import their app's domain modules (the domain imports the models), so an
app registers a context builder per page type in `AppConfig.ready()` and the page's
`get_context` asks for it here. A builder is `builder(*, page, request, locale)` returning a
dict; `locale` is the page's ContentLocale."""

from core.locales import content_locale, language_of

_builders = {}


def register_page_context(model, builder, *, route=None):
    """`builder` gives the context of `model`'s pages, or of one of their routes (the
    sub-pages of a RoutablePageMixin page, e.g. "atlas")."""
    _builders[model if route is None else (model, route)] = builder


def _page_locale(page):
    """The page's ContentLocale, without loading its Locale row."""
    return content_locale(code=language_of(page.locale_id) or page.locale.language_code)


class DomainContextMixin:
    """Adds the registered builder's context to a page's template context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        builder = _builders.get(type(self))
        if builder is not None:
            locale = _page_locale(self)
            context.update(builder(page=self, request=request, locale=locale))
        return context

    def route_context(self, request, route, **kwargs):
        """The context that the builder registered for `route` adds (`kwargs`: the route's
        arguments)."""
        locale = _page_locale(self)
        builder = _builders[(type(self), route)]
        return builder(page=self, request=request, locale=locale, **kwargs)
