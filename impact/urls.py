"""The public results and open data under /impact/, and the reporting pages of officials under
their government's address (members/<slug>/impact/): the root configuration includes these at
the language root, so that the members app need not know this one."""

from django.urls import path

from impact import views

app_name = "impact"

urlpatterns = [
    path("impact/", views.index, name="index"),
    path("impact/methodology/", views.methodology, name="methodology"),
    path("impact/data.csv", views.data_csv, name="data_csv"),
    path("members/<slug:slug>/impact/", views.reports, name="reports"),
    path("members/<slug:slug>/impact/targets/", views.targets, name="targets"),
    path("members/<slug:slug>/impact/<int:year>/", views.report, name="report"),
    path("members/<slug:slug>/impact/<int:year>/correct/", views.correct, name="correct"),
    path("members/<slug:slug>/impact/evidence/<int:pk>/", views.evidence, name="evidence"),
]
