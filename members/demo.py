"""Demo content of the member directory: sample governments, commitments and officials,
written in the four languages; every summary says that the profile is a sample."""

from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from members.models import (
    Commitment,
    Country,
    Level,
    MemberGovernment,
    MembershipStatus,
    Official,
    ProgressStatus,
)

OFFICIAL_EMAIL = "official@beijing.example"
OFFICIAL_PASSWORD = "green-procurement-2018"

# Appended to every summary, so that nobody mistakes a demo profile for a real one.
SAMPLE_NOTE = {
    "en": " This is a sample profile for demonstration.",
    "ko": " 이 프로필은 시연용 예시입니다.",
    "ja": "このプロフィールはデモ用のサンプルです。",
    "zh-hans": "本简介为演示用示例。",
}

GOVERNMENT_TRANSLATED = ["name", "summary", "gpp_policy", "contact_position"]
COMMITMENT_TRANSLATED = ["title", "description"]

# The eleven Chinese governments that welcomed the launch of the network at EcoProcura China
# 2018 in Beijing come first, then Korea, Japan and Mongolia.
GOVERNMENTS = [
    {
        "slug": "beijing",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 9, 13),
        "website": "https://www.beijing.gov.cn",
        "population": 21_850_000,
        "latitude": "39.90421",
        "longitude": "116.40739",
        "name": {"en": "Beijing", "ko": "베이징시", "ja": "北京市", "zh-hans": "北京市"},
        "summary": {
            "en": (
                "The capital of China, Beijing hosted EcoProcura China 2018, where the Procura+ "
                "East Asia network was launched. The Beijing Municipal Finance Bureau coordinates "
                "government procurement for the city's offices, schools and hospitals."
            ),
            "ko": (
                "중국의 수도인 베이징시는 Procura+ 동아시아 네트워크가 출범한 EcoProcura China "
                "2018을 개최했습니다. 베이징시 재정국이 시 기관, 학교, 병원의 정부 구매를 "
                "총괄합니다."
            ),
            "ja": (
                "中国の首都である北京市は、Procura+東アジアネットワークが発足したEcoProcura China "
                "2018の開催地です。北京市財政局が市の機関、学校、病院の政府調達を統括しています。"
            ),
            "zh-hans": (
                "北京市是中国的首都，曾举办EcoProcura China 2018，"
                "Procura+东亚网络即在此次会议上正式启动。北京市财政局统筹全市机关、"
                "学校和医院的政府采购工作。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Beijing applies the national government procurement lists of energy-saving and "
                "environmentally labelled products, and gives priority to products certified with "
                "the China Environmental Labelling. Since 2019 all municipal offices buy recycled "
                "or certified green office paper, and new public buildings must meet the green "
                "building standard."
            ),
            "ko": (
                "베이징시는 국가의 에너지절약 제품 및 환경표지 제품 정부구매 목록을 적용하며, 중국 "
                "환경표지 인증 제품을 우선 구매합니다. 2019년부터 모든 시 기관은 재생 용지 또는 "
                "인증받은 녹색 사무용지를 구매하고 있으며, 신축 공공건물은 녹색건축 기준을 "
                "충족해야 합니다."
            ),
            "ja": (
                "北京市は国の省エネ製品・環境ラベル製品の政府調達リストを適用し、"
                "中国環境ラベル認証製品を優先的に調達しています。"
                "2019年からすべての市の機関が再生紙または認証済みのグリーン事務用紙を購入しており、"
                "新築の公共建築物にはグリーン建築基準への適合が求められます。"
            ),
            "zh-hans": (
                "北京市执行国家节能产品和环境标志产品政府采购品目清单，"
                "优先采购获得中国环境标志认证的产品。自2019年起，"
                "全市各机关统一采购再生纸或经认证的绿色办公用纸，新建公共建筑须达到绿色建筑标准。"
            ),
        },
        "contact_name": "Zhang Min (张敏)",
        "contact_position": {
            "en": "Government Procurement Division, Beijing Municipal Finance Bureau",
            "ko": "베이징시 재정국 정부구매처",
            "ja": "北京市財政局 政府調達処",
            "zh-hans": "北京市财政局政府采购处",
        },
        "contact_email": "gpp@beijing.example",
        "contact_phone": "+86 10 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "100 % green office paper",
                    "ko": "녹색 사무용지 100% 구매",
                    "ja": "グリーン事務用紙100%",
                    "zh-hans": "绿色办公用纸采购率100%",
                },
                "description": {
                    "en": (
                        "Every municipal office buys recycled paper or office paper certified with "
                        "the China Environmental Labelling."
                    ),
                    "ko": (
                        "모든 시 기관이 재생 용지 또는 중국 환경표지 인증을 받은 사무용지를 "
                        "구매합니다."
                    ),
                    "ja": (
                        "すべての市の機関が、再生紙または中国環境ラベル認証を受けた事務用紙を"
                        "購入します。"
                    ),
                    "zh-hans": "全市各机关均采购再生纸或获得中国环境标志认证的办公用纸。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "New-energy vehicles for official use",
                    "ko": "관용차의 신에너지차 전환",
                    "ja": "公用車の新エネルギー車への転換",
                    "zh-hans": "公务用车新能源化",
                },
                "description": {
                    "en": (
                        "New and replacement official cars are battery-electric or plug-in hybrid "
                        "vehicles."
                    ),
                    "ko": (
                        "새로 구매하거나 교체하는 관용차는 배터리 전기차 또는 플러그인 "
                        "하이브리드차로 합니다."
                    ),
                    "ja": (
                        "新規購入・更新する公用車は、電気自動車またはプラグインハイブリッド車としま"
                        "す。"
                    ),
                    "zh-hans": "新购置和更新的公务用车均为纯电动或插电式混合动力汽车。",
                },
                "target_year": 2027,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "80",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green building standard for new public buildings",
                    "ko": "신축 공공건물 녹색건축 기준 적용",
                    "ja": "新築公共建築物へのグリーン建築基準の適用",
                    "zh-hans": "新建公共建筑执行绿色建筑标准",
                },
                "description": {
                    "en": (
                        "Every new public building is designed and built to at least the two-star "
                        "green building standard."
                    ),
                    "ko": (
                        "모든 신축 공공건물은 녹색건축 2성급 이상의 기준으로 설계하고 시공합니다."
                    ),
                    "ja": (
                        "すべての新築公共建築物を、グリーン建築二つ星以上の基準で設計・施工します。"
                    ),
                    "zh-hans": "所有新建公共建筑均按照二星级及以上绿色建筑标准设计和建设。",
                },
                "target_year": 2022,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "guiyang",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 9, 13),
        "website": "https://www.guiyang.gov.cn",
        "population": 6_400_000,
        "latitude": "26.64702",
        "longitude": "106.63024",
        "name": {"en": "Guiyang", "ko": "구이양시", "ja": "貴陽市", "zh-hans": "贵阳市"},
        "summary": {
            "en": (
                "Guiyang, the capital of Guizhou Province, is known as a forest city and hosts the "
                "annual Eco Forum Global. It joined Procura+ East Asia at the launch of the "
                "network in 2018 and shares its experience of buying green data-centre services."
            ),
            "ko": (
                "구이저우성의 성도인 구이양시는 '숲의 도시'로 알려져 있으며 매년 생태문명 구이양 "
                "국제포럼을 개최합니다. 2018년 네트워크 출범과 함께 Procura+ 동아시아에 "
                "참여했으며, 친환경 데이터센터 서비스 구매 경험을 공유하고 있습니다."
            ),
            "ja": (
                "貴州省の省都である貴陽市は「森の都」として知られ、毎年、"
                "生態文明貴陽国際フォーラムを開催しています。"
                "2018年のネットワーク発足時にProcura+東アジアに参加し、"
                "環境に配慮したデータセンターサービスの調達経験を共有しています。"
            ),
            "zh-hans": (
                "贵阳市是贵州省省会，素有“森林之城”之称，每年举办生态文明贵阳国际论坛。"
                "贵阳市于2018年网络启动时加入Procura+东亚，分享绿色数据中心服务采购的经验。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Guiyang's procurement rules ask for energy-saving and environmental-label "
                "certificates in calls for tender for IT equipment, furniture and printing. Cloud "
                "and data-centre services bought by the city must reach a power usage "
                "effectiveness (PUE) of 1.4 or lower."
            ),
            "ko": (
                "구이양시의 구매 규정은 IT 장비, 가구, 인쇄 서비스 입찰에서 에너지절약 및 환경표지 "
                "인증을 요구합니다. 시가 구매하는 클라우드 및 데이터센터 서비스는 "
                "전력사용효율(PUE) 1.4 이하를 충족해야 합니다."
            ),
            "ja": (
                "貴陽市の調達規則では、IT機器、家具、"
                "印刷の入札に省エネ認証と環境ラベル認証を求めています。"
                "市が調達するクラウド・データセンターサービスには、電力使用効率（PUE）"
                "1.4以下が求められます。"
            ),
            "zh-hans": (
                "贵阳市采购规定要求信息化设备、家具和印刷服务的招标文件明确节能和环境标志认证要求。"
                "市级采购的云计算和数据中心服务，电能利用效率（PUE）须不高于1.4。"
            ),
        },
        "contact_name": "Liu Yang (刘洋)",
        "contact_position": {
            "en": "Government Procurement Section, Guiyang Municipal Finance Bureau",
            "ko": "구이양시 재정국 정부구매과",
            "ja": "貴陽市財政局 政府調達科",
            "zh-hans": "贵阳市财政局政府采购科",
        },
        "contact_email": "gpp@guiyang.example",
        "contact_phone": "+86 851 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Energy-efficient data-centre services",
                    "ko": "에너지 효율적인 데이터센터 서비스",
                    "ja": "省エネ型データセンターサービス",
                    "zh-hans": "节能数据中心服务",
                },
                "description": {
                    "en": (
                        "All cloud services the city buys run in data centres with a PUE of 1.4 or "
                        "lower."
                    ),
                    "ko": (
                        "시가 구매하는 모든 클라우드 서비스는 PUE 1.4 이하의 데이터센터에서 "
                        "운영됩니다."
                    ),
                    "ja": (
                        "市が調達するすべてのクラウドサービスを、"
                        "PUE1.4以下のデータセンターで運用します。"
                    ),
                    "zh-hans": "市级采购的全部云服务均在PUE不高于1.4的数据中心运行。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "1.4",
                "unit": "PUE",
            },
            {
                "title": {
                    "en": "Electric city buses",
                    "ko": "전기 시내버스",
                    "ja": "路線バスの電動化",
                    "zh-hans": "纯电动公交车",
                },
                "description": {
                    "en": (
                        "Every bus bought by the city's public transport company is "
                        "battery-electric."
                    ),
                    "ko": "시 대중교통 회사가 구매하는 모든 버스는 배터리 전기버스입니다.",
                    "ja": "市の公共交通事業者が購入するバスはすべて電気バスとします。",
                    "zh-hans": "市公交集团新购置的公交车全部为纯电动车。",
                },
                "target_year": 2027,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green procurement training for all buyers",
                    "ko": "모든 구매 담당자 대상 녹색구매 교육",
                    "ja": "全調達担当職員へのグリーン調達研修",
                    "zh-hans": "全体采购人员绿色采购培训",
                },
                "description": {
                    "en": (
                        "Every procurement officer of the municipal bureaus has followed a one-day "
                        "course on green criteria."
                    ),
                    "ko": (
                        "시 각 부서의 모든 구매 담당 공무원이 녹색 기준에 관한 1일 교육을 "
                        "이수했습니다."
                    ),
                    "ja": (
                        "市の各部局の調達担当職員全員が、"
                        "グリーン基準に関する1日研修を修了しました。"
                    ),
                    "zh-hans": "市直各部门的全体采购人员均已参加为期一天的绿色采购标准培训。",
                },
                "target_year": 2020,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "shenzhen",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 9, 13),
        "website": "https://www.sz.gov.cn",
        "population": 17_660_000,
        "latitude": "22.54310",
        "longitude": "114.05787",
        "name": {"en": "Shenzhen", "ko": "선전시", "ja": "深圳市", "zh-hans": "深圳市"},
        "summary": {
            "en": (
                "Shenzhen, a city of more than 17 million people in the Pearl River Delta, was the "
                "first city in the world to run an entirely electric bus fleet. It brings its "
                "experience of buying electric vehicles on a large scale to the network."
            ),
            "ko": (
                "주장삼각주에 위치한 인구 1,700만 명 이상의 선전시는 세계 최초로 시내버스 전체를 "
                "전기버스로 운행한 도시입니다. 대규모 전기차 구매 경험을 네트워크와 공유하고 "
                "있습니다."
            ),
            "ja": (
                "珠江デルタに位置し、人口1,700万人を超える深圳市は、"
                "世界で初めて路線バスをすべて電気バス化した都市です。"
                "電気自動車の大規模調達の経験をネットワークで共有しています。"
            ),
            "zh-hans": (
                "深圳市位于珠江三角洲，常住人口超过1700万，是全球首个实现公交车全面电动化的城市。"
                "深圳市在网络中分享大规模采购电动汽车的经验。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Shenzhen's government procurement gives priority to energy-saving products and "
                "products with the China Environmental Labelling, and sets green criteria for "
                "public buildings, lighting and vehicles. The city publishes model tender clauses "
                "that its districts can reuse."
            ),
            "ko": (
                "선전시의 정부 구매는 에너지절약 제품과 중국 환경표지 인증 제품을 우선하며, "
                "공공건물, 조명, 차량에 대한 녹색 기준을 정하고 있습니다. 시는 각 구가 활용할 수 "
                "있는 표준 입찰 조항도 공개합니다."
            ),
            "ja": (
                "深圳市の政府調達では、省エネ製品と中国環境ラベル認証製品を優先し、公共建築物、"
                "照明、車両についてグリーン基準を定めています。また、"
                "各区が活用できる入札条項のひな形も公開しています。"
            ),
            "zh-hans": (
                "深圳市政府采购优先采购节能产品和中国环境标志产品，并对公共建筑、"
                "照明和车辆制定了绿色采购标准。市里还发布了可供各区参考使用的招标文件范本条款。"
            ),
        },
        "contact_name": "Chen Jing (陈静)",
        "contact_position": {
            "en": "Green Procurement Officer, Shenzhen Municipal Finance Bureau",
            "ko": "선전시 재정국 녹색구매 담당관",
            "ja": "深圳市財政局 グリーン調達担当",
            "zh-hans": "深圳市财政局绿色采购专员",
        },
        "contact_email": "gpp@shenzhen.example",
        "contact_phone": "+86 755 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Fully electric public bus fleet",
                    "ko": "시내버스 100% 전기화",
                    "ja": "路線バスの完全電動化",
                    "zh-hans": "公交车全面电动化",
                },
                "description": {
                    "en": "All of the city's more than 16,000 public buses are battery-electric.",
                    "ko": "1만 6천 대가 넘는 시내버스 전체가 배터리 전기버스입니다.",
                    "ja": "1万6千台を超える路線バスのすべてが電気バスです。",
                    "zh-hans": "全市1.6万余辆公交车已全部为纯电动车。",
                },
                "target_year": 2017,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Electric official vehicles",
                    "ko": "관용차 전기차 전환",
                    "ja": "公用車の電動化",
                    "zh-hans": "公务用车电动化",
                },
                "description": {
                    "en": (
                        "Official cars of the municipal government are replaced by electric "
                        "vehicles at the end of their service life."
                    ),
                    "ko": "시 정부의 관용차는 내용연수가 끝나면 전기차로 교체합니다.",
                    "ja": "市の公用車は、耐用年数を迎えた時点で電気自動車に更新します。",
                    "zh-hans": "市政府公务用车达到使用年限后更新为电动汽车。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green building certification for public buildings",
                    "ko": "공공건물 녹색건축 인증",
                    "ja": "公共建築物のグリーン建築認証",
                    "zh-hans": "公共建筑绿色建筑认证",
                },
                "description": {
                    "en": (
                        "All new public buildings financed by the city obtain green building "
                        "certification."
                    ),
                    "ko": "시 재정으로 짓는 모든 신축 공공건물은 녹색건축 인증을 받습니다.",
                    "ja": (
                        "市の財源で建設するすべての新築公共建築物が、グリーン建築認証を取得します。"
                    ),
                    "zh-hans": "市财政投资的新建公共建筑全部取得绿色建筑标识。",
                },
                "target_year": 2026,
                "status": ProgressStatus.IN_PROGRESS,
            },
        ],
    },
    {
        "slug": "nanjing",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 11, 20),
        "website": "https://www.nanjing.gov.cn",
        "population": 9_490_000,
        "latitude": "32.06025",
        "longitude": "118.79687",
        "name": {"en": "Nanjing", "ko": "난징시", "ja": "南京市", "zh-hans": "南京市"},
        "summary": {
            "en": (
                "Nanjing, the capital of Jiangsu Province, is a historic city on the Yangtze River "
                "and a centre of universities and research. Its Finance Bureau has run a green "
                "procurement pilot with municipal hospitals and universities since 2019."
            ),
            "ko": (
                "장쑤성의 성도인 난징시는 양쯔강 변의 역사 도시이자 대학과 연구기관이 모인 "
                "도시입니다. 난징시 재정국은 2019년부터 시립 병원 및 대학과 함께 녹색구매 "
                "시범사업을 추진하고 있습니다."
            ),
            "ja": (
                "江蘇省の省都である南京市は、長江に面した歴史都市であり、"
                "大学や研究機関が集まる都市です。南京市財政局は2019年から、"
                "市立病院や大学とともにグリーン調達のモデル事業を進めています。"
            ),
            "zh-hans": (
                "南京市是江苏省省会，是长江之滨的历史文化名城，也是高校和科研机构聚集之地。"
                "南京市财政局自2019年起与市属医院和高校共同开展绿色采购试点。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Nanjing includes energy-saving and environmental-label requirements in its "
                "framework agreements for office equipment and furniture. Hospitals and "
                "universities under the city follow a green procurement guideline for cleaning "
                "products, catering and medical consumables."
            ),
            "ko": (
                "난징시는 사무기기와 가구 공급 계약에 에너지절약 및 환경표지 요건을 포함하고 "
                "있습니다. 시 산하 병원과 대학은 청소용품, 급식, 의료 소모품에 관한 녹색구매 "
                "지침을 따릅니다."
            ),
            "ja": (
                "南京市は、事務機器と家具の協定調達に省エネ・環境ラベルの要件を盛り込んでいます。"
                "市の病院や大学は、清掃用品、給食、"
                "医療消耗品に関するグリーン調達ガイドラインに従っています。"
            ),
            "zh-hans": (
                "南京市在办公设备和家具的协议供货中纳入节能和环境标志要求。"
                "市属医院和高校执行清洁用品、餐饮服务和医用耗材的绿色采购指引。"
            ),
        },
        "contact_name": "Wang Lei (王磊)",
        "contact_position": {
            "en": "Government Procurement Division, Nanjing Municipal Finance Bureau",
            "ko": "난징시 재정국 정부구매처",
            "ja": "南京市財政局 政府調達処",
            "zh-hans": "南京市财政局政府采购处",
        },
        "contact_email": "gpp@nanjing.example",
        "contact_phone": "+86 25 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "Green cleaning products in municipal hospitals",
                    "ko": "시립 병원 친환경 청소용품 사용",
                    "ja": "市立病院での環境配慮型清掃用品の使用",
                    "zh-hans": "市属医院使用绿色清洁用品",
                },
                "description": {
                    "en": (
                        "Municipal hospitals buy only cleaning products with an environmental "
                        "label."
                    ),
                    "ko": "시립 병원은 환경표지 인증을 받은 청소용품만 구매합니다.",
                    "ja": "市立病院は環境ラベル認証を受けた清掃用品のみを購入します。",
                    "zh-hans": "市属医院只采购获得环境标志认证的清洁用品。",
                },
                "target_year": 2026,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green criteria in framework agreements",
                    "ko": "공급 계약의 녹색 기준",
                    "ja": "協定調達へのグリーン基準の導入",
                    "zh-hans": "协议供货纳入绿色标准",
                },
                "description": {
                    "en": (
                        "Framework agreements for office equipment and furniture require "
                        "energy-saving or environmental-label certificates."
                    ),
                    "ko": "사무기기와 가구 공급 계약에 에너지절약 또는 환경표지 인증을 요구합니다.",
                    "ja": (
                        "事務機器と家具の協定調達では、"
                        "省エネ認証または環境ラベル認証を要件としています。"
                    ),
                    "zh-hans": "办公设备和家具协议供货要求提供节能产品或环境标志产品认证证书。",
                },
                "target_year": 2023,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "tianjin",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 12, 5),
        "website": "https://www.tj.gov.cn",
        "population": 13_640_000,
        "latitude": "39.08496",
        "longitude": "117.20091",
        "name": {"en": "Tianjin", "ko": "톈진시", "ja": "天津市", "zh-hans": "天津市"},
        "summary": {
            "en": (
                "Tianjin is a major port city on the Bohai Sea and one of China's municipalities "
                "directly under the central government. It joined the network to learn from other "
                "cities about green procurement of public works."
            ),
            "ko": (
                "톈진시는 보하이해에 면한 대표적인 항구 도시이자 중국의 직할시 중 하나입니다. 공공 "
                "공사 분야의 녹색구매를 다른 도시로부터 배우기 위해 네트워크에 참여했습니다."
            ),
            "ja": (
                "天津市は渤海に面した主要な港湾都市で、中国の直轄市の一つです。"
                "公共工事のグリーン調達について他都市から学ぶため、ネットワークに参加しました。"
            ),
            "zh-hans": (
                "天津市是渤海之滨的重要港口城市，也是中国的直辖市之一。天津市加入网络，"
                "希望借鉴其他城市在公共工程绿色采购方面的经验。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Tianjin applies green criteria to public works, asking for recycled aggregates "
                "and low-emission machinery on municipal construction sites. City offices buy "
                "energy-saving products from the national list, and the city reports its share of "
                "green procurement every year."
            ),
            "ko": (
                "톈진시는 공공 공사에 녹색 기준을 적용하여 시 건설 현장에서 순환골재와 저배출 "
                "건설기계 사용을 요구합니다. 시 기관은 국가 목록의 에너지절약 제품을 구매하며, "
                "시는 매년 녹색구매 비율을 보고합니다."
            ),
            "ja": (
                "天津市は公共工事にグリーン基準を適用し、"
                "市の建設現場で再生骨材や低排出型建設機械の使用を求めています。"
                "市の機関は国のリストに掲載された省エネ製品を購入し、"
                "市は毎年グリーン調達の割合を報告しています。"
            ),
            "zh-hans": (
                "天津市在公共工程中实施绿色标准，要求市政工地使用再生骨料和低排放工程机械。"
                "市级机关采购国家清单内的节能产品，全市每年报告绿色采购比例。"
            ),
        },
        "contact_name": "Zhao Hui (赵辉)",
        "contact_position": {
            "en": "Procurement Office, Tianjin Municipal Finance Bureau",
            "ko": "톈진시 재정국 구매사무소",
            "ja": "天津市財政局 調達事務室",
            "zh-hans": "天津市财政局采购办公室",
        },
        "contact_email": "gpp@tianjin.example",
        "contact_phone": "+86 22 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "Recycled building materials in municipal roadworks",
                    "ko": "시 도로공사 순환골재 사용",
                    "ja": "市の道路工事における再生資材の使用",
                    "zh-hans": "市政道路工程使用再生建材",
                },
                "description": {
                    "en": (
                        "At least 30 % of the aggregates used in municipal roadworks are recycled "
                        "from construction waste."
                    ),
                    "ko": (
                        "시 도로공사에 쓰이는 골재의 30% 이상을 건설폐기물에서 재활용한 골재로 "
                        "사용합니다."
                    ),
                    "ja": (
                        "市の道路工事で使用する骨材の30%以上を、"
                        "建設廃棄物から再生した骨材とします。"
                    ),
                    "zh-hans": "市政道路工程所用骨料中至少30%为建筑垃圾再生骨料。",
                },
                "target_year": 2027,
                "status": ProgressStatus.PLANNED,
                "target_value": "30",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Yearly report on green procurement",
                    "ko": "녹색구매 연간 보고",
                    "ja": "グリーン調達の年次報告",
                    "zh-hans": "绿色采购年度报告",
                },
                "description": {
                    "en": (
                        "The city publishes the share of green products in its procurement every "
                        "year."
                    ),
                    "ko": "시는 매년 정부 구매 중 녹색제품 비율을 공개합니다.",
                    "ja": "市は毎年、調達に占めるグリーン製品の割合を公表しています。",
                    "zh-hans": "全市每年公布政府采购中绿色产品所占比例。",
                },
                "target_year": 2019,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "qingdao",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 10, 16),
        "website": "https://www.qingdao.gov.cn",
        "population": 10_370_000,
        "latitude": "36.06710",
        "longitude": "120.38260",
        "name": {"en": "Qingdao", "ko": "칭다오시", "ja": "青島市", "zh-hans": "青岛市"},
        "summary": {
            "en": (
                "Qingdao is a coastal city in Shandong Province, known for its port, its beaches "
                "and its household appliance industry. It joined Procura+ East Asia in 2018 and "
                "focuses on green procurement of appliances and canteen services."
            ),
            "ko": (
                "칭다오시는 산둥성의 해안 도시로, 항만과 해변, 가전 산업으로 잘 알려져 있습니다. "
                "2018년 Procura+ 동아시아에 참여했으며 가전제품과 구내식당 서비스의 녹색구매에 "
                "중점을 두고 있습니다."
            ),
            "ja": (
                "青島市は山東省の沿岸都市で、港湾や海岸、家電産業で知られています。"
                "2018年にProcura+東アジアに参加し、"
                "家電製品と食堂サービスのグリーン調達に力を入れています。"
            ),
            "zh-hans": (
                "青岛市是山东省的沿海城市，以港口、海滨和家电产业闻名。"
                "青岛市于2018年加入Procura+东亚，重点推进家电产品和食堂服务的绿色采购。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Qingdao requires the highest energy-efficiency grade for air conditioners, "
                "refrigerators and other appliances bought by the city. Canteens of public bodies "
                "increasingly buy local food and avoid single-use plastics."
            ),
            "ko": (
                "칭다오시는 시가 구매하는 에어컨, 냉장고 등 가전제품에 최고 에너지효율 등급을 "
                "요구합니다. 공공기관 구내식당은 지역 식재료 구매를 늘리고 일회용 플라스틱 사용을 "
                "줄이고 있습니다."
            ),
            "ja": (
                "青島市は、市が購入するエアコンや冷蔵庫などの家電製品に最高ランクの"
                "エネルギー効率等級を求めています。公的機関の食堂では地元産食材の購入を増やし、"
                "使い捨てプラスチックの使用を減らしています。"
            ),
            "zh-hans": (
                "青岛市要求市级采购的空调、冰箱等家用电器达到一级能效。"
                "公共机构食堂逐步扩大本地食材采购，减少一次性塑料制品的使用。"
            ),
        },
        "contact_name": "Sun Li (孙丽)",
        "contact_position": {
            "en": "Green Procurement Officer, Qingdao Municipal Finance Bureau",
            "ko": "칭다오시 재정국 녹색구매 담당관",
            "ja": "青島市財政局 グリーン調達担当",
            "zh-hans": "青岛市财政局绿色采购专员",
        },
        "contact_email": "gpp@qingdao.example",
        "contact_phone": "+86 532 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Top energy-efficiency grade for appliances",
                    "ko": "가전제품 최고 에너지효율 등급",
                    "ja": "家電製品の最高エネルギー効率等級",
                    "zh-hans": "家电产品一级能效",
                },
                "description": {
                    "en": (
                        "Every air conditioner, refrigerator and water heater bought by the city "
                        "has the first energy-efficiency grade."
                    ),
                    "ko": (
                        "시가 구매하는 모든 에어컨, 냉장고, 온수기는 에너지효율 1등급 제품입니다."
                    ),
                    "ja": (
                        "市が購入するエアコン、冷蔵庫、"
                        "給湯器はすべてエネルギー効率1級の製品とします。"
                    ),
                    "zh-hans": "市级采购的空调、冰箱和热水器全部为一级能效产品。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Canteens without single-use plastics",
                    "ko": "일회용 플라스틱 없는 구내식당",
                    "ja": "使い捨てプラスチックのない食堂",
                    "zh-hans": "食堂不使用一次性塑料制品",
                },
                "description": {
                    "en": (
                        "Canteens of municipal bodies stop using single-use plastic tableware and "
                        "packaging."
                    ),
                    "ko": "시 기관 구내식당에서 일회용 플라스틱 식기와 포장재 사용을 중단합니다.",
                    "ja": "市の機関の食堂で、使い捨てプラスチック製の食器と包装の使用をやめます。",
                    "zh-hans": "市级机关食堂停止使用一次性塑料餐具和包装。",
                },
                "target_year": 2026,
                "status": ProgressStatus.PLANNED,
            },
        ],
    },
    {
        "slug": "chengdu",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2019, 3, 21),
        "website": "https://www.chengdu.gov.cn",
        "population": 21_400_000,
        "latitude": "30.57282",
        "longitude": "104.06680",
        "name": {"en": "Chengdu", "ko": "청두시", "ja": "成都市", "zh-hans": "成都市"},
        "summary": {
            "en": (
                "Chengdu, the capital of Sichuan Province, is building itself into a park city "
                "with green belts and greenways. The city's government procurement centre has "
                "built green criteria into its e-procurement platform."
            ),
            "ko": (
                "쓰촨성의 성도인 청두시는 녹지대와 그린웨이를 갖춘 '공원 도시'를 만들어 가고 "
                "있습니다. 시 정부구매센터는 전자조달 플랫폼에 녹색 기준을 반영했습니다."
            ),
            "ja": (
                "四川省の省都である成都市は、緑地帯やグリーンウェイを備えた「公園都市」"
                "づくりを進めています。市の政府調達センターは、"
                "電子調達プラットフォームにグリーン基準を組み込んでいます。"
            ),
            "zh-hans": (
                "成都市是四川省省会，正在建设拥有绿带和绿道的“公园城市”。"
                "市政府采购中心已将绿色标准纳入电子采购平台。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Every call for tender on Chengdu's e-procurement platform shows whether a product "
                "is on the national energy-saving or environmental-label list. The city buys "
                "new-energy buses and sanitation vehicles and plants public green spaces with "
                "native species."
            ),
            "ko": (
                "청두시 전자조달 플랫폼의 모든 입찰 공고에는 해당 제품이 국가 에너지절약 제품 또는 "
                "환경표지 제품 목록에 있는지가 표시됩니다. 시는 신에너지 버스와 환경미화 차량을 "
                "구매하고, 공공 녹지에는 자생종을 심습니다."
            ),
            "ja": (
                "成都市の電子調達プラットフォームでは、すべての入札公告に、"
                "その製品が国の省エネ製品・環境ラベル製品リストに含まれるかどうかが表示されます。"
                "市は新エネルギーバスや清掃車両を購入し、公共緑地には在来種を植えています。"
            ),
            "zh-hans": (
                "成都市电子采购平台上的每一项招标公告都会标明产品是否列入国家节能产品或环境标志产品"
                "清单。全市采购新能源公交车和环卫车辆，公共绿地优先种植乡土植物。"
            ),
        },
        "contact_name": "Yang Fan (杨帆)",
        "contact_position": {
            "en": "Green Procurement Officer, Chengdu Government Procurement Centre",
            "ko": "청두시 정부구매센터 녹색구매 담당관",
            "ja": "成都市政府調達センター グリーン調達担当",
            "zh-hans": "成都市政府采购中心绿色采购专员",
        },
        "contact_email": "gpp@chengdu.example",
        "contact_phone": "+86 28 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "New-energy sanitation vehicles",
                    "ko": "신에너지 환경미화 차량",
                    "ja": "新エネルギー清掃車両",
                    "zh-hans": "新能源环卫车辆",
                },
                "description": {
                    "en": (
                        "Street-cleaning and waste-collection vehicles bought by the city run on "
                        "electricity or hydrogen."
                    ),
                    "ko": (
                        "시가 구매하는 도로 청소 및 폐기물 수거 차량은 전기 또는 수소로 운행합니다."
                    ),
                    "ja": (
                        "市が購入する道路清掃車とごみ収集車は、"
                        "電気または水素で走行するものとします。"
                    ),
                    "zh-hans": "全市新购道路清扫和垃圾收运车辆均使用电力或氢能。",
                },
                "target_year": 2028,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "60",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green labels on the e-procurement platform",
                    "ko": "전자조달 플랫폼의 녹색제품 표시",
                    "ja": "電子調達プラットフォームでのグリーン製品の表示",
                    "zh-hans": "电子采购平台标注绿色产品",
                },
                "description": {
                    "en": (
                        "Products on the national energy-saving and environmental-label lists are "
                        "marked on the platform."
                    ),
                    "ko": (
                        "국가 에너지절약 제품 및 환경표지 제품 목록에 있는 제품을 플랫폼에 "
                        "표시합니다."
                    ),
                    "ja": (
                        "国の省エネ製品・環境ラベル製品リストに含まれる製品をプラットフォーム上で"
                        "表示します。"
                    ),
                    "zh-hans": "列入国家节能产品和环境标志产品清单的产品在平台上予以标注。",
                },
                "target_year": 2021,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "xiamen",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.OBSERVER,
        "joined": date(2019, 6, 10),
        "website": "https://www.xm.gov.cn",
        "population": 5_300_000,
        "latitude": "24.47979",
        "longitude": "118.08942",
        "name": {"en": "Xiamen", "ko": "샤먼시", "ja": "廈門市", "zh-hans": "厦门市"},
        "summary": {
            "en": (
                "Xiamen is a coastal city and special economic zone in Fujian Province with a long "
                "tradition of environmental protection. It follows the network's work as an "
                "observer."
            ),
            "ko": (
                "샤먼시는 푸젠성의 해안 도시이자 경제특구로, 환경 보호의 오랜 전통을 갖고 "
                "있습니다. 옵서버로서 네트워크의 활동에 함께하고 있습니다."
            ),
            "ja": (
                "廈門市は福建省の沿岸都市で経済特区でもあり、環境保護に長く取り組んできました。"
                "オブザーバーとしてネットワークの活動に参加しています。"
            ),
            "zh-hans": (
                "厦门市是福建省的沿海城市和经济特区，在环境保护方面有着悠久传统。"
                "厦门市以观察员身份关注网络的工作。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Xiamen gives priority to products with the China Environmental Labelling in "
                "government purchasing and requires LED lighting in public buildings and streets. "
                "A pilot on green hotel and conference services began in 2023."
            ),
            "ko": (
                "샤먼시는 정부 구매에서 중국 환경표지 인증 제품을 우선 구매하며, 공공건물과 도로에 "
                "LED 조명을 의무화하고 있습니다. 2023년에는 친환경 호텔 및 회의 서비스 구매 "
                "시범사업을 시작했습니다."
            ),
            "ja": (
                "廈門市は政府調達で中国環境ラベル認証製品を優先し、"
                "公共建築物と道路にLED照明を義務付けています。2023年には、"
                "環境に配慮したホテル・会議サービスの調達モデル事業を開始しました。"
            ),
            "zh-hans": (
                "厦门市在政府采购中优先采购中国环境标志产品，并要求公共建筑和道路采用LED照明。"
                "2023年，厦门市启动了绿色酒店和会议服务采购试点。"
            ),
        },
        "contact_name": "Lin Ying (林颖)",
        "contact_position": {
            "en": "Government Procurement Office, Xiamen Municipal Finance Bureau",
            "ko": "샤먼시 재정국 정부구매사무소",
            "ja": "廈門市財政局 政府調達事務室",
            "zh-hans": "厦门市财政局政府采购办公室",
        },
        "contact_email": "gpp@xiamen.example",
        "contact_phone": "+86 592 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "LED street lighting",
                    "ko": "LED 가로등 전환",
                    "ja": "街路灯のLED化",
                    "zh-hans": "路灯LED化改造",
                },
                "description": {
                    "en": "All street lights maintained by the city use LEDs.",
                    "ko": "시가 관리하는 모든 가로등을 LED로 교체합니다.",
                    "ja": "市が管理するすべての街路灯をLEDにします。",
                    "zh-hans": "市管全部路灯均采用LED光源。",
                },
                "target_year": 2024,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green conference services",
                    "ko": "친환경 회의 서비스",
                    "ja": "環境に配慮した会議サービス",
                    "zh-hans": "绿色会议服务",
                },
                "description": {
                    "en": (
                        "Hotels and venues booked for municipal conferences meet green criteria "
                        "for energy, waste and food."
                    ),
                    "ko": (
                        "시 회의를 위해 예약하는 호텔과 행사장은 에너지, 폐기물, 식음료에 관한 "
                        "녹색 기준을 충족해야 합니다."
                    ),
                    "ja": (
                        "市の会議で利用するホテルや会場は、エネルギー、廃棄物、"
                        "飲食に関するグリーン基準を満たすものとします。"
                    ),
                    "zh-hans": "市级会议所用酒店和场地须符合能源、废弃物和餐饮方面的绿色标准。",
                },
                "target_year": 2026,
                "status": ProgressStatus.PLANNED,
            },
        ],
    },
    {
        "slug": "hangzhou",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 11, 2),
        "website": "https://www.hangzhou.gov.cn",
        "population": 12_370_000,
        "latitude": "30.27408",
        "longitude": "120.15507",
        "name": {"en": "Hangzhou", "ko": "항저우시", "ja": "杭州市", "zh-hans": "杭州市"},
        "summary": {
            "en": (
                "Hangzhou, the capital of Zhejiang Province, is known for West Lake and for its "
                "digital economy. It hosted the 19th Asian Games in 2023 with a strong focus on "
                "green venues and procurement."
            ),
            "ko": (
                "저장성의 성도인 항저우시는 시후(西湖)와 디지털 경제로 잘 알려져 있습니다. 2023년 "
                "제19회 아시안게임을 개최하면서 친환경 경기장과 녹색구매에 힘을 쏟았습니다."
            ),
            "ja": (
                "浙江省の省都である杭州市は、西湖とデジタル経済で知られています。"
                "2023年には第19回アジア競技大会を開催し、"
                "環境に配慮した会場づくりとグリーン調達に力を入れました。"
            ),
            "zh-hans": (
                "杭州市是浙江省省会，以西湖和数字经济闻名。2023年，杭州举办第19届亚运会，"
                "大力推进绿色场馆建设和绿色采购。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Drawing on its Asian Games experience, Hangzhou sets environmental criteria for "
                "venues, vehicles and event services. Public bodies buy through the provincial "
                "online procurement platform, where green products are clearly labelled."
            ),
            "ko": (
                "항저우시는 아시안게임의 경험을 바탕으로 경기장, 차량, 행사 서비스 구매에 환경 "
                "기준을 정하고 있습니다. 공공기관은 녹색제품이 명확히 표시된 성 온라인 조달 "
                "플랫폼을 통해 구매합니다."
            ),
            "ja": (
                "杭州市はアジア競技大会の経験を生かし、会場、車両、"
                "イベントサービスの調達に環境基準を設けています。公的機関は、"
                "グリーン製品が明確に表示された省のオンライン調達プラットフォームを通じて"
                "購入しています。"
            ),
            "zh-hans": (
                "杭州市借鉴亚运会经验，对场馆、车辆和活动服务的采购制定了环境标准。"
                "公共机构通过省级网上采购平台进行采购，平台对绿色产品作了明确标识。"
            ),
        },
        "contact_name": "Xu Qing (徐青)",
        "contact_position": {
            "en": "Green Procurement Officer, Hangzhou Municipal Finance Bureau",
            "ko": "항저우시 재정국 녹색구매 담당관",
            "ja": "杭州市財政局 グリーン調達担当",
            "zh-hans": "杭州市财政局绿色采购专员",
        },
        "contact_email": "gpp@hangzhou.example",
        "contact_phone": "+86 571 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Green criteria for large public events",
                    "ko": "대규모 공공 행사의 녹색 기준",
                    "ja": "大規模公共イベントのグリーン基準",
                    "zh-hans": "大型公共活动绿色标准",
                },
                "description": {
                    "en": (
                        "Every public event with more than 1,000 participants follows the city's "
                        "green event guideline."
                    ),
                    "ko": (
                        "참가자 1,000명 이상의 모든 공공 행사는 시의 친환경 행사 지침을 따릅니다."
                    ),
                    "ja": (
                        "参加者1,000人を超えるすべての公共イベントで、"
                        "市のグリーンイベント指針を適用します。"
                    ),
                    "zh-hans": "参加人数超过1000人的公共活动均执行本市绿色活动指南。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
            },
            {
                "title": {
                    "en": "Electric official vehicles",
                    "ko": "관용차 전기차 전환",
                    "ja": "公用車の電動化",
                    "zh-hans": "公务用车电动化",
                },
                "description": {
                    "en": "Most official cars of the municipal government are electric.",
                    "ko": "시 정부 관용차의 대부분을 전기차로 전환합니다.",
                    "ja": "市の公用車の大部分を電気自動車に転換します。",
                    "zh-hans": "市政府公务用车大部分更新为电动汽车。",
                },
                "target_year": 2027,
                "status": ProgressStatus.PLANNED,
                "target_value": "70",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "wuhan",
        "country": Country.CHINA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2019, 4, 18),
        "website": "https://www.wuhan.gov.cn",
        "population": 13_740_000,
        "latitude": "30.59276",
        "longitude": "114.30553",
        "name": {"en": "Wuhan", "ko": "우한시", "ja": "武漢市", "zh-hans": "武汉市"},
        "summary": {
            "en": (
                "Wuhan, the capital of Hubei Province, is a transport hub where the Han River "
                "meets the Yangtze. It joined the network in 2019 to strengthen green procurement "
                "in its many public schools and hospitals."
            ),
            "ko": (
                "후베이성의 성도인 우한시는 한수이강과 양쯔강이 만나는 교통의 요지입니다. 수많은 "
                "공립 학교와 병원의 녹색구매를 강화하기 위해 2019년 네트워크에 참여했습니다."
            ),
            "ja": (
                "湖北省の省都である武漢市は、漢江と長江が合流する交通の要衝です。"
                "多くの公立学校や病院でのグリーン調達を強化するため、"
                "2019年にネットワークに参加しました。"
            ),
            "zh-hans": (
                "武汉市是湖北省省会，地处长江与汉江交汇处，是重要的交通枢纽。"
                "武汉市于2019年加入网络，以加强众多公立学校和医院的绿色采购。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Wuhan's green procurement guideline covers school furniture, canteen supplies and "
                "hospital equipment, with priority for environmentally labelled and energy-saving "
                "products. New public buildings follow at least the two-star green building "
                "standard."
            ),
            "ko": (
                "우한시의 녹색구매 지침은 학교 가구, 급식 용품, 병원 장비를 대상으로 하며 환경표지 "
                "제품과 에너지절약 제품을 우선합니다. 신축 공공건물은 녹색건축 2성급 이상의 기준을 "
                "따릅니다."
            ),
            "ja": (
                "武漢市のグリーン調達ガイドラインは、学校用家具、給食用品、病院設備を対象とし、"
                "環境ラベル製品と省エネ製品を優先しています。新築公共建築物には、"
                "グリーン建築二つ星以上の基準を適用しています。"
            ),
            "zh-hans": (
                "武汉市绿色采购指引涵盖学校家具、食堂用品和医院设备，"
                "优先采购环境标志产品和节能产品。新建公共建筑执行二星级及以上绿色建筑标准。"
            ),
        },
        "contact_name": "Hu Jun (胡军)",
        "contact_position": {
            "en": "Government Procurement Division, Wuhan Municipal Finance Bureau",
            "ko": "우한시 재정국 정부구매처",
            "ja": "武漢市財政局 政府調達処",
            "zh-hans": "武汉市财政局政府采购处",
        },
        "contact_email": "gpp@wuhan.example",
        "contact_phone": "+86 27 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "Green school furniture",
                    "ko": "친환경 학교 가구",
                    "ja": "環境配慮型の学校用家具",
                    "zh-hans": "绿色学校家具",
                },
                "description": {
                    "en": (
                        "Desks and chairs bought for public schools carry an environmental label "
                        "for low emissions."
                    ),
                    "ko": "공립 학교용 책상과 의자는 저방출 환경표지 인증 제품으로 구매합니다.",
                    "ja": "公立学校用の机と椅子は、低放散の環境ラベル認証製品を購入します。",
                    "zh-hans": "公立学校采购的课桌椅均为获得低释放环境标志认证的产品。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Two-star green public buildings",
                    "ko": "녹색건축 2성급 공공건물",
                    "ja": "グリーン建築二つ星の公共建築物",
                    "zh-hans": "二星级绿色公共建筑",
                },
                "description": {
                    "en": (
                        "All new public buildings are certified with at least two stars under the "
                        "green building standard."
                    ),
                    "ko": "모든 신축 공공건물은 녹색건축 평가 기준 2성급 이상의 인증을 받습니다.",
                    "ja": (
                        "すべての新築公共建築物が、グリーン建築評価基準で二つ星以上の認証を"
                        "取得します。"
                    ),
                    "zh-hans": "所有新建公共建筑均取得二星级及以上绿色建筑标识。",
                },
                "target_year": 2026,
                "status": ProgressStatus.PLANNED,
                "target_value": "100",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "guizhou",
        "country": Country.CHINA,
        "level": Level.PROVINCE,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 9, 13),
        "website": "https://www.guizhou.gov.cn",
        "population": 38_650_000,
        "latitude": "26.59834",
        "longitude": "106.70741",
        "name": {"en": "Guizhou Province", "ko": "구이저우성", "ja": "貴州省", "zh-hans": "贵州省"},
        "summary": {
            "en": (
                "Guizhou Province in south-west China is a national pilot zone for ecological "
                "civilisation. As a provincial member, it helps its cities and counties, Guiyang "
                "among them, to introduce green procurement."
            ),
            "ko": (
                "중국 서남부의 구이저우성은 국가 생태문명 시범구입니다. 성 단위 회원으로서 "
                "구이양시를 비롯한 성내 시와 현의 녹색구매 도입을 지원합니다."
            ),
            "ja": (
                "中国南西部の貴州省は、国の生態文明試験区です。省レベルのメンバーとして、"
                "貴陽市をはじめとする省内の市や県のグリーン調達導入を支援しています。"
            ),
            "zh-hans": (
                "贵州省位于中国西南部，是国家生态文明试验区。作为省级成员，"
                "贵州省帮助贵阳市等省内各市县推行绿色采购。"
            ),
        },
        "gpp_policy": {
            "en": (
                "The Guizhou Provincial Department of Finance applies the national green "
                "procurement lists across the province and issues guidance for cities and "
                "counties. Pilot counties buy energy-saving products, green office paper and "
                "recycled plastics, and report their results every year."
            ),
            "ko": (
                "구이저우성 재정청은 국가 녹색구매 목록을 성 전역에 적용하고 시와 현을 위한 지침을 "
                "발행합니다. 시범 현은 에너지절약 제품, 녹색 사무용지, 재생 플라스틱 제품을 "
                "구매하고 매년 그 결과를 보고합니다."
            ),
            "ja": (
                "貴州省財政庁は、国のグリーン調達リストを省全体に適用し、"
                "市や県向けのガイダンスを発行しています。モデル県では省エネ製品、グリーン事務用紙、"
                "再生プラスチック製品を購入し、毎年その結果を報告しています。"
            ),
            "zh-hans": (
                "贵州省财政厅在全省执行国家绿色采购清单，并为各市县发布指导意见。"
                "试点县采购节能产品、绿色办公用纸和再生塑料制品，并每年报告实施成效。"
            ),
        },
        "contact_name": "Luo Xia (罗霞)",
        "contact_position": {
            "en": "Government Procurement Division, Guizhou Provincial Department of Finance",
            "ko": "구이저우성 재정청 정부구매처",
            "ja": "貴州省財政庁 政府調達処",
            "zh-hans": "贵州省财政厅政府采购处",
        },
        "contact_email": "gpp@guizhou.example",
        "contact_phone": "+86 851 5555 0201",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Green procurement in every prefecture-level city",
                    "ko": "모든 지급시의 녹색구매 시행",
                    "ja": "全地級市でのグリーン調達の実施",
                    "zh-hans": "全省各市（州）全面实施绿色采购",
                },
                "description": {
                    "en": (
                        "Each of the province's prefecture-level cities and autonomous prefectures "
                        "adopts a green procurement plan."
                    ),
                    "ko": "성내 모든 지급시와 자치주가 녹색구매 계획을 수립합니다.",
                    "ja": "省内のすべての地級市と自治州が、グリーン調達計画を策定します。",
                    "zh-hans": "全省各市（州）均制定绿色采购实施方案。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Province-wide training for buyers",
                    "ko": "성 전역 구매 담당자 교육",
                    "ja": "省全域の調達担当職員研修",
                    "zh-hans": "全省采购人员培训",
                },
                "description": {
                    "en": (
                        "Procurement staff from every county took part in green procurement "
                        "training organised by the province."
                    ),
                    "ko": "모든 현의 구매 담당 공무원이 성이 주관한 녹색구매 교육에 참여했습니다.",
                    "ja": (
                        "すべての県の調達担当職員が、省が主催するグリーン調達研修に参加しました。"
                    ),
                    "zh-hans": "全省各县采购人员均参加了省里组织的绿色采购培训。",
                },
                "target_year": 2022,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        # A former member: kept for the record, not listed in the directory.
        "slug": "futian",
        "country": Country.CHINA,
        "level": Level.DISTRICT,
        "status": MembershipStatus.FORMER,
        "joined": date(2019, 5, 7),
        "website": "https://www.szft.gov.cn",
        "population": 1_530_000,
        "latitude": "22.52153",
        "longitude": "114.05514",
        "name": {
            "en": "Futian District, Shenzhen",
            "ko": "선전시 푸톈구",
            "ja": "深圳市福田区",
            "zh-hans": "深圳市福田区",
        },
        "summary": {
            "en": (
                "Futian is a central district of Shenzhen and the seat of the municipal "
                "government. It took part in the network from 2019 to 2022; its green procurement "
                "is now reported through the Shenzhen profile."
            ),
            "ko": (
                "푸톈구는 선전시의 중심 구로, 시 정부 청사가 있는 곳입니다. 2019년부터 2022년까지 "
                "네트워크에 참여했으며, 현재 녹색구매 현황은 선전시 프로필을 통해 소개됩니다."
            ),
            "ja": (
                "福田区は深圳市の中心部にある区で、市政府の所在地です。"
                "2019年から2022年までネットワークに参加し、"
                "現在はグリーン調達の状況を深圳市のプロフィールで紹介しています。"
            ),
            "zh-hans": (
                "福田区是深圳市的中心城区，也是市政府所在地。福田区于2019年至2022年参与网络，"
                "目前其绿色采购情况通过深圳市简介介绍。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Futian District follows Shenzhen's green procurement rules. It tested green "
                "criteria for office renovation works and LED lighting in district buildings."
            ),
            "ko": (
                "푸톈구는 선전시의 녹색구매 규정을 따릅니다. 구는 사무실 리모델링 공사와 구청 건물 "
                "LED 조명에 녹색 기준을 시범 적용했습니다."
            ),
            "ja": (
                "福田区は深圳市のグリーン調達規則に従っています。区では、"
                "事務所の改修工事と区の庁舎のLED照明にグリーン基準を試験的に導入しました。"
            ),
            "zh-hans": (
                "福田区执行深圳市绿色采购规定。区里在办公场所装修工程和区属建筑LED照明中试行了绿色"
                "标准。"
            ),
        },
        "contact_name": "Huang Tao (黄涛)",
        "contact_position": {
            "en": "Procurement Office, Futian District Government",
            "ko": "푸톈구 정부 구매사무소",
            "ja": "福田区政府 調達事務室",
            "zh-hans": "福田区政府采购办公室",
        },
        "contact_email": "gpp@futian.example",
        "contact_phone": "+86 755 5555 0301",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "Green office renovation pilot",
                    "ko": "친환경 사무실 리모델링 시범사업",
                    "ja": "環境配慮型オフィス改修のモデル事業",
                    "zh-hans": "绿色办公装修试点",
                },
                "description": {
                    "en": (
                        "Renovation works in district offices used low-emission paints and "
                        "certified wood products."
                    ),
                    "ko": (
                        "구청 사무실 리모델링 공사에 저방출 페인트와 인증 목재 제품을 사용했습니다."
                    ),
                    "ja": "区の事務所の改修工事で、低放散塗料と認証木材製品を使用しました。",
                    "zh-hans": "区属办公场所装修工程使用了低释放涂料和认证木制品。",
                },
                "target_year": 2021,
                "status": ProgressStatus.ACHIEVED,
            },
            {
                "title": {
                    "en": "LED lighting in district buildings",
                    "ko": "구청 건물 LED 조명",
                    "ja": "区の庁舎のLED照明",
                    "zh-hans": "区属建筑LED照明",
                },
                "description": {
                    "en": "All district buildings switched to LED lighting.",
                    "ko": "모든 구청 건물의 조명을 LED로 교체했습니다.",
                    "ja": "区のすべての庁舎の照明をLEDに切り替えました。",
                    "zh-hans": "区属建筑全部改用LED照明。",
                },
                "target_year": 2020,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "seoul",
        "country": Country.KOREA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2018, 10, 30),
        "website": "https://www.seoul.go.kr",
        "population": 9_390_000,
        "latitude": "37.56654",
        "longitude": "126.97797",
        "name": {"en": "Seoul", "ko": "서울특별시", "ja": "ソウル特別市", "zh-hans": "首尔特别市"},
        "summary": {
            "en": (
                "Seoul, the capital of the Republic of Korea, is a city of about 9.4 million "
                "people and a long-standing member of ICLEI. The Seoul Metropolitan Government has "
                "promoted green purchasing through its own ordinance for many years."
            ),
            "ko": (
                "대한민국의 수도 서울특별시는 인구 약 940만 명의 도시로, 이클레이의 오랜 "
                "회원입니다. 서울시는 오래전부터 자체 조례를 통해 녹색구매를 촉진해 왔습니다."
            ),
            "ja": (
                "大韓民国の首都であるソウル特別市は、人口約940万人の都市で、"
                "イクレイの長年の会員です。ソウル市は独自の条例により、"
                "長年にわたってグリーン購入を推進してきました。"
            ),
            "zh-hans": (
                "首尔特别市是大韩民国的首都，人口约940万，是宜可城的长期会员。"
                "首尔市多年来通过地方条例推动绿色采购。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Seoul's ordinance on promoting the purchase of green products requires city "
                "bodies to buy products with the Korea Eco-Label or the Good Recycled mark "
                "wherever such products exist. The city publishes its green purchasing results "
                "every year and is converting its city buses to electric and hydrogen vehicles."
            ),
            "ko": (
                "서울시 녹색제품 구매 촉진 조례에 따라 시 산하 기관은 환경표지 인증 제품이나 "
                "우수재활용(GR) 인증 제품이 있는 경우 이를 구매해야 합니다. 서울시는 매년 녹색제품 "
                "구매 실적을 공개하며, 시내버스를 전기·수소 버스로 전환하고 있습니다."
            ),
            "ja": (
                "ソウル市のグリーン製品購入促進条例により、市の機関は、"
                "韓国の環境ラベルまたは優良リサイクル（GR）認証を受けた製品がある場合、"
                "それを購入しなければなりません。市は毎年グリーン購入の実績を公表し、"
                "路線バスを電気バスと水素バスに転換しています。"
            ),
            "zh-hans": (
                "根据首尔市促进绿色产品采购条例，凡有获得韩国环境标志或优秀再生产品（GR）"
                "认证的产品，市属机构均须采购此类产品。首尔市每年公布绿色采购实绩，"
                "并正在将市内公交车更换为电动和氢能公交车。"
            ),
        },
        "contact_name": "Kim Ji-yeon (김지연)",
        "contact_position": {
            "en": (
                "Green Purchasing Team, Climate and Environment Headquarters, Seoul Metropolitan "
                "Government"
            ),
            "ko": "서울특별시 기후환경본부 녹색구매팀",
            "ja": "ソウル特別市 気候環境本部 グリーン購入チーム",
            "zh-hans": "首尔特别市气候环境本部绿色采购组",
        },
        "contact_email": "gpp@seoul.example",
        "contact_phone": "+82 2 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "100 % green office paper",
                    "ko": "녹색 사무용지 100% 구매",
                    "ja": "グリーン事務用紙100%",
                    "zh-hans": "绿色办公用纸采购率100%",
                },
                "description": {
                    "en": "All copy paper bought by city bodies carries the Korea Eco-Label.",
                    "ko": "시 기관이 구매하는 모든 복사용지는 환경표지 인증 제품입니다.",
                    "ja": "市の機関が購入するコピー用紙は、すべて韓国の環境ラベル認証製品です。",
                    "zh-hans": "市属机构采购的复印纸全部为获得韩国环境标志认证的产品。",
                },
                "target_year": 2025,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Zero-emission city buses",
                    "ko": "무공해 시내버스 전환",
                    "ja": "路線バスのゼロエミッション化",
                    "zh-hans": "零排放公交车",
                },
                "description": {
                    "en": "Half of Seoul's city buses run on electricity or hydrogen.",
                    "ko": "서울 시내버스의 절반을 전기 또는 수소 버스로 운행합니다.",
                    "ja": "ソウル市の路線バスの半数を電気バスまたは水素バスにします。",
                    "zh-hans": "首尔市一半的市内公交车使用电力或氢能。",
                },
                "target_year": 2030,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "50",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Green products in eligible purchases",
                    "ko": "구매 대상 품목의 녹색제품 구매 비율",
                    "ja": "対象品目に占めるグリーン製品の購入割合",
                    "zh-hans": "适用品目中绿色产品采购比例",
                },
                "description": {
                    "en": (
                        "Where a certified green product exists, city bodies choose it in at least "
                        "90 % of purchases."
                    ),
                    "ko": "인증 녹색제품이 있는 품목은 구매의 90% 이상을 녹색제품으로 선택합니다.",
                    "ja": (
                        "認証されたグリーン製品がある品目では、"
                        "購入の90%以上でグリーン製品を選びます。"
                    ),
                    "zh-hans": "凡有认证绿色产品的品目，至少90%的采购选择绿色产品。",
                },
                "target_year": 2026,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "90",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "suwon",
        "country": Country.KOREA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2019, 2, 14),
        "website": "https://www.suwon.go.kr",
        "population": 1_190_000,
        "latitude": "37.26357",
        "longitude": "127.02860",
        "name": {"en": "Suwon", "ko": "수원시", "ja": "水原市", "zh-hans": "水原市"},
        "summary": {
            "en": (
                "Suwon, the capital of Gyeonggi Province, is home to Hwaseong Fortress, a UNESCO "
                "World Heritage site. With more than a million residents, it became a special city "
                "in 2022."
            ),
            "ko": (
                "경기도청 소재지인 수원시는 유네스코 세계유산 수원 화성이 있는 도시입니다. 인구 "
                "100만 명이 넘는 대도시로서 2022년 특례시가 되었습니다."
            ),
            "ja": (
                "京畿道の道庁所在地である水原市には、ユネスコ世界遺産の水原華城があります。"
                "人口100万人を超える大都市として、2022年に特例市となりました。"
            ),
            "zh-hans": (
                "水原市是京畿道首府，拥有联合国教科文组织世界遗产水原华城。"
                "作为人口超过100万的大城市，水原市于2022年成为特例市。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Suwon gives priority to Korea Eco-Label and low-carbon certified products in city "
                "purchasing and trains the purchasing staff of every department each year. Public "
                "buildings are being refitted with LED lighting and solar panels."
            ),
            "ko": (
                "수원시는 시 구매에서 환경표지 인증 제품과 저탄소 인증 제품을 우선 구매하며, 매년 "
                "모든 부서의 구매 담당자를 교육합니다. 공공건물에는 LED 조명과 태양광 패널을 "
                "설치하고 있습니다."
            ),
            "ja": (
                "水原市は市の調達において、韓国の環境ラベル認証製品と低炭素認証製品を優先し、"
                "毎年すべての部署の購買担当職員に研修を行っています。"
                "公共建築物ではLED照明と太陽光パネルの導入を進めています。"
            ),
            "zh-hans": (
                "水原市在市级采购中优先采购韩国环境标志产品和低碳认证产品，"
                "每年对各部门采购人员进行培训。公共建筑正在改装LED照明并安装太阳能电池板。"
            ),
        },
        "contact_name": "Lee Min-ho (이민호)",
        "contact_position": {
            "en": "Green Purchasing Officer, Climate and Environment Bureau, Suwon",
            "ko": "수원시 기후환경국 녹색구매 담당",
            "ja": "水原市 気候環境局 グリーン購入担当",
            "zh-hans": "水原市气候环境局绿色采购负责人",
        },
        "contact_email": "gpp@suwon.example",
        "contact_phone": "+82 31 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "LED lighting in all public buildings",
                    "ko": "모든 공공건물 LED 조명",
                    "ja": "全公共建築物のLED照明化",
                    "zh-hans": "公共建筑全面LED照明",
                },
                "description": {
                    "en": "Every building owned by the city uses LED lighting.",
                    "ko": "시 소유의 모든 건물에 LED 조명을 사용합니다.",
                    "ja": "市が所有するすべての建物でLED照明を使用します。",
                    "zh-hans": "市属全部建筑均使用LED照明。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Yearly green purchasing training",
                    "ko": "연간 녹색구매 교육",
                    "ja": "グリーン購入研修の毎年実施",
                    "zh-hans": "年度绿色采购培训",
                },
                "description": {
                    "en": (
                        "The purchasing staff of every department are trained on green products "
                        "each year."
                    ),
                    "ko": "매년 모든 부서의 구매 담당자가 녹색제품 교육을 받습니다.",
                    "ja": "毎年、すべての部署の購買担当職員がグリーン製品に関する研修を受けます。",
                    "zh-hans": "各部门采购人员每年接受绿色产品培训。",
                },
                "target_year": 2019,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "gwangju",
        "country": Country.KOREA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2020, 7, 1),
        "website": "https://www.gwangju.go.kr",
        "population": 1_420_000,
        "latitude": "35.15955",
        "longitude": "126.85260",
        "name": {"en": "Gwangju", "ko": "광주광역시", "ja": "光州広域市", "zh-hans": "光州广域市"},
        "summary": {
            "en": (
                "Gwangju is a metropolitan city in the south-west of Korea that has set itself the "
                "goal of carbon neutrality by 2045. It joined the network in 2020."
            ),
            "ko": (
                "광주광역시는 한국 서남부의 광역시로, 2045년 탄소중립을 목표로 하고 있습니다. "
                "2020년 네트워크에 참여했습니다."
            ),
            "ja": (
                "光州広域市は韓国南西部の広域市で、2045年までのカーボンニュートラル達成を目標に"
                "掲げています。2020年にネットワークに参加しました。"
            ),
            "zh-hans": (
                "光州广域市位于韩国西南部，提出了2045年实现碳中和的目标。光州于2020年加入网络。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Gwangju's carbon-neutrality plan includes green public procurement. City bodies "
                "buy Korea Eco-Label products and electric vehicles, and new public buildings must "
                "be certified as zero-energy buildings."
            ),
            "ko": (
                "광주광역시의 탄소중립 계획에는 녹색공공구매가 포함되어 있습니다. 시 기관은 "
                "환경표지 인증 제품과 전기차를 구매하며, 신축 공공건물은 제로에너지건축물 인증을 "
                "받아야 합니다."
            ),
            "ja": (
                "光州広域市のカーボンニュートラル計画には、グリーン公共調達が含まれています。"
                "市の機関は韓国の環境ラベル認証製品と電気自動車を購入し、"
                "新築の公共建築物はゼロエネルギー建築物の認証を取得しなければなりません。"
            ),
            "zh-hans": (
                "光州广域市的碳中和计划包含绿色公共采购。市属机构采购韩国环境标志产品和电动汽车，"
                "新建公共建筑须取得零能耗建筑认证。"
            ),
        },
        "contact_name": "Park Seo-yeon (박서연)",
        "contact_position": {
            "en": "Carbon Neutrality Policy Division, Gwangju Metropolitan City",
            "ko": "광주광역시 탄소중립정책과",
            "ja": "光州広域市 カーボンニュートラル政策課",
            "zh-hans": "光州广域市碳中和政策科",
        },
        "contact_email": "gpp@gwangju.example",
        "contact_phone": "+82 62 5555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Electric vehicles for the city's own fleet",
                    "ko": "시 보유 차량의 전기차 전환",
                    "ja": "市の保有車両の電動化",
                    "zh-hans": "市属车辆电动化",
                },
                "description": {
                    "en": "All cars and vans owned by the city are electric or hydrogen vehicles.",
                    "ko": "시가 보유한 모든 승용차와 승합차를 전기차 또는 수소차로 전환합니다.",
                    "ja": (
                        "市が保有するすべての乗用車とバンを、電気自動車または水素自動車にします。"
                    ),
                    "zh-hans": "市属全部轿车和厢式车更换为电动或氢能汽车。",
                },
                "target_year": 2030,
                "status": ProgressStatus.PLANNED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Zero-energy certification for new public buildings",
                    "ko": "신축 공공건물 제로에너지 인증",
                    "ja": "新築公共建築物のゼロエネルギー認証",
                    "zh-hans": "新建公共建筑零能耗认证",
                },
                "description": {
                    "en": (
                        "New public buildings are certified as zero-energy buildings before they "
                        "open."
                    ),
                    "ko": "신축 공공건물은 개관 전에 제로에너지건축물 인증을 받습니다.",
                    "ja": "新築の公共建築物は、開館前にゼロエネルギー建築物の認証を取得します。",
                    "zh-hans": "新建公共建筑在投入使用前取得零能耗建筑认证。",
                },
                "target_year": 2025,
                "status": ProgressStatus.IN_PROGRESS,
            },
        ],
    },
    {
        "slug": "dobong",
        "country": Country.KOREA,
        "level": Level.DISTRICT,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2021, 4, 22),
        "website": "https://www.dobong.go.kr",
        "population": 310_000,
        "latitude": "37.66877",
        "longitude": "127.04710",
        "name": {
            "en": "Dobong District, Seoul",
            "ko": "서울특별시 도봉구",
            "ja": "ソウル特別市道峰区",
            "zh-hans": "首尔特别市道峰区",
        },
        "summary": {
            "en": (
                "Dobong is a district in the north of Seoul at the foot of Bukhansan National "
                "Park. One of Seoul's most active districts on climate action, it joined the "
                "network in 2021."
            ),
            "ko": (
                "도봉구는 북한산국립공원 자락에 자리한 서울 북부의 자치구입니다. 서울에서 기후 "
                "행동에 가장 적극적인 자치구 중 하나로, 2021년 네트워크에 참여했습니다."
            ),
            "ja": (
                "道峰区は、北漢山国立公園のふもとに位置するソウル北部の自治区です。"
                "ソウルで気候変動対策に最も積極的な区の一つで、2021年にネットワークに参加しました。"
            ),
            "zh-hans": (
                "道峰区位于首尔北部，地处北汉山国立公园脚下。"
                "作为首尔在气候行动方面最积极的自治区之一，道峰区于2021年加入网络。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Dobong District buys Korea Eco-Label products for its offices and community "
                "centres and serves eco-friendly agricultural products in public meals. Single-use "
                "items are no longer used at district events."
            ),
            "ko": (
                "도봉구는 구청과 주민센터에서 환경표지 인증 제품을 구매하고, 공공급식에는 친환경 "
                "농산물을 사용합니다. 구 주최 행사에서는 일회용품을 사용하지 않습니다."
            ),
            "ja": (
                "道峰区は区庁や住民センターで韓国の環境ラベル認証製品を購入し、"
                "公共給食には環境にやさしい農産物を使用しています。"
                "区の主催行事では使い捨て用品を使用していません。"
            ),
            "zh-hans": (
                "道峰区在区厅和居民中心采购韩国环境标志产品，公共餐食使用环境友好型农产品。"
                "区里主办的活动不再使用一次性用品。"
            ),
        },
        "contact_name": "Choi Eun-ji (최은지)",
        "contact_position": {
            "en": "Climate and Environment Division, Dobong District Office",
            "ko": "도봉구청 기후환경과",
            "ja": "道峰区庁 気候環境課",
            "zh-hans": "道峰区厅气候环境科",
        },
        "contact_email": "gpp@dobong.example",
        "contact_phone": "+82 2 5555 0201",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "Eco-friendly food in public meals",
                    "ko": "공공급식 친환경 농산물 사용",
                    "ja": "公共給食での環境にやさしい農産物の使用",
                    "zh-hans": "公共餐食使用环境友好型农产品",
                },
                "description": {
                    "en": (
                        "Most of the agricultural products served in school and public meals are "
                        "certified eco-friendly."
                    ),
                    "ko": (
                        "학교 및 공공급식에 사용하는 농산물의 대부분을 친환경 인증 농산물로 "
                        "사용합니다."
                    ),
                    "ja": (
                        "学校給食と公共給食で使う農産物の大部分を、"
                        "環境にやさしい認証農産物にします。"
                    ),
                    "zh-hans": "学校和公共餐食所用农产品大部分为获得环境友好认证的农产品。",
                },
                "target_year": 2026,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "70",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Events without single-use items",
                    "ko": "일회용품 없는 행사",
                    "ja": "使い捨て用品を使わないイベント",
                    "zh-hans": "无一次性用品活动",
                },
                "description": {
                    "en": "District events use reusable cups, tableware and banners.",
                    "ko": "구 행사에서는 다회용 컵, 식기, 현수막을 사용합니다.",
                    "ja": "区のイベントでは、繰り返し使えるカップ、食器、横断幕を使用します。",
                    "zh-hans": "区里活动使用可重复使用的杯子、餐具和横幅。",
                },
                "target_year": 2023,
                "status": ProgressStatus.ACHIEVED,
            },
        ],
    },
    {
        "slug": "kyoto",
        "country": Country.JAPAN,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2019, 1, 23),
        "website": "https://www.city.kyoto.lg.jp",
        "population": 1_440_000,
        "latitude": "35.01164",
        "longitude": "135.76803",
        "name": {"en": "Kyoto", "ko": "교토시", "ja": "京都市", "zh-hans": "京都市"},
        "summary": {
            "en": (
                "Kyoto, where the Kyoto Protocol was adopted in 1997, has declared the aim of "
                "net-zero carbon dioxide emissions by 2050. The city takes part in the network to "
                "share its long experience of green purchasing with other East Asian cities."
            ),
            "ko": (
                "1997년 교토의정서가 채택된 교토시는 2050년까지 이산화탄소 순배출 제로를 "
                "달성하겠다고 선언했습니다. 오랜 녹색구매 경험을 동아시아 도시들과 나누기 위해 "
                "네트워크에 참여하고 있습니다."
            ),
            "ja": (
                "1997年に京都議定書が採択された京都市は、"
                "2050年までに二酸化炭素排出量の正味ゼロを目指すことを表明しています。"
                "長年のグリーン購入の経験を東アジアの都市と共有するため、"
                "ネットワークに参加しています。"
            ),
            "zh-hans": (
                "京都市是1997年《京都议定书》的通过地，已宣布到2050年实现二氧化碳净零排放的目标。"
                "京都市参与网络，与东亚其他城市分享其长期开展绿色采购的经验。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Under Japan's Act on Promoting Green Purchasing, Kyoto adopts a green purchasing "
                "policy every year that sets criteria for paper, office supplies, vehicles and "
                "services. The city prefers Eco Mark products and publishes the share of green "
                "purchases of each department."
            ),
            "ko": (
                "교토시는 일본의 그린구매법에 따라 매년 종이류, 사무용품, 자동차, 용역 등의 기준을 "
                "정한 녹색구매 방침을 수립합니다. 에코마크 인증 제품을 우선 구매하며, 부서별 "
                "녹색구매 비율을 공개합니다."
            ),
            "ja": (
                "京都市は、グリーン購入法に基づき、紙類、文具類、自動車、"
                "役務などの判断の基準を定めたグリーン購入の方針を毎年策定しています。"
                "エコマーク認定商品を優先し、部局ごとのグリーン購入率を公表しています。"
            ),
            "zh-hans": (
                "京都市依据日本《绿色采购法》，每年制定绿色采购方针，规定纸类、办公用品、"
                "车辆和服务等的采购标准。京都市优先采购生态标志（Eco Mark）认证产品，"
                "并公布各部门的绿色采购比例。"
            ),
        },
        "contact_name": "Yamamoto Aya (山本彩)",
        "contact_position": {
            "en": (
                "Global Warming Countermeasures Office, Environmental Policy Bureau, City of Kyoto"
            ),
            "ko": "교토시 환경정책국 지구온난화대책실",
            "ja": "京都市 環境政策局 地球温暖化対策室",
            "zh-hans": "京都市环境政策局全球变暖对策室",
        },
        "contact_email": "gpp@kyoto.example",
        "contact_phone": "+81 75 555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Green purchasing for all designated items",
                    "ko": "지정 품목 녹색구매 100%",
                    "ja": "特定調達品目のグリーン購入100%",
                    "zh-hans": "指定品目绿色采购率100%",
                },
                "description": {
                    "en": (
                        "Every purchase of an item covered by the city's green purchasing policy "
                        "meets its criteria."
                    ),
                    "ko": (
                        "시의 녹색구매 방침 대상 품목은 모두 기준을 충족하는 제품으로 구매합니다."
                    ),
                    "ja": (
                        "市のグリーン購入方針の対象品目は、"
                        "すべて判断の基準を満たす製品を購入します。"
                    ),
                    "zh-hans": "凡属本市绿色采购方针所列品目，全部采购符合标准的产品。",
                },
                "target_year": 2024,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Renewable electricity for city facilities",
                    "ko": "시 시설 재생에너지 전력 사용",
                    "ja": "市施設の再生可能エネルギー電力化",
                    "zh-hans": "市属设施使用可再生能源电力",
                },
                "description": {
                    "en": "City facilities buy all their electricity from renewable sources.",
                    "ko": "시 시설에서 사용하는 전력을 모두 재생에너지 전력으로 구매합니다.",
                    "ja": (
                        "市の施設で使う電力を、すべて再生可能エネルギー由来の電力に切り替えます。"
                    ),
                    "zh-hans": "市属设施所用电力全部采购可再生能源电力。",
                },
                "target_year": 2030,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "yokohama",
        "country": Country.JAPAN,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2019, 5, 28),
        "website": "https://www.city.yokohama.lg.jp",
        "population": 3_770_000,
        "latitude": "35.44372",
        "longitude": "139.63800",
        "name": {"en": "Yokohama", "ko": "요코하마시", "ja": "横浜市", "zh-hans": "横滨市"},
        "summary": {
            "en": (
                "Yokohama, with about 3.7 million residents, is Japan's largest municipality and "
                "an SDGs Future City. It joined the network in 2019 and shares its work on green "
                "purchasing and renewable energy."
            ),
            "ko": (
                "인구 약 370만 명의 요코하마시는 일본에서 가장 큰 기초자치단체이자 SDGs "
                "미래도시입니다. 2019년 네트워크에 참여해 녹색구매와 재생에너지 관련 경험을 "
                "공유하고 있습니다."
            ),
            "ja": (
                "人口約370万人の横浜市は、日本最大の市であり、SDGs未来都市にも選定されています。"
                "2019年にネットワークに参加し、グリーン購入や再生可能エネルギーの取組を"
                "共有しています。"
            ),
            "zh-hans": (
                "横滨市人口约370万，是日本人口最多的市，也是“SDGs未来城市”。"
                "横滨市于2019年加入网络，分享其在绿色采购和可再生能源方面的做法。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Yokohama's green purchasing policy covers more than 20 product groups, from copy "
                "paper to public works materials, and gives priority to Eco Mark products. The "
                "city has replaced its street lights with LEDs and buys renewable electricity for "
                "its facilities."
            ),
            "ko": (
                "요코하마시의 녹색구매 방침은 복사용지부터 공공 공사 자재까지 20개 이상의 품목군을 "
                "대상으로 하며, 에코마크 제품을 우선합니다. 시는 가로등을 LED로 교체했으며, "
                "시설에서 사용할 재생에너지 전력을 구매하고 있습니다."
            ),
            "ja": (
                "横浜市のグリーン購入の方針は、コピー用紙から公共工事資材まで20以上の分野を対象とし"
                "、エコマーク商品を優先しています。市は道路照明灯をLEDに切り替え、"
                "施設で使う再生可能エネルギー電力を調達しています。"
            ),
            "zh-hans": (
                "横滨市绿色采购方针涵盖从复印纸到公共工程材料的20多个产品类别，"
                "优先采购生态标志（Eco Mark）产品。横滨市已将路灯更换为LED，"
                "并为市属设施采购可再生能源电力。"
            ),
        },
        "contact_name": "Suzuki Kenta (鈴木健太)",
        "contact_position": {
            "en": "Climate Change Policy Headquarters, City of Yokohama",
            "ko": "요코하마시 온난화대책총괄본부",
            "ja": "横浜市 温暖化対策統括本部",
            "zh-hans": "横滨市全球变暖对策统括本部",
        },
        "contact_email": "gpp@yokohama.example",
        "contact_phone": "+81 45 555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "LED street lights",
                    "ko": "LED 가로등",
                    "ja": "道路照明灯のLED化",
                    "zh-hans": "路灯LED化",
                },
                "description": {
                    "en": "All street lights managed by the city use LEDs.",
                    "ko": "시가 관리하는 모든 가로등에 LED를 사용합니다.",
                    "ja": "市が管理する道路照明灯をすべてLEDにします。",
                    "zh-hans": "市管全部路灯均采用LED。",
                },
                "target_year": 2024,
                "status": ProgressStatus.ACHIEVED,
                "target_value": "100",
                "unit": "%",
            },
            {
                "title": {
                    "en": "Renewable electricity for major facilities",
                    "ko": "주요 시설의 재생에너지 전력 사용",
                    "ja": "主要施設への再生可能エネルギー電力の導入",
                    "zh-hans": "主要设施使用可再生能源电力",
                },
                "description": {
                    "en": "The city hall, ward offices and schools run on renewable electricity.",
                    "ko": "시청, 구청, 학교가 재생에너지 전력을 사용합니다.",
                    "ja": "市庁舎、区役所、学校で再生可能エネルギー電力を使用します。",
                    "zh-hans": "市政府大楼、各区役所和学校使用可再生能源电力。",
                },
                "target_year": 2030,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "100",
                "unit": "%",
            },
        ],
    },
    {
        "slug": "kitakyushu",
        "country": Country.JAPAN,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.PARTICIPANT,
        "joined": date(2020, 10, 15),
        "website": "https://www.city.kitakyushu.lg.jp",
        "population": 920_000,
        "latitude": "33.88341",
        "longitude": "130.87518",
        "name": {"en": "Kitakyushu", "ko": "기타큐슈시", "ja": "北九州市", "zh-hans": "北九州市"},
        "summary": {
            "en": (
                "Kitakyushu turned from a polluted industrial city into a model environmental city "
                "and leads many international cooperation projects. It has taken part in the "
                "network since 2020."
            ),
            "ko": (
                "기타큐슈시는 공해로 고통받던 공업 도시에서 환경 모델 도시로 거듭났으며, 다양한 "
                "국제 협력 사업을 이끌고 있습니다. 2020년부터 네트워크에 참여하고 있습니다."
            ),
            "ja": (
                "北九州市は、公害に苦しんだ工業都市から環境モデル都市へと生まれ変わり、"
                "多くの国際協力事業を進めています。2020年からネットワークに参加しています。"
            ),
            "zh-hans": (
                "北九州市从饱受污染的工业城市转型为环境模范城市，并主导了众多国际合作项目。"
                "北九州市自2020年起参与网络。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Kitakyushu buys Eco Mark and recycled products, including products made at the "
                "recycling plants of the Kitakyushu Eco-Town. The city installs solar panels and "
                "storage batteries on schools and other public facilities."
            ),
            "ko": (
                "기타큐슈시는 기타큐슈 에코타운의 재활용 공장에서 만든 제품을 비롯해 에코마크 "
                "제품과 재활용 제품을 구매합니다. 시는 학교 등 공공시설에 태양광 패널과 축전지를 "
                "설치하고 있습니다."
            ),
            "ja": (
                "北九州市は、北九州エコタウンのリサイクル工場で製造された製品をはじめ、"
                "エコマーク商品や再生品を購入しています。"
                "市は学校などの公共施設に太陽光パネルと蓄電池を設置しています。"
            ),
            "zh-hans": (
                "北九州市采购生态标志（Eco Mark）产品和再生产品，"
                "其中包括北九州生态城回收工厂生产的产品。"
                "市里还在学校等公共设施安装太阳能电池板和储能电池。"
            ),
        },
        "contact_name": "Tanaka Yui (田中結衣)",
        "contact_position": {
            "en": "Environment Bureau, City of Kitakyushu",
            "ko": "기타큐슈시 환경국",
            "ja": "北九州市 環境局",
            "zh-hans": "北九州市环境局",
        },
        "contact_email": "gpp@kitakyushu.example",
        "contact_phone": "+81 93 555 0101",
        "publish_contact": True,
        "commitments": [
            {
                "title": {
                    "en": "Solar power on city facilities",
                    "ko": "시 시설 태양광 발전",
                    "ja": "市施設への太陽光発電の導入",
                    "zh-hans": "市属设施太阳能发电",
                },
                "description": {
                    "en": (
                        "Solar panels on schools and other public facilities reach a combined "
                        "capacity of 20 MW."
                    ),
                    "ko": "학교와 공공시설에 설치한 태양광 패널의 총 용량을 20MW까지 늘립니다.",
                    "ja": "学校などの公共施設に設置する太陽光パネルの合計出力を20MWにします。",
                    "zh-hans": "学校等公共设施安装的太阳能电池板总装机容量达到20兆瓦。",
                },
                "target_year": 2030,
                "status": ProgressStatus.IN_PROGRESS,
                "target_value": "20",
                "unit": "MW",
            },
            {
                "title": {
                    "en": "Recycled products from Eco-Town companies",
                    "ko": "에코타운 기업의 재활용 제품 구매",
                    "ja": "エコタウン企業の再生品の購入",
                    "zh-hans": "采购生态城企业的再生产品",
                },
                "description": {
                    "en": (
                        "The city lists products of Eco-Town recycling companies in its green "
                        "purchasing catalogue."
                    ),
                    "ko": "시는 에코타운 재활용 기업의 제품을 녹색구매 목록에 등재합니다.",
                    "ja": (
                        "市はエコタウンのリサイクル企業の製品をグリーン購入のカタログに掲載します。"
                    ),
                    "zh-hans": "市里将生态城回收企业的产品列入绿色采购目录。",
                },
                "target_year": 2026,
                "status": ProgressStatus.PLANNED,
            },
        ],
    },
    {
        "slug": "ulaanbaatar",
        "country": Country.MONGOLIA,
        "level": Level.MUNICIPALITY,
        "status": MembershipStatus.OBSERVER,
        "joined": date(2024, 3, 12),
        "website": "https://ulaanbaatar.mn",
        "population": 1_690_000,
        "latitude": "47.88639",
        "longitude": "106.90574",
        "name": {
            "en": "Ulaanbaatar",
            "ko": "울란바토르시",
            "ja": "ウランバートル市",
            "zh-hans": "乌兰巴托市",
        },
        "summary": {
            "en": (
                "Ulaanbaatar, the capital of Mongolia, is home to almost half of the country's "
                "population. The city follows the network as an observer while it prepares its "
                "first green procurement guideline."
            ),
            "ko": (
                "몽골의 수도 울란바토르시에는 전체 인구의 절반 가까이가 살고 있습니다. 시는 첫 "
                "녹색구매 지침을 준비하면서 옵서버로 네트워크에 함께하고 있습니다."
            ),
            "ja": (
                "モンゴルの首都ウランバートル市には、国の人口のほぼ半数が暮らしています。"
                "初めてのグリーン調達ガイドラインを準備しながら、"
                "オブザーバーとしてネットワークに参加しています。"
            ),
            "zh-hans": (
                "乌兰巴托市是蒙古国首都，全国近一半人口居住于此。"
                "乌兰巴托市正在编制首部绿色采购指南，并以观察员身份参与网络。"
            ),
        },
        "gpp_policy": {
            "en": (
                "Ulaanbaatar is preparing green criteria for the procurement of heating stoves, "
                "insulation and public buses as part of its plan to reduce winter air pollution. "
                "Staff of the city's procurement agency have taken part in training by ICLEI East "
                "Asia."
            ),
            "ko": (
                "울란바토르시는 겨울철 대기오염 저감 계획의 일환으로 난방 스토브, 단열재, 공공버스 "
                "구매에 적용할 녹색 기준을 마련하고 있습니다. 시 조달청 직원들은 이클레이 동아시아 "
                "본부의 교육에 참여했습니다."
            ),
            "ja": (
                "ウランバートル市は、冬季の大気汚染を減らす計画の一環として、暖房用ストーブ、"
                "断熱材、公共バスの調達に関するグリーン基準を準備しています。市の調達機関の職員は、"
                "イクレイ東アジア事務局の研修に参加しました。"
            ),
            "zh-hans": (
                "乌兰巴托市正在为采暖炉具、保温材料和公交车的采购制定绿色标准，"
                "作为减少冬季空气污染计划的一部分。"
                "市采购机构的工作人员参加了宜可城东亚秘书处组织的培训。"
            ),
        },
        "contact_name": "Oyunbileg Batbayar",
        "contact_position": {
            "en": "Capital City Procurement Agency",
            "ko": "울란바토르시 조달청",
            "ja": "ウランバートル市 調達庁",
            "zh-hans": "乌兰巴托市采购局",
        },
        "contact_email": "gpp@ulaanbaatar.example",
        "contact_phone": "+976 11 5555 0101",
        "publish_contact": False,
        "commitments": [
            {
                "title": {
                    "en": "First green procurement guideline",
                    "ko": "첫 녹색구매 지침 수립",
                    "ja": "初のグリーン調達ガイドラインの策定",
                    "zh-hans": "制定首部绿色采购指南",
                },
                "description": {
                    "en": "The city adopts green criteria for the ten product groups it buys most.",
                    "ko": "시가 가장 많이 구매하는 10개 품목군에 대한 녹색 기준을 채택합니다.",
                    "ja": "市が最も多く購入する10の製品分野について、グリーン基準を採択します。",
                    "zh-hans": "针对本市采购量最大的十类产品制定绿色标准。",
                },
                "target_year": 2026,
                "status": ProgressStatus.PLANNED,
            },
            {
                "title": {
                    "en": "Energy-efficient insulation in schools and kindergartens",
                    "ko": "학교와 유치원의 고효율 단열",
                    "ja": "学校と幼稚園の高効率断熱化",
                    "zh-hans": "学校和幼儿园节能保温改造",
                },
                "description": {
                    "en": (
                        "Insulation works in public schools and kindergartens follow "
                        "energy-efficiency criteria."
                    ),
                    "ko": "공립 학교와 유치원의 단열 공사에 에너지효율 기준을 적용합니다.",
                    "ja": "公立学校と幼稚園の断熱工事に省エネ基準を適用します。",
                    "zh-hans": "公立学校和幼儿园的保温改造工程执行节能标准。",
                },
                "target_year": 2028,
                "status": ProgressStatus.PLANNED,
            },
        ],
    },
]

# Sample accounts of officials; each speaks the language of their country.
OFFICIALS = [
    {
        "email": OFFICIAL_EMAIL,
        "first_name": "Wei",
        "last_name": "Li",
        "government": "beijing",
        "position": "北京市财政局政府采购处 绿色采购专员",
        "phone": "+86 10 5555 0102",
        "language": "zh-hans",
    },
    {
        "email": "official@guiyang.example",
        "first_name": "Xiaoyan",
        "last_name": "Wu",
        "government": "guiyang",
        "position": "贵阳市财政局政府采购科 科员",
        "phone": "+86 851 5555 0102",
        "language": "zh-hans",
    },
    {
        "email": "official@seoul.example",
        "first_name": "Hyun-woo",
        "last_name": "Jung",
        "government": "seoul",
        "position": "서울특별시 기후환경본부 녹색구매팀 주무관",
        "phone": "+82 2 5555 0102",
        "language": "ko",
    },
    {
        "email": "official@suwon.example",
        "first_name": "Min-ho",
        "last_name": "Lee",
        "government": "suwon",
        "position": "수원시 기후환경국 녹색구매 담당",
        "phone": "+82 31 5555 0101",
        "language": "ko",
    },
    {
        "email": "official@kyoto.example",
        "first_name": "Aya",
        "last_name": "Yamamoto",
        "government": "kyoto",
        "position": "京都市 環境政策局 地球温暖化対策室 係長",
        "phone": "+81 75 555 0101",
        "language": "ja",
    },
    {
        "email": "official@yokohama.example",
        "first_name": "Kenta",
        "last_name": "Suzuki",
        "government": "yokohama",
        "position": "横浜市 温暖化対策統括本部 担当係長",
        "phone": "+81 45 555 0102",
        "language": "ja",
    },
]


def columns(record: dict, translated: list[str]) -> dict:
    """Model field values of a record: each translated text becomes one column per language."""
    values = {}
    for name, value in record.items():
        if name in translated:
            for code, text in value.items():
                values[build_localized_fieldname(name, code)] = text
        else:
            values[name] = value
    return values


def load(stdout) -> None:
    for record in GOVERNMENTS:
        record = dict(record)
        slug, commitments = record.pop("slug"), record.pop("commitments")
        record["summary"] = {
            code: text + SAMPLE_NOTE[code] for code, text in record["summary"].items()
        }
        government, _created = MemberGovernment.objects.update_or_create(
            slug=slug, defaults=columns(record, GOVERNMENT_TRANSLATED)
        )
        for commitment in commitments:
            values = {"target_value": None, "unit": ""} | columns(commitment, COMMITMENT_TRANSLATED)
            Commitment.objects.update_or_create(
                government=government, title_en=values["title_en"], defaults=values
            )

    User = get_user_model()
    for record in OFFICIALS:
        record = dict(record)
        email = record.pop("email")
        user, created = User.objects.update_or_create(
            email=email,
            defaults={"first_name": record.pop("first_name"), "last_name": record.pop("last_name")},
        )
        if created:
            user.set_password(OFFICIAL_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        record["government"] = MemberGovernment.objects.get(slug=record["government"])
        Official.objects.update_or_create(user=user, defaults=record)

    with translation.override("en"):
        edit_url = reverse("members:edit", args=["beijing"])
    stdout.write(
        f"Official account: {OFFICIAL_EMAIL} / {OFFICIAL_PASSWORD} "
        f"(edits the profile of Beijing at {edit_url})"
    )
