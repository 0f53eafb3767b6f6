from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.health import health
from pages.views import serve, sitemap

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("api.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("health/", health, name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("applications/", include("applications.urls")),
    path("", include("schedule.urls")),
    # Wagtail's page view with the translation fallback (pages/views.py), before Wagtail's
    # own; Wagtail's `_util/` views (password and login forms) stay Wagtail's.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", serve, name="serve_with_fallback"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
