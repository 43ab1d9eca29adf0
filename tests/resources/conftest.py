"""The resource library's fixtures.

The EU criteria for computers are GPP criteria of 2021 for IT equipment, in English (two
versions) and Chinese; they supersede the 2016 criteria for office IT equipment, in English
alone. Japan's Basic Policy is a policy of 2024 for paper, in Japanese only. A draft guide
is not published yet.
"""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from demo.resources import sample_pdf
from impact.models import ProductGroup
from resources import services
from resources.forms import ResourceFileField
from resources.models import Resource

CRITERIA_TITLES = {
    "en": "EU GPP criteria for computers, monitors, tablets and smartphones",
    "ko": "컴퓨터·모니터·태블릿·스마트폰 EU 녹색공공구매 기준",
    "ja": "コンピューター・モニター・タブレット・スマートフォンのEUグリーン公共調達基準",
    "zh-hans": "欧盟计算机、显示器、平板电脑和智能手机绿色公共采购标准",
}


def pdf(name: str = "criteria.pdf", text: str = "EU GPP criteria") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, sample_pdf(text), content_type="application/pdf")


def office(name: str, main_part: str | None) -> SimpleUploadedFile:
    """A zip with the content list of Office Open XML and, if named, the format's main part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if main_part:
            archive.writestr(main_part, "<document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def checked(upload):
    """The upload as the admin's file field passes it on."""
    return ResourceFileField().clean(upload)


def add_pdf(resource: Resource, language: str, name: str, text: str = "criteria"):
    return services.add_file(resource, language, checked(pdf(name, text)))


@pytest.fixture
def it_products(db):
    return ProductGroup.objects.create(
        slug="it-equipment",
        name_en="IT equipment",
        name_ko="IT 기기",
        name_ja="IT機器",
        name_zh_hans="IT设备",
        order=1,
    )


@pytest.fixture
def paper_products(db):
    return ProductGroup.objects.create(
        slug="paper", name_en="Paper", name_ko="종이", name_ja="紙類", name_zh_hans="纸张", order=2
    )


@pytest.fixture
def old_criteria(db, it_products):
    resource = Resource.objects.create(
        slug="eu-gpp-criteria-office-it-2016",
        title_en="EU GPP criteria for office IT equipment",
        summary_en="The criteria of 2016.",
        kind="criteria",
        year=2016,
        published=True,
    )
    resource.product_groups.add(it_products)
    add_pdf(resource, "en", "office IT 2016.pdf", "old")
    return resource


@pytest.fixture
def criteria(db, it_products, old_criteria):
    resource = Resource.objects.create(
        slug="eu-gpp-criteria-computers",
        **{f"title_{code.replace('-', '_')}": title for code, title in CRITERIA_TITLES.items()},
        summary_en="Criteria for computers, monitors, tablets and smartphones.",
        summary_zh_hans="计算机、显示器、平板电脑和智能手机的采购标准。",
        publisher_en="European Commission",
        publisher_ko="유럽연합 집행위원회",
        kind="criteria",
        year=2021,
        published=True,
    )
    resource.product_groups.add(it_products)
    add_pdf(resource, "en", "EU criteria computers.pdf", "first version")
    add_pdf(resource, "en", "EU criteria computers (revised).pdf", "second version")
    add_pdf(resource, "zh-hans", "欧盟计算机采购标准.pdf", "chinese")
    old_criteria.superseded_by = resource
    old_criteria.save()
    return resource


@pytest.fixture
def basic_policy(db, paper_products):
    resource = Resource.objects.create(
        slug="japan-basic-policy",
        title_en="Japan's Basic Policy on Promoting Green Purchasing",
        title_ja="環境物品等の調達の推進に関する基本方針",
        summary_en="The policy of the Government of Japan, revised each year.",
        kind="policy",
        year=2024,
        published=True,
    )
    resource.product_groups.add(paper_products)
    add_pdf(resource, "ja", "基本方針.pdf", "kihon houshin")
    return resource


@pytest.fixture
def draft_guide(db):
    resource = Resource.objects.create(
        slug="draft-guide", title_en="Unfinished guide", summary_en="Not yet.", kind="guide"
    )
    add_pdf(resource, "en", "draft.pdf")
    return resource
