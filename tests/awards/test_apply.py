"""Officials apply for their own government: drafts, attachments, submission before the deadline."""

import datetime
import time
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from awards import services
from awards.models import Application, ApplicationStatus, Phase
from tests.factories import ApplicationFactory, in_days
from tests.helpers import (
    form_data,
    image_file,
    in_language,
    large_png,
    media_files,
    page,
    png_claiming,
    too_many_megapixels,
    visible_text,
    wait_for,
)

pytestmark = pytest.mark.django_db

COMPLETE = {
    "language": "zh-hans",
    "title": "电动公交车",
    "summary": "北京市用六百辆电动公交车替换了柴油车。",
    "purchase": "电动公交车及十年维护服务。",
    "contract_value": "120000000",
    "currency": "CNY",
    "tender_date": "2018-03-01",
    "environmental_outcome": "沿线空气更清洁。",
    "innovation": "按行驶里程付费，电池包含在内。",
}
NOT_SAVED = (
    "The application was not saved. Please correct the errors below; "
    "attachments must be chosen again."
)
REQUIRED = "Fill in this field to submit."
CLOSED = (
    "The call for applications closed on %(date)s. "
    "Your changes were not saved and nothing was submitted."
)


@pytest.fixture
def draft(call, beijing, li):
    return ApplicationFactory(
        category=call,
        government=beijing,
        official=li.official,
        status=ApplicationStatus.DRAFT,
        submitted=None,
        language="zh-hans",
        title_en="",
        title_zh_hans="电动公交车",
    )


def url(application, language="en"):
    return f"/{language}/awards/{application.edition.year}/apply/{application.pk}/"


def post(client, application, changes=None, *, submit=False, language="en", **files):
    data = form_data(client.get(url(application, language))) | (changes or {})
    if submit:
        data["submit"] = ""
    return client.post(url(application, language), {**data, **files})


def test_anonymous_visitors_sign_in_first_and_others_may_not_apply(client, call, olivia):
    response = client.get("/en/awards/2031/apply/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")

    client.force_login(olivia)
    response = client.get("/ja/awards/2031/apply/")
    assert response.status_code == 403
    message = "Only officials of member governments can apply for the awards."
    assert in_language("ja", message) in visible_text(response)


def test_an_official_starts_a_draft_for_their_own_government(client, call, li, language):
    client.force_login(li)

    overview = client.get(f"/{language}/awards/2031/apply/")
    assert overview.status_code == 200
    response = client.post(f"/{language}/awards/2031/apply/", {"category": call.pk})

    application = Application.objects.get()
    assert response["Location"] == url(application, language)
    assert (application.government.slug, application.status) == ("beijing", "draft")
    assert application.language == "zh-hans"  # Li writes in Chinese
    # Starting again opens the same draft: one application per government and category.
    client.post(f"/{language}/awards/2031/apply/", {"category": call.pk})
    assert Application.objects.count() == 1


def test_a_draft_is_saved_incomplete_and_edited_again(client, draft, li, language):
    client.force_login(li)

    response = post(client, draft, {"summary": "北京市的电动公交车。"}, language=language)

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.summary_zh_hans == "北京市的电动公交车。"
    assert draft.status == ApplicationStatus.DRAFT
    form = form_data(client.get(url(draft, language)))
    assert (form["title"], form["summary"]) == ("电动公交车", "北京市的电动公交车。")


def test_submitting_needs_the_required_fields_and_changes_nothing_without_them(
    client, draft, li, language
):
    client.force_login(li)

    response = post(client, draft, {"summary": "新的摘要"}, submit=True, language=language)

    assert response.status_code == 400
    text = visible_text(response)
    assert in_language(language, NOT_SAVED) in text
    assert in_language(language, REQUIRED) in text
    # What was typed is still in the form, and nothing was stored.
    assert form_data(response)["summary"] == "新的摘要"
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT
    assert not draft.summary_zh_hans
    assert mail.outbox == []


def test_submitting_locks_the_application_and_confirms_in_the_officials_language(
    client, draft, li, django_capture_on_commit_callbacks
):
    client.force_login(li)

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, draft, COMPLETE, submit=True, language="en")

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.SUBMITTED
    assert draft.submitted is not None
    assert (draft.contract_value, draft.tender_date) == (
        Decimal("120000000"),
        datetime.date(2018, 3, 1),
    )
    [message] = mail.outbox
    assert message.to == ["li@beijing.example"]
    assert "2031" in message.subject
    assert "申报" in message.subject
    assert "电动公交车" in message.body
    assert f"/zh-hans/awards/2031/apply/{draft.pk}/" in message.body

    # Locked: the page shows the application, and a POST changes nothing.
    locked = client.get(url(draft))
    assert "This application is submitted" in visible_text(locked)
    assert 'name="submit"' not in locked.content.decode()
    response = client.post(url(draft), {**COMPLETE, "title": "Changed", "save": ""})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.title_zh_hans == "电动公交车"


def test_after_the_deadline_nothing_is_saved_or_submitted(client, draft, li, language):
    client.force_login(li)
    data = form_data(client.get(url(draft)))
    draft.edition.closes = in_days(-1)
    draft.edition.save()

    response = client.post(url(draft, language), {**data, **COMPLETE, "submit": ""})

    assert response.status_code == 403
    assert in_language(language, CLOSED).split("%(date)s")[0] in visible_text(response)
    # The text typed is still on the page, to be copied.
    assert form_data(response)["purchase"] == COMPLETE["purchase"]
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT
    assert not draft.purchase_zh_hans
    assert mail.outbox == []


def test_a_removed_attachment_keeps_its_file_if_the_save_fails(client, draft, li):
    client.force_login(li)
    post(client, draft, attachments=[pdf()])
    report = draft.attachments.get()

    response = post(
        client, draft, {"remove": str(report.pk), "contract_value": "-1"}, attachments=[pdf()]
    )

    assert response.status_code == 400
    assert draft.attachments.get() == report
    assert report.file.storage.exists(report.file.name)


def test_officials_of_a_former_member_may_not_apply(client, call, li, beijing):
    beijing.status = "former"
    beijing.save()
    client.force_login(li)

    assert client.get("/en/awards/2031/apply/").status_code == 403
    assert client.post("/en/awards/2031/apply/", {"category": call.pk}).status_code == 403
    assert not Application.objects.exists()


def test_no_application_is_started_when_the_call_is_not_open(client, call, li):
    client.force_login(li)
    call.edition.phase = Phase.JUDGING
    call.edition.save()

    response = client.post("/en/awards/2031/apply/", {"category": call.pk}, follow=True)

    assert "The call for applications is not open." in visible_text(response)
    assert not Application.objects.exists()


def test_an_official_of_another_government_cannot_read_change_or_submit(client, draft, minji):
    client.force_login(minji)

    assert client.get(url(draft)).status_code == 404
    assert client.post(url(draft), {**COMPLETE, "submit": ""}).status_code == 404
    overview = client.get("/en/awards/2031/apply/")
    assert "电动公交车" not in overview.content.decode()
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT
    assert not draft.purchase_zh_hans


BAD_INPUT = {
    "a negative contract value": ({"contract_value": "-5"}, "contract_value"),
    "a value that is no number": ({"contract_value": "a lot"}, "contract_value"),
    "an impossible date": ({"tender_date": "2018-02-30"}, "tender_date"),
    "a summary over 600 characters": ({"summary": "长" * 601}, "summary"),
    "an unknown currency": ({"currency": "XXX"}, "currency"),
}


@pytest.mark.parametrize(("changes", "field"), BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_refused_and_nothing_is_lost(client, draft, li, changes, field):
    client.force_login(li)

    response = post(client, draft, {"purchase": "电动公交车", **changes})

    assert response.status_code == 400
    errors = [attrs for attrs, _text in page(response).find_all("div", class_="field field-error")]
    assert len(errors) == 1
    assert form_data(response)["purchase"] == "电动公交车"
    draft.refresh_from_db()
    assert not draft.purchase_zh_hans


def pdf(name="report.pdf", size=1000):
    return SimpleUploadedFile(name, b"%PDF-1.7\n" + b"0" * size, "application/pdf")


def test_attachments_are_pdfs_and_images_the_images_re_encoded(client, draft, li):
    client.force_login(li)
    photo = image_file((3000, 1500), kind="JPEG", name="buses.jpg", exif=b"Exif\x00\x00secret")

    response = post(client, draft, attachments=[pdf(), photo])

    assert response.status_code == 302
    report, picture = draft.attachments.order_by("is_image")
    assert (report.name, report.is_image) == ("report.pdf", False)
    assert report.file.read().startswith(b"%PDF-")
    with Image.open(picture.file) as stored:
        assert (stored.format, stored.size) == ("JPEG", (2000, 1000))
        assert "exif" not in stored.info

    # Removing one keeps the other.
    response = post(client, draft, {"remove": str(report.pk)})
    assert list(draft.attachments.all()) == [picture]


BAD_FILES = {
    "a text renamed .pdf": (
        lambda: SimpleUploadedFile("report.pdf", b"not a pdf", "application/pdf"),
        "Upload a PDF or a PNG, JPEG, GIF or WebP image.",
    ),
    "an 11 MB PDF": (lambda: pdf(size=11 * 1024 * 1024), "it may be at most 10"),
    "a decompression bomb": (lambda: png_claiming(30000, 30000), "it may have at most"),
    "a truncated JPEG": (
        lambda: SimpleUploadedFile("cut.jpg", image_file(kind="JPEG").read()[:3000], "image/jpeg"),
        "Upload a PDF or a PNG, JPEG, GIF or WebP image.",
    ),
}


@pytest.mark.parametrize(("upload", "message"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_files_are_refused_with_the_text_kept(client, draft, li, upload, message):
    client.force_login(li)

    response = post(client, draft, {"purchase": "电动公交车"}, attachments=[pdf(), upload()])

    assert response.status_code == 400
    assert message in visible_text(response)
    assert form_data(response)["purchase"] == "电动公交车"
    assert not draft.attachments.exists()
    draft.refresh_from_db()
    assert not draft.purchase_zh_hans


def test_an_application_has_at_most_ten_attachments(client, draft, li):
    client.force_login(li)
    post(client, draft, attachments=[pdf(f"{number}.pdf") for number in range(8)])

    response = post(client, draft, attachments=[pdf("8.pdf"), pdf("9.pdf"), pdf("10.pdf")])

    assert response.status_code == 400
    assert "at most 10 attachments" in visible_text(response)
    assert draft.attachments.count() == 8


def test_changing_the_language_moves_the_text(client, draft, li):
    client.force_login(li)

    post(client, draft, {"language": "en", "title": "Electric buses"})

    draft.refresh_from_db()
    assert (draft.language, draft.title_en, draft.title_zh_hans) == ("en", "Electric buses", "")


def test_the_pages_of_an_official_need_few_queries(
    client, draft, li, django_assert_max_num_queries
):
    client.force_login(li)
    for number in range(5):
        draft.attachments.create(name=f"{number}.pdf", file="awards/x.pdf")

    with django_assert_max_num_queries(8):
        assert client.get("/en/awards/2031/apply/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(url(draft)).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_confirmation_reaches_the_mail_server_through_the_worker(
    client, call, beijing, li, smtp_server, celery_worker
):
    draft = ApplicationFactory(
        category=call, government=beijing, status=ApplicationStatus.DRAFT, submitted=None
    )
    client.force_login(li)

    with celery_worker():
        response = post(client, draft, COMPLETE, submit=True, language="ko")
        assert response.status_code == 302
        wait_for(lambda: smtp_server.messages)

    [message] = smtp_server.messages
    assert message["To"] == "li@beijing.example"
    assert "申报" in message["Subject"]  # in Li's language, whatever page she used


def test_ten_images_beyond_the_request_bound_are_refused_quickly_and_nothing_is_stored(
    client, draft, li, language, settings
):
    client.force_login(li)
    charts = [large_png(name=f"chart-{number}.png") for number in range(10)]  # 36 MP each
    started = time.monotonic()

    changes = {"purchase": "电动公交车"}
    response = post(client, draft, changes, language=language, attachments=charts)

    assert time.monotonic() - started < 10  # no image was decoded
    assert response.status_code == 400
    assert too_many_megapixels(language, 360) in visible_text(response)
    assert form_data(response)["purchase"] == "电动公交车"
    assert not draft.attachments.exists()
    assert media_files(settings.MEDIA_ROOT) == []


def test_images_within_the_request_bound_are_stored(client, draft, li):
    client.force_login(li)

    response = post(client, draft, attachments=[large_png(name="a.png"), large_png(name="b.png")])

    assert response.status_code == 302
    assert draft.attachments.count() == 2


def test_a_save_failing_after_its_files_were_written_leaves_none(
    client, draft, li, settings, monkeypatch
):
    client.force_login(li)

    def broken_submit(application, official):
        raise RuntimeError("the mail server is down")

    monkeypatch.setattr(services, "submit", broken_submit)

    with pytest.raises(RuntimeError):
        post(client, draft, COMPLETE, submit=True, attachments=[pdf(), image_file(name="a.png")])

    assert not draft.attachments.exists()
    assert media_files(settings.MEDIA_ROOT) == []
