from django.urls import path

from news import views

app_name = "news"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/", views.feed, name="feed"),
    path("<slug:slug>/", views.detail, name="detail"),
]
