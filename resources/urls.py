from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("", views.resource_list, name="list"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/download/<str:language>/", views.download, name="download"),
    path("<slug:slug>/download/<str:language>/<int:number>/", views.version, name="version"),
]
