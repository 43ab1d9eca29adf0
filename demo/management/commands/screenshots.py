"""Every kind of public page in the four languages at a phone's and a laptop's width, as PNG
files in one folder, so that anyone can look at the whole site in a minute.

The pages are served from this process (the demo database, static files from the apps,
public media as in development) and shown by Debian's chromium through Playwright. A kind
of page whose content the database lacks is left out and named."""

import threading
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand, CommandError
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.urls import reverse
from django.utils import translation

from awards.models import Application, Phase
from events.models import Event
from members.models import MemberGovernment
from news.models import Article
from resources.models import Resource

CHROMIUM = "/usr/bin/chromium"
WIDTHS = (390, 1366)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


EAGER_IMAGES = (
    """document.querySelectorAll("img[loading=lazy]").forEach(img => img.loading = "eager")"""
)


def page_kinds() -> dict[str, str | None]:
    """{kind of page: its English path}, None where the database has nothing to show."""
    richest_event = (
        Event.objects.published().order_by("-starts").filter(sessions__isnull=False).first()
    )
    member = MemberGovernment.objects.filter(published=True).order_by("slug").first()
    winner = Application.objects.in_results().filter(edition__phase=Phase.ANNOUNCED).first()
    article = Article.objects.published().order_by("-published_at").first()
    resource = Resource.objects.published().exclude(files=None).order_by("slug").first()
    pages = {
        "home": reverse("home"),
        "about": reverse("about"),
        "join": reverse("join"),
        "contact": reverse("contact"),
        "privacy": reverse("privacy"),
        "members": reverse("members:directory"),
        "member": member and reverse("members:profile", args=[member.slug]),
        "events": reverse("events:list"),
        "event": richest_event and richest_event.get_absolute_url(),
        "awards": reverse("awards:index"),
        "awards-year": winner and reverse("awards:edition", args=[winner.edition.year]),
        "case-study": winner and winner.get_absolute_url(),
        "news": reverse("news:list"),
        "article": article and article.get_absolute_url(),
        "impact": reverse("impact:index"),
        "methodology": reverse("impact:methodology"),
        "library": reverse("resources:list"),
        "resource": resource and resource.get_absolute_url(),
        "search": reverse("search:search") + "?q=green",
        "newsletter": reverse("newsletter:subscribe"),
        "sign-in": reverse("account_login"),
    }
    return pages


class Command(BaseCommand):
    help = "Screenshots of every kind of public page in four languages at 390 and 1366 px."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=Path("screenshots"))
        parser.add_argument("--only", nargs="*", default=[], help="kinds of page, e.g. home event")

    def handle(self, *args, output: Path, only: list[str], **options):
        if not settings.DEBUG:
            raise CommandError("screenshots shows the demo database: it runs only with DEBUG=true.")
        from playwright.sync_api import sync_playwright

        with translation.override(settings.LANGUAGE_CODE):
            kinds = page_kinds()
        missing = [kind for kind, path in kinds.items() if path is None]
        if missing:
            self.stdout.write(f"Nothing to show for: {', '.join(missing)}")
        kinds = {kind: path for kind, path in kinds.items() if path and (not only or kind in only)}
        output.mkdir(parents=True, exist_ok=True)

        server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler)
        server.set_app(StaticFilesHandler(get_wsgi_application()))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        origin = f"http://127.0.0.1:{server.server_port}"
        prefix = f"/{settings.LANGUAGE_CODE}/"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
                )
                for width in WIDTHS:
                    context = browser.new_context(viewport={"width": width, "height": 900})
                    page = context.new_page()
                    for kind, path in kinds.items():
                        for language, _name in settings.LANGUAGES:
                            page.goto(origin + path.replace(prefix, f"/{language}/", 1))
                            # A full-page picture shows what lies below the fold too.
                            page.evaluate(EAGER_IMAGES)
                            page.wait_for_load_state("networkidle")
                            name = f"{kind}-{language}-{width}.png"
                            page.screenshot(path=output / name, full_page=True)
                    context.close()
                browser.close()
        finally:
            server.shutdown()
        count = len(kinds) * len(settings.LANGUAGES) * len(WIDTHS)
        self.stdout.write(self.style.SUCCESS(f"{count} screenshots in {output}/"))
