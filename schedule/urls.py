from django.urls import path

from schedule import views

app_name = "schedule"
urlpatterns = [
    path("forum/<int:year>/schedule.json", views.schedule_json, name="json"),
    path("forum/<int:year>/schedule.xml", views.schedule_xml, name="xml"),
    path("forum/<int:year>/schedule.ics", views.schedule_ics, name="ics"),
    path("forum/speakers/<str:slug>.ics", views.speaker_ics, name="speaker_ics"),
]
