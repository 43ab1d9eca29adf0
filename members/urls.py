from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("invitation/<str:key>/", views.invitation, name="invitation"),
    path("<slug:slug>/", views.profile, name="profile"),
    path("<slug:slug>/edit/", views.edit, name="edit"),
    path("<slug:slug>/revisions/<int:pk>/logo/", views.proposed_logo, name="proposed_logo"),
]
