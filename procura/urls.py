"""URLs: the portal's pages under a language prefix; health, sitemap and robots.txt outside."""

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from awards.sitemaps import AwardsSitemap
from events.sitemaps import EventsSitemap
from impact import views as impact_views
from impact.sitemaps import ImpactSitemap
from members.sitemaps import MembersSitemap
from news.sitemaps import NewsSitemap
from procura import views
from procura.sitemaps import PagesSitemap
from procura.translation_views import dashboard, export, import_translations, staff_only
from resources.sitemaps import ResourcesSitemap

# Staff sign in through the same allauth form (and TOTP) as everyone else.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Procura+ East Asia administration")
admin.site.site_title = _("Procura+ East Asia")

SITEMAPS = {
    "pages": PagesSitemap,
    "members": MembersSitemap,
    "events": EventsSitemap,
    "awards": AwardsSitemap,
    "news": NewsSitemap,
    "impact": ImpactSitemap,
    "resources": ResourcesSitemap,
}


def admin_urls():
    """The admin, with its "View on site" in place of Django's, which takes any staff member
    to any object's address, however secret."""
    patterns, app_name, namespace = admin.site.urls
    view_on_site = path(
        "r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(views.view_on_site),
        name="view_on_site",
    )
    translation_pages = [
        path("translations/", staff_only(dashboard), name="translations"),
        path("translations/<str:language>.csv", staff_only(export), name="translations_export"),
        path(
            "translations/<str:language>/import/",
            staff_only(import_translations),
            name="translations_import",
        ),
    ]
    return [view_on_site, *translation_pages, *patterns], app_name, namespace


urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/impact.json", impact_views.data_json, name="impact_json"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("about/", views.page("procura/about.html"), name="about"),
    path("join/", views.page("procura/join.html"), name="join"),
    path("privacy/", views.page("procura/privacy.html"), name="privacy"),
    path("contact/", views.contact, name="contact"),
    path("members/", include("members.urls")),
    path("events/", include("events.urls")),
    path("awards/", include("awards.urls")),
    path("news/", include("news.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("resources/", include("resources.urls")),
    path("search/", include("search.urls")),
    # The results under impact/, and the reporting pages under members/<slug>/impact/.
    path("", include("impact.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin_urls()),
)

if settings.DEBUG:
    from django.urls import re_path
    from django.views.static import serve

    # Public media only, as nginx serves it: private files go through their apps' checks.
    urlpatterns.append(
        re_path(r"^media/(?!private/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )
