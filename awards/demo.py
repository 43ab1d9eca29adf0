"""Demo content of the awards: an announced edition with its winners and case studies in the
four languages, last year's edition in judging, and this year's call, open since a month.

The applications are samples written for the demonstration, not records of real awards."""

import hashlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from awards.models import (
    TEXT_FIELDS,
    Application,
    ApplicationStatus,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
    Score,
)
from events.models import Event
from members.demo import OFFICIAL_PASSWORD, columns
from members.models import MemberGovernment, Official

EDITION_TRANSLATED = ["title", "introduction"]
CATEGORY_TRANSLATED = ["name", "description"]
CRITERION_TRANSLATED = ["name", "description"]
JURY_EMAIL = "jury@seoul.example"

# The demo is loaded this year: last year's and this year's editions are named after it.
THIS_YEAR = timezone.now().year
LAST_YEAR = THIS_YEAR - 1

# The judging criteria; each category picks three or four of them.
CRITERIA = {
    "environment": {
        "name": {
            "en": "Environmental impact",
            "ko": "환경 효과",
            "ja": "環境効果",
            "zh-hans": "环境效益",
        },
        "description": {
            "en": (
                "A measurable reduction of greenhouse gas emissions, energy and resource use or "
                "pollution, compared with the usual purchase."
            ),
            "ko": (
                "일반적인 구매와 비교해 온실가스 배출, 에너지·자원 사용, 오염을 측정 가능한 "
                "수준으로 얼마나 줄였는지 평가합니다."
            ),
            "ja": (
                "通常の調達と比べて、温室効果ガスの排出量、エネルギーや資源の使用量、"
                "汚染を測定可能な形でどれだけ削減したか。"
            ),
            "zh-hans": (
                "与常规采购相比，在温室气体排放、能源资源消耗或污染方面实现了多少可量化的削减。"
            ),
        },
    },
    "benefits": {
        "name": {
            "en": "Social and economic benefits",
            "ko": "사회·경제적 효과",
            "ja": "社会的・経済的効果",
            "zh-hans": "社会与经济效益",
        },
        "description": {
            "en": (
                "Benefits for residents, workers and local businesses, such as cleaner air, safer "
                "working conditions, jobs or savings for the public budget."
            ),
            "ko": (
                "깨끗한 공기, 더 안전한 근로 환경, 일자리, 공공 예산 절감 등 주민과 노동자, 지역 "
                "기업에 돌아가는 혜택을 평가합니다."
            ),
            "ja": (
                "空気の改善、より安全な労働環境、雇用、財政負担の軽減など、住民や労働者、"
                "地元企業にもたらされる便益。"
            ),
            "zh-hans": (
                "为居民、劳动者和本地企业带来的益处，如空气质量改善、更安全的工作条件、"
                "就业机会或财政资金的节约。"
            ),
        },
    },
    "life-cycle-cost": {
        "name": {
            "en": "Life-cycle cost",
            "ko": "전 과정 비용",
            "ja": "ライフサイクルコスト",
            "zh-hans": "全生命周期成本",
        },
        "description": {
            "en": (
                "Whether the purchase was assessed over its whole life, counting energy, "
                "maintenance and disposal as well as the price, and whether it costs less."
            ),
            "ko": (
                "구매 가격뿐 아니라 에너지, 유지관리, 폐기 비용까지 포함한 전 과정 비용으로 "
                "평가했는지, 그리고 실제로 비용이 줄었는지 평가합니다."
            ),
            "ja": (
                "購入価格だけでなく、エネルギー、維持管理、"
                "廃棄の費用も含めたライフサイクル全体で評価したか、実際に費用を抑えられたか。"
            ),
            "zh-hans": (
                "是否按全生命周期评估采购，即除价格外还计入能耗、维护和处置费用，"
                "以及实际是否降低了总成本。"
            ),
        },
    },
    "replicability": {
        "name": {
            "en": "Replicability",
            "ko": "확산 가능성",
            "ja": "波及可能性",
            "zh-hans": "可推广性",
        },
        "description": {
            "en": (
                "How easily other local governments can take up the approach, and how well the "
                "tender documents and results are documented."
            ),
            "ko": (
                "다른 지방정부가 이 방식을 얼마나 쉽게 도입할 수 있는지, 입찰 문서와 성과가 얼마나 "
                "잘 정리되어 있는지 평가합니다."
            ),
            "ja": (
                "他の自治体がこの手法をどれだけ容易に取り入れられるか、"
                "入札書類や成果がどの程度まとめられているか。"
            ),
            "zh-hans": "其他地方政府借鉴这一做法的难易程度，以及招标文件和成果记录的完整程度。",
        },
    },
    "innovation": {
        "name": {"en": "Innovation", "ko": "혁신성", "ja": "革新性", "zh-hans": "创新性"},
        "description": {
            "en": (
                "How new the solution or the approach is for the buyer and for the market of the "
                "region."
            ),
            "ko": "해결책이나 방식이 구매 기관과 지역 시장에 얼마나 새로운지 평가합니다.",
            "ja": "解決策や手法が、発注者と地域の市場にとってどれほど新しいものか。",
            "zh-hans": "解决方案或做法对采购单位和本地区市场而言的新颖程度。",
        },
    },
    "market": {
        "name": {
            "en": "Market engagement",
            "ko": "시장 소통",
            "ja": "市場との対話",
            "zh-hans": "市场沟通",
        },
        "description": {
            "en": (
                "How the buyer informed and involved suppliers before and during the tender, and "
                "whether new suppliers could compete."
            ),
            "ko": (
                "입찰 전후로 공급업체에 정보를 제공하고 참여를 이끌어 낸 방식, 새로운 공급업체도 "
                "경쟁할 수 있었는지 평가합니다."
            ),
            "ja": (
                "入札の前後に事業者へどのように情報を提供し、参加を促したか。"
                "新たな事業者も競争に加われたか。"
            ),
            "zh-hans": (
                "采购单位在招标前和招标过程中如何向供应商通报信息、促其参与，"
                "以及新的供应商能否参与竞争。"
            ),
        },
    },
    "procedure": {
        "name": {
            "en": "Quality of the procedure",
            "ko": "절차의 완성도",
            "ja": "手続の質",
            "zh-hans": "程序质量",
        },
        "description": {
            "en": (
                "Clear specifications and award criteria, a fair balance between price and "
                "environmental performance, and contract clauses that secure the results."
            ),
            "ko": (
                "명확한 규격과 낙찰 기준, 가격과 환경 성능 사이의 균형, 성과를 담보하는 계약 "
                "조항을 평가합니다."
            ),
            "ja": "明確な仕様と評価基準、価格と環境性能のバランス、成果を確実にする契約条項。",
            "zh-hans": (
                "技术规格和评审标准清晰明确，价格与环境性能权衡合理，并有确保成果落实的合同条款。"
            ),
        },
    },
    "circularity": {
        "name": {"en": "Circularity", "ko": "순환성", "ja": "循環性", "zh-hans": "循环性"},
        "description": {
            "en": (
                "How far products and materials are kept in use: reuse, repair, refurbishment, "
                "recycled content and take-back at the end of life."
            ),
            "ko": (
                "재사용, 수리, 재제조, 재활용 원료 사용, 사용 후 회수 등을 통해 제품과 자재를 "
                "얼마나 오래 순환시키는지 평가합니다."
            ),
            "ja": (
                "再使用、修理、再生、再生材の利用、使用後の回収などにより、"
                "製品や資材をどこまで使い続けられるか。"
            ),
            "zh-hans": (
                "通过再使用、维修、翻新、使用再生材料和报废回收，使产品和材料持续得到利用的程度。"
            ),
        },
    },
}

CATEGORY_NAMES = {
    "sustainable-procurement": {
        "en": "Sustainable Procurement of the Year",
        "ko": "올해의 지속가능한 공공구매",
        "ja": "持続可能な公共調達部門",
        "zh-hans": "年度可持续公共采购奖",
    },
    "innovation-procurement": {
        "en": "Innovation Procurement of the Year",
        "ko": "올해의 혁신조달",
        "ja": "イノベーション調達部門",
        "zh-hans": "年度创新采购奖",
    },
    "tender-procedure": {
        "en": "Tender Procedure of the Year",
        "ko": "올해의 입찰 절차",
        "ja": "入札手続部門",
        "zh-hans": "年度招标程序奖",
    },
    "circular-procurement": {
        "en": "Circular Procurement of the Year",
        "ko": "올해의 순환경제 공공구매",
        "ja": "循環型調達部門",
        "zh-hans": "年度循环采购奖",
    },
}

CATEGORY_DESCRIPTIONS = {
    "sustainable-procurement": {
        "en": (
            "For a purchase that brought clear environmental benefits, and where possible social "
            "and economic ones, through green criteria in the specifications, the award criteria "
            "or the contract clauses."
        ),
        "ko": (
            "규격, 낙찰 기준 또는 계약 조건에 녹색 기준을 반영해 뚜렷한 환경적 효과와 함께 "
            "가능하면 사회·경제적 효과까지 거둔 구매를 시상합니다."
        ),
        "ja": (
            "仕様、評価基準または契約条件に環境配慮の基準を盛り込み、明確な環境効果と、"
            "可能であれば社会的・経済的な効果も上げた調達を表彰します。"
        ),
        "zh-hans": (
            "表彰在技术规格、评审标准或合同条款中纳入绿色要求，"
            "取得显著环境效益并尽可能兼顾社会和经济效益的采购项目。"
        ),
    },
    "innovation-procurement": {
        "en": (
            "For a purchase that brought a new, more sustainable solution to the public sector or "
            "to the market, through market dialogue, performance-based specifications or "
            "pre-commercial procurement."
        ),
        "ko": (
            "시장과의 사전 대화, 성능 기반 규격, 상용화 전 조달 등을 통해 공공 부문이나 시장에 "
            "새롭고 더 지속가능한 해결책을 도입한 구매를 시상합니다."
        ),
        "ja": (
            "市場との対話、性能規定型の仕様、商用化前調達などを通じて、公共部門や市場に新しく、"
            "より持続可能な解決策をもたらした調達を表彰します。"
        ),
        "zh-hans": (
            "表彰通过市场对话、基于性能的技术规格或商业化前采购，"
            "为公共部门或市场引入更可持续的新解决方案的采购项目。"
        ),
    },
    "tender-procedure": {
        "en": (
            "For a tender whose design made the difference: early market engagement, life-cycle "
            "costing, well-weighted award criteria or contract management that delivered the "
            "promised results."
        ),
        "ko": (
            "사전 시장 소통, 전 과정 비용 분석, 균형 잡힌 낙찰 기준, 약속한 성과를 실현한 계약 "
            "관리 등 입찰 설계로 차이를 만든 사례를 시상합니다."
        ),
        "ja": (
            "早期の市場との対話、ライフサイクルコストの評価、適切に重み付けされた評価基準、"
            "約束された成果を実現した契約管理など、入札の設計が成果を左右した事例を表彰します。"
        ),
        "zh-hans": (
            "表彰凭借招标设计取得突出成效的项目，如提前开展市场沟通、采用全生命周期成本评估、"
            "合理设置评审权重，或通过合同管理兑现预期成果。"
        ),
    },
    "circular-procurement": {
        "en": (
            "For a purchase that keeps products and materials in use: reuse, repair, "
            "remanufacturing, recycled content, take-back or product-as-a-service models."
        ),
        "ko": (
            "재사용, 수리, 재제조, 재활용 원료 사용, 회수 또는 서비스형 제품 모델을 통해 제품과 "
            "자재를 계속 순환시키는 구매를 시상합니다."
        ),
        "ja": (
            "再使用、修理、再製造、再生材の利用、回収、製品のサービス化などにより、"
            "製品や資材を使い続ける調達を表彰します。"
        ),
        "zh-hans": (
            "表彰通过再使用、维修、再制造、使用再生材料、回收或产品服务化模式，"
            "让产品和材料持续循环利用的采购项目。"
        ),
    },
}

# This year's call: what the jury looks for in each category.
THIS_YEAR_FOCUS = {
    "sustainable-procurement": {
        "en": (
            "This year's focus: zero-emission vehicles and services, from buses and refuse trucks "
            "to street cleaning and deliveries."
        ),
        "ko": "올해의 중점: 버스와 청소차부터 도로 청소와 배송에 이르는 무공해 차량과 서비스.",
        "ja": (
            "今年度の重点：バスやごみ収集車から道路清掃、配送まで、"
            "ゼロエミッションの車両とサービス。"
        ),
        "zh-hans": "今年的重点：从公交车、垃圾收集车到道路清扫和配送服务的零排放车辆与服务。",
    },
    "innovation-procurement": {
        "en": (
            "This year's focus: new low-carbon construction materials and techniques, brought to "
            "market through dialogue with suppliers."
        ),
        "ko": "올해의 중점: 공급업체와의 대화를 통해 시장에 도입한 새로운 저탄소 건설 자재와 공법.",
        "ja": (
            "今年度の重点：事業者との対話を通じて市場に導入された、新しい低炭素の建設資材と工法。"
        ),
        "zh-hans": "今年的重点：通过与供应商对话推向市场的低碳建材和施工新技术。",
    },
    "tender-procedure": {
        "en": (
            "This year's focus: award criteria and contract clauses on the carbon footprint of "
            "works and building materials."
        ),
        "ko": "올해의 중점: 공사와 건설 자재의 탄소발자국에 관한 낙찰 기준과 계약 조항.",
        "ja": "今年度の重点：工事や建設資材のカーボンフットプリントに関する評価基準と契約条項。",
        "zh-hans": "今年的重点：针对工程和建材碳足迹的评审标准与合同条款。",
    },
    "circular-procurement": {
        "en": (
            "This year's focus: reuse and recycled materials in buildings, roads and public spaces."
        ),
        "ko": "올해의 중점: 건물, 도로, 공공 공간에서의 재사용과 순환 자재 활용.",
        "ja": "今年度の重点：建物、道路、公共空間における再使用と再生資材の活用。",
        "zh-hans": "今年的重点：建筑、道路和公共空间中的再使用与再生材料利用。",
    },
}


def titles(year: int) -> dict:
    return {
        "en": f"Procura+ Awards {year}",
        "ko": f"{year} Procura+ 어워드",
        "ja": f"Procura+アワード{year}",
        "zh-hans": f"{year}年度Procura+奖",
    }


CATEGORY_CRITERIA = {
    "sustainable-procurement": ["environment", "benefits", "life-cycle-cost", "replicability"],
    "innovation-procurement": ["innovation", "market", "environment", "replicability"],
    "tender-procedure": ["procedure", "market", "life-cycle-cost", "replicability"],
    "circular-procurement": ["circularity", "environment", "replicability"],
}


def category(slug: str, focus: dict | None = None) -> dict:
    """A category with its criteria; `focus` adds the year's focus to its description."""
    description = CATEGORY_DESCRIPTIONS[slug]
    if focus:
        description = {code: f"{text}\n\n{focus[slug][code]}" for code, text in description.items()}
    return {
        "slug": slug,
        "name": CATEGORY_NAMES[slug],
        "description": description,
        "criteria": [CRITERIA[name] for name in CATEGORY_CRITERIA[slug]],
    }


# Editions. "year" is a number, or "last year" / "this year", counted from the day of loading;
# so are "opens" and "closes" (a date, or days from today).
EDITIONS: list[dict] = [
    {
        "year": 2019,
        "phase": Phase.ANNOUNCED,
        "opens": date(2019, 3, 1),
        "closes": date(2019, 6, 30),
        "title": titles(2019),
        "introduction": {
            "en": (
                "The first Procura+ Awards in East Asia recognise local governments that used "
                "their purchasing power to cut emissions, save resources and open markets for "
                "greener products. Member governments of Procura+ East Asia applied in four "
                "categories with a tender launched in 2017 or 2018. An international jury of green "
                "procurement experts from ICLEI and the International Green Purchasing Network "
                "chose a winner in each category, runners-up and an honourable mention; their "
                "purchases are published here as case studies in four languages."
            ),
            "ko": (
                "동아시아에서 처음 열린 Procura+ 어워드는 구매력을 활용해 온실가스 배출을 줄이고 "
                "자원을 절약하며 친환경 제품 시장을 넓힌 지방정부를 시상합니다. Procura+ 동아시아 "
                "네트워크의 회원 지방정부는 2017년 또는 2018년에 공고한 입찰로 네 개 시상 부문에 "
                "응모했습니다. 이클레이와 국제녹색구매네트워크의 녹색구매 전문가로 구성된 국제 "
                "심사위원단이 부문별 수상과 차점, 특별 언급을 선정했으며, 이들의 구매 사례는 4개 "
                "언어로 된 사례 연구로 공개됩니다."
            ),
            "ja": (
                "東アジアで初めて開催されたProcura+アワードは、"
                "購買力を生かして温室効果ガスを削減し、資源を節約し、"
                "環境に配慮した製品の市場を広げた自治体を表彰するものです。"
                "Procura+東アジアネットワークの参加自治体が、"
                "2017年または2018年に公告した入札をもとに4つの部門に応募しました。"
                "イクレイと国際グリーン購入ネットワークのグリーン調達の専門家からなる国際審査員が、"
                "各部門の受賞と次点、特別賞を選びました。"
                "それらの調達を4か国語の事例として紹介しています。"
            ),
            "zh-hans": (
                "首届东亚地区Procura+奖表彰善用采购力量减少排放、节约资源、"
                "为绿色产品开拓市场的地方政府。"
                "Procura+东亚网络的成员地方政府以2017年或2018年发布的招标项目申报了四个奖项类别。"
                "由宜可城和国际绿色采购网络的绿色采购专家组成的国际评审团评选出各类别的获奖、"
                "亚军和荣誉提名项目，相关案例在此以四种语言发布。"
            ),
        },
        "categories": [
            category("sustainable-procurement"),
            category("innovation-procurement"),
            category("tender-procedure"),
            category("circular-procurement"),
        ],
        "applications": [
            {
                "government": "beijing",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.WINNER,
                "language": "zh-hans",
                "official": "official@beijing.example",
                "title": {
                    "en": "Smart LED street lighting for Beijing's urban roads",
                    "ko": "베이징시 도시 도로의 스마트 LED 가로등 교체",
                    "ja": "北京市 都市道路のスマートLED街路灯への更新",
                    "zh-hans": "北京市城市道路智慧LED路灯改造",
                },
                "summary": {
                    "en": (
                        "Beijing replaced 58,000 high-pressure sodium street lights on its urban "
                        "roads with certified LED luminaires that dim late at night and report "
                        "faults on their own. The lights use 60 % less electricity, saving about "
                        "39,500 MWh and 34,700 tonnes of CO2e a year, while the roads are better "
                        "and more evenly lit."
                    ),
                    "ko": (
                        "베이징시는 도시 도로의 고압나트륨 가로등 5만 8천 개를 심야에 자동으로 "
                        "밝기를 낮추고 고장을 스스로 알리는 인증 LED 가로등으로 교체했습니다. 전력 "
                        "사용량이 60% 줄어 연간 약 39,500MWh의 전력과 34,700톤(CO2 환산)의 "
                        "온실가스를 절감하면서도, 도로는 더 밝고 고르게 비춰집니다."
                    ),
                    "ja": (
                        "北京市は、都市道路の高圧ナトリウム灯5万8千基を、深夜に自動で減光し、"
                        "故障を自ら通知する認証済みのLED照明に更新しました。消費電力は60%減り、"
                        "年間約39,500MWhの電力と34,700トン（CO2換算）の温室効果ガスを削減しながら、"
                        "道路はより明るく均一に照らされるようになりました。"
                    ),
                    "zh-hans": (
                        "北京市将城市道路上的5.8万盏高压钠灯更换为经节能认证的LED路灯，"
                        "路灯可在深夜自动调光并主动报告故障。改造后用电量减少60%，"
                        "每年节电约3.95万兆瓦时，减少二氧化碳当量排放约3.47万吨，"
                        "道路照明也更加明亮均匀。"
                    ),
                },
                "purchase": {
                    "en": (
                        "The Beijing Municipal Commission of City Management and the Municipal "
                        "Finance Bureau tendered the supply, installation and five years of "
                        "maintenance of 58,000 LED luminaires and a central control system in an "
                        "open tender in November 2017, in three lots by district. The "
                        "specifications required a luminous efficacy of at least 130 lm/W, a rated "
                        "life of 50,000 hours, China energy-saving product certification and full "
                        "cut-off optics. Bids were scored on price (40 %), technical performance "
                        "(45 %) and the energy performance guaranteed over ten years (15 %). The "
                        "old lamps were taken back by the suppliers and handed to a licensed "
                        "recycler."
                    ),
                    "ko": (
                        "베이징시 도시관리위원회는 베이징시 재정국과 함께 2017년 11월 LED 가로등 "
                        "5만 8천 개와 중앙 제어 시스템의 공급·설치 및 5년간의 유지관리를 공개 "
                        "입찰에 부쳤으며, 구역별로 세 개의 분할 계약으로 나누었습니다. 규격에는 "
                        "130lm/W 이상의 광효율, 5만 시간의 정격 수명, 중국 에너지절약 제품 인증, "
                        "완전 차광형 배광을 요구했습니다. 평가는 가격 40%, 기술 성능 45%, 10년간 "
                        "보증하는 에너지 성능 15%로 이루어졌습니다. 철거한 기존 램프는 공급업체가 "
                        "회수해 인가받은 재활용 업체에 넘겼습니다."
                    ),
                    "ja": (
                        "北京市城市管理委員会は北京市財政局と共同で、2017年11月、"
                        "LED照明器具5万8千基と集中制御システムの供給・設置および5年間の保守を一般競"
                        "争入札にかけ、地区ごとに3つのロットに分けました。仕様では、"
                        "発光効率130lm/W以上、定格寿命5万時間、中国省エネ製品認証の取得、"
                        "フルカットオフ型の配光を求めました。評価の配分は、価格40%、技術性能45%、"
                        "10年間保証する省エネ性能15%です。撤去した旧ランプは供給業者が回収し、"
                        "許可を受けたリサイクル業者に引き渡しました。"
                    ),
                    "zh-hans": (
                        "2017年11月，北京市城市管理委员会会同北京市财政局，"
                        "通过公开招标采购5.8万套LED路灯灯具及集中控制系统的供货、"
                        "安装和五年运维服务，按区域分为三个标包。技术规格要求光效不低于130流明/瓦、"
                        "额定寿命不低于5万小时、获得中国节能产品认证，并采用截光型配光。"
                        "评审中价格占40%，技术性能占45%，十年节能效果承诺占15%。"
                        "拆下的旧灯由供应商回收，交由有资质的企业处理。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "Each luminaire draws on average 110 W, against 275 W for a sodium lamp "
                        "with its ballast, and dims to 50 % between midnight and 5 a.m. Metered "
                        "consumption in 2018–2019 shows a saving of about 39,500 MWh a year, or "
                        "34,700 tonnes of CO2e with the emission factor of the North China grid. "
                        "Full cut-off optics reduce the light spilled into the sky and into homes, "
                        "and no mercury-containing lamps are used any more."
                    ),
                    "ko": (
                        "LED 등기구 한 개의 평균 소비전력은 약 110W로, 안정기를 포함한 나트륨등의 "
                        "275W보다 훨씬 낮으며, 자정부터 오전 5시까지는 밝기를 50%로 낮춥니다. "
                        "2018~2019년 계량 결과 연간 약 39,500MWh의 전력이 절감되었고, 이는 화베이 "
                        "전력망의 배출계수로 환산하면 34,700톤(CO2 환산)에 해당합니다. 완전 차광형 "
                        "배광으로 하늘과 주택으로 새어 나가는 빛이 줄었고, 수은이 들어 있는 램프도 "
                        "더 이상 사용하지 않습니다."
                    ),
                    "ja": (
                        "LED照明器具1基あたりの平均消費電力は約110Wで、"
                        "安定器を含むナトリウム灯の275Wを大きく下回り、"
                        "午前0時から5時までは50%に減光します。"
                        "2018～2019年の計測では年間約39,500MWhの節電となり、"
                        "華北電力網の排出係数で換算すると34,700トン（CO2換算）の削減に相当します。"
                        "フルカットオフ型の配光により夜空や住宅への漏れ光が減り、"
                        "水銀を含むランプも使われなくなりました。"
                    ),
                    "zh-hans": (
                        "每盏LED路灯平均功率约110瓦，而高压钠灯连同镇流器约为275瓦；"
                        "每天零点至凌晨5点自动调光至50%。2018—2019年的计量数据显示，"
                        "每年节电约3.95万兆瓦时，按华北电网排放因子计算，"
                        "相当于减少二氧化碳当量排放3.47万吨。"
                        "截光型配光减少了射向夜空和居民住宅的溢散光，也不再使用含汞灯具。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Residents' complaints about dark or broken lights fell by almost half, "
                        "because the control system reports failures before anyone calls the "
                        "city's hotline; repairs now take one day instead of four. The white light "
                        "makes pedestrians and cyclists easier to see, and the traffic police "
                        "report fewer night-time accidents on the renewed roads."
                    ),
                    "ko": (
                        "제어 시스템이 시민이 민원 전화를 걸기 전에 먼저 고장을 알려 주기 때문에, "
                        "가로등이 어둡거나 고장 났다는 민원이 절반 가까이 줄었고 수리 기간도 "
                        "4일에서 하루로 단축되었습니다. 백색광 덕분에 보행자와 자전거 이용자가 더 "
                        "잘 보이며, 교통경찰은 교체 구간의 야간 교통사고가 줄었다고 밝혔습니다."
                    ),
                    "ja": (
                        "制御システムが市民からの通報より先に故障を知らせるため、街路灯が暗い、"
                        "点かないといった苦情は半数近く減り、"
                        "修理にかかる日数も4日から1日に短縮されました。"
                        "白色光によって歩行者や自転車が見えやすくなり、交通警察によれば、"
                        "更新した路線では夜間の交通事故が減っています。"
                    ),
                    "zh-hans": (
                        "由于控制系统能在市民拨打热线之前自动上报故障，"
                        "关于路灯不亮或损坏的投诉减少了近一半，维修时间也从四天缩短到一天。"
                        "白光提高了行人和骑车人的可见度，交警部门反映，"
                        "改造路段的夜间交通事故有所减少。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The city's electricity bill for street lighting falls by about CNY 31 "
                        "million a year, and the ten-year warranty and longer lamp life cut "
                        "maintenance costs by a further CNY 6 million a year. Over a 15-year life, "
                        "the LED lighting costs 38 % less than keeping the sodium lamps, and the "
                        "investment pays back in about five years."
                    ),
                    "ko": (
                        "가로등 전기요금은 연간 약 3,100만 위안 줄었고, 10년 품질 보증과 더 긴 "
                        "램프 수명 덕분에 유지관리비도 연간 600만 위안이 추가로 절감됩니다. 15년 "
                        "사용 기간으로 계산하면 LED 가로등은 나트륨등을 계속 쓰는 것보다 비용이 "
                        "38% 적게 들며, 투자비는 약 5년 만에 회수됩니다."
                    ),
                    "ja": (
                        "街路灯の電気料金は年間約3,100万元減少し、"
                        "10年保証とランプの長寿命化により、"
                        "維持管理費もさらに年間600万元削減されます。15年間の使用期間で比べると、"
                        "LED照明はナトリウム灯を使い続ける場合より費用が38%少なく、"
                        "投資は約5年で回収できます。"
                    ),
                    "zh-hans": (
                        "全市道路照明电费每年减少约3100万元，"
                        "十年质保和更长的灯具寿命每年还可节省维护费用约600万元。"
                        "按15年使用寿命计算，LED路灯的全生命周期成本比继续使用高压钠灯低38%，"
                        "投资回收期约为五年。"
                    ),
                },
                "innovation": {
                    "en": (
                        "It was the city's first tender to score a guaranteed energy performance: "
                        "suppliers committed to a maximum annual consumption for each lot, checked "
                        "every year with the meters of the control system, and pay a penalty if it "
                        "is exceeded. The open data interface of the control system lets the city "
                        "add air-quality and traffic sensors later without changing supplier."
                    ),
                    "ko": (
                        "보증 에너지 성능을 평가에 반영한 베이징시 최초의 입찰이었습니다. "
                        "공급업체는 분할 계약별 연간 최대 전력 사용량을 약정하고, 이는 매년 제어 "
                        "시스템의 계량 데이터로 확인되며, 초과하면 위약금을 냅니다. 제어 시스템의 "
                        "개방형 데이터 인터페이스 덕분에 공급업체를 바꾸지 않고도 나중에 "
                        "대기질·교통 센서를 추가할 수 있습니다."
                    ),
                    "ja": (
                        "保証された省エネ性能を評価の対象とした、北京市で初めての入札でした。"
                        "供給業者はロットごとに年間の最大消費電力量を約束し、"
                        "それを毎年制御システムの計測データで確認し、"
                        "超過した場合は違約金が科されます。"
                        "制御システムはオープンなデータインターフェースを備えており、"
                        "供給業者を変えることなく、将来、大気質や交通のセンサーを追加できます。"
                    ),
                    "zh-hans": (
                        "这是北京市首次在招标中对承诺的节能效果进行评分："
                        "供应商须承诺各标包的年度最高用电量，每年通过控制系统的计量数据进行核查，"
                        "超出部分予以扣款。控制系统采用开放数据接口，"
                        "日后可加装空气质量和交通传感器，而无需更换供应商。"
                    ),
                },
                "contract_value": Decimal("186400000.00"),
                "currency": "CNY",
                "tender_date": date(2017, 11, 20),
                "co2e_avoided": Decimal("34700.0"),
                "savings_value": Decimal("39500.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "seoul",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.RUNNER_UP,
                "language": "ko",
                "official": "official@seoul.example",
                "title": {
                    "en": "Green office supplies for all of Seoul's city bodies",
                    "ko": "서울특별시 녹색 사무용품 통합 구매",
                    "ja": "ソウル特別市 グリーン事務用品の一括調達",
                    "zh-hans": "首尔特别市绿色办公用品统一采购",
                },
                "summary": {
                    "en": (
                        "Seoul brought the office supplies of 120 city bodies together in one "
                        "unit-price contract and listed only products with the Korea Eco-Label or "
                        "the Good Recycled mark. The share of green products rose from 62 % to 96 "
                        "%, and recycled paper saves about 410 tonnes of virgin pulp a year."
                    ),
                    "ko": (
                        "서울특별시는 본청과 사업소 등 시 기관 120곳의 사무용품을 하나의 "
                        "단가계약으로 통합하고, 환경표지 또는 우수재활용(GR) 인증 제품만 계약 "
                        "목록에 올렸습니다. 녹색제품 구매 비율은 62%에서 96%로 높아졌고, 재생 용지 "
                        "사용으로 연간 약 410톤의 천연 펄프를 절약합니다."
                    ),
                    "ja": (
                        "ソウル特別市は、"
                        "本庁や事業所など市の120機関の事務用品を一つの単価契約にまとめ、"
                        "韓国の環境ラベルまたは優良リサイクル（GR）"
                        "認証を受けた製品だけを契約品目に載せました。"
                        "グリーン製品の購入率は62%から96%に上がり、"
                        "再生紙の利用によって年間約410トンのバージンパルプを節約しています。"
                    ),
                    "zh-hans": (
                        "首尔特别市将市政府本部及下属事业所等120个市属机构的办公用品整合为一份单价"
                        "合同，合同目录中只列入获得韩国环境标志或优秀再生产品（GR）认证的产品。"
                        "绿色产品采购比例从62%提高到96%，使用再生纸每年可节约原生纸浆约410吨。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In February 2018 Seoul awarded, in an open tender, a two-year unit-price "
                        "contract for about 350 office supply items, from copy paper and pens to "
                        "files and toner cartridges. Every item had to carry the Korea Eco-Label "
                        "or the Good Recycled (GR) mark; for items without a certified product on "
                        "the market, the city set its own criteria on recycled content and reduced "
                        "packaging. Besides the price, bids were scored on a consolidated delivery "
                        "plan that cuts the number of trips and on a take-back scheme for used "
                        "toner cartridges. City bodies can order only listed products through the "
                        "city's e-ordering system."
                    ),
                    "ko": (
                        "서울특별시는 2018년 2월 복사용지, 필기구, 파일, 토너 카트리지 등 사무용품 "
                        "약 350개 품목에 대한 2년 단가계약을 공개 입찰로 체결했습니다. 모든 품목에 "
                        "환경표지 또는 우수재활용(GR) 인증을 필수 요건으로 하고, 인증 제품이 없는 "
                        "품목은 재활용 원료 함량과 포장 감량 기준을 따로 정했습니다. 가격과 함께 "
                        "배송 횟수를 줄이는 통합 배송 계획과 사용한 토너 카트리지의 회수 계획을 "
                        "평가했습니다. 각 기관은 시의 전자 주문 시스템에서 목록에 있는 제품만 "
                        "주문할 수 있습니다."
                    ),
                    "ja": (
                        "2018年2月、ソウル特別市は、コピー用紙、筆記具、ファイル、"
                        "トナーカートリッジなど約350品目の事務用品について、"
                        "2年間の単価契約を一般競争入札で締結しました。"
                        "すべての品目に韓国の環境ラベルまたは優良リサイクル（GR）認証を必須とし、"
                        "認証製品がない品目については、"
                        "再生材の含有率と包装の削減に関する市独自の基準を定めました。価格に加えて、"
                        "配送回数を減らす共同配送の計画と、"
                        "使用済みトナーカートリッジの回収計画も評価しました。各機関は、"
                        "市の電子発注システムでリストに載った製品しか注文できません。"
                    ),
                    "zh-hans": (
                        "2018年2月，首尔特别市通过公开招标签订了为期两年的单价合同，涵盖复印纸、"
                        "书写工具、文件夹、硒鼓等约350种办公用品。"
                        "每种产品都必须获得韩国环境标志或优秀再生产品（GR）认证；"
                        "对于市场上尚无认证产品的品类，"
                        "市政府另行规定了再生材料含量和简化包装的要求。除价格外，"
                        "评审还考察减少配送次数的集中配送方案以及废旧硒鼓回收方案。"
                        "各机构只能通过市政府的电子订货系统订购目录内的产品。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "The share of green products rose from 62 % in 2017 to 96 % in 2018. "
                        "Switching all copy paper to recycled paper saves about 410 tonnes of "
                        "virgin pulp and more than 10,000 m³ of water a year, and consolidated "
                        "deliveries cut the distance driven by delivery vans by 40 %. 18,000 used "
                        "toner cartridges were taken back and remanufactured or recycled. "
                        "Together, these measures avoid about 1,150 tonnes of CO2e a year."
                    ),
                    "ko": (
                        "녹색제품 구매 비율이 2017년 62%에서 2018년 96%로 높아졌습니다. 복사용지를 "
                        "모두 재생 용지로 바꾸어 연간 약 410톤의 천연 펄프와 1만m³가 넘는 물을 "
                        "절약하고, 통합 배송으로 배송 차량의 운행 거리는 40% 줄었습니다. 회수한 "
                        "토너 카트리지 1만 8천 개는 재제조되거나 재활용되었습니다. 이를 모두 "
                        "합하면 연간 약 1,150톤(CO2 환산)의 온실가스가 감축됩니다."
                    ),
                    "ja": (
                        "グリーン製品の購入率は、2017年の62%から2018年には96%に上がりました。"
                        "コピー用紙をすべて再生紙に切り替えたことで、"
                        "年間約410トンのバージンパルプと1万m³を超える水を節約し、"
                        "共同配送によって配送車両の走行距離は40%減りました。"
                        "回収した使用済みトナーカートリッジ1万8千個は、"
                        "再製造またはリサイクルされました。これらを合わせると、"
                        "年間約1,150トン（CO2換算）の温室効果ガスが削減されます。"
                    ),
                    "zh-hans": (
                        "绿色产品采购比例从2017年的62%提高到2018年的96%。复印纸全部改用再生纸后，"
                        "每年节约原生纸浆约410吨、用水1万多立方米；"
                        "集中配送使送货车辆的行驶里程减少了40%。"
                        "回收的1.8万个废旧硒鼓经再制造或再生利用。"
                        "上述措施合计每年减少温室气体排放约1150吨二氧化碳当量。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Used toner cartridges are taken back and remanufactured by two social "
                        "enterprises that employ people with disabilities. Because only green "
                        "products are listed, staff no longer need to check the certificate of "
                        "each product, which makes buying simpler."
                    ),
                    "ko": (
                        "토너 카트리지의 회수와 재제조는 장애인을 고용하는 사회적기업 두 곳이 맡고 "
                        "있습니다. 목록에 녹색제품만 오르면서 담당 공무원이 제품마다 인증을 확인할 "
                        "필요가 없어져 구매 업무가 단순해졌습니다."
                    ),
                    "ja": (
                        "トナーカートリッジの回収と再製造は、"
                        "障害のある人を雇用する2つの社会的企業が担っています。"
                        "リストにはグリーン製品しか載っていないため、"
                        "職員が製品ごとに認証を確認する必要がなくなり、"
                        "購買の事務が簡素になりました。"
                    ),
                    "zh-hans": (
                        "硒鼓的回收和再制造由两家雇用残疾人的社会企业承担。由于目录中只有绿色产品，"
                        "工作人员不必再逐一核对产品认证，采购工作更加简便。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The contract is worth about KRW 4.2 billion a year. Pooling the demand of "
                        "all city bodies lowered the average unit price by 7 %, and remanufactured "
                        "toner cartridges cost about 35 % less than new ones. More than 70 % of "
                        "the listed products are made by small and medium-sized enterprises."
                    ),
                    "ko": (
                        "계약 금액은 연간 약 42억 원입니다. 모든 시 기관의 수요를 모으면서 품목 "
                        "평균 단가가 7% 낮아졌고, 재제조 토너 카트리지는 새 제품보다 약 35% "
                        "저렴합니다. 목록에 오른 제품의 70% 이상이 중소기업 제품입니다."
                    ),
                    "ja": (
                        "契約額は年間約42億ウォンです。"
                        "全機関の需要をまとめたことで平均単価は7%下がり、"
                        "再製造トナーカートリッジは新品より約35%安価です。"
                        "リストに載った製品の7割以上が中小企業の製品です。"
                    ),
                    "zh-hans": (
                        "合同金额约为每年42亿韩元。汇总全市各机构的需求后，产品平均单价下降了7%，"
                        "再制造硒鼓比新品便宜约35%。目录中70%以上的产品来自中小企业。"
                    ),
                },
                "innovation": {
                    "en": (
                        "Instead of merely preferring green products, Seoul made them the only "
                        "choice in the catalogue. For items without certified products, the city's "
                        "own criteria pushed suppliers to improve their ranges: 23 more products "
                        "obtained the Korea Eco-Label during the contract."
                    ),
                    "ko": (
                        "녹색제품을 '우선 구매'하는 데 그치지 않고, 계약 목록 자체를 "
                        "녹색제품으로만 구성한 것이 핵심입니다. 인증 제품이 없는 품목은 시 자체 "
                        "기준을 마련해 공급업체의 제품 개선을 유도했고, 그 결과 계약 기간 중 23개 "
                        "제품이 새로 환경표지 인증을 받았습니다."
                    ),
                    "ja": (
                        "グリーン製品を「優先的に購入する」にとどまらず、"
                        "契約品目そのものをグリーン製品だけで構成した点が核心です。"
                        "認証製品のない品目については市独自の基準を設けて事業者に製品の改善を促し、"
                        "その結果、契約期間中に新たに23製品が韓国の環境ラベル認証を取得しました。"
                    ),
                    "zh-hans": (
                        "首尔特别市不止于“优先采购”绿色产品，而是让合同目录中只剩下绿色产品可选。"
                        "对于尚无认证产品的品类，市政府制定了自己的标准，推动供应商改进产品："
                        "合同期内又有23种产品获得了韩国环境标志认证。"
                    ),
                },
                "contract_value": Decimal("8400000000.00"),
                "currency": "KRW",
                "tender_date": date(2018, 2, 6),
                "co2e_avoided": Decimal("1150.0"),
                "savings_value": Decimal("410.0"),
                "savings_unit": "t of virgin pulp",
            },
            {
                "government": "qingdao",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.NOT_SELECTED,
                "language": "zh-hans",
                "title": {"zh-hans": "青岛市公办中小学一级能效空调集中采购"},
                "summary": {
                    "zh-hans": (
                        "青岛市为全市公办中小学集中采购约4200台空调，"
                        "全部要求达到一级能效并使用低全球变暖潜值制冷剂。与二级能效产品相比，"
                        "每年可节电约1300兆瓦时。"
                    ),
                },
                "purchase": {
                    "zh-hans": (
                        "2018年7月，青岛市政府采购中心为全市公办中小学组织空调集中带量采购，"
                        "共约4200台，分为壁挂式和柜式两个标包。"
                        "招标文件要求产品达到国家一级能效标准、列入节能产品政府采购品目清单，"
                        "并使用R32等低全球变暖潜值制冷剂。供应商须负责安装、"
                        "三年上门维保以及旧空调的回收。"
                    ),
                },
                "environmental_outcome": {
                    "zh-hans": (
                        "与二级能效产品相比，新空调每年节电约1300兆瓦时，"
                        "减少二氧化碳当量排放约1100吨。"
                        "回收的约1500台旧空调交由有资质的拆解企业处理，制冷剂得到规范回收。"
                    ),
                },
                "social_outcome": {
                    "zh-hans": "教室夏季温度得到有效控制，师生的学习和工作环境明显改善。",
                },
                "economic_outcome": {
                    "zh-hans": "集中带量采购使单价比各校分散采购平均低12%，节约财政资金约210万元。",
                },
                "innovation": {
                    "zh-hans": "首次将全市中小学的空调需求汇总后统一招标，并把旧空调回收写入合同。",
                },
                "contract_value": Decimal("15800000.00"),
                "currency": "CNY",
                "tender_date": date(2018, 7, 10),
                "co2e_avoided": Decimal("1100.0"),
                "savings_value": Decimal("1300.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "guiyang",
                "category": "innovation-procurement",
                "status": ApplicationStatus.WINNER,
                "language": "zh-hans",
                "official": "official@guiyang.example",
                "title": {
                    "en": (
                        "Guiyang's government cloud: data-centre services bought on energy "
                        "performance"
                    ),
                    "ko": (
                        "구이양시 전자정부 클라우드: 에너지 성능을 기준으로 한 데이터센터 서비스 "
                        "조달"
                    ),
                    "ja": (
                        "貴陽市の行政クラウド：エネルギー性能を軸にしたデータセンターサービスの調達"
                    ),
                    "zh-hans": "贵阳市政务云服务：以能效为核心的绿色数据中心采购",
                },
                "summary": {
                    "en": (
                        "Instead of renewing the servers of 48 separate server rooms, Guiyang "
                        "bought government cloud services with a guaranteed power usage "
                        "effectiveness (PUE) of 1.25, using the city's cool climate to cool the "
                        "data centre with outside air. Electricity use for the city's IT fell by "
                        "63 %, saving about 9,600 MWh and 7,900 tonnes of CO2e a year."
                    ),
                    "ko": (
                        "구이양시는 흩어져 있던 전산실 48곳의 서버를 교체하는 대신, 서늘한 기후를 "
                        "활용한 외기 냉각으로 전력 사용 효율(PUE) 1.25를 보장하는 전자정부 "
                        "클라우드 서비스를 조달했습니다. 시 정보 시스템의 전력 사용량은 63% 줄어 "
                        "연간 약 9,600MWh의 전력과 7,900톤(CO2 환산)의 온실가스를 절감합니다."
                    ),
                    "ja": (
                        "貴陽市は、分散していた48か所のサーバー室の機器を更新する代わりに、"
                        "冷涼な気候を生かした外気冷却により電力使用効率（PUE）"
                        "1.25を保証する行政クラウドサービスを調達しました。"
                        "市の情報システムの電力使用量は63%減り、"
                        "年間約9,600MWhの電力と7,900トン（CO2換算）の温室効果ガスを削減しています。"
                    ),
                    "zh-hans": (
                        "贵阳市没有为48个分散的机房更新服务器，而是采购了保证电能利用效率（PUE）"
                        "不高于1.25的政务云服务，充分利用本地凉爽的气候实现自然冷却。"
                        "全市政务信息系统的用电量减少了63%，每年节电约9600兆瓦时，"
                        "减少二氧化碳当量排放约7900吨。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In April 2018 the Guiyang Big Data Development Administration Commission "
                        "and the Municipal Finance Bureau bought, through competitive negotiation, "
                        "three years of government cloud services — computing, storage, back-up "
                        "and operation — for the city's 62 departments. The tender documents did "
                        "not prescribe equipment but service levels and energy performance: an "
                        "annual average PUE of 1.25 or lower, with metered data published every "
                        "quarter; servers from the government list of energy-saving products; and "
                        "retired equipment handed to a licensed recycler. Price counted for 50 %, "
                        "the technical and service proposal for 35 % and the committed energy "
                        "performance for 15 %."
                    ),
                    "ko": (
                        "2018년 4월 구이양시 빅데이터발전관리위원회와 재정국은 경쟁적 협상 "
                        "방식으로 시 62개 부서가 사용할 3년간의 전자정부 클라우드 서비스(컴퓨팅, "
                        "스토리지, 백업, 운영)를 조달했습니다. 입찰 문서는 특정 장비를 지정하지 "
                        "않고 서비스 수준과 에너지 성능을 요구했습니다. 데이터센터의 연평균 PUE는 "
                        "1.25 이하여야 하고 계량 데이터를 분기마다 공개해야 하며, 서버는 정부의 "
                        "에너지절약 제품 목록에 올라 있어야 하고, 폐기 장비는 인가받은 재활용 "
                        "업체에 넘겨야 합니다. 평가는 가격 50%, 기술·서비스 제안 35%, 에너지 성능 "
                        "약정 15%였습니다."
                    ),
                    "ja": (
                        "2018年4月、貴陽市ビッグデータ発展管理委員会と財政局は、競争的交渉により、"
                        "市の62部門が利用する3年間の行政クラウドサービス（演算、ストレージ、"
                        "バックアップ、運用）を調達しました。入札書類では機器を指定せず、"
                        "サービス水準とエネルギー性能を求めました。"
                        "データセンターの年間平均PUEを1.25以下とし、"
                        "計測データを四半期ごとに公開すること、"
                        "サーバーは政府の省エネ製品リストに掲載されたものとすること、"
                        "廃棄する機器は許可を受けたリサイクル業者に引き渡すことです。評価の配分は、"
                        "価格50%、技術・サービス提案35%、約束した省エネ性能15%でした。"
                    ),
                    "zh-hans": (
                        "2018年4月，贵阳市大数据发展管理委员会会同贵阳市财政局，"
                        "以竞争性磋商方式为全市62个部门采购为期三年的政务云服务，涵盖计算、存储、"
                        "备份和运维。采购文件没有指定具体设备，而是规定服务水平和能效要求："
                        "数据中心年均PUE不高于1.25，每季度公开计量数据；"
                        "服务器须列入节能产品政府采购品目清单；退役设备须交由有资质的企业回收。"
                        "评审中价格占50%，技术和服务方案占35%，能效承诺占15%。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "Before the move, the 48 server rooms used about 15,200 MWh a year, with "
                        "an average PUE of about 1.9 and servers running at less than 15 % of "
                        "their capacity. On the cloud, virtualisation cut the number of servers "
                        "needed by 70 %, and the data centre reached a measured annual PUE of 1.23 "
                        "in 2018–2019. The city's IT now uses about 5,600 MWh a year: a saving of "
                        "9,600 MWh and about 7,900 tonnes of CO2e. The 1,100 old servers were all "
                        "dismantled and recycled by a licensed company."
                    ),
                    "ko": (
                        "이전 전에는 전산실 48곳이 연간 약 15,200MWh의 전력을 사용했으며, 평균 "
                        "PUE는 약 1.9, 서버 가동률은 15% 미만이었습니다. 클라우드로 옮긴 뒤 "
                        "가상화로 필요한 서버 수가 70% 줄었고, 데이터센터는 2018~2019년 실측 "
                        "연평균 PUE 1.23을 기록했습니다. 시 정보 시스템의 연간 전력 사용량은 약 "
                        "5,600MWh로 줄어 연간 9,600MWh의 전력과 약 7,900톤(CO2 환산)의 온실가스가 "
                        "절감되었습니다. 기존 서버 1,100여 대는 모두 인가받은 업체가 해체해 "
                        "재활용했습니다."
                    ),
                    "ja": (
                        "移行前、48か所のサーバー室は年間約15,200MWhの電力を使用し、"
                        "平均PUEは約1.9、サーバーの稼働率は15%未満でした。クラウドへの移行後、"
                        "仮想化によって必要なサーバーの台数は70%減り、"
                        "データセンターは2018～2019年に実測の年間平均PUE1.23を達成しました。"
                        "市の情報システムの年間電力使用量は約5,600MWhとなり、"
                        "9,600MWhの電力と約7,900トン（CO2換算）の温室効果ガスが削減されました。"
                        "1,100台余りの旧サーバーは、すべて許可を受けた業者が解体し、"
                        "リサイクルしました。"
                    ),
                    "zh-hans": (
                        "迁移前，48个机房的年用电量约为1.52万兆瓦时，平均PUE约为1.9，"
                        "服务器利用率不足15%。迁移至政务云后，虚拟化使所需服务器数量减少了70%，"
                        "数据中心2018—2019年实测年均PUE为1.23。"
                        "全市政务信息系统年用电量降至约5600兆瓦时，每年节电约9600兆瓦时，"
                        "减少二氧化碳当量排放约7900吨。"
                        "淘汰的1100余台旧服务器全部由有资质的企业拆解回收。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Departments no longer run their own server rooms, and the IT staff who "
                        "looked after them now work on data services and online public services. "
                        "Common security and off-site back-up made the city's systems more "
                        "reliable: online services for residents were available 99.95 % of the "
                        "time."
                    ),
                    "ko": (
                        "각 부서는 더 이상 자체 전산실을 운영하지 않아도 되며, 전산실을 관리하던 "
                        "정보기술 인력은 데이터 서비스와 온라인 민원 서비스 업무로 옮겨 갔습니다. "
                        "공동 보안 체계와 원격지 백업으로 시스템의 신뢰성이 높아져, 시민 대상 "
                        "온라인 서비스의 가용률이 99.95%에 이르렀습니다."
                    ),
                    "ja": (
                        "各部門は自前のサーバー室を運用する必要がなくなり、"
                        "その管理にあたっていたIT職員は、"
                        "データサービスやオンライン行政サービスの業務に移りました。"
                        "共通のセキュリティ対策と遠隔地バックアップによってシステムの信頼性が高ま"
                        "り、市民向けオンラインサービスの稼働率は99.95%に達しました。"
                    ),
                    "zh-hans": (
                        "各部门不再需要自行维护机房，"
                        "原本负责机房运维的信息技术人员转而从事数据服务和网上政务工作。"
                        "政务云统一的安全防护和异地备份提高了系统的可靠性，"
                        "面向市民的网上服务可用率达到99.95%。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The three-year service contract is worth CNY 96 million, against about "
                        "CNY 135 million for renewing the equipment and running server rooms in "
                        "every department. Electricity alone saves about CNY 5 million a year. The "
                        "contract also strengthened local data-centre service companies and gave "
                        "the city a model for buying green data-centre services that it can repeat."
                    ),
                    "ko": (
                        "3년 서비스 계약 금액은 9,600만 위안으로, 부서별로 장비를 교체하고 "
                        "전산실을 운영하는 데 드는 약 1억 3,500만 위안보다 적습니다. 전기요금만 "
                        "해도 연간 약 500만 위안이 절감됩니다. 이 계약은 지역 데이터센터 서비스 "
                        "기업의 성장에도 도움이 되었고, 녹색 데이터센터 서비스를 조달하는 모델이 "
                        "되었습니다."
                    ),
                    "ja": (
                        "3年間のサービス契約額は9,600万元で、"
                        "部門ごとに機器を更新しサーバー室を運用する場合の約1億3,500万元を下回りま"
                        "す。電気料金だけでも年間約500万元の節約になります。"
                        "この契約は地元のデータセンターサービス企業の成長にもつながり、"
                        "グリーンなデータセンターサービスを調達するモデルとなりました。"
                    ),
                    "zh-hans": (
                        "三年服务合同金额为9600万元，"
                        "低于各部门分别更新设备和维护机房所需的约1.35亿元，"
                        "仅电费一项每年即可节省约500万元。合同还带动了本地数据中心服务企业的发展，"
                        "为绿色数据中心服务采购提供了可复制的模式。"
                    ),
                },
                "innovation": {
                    "en": (
                        "It was the first time Guiyang bought its IT infrastructure as a service "
                        "and made PUE a contractual indicator, with the service fee reduced in "
                        "proportion when the target is missed. Before the tender, the city held "
                        "two market dialogues with twelve data-centre operators; after hearing "
                        "them, it tightened the PUE requirement from 1.3 to 1.25. The winning "
                        "solution uses Guiyang's mild climate, with an average temperature of "
                        "about 15 °C, to cool the data centre with outside air and indirect "
                        "evaporative cooling for about 80 % of the year."
                    ),
                    "ko": (
                        "구이양시가 정보 인프라를 서비스 형태로 조달하고 PUE를 계약상 성과 지표로 "
                        "삼은 것은 처음이며, 목표를 달성하지 못하면 서비스 요금이 비율에 따라 "
                        "삭감됩니다. 입찰 전 시는 데이터센터 운영사 12곳과 두 차례 시장 대화를 "
                        "열었고, 의견을 들은 뒤 PUE 기준을 1.3에서 1.25로 강화했습니다. 낙찰된 "
                        "방안은 연평균 기온이 약 15℃인 구이양의 기후를 활용해, 연중 약 80%의 기간 "
                        "동안 외기와 간접 증발 냉각으로 데이터센터를 냉각합니다."
                    ),
                    "ja": (
                        "貴陽市が情報基盤をサービスとして調達し、"
                        "PUEを契約上の成果指標としたのは初めてで、"
                        "目標を達成できなかった場合はサービス料が比例して減額されます。入札前には、"
                        "データセンター事業者12社と2回の市場対話を行い、"
                        "その意見を踏まえてPUEの要件を1.3から1.25に引き上げました。落札した提案は、"
                        "年平均気温が約15℃という貴陽の気候を生かし、年間の約8割の期間、"
                        "外気と間接気化冷却でデータセンターを冷却しています。"
                    ),
                    "zh-hans": (
                        "这是贵阳市首次以服务形式采购政务信息基础设施，并将PUE作为合同考核指标，"
                        "未达标时按比例扣减服务费。招标前，市里召开了两场市场对话会，"
                        "向12家数据中心运营商介绍需求，听取意见后将PUE要求从1.3收紧至1.25。"
                        "中标方案利用贵阳年均气温约15℃的气候条件，"
                        "全年约80%的时间采用新风自然冷却和间接蒸发冷却。"
                    ),
                },
                "contract_value": Decimal("96000000.00"),
                "currency": "CNY",
                "tender_date": date(2018, 4, 12),
                "co2e_avoided": Decimal("7900.0"),
                "savings_value": Decimal("9600.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "futian",
                "category": "innovation-procurement",
                "status": ApplicationStatus.SHORTLISTED,
                "language": "zh-hans",
                "title": {
                    "en": "A shared electric fleet for official travel in Futian District",
                    "ko": "푸톈구 관용차의 전기차 전환과 공유 플랫폼",
                    "ja": "福田区 公用車の電気自動車化とシェアリング",
                    "zh-hans": "福田区公务用车电动化与共享平台",
                },
                "summary": {
                    "en": (
                        "Futian District replaced the 260 petrol cars its departments ran "
                        "separately with 150 battery-electric cars leased as a service and booked "
                        "on a shared platform. The district needs 40 % fewer cars, and official "
                        "travel causes about 450 tonnes of CO2e less a year."
                    ),
                    "ko": (
                        "선전시 푸톈구는 부서마다 따로 운영하던 휘발유 차량 260대를, 임차 서비스로 "
                        "조달해 공유 플랫폼에서 예약하는 순수 전기차 150대로 대체했습니다. 필요한 "
                        "관용차 수는 40% 줄었고, 공무 출장에서 발생하는 온실가스는 연간 약 "
                        "450톤(CO2 환산) 감소했습니다."
                    ),
                    "ja": (
                        "深圳市福田区は、各部門が個別に管理していたガソリン車260台を、"
                        "リース方式で調達し共同の予約プラットフォームで運用する純電気自動車150台に"
                        "置き換えました。必要な公用車の台数は4割減り、"
                        "公務での移動による温室効果ガス排出量は年間約450トン（CO2換算）"
                        "減少しました。"
                    ),
                    "zh-hans": (
                        "深圳市福田区以租赁服务方式采购150辆纯电动公务用车，"
                        "并通过共享预约平台统一调度，取代各部门分散管理的260辆燃油车。"
                        "全区公务用车数量减少40%，公务出行每年减少二氧化碳当量排放约450吨。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In September 2018 Futian District tendered a five-year lease of electric "
                        "official cars as a service: 150 battery-electric cars, the installation "
                        "and operation of charging points, insurance and maintenance, and a shared "
                        "booking and dispatch platform. The cars had to be on the national list of "
                        "recommended new-energy vehicles, with a range of at least 300 km, and the "
                        "provider must guarantee 98 % availability. Price counted for 45 %, the "
                        "service plan and the platform for 40 %, and vehicle efficiency and "
                        "battery recycling for 15 %."
                    ),
                    "ko": (
                        "2018년 9월 푸톈구는 공개 입찰로 5년간의 전기 관용차 임차 서비스를 "
                        "조달했습니다. 순수 전기차 150대, 충전기 설치·운영, 보험과 정비, 공유 "
                        "예약·배차 플랫폼이 포함됩니다. 차량은 국가 신에너지차 추천 목록에 올라 "
                        "있고 주행거리가 300km 이상이어야 하며, 서비스 제공자는 98% 이상의 "
                        "가동률을 보장해야 합니다. 평가는 가격 45%, 서비스 계획과 플랫폼 40%, 차량 "
                        "효율과 배터리 재활용 계획 15%였습니다."
                    ),
                    "ja": (
                        "2018年9月、福田区は電気自動車の公用車を5年間リースするサービスを一般競争入"
                        "札で調達しました。純電気自動車150台、充電設備の設置と運用、保険と整備、"
                        "共同の予約・配車プラットフォームが含まれます。"
                        "車両は国の新エネルギー車推奨車種リストに掲載され、"
                        "航続距離が300km以上であること、"
                        "事業者は98%以上の稼働を保証することが条件です。評価の配分は、価格45%、"
                        "サービス計画とプラットフォーム40%、"
                        "車両の効率と電池のリサイクル計画15%でした。"
                    ),
                    "zh-hans": (
                        "2018年9月，福田区通过公开招标采购为期五年的电动公务用车租赁服务，"
                        "包括150辆纯电动汽车、充电桩建设与运维、车辆保险维修以及共享预约调度平台。"
                        "招标文件规定车辆须列入新能源汽车推广应用推荐车型目录，"
                        "续驶里程不低于300公里，服务商须保证车辆出勤率不低于98%。评审中价格占45%，"
                        "服务方案和平台功能占40%，车辆能效和电池回收方案占15%。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "The 260 petrol cars drove about 3.4 million km a year and burned about "
                        "300,000 litres of petrol. The electric cars use about 510 MWh a year for "
                        "the same travel; net of power-plant emissions, this avoids about 450 "
                        "tonnes of CO2e a year. With no exhaust, the cars also help the air "
                        "quality of central Futian, and the provider has committed to reuse and "
                        "then recycle the batteries."
                    ),
                    "ko": (
                        "기존 휘발유 차량 260대는 연간 약 340만km를 달리며 휘발유 약 30만 리터를 "
                        "소비했습니다. 전기차는 같은 거리를 달리는 데 연간 약 510MWh의 전력을 "
                        "쓰며, 발전 과정의 배출을 빼더라도 연간 약 450톤(CO2 환산)의 온실가스가 "
                        "줄어듭니다. 배기가스가 없어 푸톈 도심의 대기질 개선에도 도움이 되며, "
                        "서비스 제공자는 다 쓴 배터리를 재사용한 뒤 재활용하기로 약속했습니다."
                    ),
                    "ja": (
                        "従来のガソリン車260台は年間約340万km走行し、"
                        "約30万リットルのガソリンを消費していました。"
                        "電気自動車は同じ距離の移動に年間約510MWhの電力を使い、"
                        "発電に伴う排出を差し引いても、年間約450トン（CO2換算）"
                        "の温室効果ガスが削減されます。"
                        "排気ガスがないため福田中心部の大気質の改善にも役立ち、"
                        "事業者は使用済みの電池をリユースした後にリサイクルすることを約束していま"
                        "す。"
                    ),
                    "zh-hans": (
                        "原有260辆燃油车每年行驶约340万公里，消耗汽油约30万升。改用电动车后，"
                        "同样的出行里程每年用电约510兆瓦时，扣除发电排放后，"
                        "每年减少二氧化碳当量排放约450吨。车辆行驶零尾气排放，"
                        "也有助于改善福田中心区的空气质量。服务商承诺动力电池退役后先梯次利用，"
                        "再进行回收。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Staff book a car on a mobile app, and the average wait fell from about 40 "
                        "minutes to less than 10. Central dispatch also makes the use of official "
                        "cars more transparent to the public."
                    ),
                    "ko": (
                        "직원들은 모바일 앱으로 언제든 차량을 예약할 수 있으며, 평균 대기 시간은 "
                        "약 40분에서 10분 이내로 줄었습니다. 통합 배차로 관용차 사용이 더 투명해져 "
                        "시민이 감시하기도 쉬워졌습니다."
                    ),
                    "ja": (
                        "職員はスマートフォンのアプリでいつでも車両を予約でき、"
                        "平均の待ち時間は約40分から10分以内に短縮されました。一元的な配車により、"
                        "公用車の使い方も市民にとってより透明になりました。"
                    ),
                    "zh-hans": (
                        "工作人员可通过手机应用随时预约车辆，"
                        "平均等车时间从约40分钟缩短到10分钟以内。"
                        "统一调度也使公务用车的使用更加透明，便于公众监督。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The five-year lease contract is worth CNY 52.8 million. Compared with "
                        "buying and maintaining petrol cars and paying for fuel, the district's "
                        "annual cost of official cars fell by about 22 %."
                    ),
                    "ko": (
                        "5년 임차 서비스 계약 금액은 5,280만 위안입니다. 휘발유 차량을 "
                        "구매·정비하고 연료비를 내던 기존 방식과 비교해 구의 연간 관용차 비용이 약 "
                        "22% 줄었습니다."
                    ),
                    "ja": (
                        "5年間のリース契約額は5,280万元です。ガソリン車を購入・整備し、"
                        "燃料費を支払っていた従来の方式と比べ、"
                        "区の公用車にかかる年間費用は約22%減りました。"
                    ),
                    "zh-hans": (
                        "五年租赁服务合同金额为5280万元。"
                        "与过去购买和保养燃油车并支付燃油费的方式相比，"
                        "全区公务用车年度费用下降约22%。"
                    ),
                },
                "innovation": {
                    "en": (
                        "Futian moved from buying cars to buying a mobility service: the provider "
                        "bears the risks of the vehicles, charging and repairs, and is paid for "
                        "available cars and the quality of service. The platform's data now tell "
                        "the district how many cars it really needs."
                    ),
                    "ko": (
                        "푸톈구는 '차량 구매'를 '이동 서비스 구매'로 바꾸었습니다. 차량, 충전, "
                        "정비에 따른 위험은 모두 서비스 제공자가 지고, 구는 실제 이용 가능한 "
                        "차량과 서비스 품질에 따라 비용을 지불합니다. 공유 플랫폼의 이용 데이터는 "
                        "앞으로 필요한 차량 규모를 정하는 근거가 됩니다."
                    ),
                    "ja": (
                        "福田区は「車を買う」ことから「移動サービスを買う」ことへと転換しました。"
                        "車両、充電、整備のリスクはすべて事業者が負い、"
                        "区は実際に利用できる車両とサービスの質に応じて料金を支払います。"
                        "プラットフォームの利用データは、"
                        "今後必要な車両の台数を判断する根拠になっています。"
                    ),
                    "zh-hans": (
                        "福田区把“买车”变为“买出行服务”，由服务商承担车辆、充电和维修的全部风险，"
                        "区里按实际可用车辆和服务质量付费。"
                        "共享平台的使用数据为今后确定车辆规模提供了依据。"
                    ),
                },
                "contract_value": Decimal("52800000.00"),
                "currency": "CNY",
                "tender_date": date(2018, 9, 14),
                "co2e_avoided": Decimal("450.0"),
                "savings_value": Decimal("300000.0"),
                "savings_unit": "l of petrol",
            },
            {
                "government": "kyoto",
                "category": "tender-procedure",
                "status": ApplicationStatus.WINNER,
                "language": "ja",
                "official": "official@kyoto.example",
                "title": {
                    "en": (
                        "Renovating a ward office in Kyoto, with environmental performance in the "
                        "award criteria"
                    ),
                    "ko": (
                        "교토시 구청 청사 에너지절약 개보수: 환경 성능을 평가한 종합평가 낙찰 방식"
                    ),
                    "ja": "京都市 区役所庁舎の省エネ改修 ― 環境性能を評価する総合評価落札方式",
                    "zh-hans": "京都市区政府办公楼节能改造：以环境性能为评审重点的综合评标",
                },
                "summary": {
                    "en": (
                        "Kyoto renovated a ward office more than 40 years old through a tender "
                        "that scored environmental performance as well as price. The city set the "
                        "target reduction of primary energy from the design stage and made the "
                        "contractor verify the building's consumption for three years after "
                        "completion: energy use fell by 52 %, avoiding about 210 tonnes of CO2e a "
                        "year."
                    ),
                    "ko": (
                        "교토시는 준공된 지 40년이 넘은 구청 청사의 개보수를 가격뿐 아니라 환경 "
                        "성능도 평가하는 종합평가 낙찰 방식으로 발주했습니다. 설계 단계부터 1차 "
                        "에너지 절감 목표를 제시하고 준공 후 3년간 에너지 사용량을 검증하도록 "
                        "계약한 결과, 에너지 사용량은 52%, 온실가스 배출량은 연간 약 210톤(CO2 "
                        "환산) 줄었습니다."
                    ),
                    "ja": (
                        "京都市は、築40年を超える区役所庁舎の改修を、"
                        "価格だけでなく環境性能も採点する総合評価落札方式で発注しました。"
                        "設計段階から一次エネルギーの削減目標を示し、"
                        "竣工後3年間のエネルギー消費量の検証を契約に盛り込んだ結果、"
                        "エネルギー消費量は52%、温室効果ガス排出量は年間約210トン（CO2換算）"
                        "削減されました。"
                    ),
                    "zh-hans": (
                        "京都市对一栋建成40多年的区政府办公楼进行改造，采用综合评标方式，"
                        "不仅评价价格，也对环境性能打分。市政府从设计阶段就明确了一次能源削减目标，"
                        "并要求承包商在竣工后三年内核验建筑能耗。改造后能耗下降52%，"
                        "每年减少二氧化碳当量排放约210吨。"
                    ),
                },
                "purchase": {
                    "en": (
                        "The building is a ward office of about 5,400 m² completed in 1975. Kyoto "
                        "first selected the designer through a proposal competition under Japan's "
                        "Green Contract Act, asking for a design that cuts primary energy use by "
                        "at least 50 %. The works were then tendered in June 2018 with a "
                        "comprehensive evaluation method: price counted for 60 %, and 40 % went to "
                        "proposals that improve energy performance, reduce and recycle "
                        "construction waste and use wood from the region. The contract requires "
                        "the contractor to meter the building's energy use for three years after "
                        "completion and to put things right if the target is missed."
                    ),
                    "ko": (
                        "개보수 대상은 1975년에 준공된 연면적 약 5,400m²의 구청 청사입니다. "
                        "교토시는 먼저 일본의 환경배려계약법에 따른 제안 공모 방식으로 설계자를 "
                        "선정하면서 1차 에너지 사용량을 50% 이상 줄이는 설계를 요구했습니다. 이어 "
                        "2018년 6월 공사를 종합평가 낙찰 방식으로 입찰에 부쳐, 가격(60%)과 함께 "
                        "에너지 성능 향상 제안, 공사 중 폐기물 감량과 재활용, 지역산 목재 "
                        "사용(40%)을 평가했습니다. 계약에는 준공 후 3년간 에너지 사용량을 "
                        "계측하고, 목표에 미달하면 개선 조치를 하도록 하는 조항을 넣었습니다."
                    ),
                    "ja": (
                        "改修の対象は、1975年に竣工した延床面積約5,400m²の区役所庁舎です。"
                        "京都市は、まず環境配慮契約法に基づくプロポーザル方式で設計者を選定し、"
                        "一次エネルギー消費量を50%以上削減する設計を求めました。"
                        "続く工事は2018年6月に総合評価落札方式で入札にかけ、価格（配点60%）に加え、"
                        "省エネ性能を高める提案、工事中の廃棄物の削減と再資源化、"
                        "地域産木材の利用を評価しました（同40%）。契約には、"
                        "竣工後3年間のエネルギー消費量の計測と、"
                        "目標に届かなかった場合の改善措置を盛り込みました。"
                    ),
                    "zh-hans": (
                        "改造对象是一栋1975年竣工、建筑面积约5400平方米的区政府办公楼。"
                        "京都市首先依据日本《绿色合同法》，通过方案征集选定设计单位，"
                        "要求设计方案将一次能源消耗削减50%以上。"
                        "随后于2018年6月采用综合评标方式对施工进行招标：价格占60%，"
                        "其余40%用于评价提升节能性能的方案、"
                        "施工废弃物的减量与再生利用以及本地木材的使用。合同规定，"
                        "承包商须在竣工后三年内计量建筑能耗，未达目标时须采取整改措施。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "The renovation added external insulation and high-performance windows, "
                        "LED lighting with presence and daylight sensors, efficient air "
                        "conditioning and ventilation, and a 30 kW solar array on the roof. "
                        "Metering in the first year after completion shows energy use down by 52 "
                        "%, from about 820 MWh to about 380 MWh a year, which avoids about 210 "
                        "tonnes of CO2e a year. 94 % of the demolition waste was recycled, and the "
                        "interior uses wood from forests in Kyoto Prefecture."
                    ),
                    "ko": (
                        "외단열과 고단열 창호, 재실·주광 센서가 달린 LED 조명, 고효율 냉난방·환기 "
                        "설비, 옥상 태양광 발전(30kW)을 도입했습니다. 준공 후 첫해 계측 결과 "
                        "에너지 사용량은 연간 약 820MWh에서 약 380MWh로 52% 줄었고, 온실가스는 "
                        "연간 약 210톤(CO2 환산) 감축되었습니다. 철거 폐기물의 94%가 재활용되었고, "
                        "실내에는 교토부산 목재를 사용했습니다."
                    ),
                    "ja": (
                        "外断熱と高断熱サッシ、人感・昼光センサー付きのLED照明、"
                        "高効率の空調・換気設備、屋上の太陽光発電（30kW）を導入しました。"
                        "竣工後1年目の計測では、"
                        "エネルギー消費量は年間約820MWhから約380MWhへと52%減少し、"
                        "温室効果ガス排出量は年間約210トン（CO2換算）削減されました。"
                        "解体で生じた廃棄物の94%が再資源化され、"
                        "内装には京都府内産の木材を使用しています。"
                    ),
                    "zh-hans": (
                        "改造采用了外墙外保温和高性能门窗、配有人体感应和日光感应的LED照明、"
                        "高效空调与通风设备，并在屋顶安装了30千瓦光伏发电系统。"
                        "竣工后第一年的计量显示，建筑年能耗从约820兆瓦时降至约380兆瓦时，降幅52%，"
                        "每年减少二氧化碳当量排放约210吨。拆除废弃物的94%得到再生利用，"
                        "室内装修使用了京都府产木材。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Better insulation and ventilation made the ground floor, where residents "
                        "are served, comfortable in summer and winter. The renovation also made "
                        "the building barrier-free, with level access and accessible toilets for "
                        "older people, people with disabilities and parents with children. The "
                        "works were phased so that the ward office stayed open throughout."
                    ),
                    "ko": (
                        "단열과 환기가 개선되면서 민원 창구가 있는 1층은 여름과 겨울 모두 "
                        "쾌적해졌습니다. 무장애 공간 개선도 함께 진행해 단차를 없애고 다목적 "
                        "화장실을 설치하여 고령자, 장애인, 아이를 동반한 방문객이 이용하기 "
                        "쉬워졌습니다. 공사는 청사를 사용하면서 단계적으로 진행해 구민 서비스가 "
                        "중단되지 않았습니다."
                    ),
                    "ja": (
                        "断熱の改善と換気の見直しにより、窓口のある1階は夏も冬も快適になりました。"
                        "あわせてバリアフリー化も行い、段差の解消や多目的トイレの設置によって、"
                        "高齢者や障害のある人、子ども連れの来庁者が利用しやすくなりました。"
                        "工事は庁舎を使いながら段階的に進め、"
                        "区民サービスを止めることはありませんでした。"
                    ),
                    "zh-hans": (
                        "保温和通风改善后，设有服务窗口的一楼冬暖夏凉。改造同时实施了无障碍改造，"
                        "消除台阶高差并设置多功能卫生间，方便老年人、残障人士和带孩子的来访者。"
                        "施工分阶段进行，办公楼照常使用，面向区民的服务没有中断。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The works contract is worth JPY 1.48 billion. Energy and water bills fall "
                        "by about JPY 11 million a year, and the renovation costs about 40 % less "
                        "than a new building while keeping the ward office in use for another 30 "
                        "years or more. Because the award criteria valued regional wood and "
                        "technical proposals, small local firms took part as members of the "
                        "winning joint venture."
                    ),
                    "ko": (
                        "공사 계약 금액은 14억 8천만 엔입니다. 광열수도비는 연간 약 1,100만 엔 "
                        "줄었으며, 신축보다 총사업비를 약 40% 줄이면서도 청사를 30년 이상 더 "
                        "사용할 수 있게 되었습니다. 평가 기준에서 지역산 목재와 기술 제안을 평가한 "
                        "덕분에 시내 중소기업도 공동도급체의 일원으로 참여했습니다."
                    ),
                    "ja": (
                        "工事の契約額は14億8,000万円です。光熱水費は年間約1,100万円削減され、"
                        "建て替えに比べて総事業費を約4割抑えながら、"
                        "庁舎をさらに30年以上使い続けられるようになりました。"
                        "評価基準で地域産木材と技術提案を評価したことで、"
                        "市内の中小事業者も共同企業体の一員として参加しました。"
                    ),
                    "zh-hans": (
                        "施工合同金额为14.8亿日元。水电燃气费用每年减少约1100万日元；"
                        "与拆除重建相比，总投资节省约四成，办公楼还可继续使用30年以上。"
                        "由于评审标准重视本地木材和技术方案，"
                        "本市中小企业也以联合体成员身份参与了项目。"
                    ),
                },
                "innovation": {
                    "en": (
                        "What sets this tender apart is that environmental performance was "
                        "assessed from design through construction to operation. The works award "
                        "criteria gave extra points to proposals going beyond the reduction "
                        "promised in the design, and three years of metering check the performance "
                        "after handover. The criteria, weightings and verification method are "
                        "published on the city's website, so that other local governments can "
                        "reuse them for their own renovations."
                    ),
                    "ko": (
                        "이 입찰의 특징은 설계부터 시공, 운영에 이르기까지 환경 성능을 일관되게 "
                        "평가했다는 점입니다. 공사 평가 기준은 설계에서 약속한 절감률을 넘어서는 "
                        "제안에 가점을 주었고, 준공 후에도 3년간의 실측으로 성능을 확인합니다. "
                        "평가 항목과 배점, 검증 방법은 시 누리집에 공개되어 다른 지방정부도 자체 "
                        "개보수 사업에 활용할 수 있습니다."
                    ),
                    "ja": (
                        "この入札の特徴は、設計から工事、"
                        "運用までを一貫して環境性能で評価した点にあります。工事の評価基準では、"
                        "設計で約束した削減率をさらに上回る提案に加点し、"
                        "引き渡し後も3年間の実測で性能を確かめます。評価項目と配点、"
                        "検証の方法は市のウェブサイトで公開しており、"
                        "他の自治体も自らの改修事業に応用できます。"
                    ),
                    "zh-hans": (
                        "这次招标的特点在于从设计、施工到运行全程以环境性能为评价核心。"
                        "施工评审标准对超出设计阶段承诺削减率的方案给予加分，"
                        "交付后还通过三年实测核验性能。评审项目、分值和核验方法均在市政府网站公开，"
                        "其他地方政府可借鉴用于自己的改造项目。"
                    ),
                },
                "contract_value": Decimal("1480000000.00"),
                "currency": "JPY",
                "tender_date": date(2018, 6, 15),
                "co2e_avoided": Decimal("210.0"),
                "savings_value": Decimal("440.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "suwon",
                "category": "tender-procedure",
                "status": ApplicationStatus.RUNNER_UP,
                "language": "ko",
                "official": "official@suwon.example",
                "title": {
                    "en": (
                        "Suwon's LED street lights: life-cycle costing and a guaranteed performance"
                    ),
                    "ko": "수원시 LED 가로등 교체: 전 과정 비용 평가와 성능 보증",
                    "ja": "水原市のLED街路灯更新：ライフサイクルコスト評価と性能保証",
                    "zh-hans": "水原市LED路灯更换：全生命周期成本评估与性能保证",
                },
                "summary": {
                    "en": (
                        "When Suwon replaced 12,400 street lights with LEDs, it compared bids by "
                        "their cost over ten years, electricity and maintenance included, rather "
                        "than by purchase price. Suppliers guarantee light output and power "
                        "consumption for ten years; the new lights save about 6,800 MWh and 3,100 "
                        "tonnes of CO2e a year."
                    ),
                    "ko": (
                        "수원시는 가로등 12,400개를 LED로 교체하면서 구매 가격이 아니라 10년간의 "
                        "전기요금과 유지관리비를 합한 전 과정 비용으로 제안을 비교했습니다. "
                        "공급업체가 10년간 밝기와 소비전력을 보증하는 계약으로, 연간 약 6,800MWh의 "
                        "전력과 3,100톤(CO2 환산)의 온실가스를 절감합니다."
                    ),
                    "ja": (
                        "水原市は街路灯12,400基をLEDに更新するにあたり、購入価格ではなく、"
                        "10年間の電気料金と維持管理費を合わせたライフサイクルコストで提案を比較しま"
                        "した。事業者が10年間の明るさと消費電力を保証する契約で、"
                        "年間約6,800MWhの電力と3,100トン（CO2換算）の温室効果ガスを削減します。"
                    ),
                    "zh-hans": (
                        "水原市在将1.24万盏路灯更换为LED时，不以采购价格，"
                        "而以十年内电费与维护费之和的全生命周期成本比较投标方案。"
                        "供应商须保证十年内的照度和功耗，新路灯每年可节电约6800兆瓦时，"
                        "减少二氧化碳当量排放约3100吨。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In March 2018 Suwon tendered the supply and installation of 12,400 LED "
                        "luminaires and a remote switching system as a contract by negotiation. "
                        "The evaluation method was presented to suppliers at a briefing before the "
                        "tender and, following their comments, products were compared on two trial "
                        "streets for six months. Korean high-efficiency equipment certification "
                        "and KS certification were minimum requirements; the technical evaluation "
                        "(80 %) scored the ten-year life-cycle cost, lumen maintenance and glare "
                        "control, and price counted for 20 %."
                    ),
                    "ko": (
                        "수원시는 2018년 3월 LED 등기구 12,400개의 공급·설치와 원격 점멸 시스템 "
                        "구축을 협상에 의한 계약 방식으로 발주했습니다. 입찰 전 설명회에서 평가 "
                        "방식을 미리 공개했고, 업체들의 의견을 받아 시험 설치 구간 두 곳에서 "
                        "제품을 6개월간 비교했습니다. 고효율에너지기자재 인증과 KS 인증을 기본 "
                        "요건으로 하고, 기술 평가(80%)에서는 10년 전 과정 비용, 광속 유지율, "
                        "눈부심 억제 성능을 평가했으며, 가격 평가는 20%였습니다."
                    ),
                    "ja": (
                        "水原市は2018年3月、"
                        "LED照明器具12,400基の供給・設置と遠隔点滅システムの構築を、"
                        "協議による契約方式で発注しました。"
                        "入札前の説明会で評価方法をあらかじめ公開し、事業者の意見を受けて、"
                        "2か所の試験設置区間で製品を6か月間比較しました。"
                        "高効率エネルギー機器認証とKS認証を必須要件とし、技術評価（80%）"
                        "では10年間のライフサイクルコスト、光束維持率、まぶしさの抑制を評価し、"
                        "価格評価は20%としました。"
                    ),
                    "zh-hans": (
                        "2018年3月，水原市采用协商合同方式，"
                        "对1.24万套LED路灯灯具的供货安装及远程开关系统建设进行招标。招标前，"
                        "市政府在说明会上提前公布了评审方法，"
                        "并根据企业意见在两处试点路段对产品进行了为期六个月的比较测试。"
                        "韩国高效能源设备认证和KS认证为基本门槛；技术评审占80%，"
                        "考察十年全生命周期成本、光通量维持率和眩光控制，价格评审占20%。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "Replacing sodium and metal halide lamps with LEDs lowered the average "
                        "power of a street light from about 250 W to 120 W. This saves about 6,800 "
                        "MWh of electricity and about 3,100 tonnes of CO2e a year. The light is "
                        "directed where it is needed, which reduces light pollution in homes and "
                        "green spaces."
                    ),
                    "ko": (
                        "나트륨등과 메탈할라이드등을 LED로 바꾸면서 가로등 한 개의 평균 소비전력이 "
                        "약 250W에서 120W로 낮아졌습니다. 이로써 연간 약 6,800MWh의 전력과 약 "
                        "3,100톤(CO2 환산)의 온실가스가 줄었습니다. 빛이 필요한 곳만 비추도록 "
                        "배광을 설계해 주거지와 녹지의 빛 공해도 줄었습니다."
                    ),
                    "ja": (
                        "ナトリウム灯とメタルハライド灯をLEDに替えたことで、"
                        "街路灯1基あたりの平均消費電力は約250Wから120Wに下がりました。"
                        "年間約6,800MWhの電力を節約し、"
                        "温室効果ガス排出量を年間約3,100トン（CO2換算）削減しています。"
                        "必要な場所だけを照らす配光により、住宅地や緑地への光害も減りました。"
                    ),
                    "zh-hans": (
                        "将钠灯和金卤灯更换为LED后，每盏路灯的平均功率从约250瓦降至120瓦，"
                        "每年节电约6800兆瓦时，减少二氧化碳当量排放约3100吨。"
                        "配光设计让光线只照向需要的地方，减少了对住宅和绿地的光污染。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Residents were surveyed on the trial streets to choose the colour "
                        "temperature and brightness, and 88 % said they were satisfied. The remote "
                        "system spots broken lights at once, making alleys and routes to school "
                        "safer at night."
                    ),
                    "ko": (
                        "시험 설치 구간에서 주민 설문을 실시해 색온도와 밝기를 정했으며, 주민 "
                        "만족도는 88%였습니다. 원격 점멸 시스템으로 고장 난 가로등을 바로 찾아낼 "
                        "수 있어 골목길과 통학로의 야간 안전이 높아졌습니다."
                    ),
                    "ja": (
                        "試験設置区間で住民アンケートを行って色温度と明るさを決め、"
                        "88%の住民が満足と回答しました。"
                        "遠隔システムで故障した街路灯をすぐに把握できるため、"
                        "路地や通学路の夜間の安全性が高まりました。"
                    ),
                    "zh-hans": (
                        "市政府在试点路段开展居民问卷调查，据此确定色温和亮度，居民满意度达88%。"
                        "远程系统能立即发现故障路灯，提高了小巷和上学路的夜间安全。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The contract is worth KRW 7.44 billion. Electricity bills fall by about "
                        "KRW 800 million and maintenance costs by about KRW 200 million a year, so "
                        "the investment pays back in about seven and a half years. The winning bid "
                        "was 6 % more expensive to buy than the cheapest one, but 18 % cheaper "
                        "over ten years."
                    ),
                    "ko": (
                        "계약 금액은 74억 4천만 원입니다. 전기요금은 연간 약 8억 원, 유지관리비는 "
                        "연간 약 2억 원 줄어 약 7년 6개월 만에 투자비를 회수합니다. 낙찰된 제안은 "
                        "구매 가격으로는 최저가 제안보다 6% 높았지만, 10년 총비용은 18% 낮습니다."
                    ),
                    "ja": (
                        "契約額は74億4,000万ウォンです。電気料金は年間約8億ウォン、"
                        "維持管理費は年間約2億ウォン削減され、約7年半で投資を回収できます。"
                        "落札した提案は購入価格では最低価格の提案より6%高かったものの、"
                        "10年間の総費用では18%安くなっています。"
                    ),
                    "zh-hans": (
                        "合同金额为74.4亿韩元。每年可节省电费约8亿韩元、维护费约2亿韩元，"
                        "约七年半即可收回投资。中标方案的采购价格比最低报价高6%，"
                        "但十年总成本低18%。"
                    ),
                },
                "innovation": {
                    "en": (
                        "It was Suwon's first use of life-cycle costing for street lighting. The "
                        "city published its cost formula and the trial results, which other cities "
                        "and counties of Gyeonggi Province now use. It also introduced a ten-year "
                        "guarantee of light output and power consumption, checked every year with "
                        "data from the remote system."
                    ),
                    "ko": (
                        "수원시가 가로등 구매에 전 과정 비용 평가를 적용한 것은 처음이며, 평가 "
                        "산식과 시험 설치 결과를 공개해 경기도 내 다른 시·군도 이를 활용하고 "
                        "있습니다. 공급업체가 10년간 광속과 소비전력을 보증하고, 매년 원격 시스템 "
                        "데이터로 이를 확인하는 방식도 새로 도입했습니다."
                    ),
                    "ja": (
                        "水原市が街路灯の調達にライフサイクルコスト評価を適用したのは初めてで、"
                        "算定式と試験設置の結果を公開したことで、"
                        "京畿道内の他の市や郡もこれを活用しています。"
                        "事業者が10年間の光束と消費電力を保証し、"
                        "毎年遠隔システムのデータで確認する仕組みも新たに導入しました。"
                    ),
                    "zh-hans": (
                        "这是水原市首次在路灯采购中应用全生命周期成本评估。"
                        "市政府公开了成本计算公式和试点结果，京畿道的其他市、郡也已借鉴使用。"
                        "市政府还新引入了由供应商保证十年光通量和功耗、"
                        "每年通过远程系统数据核查的机制。"
                    ),
                },
                "contract_value": Decimal("7440000000.00"),
                "currency": "KRW",
                "tender_date": date(2018, 3, 19),
                "co2e_avoided": Decimal("3100.0"),
                "savings_value": Decimal("6800.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "yokohama",
                "category": "circular-procurement",
                "status": ApplicationStatus.WINNER,
                "language": "ja",
                "official": "official@yokohama.example",
                "title": {
                    "en": (
                        "Furniture for Yokohama's new city hall: reused, refurbished and taken back"
                    ),
                    "ko": "요코하마시 신청사 가구: 재사용과 회수를 전제로 한 순환형 조달",
                    "ja": "横浜市 新市庁舎の家具 ― 再使用と回収を前提とした循環型調達",
                    "zh-hans": "横滨市新市政府大楼家具：以再使用和回收为前提的循环采购",
                },
                "summary": {
                    "en": (
                        "For its move to a new city hall, Yokohama did not buy all-new furniture: "
                        "it combined the repair and refurbishment of existing pieces with new "
                        "furniture that the suppliers must take back. About 9,000 items were "
                        "reused, furniture no longer needed went to schools and welfare "
                        "facilities, and about 420 tonnes of furniture were kept out of waste."
                    ),
                    "ko": (
                        "요코하마시는 신청사로 이전하면서 가구를 모두 새로 사는 대신, 기존 가구의 "
                        "수리·재생과 사용 후 회수를 약속한 새 가구 구매를 결합했습니다. 가구 약 "
                        "9,000점을 재사용하고 필요 없어진 가구는 학교와 복지시설에서 활용해, 약 "
                        "420톤의 가구가 폐기되지 않았습니다."
                    ),
                    "ja": (
                        "横浜市は新市庁舎への移転にあたり、"
                        "家具をすべて新品で買いそろえるのではなく、既存家具の修理・再生と、"
                        "回収を約束した新品家具の調達を組み合わせました。"
                        "約9,000点の家具を再使用し、不要となった家具も学校や福祉施設で活用して、"
                        "約420トンの家具が廃棄されずに済みました。"
                    ),
                    "zh-hans": (
                        "横滨市在迁入新市政府大楼时，没有全部购置新家具，"
                        "而是将现有家具的维修翻新与要求供应商回收的新家具采购结合起来。"
                        "约9000件家具得到再使用，不再需要的家具转给学校和福利机构，"
                        "共约420吨家具免于废弃。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In October 2018 Yokohama awarded two contracts by open tender for the "
                        "offices and meeting rooms of the new city hall. The first covers the "
                        "inspection, repair, reupholstering, repainting and moving of about 9,000 "
                        "existing items; the second the supply of about 7,500 new items with the "
                        "Eco Mark or recycled content. The specifications for new furniture "
                        "required replaceable parts, spare parts for ten years, and free take-back "
                        "and recycling at the end of use. Before the tender, all furniture was "
                        "surveyed and the items fit for reuse were identified together with "
                        "suppliers."
                    ),
                    "ko": (
                        "요코하마시는 2018년 10월 신청사 사무실과 회의실 가구에 대해 "
                        "일반경쟁입찰로 두 건의 계약을 체결했습니다. 첫 번째는 기존 가구 약 "
                        "9,000점의 점검, 수리, 천갈이, 재도장 및 이전 작업이고, 두 번째는 에코마크 "
                        "인증 또는 재생 원료를 사용한 새 가구 약 7,500점의 공급입니다. 새 가구 "
                        "규격에는 부품 교체가 가능한 설계, 10년간 보수 부품 공급, 사용 후 무상 "
                        "회수와 재활용을 요구했습니다. 입찰 전에는 모든 가구를 전수 조사해 "
                        "재사용할 수 있는 가구를 공급업체와 함께 판정했습니다."
                    ),
                    "ja": (
                        "横浜市は2018年10月、新市庁舎の執務室と会議室の家具について、"
                        "一般競争入札で2件の契約を結びました。1件目は既存家具約9,000点の点検、"
                        "修理、張り替え、再塗装と移設、"
                        "2件目はエコマーク認定または再生材を使用した新品家具約7,500点の供給です。"
                        "新品家具の仕様では、部品を交換できる設計、10年間の補修部品の供給、"
                        "使用後の無償回収と再資源化を求めました。入札前には家具の全数調査を行い、"
                        "再使用できるものを事業者とともに判定しました。"
                    ),
                    "zh-hans": (
                        "2018年10月，横滨市通过公开招标，"
                        "为新市政府大楼的办公室和会议室签订了两份合同。"
                        "第一份合同涵盖约9000件现有家具的检查、维修、换面、重新涂装和搬迁；"
                        "第二份合同为供应约7500件获得生态标志（Eco Mark）认证或使用再生材料的新家"
                        "具。新家具的技术规格要求部件可更换、十年内提供维修配件，"
                        "并在使用结束后免费回收和再生利用。招标前，市政府对全部家具进行了逐件清查，"
                        "并与企业一起判定可再使用的家具。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "The 9,000 reused items and about 2,300 items given to schools and welfare "
                        "facilities kept about 420 tonnes of furniture out of waste. Compared with "
                        "manufacturing new furniture, this avoids an estimated 1,100 tonnes of "
                        "CO2e, or about 110 tonnes a year over a ten-year life. The new furniture, "
                        "too, will be taken back by the suppliers at the end of its use, for the "
                        "reuse of parts and the recycling of materials."
                    ),
                    "ko": (
                        "재사용한 약 9,000점과 학교·복지시설에 기증한 약 2,300점을 합해 약 420톤의 "
                        "가구가 폐기되지 않았습니다. 새 가구를 제조하는 경우와 비교한 온실가스 "
                        "감축량은 약 1,100톤(CO2 환산)으로 추산되며, 가구 사용 기간 10년으로 "
                        "나누면 연간 약 110톤에 해당합니다. 새 가구도 사용이 끝나면 공급업체가 "
                        "회수해 부품은 재사용하고 소재는 재활용합니다."
                    ),
                    "ja": (
                        "再使用した約9,000点の家具と、"
                        "学校や福祉施設に譲渡した約2,300点の家具を合わせ、"
                        "約420トンの家具が廃棄されずに済みました。"
                        "新品を製造する場合と比べた温室効果ガスの削減量は約1,100トン（CO2換算）"
                        "と試算され、家具の使用期間10年で割ると年間約110トンに相当します。"
                        "新品家具も、使用後は事業者が回収し、"
                        "部品の再使用と素材のリサイクルを行います。"
                    ),
                    "zh-hans": (
                        "再使用的约9000件家具，加上转赠学校和福利机构的约2300件家具，"
                        "共约420吨家具免于废弃。与新制家具相比，"
                        "估算可减少温室气体排放约1100吨二氧化碳当量，"
                        "按十年使用期折算约为每年110吨。新家具在使用结束后也将由供应商回收，"
                        "部件再使用，材料再生利用。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Furniture no longer needed was given free of charge to municipal schools, "
                        "nurseries, welfare facilities and community groups. Part of the repair "
                        "and reupholstering was done by sheltered workshops in the city, creating "
                        "new work for people with disabilities."
                    ),
                    "ko": (
                        "필요 없어진 가구는 시립 학교, 어린이집, 복지시설, 지역 단체에 무상으로 "
                        "양도되었습니다. 수리와 천갈이 작업의 일부는 시내 장애인 직업재활시설이 "
                        "맡아 장애인에게 새로운 일자리가 생겼습니다."
                    ),
                    "ja": (
                        "不要となった家具は、市立学校、保育所、福祉施設、"
                        "地域の団体に無償で譲渡されました。"
                        "修理と張り替えの作業の一部は市内の障害者就労支援事業所が担い、"
                        "新たな仕事の機会が生まれました。"
                    ),
                    "zh-hans": (
                        "不再需要的家具无偿转赠给市立学校、托儿所、福利机构和社区团体。"
                        "部分维修和换面工作由市内的残障人士就业支援机构承担，"
                        "为残障人士创造了新的就业机会。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "The two contracts are worth JPY 1.26 billion in total, about 30 % less "
                        "than the estimated JPY 1.9 billion for all-new furniture. The city also "
                        "saved about JPY 30 million in disposal costs. The repair and "
                        "refurbishment work went to small firms in the city."
                    ),
                    "ko": (
                        "두 계약의 금액은 합계 12억 6천만 엔으로, 가구를 모두 새로 구매할 경우의 "
                        "추정액 약 19억 엔보다 약 30% 적습니다. 가구 폐기 비용도 약 3천만 엔 "
                        "절감되었습니다. 수리·재생 작업은 시내 중소기업이 수주했습니다."
                    ),
                    "ja": (
                        "2件の契約額は合計12億6,000万円で、"
                        "すべて新品で調達した場合の見積額約19億円より約3割少なくなりました。"
                        "家具の廃棄処分費用も約3,000万円削減されました。"
                        "修理・再生の業務は市内の中小事業者が受注しています。"
                    ),
                    "zh-hans": (
                        "两份合同总金额为12.6亿日元，比全部购置新家具的估算费用约19亿日元低约三成，"
                        "另外还节省家具处置费用约3000万日元。维修翻新业务由市内中小企业承接。"
                    ),
                },
                "innovation": {
                    "en": (
                        "For the first time, Yokohama designed a furniture purchase around keeping "
                        "things in use rather than buying. A full survey set the quantities to "
                        "reuse and to buy, and new furniture comes with take-back and spare parts, "
                        "so that the loop continues at the next renewal. The survey form and model "
                        "specifications are shared with other local governments."
                    ),
                    "ko": (
                        "요코하마시는 처음으로 가구 조달을 '구매'가 아니라 '계속 사용하는 것'을 "
                        "출발점으로 설계했습니다. 전수 조사를 바탕으로 재사용과 신규 구매의 양을 "
                        "정하고, 새 가구에는 회수와 보수 부품 공급을 의무화해 다음 교체 때에도 "
                        "순환이 이어지도록 했습니다. 조사표와 규격서 양식은 다른 지방정부에도 "
                        "제공하고 있습니다."
                    ),
                    "ja": (
                        "横浜市として初めて、家具の調達を「買うこと」ではなく「使い続けること」"
                        "を起点に設計しました。全数調査に基づいて再使用と新規購入の量を決め、"
                        "新品家具には回収と補修部品の供給を義務付けたことで、"
                        "次の更新時にも循環が続く仕組みとなっています。調査票と仕様書のひな形は、"
                        "他の自治体にも提供しています。"
                    ),
                    "zh-hans": (
                        "横滨市首次以“继续使用”而非“购买”为出发点设计家具采购。"
                        "市政府根据逐件清查的结果确定再使用和新购的数量，"
                        "并要求新家具附带回收和维修配件供应，使下次更新时循环仍能延续。"
                        "清查表和技术规格范本已提供给其他地方政府参考。"
                    ),
                },
                "contract_value": Decimal("1260000000.00"),
                "currency": "JPY",
                "tender_date": date(2018, 10, 5),
                "co2e_avoided": Decimal("110.0"),
            },
            {
                "government": "tianjin",
                "category": "circular-procurement",
                "status": ApplicationStatus.HONOURABLE_MENTION,
                "language": "zh-hans",
                "title": {
                    "en": (
                        "Recycled aggregates from construction waste in Tianjin's municipal "
                        "roadworks"
                    ),
                    "ko": "톈진시 도로 공사의 건설폐기물 순환골재 사용",
                    "ja": "天津市の道路工事における建設廃棄物由来の再生骨材の利用",
                    "zh-hans": "天津市政道路工程使用建筑垃圾再生骨料",
                },
                "summary": {
                    "en": (
                        "In its 2018 tenders for new and rebuilt municipal roads, Tianjin required "
                        "at least 30 % recycled aggregates from construction waste in the subgrade "
                        "and sub-base. About 410,000 tonnes were used in two years, reducing "
                        "quarrying and landfill, and two local recycling plants were set up to "
                        "supply them."
                    ),
                    "ko": (
                        "톈진시는 2018년 시 도로 신설·개량 공사 입찰에서 노상과 보조기층에 "
                        "건설폐기물 순환골재를 30% 이상 사용하도록 요구했습니다. 2년 동안 순환골재 "
                        "약 41만 톤이 사용되어 천연 골재 채취와 매립이 줄었고, 이를 공급하기 위해 "
                        "지역에 재활용 공장 두 곳이 세워졌습니다."
                    ),
                    "ja": (
                        "天津市は2018年の市道の新設・改修工事の入札で、"
                        "路床と下層路盤に建設廃棄物由来の再生骨材を30%以上使用することを求めまし"
                        "た。2年間で約41万トンの再生骨材が使われて天然砂利の採取と埋立処分が減り、"
                        "その供給のために地元に再生骨材プラントが2か所設けられました。"
                    ),
                    "zh-hans": (
                        "天津市在2018年的市政道路新建和改造工程招标中，"
                        "要求路基和底基层使用不少于30%的建筑垃圾再生骨料。"
                        "两年内共使用再生骨料约41万吨，减少了天然砂石开采和建筑垃圾填埋，"
                        "并带动本地建成两座再生骨料加工厂。"
                    ),
                },
                "purchase": {
                    "en": (
                        "In the tender documents for municipal roadworks published in May 2018, "
                        "the Tianjin Municipal Commission of City Management and the Municipal "
                        "Finance Bureau made recycled content a mandatory requirement: recycled "
                        "aggregates must make up at least 30 % of the aggregates in the subgrade "
                        "and sub-base and meet the national technical standard for recycled "
                        "aggregates. Contractors provide proof of origin and test reports, and the "
                        "supervising engineer samples every delivery. The works were split into "
                        "six lots worth about CNY 320 million in total."
                    ),
                    "ko": (
                        "톈진시 도시관리위원회와 재정국은 2018년 5월 공고한 도로 공사 입찰 "
                        "문서에서 순환골재 사용을 필수 요건으로 정했습니다. 노상과 보조기층 골재의 "
                        "30% 이상을 순환골재로 하고, 국가 순환골재 기술 기준을 충족해야 합니다. "
                        "시공사는 순환골재의 출처 증명과 시험 성적서를 제출하고, 감리단은 반입 "
                        "때마다 시료를 채취해 검사합니다. 공사는 6개 공구로 나뉘었으며 계약 총액은 "
                        "약 3억 2천만 위안입니다."
                    ),
                    "ja": (
                        "天津市城市管理委員会と財政局は、2018年5月に公告した道路工事の入札書類で、"
                        "再生骨材の使用を必須要件としました。"
                        "路床と下層路盤の骨材の30%以上を再生骨材とし、"
                        "国の再生骨材の技術基準を満たすことを求めています。"
                        "施工業者は再生骨材の出所証明と試験成績書を提出し、"
                        "監理者は搬入ごとに抜き取り検査を行います。工事は6つの工区に分けられ、"
                        "契約総額は約3億2,000万元です。"
                    ),
                    "zh-hans": (
                        "天津市城市管理委员会会同天津市财政局，"
                        "在2018年5月发布的市政道路工程招标文件中，将再生骨料的使用作为实质性要求："
                        "路基和底基层中再生骨料占骨料总量不低于30%，且须符合国家再生骨料技术标准。"
                        "施工单位须提交再生骨料的来源证明和检测报告，监理单位按批次抽检。"
                        "工程共分六个标段，合同总额约3.2亿元。"
                    ),
                },
                "environmental_outcome": {
                    "en": (
                        "In 2018 and 2019 the six lots used about 410,000 tonnes of recycled "
                        "aggregates, replacing the same amount of quarried sand and gravel and "
                        "keeping as much construction waste out of landfill. The recycling plants "
                        "lie close to the city, about 60 km nearer than the quarries, which avoids "
                        "about 1,600 tonnes of CO2e a year in transport."
                    ),
                    "ko": (
                        "2018~2019년 6개 공구에서 순환골재 약 41만 톤을 사용해 같은 양의 천연 골재 "
                        "채취를 대체했고, 그만큼의 건설폐기물이 매립되지 않았습니다. 재활용 공장은 "
                        "도심 가까이에 있어 외곽 채석장보다 운반 거리가 약 60km 짧으며, 운송 "
                        "과정에서 연간 약 1,600톤(CO2 환산)의 온실가스가 감축됩니다."
                    ),
                    "ja": (
                        "2018～2019年に6つの工区で約41万トンの再生骨材が使われ、"
                        "同量の天然砂利の採取を代替するとともに、"
                        "同じ量の建設廃棄物が埋め立てられずに済みました。"
                        "再生骨材プラントは市街地に近く、郊外の採石場より運搬距離が約60km短いため、"
                        "輸送に伴う温室効果ガス排出量は年間約1,600トン（CO2換算）削減されます。"
                    ),
                    "zh-hans": (
                        "2018—2019年，六个标段共使用再生骨料约41万吨，替代了等量天然砂石的开采，"
                        "也使同等数量的建筑垃圾免于填埋。再生骨料加工厂位于城区周边，"
                        "运输距离比远郊采石场缩短约60公里，"
                        "每年减少运输环节的二氧化碳当量排放约1600吨。"
                    ),
                },
                "social_outcome": {
                    "en": (
                        "Illegal dumping and uncontrolled heaps of construction waste on the "
                        "outskirts have clearly decreased. The two recycling plants created about "
                        "120 jobs."
                    ),
                    "ko": (
                        "도시 외곽의 건설폐기물 무단 투기와 방치가 눈에 띄게 줄었습니다. 재활용 "
                        "공장 두 곳에서 약 120개의 일자리가 새로 생겼습니다."
                    ),
                    "ja": (
                        "郊外での建設廃棄物の不法投棄や野積みが目に見えて減りました。"
                        "2か所の再生骨材プラントで約120人の雇用が生まれました。"
                    ),
                    "zh-hans": (
                        "城郊建筑垃圾乱堆乱倒现象明显减少。两座再生骨料加工厂新增就业岗位约120个。"
                    ),
                },
                "economic_outcome": {
                    "en": (
                        "Recycled aggregates cost about 15 % less than crushed natural stone, "
                        "which saved about CNY 12 million in materials over two years and lowered "
                        "the cost of disposing of construction waste. Steady public demand made "
                        "private investment in the recycling plants worthwhile."
                    ),
                    "ko": (
                        "순환골재는 천연 쇄석보다 약 15% 저렴해 2년간 자재비를 약 1,200만 위안 "
                        "절감했고, 건설폐기물 처리 비용도 줄었습니다. 안정적인 공공 수요 덕분에 "
                        "민간이 재활용 공장에 투자할 수 있었습니다."
                    ),
                    "ja": (
                        "再生骨材は天然の砕石より約15%安く、"
                        "2年間で資材費を約1,200万元削減したほか、建設廃棄物の処理費用も減りました。"
                        "安定した公共需要があったことで、"
                        "民間による再生骨材プラントへの投資が成り立ちました。"
                    ),
                    "zh-hans": (
                        "再生骨料价格比天然碎石低约15%，两年间为工程节省材料费约1200万元，"
                        "建筑垃圾处置费用也相应降低。"
                        "稳定的政府需求使社会资本愿意投资建设再生骨料加工厂。"
                    ),
                },
                "innovation": {
                    "en": (
                        "It was the first time Tianjin made recycled content a mandatory "
                        "requirement in public works tenders rather than a bonus. To secure "
                        "quality, the city first tested recycled aggregates on a trial section "
                        "with designers, laboratories and contractors, and wrote the results into "
                        "the technical requirements."
                    ),
                    "ko": (
                        "톈진시가 공공 공사 입찰에서 재생 원료 비율을 가점 항목이 아닌 필수 "
                        "요건으로 정한 것은 처음입니다. 품질을 확보하기 위해 시는 설계·시험·시공 "
                        "기관과 함께 시험 구간에서 먼저 검증하고, 그 결과를 입찰 문서의 기술 "
                        "요건에 반영했습니다."
                    ),
                    "ja": (
                        "天津市が公共工事の入札で再生材の使用割合を加点項目ではなく必須要件としたの"
                        "は初めてです。品質を確保するため、市は設計、試験、"
                        "施工の各機関とともに試験区間で事前に検証し、"
                        "その結果を入札書類の技術要件に反映しました。"
                    ),
                    "zh-hans": (
                        "天津市首次在市政工程招标中把再生材料比例设为强制性要求，而不仅仅是加分项。"
                        "为确保质量，市里事先组织设计、检测和施工单位开展试验路段验证，"
                        "并将验证结果写入招标文件的技术要求。"
                    ),
                },
                "contract_value": Decimal("320000000.00"),
                "currency": "CNY",
                "tender_date": date(2018, 5, 22),
                "co2e_avoided": Decimal("1600.0"),
                "savings_value": Decimal("205000.0"),
                "savings_unit": "t of natural aggregates",
            },
            {
                "government": "hangzhou",
                "category": "circular-procurement",
                "status": ApplicationStatus.NOT_SELECTED,
                "language": "zh-hans",
                "title": {"zh-hans": "杭州市机关食堂可循环餐具与餐厨垃圾就地处理"},
                "summary": {
                    "zh-hans": (
                        "杭州市为市级机关28个食堂采购可循环餐具和餐厨垃圾就地处理设备，"
                        "停止使用一次性餐具。每年减少一次性餐具约180万件，"
                        "餐厨垃圾经处理后制成有机肥，用于城市绿化。"
                    ),
                },
                "purchase": {
                    "zh-hans": (
                        "2018年8月，杭州市机关事务管理局通过公开招标采购不锈钢和陶瓷餐具、"
                        "洗消设备以及6台餐厨垃圾就地处理设备，并配套三年运维服务。"
                        "招标文件规定了设备处理每吨垃圾的最高能耗，要求产出的有机肥符合国家标准，"
                        "并由供应商负责就近用于绿化养护。"
                    ),
                },
                "environmental_outcome": {
                    "zh-hans": (
                        "28个食堂每年减少一次性餐具约180万件，"
                        "约15吨塑料和纸制品不再进入垃圾处理系统。每年约620吨餐厨垃圾就地处理，"
                        "减少了清运车辆的运输里程，处理后的有机肥用于城市公园绿化。"
                    ),
                },
                "social_outcome": {
                    "zh-hans": (
                        "机关工作人员和来访者的就餐环境更加整洁。食堂通过展板宣传“光盘行动”，"
                        "剩菜量下降约20%。"
                    ),
                },
                "economic_outcome": {
                    "zh-hans": (
                        "合同金额约680万元。一次性餐具采购费和餐厨垃圾清运费每年合计节省约95万元。"
                    ),
                },
                "innovation": {
                    "zh-hans": (
                        "首次把可循环餐具和餐厨垃圾处理打包为一个项目采购，"
                        "由同一供应商对资源回收效果负责。"
                    ),
                },
                "contract_value": Decimal("6800000.00"),
                "currency": "CNY",
                "tender_date": date(2018, 8, 20),
                "co2e_avoided": Decimal("260.0"),
                "savings_value": Decimal("15.0"),
                "savings_unit": "t of single-use tableware",
            },
        ],
    },
    {
        "year": "last year",
        "phase": Phase.JUDGING,
        "opens": -400,
        "closes": -220,
        "title": titles(LAST_YEAR),
        "introduction": {
            "en": (
                "This edition looked for purchases that cut emissions and waste in everyday public "
                "services. Member governments applied in three categories with tenders launched in "
                "the two previous years. An international jury of green procurement experts is now "
                "scoring the applications; no jury member scores an application of the government "
                "they work for. The shortlist and the winners will be announced once the judging "
                "is over."
            ),
            "ko": (
                "이번 시상 연도에는 일상적인 공공서비스에서 온실가스 배출과 폐기물을 줄인 구매를 "
                "찾았습니다. 회원 지방정부는 직전 2년 동안 공고한 입찰로 세 개 시상 부문에 "
                "응모했습니다. 녹색구매 전문가로 구성된 국제 심사위원단이 현재 응모를 평가하고 "
                "있으며, 심사위원은 자신이 소속된 지방정부의 응모는 평가하지 않습니다. 최종 후보와 "
                "수상작은 심사가 끝나면 발표됩니다."
            ),
            "ja": (
                "今年度は、日々の公共サービスにおける排出と廃棄物を減らした調達を募集しました。"
                "参加自治体が、過去2年間に公告した入札をもとに3つの部門に応募しています。"
                "グリーン調達の専門家からなる国際審査員が現在採点を進めており、"
                "審査員は自らが所属する自治体の応募は採点しません。最終候補と受賞は、"
                "審査終了後に発表します。"
            ),
            "zh-hans": (
                "本年度评选面向在日常公共服务中减少排放和废弃物的采购项目。"
                "成员地方政府以前两年发布的招标项目申报了三个奖项类别。"
                "由绿色采购专家组成的国际评审团正在评分，评审团成员不对其所在地方政府的申报评分。"
                "入围名单和获奖项目将在评审结束后公布。"
            ),
        },
        "categories": [
            category("sustainable-procurement"),
            category("innovation-procurement"),
            category("circular-procurement"),
        ],
        "applications": [
            {
                "government": "beijing",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "zh-hans",
                "official": "official@beijing.example",
                "title": {"zh-hans": "北京市新能源环卫车辆采购"},
                "summary": {
                    "zh-hans": (
                        "北京市城市管理委员会为中心城区采购了320辆纯电动和氢燃料电池环卫车，"
                        "替换老旧柴油洗扫车和垃圾收集车。新车辆每年可减少二氧化碳当量排放约2700吨，"
                        "并显著降低夜间作业噪声。"
                    ),
                },
                "purchase": {
                    "zh-hans": (
                        "北京市城市管理委员会通过公开招标采购纯电动洗扫车、"
                        "纯电动垃圾收集车和氢燃料电池压缩式垃圾车共320辆，分为四个标包。"
                        "招标文件要求车辆列入新能源汽车推广应用推荐车型目录，"
                        "纯电动车辆满载作业续驶里程不低于200公里，"
                        "并由供应商负责充电和加氢保障方案、驾驶员培训、"
                        "八年电池质保以及退役电池回收。评审中价格占40%，技术性能占40%，"
                        "全生命周期成本和售后服务占20%。"
                    ),
                },
                "environmental_outcome": {
                    "zh-hans": (
                        "被替换的柴油车每年消耗柴油约290万升。改用电力和氢能后，"
                        "按北京电网排放因子计算，每年减少二氧化碳当量排放约2700吨；"
                        "作业车辆在街巷中不再排放尾气，每年减少氮氧化物排放约18吨、颗粒物约0.6吨。"
                    ),
                },
                "social_outcome": {
                    "zh-hans": (
                        "电动环卫车作业噪声比柴油车低约10分贝，夜间和清晨在居民区作业不再扰民。"
                        "驾驶室配备空调和辅助驾驶系统，改善了环卫工人的工作条件。"
                    ),
                },
                "economic_outcome": {
                    "zh-hans": (
                        "合同总金额约4.86亿元。电费和维护费低于柴油车，按八年使用期计算，"
                        "全生命周期成本与柴油车基本持平。"
                    ),
                },
                "innovation": {
                    "zh-hans": (
                        "首次在同一批次中同时采购纯电动和氢燃料电池环卫车，"
                        "根据作业线路长度和载重分别选用最合适的技术，并把全生命周期成本纳入评审。"
                    ),
                },
                "contract_value": Decimal("486000000.00"),
                "currency": "CNY",
                "tender_date": date(LAST_YEAR - 1, 3, 18),
                "co2e_avoided": Decimal("2700.0"),
                "savings_value": Decimal("2900000.0"),
                "savings_unit": "l of diesel",
            },
            {
                "government": "wuhan",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "zh-hans",
                "title": {"zh-hans": "武汉市公办中小学环保课桌椅集中采购"},
                "summary": {
                    "zh-hans": (
                        "武汉市为全市公办中小学集中采购约6.5万套可调节课桌椅，"
                        "要求获得中国环境标志认证，甲醛释放量不高于国家标准限值的一半。"
                        "旧课桌椅由供应商回收，可修复的送往乡村学校继续使用。"
                    ),
                },
                "purchase": {
                    "zh-hans": (
                        "武汉市教育局委托市政府采购中心，"
                        "通过公开招标为全市公办中小学采购约6.5万套可调节课桌椅，分为八个标包。"
                        "招标文件要求产品获得中国环境标志认证，甲醛释放量不高于国家标准限值的50%，"
                        "木材来自合法且可持续的来源，钢制部件使用水性或粉末涂料。"
                        "供应商须回收旧课桌椅，可修复的送往乡村学校，其余拆解回收。"
                        "评审中价格占45%，环保性能占25%，质量和售后服务占30%。"
                    ),
                },
                "environmental_outcome": {
                    "zh-hans": (
                        "新课桌椅的甲醛和挥发性有机物释放量低，教室空气质量抽检全部达标。"
                        "约1.8万套旧课桌椅修复后送往乡村学校继续使用，"
                        "其余约4.7万套拆解后分别回收钢材和木材，约1500吨材料免于填埋或焚烧。"
                    ),
                },
                "social_outcome": {
                    "zh-hans": (
                        "课桌椅可按身高调节，有助于学生保持正确坐姿，预防近视和脊柱问题。"
                        "乡村学校也得到了修复后的课桌椅。"
                    ),
                },
                "economic_outcome": {
                    "zh-hans": "合同总金额约4550万元。集中采购使单价比各区分散采购平均低约10%。",
                },
                "innovation": {
                    "zh-hans": (
                        "首次在全市统一采购中同时设定有害物质限值和旧课桌椅回收再利用要求，把采购、"
                        "修复、捐赠和回收串联为一个完整链条。"
                    ),
                },
                "contract_value": Decimal("45500000.00"),
                "currency": "CNY",
                "tender_date": date(LAST_YEAR - 1, 5, 20),
            },
            {
                "government": "yokohama",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "ja",
                "official": "official@yokohama.example",
                "title": {"ja": "横浜市 市有施設への再生可能エネルギー電力の調達"},
                "summary": {
                    "ja": (
                        "横浜市は、市庁舎や区役所、学校など約500の市有施設の電力について、"
                        "再生可能エネルギー比率と排出係数を条件とする入札を行い、"
                        "再エネ比率100%の電力に切り替えました。"
                        "連携協定を結ぶ東北地方の自治体の発電所の電力も含まれ、"
                        "年間約8万トン（CO2換算）の削減を見込みます。"
                    ),
                },
                "purchase": {
                    "ja": (
                        "横浜市は、高圧で受電する市有施設約500か所の電力供給を、"
                        "一般競争入札で調達しました。入札参加資格は、"
                        "環境配慮契約法の基本方針に基づく評価（排出係数、"
                        "再生可能エネルギーの導入状況など）"
                        "で一定以上の点数を得た小売電気事業者に限りました。さらに、"
                        "供給する電力の再エネ比率100%を、トラッキング付き非化石証書、"
                        "または市と連携する東北地方の自治体の発電所との相対契約で担保することを求め"
                        "ました。契約期間は2年間です。"
                    ),
                },
                "environmental_outcome": {
                    "ja": (
                        "対象施設の年間使用電力量約18万MWhを再エネ比率100%の電力に切り替えること"
                        "で、温室効果ガス排出量は年間約8万トン（CO2換算）削減される見込みです。"
                        "これは市役所の事務事業に伴う排出量の約3分の1に当たります。"
                    ),
                },
                "social_outcome": {
                    "ja": (
                        "連携する東北地方の自治体の発電所から電力を購入することで、"
                        "地域の再エネ事業と雇用を支えています。"
                    ),
                },
                "economic_outcome": {
                    "ja": (
                        "契約額は2年間で約96億円です。"
                        "再エネ電力は従来の電力より1kWhあたり約0.5円高いものの、"
                        "複数の事業者による競争で増額分を抑えました。"
                    ),
                },
                "innovation": {
                    "ja": (
                        "電力の価格だけでなく、電源の由来まで入札条件に組み込みました。"
                        "連携自治体の再エネ電力を大都市の公共調達で購入する、"
                        "地域間連携の仕組みを築いた点が新しい取り組みです。"
                    ),
                },
                "contract_value": Decimal("9600000000.00"),
                "currency": "JPY",
                "tender_date": date(LAST_YEAR - 1, 8, 26),
                "co2e_avoided": Decimal("80000.0"),
            },
            {
                "government": "gwangju",
                "category": "innovation-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "ko",
                "title": {"ko": "광주광역시 공공건물 AI 에너지 관리 시스템 혁신제품 시범구매"},
                "summary": {
                    "ko": (
                        "광주광역시는 공공건물 42곳에 인공지능으로 냉난방과 조명을 제어하는 "
                        "건물에너지관리시스템(BEMS)을 혁신제품 시범구매로 도입했습니다. 첫해 대상 "
                        "건물의 에너지 사용량이 평균 17% 줄었습니다."
                    ),
                },
                "purchase": {
                    "ko": (
                        "광주광역시는 조달청 혁신제품으로 지정된 AI 기반 BEMS를 시범구매 방식으로 "
                        "도입했습니다. 구청 청사, 도서관, 체육시설 등 42개 건물에 센서와 제어 "
                        "장치를 설치하고, 3년간의 운영과 성과 검증은 공급업체가 맡습니다. 계약에는 "
                        "기준 연도 대비 15% 이상의 에너지 절감 목표를 명시하고, 절감 실적은 제3자 "
                        "기관이 검증하도록 했습니다."
                    ),
                },
                "environmental_outcome": {
                    "ko": (
                        "설치 후 첫해 42개 건물의 에너지 사용량은 기준 연도 대비 평균 17% 줄어 "
                        "연간 약 3,900MWh를 절약했습니다. 이는 연간 약 1,800톤(CO2 환산)의 "
                        "온실가스 감축에 해당합니다. 수집된 데이터는 제로에너지건축물 인증을 "
                        "준비하는 신축 건물의 설계에도 활용됩니다."
                    ),
                },
                "social_outcome": {
                    "ko": (
                        "실내 온도와 공기질이 실시간으로 관리되어 도서관과 체육시설 이용자의 "
                        "쾌적성이 높아졌습니다."
                    ),
                },
                "economic_outcome": {
                    "ko": (
                        "계약 금액은 약 31억 원이며, 에너지 비용 절감액은 연간 약 5억 원으로 약 "
                        "6년 만에 투자비를 회수할 것으로 예상됩니다."
                    ),
                },
                "innovation": {
                    "ko": (
                        "지역 기업이 개발한 AI 제어 기술을 공공건물에서 처음으로 대규모로 "
                        "실증했습니다. 시범구매로 도입 위험을 줄였으며, 성과가 확인된 기술을 다른 "
                        "공공기관으로 확산할 수 있도록 운영 데이터를 공개합니다."
                    ),
                },
                "contract_value": Decimal("3100000000.00"),
                "currency": "KRW",
                "tender_date": date(LAST_YEAR - 2, 9, 5),
                "co2e_avoided": Decimal("1800.0"),
                "savings_value": Decimal("3900.0"),
                "savings_unit": "MWh",
            },
            {
                "government": "chengdu",
                "category": "innovation-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "zh-hans",
                "title": {"zh-hans": "成都市政府采购电子卖场引入产品碳足迹信息"},
                "summary": {
                    "zh-hans": (
                        "成都市政府采购中心在电子卖场中为电脑、打印机、"
                        "空调等常用产品标注经核验的碳足迹信息，并让低碳产品优先排序。上线一年内，"
                        "采购人选择低碳产品的比例从31%提高到58%。"
                    ),
                },
                "purchase": {
                    "zh-hans": (
                        "成都市政府采购中心采购了电子卖场碳足迹功能的开发和数据服务，"
                        "由服务商按照国家认可的核算方法汇集供应商产品的碳足迹数据，"
                        "并委托第三方核验。第一批覆盖台式计算机、便携式计算机、打印机、"
                        "复印机和空调五类产品，共1200余个型号。"
                    ),
                },
                "environmental_outcome": {
                    "zh-hans": (
                        "上线一年内，五类产品中低碳产品的采购比例从31%提高到58%。"
                        "按产品全生命周期测算，每年减少二氧化碳当量排放约950吨。"
                    ),
                },
                "economic_outcome": {
                    "zh-hans": (
                        "合同金额约420万元。低碳产品的平均价格与同类产品基本相当，"
                        "部分节能型号的使用成本更低。"
                    ),
                },
                "innovation": {
                    "zh-hans": (
                        "首次在政府采购电子卖场中直接展示经核验的产品碳足迹，"
                        "把低碳要求融入采购人日常下单的环节，无需另行组织招标。"
                    ),
                },
                "contract_value": Decimal("4200000.00"),
                "currency": "CNY",
                "tender_date": date(LAST_YEAR - 2, 11, 8),
                "co2e_avoided": Decimal("950.0"),
            },
            {
                "government": "seoul",
                "category": "circular-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "ko",
                "official": "official@seoul.example",
                "title": {"ko": "서울특별시 청사와 축제의 다회용컵 순환 서비스"},
                "summary": {
                    "ko": (
                        "서울특별시는 본청과 사업소, 시가 주최하는 축제에서 일회용컵을 없애기 위해 "
                        "다회용컵 대여·회수·세척 서비스를 조달했습니다. 연간 약 240만 개의 "
                        "일회용컵 사용을 줄였으며, 세척과 회수는 지역의 사회적기업이 맡고 있습니다."
                    ),
                },
                "purchase": {
                    "ko": (
                        "서울특별시는 협상에 의한 계약 방식으로 2년간의 다회용컵 순환 서비스를 "
                        "조달했습니다. 서비스에는 다회용컵과 반납함 공급, 청사 카페와 축제 현장의 "
                        "회수, 세척·살균 및 재배송이 포함됩니다. 규격서에는 단일 "
                        "소재(폴리프로필렌) 컵과 최소 300회 사용, 세척 시설의 위생 기준과 "
                        "물·에너지 사용량 보고, 파손된 컵의 재활용을 요구했습니다. 기술 "
                        "평가(80%)에서는 회수율 목표와 운영 계획, 사회적 가치를 평가했습니다."
                    ),
                },
                "environmental_outcome": {
                    "ko": (
                        "다회용컵을 도입한 뒤 청사와 축제에서 연간 약 240만 개의 일회용컵 사용이 "
                        "줄었고, 평균 회수율은 92%입니다. 세척에 드는 물과 에너지를 포함한 전 과정 "
                        "평가에서 일회용컵보다 온실가스 배출이 약 60% 적어, 연간 약 110톤(CO2 "
                        "환산)이 감축됩니다. 파손되거나 수명이 다한 컵은 같은 소재의 제품으로 "
                        "재활용됩니다."
                    ),
                },
                "social_outcome": {
                    "ko": (
                        "세척과 회수는 장애인과 고령자를 고용하는 사회적기업 세 곳이 맡아 약 "
                        "45개의 일자리가 생겼습니다. 축제 현장의 쓰레기가 줄어 시민 만족도도 "
                        "높아졌습니다."
                    ),
                },
                "economic_outcome": {
                    "ko": (
                        "2년 계약 금액은 약 18억 원입니다. 일회용컵 구매비와 쓰레기 처리비가 줄어 "
                        "실제 추가 비용은 컵 하나당 약 80원 수준입니다."
                    ),
                },
                "innovation": {
                    "ko": (
                        "컵을 구매하는 대신 회수와 세척까지 포함한 순환 서비스를 조달하고, "
                        "회수율에 따라 대금을 지급하는 성과 연동 계약을 도입했습니다. 반납함마다 "
                        "QR 코드를 붙여 회수 현황을 실시간으로 확인합니다."
                    ),
                },
                "contract_value": Decimal("1800000000.00"),
                "currency": "KRW",
                "tender_date": date(LAST_YEAR - 1, 2, 14),
                "co2e_avoided": Decimal("110.0"),
                "savings_value": Decimal("2400000.0"),
                "savings_unit": "single-use cups",
            },
            {
                "government": "kitakyushu",
                "category": "circular-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "ja",
                "title": {"ja": "北九州市 公共施設の使用済み太陽光パネルのリユース・リサイクル"},
                "summary": {
                    "ja": (
                        "北九州市は、学校などの公共施設で更新時期を迎えた太陽光パネルを、"
                        "性能検査のうえでリユースし、"
                        "使えないものは高度にリサイクルする業務を発注しました。"
                        "北九州エコタウンの事業者と連携し、"
                        "初年度に回収した約2,600枚のうち約6割をリユースしました。"
                    ),
                },
                "purchase": {
                    "ja": (
                        "北九州市は、学校や市民センターなど公共施設の太陽光パネル約2,600枚の撤去、"
                        "性能検査、リユース、リサイクルを一括して一般競争入札にかけました。"
                        "仕様書では、出力が定格の80%以上のパネルは再使用すること、"
                        "それ以外のパネルはガラス、アルミ、"
                        "銀などを分離して素材ごとに再資源化すること、埋立処分率を5%以下とすること、"
                        "すべてのパネルの行き先を報告することを求めました。"
                    ),
                },
                "environmental_outcome": {
                    "ja": (
                        "回収したパネルの約6割（約1,550枚）"
                        "は性能検査を経て市内の農業施設や非常用電源として再使用され、"
                        "残りは素材の95%以上が再資源化されました。"
                        "新品のパネルを製造する場合と比べて、"
                        "温室効果ガス排出量を年間約140トン（CO2換算）削減できると試算しています。"
                    ),
                },
                "social_outcome": {
                    "ja": (
                        "リユースしたパネルの一部は地域の避難所の非常用電源として活用され、"
                        "防災力の向上につながっています。"
                    ),
                },
                "economic_outcome": {
                    "ja": (
                        "契約額は約3,800万円です。リユースパネルの売却益の一部が市に還元され、"
                        "処分費用を実質的に抑えています。"
                    ),
                },
                "innovation": {
                    "ja": (
                        "太陽光パネルの大量廃棄が見込まれる中、自治体として撤去からリユース、"
                        "リサイクルまでを一貫して発注し、"
                        "パネル1枚ごとの行き先を追跡できる仕組みを整えた点が新しい取り組みです。"
                    ),
                },
                "contract_value": Decimal("38000000.00"),
                "currency": "JPY",
                "tender_date": date(LAST_YEAR - 1, 6, 3),
                "co2e_avoided": Decimal("140.0"),
                "savings_value": Decimal("47.0"),
                "savings_unit": "t of solar panels",
            },
        ],
    },
    {
        "year": "this year",
        "phase": Phase.OPEN,
        "opens": -30,
        "closes": 45,
        "title": titles(THIS_YEAR),
        "introduction": {
            "en": (
                "The call for applications is open. This year the jury gives special attention to "
                "purchases that cut the carbon footprint of construction and that move public "
                "fleets and services to zero-emission vehicles. Member governments can apply in "
                "four categories with a tender launched in the two previous years; applications "
                "can be written in English, Korean, Japanese or Chinese."
            ),
            "ko": (
                "응모 접수가 시작되었습니다. 올해 심사위원단은 건설의 탄소발자국을 줄이거나 공공 "
                "차량과 서비스를 무공해 차량으로 전환한 구매에 특히 주목합니다. 회원 지방정부는 "
                "직전 2년 동안 공고한 입찰로 네 개 시상 부문에 응모할 수 있으며, 응모서는 영어, "
                "한국어, 일본어, 중국어 중 하나로 작성할 수 있습니다."
            ),
            "ja": (
                "応募の受付を開始しました。今年度、審査員は、"
                "建設のカーボンフットプリントを削減した調達や、"
                "公用車や公共サービスのゼロエミッション車への転換を進めた調達に特に注目します。"
                "参加自治体は、過去2年間に公告した入札をもとに4つの部門に応募でき、応募書類は英語、"
                "韓国語、日本語、中国語のいずれでも作成できます。"
            ),
            "zh-hans": (
                "申报现已开始。今年评审团将特别关注降低建设碳足迹、"
                "推动公务车队和公共服务转向零排放车辆的采购项目。"
                "成员地方政府可凭前两年发布的招标项目申报四个奖项类别，申报材料可用英文、韩文、"
                "日文或中文撰写。"
            ),
        },
        "categories": [
            category("sustainable-procurement", THIS_YEAR_FOCUS),
            category("innovation-procurement", THIS_YEAR_FOCUS),
            category("tender-procedure", THIS_YEAR_FOCUS),
            category("circular-procurement", THIS_YEAR_FOCUS),
        ],
        "applications": [
            {
                "government": "beijing",
                "category": "tender-procedure",
                "status": ApplicationStatus.DRAFT,
                "language": "zh-hans",
                "official": "official@beijing.example",
                "title": {"zh-hans": "北京市预拌混凝土采购引入碳足迹评审"},
                "summary": {
                    "zh-hans": (
                        "北京市在市政工程预拌混凝土采购中首次将产品碳足迹纳入评审："
                        "供应商须提供经第三方核验的碳足迹数据，碳排放强度较低的配合比可获得加分，"
                        "合同中还约定按批次核查。"
                    ),
                },
            },
            {
                "government": "seoul",
                "category": "sustainable-procurement",
                "status": ApplicationStatus.SUBMITTED,
                "language": "ko",
                "official": "official@seoul.example",
                "title": {"ko": "서울특별시 무공해 도로청소차 공동 구매"},
                "summary": {
                    "ko": (
                        "서울특별시는 자치구와 함께 노후 경유 도로청소차 86대를 전기·수소 청소차로 "
                        "교체하면서, 차량과 충전·정비, 배터리 회수를 하나의 계약으로 평가했습니다. "
                        "새 청소차는 연간 약 1,200톤(CO2 환산)의 온실가스를 줄이고, 도심의 "
                        "미세먼지 배출을 없앱니다."
                    ),
                },
                "purchase": {
                    "ko": (
                        "서울특별시는 자치구와 함께 노면청소차, 분진흡입차, 살수차 등 도로청소차 "
                        "86대를 전기차와 수소전기차로 교체하는 공동 구매를 추진했습니다. 입찰은 "
                        "협상에 의한 계약 방식으로 진행했으며, 기술 평가에서는 작업 성능, 1회 충전 "
                        "후 작업 시간, 충전 인프라 계획, 8년간 배터리·연료전지 보증과 사용 후 "
                        "배터리 회수 계획을 평가했습니다. 운전원 교육과 5년간의 정비 지원도 계약에 "
                        "포함되었습니다."
                    ),
                },
                "environmental_outcome": {
                    "ko": (
                        "교체 대상 경유 청소차는 연간 약 54만 리터의 경유를 사용했습니다. "
                        "전기·수소 청소차로 바꾸면 발전 과정의 배출을 고려하더라도 연간 약 "
                        "1,200톤(CO2 환산)의 온실가스가 줄어들며, 도심 작업 중 배기가스가 나오지 "
                        "않아 질소산화물과 미세먼지 배출도 크게 줄어듭니다."
                    ),
                },
                "social_outcome": {
                    "ko": (
                        "전기 청소차는 소음이 작아 새벽 작업에 대한 주민 민원이 줄었고, 운전원들은 "
                        "진동과 배기가스가 없는 작업 환경에 만족하고 있습니다."
                    ),
                },
                "economic_outcome": {
                    "ko": (
                        "계약 금액은 약 412억 원이며 국비와 시비 보조금이 포함됩니다. 연료비와 "
                        "정비비가 줄어 8년간의 총소유비용은 경유차보다 약 9% 낮을 것으로 "
                        "예상됩니다."
                    ),
                },
                "innovation": {
                    "ko": (
                        "차량만 구매하지 않고 충전 인프라, 정비, 배터리 회수까지 하나의 계약으로 "
                        "묶어 자치구가 무공해 청소차를 쉽게 도입할 수 있게 했습니다. 여러 자치구의 "
                        "수요를 모은 공동 구매로 제작사의 참여도 이끌어 냈습니다."
                    ),
                },
                "contract_value": Decimal("41200000000.00"),
                "currency": "KRW",
                "tender_date": date(THIS_YEAR - 1, 4, 7),
                "co2e_avoided": Decimal("1200.0"),
                "savings_value": Decimal("540000.0"),
                "savings_unit": "l of diesel",
            },
        ],
    },
]

# Jury members: the demo's jury member works for Seoul, so is recused from Seoul's application.
JURY: list[dict] = [
    {
        "email": JURY_EMAIL,
        "first_name": "Jiwoo",
        "last_name": "Park",
        "government": "seoul",
    },
    {
        "email": "jury@iclei-europe.example",
        "first_name": "Anna",
        "last_name": "Weber",
        "government": None,
    },
    {
        "email": "jury@igpn.example",
        "first_name": "Kenji",
        "last_name": "Sato",
        "government": None,
    },
]


def load(stdout) -> None:
    now = timezone.now()
    jury = [jury_user(record) for record in JURY]
    for record in EDITIONS:
        load_edition(dict(record), now, jury)
    with translation.override("en"):
        judging = AwardEdition.objects.filter(phase=Phase.JUDGING).first()
        url = reverse("awards:jury", args=[judging.year]) if judging else ""
    stdout.write(
        f"Awards: {len(EDITIONS)} editions. Jury member: {JURY_EMAIL} / {OFFICIAL_PASSWORD} "
        f"(scores at {url})"
    )


def jury_user(record: dict):
    User = get_user_model()
    user, created = User.objects.update_or_create(
        email=record["email"],
        defaults={"first_name": record["first_name"], "last_name": record["last_name"]},
    )
    if created:
        user.set_password(OFFICIAL_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=record["email"], defaults={"verified": True, "primary": True}
    )
    government = record["government"]
    return user, MemberGovernment.objects.get(slug=government) if government else None


def moment(value, now: datetime) -> datetime:
    day = value if isinstance(value, date) else timezone.localdate(now) + timedelta(days=value)
    return timezone.make_aware(datetime.combine(day, time(18, 0)))


def load_edition(record: dict, now: datetime, jury: list) -> None:
    year = {"this year": now.year, "last year": now.year - 1}.get(record["year"], record["year"])
    ceremony = record.pop("ceremony", None)
    defaults = {
        "phase": record["phase"],
        "opens": moment(record["opens"], now),
        "closes": moment(record["closes"], now),
        "ceremony": Event.objects.filter(slug=ceremony).first() if ceremony else None,
    } | columns({name: record[name] for name in EDITION_TRANSLATED}, EDITION_TRANSLATED)
    edition, _created = AwardEdition.objects.update_or_create(year=year, defaults=defaults)

    categories = {}
    for order, category in enumerate(record["categories"]):
        category = dict(category)
        slug, criteria = category.pop("slug"), category.pop("criteria")
        categories[slug], _created = AwardCategory.objects.update_or_create(
            edition=edition,
            slug=slug,
            defaults={"order": order} | columns(category, CATEGORY_TRANSLATED),
        )
        for number, criterion in enumerate(criteria):
            Criterion.objects.update_or_create(
                category=categories[slug],
                order=number,
                defaults=columns(criterion, CRITERION_TRANSLATED),
            )

    for application in record["applications"]:
        load_application(dict(application), edition, categories, now)

    if edition.phase in (Phase.JUDGING, Phase.ANNOUNCED):
        for user, government in jury:
            member, _created = JuryMember.objects.update_or_create(
                edition=edition, user=user, defaults={"government": government}
            )
            # The demo's own jury member leaves last year's scoring to be tried.
            if edition.phase == Phase.ANNOUNCED or user.email != JURY_EMAIL:
                give_scores(member, edition)


def load_application(record: dict, edition: AwardEdition, categories: dict, now) -> None:
    government = MemberGovernment.objects.get(slug=record.pop("government"))
    category = categories[record.pop("category")]
    official = Official.objects.filter(user__email=record.pop("official", None)).first()
    values = {
        "edition": edition,
        "official": official,
        "slug": f"{government.slug}-{category.slug}",
        "contract_value": None,
        "currency": "",
        "tender_date": None,
        "co2e_avoided": None,
        "savings_value": None,
        "savings_unit": "",
    } | columns(record, TEXT_FIELDS)
    status = values["status"]
    values["submitted"] = (
        None if status == ApplicationStatus.DRAFT else min(edition.closes - timedelta(days=3), now)
    )
    Application.objects.update_or_create(category=category, government=government, defaults=values)


def give_scores(member: JuryMember, edition: AwardEdition) -> None:
    """Scores from 2 to 5 that depend only on who scores what, so a reload keeps them."""
    applications = (
        Application.objects.submitted()
        .filter(edition=edition)
        .prefetch_related("category__criteria")
    )
    for application in applications:
        if member.is_recused_from(application):
            continue
        for criterion in application.category.criteria.all():
            seed = f"{member.user.email}:{application.slug}:{criterion.order}".encode()
            value = 2 + hashlib.sha256(seed).digest()[0] % 4
            if application.status == ApplicationStatus.WINNER:
                value = max(value, 4)
            Score.objects.update_or_create(
                jury_member=member,
                application=application,
                criterion=criterion,
                defaults={"value": value},
            )
