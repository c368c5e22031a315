//! Korean: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Korean locale pack (ko.pak: its network,
//! certificate and sign-in strings) and lobehub/lobe-chat's ko-KR locale. Korean attaches its
//! particles and endings to the word (연결이, 연결을; 만료되었습니다, 만료됨), and the apps often
//! write compounds without a space (서버오류, 연결실패): nouns that close compounds are Parts,
//! words that only start one are Stems (a Hangul syllable before a Stem is a letter). Verbs and
//! negations are cut before the polite or plain ending (수 없: 수 없습니다/수 없음/수 없어요;
//! 지원되지 않: 않습니다/않음). 인증 alone is not a sign-in: 인증서 is the certificate.
//! ASCII names (DNS, SSL, API, proxy) are read by the English lexicon.
use super::super::Concept::*;
use super::super::{p, s, w, LexRow};
use crate::signals::Lang::Ko;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    p("연결", Ko, Connection), p("접속", Ko, Connection),
    p("재설정", Ko, Reset), p("초기화", Ko, Reset), p("끊겼", Ko, Reset), p("끊어졌", Ko, Reset), p("끊김", Ko, Reset),
    p("종료되었", Ko, Reset), p("종료됨", Ko, Reset),
    p("거부", Ko, Refused),
    p("중단", Ko, Interrupted), p("끊겼", Ko, Interrupted),
    p("실패", Ko, Failed), p("수 없", Ko, Failed), p("하지 못했", Ko, Failed), p("불가능", Ko, Failed),
    p("오류", Ko, Error), p("에러", Ko, Error), p("문제가 발생", Ko, Error), p("장애가 발생", Ko, Error),
    s("다시", Ko, Again), p("재시도", Ko, Again), p("재연결", Ko, Again),
    p("네트워크", Ko, Network), p("통신", Ko, Network),
    p("인터넷", Ko, Internet),
    p("오프라인", Ko, Offline), p("연결되지 않", Ko, Offline), p("연결 없음", Ko, Offline),
    p("프록시", Ko, Proxy),
    p("도메인 이름", Ko, Dns), p("이름 해석", Ko, Dns),
    p("찾을 수 없", Ko, NotFound), p("찾지 못했", Ko, NotFound), p("존재하지 않", Ko, NotFound),
    s("주소", Ko, Address), p("호스트", Ko, Address),
    p("인증서", Ko, Certificate),
    s("보안", Ko, Secure), p("비공개 연결", Ko, Secure),
    s("시계", Ko, Clock), p("날짜와 시간", Ko, Clock), p("날짜 및 시간", Ko, Clock), p("시스템 시간", Ko, Clock),
    p("잘못", Ko, Wrong), p("올바르지 않", Ko, Wrong), p("정확하지 않", Ko, Wrong), p("틀렸", Ko, Wrong), p("먼 미래", Ko, Wrong), p("먼 과거", Ko, Wrong), // Chromium's clock ahead/behind: 너무 먼 미래로 설정
    p("유효하지 않", Ko, Invalid), p("무효", Ko, Invalid),
    p("만료", Ko, Expired), p("기한이 지났", Ko, Expired),
    p("세션", Ko, Session),
    p("로그인", Ko, SignIn), p("로그 인", Ko, SignIn), p("로그아웃되었", Ko, SignIn),
    s("인증하", Ko, SignIn), s("인증이", Ko, SignIn), s("인증에", Ko, SignIn), s("인증을", Ko, SignIn), w("인증", Ko, SignIn),
    p("API 키", Ko, Key), p("API키", Ko, Key), p("액세스 키", Ko, Key), p("토큰", Ko, Key), p("비밀 키", Ko, Key), p("자격 증명", Ko, Key), // not 키가 alone: 키 is also a person's height
    p("권한", Ko, Unauthorized), p("허가되지 않", Ko, Unauthorized), p("허용되지 않", Ko, Unauthorized),
    p("거부", Ko, Denied), p("금지", Ko, Denied),
    p("액세스", Ko, Access), p("접근", Ko, Access),
    p("컨텍스트", Ko, Context),
    p("길이", Ko, Length), p("글자 수", Ko, Length), p("글자수", Ko, Length), p("토큰 수", Ko, Length), p("크기", Ko, Length),
    p("깁니다", Ko, Long), p("길어", Ko, Long),
    p("큽니다", Ko, Large), p("너무 커", Ko, Large),
    s("너무", Ko, Too),
    p("너무 많", Ko, TooMany), p("과도한", Ko, TooMany),
    p("한도", Ko, Limit), s("제한", Ko, Limit), w("최대", Ko, Limit), // 제한 a Stem: not 무제한
    p("초과", Ko, Exceeded), p("도달", Ko, Exceeded), p("넘었", Ko, Exceeded), p("소진", Ko, Exceeded), p("모두 사용", Ko, Exceeded),
    p("할당량", Ko, Quota), p("쿼터", Ko, Quota),
    p("요청", Ko, Requests),
    p("메시지", Ko, Messages), p("메세지", Ko, Messages), p("질문", Ko, Messages), p("프롬프트", Ko, Messages),
    p("사용량", Ko, Usage), p("이용량", Ko, Usage), p("사용 횟수", Ko, Usage),
    p("시간당", Ko, PerTime), p("분당", Ko, PerTime), w("일일", Ko, PerTime), s("하루", Ko, PerTime),
    s("자주", Ko, Frequent), p("빈번", Ko, Frequent), p("너무 빠르", Ko, Frequent),
    p("서버", Ko, Server), p("서비스", Ko, Server), p("모델", Ko, Server),
    p("혼잡", Ko, Busy), p("과부하", Ko, Busy), p("부하가", Ko, Busy), p("사용자가 많", Ko, Busy), p("수요가", Ko, Busy),
    p("용량", Ko, Capacity),
    p("지역", Ko, Region), p("국가", Ko, Region), s("나라", Ko, Region),
    p("사용할 수 없", Ko, Unavailable), p("이용할 수 없", Ko, Unavailable),
    p("지원되지 않", Ko, Unavailable), p("지원하지 않", Ko, Unavailable), p("사용 불가", Ko, Unavailable), p("이용 불가", Ko, Unavailable),
    p("제공되지 않", Ko, Unavailable), p("미지원", Ko, Unavailable),
    p("시간 초과", Ko, Timeout), p("시간이 초과", Ko, Timeout), p("제한 시간", Ko, Timeout), p("시간초과", Ko, Timeout), p("타임아웃", Ko, Timeout), p("오래 걸", Ko, Timeout),
    p("스트림", Ko, Stream),
    p("응답", Ko, Response), p("답변", Ko, Response), p("생성", Ko, Response),
    p("나중에", Ko, Later), s("잠시", Ko, Later),
    p("점검 중", Ko, Maintenance), p("점검중", Ko, Maintenance), p("정기 점검", Ko, Maintenance), p("서버 점검", Ko, Maintenance),
    p("유지보수", Ko, Maintenance), // not 점검 alone: "check your settings"
    p("리디렉션", Ko, Redirect), p("리다이렉트", Ko, Redirect),
    p("사람인지", Ko, Human), p("로봇이 아닙", Ko, Human), p("로봇이 아님", Ko, Human), p("캡차", Ko, Human),
    p("자동 입력 방지", Ko, Human), p("자동입력방지", Ko, Human),
    p("확인", Ko, Verify), p("검증", Ko, Verify),
    p("차단", Ko, Blocked), p("정지", Ko, Blocked),
    p("필요", Ko, Required), p("필수", Ko, Required),
    p("루프", Ko, Loop), p("반복", Ko, Loop),
    p("조직", Ko, Admin), p("관리자", Ko, Admin), p("방화벽", Ko, Admin), p("백신", Ko, Admin), p("확장 프로그램", Ko, Admin), p("자녀 보호", Ko, Admin),
];
