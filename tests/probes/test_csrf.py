"""Every form that changes something refuses a POST that lacks its CSRF token.

The forms are found as people find them: each persona's pages are crawled from the home
page (and from the links the portal mails), and every <form method="post"> is collected.
A crawl that finds fewer forms than the portal has fails, so a form cannot hide.
"""

from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation

from tests.helpers import Page
from tests.probes.conftest import PERSONAS

# Mail clients unsubscribe with one POST (RFC 8058), from the network's mailings and from the
# newsletter alike; the signed token is the credential.
EXEMPT = {"events:unsubscribe", "newsletter:unsubscribe"}
ACCOUNT = {"account_logout", "account_email", "account_change_password", "account_reauthenticate"}
# An official's reporting pages: the year to open, the draft's form, the measured targets.
IMPACT = {"impact:reports", "impact:report", "impact:targets"}
# The forms each persona must come across at least.
EXPECTED = {
    "anonymous": {
        "account_login",
        "account_reset_password",
        "account_reset_password_from_key",
        "account_confirm_email",
        "members:invitation",
        "events:register",
        "events:cancel",
        "events:unsubscribe",
        "newsletter:subscribe",
        "newsletter:confirm",
        "newsletter:unsubscribe",
    },
    # Li has started Beijing's application and the draft of its latest impact report; Minji
    # has yet to start Seoul's application, and Seoul's one report is validated.
    "li": ACCOUNT
    | IMPACT
    | {"members:edit", "awards:application", "events:register", "events:subscription"},
    "minji": ACCOUNT
    | {"impact:reports", "impact:targets", "impact:correct"}
    | {"members:edit", "awards:apply", "events:register", "events:subscription"},
    "kenji": ACCOUNT | {"awards:score", "events:register"},
    "jae": ACCOUNT | {"awards:score"},
    "sam": ACCOUNT | {"admin:logout", "admin:password_change"},
    "stella": ACCOUNT
    | {
        "admin:logout",
        "admin:members_membergovernment_change",
        "admin:members_membergovernment_add",
        "admin:members_membergovernment_changelist",  # actions
        "admin:members_profilerevision_change",  # the review
        "admin:members_invitation_add",
        "admin:events_event_change",
        "admin:events_mailing_change",
        "admin:events_mailing_send",
        "admin:events_mailing_test",
        "admin:awards_application_change",
        "admin:awards_application_delete",
        "admin:news_article_change",
        "admin:newsletter_newsletter_change",
        "admin:impact_report_change",  # the review
        "admin:resources_resource_change",
    },
}


# Officials reach their reporting pages from their own government's profile, which the crawl
# would otherwise skip as one more page of a profile.
OWN_PROFILE = {"li": ["/en/members/beijing/"], "minji": ["/en/members/seoul/"]}


def crawl(client, seeds: list[str], limit: int = 300) -> dict[str, tuple[str, str]]:
    """Name of the view -> (page, action) of each POST form on the pages the client reaches.

    One page per URL pattern that answers 200: the second event's page has the same forms
    as the first (the forum comes first in the list; its registration is open to all)."""
    queue, visited, seen, forms = deque(seeds), set(), set(), {}
    while queue and len(visited) < limit:
        url = queue.popleft()
        match = resolved(url)
        if url in visited or match is None or match.route in seen:
            continue
        visited.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            queue.append(urljoin(url, response["Location"]))
        elif response.status_code == 200 and "html" in response["Content-Type"]:
            seen.add(match.route)
            for tag, target in targets(url, response):
                if tag == "a":
                    queue.append(target)
                else:
                    forms.setdefault(resolved(target).view_name, (url, target))
    return forms


def resolved(url: str):
    """What the portal makes of a URL under /en/; None if it does not know it."""
    with translation.override("en"):
        try:
            return resolve(urlsplit(url).path)
        except Resolver404:
            return None


def targets(url: str, response):
    """(tag, address) of the page's links and POST forms that stay under /en/."""
    for tag, attrs, _text in Page(response.content.decode()).elements:
        if tag == "a" or (tag == "form" and attrs.get("method", "").lower() == "post"):
            target = urljoin(url, attrs.get("href") or attrs.get("action") or "")
            if urlsplit(target).path.startswith("/en/") and not urlsplit(target).netloc:
                yield tag, target


def seeds(world, persona: str) -> list[str]:
    """The home page, an official's own profile; and for visitors, the links the portal
    mails (the password reset's would sign anybody else out)."""
    links = world.links
    mailed = [links.invitation, links.cancel, links.unsubscribe, links.confirm, links.reset]
    mailed += [links.newsletter_confirm, links.newsletter_unsubscribe]
    return [
        "/en/",
        *OWN_PROFILE.get(persona, []),
        *(mailed if persona == "anonymous" else []),
    ]


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_form_refuses_a_post_without_its_token(world, act_as, request, persona, caplog):
    forms = crawl(act_as(persona), seeds(world, persona))
    assert sorted(EXPECTED[persona] - set(forms)) == []

    browser = Client(enforce_csrf_checks=True)
    if persona != "anonymous":
        browser.force_login(request.getfixturevalue(persona))
    accepted = {}
    for name, (page_url, action) in forms.items():
        browser.get(page_url)  # the CSRF cookie, as a visitor of the page has it
        caplog.clear()
        response = browser.post(action, {})
        rejected = [record for record in caplog.records if record.name == "django.security.csrf"]
        if response.status_code != 403 or not rejected:
            accepted[name] = response.status_code
    assert accepted == dict.fromkeys(EXEMPT & set(forms), 200)
