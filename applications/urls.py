from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from applications import views

app_name = "applications"

T = "applications/account/"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.start, name="start"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/autosave/", views.autosave, name="autosave"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/files/", views.upload, name="upload"),
    path("<int:pk>/files/<int:attachment_pk>/remove/", views.remove, name="remove"),
    path("files/<int:pk>/", views.attachment, name="attachment"),
    path("account/register/", views.register, name="register"),
    path("account/verify/<str:uidb64>/<str:token>/", views.verify, name="verify"),
    path(
        "account/login/",
        auth_views.LoginView.as_view(
            template_name=T + "login.html", next_page=reverse_lazy("applications:index")
        ),
        name="login",
    ),
    path(
        "account/logout/",
        auth_views.LogoutView.as_view(next_page=reverse_lazy("applications:login")),
        name="logout",
    ),
    path(
        "account/password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name=T + "password_reset.html",
            email_template_name="applications/email/password_reset.txt",
            subject_template_name="applications/email/password_reset_subject.txt",
            success_url=reverse_lazy("applications:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "account/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name=T + "password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "account/password-reset/<str:uidb64>/<str:token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name=T + "password_reset_confirm.html",
            success_url=reverse_lazy("applications:login"),
        ),
        name="password_reset_confirm",
    ),
]
