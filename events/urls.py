from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("calendar.ics", views.upcoming_calendar, name="calendar"),
    path("registration/<str:token>/cancel/", views.cancel, name="cancel"),
    path("registration/<str:token>/confirm/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("mailings/", views.subscription, name="subscription"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/calendar.ics", views.event_calendar, name="event_calendar"),
    path("<slug:slug>/register/", views.register, name="register"),
]
