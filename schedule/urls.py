from django.urls import path

from schedule.views import agenda, changelog, feeds

app_name = "schedule"
FORMATS = ["json", "xml", "xcal", "ics"]
urlpatterns = [
    *[
        path(f"forum/<int:year>/schedule.{kind}", feeds.edition_feed, {"kind": kind}, name=kind)
        for kind in FORMATS
    ],
    *[
        path(
            f"forum/<int:year>/schedule/v/<str:version>/schedule.{kind}",
            feeds.release_feed,
            {"kind": kind},
            name=f"release_{kind}",
        )
        for kind in FORMATS
    ],
    path("forum/<int:year>/schedule/changes/", changelog.changelog, name="changelog"),
    path("forum/<int:year>/schedule/changes.atom", changelog.ChangelogFeed(), name="atom"),
    path("forum/<int:year>/agenda/", agenda.agenda, name="agenda"),
    path("forum/<int:year>/agenda.ics", agenda.agenda_ics, name="agenda_ics"),
    path("forum/speakers/<str:slug>.ics", feeds.speaker_ics, name="speaker_ics"),
]
