from django.urls import path

from awards import views

app_name = "awards"

urlpatterns = [
    path("", views.index, name="index"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
    path("<int:year>/", views.edition, name="edition"),
    path("<int:year>/apply/", views.apply, name="apply"),
    path("<int:year>/apply/<int:pk>/", views.application, name="application"),
    path("<int:year>/jury/", views.jury, name="jury"),
    path("<int:year>/jury/<int:pk>/", views.score, name="score"),
    path("<int:year>/<slug:slug>/", views.case_study, name="case_study"),
]
