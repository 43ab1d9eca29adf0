"""An official acts on their own government's impact reports alone.

Li, Beijing's official, sends every form of the reporting pages to Seoul's addresses, and
Seoul's commitment to Beijing's targets form: each answers 404 or leaves it out, and
nothing of Seoul's changes. What he attaches as evidence must really be a PDF or an image.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from impact.models import CommitmentTarget, Evidence, Report
from tests.helpers import media_files
from tests.probes.content import pdf


def seoul_state(seoul) -> list:
    reports = Report.objects.filter(government=seoul).order_by("pk")
    return [
        list(reports.values_list("pk", "number", "status", "edits", "published")),
        list(Evidence.objects.filter(report__government=seoul).values_list("pk", flat=True)),
        list(CommitmentTarget.objects.filter(commitment__government=seoul).values_list("pk")),
    ]


@pytest.fixture
def forms(world) -> list[tuple[str, dict, int]]:
    """(address, data, status) of each post: Seoul's forms, then Beijing's targets with
    Seoul's commitment."""
    seoul = world.reports.seoul
    commitment = seoul.government.commitments.get()
    group = seoul.lines.get().product_group_id
    report = {
        "currency": "KRW",
        "edits": seoul.edits,
        "lines-TOTAL_FORMS": "1",
        "lines-INITIAL_FORMS": "0",
        "lines-0-product_group": group,
        "lines-0-green_spend": "1",
        "lines-0-total_spend": "2",
        "_submit": "1",
    }
    target = {f"c{commitment.pk}-indicator": "green_share", f"c{commitment.pk}-target_value": 50}
    return [
        ("/en/members/seoul/impact/", {"year": 2022}, 404),
        ("/en/members/seoul/impact/2022/", report | {"edits": ""}, 404),
        (f"/en/members/seoul/impact/{seoul.year}/", report, 404),
        (f"/en/members/seoul/impact/{seoul.year}/correct/", {}, 404),
        ("/en/members/seoul/impact/targets/", target, 404),
        ("/en/members/beijing/impact/targets/", target, 302),
    ]


def test_an_official_cannot_act_for_another_government(world, client, li, forms):
    seoul = world.reports.seoul.government
    before = seoul_state(seoul)
    client.force_login(li)

    answers = [(url, client.post(url, data).status_code) for url, data, _status in forms]

    assert answers == [(url, status) for url, _data, status in forms]
    assert seoul_state(seoul) == before


# Files that claim to be evidence: a page of script named as a PDF, an SVG with a handler
# named as a PNG, and a PDF's signature in front of a page of script.
DISGUISED = [
    ("report.pdf", b"<html><script>alert(1)</script></html>"),
    ("chart.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ("proof.html", b"<!-- %PDF-1.4 --><script>alert(1)</script>"),
]


def save_with_evidence(client, draft, upload):
    return client.post(
        f"/en/members/beijing/impact/{draft.year}/",
        {
            "currency": "CNY",
            "edits": draft.edits,
            "lines-TOTAL_FORMS": "1",
            "lines-INITIAL_FORMS": "0",
            "lines-0-product_group": draft.lines.get().product_group_id,
            "lines-0-green_spend": "1",
            "lines-0-total_spend": "2",
            "evidence": upload,
        },
    )


@pytest.mark.parametrize(("name", "content"), DISGUISED)
def test_evidence_that_is_no_pdf_or_image_is_refused(world, client, li, settings, name, content):
    draft = world.reports.draft
    stored = media_files(settings.MEDIA_ROOT)
    client.force_login(li)

    response = save_with_evidence(client, draft, SimpleUploadedFile(name, content))

    assert response.status_code == 400
    assert not Evidence.objects.filter(report=draft).exists()
    assert media_files(settings.MEDIA_ROOT) == stored


def test_the_same_form_with_a_pdf_saves_it(world, client, li):
    """The control: the form above is valid but for its file."""
    draft = world.reports.draft
    client.force_login(li)

    response = save_with_evidence(client, draft, pdf("proof.pdf"))

    assert response.status_code == 302
    assert Evidence.objects.filter(report=draft).count() == 1


@pytest.mark.parametrize("state", ["submitted", "validated"])
def test_a_submitted_or_validated_report_takes_no_change(world, client, li, settings, state):
    """Locked until staff return it, or for good: a save sent to it changes nothing."""
    report = getattr(world.reports, state)
    before = list(Report.objects.order_by("pk").values_list("pk", "status", "edits"))
    evidence = list(Evidence.objects.order_by("pk").values_list("pk", flat=True))
    stored = media_files(settings.MEDIA_ROOT)
    client.force_login(li)

    response = save_with_evidence(client, report, pdf("late.pdf"))

    assert response.status_code == 409
    assert list(Report.objects.order_by("pk").values_list("pk", "status", "edits")) == before
    assert list(Evidence.objects.order_by("pk").values_list("pk", flat=True)) == evidence
    assert media_files(settings.MEDIA_ROOT) == stored
