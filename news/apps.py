from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The kinds of public pages that show articles: the news pages, and the profiles, event
# pages and award years with their "News" section.
PAGES_SHOWING_NEWS = ("news", "members", "events", "awards")


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db import transaction
        from django.db.models.signals import m2m_changed

        from news import models, sections
        from procura import sections as page_sections
        from procura.caching import bump, stale_on_change

        for kind in PAGES_SHOWING_NEWS:
            stale_on_change(kind, models.Article)
        stale_on_change("news", models.Topic)

        def links_changed(sender, action, **kwargs):
            # Links added or removed outside the article's own save (a shell, a script).
            if action.startswith("post_"):
                transaction.on_commit(lambda: [bump(kind) for kind in PAGES_SHOWING_NEWS])

        for field in ("topics", "members", "events", "award_editions"):
            through = getattr(models.Article, field).through
            m2m_changed.connect(links_changed, sender=through, weak=False)

        page_sections.register("member", "news/section.html", sections.news_of_member, ("news",))
        page_sections.register("event", "news/section.html", sections.news_of_event, ("news",))
        page_sections.register(
            "award_edition", "news/section.html", sections.news_of_edition, ("news",)
        )
        page_sections.register("home", "news/home_section.html", sections.latest_news, ("news",), 1)
