"""The watch over every browser test sees what it promises to see."""

from urllib.parse import urlsplit

from tests.browser.conftest import Problems


def test_the_watch_refuses_other_hosts_and_reports_errors(browser, live_server, transactional_db):
    problems = Problems()
    # Without the portal's content security policy, which would stop the request first.
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    problems.watch(context, urlsplit(live_server.url).netloc)
    page = context.new_page()
    page.goto("/en/no-such-page/")  # the page's own 404 is the test's business
    with page.expect_console_message(lambda message: "ERR_FAILED" in message.text):
        page.evaluate("fetch('https://cdn.example.com/library.js').catch(() => {})")
    with page.expect_console_message(lambda message: "404" in message.text):
        page.locator("main").evaluate(
            "(main, html) => main.insertAdjacentHTML('beforeend', html)",
            "<img src=/media/missing.png>",
        )
    with page.expect_event("pageerror"):
        page.evaluate("setTimeout(() => { throw new Error('broken script') })")
    context.close()
    report = problems.report()
    assert sorted(problem.split(":")[0] for problem in report) == [
        "console error",  # the refused request
        "console error",  # the missing image
        "request to another host",
        "script",
    ], report
