"""The portal in a real browser: Debian's chromium, driven by Playwright, against a live
server with Postgres, Redis, a Celery worker and an SMTP server on loopback.

Every page a test opens is watched: a JavaScript error, a message on the console or a
request to any host but the portal fails the test. Requests to other hosts are also
refused, as where CDNs are blocked."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect, sync_playwright

from demo.accounts import OFFICIAL_PASSWORD
from tests.helpers import in_language, totp_code

CHROMIUM = "/usr/bin/chromium"
# Headless, as root, and without the calls home that a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

expect.set_options(timeout=10_000)


@pytest.fixture(scope="module")
def browser():
    """Chromium, for the tests of one module. Playwright's synchronous API runs an event
    loop in the tests' thread meanwhile, while the ORM calls a test makes between two
    browser steps (and the database's cleanup after it) are still synchronous code."""
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _served_media(settings):
    """Uploaded files, served as the proxy in front of the portal serves them."""
    settings.ROOT_URLCONF = "tests.browser.urls"


class Problems:
    """What went wrong in the browser while a test ran.

    A page's own status (a 404 the test asks for) is the test's business; a failed
    image, style or script is a problem."""

    def __init__(self):
        self.found: list[tuple[str, str]] = []  # (message, URL)
        self.documents: set[str] = set()

    def watch(self, context, host: str):
        def request(route):
            if urlsplit(route.request.url).netloc == host:
                route.continue_()
            else:
                self.found.append((f"request to another host: {route.request.url}", ""))
                route.abort()

        context.route("**/*", request)
        context.on("request", self.navigation)
        context.on("console", self.console)
        context.on("page", lambda page: page.on("pageerror", self.script_error))

    def script_error(self, error):
        self.found.append((f"script: {error}", ""))

    def navigation(self, request):
        if request.is_navigation_request() and request.frame.parent_frame is None:
            self.documents.add(request.url)

    def console(self, message):
        if message.type in {"error", "warning"}:
            url = message.location["url"]
            self.found.append((f"console {message.type}: {message.text} ({url})", url))

    def report(self) -> list[str]:
        return [
            problem
            for problem, url in self.found
            if not (url in self.documents and problem.startswith("console error: Failed to load"))
        ]


@pytest.fixture
def new_page(browser, live_server):
    """`new_page()` opens a tab in a fresh browser profile; `new_page("ko")` one whose
    browser asks for Korean."""
    contexts, problems = [], Problems()

    def new_page(locale: str = "en", **options):
        context = browser.new_context(base_url=live_server.url, locale=locale, **options)
        context.set_default_timeout(10_000)
        problems.watch(context, urlsplit(live_server.url).netloc)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()
    assert problems.report() == [], "\n".join(problems.report())


@pytest.fixture
def page(new_page):
    return new_page()


def sign_in(page, language: str, email: str, password: str = OFFICIAL_PASSWORD, next_url=""):
    """Through the real sign-in form, in the page's language."""
    page.goto(f"/{language}/accounts/login/" + (f"?next={next_url}" if next_url else ""))
    page.get_by_label(in_language(language, "Email")).fill(email)
    page.get_by_label(in_language(language, "Password")).fill(password)
    page.get_by_role("button", name=in_language(language, "Sign in")).click()


def enter_totp(page, language: str, secret: str):
    page.get_by_label(in_language(language, "Code")).fill(totp_code(secret))
    page.get_by_role("button", name=in_language(language, "Sign in")).click()


def translated(instance, field: str, language: str) -> str:
    """What the page of `language` shows of a translated field, fallbacks included."""
    with translation.override(language):
        return getattr(instance, field)


def tab_to(page, target, presses: int = 200):
    """Press Tab until `target` (a locator) has the focus, as a keyboard user would."""
    for _press in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} cannot be reached with the Tab key")
