# 아시아 명품 가상 컬렉션 인터페이스의 한국어 번역입니다.
# 영어판(en.ftl)을 원본으로 삼아 번역했습니다.
#
# Fluent 문법(https://projectfluent.org/fluent/guide/). 자리 표시자는
# { $name } 형식으로 쓰며, 번역에서도 같은 자리 표시자를 유지합니다. 한국어에는
# 복수형이 없으므로 복수 선택자 없이 한 문장으로 씁니다.


## 모든 페이지의 공통 틀.

site-name = 아시아 명품 가상 컬렉션
site-short-name = VCM
network-name = 아시아·유럽 박물관 네트워크
needs-javascript = 아시아 명품 가상 컬렉션을 이용하려면 JavaScript가 필요합니다.
skip-to-content = 본문 바로가기
nav-label = 주 메뉴
nav-collection = 컬렉션
nav-museums = 박물관
nav-search = 검색
nav-timeline = 연표
language-menu = 언어
footer-about = 아시아 명품 가상 컬렉션은 아시아·유럽 박물관 네트워크의 회원 박물관이 선정한 작품을 한데 모은 곳으로, 작품마다 그것이 왜 명품인지에 대한 소장 박물관의 설명이 함께 실려 있습니다.
footer-network = 아시아·유럽 박물관 네트워크(ASEMUS)의 사업입니다.
footer-rights = 각 자료에는 고유한 이용 권리 표시가 있습니다.
footer-api = 협력 기관용 API

## 상태.

loading = 불러오는 중…
error-title = 문제가 발생했습니다
error-network = 컬렉션에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.
error-unreadable = 서버가 읽을 수 없는 응답을 보냈습니다.
error-invalid-title = 올바르지 않은 요청입니다
try-again = 다시 시도
not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 이 주소에는 아무것도 없습니다. 링크가 잘못 입력되었거나 페이지가 이동했을 수 있습니다.
work-not-found-title = 작품을 찾을 수 없습니다
work-not-found-text = 이 주소로 게시된 작품이 없습니다. 소장 박물관에서 작품을 철회했을 수 있습니다.
museum-not-found-title = 박물관을 찾을 수 없습니다
museum-not-found-text = 이 주소의 회원 박물관이 없습니다.
country-not-found-title = 국가를 찾을 수 없습니다
country-not-found-text = 네트워크 목록에 이 코드의 국가가 없습니다.
back-home = 홈으로 가기
browse-collection = 컬렉션 둘러보기

## 홈.

home-heading = 아시아와 유럽 박물관의 명품
home-lead = 아시아·유럽 박물관 네트워크의 회원 박물관이 선정한 작품을, 왜 명품인지에 대한 각 박물관의 설명과 함께 소개합니다.
masterpiece-of-the-day = 오늘의 명품
discover-this-work = 작품 살펴보기
featured = 주요 명품
featured-empty = 아직 게시된 작품이 없습니다.
explore-by-country = 국가별로 보기
explore-by-museum = 박물관별로 보기
explore-by-type = 작품 유형별로 보기
all-museums = 전체 박물관
view-whole-collection = 전체 컬렉션 보기
explore-timeline = 연표로 컬렉션 살펴보기

## 컬렉션.

collection-title = 컬렉션
collection-lead = 박물관, 원산국, 작품 유형, 연대별로 명품을 골라 볼 수 있습니다. 화면마다 고유한 주소가 있어 다른 사람과 공유할 수 있습니다.
filters = 필터
filter-museum = 박물관
filter-country = 원산국
filter-type = 작품 유형
filter-year-from = 시작 연도
filter-year-to = 종료 연도
year-hint = 기원전 연도는 음수로 입력합니다. 예를 들어 −500은 기원전 500년입니다.
any-museum = 전체 박물관
any-country = 전체 국가
any-type = 전체 유형
apply-filters = 적용
clear-filters = 필터 모두 지우기
load-more-works = 작품 더 보기
loading-more = 더 불러오는 중…
end-of-results = 목록의 끝입니다.
no-works-title = 조건에 맞는 작품이 없습니다
no-works-text = 필터를 하나 해제하거나 연대 범위를 넓혀 보세요.

## 작품.

no-image = 이미지 없음
no-image-of-work = 아직 이 작품의 이미지가 없습니다
original-title = 원제
why-masterpiece = 명품으로 꼽는 이유
description = 설명
in-english = 영어
in-original-language = 원어
about-this-work = 작품 정보
field-museum = 소장 박물관
field-makers = 제작자
field-object-type = 작품 유형
field-origin = 원산국
field-culture = 문화
field-period = 시대
field-date = 연대
field-years = 연대 범위
field-materials = 재질
field-technique = 기법
field-dimensions = 크기
field-inventory = 소장품 번호
field-credit = 출처 표기
field-rights = 이용 권리
more-from-museum = { $museum }의 다른 작품
held-by = 소장처

## 박물관.

museums-title = 회원 박물관
museums-lead = 컬렉션에 명품을 제공하는 네트워크 회원 박물관입니다.
filter-museum-country = 국가
no-museums-title = 아직 박물관이 없습니다
no-museums-text = 아직 이 국가에 있는 회원 박물관이 없습니다.
load-more-museums = 박물관 더 보기
member-since = { $year }년 가입
visit-website = 박물관 웹사이트 방문
field-location = 위치
field-membership = 회원 자격
museum-works = 컬렉션에 실린 명품
browse-museum-works = 컬렉션에서 이 박물관의 작품 보기
museum-no-works = 이 박물관은 아직 게시한 작품이 없습니다.

## 국가.

country-works = { $country }의 작품
country-museums = { $country }의 박물관
country-no-works = 아직 이 국가에서 온 게시 작품이 없습니다.
country-no-museums = 아직 이 국가에 있는 회원 박물관이 없습니다.
asem-member = ASEM 회원국
browse-country-works = 컬렉션에서 이 국가의 작품 보기

## 검색창.

search-label = 컬렉션 검색
search-placeholder = 제목, 제작자, 장소, 재질…
search-button = 검색
suggestions-label = 추천 검색어
suggestions-hint = 위아래 화살표 키로 고른 다음 Enter 키를 누르세요.
home-search-hint = 어떤 언어나 문자로든 검색할 수 있습니다. 예:

## 검색 페이지.

search-title = 컬렉션 검색
search-lead = 모든 명품을 어떤 언어나 문자로든 검색한 뒤 결과를 좁혀 보세요. 검색마다 고유한 주소가 있어 다른 사람과 공유할 수 있습니다.
search-results-heading = 검색 결과
search-title-for = “{ $q }” — 검색
quoted = “{ $q }”
results-for = “{ $q }” 검색 결과
show-filters = 필터
filters-active = { $n }개 적용 중
facets-heading = 결과 좁히기
show-fewer = 접기
years-legend = 연대
apply-years = 연대 적용
active-filters = 적용된 필터
remove-filter = { $filter } 필터 해제
clear-all = 모두 지우기
chip-year-from = { $year }년부터
chip-year-to = { $year }년까지
sort-label = 정렬
results-shown-of = 전체 { $total }점 중 { $shown }점 표시
no-results-title = 작품을 찾을 수 없습니다
no-results-text = 아직 컬렉션에 이 검색어와 일치하는 작품이 없습니다.
try-heading = 이렇게 해 보세요
try-remove-filter = 필터 해제:
try-spelling = 철자를 확인하거나, 단어 수를 줄이거나 더 일반적인 단어로 검색해 보세요.
try-search-all = 필터 없이 “{ $q }” 검색
try-scripts = 이름을 다른 문자나 표기로 검색해 보세요:
try-browse = 전체 작품 둘러보기
remove-bad-parameter = “{ $param }” 없이 검색
view-on-timeline = 이 작품들을 연표에서 보기

## 연표.

timeline-title = 연표
timeline-lead = 세기와 원산 지역별로 본 컬렉션입니다. 막대를 선택하면 해당 작품을 볼 수 있습니다.
timeline-chart = 세기·원산 지역별 작품
timeline-scroll = 차트(좌우로 스크롤할 수 있음)
timeline-legend = 지역
timeline-bar = { $century } { $region }: { $count }점
timeline-table = 수치를 표로 보기
timeline-gap = { $from }부터 { $to }까지 작품 없음
timeline-century = 세기
timeline-total = 합계
timeline-empty-title = 연표에 표시할 작품이 없습니다
timeline-empty-text = 이 검색과 일치하는 작품 가운데 연대가 있는 작품이 없습니다.
timeline-filtered = 다음 조건에 맞는 작품을 표시합니다:
timeline-as-list = 이 작품들을 목록으로 보기
timeline-scale-note = 작품은 추정되는 가장 이른 연대가 속한 세기에 배치됩니다.
# 세기: $n은 세기를 나타내는 숫자(1800–1899년은 19, 기원전 300–201년은 3),
# $roman은 같은 수를 로마 숫자로 쓴 것(XIX)으로 세기를 로마 숫자로 쓰는 언어에서
# 사용합니다. 짧은 형식은 연표 축의 눈금 이름으로 쓰입니다.
century-ce = { $n }세기
century-bce = 기원전 { $n }세기
century-short-ce = { $n }세기
century-short-bce = 기원전 { $n }세기

## 작품 상세.

related-works = 관련 작품

## 로그인과 로그아웃.

sign-in = 로그인
signing-in = 로그인 중…
sign-out = 로그아웃
signed-in-as = 로그인 계정
nav-partner = 박물관 대시보드
sign-in-title = 로그인
sign-in-lead = 회원 박물관 편집자와 네트워크 사무국을 위한 로그인입니다. 방문객은 계정 없이도 컬렉션을 둘러볼 수 있습니다.
sign-in-first-title = 로그인해 주세요
sign-in-first-text = 이 페이지는 회원 박물관 편집자용입니다. 계속하려면 로그인하세요.
already-signed-in = { $name } 계정으로 로그인되어 있습니다.
login-invalid-title = 이메일 주소 또는 비밀번호가 올바르지 않습니다
login-invalid-text = 둘 다 확인한 후 다시 시도해 주세요. 비밀번호를 잊으셨다면 새 비밀번호를 설정할 수 있습니다.
too-many-title = 시도 횟수가 너무 많습니다
too-many-text = 계정 보호를 위해 로그인이 일시 중지되었습니다. { $minutes }분 후에 다시 시도하거나 “비밀번호를 잊으셨나요?”에서 새 비밀번호를 설정하세요.
forgot-password = 비밀번호를 잊으셨나요?
back-to-sign-in = 로그인으로 돌아가기

## 입력 양식.

required-mark = (필수)
required-note = (필수) 표시가 있는 항목은 반드시 입력해야 합니다.
problem-prefix = 문제:
cancel = 취소
saving = 저장 중…
sending = 보내는 중…
creating = 만드는 중…
field-email = 이메일 주소
field-password = 비밀번호
field-name = 이름
field-role = 역할
field-current-password = 현재 비밀번호
field-new-password = 새 비밀번호
field-repeat-password = 새 비밀번호 확인
email-required = 이메일 주소를 입력하세요.
email-invalid = name@museum.org와 같은 형식으로 이메일 주소를 입력하세요.
password-required = 비밀번호를 입력하세요.
password-hint = 12자 이상이어야 합니다. 서로 관련 없는 단어 몇 개를 이어 쓰면 기억하기 쉬우면서도 안전한 비밀번호가 됩니다.
password-too-short = { $n }자 이상이어야 합니다.
password-too-long = { $n }자 이하여야 합니다.
passwords-differ = 새 비밀번호 두 개가 일치하지 않습니다.
too-long-chars = { $n }자 이하여야 합니다.

## 계정.

account-title = 내 계정
account-who = 계정 정보
change-password-title = 비밀번호 변경
change-password-button = 비밀번호 변경
current-password-wrong = 현재 비밀번호와 일치하지 않습니다.
password-changed = 비밀번호가 변경되었습니다. 이곳에서는 로그인 상태가 유지되며, 다른 곳에서 로그인한 세션은 모두 로그아웃되었습니다.
forgot-title = 비밀번호를 잊으셨나요?
forgot-lead = 계정의 이메일 주소를 입력하시면 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다.
send-reset-link = 링크 보내기
reset-sent = { $email } 주소를 사용하는 계정이 있다면 새 비밀번호 설정 링크가 담긴 이메일이 발송됩니다. 링크는 1시간 동안 유효합니다. 메일이 오지 않으면 스팸 메일함을 확인하세요.
set-password-title = 비밀번호 설정
set-password-lead = 로그인할 때 사용할 비밀번호를 정하세요.
set-password-button = 비밀번호 설정
password-set-title = 비밀번호가 설정되었습니다
password-set-text = 이메일 주소와 새 비밀번호로 로그인하세요.
reset-token-invalid-title = 더 이상 사용할 수 없는 링크입니다
reset-token-invalid-text = 이미 사용했거나 유효 기간이 지난 링크입니다(비밀번호 재설정 링크는 1시간, 초대 링크는 7일 동안 유효합니다). 아래에서 새 링크를 요청하세요.

## 협력 기관 페이지.

partner-title = 박물관 대시보드
partner-nav-label = 박물관 대시보드
partner-nav-dashboard = 작품
partner-nav-new-work = 새 작품
partner-nav-import = 가져오기
partner-nav-clients = API 클라이언트
editors-only-text = 박물관 대시보드는 회원 박물관 편집자가 소속 박물관의 작품을 준비하고 컬렉션에 추천하는 곳입니다. 현재 계정에는 박물관 편집 권한이 없습니다.
admin-console-hint = 사무국은 별도의 콘솔을 사용합니다:
your-museum = 소속 박물관
view-public-profile = 공개 페이지 보기
quota-used = 명품 할당량 { $quota }점 중 { $used }점 사용
quota-note = 게시되었거나 심사 중인 작품은 박물관 할당량에 포함됩니다.
quota-full-note = 할당량을 모두 사용했습니다. 다른 작품을 추천하려면 먼저 작품 하나를 철회하세요.
partner-works = 소속 박물관 작품
new-work = 작품 추가
import-works = 파일에서 가져오기
filter-by-status = 상태별 작품 보기
all-statuses = 전체
no-partner-works-title = 아직 작품이 없습니다
no-partner-works-text = 박물관의 첫 작품을 추가하거나, 파일에서 여러 작품을 한꺼번에 가져오세요.
no-works-in-status-title = 이 상태의 작품이 없습니다
no-works-in-status-text = 위에서 다른 상태를 선택하면 나머지 작품을 볼 수 있습니다.
col-title = 제목
col-status = 상태
col-changed = 최종 수정
col-actions = 작업
nominate = 추천
nominate-named = “{ $title }” 추천
nominate-hint = 추천하면 작품이 사무국 심사로 넘어갑니다. 추천하려면 영어로 작성한 명품 선정 사유가 있어야 합니다.
withdraw = 철회
withdraw-named = “{ $title }” 철회
withdraw-question = “{ $title }” 작품을 철회하시겠습니까?
withdraw-published-question = “{ $title }” 작품을 철회하시겠습니까? 공개 컬렉션에서 내려갑니다.
withdraw-confirm = 예, 철회합니다
view-public = 컬렉션에서 보기
work-nominated = “{ $title }” 작품이 추천되어 사무국 심사를 기다리고 있습니다.
work-withdrawn = “{ $title }” 작품이 철회되었습니다.
quota-exceeded-title = 박물관 할당량을 모두 사용했습니다
quota-exceeded-text = “{ $title }” 작품을 추천하지 못했습니다. 게시되었거나 심사 중인 작품 수가 이미 박물관 할당량에 도달했습니다. 먼저 작품 하나를 철회하세요.
invalid-transition-title = 지금은 이 변경을 할 수 없습니다
invalid-transition-text = “{ $title }” 작품의 현재 상태에서는 이 변경을 할 수 없습니다. 그사이 다른 사람이 상태를 바꿨을 수 있습니다. 목록을 최신 상태로 갱신했습니다.
not-ready-title = 아직 추천할 수 없는 작품입니다
not-ready-text = “{ $title }” 작품을 추천하려면 다음 사항을 보완해야 합니다:
edit-this-work = 작품 편집

## 작품 입력 양식.

new-work-title = 작품 추가
new-work-lead = 작품은 초안으로 저장됩니다. 작품을 추천하고 사무국이 게시하기 전까지는 박물관 외부의 누구도 볼 수 없습니다.
edit-work-title = “{ $title }” 편집
edit-work-eyebrow = 작품 편집
partner-work-not-found-text = 소속 박물관에 이 주소의 작품이 없습니다.
group-identity = 제목과 식별 정보
group-making = 제작자와 원산지
group-date = 연대
group-material = 재질과 크기
group-rights = 이용 권리와 출처 표기
field-title = 영문 제목
field-title-original = 원어 제목
field-original-language = 원어
original-language-hint = ja, ko, th, zh-Hant와 같은 언어 태그입니다. 원어로 된 텍스트를 입력한 경우에 필요합니다.
inventory-hint = 박물관 자체의 소장품 번호입니다. 가져오기를 할 때 이 번호로 작품을 찾습니다.
field-slug = 주소
slug-hint = 선택 사항입니다. 영문 소문자 단어를 하이픈으로 이어 씁니다(예: great-wave). 비워 두면 제목으로 만들어집니다.
slug-fixed = 작품 주소는 바뀌지 않습니다.
field-maker-names = 제작자
makers-hint = 한 줄에 한 명씩 순서대로 입력하세요. API나 가져오기로 보낸 역할, 연대, 원어 표기 이름은 그대로 유지됩니다.
choose-object-type = 작품 유형 선택
object-type-required = 작품 유형을 선택하세요.
no-country = 지정 안 함
period-hint = 시대 또는 왕조(예: Edo period).
date-text-hint = 표시될 그대로 입력합니다(예: c. 1831).
field-year-begin = 가장 이른 연도
field-year-end = 가장 늦은 연도
year-invalid = 1831이나 -206과 같이 정수로 연도를 입력하세요.
materials-hint = 세미콜론으로 구분합니다(예: ink, colour on silk; gold leaf). 세미콜론을 쓰지 않은 경우에는 쉼표로 구분합니다.
field-statement = 명품 선정 사유(영어)
field-statement-original = 명품 선정 사유(원어)
statement-hint = 이 작품이 왜 명품인지에 대한 박물관의 설명입니다. 작품을 추천하려면 필요합니다.
field-description = 설명(영어)
field-description-original = 설명(원어)
choose-rights = 권리 표시 선택
rights-hint = 다른 사람이 이 자료와 이미지를 어떻게 재사용할 수 있는지 밝힙니다. 크리에이티브 커먼즈 라이선스나 rightsstatements.org의 권리 표시 중에서 고르세요.
save-changes = 변경 사항 저장
create-draft = 초안으로 저장
back-to-dashboard = 대시보드로 돌아가기
unsaved-changes = 저장하지 않은 변경 사항이 있습니다.
work-saved = 변경 사항을 저장했습니다.
work-created = 작품을 초안으로 저장했습니다.
save-before-moving = 먼저 변경 사항을 저장하세요. 추천과 철회는 저장된 작품을 기준으로 처리됩니다.
stale-title = 다른 사람이 이 작품을 변경했습니다
stale-text = 작품을 연 뒤에 동료나 가져오기 작업으로 작품이 변경되어, 입력하신 변경 사항을 저장하지 않았습니다. 작품을 다시 불러와 현재 버전을 확인하세요. 입력한 내용 중 남겨 둘 것이 있다면 먼저 복사해 두세요.
reload-work = 작품 다시 불러오기

## 가져오기.

import-title = 작품 가져오기
import-lead = CSV, JSON, NDJSON 파일로 여러 작품을 한꺼번에 추가하거나 갱신합니다. 각 레코드는 소장품 번호로 대조하며, 새 번호는 초안으로 만들어지고 이미 있는 번호는 해당 작품을 갱신합니다.
import-step1 = 1. 파일 선택
import-step2 = 2. 결과 미리 확인
import-step3 = 3. 가져오기
field-file = 파일
file-hint = 머리글 행이 있는 CSV, 레코드의 JSON 배열, NDJSON(한 줄에 레코드 하나) 중 하나이며, UTF-8로 인코딩되어 있어야 합니다.
file-chosen = 선택한 파일: { $name }({ $size })
file-required = 가져올 파일을 선택하세요.
field-format = 형식
format-from-name = 파일 이름으로 판단
format-unknown = 파일 이름으로 형식을 알 수 없습니다. 형식을 선택하세요.
field-mapping = 열 이름
mapping-hint = 열 이름이 다를 때만 입력하세요. 필드:열 쌍을 쉼표로 구분합니다(예: inventory_number:accession_number,makers:artist).
mapping-not-pair = “{ $pair }” 항목이 필드:열 형식이 아닙니다.
mapping-unknown-field = “{ $field }” 항목은 작품 필드가 아닙니다.
mapping-empty-column = “{ $field }” 항목의 콜론 뒤에 열 이름을 입력해야 합니다.
ignore-unknown = 작품 필드가 아닌 열 건너뛰기
ignore-unknown-hint = 선택하지 않으면 그런 열이 있는 레코드는 실패로 처리됩니다. 철자가 틀린 열이 모르는 사이에 누락되지 않도록 하기 위해서입니다.
dry-run-button = 파일 점검(시험 실행)
checking = 점검 중…
dry-run-note = 시험 실행은 모든 레코드를 읽기만 하고 아무것도 변경하지 않습니다.
dry-run-outdated = 점검한 뒤에 파일이나 옵션이 바뀌었습니다. 가져오기 전에 파일을 다시 점검하세요.
some-will-fail = 레코드 { $n }건에 문제가 있어 가져오지 않습니다. 파일에서 수정한 뒤 다시 점검하거나, 나머지 레코드를 지금 가져오세요.
file-unreadable = 파일을 끝까지 읽을 수 없습니다. 오류가 난 지점 이전의 레코드만 가져오게 됩니다.
real-import-note = 가져오기를 실행하면 위에 집계된 작품이 만들어지거나 갱신됩니다. 새 작품은 초안으로 저장됩니다.
import-for-real = 실제로 가져오기
importing = 가져오는 중…
import-done = 가져오기 완료
import-stopped-title = 파일을 끝까지 읽을 수 없습니다
rows-read = 읽은 레코드
would-create = 생성 예정
would-update = 갱신 예정
created = 생성됨
updated = 갱신됨
unchanged = 변경 없음
failed = 실패
no-failed-rows = 모든 레코드를 가져올 수 있습니다.
failed-rows-caption = 문제가 있는 레코드(한 줄에 문제 하나)
col-row = 레코드
col-line = 줄
col-field = 필드
col-code = 문제
col-message = 수정할 내용
load-more-rows = 레코드 더 보기
past-imports = 지난 가져오기
no-imports-title = 아직 가져오기 기록이 없습니다
no-imports-text = 가져오기나 시험 실행을 하면 여기에 기록됩니다.
col-when = 일시
col-kind = 종류
dry-run = 시험 실행
real-import = 가져오기
show-problems = 문제 보기
problems-of-import = 가져오기 { $id }의 문제

## API 클라이언트.

clients-title = API 클라이언트
clients-lead = API 클라이언트를 사용하면 소장품 관리 시스템이 사람의 비밀번호 없이도 협력 기관용 API를 통해 박물관 자료를 최신 상태로 유지할 수 있습니다. 시스템마다 별도의 클라이언트를 만드세요.
new-client-title = 클라이언트 만들기
field-client-name = 이름
client-name-hint = 알아보기 쉬운 이름(예: 소장품 관리 시스템).
client-name-required = 클라이언트 이름을 입력하세요.
create-client = 클라이언트 만들기
client-created = “{ $name }” 클라이언트를 만들었습니다
secret-once-title = 지금 시크릿을 복사하세요. 이번 한 번만 표시됩니다
secret-once-text = 소장품 관리 시스템이 비밀번호를 보관하는 곳에 저장하세요. 시크릿을 가진 사람은 누구나 박물관의 작품을 변경할 수 있습니다. 시크릿을 잃어버렸거나 유출되었다면 이 클라이언트를 폐기하고 새로 만드세요.
client-id = 클라이언트 ID
client-secret = 클라이언트 시크릿
copy-hint = 시크릿을 선택해 복사하거나 버튼을 누르세요.
copy-secret = 복사
copied = 클립보드에 복사했습니다.
copy-failed = 여기서는 복사할 수 없습니다. 시크릿을 직접 선택해 복사하세요.
token-how-to = 시스템은 POST /api/v1/oauth/token에서 클라이언트 ID와 시크릿으로 액세스 토큰을 발급받습니다(OAuth 2.0 클라이언트 자격 증명 방식). 자세한 내용은 API 참조 문서를 확인하세요.
clients-list-title = 소속 박물관의 클라이언트
no-clients-title = 아직 API 클라이언트가 없습니다
no-clients-text = 소장품 관리 시스템에서 협력 기관용 API를 사용할 준비가 되면 클라이언트를 만드세요.
col-created = 생성일
col-last-used = 최근 사용
never-used = 사용한 적 없음
active = 활성
revoked = 폐기됨
revoke = 폐기
revoke-named = “{ $name }” 폐기
revoke-question = “{ $name }” 클라이언트를 폐기하시겠습니까? 즉시 사용할 수 없게 됩니다.
revoke-confirm = 예, 폐기합니다
client-revoked = “{ $name }” 클라이언트를 폐기했습니다. 이 클라이언트의 토큰은 더 이상 작동하지 않습니다.
withdraw-reason-required = 작품을 철회하는 사유를 선택하세요.
withdraw-reason = 사유
choose-withdraw-reason = 사유 선택
withdraw-note = 메모
withdraw-note-hint = 이전 링크로 들어온 방문객에게 사유와 함께 표시됩니다. “기타 사유”를 선택한 경우 필수입니다.
withdrawn-by-museum-on = { $date } 박물관에서 철회: { $reason }
withdrawn-by-secretariat-on = { $date } 사무국에서 철회: { $reason }
decision-published = 사무국에서 이 작품을 게시했습니다
decision-changes-requested = 사무국에서 수정을 요청했습니다
decision-rejected = 사무국에서 이 작품을 승인하지 않았습니다
decision-changes-next = 요청받은 내용을 수정하고 저장한 뒤 작품을 다시 추천하세요.
decision-rejected-next = 작품은 박물관 목록에 남지만 다시 추천할 수는 없습니다.
secretariat-comment = 사무국 의견
nominated-on = 최근 추천일
first-published-on = 최초 게시일
notifications-title = 사무국 소식
no-notifications-title = 아직 소식이 없습니다
no-notifications-text = 사무국이 작품을 게시하거나, 수정을 요청하거나, 작품을 철회하면 여기에 표시되고 박물관 편집자에게 이메일로도 전달됩니다.
notice-published = 게시됨
notice-changes-requested = 수정 요청
notice-rejected = 승인되지 않음
notice-withdrawn = 사무국에서 철회함
withdrawn-work-title = 철회된 작품입니다
withdrawn-work-text = 컬렉션에 실렸던 작품이지만 더 이상 공개되지 않습니다. 소장 박물관 또는 네트워크 사무국이 밝힌 사유는 다음과 같습니다.
withdrawn-on = 철회일
withdrawn-by-label = 철회 주체
withdrawn-by-museum = 소장 박물관
withdrawn-by-secretariat = 네트워크 사무국
nav-admin = 사무국 콘솔
admin-title = 사무국 콘솔
admin-eyebrow = 사무국
admins-only-title = 사무국 전용
admins-only-text = 콘솔은 네트워크 사무국이 작품을 심사하고, 가입 신청에 답하고, 계정을 관리하는 곳입니다. 현재 계정은 관리자 계정이 아닙니다.
sign-in-first-admin-text = 이 페이지는 네트워크 사무국용입니다. 계속하려면 로그인하세요.
admin-nav-label = 사무국 콘솔
admin-nav-dashboard = 대시보드
admin-nav-reviews = 심사 대기열
admin-nav-applications = 가입 신청
admin-nav-featured = 오늘의 명품
admin-nav-users = 사용자
admin-nav-audit = 감사 로그
admin-nav-emails = 이메일
admin-open = 처리할 일
admin-waiting = 사무국 처리 대기
works-in-review = 심사 중인 작품
applications-waiting = 답변할 가입 신청
applications-with-applicant = 신청자의 답변을 기다리는 가입 신청
oldest-in-review = 대기열에서 가장 오래된 추천일
members-by-country = 국가별 회원 박물관과 게시 작품
no-members-title = 아직 회원 박물관이 없습니다
no-members-text = 가입 신청을 승인하면 박물관이 여기에 추가됩니다.
col-members = 회원 박물관
col-published = 게시 작품
recent-activity = 최근 활동
whole-audit-log = 전체 감사 로그
no-activity-title = 아직 활동 기록이 없습니다
no-activity-text = 작품, 계정, 가입 신청에 변경 사항이 생기면 여기에 바로 표시됩니다.
activity-line = { $actor }: { $entity } “{ $key }” — { $action }
review-queue-lead = 박물관이 추천한 작품을 오래된 순으로 보여 줍니다. 작품을 게시하려면 모든 점검 항목을 통과해야 합니다.
review-decided = “{ $title }” 작품의 현재 상태: { $status }.
queue-empty-title = 심사할 작품이 없습니다
queue-empty-text = 심사를 기다리는 작품이 없습니다. 박물관이 추천한 작품이 여기에 표시됩니다.
check-passed = 통과
check-failed = 실패
queue-total = 심사 중 { $n }점
col-nominated = 추천일
col-checks = 점검
review-work-title = 작품 심사
review-not-found-text = 이 주소의 작품이 어느 박물관에도 없습니다.
back-to-queue = 심사 대기열로 돌아가기
work-withdrawn-by-secretariat = 작품을 컬렉션에서 철회했습니다. 소장 박물관 편집자에게 사유가 전달됩니다.
review-stale-title = 그사이 박물관에서 이 작품을 변경했습니다
review-stale-text = 아무것도 결정되지 않았습니다. 작품을 다시 읽고 변경된 내용을 심사하세요.
review-decide-title = 결정
review-comment-label = 박물관에 전할 의견
review-comment-hint = 수정을 요청하거나 반려할 때는 필수이며, 게시할 때는 선택 사항입니다. 박물관 편집자가 화면과 이메일로 확인합니다.
publish = 게시
request-changes = 수정 요청
reject-work = 반려
publish-blocked = 소장 박물관의 할당량이 모두 사용되어 지금은 이 작품을 게시할 수 없습니다. 수정을 요청하거나, 박물관이 작품을 철회할 때까지 기다리세요.
review-actions-hint = 수정을 요청하면 작품이 박물관으로 되돌아가고, 반려하면 심사가 완전히 종결됩니다.
admin-withdraw-hint = 작품을 공개 컬렉션에서 내립니다. 이전 링크로 들어온 방문객에게는 사유가 표시됩니다.
review-record = 작품 정보
no-statement = 아직 명품 선정 사유가 없습니다.
version-n = 버전 { $n }
review-quota-title = 박물관 할당량을 모두 사용했습니다
review-checks-fail-title = 통과하지 못한 점검 항목이 있습니다
apply-to-join = 가입 신청
join-question = ASEM 회원국의 박물관으로, 아직 네트워크 회원이 아니신가요?
apply-title = 네트워크 가입 신청
apply-lead = 아시아·유럽 정상회의(ASEM) 회원국의 박물관은 아시아·유럽 박물관 네트워크에 가입해 컬렉션에 명품을 제공할 수 있습니다. 박물관을 소개하고 서명한 신청서를 보내 주세요.
apply-museum-name = 박물관 영문 이름
apply-museum-name-local = 박물관 현지어 이름
apply-museum-name-local-hint = 영문 이름과 다를 경우, 해당 언어의 문자로 입력하세요.
apply-museum-name-local-lang = 현지어 이름의 언어
apply-country-hint = ASEM 회원국의 박물관만 가입할 수 있습니다.
apply-country-required = 박물관이 있는 국가를 선택하세요.
choose-country = 국가 선택
apply-city = 도시
apply-website = 웹사이트
apply-website-hint = https://로 시작하는 주소
apply-founding-year = 설립 연도
apply-kind = 박물관 유형
choose-museum-kind = 유형 선택
apply-kind-required = 박물관 유형을 선택하세요.
apply-collections = 아시아 또는 유럽 소장품
apply-collections-hint = 네트워크와 공유할 소장품을 몇 단락으로 소개해 주세요.
apply-group-museum = 박물관 정보
apply-group-contact = 담당자
apply-contact-hint = 신청이 승인되면 이 담당자가 박물관의 첫 편집자로 초대됩니다.
apply-contact-name = 이름
apply-contact-title = 직함 또는 직위
apply-contact-email = 이메일 주소
apply-group-commitment = 서약 및 서명한 신청서
apply-icom = 본 박물관은 ICOM 박물관 윤리강령을 준수합니다
apply-icom-link = ICOM 박물관 윤리강령 읽기(새 탭에서 열림)
apply-document = 서명한 신청서(PDF)
apply-document-hint = 박물관장이 서명한 신청서를 최대 { $max } 크기의 PDF 파일로 올려 주세요.
apply-document-required = 서명한 신청서(PDF 파일)를 선택하세요.
apply-document-not-pdf = 서명한 신청서는 PDF 파일이어야 합니다.
apply-document-too-large = 파일이 너무 큽니다. 최대 { $max }까지 올릴 수 있습니다.
apply-honeypot = 이 칸은 비워 두세요
apply-submit = 신청서 보내기
apply-form-data-failed = 양식을 전송할 준비를 하지 못했습니다. 페이지를 새로 고친 후 다시 시도하세요.
apply-conflict-title = 이 박물관은 지금 신청할 수 없습니다
apply-too-many = 이곳에서 너무 많은 신청서가 전송되었습니다. { $minutes }분 후에 다시 시도하세요.
apply-done-title = 신청이 접수되었습니다
apply-reference = 접수 번호:
apply-done-text = 사무국에서 신청서를 검토한 후 { $email } 주소로 연락드립니다. 개인 링크에서 진행 상황을 확인하고 사무국의 질문에 답할 수 있습니다.
apply-follow = 신청 진행 상황 보기
apply-keep-link = 이 개인 링크를 보관해 두세요. 이메일로도 보내 드립니다:
application-status-title = 회원 가입 신청
application-not-found-title = 신청을 찾을 수 없습니다
application-not-found-text = 이 링크로 연결되는 신청이 없습니다. 이메일에서 링크 전체를 복사했는지 확인하세요.
admin-application-not-found-text = 이 번호의 신청이 없습니다.
application-where-it-stands = 상태:
application-submitted-text = 사무국에서 신청서를 받았으며 곧 검토할 예정입니다.
application-info-requested-text = 사무국에서 추가 정보를 요청했습니다. 아래 메시지를 읽고 답변해 주세요.
application-approved-text = 네트워크 가입을 환영합니다! 담당자에게 박물관 편집자로 로그인할 수 있도록 초대장을 보냈습니다.
application-rejected-text = 사무국에서 신청을 승인하지 않았습니다. 사유는 아래와 같습니다.
application-submitted-on = 제출일
see-museum-page = { $museum } 페이지 보기
conversation = 메시지
no-messages = 아직 메시지가 없습니다.
application-closed-note = 결정이 내려진 신청이므로 더 이상 여기서 답변을 보낼 수 없습니다.
answer-sent = 답변을 사무국에 보냈습니다.
your-answer = 사무국에 보낼 답변
your-answer-hint = 사무국은 신청서와 함께 답변을 검토합니다.
send-answer = 답변 보내기
applications-lead = 가입을 신청한 박물관을 오래된 순으로 보여 줍니다.
no-applications-title = 신청이 없습니다
no-applications-text = 이 상태의 신청이 없습니다. 위에서 다른 상태를 선택하세요.
load-more = 더 보기
application-title = 회원 가입 신청
download-failed = 파일을 저장하지 못했습니다.
yes = 예
no = 아니요
back-to-applications = 신청 목록으로 돌아가기
application-now-is = 신청의 현재 상태: { $status }.
application-fields = 박물관이 제출한 내용
downloading = 내려받는 중…
download-pdf = 서명한 신청서 내려받기(PDF)
message-to-applicant = 신청자에게 보낼 메시지
message-to-applicant-hint = 정보를 요청하거나 반려할 때는 필수이며, 승인할 때는 선택 사항입니다. 신청자는 이메일과 신청 상태 페이지에서 메시지를 받습니다.
reopen-message-hint = 선택 사항: 신청을 다시 여는 이유.
request-info = 정보 요청
approve = 승인
reject-application = 반려
reopen = 다시 열기
approve-hint = 승인하면 박물관이 회원이 되고, 담당자가 첫 편집자로 초대됩니다.
featured-lead = 날마다 박물관들 사이에서 공정하게 차례를 돌아가며 오늘의 명품 한 점을 선정합니다. 기념일이나 전시 개막에 맞춰 특정 날짜에 작품을 고정할 수 있습니다.
pinned-day = “{ $title }” 작품을 { $date }의 명품으로 고정했습니다.
unpinned-day = { $date } 날짜를 다시 순환 선정에 맡겼습니다.
featured-schedule = 일정
no-featured-title = 아직 선정된 날이 없습니다
no-featured-text = 작품이 게시되면 날짜별 명품이 여기에 표시됩니다.
col-day = 날짜
col-work = 작품
col-chosen-by = 선정 방식
col-note = 메모
unpin-named = { $date } 고정 해제
unpin = 고정 해제
today = 오늘
pinned = 사무국 고정
rotation = 순환 선정
pin-date-required = 날짜를 선택하세요.
pin-date-past = 오늘 또는 이후 날짜를 선택하세요.
pin-work-required = 게시된 작품의 주소 이름(슬러그)을 입력하거나 아래에서 작품을 찾으세요.
pin-title = 날짜에 작품 고정
pin-date-hint = 오늘 또는 이후 날짜를 고르세요. 날짜는 UTC 기준입니다.
pin-work = 작품(주소 이름)
pin-work-hint = 작품 주소의 마지막 부분입니다(예: /artworks/great-wave의 great-wave). 게시된 작품이어야 합니다.
pin-find = 제목으로 작품 찾기
pin-find-hint = 두 글자 이상 입력한 뒤 작품을 고르면 주소 이름이 채워집니다.
pin-find-results = 찾은 작품
pin-note-hint = 이 날짜를 고른 이유(사무국 내부 기록용).
pin-submit = 고정
users-lead = 사무국과 박물관 편집자의 계정입니다.
users-list-title = 계정
no-users-title = 계정이 없습니다
no-users-text = 위에서 박물관의 첫 편집자를 초대하세요.
choose-museum = 박물관 선택
name-required = 이름을 입력하세요.
editor-needs-museum = 편집자는 박물관에 소속되어야 합니다. 박물관을 선택하세요.
invite-title = 사용자 초대
invited = { $email } 주소로 초대장을 보냈습니다.
editor-museum-hint = 이 편집자가 작품을 준비할 박물관입니다.
send-invitation = 초대장 보내기
user-disabled = 비활성
user-invited = 초대됨
change-role-named = { $name } 님의 역할 변경
change-role = 역할 변경
enable-named = { $name } 님 계정 활성화
disable-named = { $name } 님 계정 비활성화
enable-user = 활성화
disable-user = 비활성화
audit-lead = 누가 언제 무엇을 변경했는지 최신 순으로 보여 줍니다. 필터마다 고유한 주소가 있어 공유할 수 있습니다.
audit-actor = 수행자
audit-actor-hint = 계정 이메일 또는 클라이언트 ID.
audit-museum-hint = 박물관의 주소 이름.
audit-entity = 기록 종류
audit-entity-hint = 예: artwork, user, application
audit-record-name = 기록
audit-key-hint = 예: 작품의 주소 이름
audit-action = 작업
audit-action-hint = 예: artwork.publish
audit-since = 시작 시점
audit-since-hint = 시각(예: 2025-03-01T00:00:00Z)
no-audit-title = 기록이 없습니다
no-audit-text = 이 필터에 맞는 항목이 없습니다.
audit-record = 기록
audit-change = 변경 내용
audit-show-change = 변경 전후 보기
audit-before = 변경 전
audit-after = 변경 후
emails-lead = 플랫폼에서 작성한 이메일과 발송 여부를 최신 순으로 보여 줍니다.
no-emails-title = 아직 이메일이 없습니다
no-emails-text = 초대장, 비밀번호 재설정 메일, 박물관 알림이 여기에 표시됩니다.
email-sent = 발송됨
email-failed = 전달 실패
email-pending = 발송 대기
email-to = 받는 사람
email-body = 메시지 보기
publish-checks-fail = 통과하지 못한 점검 항목이 있습니다(위에 ✗로 표시). 이 자료가 컬렉션에 적합한 경우에만 게시하고, 그렇지 않으면 수정을 요청하면서 부족한 점을 알려 주세요.
admin-nav-museums = 박물관
admin-nav-settings = 네트워크 설정
admin-museums-lead = 네트워크의 모든 박물관과 각 박물관의 회원 자격, 작품이 사용 중인 할당량을 보여 줍니다. 박물관을 열면 회원 자격, 할당량, 프로필을 변경할 수 있습니다.
filter-by-membership = 회원 자격별 박물관 보기
no-museums-in-status-title = 박물관이 없습니다
no-museums-in-status-text = 이 회원 자격 상태의 박물관이 없습니다.
col-quota = 할당량
places-used = { $quota }점 중 { $used }점 사용
admin-museum-title = 박물관
admin-museum-not-found-text = 네트워크에 이 주소의 박물관이 없습니다.
back-to-museums = 박물관 목록으로 돌아가기
works-by-status = 상태별 작품
admin-quota-note = 게시되었거나 심사 중인 작품은 할당량에 포함됩니다. 할당량을 그보다 낮게 정해도 작품이 철회되지는 않으며, 작품 수가 할당량 아래로 줄어들 때까지 새 추천만 막힙니다.
museum-stale-title = 그사이 다른 사람이 이 박물관 정보를 변경했습니다
museum-stale-text = 이 페이지를 연 뒤에 박물관 편집자나 다른 사무국 직원이 정보를 변경하여 아무것도 저장하지 않았습니다. 다시 불러와 현재 버전을 확인하세요. 입력한 내용 중 남겨 둘 것이 있다면 먼저 복사해 두세요.
reload-museum = 박물관 정보 다시 불러오기
membership-status-label = 회원 자격 상태
quota-label = 할당량
quota-hint = 동시에 게시되거나 심사 중일 수 있는 작품 수입니다.
quota-invalid = 0부터 { $max }까지의 정수를 입력하세요.
membership-reason = 사유
reason-required-hint = 회원 자격을 정지하거나 종료할 때는 필수이며, 박물관 편집자에게 이메일로 전달됩니다.
reason-optional-hint = 선택 사항입니다. 회원 자격을 복원하면 박물관 편집자에게 이메일로 전달됩니다.
save-membership = 회원 자격 저장
membership-saved = 저장했습니다: { $status }, 할당량 { $quota }점.
membership-emailed = 박물관 편집자에게 이메일로 알렸습니다.
suspension-title = 회원 자격 정지의 효과
suspension-text = 박물관의 회원 자격이 정지되었거나 회원이 아니게 되면 그 박물관의 작품은 추천하거나 게시할 수 없고, 오늘의 명품 선정에서도 제외됩니다. 이미 게시된 작품은 그대로 게시되며 편집자 계정도 유지됩니다. 회원 자격을 복원하면 이 제한은 즉시 풀립니다.
museum-profile = 프로필
profile-saved = 박물관 프로필을 저장했습니다.
save-profile = 프로필 저장
field-latitude = 위도
field-longitude = 경도
latitude-hint = 십진 도 단위로 -90에서 90 사이(예: 37.5240).
longitude-hint = 십진 도 단위로 -180에서 180 사이(예: 126.9803).
coordinate-invalid = 37.524와 같이 십진 도 단위의 숫자를 입력하세요.
museum-description = 설명(영어)
museum-description-hint = 박물관 공개 페이지에 표시되는 몇 문장의 소개입니다.
group-museum-name = 이름
group-museum-place = 위치와 웹사이트
group-museum-about = 박물관 소개
settings-lead = 네트워크의 운영 방식을 정합니다. 신규 회원의 할당량, 박물관이 가입할 수 있는 국가, 검색에서 같은 것으로 취급하는 용어를 설정합니다.
default-quota-title = 기본 할당량
default-quota-label = 신규 회원 할당량
default-quota-hint = 가입 신청이 승인된 박물관에 부여됩니다. 기존 회원은 각자의 할당량을 유지하며, 할당량은 박물관 페이지에서 변경할 수 있습니다.
default-quota-saved = 저장했습니다. 앞으로 승인되는 박물관은 할당량 { $n }점을 받습니다.
save-default-quota = 기본 할당량 저장
countries-title = 국가
countries-lead = ASEM 회원국의 박물관만 신청할 수 있습니다. 확인란을 선택하거나 해제하면 바로 저장되며, 회원국에서 빠진 국가의 박물관과 작품은 그대로 유지됩니다.
country-code = 코드
country-region = 지역
col-works-from = 해당 국가 작품
asem-member-of = { $country }: ASEM 회원국
country-now-member = { $country } 항목을 ASEM 회원국으로 표시했습니다.
country-no-longer-member = { $country } 항목을 더 이상 ASEM 회원국으로 표시하지 않습니다.
country-added = { $country }({ $code }) 항목을 목록에 추가했습니다.
country-changed = { $country }({ $code }) 항목을 변경했습니다.
add-country-title = 국가 추가
add-country-hint = 목록에 있는 국가의 이름을 바꾸거나 다른 지역으로 옮기려면 해당 코드를 입력하세요. 그 코드의 국가 정보가 변경됩니다.
country-code-hint = ISO 3166-1 두 글자 코드(예: KR).
country-code-invalid = KR과 같이 영문 두 글자를 입력하세요.
country-name-hint = 영문 약식 국명(예: Republic of Korea).
asem-member-hint = ASEM 회원국의 박물관만 신청할 수 있습니다.
save-country = 국가 저장
terms-title = 동의 검색어
terms-lead = 문자와 표기가 달라도 검색에서 같은 것으로 취급하는 이름과 단어의 묶음입니다. 그중 하나로 검색하면 묶음의 어느 용어를 언급한 작품이든 찾아 줍니다.
terms-reindex-hint = 변경 사항은 검색 색인을 다시 만든 뒤에 반영됩니다. 색인은 변경 직후 백그라운드에서 다시 만들어집니다.
terms-filter-label = 용어나 메모로 묶음 찾기
terms-shown-all = 전체 { $total }개 묶음 중 { $shown }개 표시
terms-shown-matching = 일치하는 묶음 { $total }개 중 { $shown }개 표시
no-terms-title = 일치하는 묶음이 없습니다
no-terms-text = 이런 용어나 메모가 있는 묶음이 없습니다. 위에서 추가하세요.
show-more-groups = { $n }개 더 보기
terms-label = 용어
terms-hint = 한 줄에 용어 하나씩, 두 개 이상 입력하세요. 어떤 문자로든 쓸 수 있습니다(예: Hokusai와 葛飾北斎). 한 용어는 한 묶음에만 속할 수 있습니다.
terms-note = 메모
terms-note-hint = 사무국이 참고할 묶음 설명(예: 일본 판화가).
add-terms-title = 용어 묶음 추가
add-terms-button = 묶음 추가
terms-added = 묶음을 추가했습니다: { $terms }.
terms-saved = 묶음을 저장했습니다: { $terms }.
terms-deleted = 묶음을 삭제했습니다: { $terms }.
edit-terms = 편집
edit-terms-named = { $terms } 묶음 편집
delete-terms = 삭제
delete-terms-named = { $terms } 묶음 삭제
delete-terms-question = { $terms } 묶음을 삭제하시겠습니까? 검색에서 더 이상 이 용어들을 같은 것으로 취급하지 않습니다.
delete-terms-confirm = 예, 삭제합니다

## 작품 페이지의 이미지와 고해상도 확대 뷰어.

images-of-work = 작품 이미지
image-n-of-m = 이미지 { $n } / { $total }
image-rights-label = 이미지 이용 권리
manifest-link = IIIF 매니페스트
manifest-hint = Mirador나 Universal Viewer 같은 IIIF 뷰어에서 이 작품의 이미지를 엽니다. 뷰어에 이 링크를 입력하세요.
zoom-open = 확대
zoom-dialog-label = 확대 이미지: { $title }
zoom-role-description = 확대 이미지
zoom-hint = 끌어서 이동 · 스크롤하거나 손가락을 오므리고 벌려 확대/축소
zoom-instructions = 이미지를 끌거나 화살표 키를 눌러 이동합니다. 스크롤하거나 손가락을 오므리고 벌리거나 더하기(+)·빼기(-) 키를 눌러 확대하거나 축소하고, 두 번 클릭하면 확대됩니다. 0을 누르면 이미지 전체를 다시 보여 주고, Esc 키를 누르면 닫힙니다.
zoom-level = 배율 { $percent }%
zoom-in = 확대
zoom-out = 축소
zoom-reset = 처음 화면으로
zoom-fullscreen = 전체 화면
zoom-close = 닫기
zoom-loading = 확대 이미지를 불러오는 중…
zoom-failed = 확대 이미지를 불러오지 못했습니다.
zoom-failed-hint = 작품 페이지에는 이미지가 그대로 표시됩니다. 다시 시도하거나 뷰어를 닫으세요.

## 협력 기관 페이지의 작품 이미지.

images-title = 이미지
images-lead = 대표 이미지는 목록과 작품 페이지에서 작품을 대표하며, 나머지 이미지는 이 순서대로 이어집니다. 이미지는 준비가 끝나면 방문객에게 보입니다.
images-count = 이미지 { $max }장 중 { $n }장
no-images-title = 아직 이미지가 없습니다
no-images-text = 아래에서 이 작품의 첫 이미지를 추가하세요. 이미지가 있는 작품은 방문객의 눈길을 훨씬 많이 끕니다.
image-label = 이미지 { $n }
image-primary = 대표
image-state-fetching = 링크에서 가져오는 중…
image-state-processing = 처리 중…
image-state-ready = 준비됨
image-state-failed = 실패: { $error }
image-failed-unknown = 이미지를 읽을 수 없습니다
image-pixels = { $width } × { $height }픽셀
image-file = 원본
image-source-url = 가져온 곳
rights-from-work = (작품과 동일)
image-edit = 설명 편집
image-edit-named = 이미지 { $n }번 설명 편집
image-make-primary = 대표 이미지로 지정
image-make-primary-named = 대표 이미지로 지정: 이미지 { $n }번
image-move-up = 위로 이동
image-move-up-named = 위로 이동: 이미지 { $n }번
image-move-down = 아래로 이동
image-move-down-named = 아래로 이동: 이미지 { $n }번
image-delete = 삭제
image-delete-named = 이미지 { $n }번 삭제
image-delete-question = 이미지 { $n }번을 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
image-delete-confirm = 예, 삭제합니다
image-deleted = 이미지를 삭제했습니다.
image-saved = 이미지 { $n }번의 설명을 저장했습니다.
image-made-primary = 이제 이미지 { $n }번이 대표 이미지입니다.
image-moved = 이미지를 { $n }번 위치로 옮겼습니다.
save-image = 설명 저장
add-image-title = 이미지 추가
image-source-legend = 이미지 가져올 곳
image-source-file = 파일 올리기
image-source-link = 링크 입력
field-image-file = 이미지 파일
image-file-hint = JPEG, PNG, WebP, TIFF 파일을 가지고 계신 가장 큰 크기로 올리세요. 방문객이 세부까지 확대해 볼 수 있습니다.
field-image-url = 이미지 링크
image-url-hint = 박물관 서버에 있는 JPEG, PNG, WebP, TIFF 파일의 http 또는 https 주소입니다. 이미지는 이 주소에서 한 번 가져옵니다.
field-alt = 대체 텍스트
alt-hint = 이미지를 볼 수 없는 사람을 위해 이미지에 무엇이 보이는지 한두 문장으로 설명하세요. 작품의 어느 부분(앞면, 뒷면, 세부)을 보여 주는지, 그리고 색채, 인물, 명문처럼 중요한 요소를 적습니다. “~의 이미지”로 시작하거나 제목을 반복할 필요는 없습니다.
field-image-caption = 캡션
caption-hint = 이미지 아래에 표시됩니다(예: “서명 부분 세부”).
field-image-credit = 사진 출처
image-credit-hint = 사진을 촬영한 사람 또는 기관(예: “사진 © 국립중앙박물관”).
field-image-rights = 이미지 이용 권리
image-rights-hint = 작품 정보의 권리 표시와 다를 경우에 입력하는 사진의 권리 표시입니다.
rights-same-as-work = 작품과 동일({ $rights })
field-image-position = 순서
image-primary-check = 대표 이미지로 지정
image-primary-hint = 대표 이미지는 목록에서 작품을 대표합니다. 작품의 첫 이미지는 자동으로 대표 이미지가 됩니다.
add-image-button = 이미지 추가
uploading = 올리는 중…
image-file-required = 이미지 파일을 선택하세요.
image-file-type = JPEG, PNG, WebP, TIFF 이미지를 선택하세요.
image-url-required = 이미지 링크를 입력하세요.
image-url-invalid = http:// 또는 https://로 시작하는 주소를 입력하세요.
image-too-large = 서버에서 처리하기에는 파일이 너무 큽니다.
image-unsupported = 서버에서 읽을 수 없는 파일 형식입니다. JPEG, PNG, WebP, TIFF 이미지를 선택하세요.
image-limit-title = 이 작품에는 이미지를 더 추가할 수 없습니다
image-limit-text = 작품 하나에 이미지는 최대 { $max }장까지 올릴 수 있습니다. 새 이미지를 추가하려면 기존 이미지를 하나 삭제하세요.
image-uploaded = 이미지를 올렸습니다. 처리 중이며, 준비가 끝나면 여기에 표시됩니다.
image-linked = 이미지를 추가했습니다. 서버가 링크에서 이미지를 가져오는 중이며, 준비가 끝나면 여기에 표시됩니다.

## 고정 목록: work-status

work-status-draft = 초안
work-status-in-review = 심사 중
work-status-changes-requested = 수정 요청
work-status-published = 게시됨
work-status-rejected = 승인되지 않음
work-status-withdrawn = 철회됨

## 고정 목록: withdrawal-reason

withdrawal-reason-end-of-loan = 대여 종료
withdrawal-reason-restitution = 반환
withdrawal-reason-deaccession = 소장품 처분
withdrawal-reason-error = 잘못 게시됨
withdrawal-reason-other = 기타 사유

## 고정 목록: review-check

review-check-english-fields = 영어 필수 항목
review-check-statement = 명품 선정 사유
review-check-image = 대체 텍스트가 있는 이미지
review-check-quota = 박물관 할당량 이내

## 고정 목록: museum-kind

museum-kind-art = 미술관
museum-kind-history = 역사박물관
museum-kind-ethnography = 민족학박물관
museum-kind-archaeology = 고고학박물관
museum-kind-decorative-arts = 공예박물관
museum-kind-university = 대학 박물관
museum-kind-general = 종합박물관
museum-kind-other = 기타 박물관

## 고정 목록: application-status

application-status-submitted = 사무국 검토 대기
application-status-info-requested = 정보 요청됨
application-status-approved = 승인됨
application-status-rejected = 승인되지 않음

## 고정 목록: message-author

message-author-applicant = 신청자
message-author-secretariat = 사무국

## 고정 목록: role

role-admin = 사무국(관리자)
role-editor = 박물관 편집자

## 고정 목록: import-status

import-status-queued = 대기 중
import-status-running = 진행 중
import-status-done = 완료
import-status-failed = 중단됨

## 고정 목록: field-problem

field-problem-required = 필수 항목입니다.
field-problem-too-long = 너무 깁니다.
field-problem-invalid = 형식이 올바르지 않습니다.
field-problem-unknown-value = 허용된 값이 아닙니다.
field-problem-out-of-range = 허용 범위를 벗어났습니다.
field-problem-duplicate = 이미 사용 중입니다.
field-problem-unknown-field = 작품 필드가 아닙니다.

## 고정 목록: facet

facet-country = 원산국
facet-museum = 박물관
facet-museum-country = 박물관 소재국
facet-region = 원산 지역
facet-object-type = 작품 유형
facet-material = 재질
facet-period = 시대
facet-has-image = 이미지
facet-reusable = 재사용
with-an-image = 이미지 있음
without-an-image = 이미지 없음
free-to-reuse = 자유롭게 재사용 가능
reuse-restricted = 재사용 제한

## 고정 목록: sort

sort-relevance = 관련도순
sort-oldest = 오래된 작품순
sort-newest = 최근 작품순
sort-title = 제목순(A–Z)
sort-recent = 최근 추가순

## 고정 목록: suggestion-kind

suggestion-kind-title = 작품
suggestion-kind-maker = 제작자
suggestion-kind-museum = 박물관
suggestion-kind-period = 시대

## 고정 목록: cultural-region

cultural-region-east-asia = 동아시아
cultural-region-south-asia = 남아시아
cultural-region-southeast-asia = 동남아시아
cultural-region-central-asia = 중앙아시아
cultural-region-west-asia = 서아시아
cultural-region-europe = 유럽
cultural-region-oceania = 오세아니아

## 고정 목록: region

region-asia = 아시아
region-europe = 유럽
region-oceania = 오세아니아

## 고정 목록: maker-role

maker-role-artist = 작가
maker-role-workshop = 공방
maker-role-school = 유파
maker-role-calligrapher = 서예가
maker-role-potter = 도공
maker-role-maker = 제작자
maker-role-attributed-to = 전칭

## 고정 목록: membership

membership-applicant = 가입 신청 중
membership-active = 활동 회원
membership-suspended = 회원 자격 정지
membership-former = 이전 회원

## 고정 목록: membership-plural

membership-plural-applicant = 가입 신청 박물관
membership-plural-active = 활동 회원
membership-plural-suspended = 자격 정지 회원
membership-plural-former = 이전 회원

## 고정 목록: object-type

object-type-painting = 회화
object-type-calligraphy = 서예
object-type-sculpture = 조각
object-type-ceramics = 도자기
object-type-metalwork = 금속공예
object-type-textile = 직물
object-type-lacquer = 칠기
object-type-print = 판화
object-type-manuscript = 필사본
object-type-jewellery = 장신구
object-type-arms-and-armour = 무기와 갑옷
object-type-furniture = 가구
object-type-photograph = 사진
object-type-other = 기타

## 수량 (한국어에는 복수형이 없으므로 선택자 없이 씀)

count-works = 작품 { $n }점
count-museums = 박물관 { $n }곳
count-works-shown = 작품 { $n }점 표시 중
count-results = 작품 { $n }점 검색됨
count-suggestions = 추천 검색어 { $n }개.
count-more-values = { $n }개 더 보기
count-undated = 조건에 맞는 작품 중 { $n }점은 연대나 지역 정보가 없어 연표에 표시되지 않습니다.
count-problems = 수정해야 할 문제가 { $n }건 있습니다

## 언어 이름 (BCP 47 태그별)

language-zh-Hant = 중국어(번체)
language-zh-Hans = 중국어(간체)
language-ja = 일본어
language-ko = 한국어
language-zh = 중국어
language-th = 태국어
language-vi = 베트남어
language-id = 인도네시아어
language-ms = 말레이어
language-km = 크메르어
language-lo = 라오어
language-my = 미얀마어
language-fil = 필리핀어
language-tl = 필리핀어
language-hi = 힌디어
language-bn = 벵골어
language-ur = 우르두어
language-mn = 몽골어
language-kk = 카자흐어
language-ru = 러시아어
language-en = 영어
language-fr = 프랑스어
language-de = 독일어
language-nl = 네덜란드어
language-it = 이탈리아어
language-es = 스페인어
language-pt = 포르투갈어
language-pl = 폴란드어
language-cs = 체코어
language-el = 그리스어
language-hu = 헝가리어
language-sv = 스웨덴어
language-da = 덴마크어
language-fi = 핀란드어
language-no = 노르웨이어
language-nb = 노르웨이어

## 국가명 (ISO 3166-1 코드별)

country-au = 오스트레일리아
country-at = 오스트리아
country-be = 벨기에
country-bn = 브루나이
country-bg = 불가리아
country-kh = 캄보디아
country-cn = 중국
country-cy = 키프로스
country-cz = 체코
country-dk = 덴마크
country-ee = 에스토니아
country-fi = 핀란드
country-fr = 프랑스
country-de = 독일
country-gr = 그리스
country-hu = 헝가리
country-in = 인도
country-id = 인도네시아
country-ie = 아일랜드
country-it = 이탈리아
country-jp = 일본
country-kr = 대한민국
country-la = 라오스
country-lv = 라트비아
country-lt = 리투아니아
country-lu = 룩셈부르크
country-my = 말레이시아
country-mt = 몰타
country-mn = 몽골
country-mm = 미얀마
country-nl = 네덜란드
country-nz = 뉴질랜드
country-pk = 파키스탄
country-ph = 필리핀
country-pl = 폴란드
country-pt = 포르투갈
country-ro = 루마니아
country-ru = 러시아
country-sg = 싱가포르
country-sk = 슬로바키아
country-si = 슬로베니아
country-es = 스페인
country-se = 스웨덴
country-th = 태국
country-gb = 영국
country-vn = 베트남
