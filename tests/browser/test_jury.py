"""A jury member from Seoul scores an application, and is kept from Seoul's own."""

import re

from playwright.sync_api import expect

from awards.models import Application, Phase, Score
from demo.accounts import JURY_EMAIL
from tests.browser.conftest import sign_in, translated
from tests.helpers import in_language

LANGUAGE = "ko"
REMARK = "조달 규모에 비해 감축 효과가 뚜렷합니다."


def test_jury_member_scores_an_application_and_is_recused_from_their_own(page, live_server, demo):
    applications = Application.objects.submitted().filter(edition__phase=Phase.JUDGING)
    seoul = applications.get(government__slug="seoul")
    year = seoul.edition.year
    sign_in(page, LANGUAGE, JURY_EMAIL, next_url=f"/{LANGUAGE}/awards/")
    invitation = in_language(LANGUAGE, "You sit on the jury of %(year)s: score the applications")
    page.get_by_role("link", name=invitation % {"year": year}).click()
    expect(page).to_have_url(f"{live_server.url}/{LANGUAGE}/awards/{year}/jury/")

    # Seoul's application is listed as recused, without a link.
    recused = page.locator(".jury-list li").filter(has_text=translated(seoul, "title", LANGUAGE))
    expect(recused).to_contain_text(in_language(LANGUAGE, "Recused: your government"))
    expect(recused.get_by_role("link")).to_have_count(0)

    to_score = page.locator(".jury-list li").filter(has_text=in_language(LANGUAGE, "To score"))
    to_score.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/jury/\d+/$"))
    application = Application.objects.get(pk=page.url.rstrip("/").rsplit("/", 1)[1])
    criteria = list(application.category.criteria.all())
    names = [translated(criterion, "name", LANGUAGE) for criterion in criteria]
    values = [min(value, 5) for value in range(3, 3 + len(criteria))]
    for name, value in zip(names, values, strict=True):
        page.get_by_role("group", name=name).get_by_label(str(value), exact=True).check()
    comment = in_language(LANGUAGE, "Comment on “%(criterion)s”") % {"criterion": names[0]}
    page.get_by_label(comment).fill(REMARK)
    page.get_by_role("button", name=in_language(LANGUAGE, "Save my scores")).click()

    expect(page).to_have_url(f"{live_server.url}/{LANGUAGE}/awards/{year}/jury/")
    scored = page.locator(".jury-list li").filter(
        has=page.locator(f"a[href$='/{application.pk}/']")
    )
    expect(scored).to_contain_text(in_language(LANGUAGE, "Scored"))
    scores = Score.objects.filter(application=application, jury_member__user__email=JURY_EMAIL)
    assert [score.value for score in scores.order_by("criterion__order")] == values
    assert scores.get(criterion=criteria[0]).comment == REMARK

    # Typing the address of Seoul's application does not open it either.
    response = page.goto(f"/{LANGUAGE}/awards/{year}/jury/{seoul.pk}/")
    assert response.status == 403
    expect(page.locator("main")).not_to_contain_text(in_language(LANGUAGE, "Save my scores"))
