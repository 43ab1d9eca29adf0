"""Demo content of the events: three EcoProcura China symposia, written in the four languages,
and two upcoming events whose registration is open, so that the flow can be tried.

The quotes of the 2014 symposium are samples written for the demonstration, not records of
what was said, and its gallery shows abstract pictures drawn here, not photographs."""

import zoneinfo
from datetime import date, datetime, time, timedelta
from io import BytesIO
from random import Random

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from PIL import Image, ImageDraw

from events.models import (
    Audience,
    Event,
    EventKind,
    Organisation,
    Partner,
    PartnerRole,
    Photo,
    Quote,
    Session,
    Speaker,
)
from members.demo import columns
from members.models import Country, MemberGovernment

EVENT_TRANSLATED = [
    "title",
    "venue",
    "city",
    "summary",
    "description",
    "topics",
    "contact_position",
]
ORGANISATION_TRANSLATED = ["name"]
SPEAKER_TRANSLATED = ["position", "organisation"]
SESSION_TRANSLATED = ["title", "description", "room"]
PHOTO_TRANSLATED = ["caption"]
QUOTE_TRANSLATED = ["position", "organisation", "text"]

# The upcoming event whose registration page the last line of the output points to.
WEBINAR = "webinar-electric-buses"

ORGANISATIONS = {
    "iclei": {
        "name": {
            "en": "ICLEI East Asia",
            "ko": "이클레이 동아시아 본부",
            "ja": "イクレイ東アジア事務局",
            "zh-hans": "宜可城东亚秘书处",
        },
        "website": "https://eastasia.iclei.org",
    },
    "cec": {
        "name": {
            "en": "China Environmental United Certification Center",
            "ko": "중국환경연합인증센터",
            "ja": "中国環境連合認証センター",
            "zh-hans": "中环联合（北京）认证中心",
        },
        "website": "",
    },
    "cscp": {
        "name": {
            "en": "Collaborating Centre on Sustainable Consumption and Production (Germany)",
            "ko": "지속가능한 소비와 생산 협력센터(독일)",
            "ja": "持続可能な消費と生産に関する協働センター（ドイツ）",
            "zh-hans": "可持续消费与生产合作中心（德国）",
        },
        "website": "https://www.cscp.org",
    },
    "keiti": {
        "name": {
            "en": "KEITI – Korea Environmental Industry & Technology Institute (Republic of Korea)",
            "ko": "KEITI – 한국환경산업기술원(대한민국)",
            "ja": "KEITI – 韓国環境産業技術院（韓国）",
            "zh-hans": "KEITI – 韩国环境产业技术院（韩国）",
        },
        "website": "https://www.keiti.re.kr",
    },
    "igpn": {
        "name": {
            "en": "IGPN – International Green Purchasing Network",
            "ko": "IGPN – 국제녹색구매네트워크",
            "ja": "IGPN – 国際グリーン購入ネットワーク",
            "zh-hans": "IGPN – 国际绿色采购网络",
        },
        "website": "http://www.igpn.org",
    },
    "iisd": {
        "name": {
            "en": "IISD – International Institute for Sustainable Development",
            "ko": "IISD – 국제지속가능발전연구소",
            "ja": "IISD – 持続可能な開発のための国際研究所",
            "zh-hans": "IISD – 国际可持续发展研究院",
        },
        "website": "https://www.iisd.org",
    },
    "efg": {
        "name": {
            "en": "Eco-Forum Global Secretariat",
            "ko": "생태문명 구이양 국제포럼 사무국",
            "ja": "生態文明貴陽国際フォーラム事務局",
            "zh-hans": "生态文明贵阳国际论坛秘书处",
        },
        "website": "",
    },
}

# The contact of every demo event.
CONTACT = {
    "contact_name": "Bong-hee Son",
    "contact_position": {
        "en": "Strategy Manager, ICLEI East Asia",
        "ko": "이클레이 동아시아 본부 전략 매니저",
        "ja": "イクレイ東アジア事務局 ストラテジー・マネージャー",
        "zh-hans": "宜可城东亚秘书处战略经理",
    },
    "contact_email": "iclei-eastasia@iclei.org",
    "contact_phone": "+82-(0)2-3789-0496",
}

# People who speak at several events, or who are also quoted.
YING_WANG = {
    "name": "Ying Wang",
    "position": {"en": "Director", "ko": "주임", "ja": "主任", "zh-hans": "主任"},
    "organisation": {
        "en": "Chinese Government Procurement Management Office, Ministry of Finance",
        "ko": "중국 재정부 정부구매관리판공실",
        "ja": "中国財政部 政府調達管理弁公室",
        "zh-hans": "财政部政府采购管理办公室",
    },
}
JUNQING_XI = {
    "name": "Junqing Xi",
    "position": {"en": "Deputy Director", "ko": "부주임", "ja": "副主任", "zh-hans": "副主任"},
    "organisation": {
        "en": "Environmental Development Center, Ministry of Environmental Protection",
        "ko": "중국 환경보호부 환경발전센터",
        "ja": "中国環境保護部 環境発展センター",
        "zh-hans": "环境保护部环境发展中心",
    },
}
WENPING_YAO = {
    "name": "Wenping Yao",
    "position": {
        "en": "Deputy Director General",
        "ko": "부국장",
        "ja": "副司長",
        "zh-hans": "副司长",
    },
    "organisation": {
        "en": "Technologies Department, Ministry of Commerce",
        "ko": "중국 상무부 과학기술사",
        "ja": "中国商務部 科学技術司",
        "zh-hans": "商务部科技司",
    },
}
HANNAH_PARK = {
    "name": "Hannah Park",
    "position": {
        "en": "Programme Officer",
        "ko": "프로그램 담당관",
        "ja": "プログラムオフィサー",
        "zh-hans": "项目官员",
    },
    "organisation": ORGANISATIONS["iclei"]["name"],
}
BEIJING_FINANCE_BUREAU = {
    "en": "Beijing Municipal Finance Bureau",
    "ko": "베이징시 재정국",
    "ja": "北京市財政局",
    "zh-hans": "北京市财政局",
}
KEITI = {
    "en": "Korea Environmental Industry & Technology Institute (KEITI)",
    "ko": "한국환경산업기술원",
    "ja": "韓国環境産業技術院",
    "zh-hans": "韩国环境产业技术院",
}

MAIN_HALL = {"en": "Main hall", "ko": "대회의실", "ja": "メインホール", "zh-hans": "主会场"}
ROOM_A = {"en": "Conference room A", "ko": "A 회의실", "ja": "会議室A", "zh-hans": "A会议室"}

# Each event: its days are counted from `first_day`, or, for an upcoming event, from
# `days_ahead` days after the day the demo is loaded. Times are in the event's time zone.
EVENTS = [
    {
        "slug": "ecoprocura-china-2014",
        "kind": EventKind.SYMPOSIUM,
        "series": "EcoProcura China",
        "time_zone": "Asia/Shanghai",
        "first_day": date(2014, 10, 30),
        "starts": (0, time(9, 0)),
        "ends": (1, time(17, 30)),
        "country": Country.CHINA,
        "participants": 60,
        "title": {
            "en": "EcoProcura China 2014: International Symposium on Municipal Green Procurement",
            "ko": "EcoProcura China 2014: 지방정부 녹색공공구매 국제 심포지엄",
            "ja": "EcoProcura China 2014：自治体グリーン公共調達国際シンポジウム",
            "zh-hans": "EcoProcura China 2014：城市政府绿色采购国际研讨会",
        },
        "city": {"en": "Beijing", "ko": "베이징", "ja": "北京", "zh-hans": "北京"},
        "summary": {
            "en": (
                "For two days in Beijing, national and local government officials and experts "
                "from East Asia and Europe shared how public authorities can use their purchasing "
                "power to buy greener products and services."
            ),
            "ko": (
                "이틀 동안 베이징에서 중앙정부와 지방정부 공무원, 동아시아와 유럽의 전문가들이 "
                "모여 공공기관이 구매력을 활용해 더 친환경적인 제품과 서비스를 구매하는 방법을 "
                "공유했습니다."
            ),
            "ja": (
                "2日間にわたり北京に国と地方自治体の職員、東アジアとヨーロッパの専門家が集まり、"
                "公共機関が購買力を生かして環境に配慮した製品やサービスを調達する方法を"
                "共有しました。"
            ),
            "zh-hans": (
                "中央和地方政府官员以及来自东亚和欧洲的专家在北京进行了为期两天的交流，"
                "探讨公共部门如何发挥采购力量，购买更加绿色的产品和服务。"
            ),
        },
        "description": {
            "en": (
                "ICLEI East Asia and the China Environmental United Certification Center held "
                "the International Symposium on Municipal Green Procurement in Beijing on 30 and "
                "31 October 2014. Officials of the Ministry of Finance, the Ministry of "
                "Environmental Protection and the Ministry of Commerce met procurement officers "
                "of Chinese cities, among them Beijing, Tianjin, Shenzhen and Guiyang, to discuss "
                "how local governments can put national green procurement policy into practice."
                "\n\n"
                "Twenty speakers, experts from China, Japan, Korea, Malaysia, the Netherlands "
                "and Switzerland, shared their experience in four sessions:\n\n"
                "- how green procurement policies are set up, anchored in law and monitored;\n"
                "- what green procurement costs, and what it saves over the life of a product;\n"
                "- how green products are evaluated and verified, from eco-labels to supplier "
                "declarations;\n"
                "- how cities buy green in practice, from office paper to street lighting.\n\n"
                "The symposium closed with a call to build a network in which Chinese cities "
                "learn from each other and from local governments elsewhere in East Asia."
            ),
            "ko": (
                "이클레이 동아시아 본부와 중국환경연합인증센터는 2014년 10월 30일과 31일 "
                "베이징에서 지방정부 녹색공공구매 국제 심포지엄을 개최했습니다. 중국 재정부, "
                "환경보호부, 상무부 관계자들이 베이징, 톈진, 선전, 구이양 등 중국 도시의 구매 "
                "담당 공무원들과 만나 지방정부가 국가 녹색구매 정책을 어떻게 실천할 수 있을지 "
                "논의했습니다.\n\n"
                "중국, 일본, 한국, 말레이시아, 네덜란드, 스위스의 전문가 20명이 연사로 나서 네 "
                "개 세션에서 경험을 나누었습니다.\n\n"
                "- 녹색구매 정책의 수립, 법적 근거 마련과 모니터링\n"
                "- 녹색구매의 비용과 제품 수명 전체에 걸친 절감 효과\n"
                "- 환경표지부터 공급업체 자기선언까지, 녹색제품의 평가와 검증\n"
                "- 사무용지부터 가로등까지, 도시의 녹색구매 실천 사례\n\n"
                "심포지엄은 중국 도시들이 서로에게서, 그리고 동아시아의 다른 지방정부로부터 "
                "배울 수 있는 네트워크를 만들자는 제안으로 마무리되었습니다."
            ),
            "ja": (
                "イクレイ東アジア事務局と中国環境連合認証センターは、2014年10月30日と31日に"
                "北京で「自治体グリーン公共調達国際シンポジウム」を開催しました。中国の財政部、"
                "環境保護部、商務部の担当者が、北京、天津、深圳、貴陽など中国各都市の調達担当"
                "職員と一堂に会し、地方自治体が国のグリーン調達政策をどのように実践できるかを"
                "話し合いました。\n\n"
                "中国、日本、韓国、マレーシア、オランダ、スイスの専門家20人が登壇し、"
                "4つのセッションで経験を共有しました。\n\n"
                "- グリーン調達政策の策定、法制度への位置づけとモニタリング\n"
                "- グリーン調達のコストと、製品のライフサイクル全体での削減効果\n"
                "- 環境ラベルから供給者の自己宣言まで、グリーン製品の評価と検証\n"
                "- 事務用紙から街路灯まで、都市におけるグリーン調達の実践\n\n"
                "シンポジウムは、中国の都市が互いに、また東アジアの他の自治体から学び合える"
                "ネットワークを築こうという呼びかけで締めくくられました。"
            ),
            "zh-hans": (
                "宜可城东亚秘书处与中环联合（北京）认证中心于2014年10月30日至31日在北京举办"
                "城市政府绿色采购国际研讨会。财政部、环境保护部和商务部的官员与北京、天津、"
                "深圳、贵阳等中国城市的采购人员共聚一堂，探讨地方政府如何落实国家政府绿色采购"
                "政策。\n\n"
                "来自中国、日本、韩国、马来西亚、荷兰和瑞士的20位发言嘉宾在四个专题会议上"
                "分享了经验：\n\n"
                "- 政府绿色采购政策的制定、法律依据与监督；\n"
                "- 绿色采购的成本，以及在产品全生命周期内带来的节约；\n"
                "- 从环境标志到供应商自我声明，绿色产品的评价与验证；\n"
                "- 从办公用纸到道路照明，城市绿色采购的实践。\n\n"
                "研讨会最后倡议建立一个网络，让中国城市相互学习，并向东亚其他地方政府学习。"
            ),
        },
        "topics": {
            "en": [
                "GPP policies and procedures, legal and institutional framework and monitoring",
                "Costs and benefits of GPP",
                "Evaluation and verification of green products",
                "GPP practice at the local level",
            ],
            "ko": [
                "녹색공공구매 정책과 절차, 법·제도적 기반과 모니터링",
                "녹색공공구매의 비용과 편익",
                "녹색제품의 평가와 검증",
                "지방정부의 녹색공공구매 실천",
            ],
            "ja": [
                "グリーン公共調達の政策と手続き、法制度の枠組みとモニタリング",
                "グリーン公共調達のコストと便益",
                "グリーン製品の評価と検証",
                "地方レベルでのグリーン公共調達の実践",
            ],
            "zh-hans": [
                "政府绿色采购的政策与程序、法律和制度框架及监督",
                "政府绿色采购的成本与效益",
                "绿色产品的评价与验证",
                "地方政府绿色采购实践",
            ],
        },
        "partners": [
            ("iclei", PartnerRole.ORGANISER),
            ("cec", PartnerRole.CO_ORGANISER),
            ("cscp", PartnerRole.PARTNER),
            ("keiti", PartnerRole.PARTNER),
            ("igpn", PartnerRole.SUPPORTER),
            ("iisd", PartnerRole.SUPPORTER),
        ],
        "speakers": [
            YING_WANG,
            JUNQING_XI,
            WENPING_YAO,
            {
                "name": "Chen Liang",
                "position": {
                    "en": "Deputy Director, Government Procurement Division",
                    "ko": "정부구매처 부처장",
                    "ja": "政府調達処 副処長",
                    "zh-hans": "政府采购处副处长",
                },
                "organisation": BEIJING_FINANCE_BUREAU,
                "government": "beijing",
            },
            {
                "name": "Ji-young Kim",
                "position": {
                    "en": "Senior Researcher",
                    "ko": "선임연구원",
                    "ja": "主任研究員",
                    "zh-hans": "高级研究员",
                },
                "organisation": KEITI,
            },
            {
                "name": "Kenji Sato",
                "position": {
                    "en": "Researcher",
                    "ko": "연구원",
                    "ja": "研究員",
                    "zh-hans": "研究员",
                },
                "organisation": {
                    "en": "Green Purchasing Network (Japan)",
                    "ko": "그린구매네트워크(일본)",
                    "ja": "グリーン購入ネットワーク",
                    "zh-hans": "绿色采购网络（日本）",
                },
            },
            {
                "name": "Farah Ismail",
                "position": {
                    "en": "Senior Manager",
                    "ko": "선임 매니저",
                    "ja": "シニアマネージャー",
                    "zh-hans": "高级经理",
                },
                "organisation": {
                    "en": "Malaysian Green Technology Corporation",
                    "ko": "말레이시아 녹색기술공사",
                    "ja": "マレーシア・グリーンテクノロジー公社",
                    "zh-hans": "马来西亚绿色科技机构",
                },
            },
            {
                "name": "Anna de Vries",
                "position": {
                    "en": "Sustainable procurement adviser",
                    "ko": "지속가능한 공공구매 자문관",
                    "ja": "持続可能な公共調達アドバイザー",
                    "zh-hans": "可持续公共采购顾问",
                },
                "organisation": {
                    "en": "Public procurement expertise centre (the Netherlands)",
                    "ko": "공공조달 전문센터(네덜란드)",
                    "ja": "公共調達専門センター（オランダ）",
                    "zh-hans": "公共采购专业中心（荷兰）",
                },
            },
        ],
        "sessions": [
            {
                "starts": (0, time(9, 0)),
                "ends": (0, time(10, 0)),
                "title": {
                    "en": "Opening session",
                    "ko": "개회식",
                    "ja": "開会式",
                    "zh-hans": "开幕式",
                },
                "description": {
                    "en": (
                        "Welcome by ICLEI East Asia and the China Environmental United "
                        "Certification Center, and keynote speeches on China's national green "
                        "procurement policy."
                    ),
                    "ko": (
                        "이클레이 동아시아 본부와 중국환경연합인증센터의 환영사, 중국 국가 "
                        "녹색구매 정책에 관한 기조연설이 이어집니다."
                    ),
                    "ja": (
                        "イクレイ東アジア事務局と中国環境連合認証センターによる開会挨拶と、"
                        "中国の国家グリーン調達政策に関する基調講演。"
                    ),
                    "zh-hans": (
                        "宜可城东亚秘书处和中环联合（北京）认证中心致欢迎辞，"
                        "并就国家政府绿色采购政策作主旨发言。"
                    ),
                },
                "room": MAIN_HALL,
                "speakers": ["Ying Wang", "Junqing Xi"],
            },
            {
                "starts": (0, time(10, 30)),
                "ends": (0, time(12, 30)),
                "title": {
                    "en": "Session 1: GPP policies, legal framework and monitoring",
                    "ko": "세션 1: 녹색공공구매 정책, 법적 기반과 모니터링",
                    "ja": "セッション1：グリーン公共調達の政策、法制度とモニタリング",
                    "zh-hans": "专题一：政府绿色采购政策、法律框架与监督",
                },
                "description": {
                    "en": (
                        "How national and municipal governments set green procurement rules, who "
                        "is responsible for them and how results are monitored."
                    ),
                    "ko": (
                        "중앙정부와 지방정부가 녹색구매 규칙을 어떻게 정하고, 누가 책임을 지며, "
                        "성과를 어떻게 모니터링하는지 살펴봅니다."
                    ),
                    "ja": (
                        "国と自治体がグリーン調達のルールをどのように定め、誰が責任を負い、"
                        "成果をどのようにモニタリングしているかを取り上げます。"
                    ),
                    "zh-hans": "中央和地方政府如何制定绿色采购规则、由谁负责以及如何监督实施效果。",
                },
                "room": MAIN_HALL,
                "speakers": ["Ying Wang", "Chen Liang", "Anna de Vries"],
            },
            {
                "starts": (0, time(14, 0)),
                "ends": (0, time(17, 30)),
                "title": {
                    "en": "Session 2: Costs and benefits of GPP",
                    "ko": "세션 2: 녹색공공구매의 비용과 편익",
                    "ja": "セッション2：グリーン公共調達のコストと便益",
                    "zh-hans": "专题二：政府绿色采购的成本与效益",
                },
                "description": {
                    "en": (
                        "Life-cycle costing, and examples of greener products that saved public "
                        "money over their lifetime."
                    ),
                    "ko": (
                        "전과정 비용 분석과, 친환경 제품이 사용 기간 전체에 걸쳐 공공 예산을 "
                        "절감한 사례를 소개합니다."
                    ),
                    "ja": (
                        "ライフサイクルコストの考え方と、環境に配慮した製品が使用期間全体で"
                        "公的支出を削減した事例を紹介します。"
                    ),
                    "zh-hans": "全生命周期成本核算，以及绿色产品在使用周期内节约财政资金的案例。",
                },
                "room": MAIN_HALL,
                "speakers": ["Wenping Yao", "Farah Ismail"],
            },
            {
                "starts": (1, time(9, 0)),
                "ends": (1, time(12, 0)),
                "title": {
                    "en": "Session 3: Evaluation and verification of green products",
                    "ko": "세션 3: 녹색제품의 평가와 검증",
                    "ja": "セッション3：グリーン製品の評価と検証",
                    "zh-hans": "专题三：绿色产品的评价与验证",
                },
                "description": {
                    "en": (
                        "Eco-labels, certification and supplier declarations: how buyers check "
                        "that a product meets the green criteria of a tender."
                    ),
                    "ko": (
                        "환경표지, 인증, 공급업체 자기선언: 구매자가 제품이 입찰의 녹색 기준을 "
                        "충족하는지 확인하는 방법을 다룹니다."
                    ),
                    "ja": (
                        "環境ラベル、認証、供給者の自己宣言：調達担当者が、製品が入札の"
                        "グリーン基準を満たしているかを確認する方法。"
                    ),
                    "zh-hans": (
                        "环境标志、认证和供应商自我声明：采购人如何核实产品符合招标文件中的绿色要求。"
                    ),
                },
                "room": ROOM_A,
                "speakers": ["Junqing Xi", "Ji-young Kim"],
            },
            {
                "starts": (1, time(13, 30)),
                "ends": (1, time(16, 30)),
                "title": {
                    "en": "Session 4: GPP practice at the local level",
                    "ko": "세션 4: 지방정부의 녹색공공구매 실천",
                    "ja": "セッション4：地方レベルでのグリーン公共調達の実践",
                    "zh-hans": "专题四：地方政府绿色采购实践",
                },
                "description": {
                    "en": (
                        "Cities from China, Japan and Korea present what they already buy green, "
                        "from office paper and IT equipment to street lighting."
                    ),
                    "ko": (
                        "중국, 일본, 한국의 도시들이 사무용지와 IT 기기부터 가로등까지 이미 "
                        "녹색구매하고 있는 품목을 소개합니다."
                    ),
                    "ja": (
                        "中国、日本、韓国の都市が、事務用紙やIT機器から街路灯まで、"
                        "すでにグリーン調達している品目を紹介します。"
                    ),
                    "zh-hans": (
                        "来自中国、日本和韩国的城市介绍已开展绿色采购的品类，"
                        "从办公用纸、信息化设备到道路照明。"
                    ),
                },
                "room": ROOM_A,
                "speakers": ["Chen Liang", "Kenji Sato"],
            },
            {
                "starts": (1, time(16, 45)),
                "ends": (1, time(17, 30)),
                "title": {
                    "en": "Closing session",
                    "ko": "폐회식",
                    "ja": "閉会式",
                    "zh-hans": "闭幕式",
                },
                "description": {
                    "en": (
                        "Conclusions of the sessions, and next steps towards a network of Chinese "
                        "cities on green procurement."
                    ),
                    "ko": (
                        "세션별 결론을 정리하고, 중국 도시 녹색구매 네트워크를 위한 다음 단계를 "
                        "논의합니다."
                    ),
                    "ja": (
                        "各セッションのまとめと、グリーン調達に取り組む中国の都市ネットワークに"
                        "向けた今後の取り組み。"
                    ),
                    "zh-hans": "总结各专题会议成果，讨论建立中国城市绿色采购网络的下一步工作。",
                },
                "room": MAIN_HALL,
                "speakers": [],
            },
        ],
        "photos": [
            {
                "en": "Opening plenary in the main hall (sample picture)",
                "ko": "대회의실에서 열린 개막 전체회의 (예시 이미지)",
                "ja": "メインホールでの開会全体会議（サンプル画像）",
                "zh-hans": "主会场开幕全体会议（示例图片）",
            },
            {
                "en": "Cities compare their green public procurement plans (sample picture)",
                "ko": "도시들이 녹색공공구매 계획을 비교하는 모습 (예시 이미지)",
                "ja": "各都市がグリーン公共調達の計画を比べ合う様子（サンプル画像）",
                "zh-hans": "各城市交流绿色公共采购计划（示例图片）",
            },
            {
                "en": "Suppliers present certified green products (sample picture)",
                "ko": "공급업체가 인증받은 녹색제품을 소개하는 모습 (예시 이미지)",
                "ja": "認証を受けたグリーン製品を紹介する供給事業者（サンプル画像）",
                "zh-hans": "供应商展示经认证的绿色产品（示例图片）",
            },
            {
                "en": "Participants after the closing session (sample picture)",
                "ko": "폐막 세션을 마친 참가자들 (예시 이미지)",
                "ja": "閉会セッション後の参加者（サンプル画像）",
                "zh-hans": "闭幕会议后的与会者合影（示例图片）",
            },
        ],
        "quotes": [
            {
                "person": YING_WANG,
                "text": {
                    "en": (
                        "Government procurement is not only about buying at the lowest price. "
                        "When public money rewards products that save energy and protect the "
                        "environment, it sends a clear signal to the whole market."
                    ),
                    "ko": (
                        "정부구매는 가장 낮은 가격에 사는 것만이 아닙니다. 공공 예산이 에너지를 "
                        "절약하고 환경을 보호하는 제품을 선택할 때, 시장 전체에 분명한 신호를 "
                        "보내게 됩니다."
                    ),
                    "ja": (
                        "政府調達の目的は、最も安い価格で買うことだけではありません。公的資金が"
                        "省エネで環境にやさしい製品を選ぶことで、市場全体に明確なシグナルを"
                        "送ることができます。"
                    ),
                    "zh-hans": (
                        "政府采购不只是以最低价格买东西。当财政资金优先购买节能环保产品时，"
                        "就向整个市场发出了明确的信号。"
                    ),
                },
            },
            {
                "person": JUNQING_XI,
                "text": {
                    "en": (
                        "Buyers need to be able to trust a green claim. Credible labels and "
                        "independent verification make it easy for a procurement officer in any "
                        "city to choose the greener product."
                    ),
                    "ko": (
                        "구매자는 친환경이라는 주장을 믿을 수 있어야 합니다. 신뢰할 수 있는 "
                        "환경표지와 독립적인 검증이 있으면 어느 도시의 구매 담당 공무원이든 더 "
                        "친환경적인 제품을 쉽게 고를 수 있습니다."
                    ),
                    "ja": (
                        "調達する側が環境に関する表示を信頼できなければなりません。信頼できる"
                        "ラベルと第三者による検証があれば、どの都市の調達担当者でも、より環境に"
                        "やさしい製品を容易に選べます。"
                    ),
                    "zh-hans": (
                        "采购人必须能够信任产品的环保声明。可信的标志和独立的验证，"
                        "能让任何城市的采购人员都方便地选择更绿色的产品。"
                    ),
                },
            },
            {
                "person": WENPING_YAO,
                "text": {
                    "en": (
                        "Green procurement by governments opens markets for green technologies. "
                        "Exchanges like this symposium help Chinese companies and cities learn "
                        "from partners across East Asia and Europe."
                    ),
                    "ko": (
                        "정부의 녹색구매는 녹색기술 시장을 열어 줍니다. 이번 심포지엄과 같은 "
                        "교류는 중국 기업과 도시들이 동아시아와 유럽의 파트너로부터 배우는 데 "
                        "도움이 됩니다."
                    ),
                    "ja": (
                        "政府によるグリーン調達は、環境技術の市場を切り開きます。このシンポジウム"
                        "のような交流は、中国の企業や都市が東アジアやヨーロッパのパートナーから"
                        "学ぶ助けとなります。"
                    ),
                    "zh-hans": (
                        "政府绿色采购为绿色技术打开了市场。像本次研讨会这样的交流，"
                        "有助于中国企业和城市向东亚和欧洲的合作伙伴学习。"
                    ),
                },
            },
        ],
    },
    {
        "slug": "ecoprocura-china-2015",
        "kind": EventKind.SYMPOSIUM,
        "series": "EcoProcura China",
        "time_zone": "Asia/Shanghai",
        "first_day": date(2015, 7, 10),
        "starts": (0, time(9, 0)),
        "ends": (1, time(12, 0)),
        "country": Country.CHINA,
        "title": {
            "en": "EcoProcura China 2015 at the Eco-Forum Global Guiyang Conference",
            "ko": "EcoProcura China 2015 – 생태문명 구이양 국제포럼",
            "ja": "EcoProcura China 2015（生態文明貴陽国際フォーラム）",
            "zh-hans": "EcoProcura China 2015（生态文明贵阳国际论坛）",
        },
        "venue": {
            "en": "Guiyang International Eco-Conference Center",
            "ko": "구이양 국제생태회의센터",
            "ja": "貴陽国際生態会議センター",
            "zh-hans": "贵阳国际生态会议中心",
        },
        "city": {"en": "Guiyang", "ko": "구이양", "ja": "貴陽", "zh-hans": "贵阳"},
        "summary": {
            "en": (
                "EcoProcura China 2015 took place within the Eco-Forum Global Guiyang Conference. "
                "Cities, national agencies and certification bodies launched the GPP China "
                "Partnership there, to help Chinese local governments buy green together."
            ),
            "ko": (
                "EcoProcura China 2015는 생태문명 구이양 국제포럼의 일환으로 열렸습니다. 이 "
                "자리에서 도시, 중앙정부 기관, 인증기관이 중국 지방정부의 공동 녹색구매를 돕기 "
                "위한 GPP 중국 파트너십을 출범시켰습니다."
            ),
            "ja": (
                "EcoProcura China 2015は、生態文明貴陽国際フォーラムの一環として開催されました。"
                "都市、国の機関、認証機関が、中国の地方自治体が共にグリーン調達を進めるための"
                "「GPP中国パートナーシップ」を立ち上げました。"
            ),
            "zh-hans": (
                "EcoProcura China 2015作为生态文明贵阳国际论坛的一部分举行。城市、国家机构和"
                "认证机构在会上共同启动了中国绿色公共采购伙伴关系，帮助中国地方政府携手推进"
                "绿色采购。"
            ),
        },
        "description": {
            "en": (
                "EcoProcura China 2015 was held as a thematic forum of the Eco-Forum Global "
                "Guiyang Conference, China's international meeting on ecological civilisation."
                "\n\n"
                "Its main result was the launch of the **GPP China Partnership**. Its members "
                "agreed to:\n\n"
                "- exchange green tender criteria and model clauses between cities;\n"
                "- train procurement officers together with the China Environmental United "
                "Certification Center;\n"
                "- report each year on what they buy green.\n\n"
                "Guiyang, the host city, presented how it includes energy-efficiency criteria in "
                "its purchases of IT equipment and data-centre services."
            ),
            "ko": (
                "EcoProcura China 2015는 중국의 생태문명 국제회의인 생태문명 구이양 국제포럼의 "
                "주제 포럼으로 열렸습니다.\n\n"
                "가장 큰 성과는 **GPP 중국 파트너십**의 출범이었습니다. 파트너십 회원들은 다음에 "
                "합의했습니다.\n\n"
                "- 도시 간 녹색 입찰 기준과 표준 조항 공유\n"
                "- 중국환경연합인증센터와 함께하는 구매 담당 공무원 공동 교육\n"
                "- 매년 녹색구매 실적 보고\n\n"
                "개최 도시인 구이양시는 IT 장비와 데이터센터 서비스 구매에 에너지효율 기준을 "
                "적용하는 방법을 소개했습니다."
            ),
            "ja": (
                "EcoProcura China 2015は、生態文明をテーマとする中国の国際会議"
                "「生態文明貴陽国際フォーラム」のテーマ別フォーラムとして開催されました。\n\n"
                "最大の成果は**GPP中国パートナーシップ**の発足です。参加メンバーは次のことに"
                "合意しました。\n\n"
                "- 都市間でグリーン入札基準と入札条項のひな形を共有する\n"
                "- 中国環境連合認証センターと共同で調達担当職員の研修を行う\n"
                "- グリーン調達の実績を毎年報告する\n\n"
                "開催都市の貴陽市は、IT機器やデータセンターサービスの調達に省エネ基準を"
                "取り入れている取り組みを紹介しました。"
            ),
            "zh-hans": (
                "EcoProcura China 2015作为生态文明贵阳国际论坛的主题分论坛举行。"
                "生态文明贵阳国际论坛是中国以生态文明为主题的国际性会议。\n\n"
                "会议最重要的成果是启动了**中国绿色公共采购伙伴关系**。伙伴关系成员商定：\n\n"
                "- 在城市之间交流绿色采购需求标准和招标文件范本条款；\n"
                "- 与中环联合（北京）认证中心共同开展采购人员培训；\n"
                "- 每年报告绿色采购情况。\n\n"
                "东道主贵阳市介绍了在信息化设备和数据中心服务采购中纳入节能要求的做法。"
            ),
        },
        "topics": {
            "en": [
                "Launch of the GPP China Partnership",
                "Green procurement for ecological civilisation",
                "Energy-efficient IT and data-centre services",
            ],
            "ko": [
                "GPP 중국 파트너십 출범",
                "생태문명을 위한 녹색구매",
                "에너지 효율적인 IT 및 데이터센터 서비스",
            ],
            "ja": [
                "GPP中国パートナーシップの発足",
                "生態文明のためのグリーン調達",
                "省エネ型のIT・データセンターサービス",
            ],
            "zh-hans": [
                "启动中国绿色公共采购伙伴关系",
                "服务生态文明建设的绿色采购",
                "节能信息化设备和数据中心服务",
            ],
        },
        "partners": [
            ("iclei", PartnerRole.ORGANISER),
            ("cec", PartnerRole.CO_ORGANISER),
            ("efg", PartnerRole.PARTNER),
        ],
        "speakers": [
            {
                "name": "Zhou Jun",
                "position": {
                    "en": "Deputy Director",
                    "ko": "부국장",
                    "ja": "副局長",
                    "zh-hans": "副局长",
                },
                "organisation": {
                    "en": "Guiyang Municipal Finance Bureau",
                    "ko": "구이양시 재정국",
                    "ja": "貴陽市財政局",
                    "zh-hans": "贵阳市财政局",
                },
                "government": "guiyang",
            },
            {
                "name": "Zhao Lin",
                "position": {
                    "en": "Senior Engineer",
                    "ko": "수석 엔지니어",
                    "ja": "上級エンジニア",
                    "zh-hans": "高级工程师",
                },
                "organisation": ORGANISATIONS["cec"]["name"],
            },
            HANNAH_PARK,
        ],
        "sessions": [
            {
                "starts": (0, time(9, 0)),
                "ends": (0, time(12, 0)),
                "title": {
                    "en": "Green procurement for ecological civilisation",
                    "ko": "생태문명을 위한 녹색구매",
                    "ja": "生態文明のためのグリーン調達",
                    "zh-hans": "服务生态文明建设的绿色采购",
                },
                "description": {
                    "en": (
                        "Opening speeches, then presentations of national green procurement "
                        "policy and of Guiyang's experience."
                    ),
                    "ko": "개회사에 이어 국가 녹색구매 정책과 구이양시의 경험을 발표합니다.",
                    "ja": "開会挨拶に続き、国のグリーン調達政策と貴陽市の経験を紹介します。",
                    "zh-hans": "开幕致辞，随后介绍国家政府绿色采购政策和贵阳市的经验。",
                },
                "room": {
                    "en": "Hall 3",
                    "ko": "제3회의장",
                    "ja": "第3会場",
                    "zh-hans": "第三会议厅",
                },
                "speakers": ["Zhou Jun", "Zhao Lin"],
            },
            {
                "starts": (0, time(14, 0)),
                "ends": (0, time(17, 0)),
                "title": {
                    "en": "Launch of the GPP China Partnership",
                    "ko": "GPP 중국 파트너십 출범식",
                    "ja": "GPP中国パートナーシップ発足式",
                    "zh-hans": "中国绿色公共采购伙伴关系启动仪式",
                },
                "description": {
                    "en": (
                        "The founding members sign the partnership and agree on a work plan for "
                        "its first year."
                    ),
                    "ko": "창립 회원들이 파트너십에 서명하고 첫해 업무 계획에 합의합니다.",
                    "ja": "設立メンバーがパートナーシップに署名し、初年度の活動計画に合意します。",
                    "zh-hans": "创始成员签署伙伴关系文件，并商定第一年的工作计划。",
                },
                "room": {
                    "en": "Hall 3",
                    "ko": "제3회의장",
                    "ja": "第3会場",
                    "zh-hans": "第三会议厅",
                },
                "speakers": ["Hannah Park", "Zhou Jun", "Zhao Lin"],
            },
            {
                "starts": (1, time(9, 0)),
                "ends": (1, time(12, 0)),
                "title": {
                    "en": "Energy-efficient IT and data-centre services",
                    "ko": "에너지 효율적인 IT 및 데이터센터 서비스",
                    "ja": "省エネ型のIT・データセンターサービス",
                    "zh-hans": "节能信息化设备和数据中心服务",
                },
                "description": {
                    "en": (
                        "A workshop on green criteria for computers, servers and cloud services, "
                        "with examples from Guiyang."
                    ),
                    "ko": (
                        "컴퓨터, 서버, 클라우드 서비스의 녹색 기준에 관한 워크숍으로, 구이양시 "
                        "사례를 함께 살펴봅니다."
                    ),
                    "ja": (
                        "パソコン、サーバー、クラウドサービスのグリーン基準に関するワークショップ。"
                        "貴陽市の事例も紹介します。"
                    ),
                    "zh-hans": "围绕计算机、服务器和云服务绿色采购标准开展研讨，并介绍贵阳市案例。",
                },
                "room": {
                    "en": "Meeting room 5",
                    "ko": "제5회의실",
                    "ja": "第5会議室",
                    "zh-hans": "第五会议室",
                },
                "speakers": ["Zhou Jun"],
            },
        ],
    },
    {
        "slug": "ecoprocura-china-2018",
        "kind": EventKind.SYMPOSIUM,
        "series": "EcoProcura China",
        "time_zone": "Asia/Shanghai",
        "first_day": date(2018, 5, 16),
        "starts": (0, time(9, 0)),
        "ends": (1, time(12, 0)),
        "country": Country.CHINA,
        "title": {
            "en": "EcoProcura China 2018: Launch of Procura+ East Asia",
            "ko": "EcoProcura China 2018: Procura+ 동아시아 네트워크 출범",
            "ja": "EcoProcura China 2018：Procura+東アジアネットワーク発足",
            "zh-hans": "EcoProcura China 2018：Procura+东亚网络启动",
        },
        "city": {"en": "Beijing", "ko": "베이징", "ja": "北京", "zh-hans": "北京"},
        "summary": {
            "en": (
                "In Beijing, ICLEI East Asia launched Procura+ East Asia, a network of local "
                "governments committed to green and sustainable public procurement. Eleven "
                "Chinese local governments welcomed the launch."
            ),
            "ko": (
                "이클레이 동아시아 본부는 베이징에서 녹색·지속가능한 공공구매에 힘쓰는 "
                "지방정부 네트워크인 Procura+ 동아시아를 출범시켰습니다. 중국 11개 지방정부가 "
                "네트워크 출범을 환영했습니다."
            ),
            "ja": (
                "イクレイ東アジア事務局は北京で、グリーン公共調達と持続可能な公共調達に取り組む"
                "地方自治体のネットワーク「Procura+東アジア」を発足させました。中国の11の"
                "地方自治体が発足を歓迎しました。"
            ),
            "zh-hans": (
                "宜可城东亚秘书处在北京启动了Procura+东亚网络，这是一个致力于绿色和可持续"
                "公共采购的地方政府网络。11个中国地方政府对网络的启动表示欢迎。"
            ),
        },
        "description": {
            "en": (
                "EcoProcura China 2018 brought national agencies, cities and experts from across "
                "East Asia to Beijing on 16 and 17 May 2018.\n\n"
                "On the first morning ICLEI East Asia launched **Procura+ East Asia**, the "
                "regional network of local governments that use their purchasing power to move "
                "the market towards greener products and services. Eleven Chinese local "
                "governments, among them Beijing, Guiyang and Shenzhen, welcomed the launch.\n\n"
                "Participants of the network:\n\n"
                "- exchange experience and tender criteria with peers across East Asia;\n"
                "- set their own green procurement commitments and report on them;\n"
                "- are invited to EcoProcura events, trainings and webinars."
            ),
            "ko": (
                "EcoProcura China 2018은 2018년 5월 16일과 17일 베이징에서 동아시아 각지의 "
                "중앙정부 기관, 도시, 전문가들이 함께한 가운데 열렸습니다.\n\n"
                "첫날 오전, 이클레이 동아시아 본부는 구매력을 활용해 시장을 더 친환경적인 제품과 "
                "서비스로 이끄는 지방정부의 지역 네트워크인 **Procura+ 동아시아**를 "
                "출범시켰습니다. 베이징시, 구이양시, 선전시를 비롯한 중국 11개 지방정부가 출범을 "
                "환영했습니다.\n\n"
                "네트워크 참여 회원은\n\n"
                "- 동아시아 각지의 지방정부와 경험 및 입찰 기준을 공유하고,\n"
                "- 자체 녹색구매 약속을 정해 그 성과를 보고하며,\n"
                "- EcoProcura 행사, 교육, 웨비나에 초대받습니다."
            ),
            "ja": (
                "EcoProcura China 2018は2018年5月16日と17日に北京で開催され、東アジア各地から"
                "国の機関、都市、専門家が集まりました。\n\n"
                "初日の午前、イクレイ東アジア事務局は、購買力を生かして市場をより環境に配慮した"
                "製品やサービスへと導く地方自治体の地域ネットワーク「**Procura+東アジア**」を"
                "発足させました。北京市、貴陽市、深圳市をはじめとする中国の11の地方自治体が"
                "発足を歓迎しました。\n\n"
                "ネットワークの参加メンバーは、\n\n"
                "- 東アジア各地の自治体と経験や入札基準を共有します。\n"
                "- 独自のグリーン調達公約を定め、その進捗を報告します。\n"
                "- EcoProcuraのイベント、研修、ウェビナーに招待されます。"
            ),
            "zh-hans": (
                "EcoProcura China 2018于2018年5月16日至17日在北京举行，来自东亚各地的国家机构、"
                "城市和专家齐聚一堂。\n\n"
                "会议首日上午，宜可城东亚秘书处正式启动**Procura+东亚网络**。这是一个地方政府的"
                "区域网络，成员发挥采购力量，引导市场提供更加绿色的产品和服务。北京市、贵阳市、"
                "深圳市等11个中国地方政府对网络的启动表示欢迎。\n\n"
                "网络的参与成员将：\n\n"
                "- 与东亚各地的地方政府交流经验和采购需求标准；\n"
                "- 制定各自的绿色采购承诺并报告进展；\n"
                "- 受邀参加EcoProcura活动、培训和网络研讨会。"
            ),
        },
        "topics": {
            "en": [
                "Launch of Procura+ East Asia",
                "Green procurement commitments of local governments",
                "Eco-labels and verification across East Asia",
                "Green buildings and clean vehicles",
            ],
            "ko": [
                "Procura+ 동아시아 출범",
                "지방정부의 녹색구매 약속",
                "동아시아의 환경표지와 검증",
                "녹색건축과 친환경 차량",
            ],
            "ja": [
                "Procura+東アジアの発足",
                "地方自治体のグリーン調達公約",
                "東アジアにおける環境ラベルと検証",
                "グリーン建築とクリーンな車両",
            ],
            "zh-hans": [
                "启动Procura+东亚网络",
                "地方政府的绿色采购承诺",
                "东亚地区的环境标志与验证",
                "绿色建筑与清洁车辆",
            ],
        },
        "partners": [
            ("iclei", PartnerRole.ORGANISER),
            ("cec", PartnerRole.CO_ORGANISER),
            ("keiti", PartnerRole.PARTNER),
            ("igpn", PartnerRole.SUPPORTER),
        ],
        "speakers": [
            {
                "name": "Wang Fang",
                "position": {
                    "en": "Director, Government Procurement Division",
                    "ko": "정부구매처 처장",
                    "ja": "政府調達処 処長",
                    "zh-hans": "政府采购处处长",
                },
                "organisation": BEIJING_FINANCE_BUREAU,
                "government": "beijing",
            },
            HANNAH_PARK,
            {
                "name": "Sung-min Choi",
                "position": {
                    "en": "Team Leader, Eco-label Certification",
                    "ko": "환경표지인증 팀장",
                    "ja": "環境ラベル認証チーム長",
                    "zh-hans": "环境标志认证团队负责人",
                },
                "organisation": KEITI,
            },
            {
                "name": "Yuki Nakamura",
                "position": {
                    "en": "Programme Coordinator",
                    "ko": "프로그램 코디네이터",
                    "ja": "プログラムコーディネーター",
                    "zh-hans": "项目协调员",
                },
                "organisation": {
                    "en": "International Green Purchasing Network (IGPN)",
                    "ko": "국제녹색구매네트워크",
                    "ja": "国際グリーン購入ネットワーク",
                    "zh-hans": "国际绿色采购网络",
                },
            },
        ],
        "sessions": [
            {
                "starts": (0, time(9, 0)),
                "ends": (0, time(10, 30)),
                "title": {
                    "en": "Opening and launch of Procura+ East Asia",
                    "ko": "개회 및 Procura+ 동아시아 출범식",
                    "ja": "開会およびProcura+東アジア発足式",
                    "zh-hans": "开幕式暨Procura+东亚网络启动仪式",
                },
                "description": {
                    "en": (
                        "Welcome addresses, and the launch of the network with the eleven Chinese "
                        "local governments that welcomed it."
                    ),
                    "ko": (
                        "환영사에 이어, 출범을 환영한 중국 11개 지방정부와 함께 네트워크 "
                        "출범식을 진행합니다."
                    ),
                    "ja": (
                        "歓迎の挨拶に続き、発足を歓迎した中国の11の地方自治体とともに"
                        "ネットワークの発足式を行います。"
                    ),
                    "zh-hans": (
                        "致欢迎辞，并与对网络启动表示欢迎的11个中国地方政府共同举行启动仪式。"
                    ),
                },
                "room": MAIN_HALL,
                "speakers": ["Hannah Park", "Wang Fang"],
            },
            {
                "starts": (0, time(11, 0)),
                "ends": (0, time(12, 30)),
                "title": {
                    "en": "Green procurement commitments of local governments",
                    "ko": "지방정부의 녹색구매 약속",
                    "ja": "地方自治体のグリーン調達公約",
                    "zh-hans": "地方政府的绿色采购承诺",
                },
                "description": {
                    "en": (
                        "Beijing and other cities present the targets they set for the products "
                        "and services they buy."
                    ),
                    "ko": (
                        "베이징시를 비롯한 도시들이 구매하는 제품과 서비스에 대해 세운 목표를 "
                        "발표합니다."
                    ),
                    "ja": (
                        "北京市をはじめとする都市が、調達する製品やサービスについて定めた目標を"
                        "紹介します。"
                    ),
                    "zh-hans": "北京市等城市介绍各自针对所采购产品和服务制定的目标。",
                },
                "room": MAIN_HALL,
                "speakers": ["Wang Fang"],
            },
            {
                "starts": (0, time(14, 0)),
                "ends": (0, time(17, 30)),
                "title": {
                    "en": "Eco-labels and verification across East Asia",
                    "ko": "동아시아의 환경표지와 검증",
                    "ja": "東アジアにおける環境ラベルと検証",
                    "zh-hans": "东亚地区的环境标志与验证",
                },
                "description": {
                    "en": (
                        "Certification bodies from China, Korea and Japan compare their "
                        "eco-labels and discuss mutual recognition."
                    ),
                    "ko": (
                        "중국, 한국, 일본의 인증기관이 각국의 환경표지를 비교하고 상호인정 "
                        "방안을 논의합니다."
                    ),
                    "ja": (
                        "中国、韓国、日本の認証機関が各国の環境ラベルを比較し、相互認証について"
                        "議論します。"
                    ),
                    "zh-hans": "中国、韩国和日本的认证机构比较各自的环境标志，并探讨互认。",
                },
                "room": ROOM_A,
                "speakers": ["Sung-min Choi", "Yuki Nakamura"],
            },
            {
                "starts": (1, time(9, 0)),
                "ends": (1, time(12, 0)),
                "title": {
                    "en": "Green buildings and clean vehicles",
                    "ko": "녹색건축과 친환경 차량",
                    "ja": "グリーン建築とクリーンな車両",
                    "zh-hans": "绿色建筑与清洁车辆",
                },
                "description": {
                    "en": "Tender criteria for public buildings, electric buses and official cars.",
                    "ko": "공공건물, 전기버스, 관용차의 입찰 기준을 다룹니다.",
                    "ja": "公共建築物、電気バス、公用車の入札基準を取り上げます。",
                    "zh-hans": "公共建筑、电动公交车和公务用车的采购需求标准。",
                },
                "room": MAIN_HALL,
                "speakers": ["Wang Fang", "Sung-min Choi"],
            },
        ],
    },
    {
        "slug": WEBINAR,
        "kind": EventKind.WEBINAR,
        "series": "",
        "time_zone": "Asia/Seoul",
        "days_ahead": 45,
        "starts": (0, time(14, 0)),
        "ends": (0, time(16, 0)),
        "country": "",
        "audience": Audience.ANYONE,
        "capacity": 100,
        "waiting_list": True,
        "reminder_days": [7, 1],
        "title": {
            "en": "Webinar: Green procurement of electric buses",
            "ko": "웨비나: 전기버스 녹색구매",
            "ja": "ウェビナー：電気バスのグリーン調達",
            "zh-hans": "网络研讨会：电动公交车绿色采购",
        },
        "city": {"en": "Online", "ko": "온라인", "ja": "オンライン", "zh-hans": "线上"},
        "summary": {
            "en": (
                "Cities that already run electric bus fleets share how they wrote their tenders, "
                "compared life-cycle costs and planned charging infrastructure. Open to anyone "
                "interested in clean public transport."
            ),
            "ko": (
                "이미 전기버스를 운행하고 있는 도시들이 입찰 준비, 전과정 비용 비교, 충전 "
                "인프라 계획 경험을 공유합니다. 친환경 대중교통에 관심 있는 누구나 참여할 수 "
                "있습니다."
            ),
            "ja": (
                "すでに電気バスを運行している都市が、入札の準備、ライフサイクルコストの比較、"
                "充電インフラの計画について経験を共有します。クリーンな公共交通に関心のある方は"
                "どなたでも参加できます。"
            ),
            "zh-hans": (
                "已经运营电动公交车队的城市将分享如何编制招标文件、比较全生命周期成本以及规划"
                "充电设施。欢迎所有关注清洁公共交通的人士参加。"
            ),
        },
        "description": {
            "en": (
                "Buses are among the largest and most visible purchases of a city. In this "
                "two-hour webinar, Shenzhen and Seoul explain how they buy electric buses:\n\n"
                "- writing technical specifications for batteries, range and charging;\n"
                "- comparing offers on life-cycle costs rather than on purchase price;\n"
                "- planning depots and charging infrastructure with the bus operator.\n\n"
                "The webinar is held in English, with Chinese and Korean interpretation. The "
                "link to join is sent by mail to everyone who registers."
            ),
            "ko": (
                "버스는 도시가 구매하는 품목 가운데 규모가 가장 크고 눈에 잘 띄는 품목 중 "
                "하나입니다. 두 시간 동안 진행되는 이번 웨비나에서 선전시와 서울특별시가 "
                "전기버스를 어떻게 구매하는지 설명합니다.\n\n"
                "- 배터리, 주행거리, 충전에 관한 기술 규격 작성\n"
                "- 구매 가격이 아닌 전과정 비용으로 제안서 비교\n"
                "- 버스 운영사와 함께하는 차고지 및 충전 인프라 계획\n\n"
                "웨비나는 영어로 진행되며 중국어와 한국어 통역이 제공됩니다. 참여 링크는 참가 "
                "신청자 모두에게 메일로 보내 드립니다."
            ),
            "ja": (
                "バスは、都市が調達する品目の中でも特に金額が大きく、目に付きやすいものです。"
                "2時間のこのウェビナーでは、深圳市とソウル特別市が電気バスの調達方法を"
                "説明します。\n\n"
                "- バッテリー、航続距離、充電に関する技術仕様の作成\n"
                "- 購入価格ではなくライフサイクルコストによる提案の比較\n"
                "- バス事業者と連携した車庫と充電インフラの計画\n\n"
                "ウェビナーは英語で行い、中国語と韓国語の通訳があります。参加用のリンクは、"
                "参加登録をされた方全員にメールでお送りします。"
            ),
            "zh-hans": (
                "公交车是城市采购中金额最大、也最受关注的品类之一。在这场两小时的网络研讨会上，"
                "深圳市和首尔市将介绍各自如何采购电动公交车：\n\n"
                "- 编制关于电池、续航里程和充电的技术规格；\n"
                "- 按全生命周期成本而非购置价格比较投标方案；\n"
                "- 与公交运营企业共同规划场站和充电设施。\n\n"
                "研讨会以英语进行，并提供中文和韩语翻译。参会链接将通过邮件发送给所有报名者。"
            ),
        },
        "topics": {
            "en": [
                "Technical specifications for electric buses",
                "Life-cycle costing",
                "Charging infrastructure",
            ],
            "ko": ["전기버스 기술 규격", "전과정 비용 분석", "충전 인프라"],
            "ja": ["電気バスの技術仕様", "ライフサイクルコスト", "充電インフラ"],
            "zh-hans": ["电动公交车技术规格", "全生命周期成本核算", "充电设施"],
        },
        "partners": [
            ("iclei", PartnerRole.ORGANISER),
            ("keiti", PartnerRole.PARTNER),
        ],
        "speakers": [
            {
                "name": "Huang Wei",
                "position": {
                    "en": "Senior Engineer, Public Transport Division",
                    "ko": "대중교통처 수석 엔지니어",
                    "ja": "公共交通処 上級エンジニア",
                    "zh-hans": "公共交通处高级工程师",
                },
                "organisation": {
                    "en": "Shenzhen Municipal Transport Bureau",
                    "ko": "선전시 교통운수국",
                    "ja": "深圳市交通運輸局",
                    "zh-hans": "深圳市交通运输局",
                },
                "government": "shenzhen",
            },
            {
                "name": "Ji-hoon Park",
                "position": {
                    "en": "Team Leader, Bus Policy Division",
                    "ko": "버스정책과 팀장",
                    "ja": "バス政策課 チーム長",
                    "zh-hans": "公交政策科科长",
                },
                "organisation": {
                    "en": "Seoul Metropolitan Government",
                    "ko": "서울특별시",
                    "ja": "ソウル特別市",
                    "zh-hans": "首尔特别市",
                },
                "government": "seoul",
            },
            HANNAH_PARK,
        ],
        "sessions": [
            {
                "starts": (0, time(14, 0)),
                "ends": (0, time(14, 10)),
                "title": {
                    "en": "Welcome and introduction",
                    "ko": "환영사 및 소개",
                    "ja": "開会挨拶と趣旨説明",
                    "zh-hans": "欢迎致辞和介绍",
                },
                "description": {
                    "en": (
                        "ICLEI East Asia introduces the speakers and the questions of the webinar."
                    ),
                    "ko": "이클레이 동아시아 본부가 연사와 웨비나의 주요 질문을 소개합니다.",
                    "ja": "イクレイ東アジア事務局が、登壇者とウェビナーのテーマを紹介します。",
                    "zh-hans": "宜可城东亚秘书处介绍发言嘉宾和本次研讨会的主要议题。",
                },
                "speakers": ["Hannah Park"],
            },
            {
                "starts": (0, time(14, 10)),
                "ends": (0, time(14, 50)),
                "title": {
                    "en": "Shenzhen: a fully electric bus fleet",
                    "ko": "선전시: 시내버스 전면 전기화",
                    "ja": "深圳市：路線バスの完全電動化",
                    "zh-hans": "深圳市：公交车全面电动化",
                },
                "description": {
                    "en": (
                        "How Shenzhen replaced its whole bus fleet with electric buses, and what "
                        "it learned about tenders and batteries."
                    ),
                    "ko": (
                        "선전시가 시내버스 전체를 전기버스로 교체한 과정과, 입찰 및 배터리에 "
                        "관해 얻은 교훈을 소개합니다."
                    ),
                    "ja": (
                        "深圳市が路線バスをすべて電気バスに置き換えた経緯と、入札やバッテリーに"
                        "ついて得た教訓。"
                    ),
                    "zh-hans": (
                        "深圳市如何将全部公交车更换为电动公交车，以及在招标和电池方面的经验。"
                    ),
                },
                "speakers": ["Huang Wei"],
            },
            {
                "starts": (0, time(14, 50)),
                "ends": (0, time(15, 30)),
                "title": {
                    "en": "Seoul: comparing offers on life-cycle costs",
                    "ko": "서울: 전과정 비용으로 제안서 비교하기",
                    "ja": "ソウル：ライフサイクルコストによる提案の比較",
                    "zh-hans": "首尔：按全生命周期成本比较投标方案",
                },
                "description": {
                    "en": (
                        "How Seoul weighs energy, maintenance and battery replacement when it "
                        "awards bus contracts."
                    ),
                    "ko": (
                        "서울특별시가 버스 계약 낙찰 시 에너지, 유지관리, 배터리 교체 비용을 "
                        "어떻게 반영하는지 소개합니다."
                    ),
                    "ja": (
                        "ソウル特別市がバスの契約先を決める際に、エネルギー、保守、バッテリー交換"
                        "の費用をどのように評価しているかを紹介します。"
                    ),
                    "zh-hans": "首尔市在授予公交车采购合同时如何考虑能耗、维护和电池更换成本。",
                },
                "speakers": ["Ji-hoon Park"],
            },
            {
                "starts": (0, time(15, 30)),
                "ends": (0, time(16, 0)),
                "title": {
                    "en": "Questions and answers",
                    "ko": "질의응답",
                    "ja": "質疑応答",
                    "zh-hans": "问答环节",
                },
                "description": {
                    "en": "Participants put their questions to the speakers.",
                    "ko": "참가자들이 연사에게 질문합니다.",
                    "ja": "参加者から登壇者に質問します。",
                    "zh-hans": "与会者向发言嘉宾提问。",
                },
                "speakers": ["Huang Wei", "Ji-hoon Park", "Hannah Park"],
            },
        ],
    },
    {
        "slug": "kyoto-workshop-green-buildings",
        "kind": EventKind.WORKSHOP,
        "series": "",
        "time_zone": "Asia/Tokyo",
        "days_ahead": 90,
        "starts": (0, time(9, 30)),
        "ends": (0, time(17, 0)),
        "country": Country.JAPAN,
        "audience": Audience.OFFICIALS,
        "capacity": 30,
        "waiting_list": True,
        "title": {
            "en": "Workshop for officials: green criteria for public buildings",
            "ko": "담당 공무원 워크숍: 공공건물의 녹색 기준",
            "ja": "自治体職員ワークショップ：公共建築物のグリーン基準",
            "zh-hans": "政府工作人员研讨班：公共建筑绿色采购标准",
        },
        "venue": {
            "en": "Kyoto City Hall, Main Building",
            "ko": "교토시청 본청사",
            "ja": "京都市役所 本庁舎",
            "zh-hans": "京都市政府本部大楼",
        },
        "city": {"en": "Kyoto", "ko": "교토", "ja": "京都", "zh-hans": "京都"},
        "summary": {
            "en": (
                "A one-day workshop in Kyoto for procurement officers of member governments: how "
                "to write green criteria into tenders for the construction and renovation of "
                "public buildings, with a visit to a renovated city building."
            ),
            "ko": (
                "회원 지방정부의 구매 담당 공무원을 위한 교토 1일 워크숍입니다. 공공건물 신축 및 "
                "리모델링 입찰에 녹색 기준을 반영하는 방법을 배우고, 리모델링을 마친 시 건물을 "
                "견학합니다."
            ),
            "ja": (
                "参加自治体の調達担当職員を対象とした京都での1日ワークショップです。"
                "公共建築物の新築・改修の入札にグリーン基準を盛り込む方法を学び、改修を終えた"
                "市の施設を見学します。"
            ),
            "zh-hans": (
                "面向成员地方政府采购人员的京都一日研讨班：学习如何在公共建筑新建和改造项目的"
                "招标中纳入绿色要求，并参观一座完成改造的市政建筑。"
            ),
        },
        "description": {
            "en": (
                "Public buildings are used for decades: the choices made in a tender decide "
                "their energy use for a generation. In this workshop, officials of member "
                "governments work in small groups on real tender documents:\n\n"
                "- energy-performance and insulation criteria;\n"
                "- low-carbon and recycled building materials;\n"
                "- verifying the criteria during construction and at handover.\n\n"
                "The workshop is for officials of member governments only: please sign in with "
                "your official account before you register. Seats are limited to 30; when the "
                "workshop is full, registrations go to the waiting list."
            ),
            "ko": (
                "공공건물은 수십 년 동안 사용되기 때문에 입찰 단계의 선택이 한 세대 동안의 "
                "에너지 사용을 좌우합니다. 이번 워크숍에서 회원 지방정부의 담당 공무원들은 "
                "소그룹으로 실제 입찰 문서를 다룹니다.\n\n"
                "- 에너지 성능 및 단열 기준\n"
                "- 저탄소 건축자재와 재활용 건축자재\n"
                "- 시공 중 및 준공 시 기준 충족 여부 검증\n\n"
                "이 워크숍은 회원 지방정부의 담당 공무원만 참가할 수 있습니다. 참가 신청 전에 "
                "공무원 계정으로 로그인해 주세요. 정원은 30명이며, 정원이 차면 대기자 명단에 "
                "등록됩니다."
            ),
            "ja": (
                "公共建築物は数十年にわたって使われるため、入札時の選択が一世代にわたる"
                "エネルギー使用量を左右します。このワークショップでは、参加自治体の職員が"
                "少人数のグループに分かれ、実際の入札書類に取り組みます。\n\n"
                "- 省エネ性能と断熱の基準\n"
                "- 低炭素建材と再生建材\n"
                "- 施工中と引き渡し時の基準の確認\n\n"
                "このワークショップは参加自治体の職員のみを対象としています。参加登録の前に、"
                "職員用アカウントでログインしてください。定員は30人で、満席の場合は"
                "キャンセル待ちとなります。"
            ),
            "zh-hans": (
                "公共建筑要使用几十年，招标时的选择决定了它们在一代人时间里的能耗。在本次研讨班"
                "上，成员地方政府的工作人员将分成小组，研讨真实的招标文件：\n\n"
                "- 能效和保温性能要求；\n"
                "- 低碳建材和再生建材；\n"
                "- 施工期间和竣工验收时的要求核验。\n\n"
                "本研讨班仅面向成员地方政府的工作人员，报名前请使用工作人员账号登录。名额限30人，"
                "额满后报名将进入候补名单。"
            ),
        },
        "topics": {
            "en": [
                "Energy performance and insulation",
                "Low-carbon building materials",
                "Verification during construction",
            ],
            "ko": ["에너지 성능과 단열", "저탄소 건축자재", "시공 중 검증"],
            "ja": ["省エネ性能と断熱", "低炭素建材", "施工中の確認"],
            "zh-hans": ["能效与保温", "低碳建材", "施工过程核验"],
        },
        "partners": [
            ("iclei", PartnerRole.ORGANISER),
            ("igpn", PartnerRole.SUPPORTER),
        ],
        "speakers": [
            {
                "name": "Takeshi Mori",
                "position": {
                    "en": "Section Chief, Environmental Policy Bureau",
                    "ko": "환경정책국 계장",
                    "ja": "環境政策局 係長",
                    "zh-hans": "环境政策局股长",
                },
                "organisation": {
                    "en": "City of Kyoto",
                    "ko": "교토시",
                    "ja": "京都市",
                    "zh-hans": "京都市",
                },
                "government": "kyoto",
            },
            HANNAH_PARK,
        ],
        "sessions": [
            {
                "starts": (0, time(9, 30)),
                "ends": (0, time(10, 0)),
                "title": {"en": "Welcome", "ko": "환영사", "ja": "開会挨拶", "zh-hans": "欢迎致辞"},
                "description": {
                    "en": "Welcome by the City of Kyoto and ICLEI East Asia.",
                    "ko": "교토시와 이클레이 동아시아 본부의 환영사.",
                    "ja": "京都市とイクレイ東アジア事務局による開会挨拶。",
                    "zh-hans": "京都市和宜可城东亚秘书处致欢迎辞。",
                },
                "room": {
                    "en": "Conference room 3",
                    "ko": "제3회의실",
                    "ja": "第3会議室",
                    "zh-hans": "第三会议室",
                },
                "speakers": ["Takeshi Mori", "Hannah Park"],
            },
            {
                "starts": (0, time(10, 0)),
                "ends": (0, time(12, 30)),
                "title": {
                    "en": "Kyoto's green building criteria",
                    "ko": "교토시의 녹색건축 기준",
                    "ja": "京都市のグリーン建築基準",
                    "zh-hans": "京都市的绿色建筑标准",
                },
                "description": {
                    "en": (
                        "How Kyoto sets energy-performance criteria for new and renovated city "
                        "buildings."
                    ),
                    "ko": "교토시가 신축 및 리모델링하는 시 건물의 에너지 성능 기준을 정하는 방법.",
                    "ja": (
                        "京都市が新築・改修する市の建物の省エネ性能基準をどのように定めているか。"
                    ),
                    "zh-hans": "京都市如何为新建和改造的市政建筑制定能效标准。",
                },
                "room": {
                    "en": "Conference room 3",
                    "ko": "제3회의실",
                    "ja": "第3会議室",
                    "zh-hans": "第三会议室",
                },
                "speakers": ["Takeshi Mori"],
            },
            {
                "starts": (0, time(13, 30)),
                "ends": (0, time(15, 30)),
                "title": {
                    "en": "Group work on tender documents",
                    "ko": "입찰 문서 그룹 실습",
                    "ja": "入札書類のグループワーク",
                    "zh-hans": "招标文件分组研讨",
                },
                "description": {
                    "en": (
                        "In small groups, participants rewrite the criteria of a sample tender "
                        "for the renovation of a school."
                    ),
                    "ko": "참가자들이 소그룹으로 학교 리모델링 입찰 예시의 기준을 다시 작성합니다.",
                    "ja": "参加者は少人数のグループで、学校改修工事の入札例の基準を書き直します。",
                    "zh-hans": "与会者分成小组，修改一份学校改造项目招标文件范例中的要求。",
                },
                "room": {
                    "en": "Conference room 3",
                    "ko": "제3회의실",
                    "ja": "第3会議室",
                    "zh-hans": "第三会议室",
                },
                "speakers": ["Hannah Park"],
            },
            {
                "starts": (0, time(15, 45)),
                "ends": (0, time(17, 0)),
                "title": {
                    "en": "Visit of a renovated city building",
                    "ko": "리모델링한 시 건물 견학",
                    "ja": "改修済みの市の施設見学",
                    "zh-hans": "参观改造后的市政建筑",
                },
                "description": {
                    "en": "A short walk to a city building renovated to a high energy standard.",
                    "ko": "높은 에너지 기준으로 리모델링한 시 건물을 걸어서 방문합니다.",
                    "ja": "高い省エネ基準で改修された市の施設を徒歩で訪問します。",
                    "zh-hans": "步行参观一座按高能效标准改造的市政建筑。",
                },
                "room": {
                    "en": "Meeting point: main entrance",
                    "ko": "집결 장소: 정문",
                    "ja": "集合場所：正面玄関",
                    "zh-hans": "集合地点：正门",
                },
                "speakers": ["Takeshi Mori"],
            },
        ],
    },
]


def translated(record: dict, fields: list[str]) -> dict:
    """Like `columns`, with an empty column for every language a record leaves out."""
    blank = {
        build_localized_fieldname(field, code): ""
        for field in fields
        for code, _name in settings.LANGUAGES
    }
    return blank | columns(record, fields)


def sample_picture(seed: int) -> BytesIO:
    """An abstract picture of overlapping circles, standing in for a photograph."""
    palette = ["#2e7d32", "#66bb6a", "#a5d6a7", "#00695c", "#fbc02d", "#e8f5e9"]
    random = Random(seed)
    image = Image.new("RGB", (1200, 900), palette[seed % len(palette)])
    draw = ImageDraw.Draw(image)
    for _circle in range(14):
        x, y, radius = random.randrange(1200), random.randrange(900), random.randrange(60, 280)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=random.choice(palette))
    picture = BytesIO()
    image.save(picture, "PNG")
    picture.seek(0)
    return picture


def load(stdout) -> None:
    organisations = {
        key: Organisation.objects.update_or_create(
            name_en=record["name"]["en"], defaults=translated(record, ORGANISATION_TRANSLATED)
        )[0]
        for key, record in ORGANISATIONS.items()
    }
    now = timezone.now()
    for record in EVENTS:
        load_event(dict(record), organisations, now)

    with translation.override("en"):
        register_url = reverse("events:register", args=[WEBINAR])
    stdout.write(f"Events: {len(EVENTS)} (register for the webinar at {register_url})")


def load_event(record: dict, organisations: dict, now: datetime) -> None:
    zone = zoneinfo.ZoneInfo(record["time_zone"])
    if "days_ahead" in record:
        first_day = timezone.localtime(now, zone).date() + timedelta(days=record.pop("days_ahead"))
    else:
        first_day = record.pop("first_day")

    def moment(day_and_time: tuple[int, time]) -> datetime:
        day, at = day_and_time
        return datetime.combine(first_day + timedelta(days=day), at, tzinfo=zone)

    slug = record.pop("slug")
    partners, speakers = record.pop("partners"), record.pop("speakers")
    sessions, quotes = record.pop("sessions"), record.pop("quotes", [])
    photos = record.pop("photos", [])
    record["starts"], record["ends"] = moment(record["starts"]), moment(record["ends"])
    record["topics"] = {code: "\n".join(lines) for code, lines in record["topics"].items()}
    if record.get("audience", Audience.NOBODY) != Audience.NOBODY:
        # Open since yesterday, until the day before the event.
        record["registration_opens"] = now - timedelta(days=1)
        record["registration_closes"] = record["starts"] - timedelta(days=1)
    defaults = {
        "audience": Audience.NOBODY,
        "participants": None,
        "registration_opens": None,
        "registration_closes": None,
        "capacity": None,
        "waiting_list": True,
        "reminder_days": [],
        "published": True,
    } | translated(CONTACT | record, EVENT_TRANSLATED)
    event, _created = Event.objects.update_or_create(slug=slug, defaults=defaults)

    kept = []
    for order, (key, role) in enumerate(partners):
        partner, _created = Partner.objects.update_or_create(
            event=event, organisation=organisations[key], defaults={"role": role, "order": order}
        )
        kept.append(partner.pk)
    event.partners.exclude(pk__in=kept).delete()

    by_name = {}
    for order, speaker in enumerate(speakers):
        speaker = dict(speaker)
        government = speaker.pop("government", None)
        speaker["government"] = (
            MemberGovernment.objects.filter(slug=government).first() if government else None
        )
        name = speaker.pop("name")
        by_name[name], _created = Speaker.objects.update_or_create(
            event=event,
            name=name,
            defaults={"order": order} | translated(speaker, SPEAKER_TRANSLATED),
        )
    event.speakers.exclude(pk__in=[speaker.pk for speaker in by_name.values()]).delete()

    kept = []
    for session in sessions:
        session = dict(session)
        names = session.pop("speakers")
        session["starts"], session["ends"] = moment(session["starts"]), moment(session["ends"])
        values = translated(session, SESSION_TRANSLATED)
        slot, _created = Session.objects.update_or_create(
            event=event, title_en=values.pop("title_en"), defaults=values
        )
        slot.speakers.set([by_name[name] for name in names])
        kept.append(slot.pk)
    event.sessions.exclude(pk__in=kept).delete()

    kept = []
    for order, quote in enumerate(quotes):
        person = quote["person"]
        values = translated(
            {"position": person["position"], "organisation": person["organisation"]}
            | {"text": quote["text"]},
            QUOTE_TRANSLATED,
        )
        saved, _created = Quote.objects.update_or_create(
            event=event, person=person["name"], defaults={"order": order} | values
        )
        kept.append(saved.pk)
    event.quotes.exclude(pk__in=kept).delete()

    for order, caption in enumerate(photos):
        values = translated({"caption": caption}, PHOTO_TRANSLATED)
        photo, created = Photo.objects.update_or_create(event=event, order=order, defaults=values)
        if created or not photo.image.storage.exists(photo.image.name):
            photo.set_image(sample_picture(order))
            photo.save()
    event.photos.filter(order__gte=len(photos)).delete()
