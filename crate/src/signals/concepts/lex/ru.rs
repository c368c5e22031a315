//! Russian: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Russian locale pack (ru.pak: the network error
//! pages, the certificate and clock interstitials). Nouns, adjectives and participles decline:
//! stems stop before the ending (`превыш`: превышен, превышено, превышения; `соединени`:
//! соединение, соединения, соединением). Text is folded (ё→е, й→и), so `истек` reads истёк and
//! `войд` reads войдите. Where a short stem would start unrelated words (вход → входит,
//! стран → страница, доступ → доступный, связи → "в связи с"), the forms are whole words.
use super::super::Concept::*;
use super::super::{s, w, LexRow};
use crate::signals::Lang::Ru;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("соединени", Ru, Connection), s("подключ", Ru, Connection), w("связь", Ru, Connection),
    s("сброш", Ru, Reset), s("сброс", Ru, Reset), s("разорва", Ru, Reset), s("обрыв", Ru, Reset), s("потеря", Ru, Reset),
    s("отключен", Ru, Reset),
    s("отклон", Ru, Refused),
    s("прерв", Ru, Interrupted), s("оборва", Ru, Interrupted),
    s("не удалось", Ru, Failed), s("не удается", Ru, Failed), s("неудач", Ru, Failed), s("не смог", Ru, Failed), s("невозможн", Ru, Failed),
    s("не может", Ru, Failed), w("сбой", Ru, Failed),
    s("ошиб", Ru, Error), w("сбой", Ru, Error), w("сбоя", Ru, Error), s("неполад", Ru, Error), s("проблем", Ru, Error),
    s("что-то пошло не так", Ru, Error),
    w("снова", Ru, Again), s("повтор", Ru, Again), s("еще раз", Ru, Again),
    s("сеть", Ru, Network), s("сети", Ru, Network), s("сетев", Ru, Network),
    s("интернет", Ru, Internet),
    s("офлайн", Ru, Offline), s("оффлайн", Ru, Offline), s("нет подключения", Ru, Offline), s("нет соединения", Ru, Offline),
    s("нет связи", Ru, Offline), s("нет интернета", Ru, Offline), s("не подключен", Ru, Offline),
    s("прокси", Ru, Proxy),
    s("не найден", Ru, NotFound), s("не удалось найти", Ru, NotFound), s("не существует", Ru, NotFound),
    s("адрес", Ru, Address), w("хост", Ru, Address),
    s("сертификат", Ru, Certificate),
    s("безопасн", Ru, Secure), s("небезопасн", Ru, Secure), s("защищ", Ru, Secure), s("незащищ", Ru, Secure),
    w("часы", Ru, Clock), s("системное время", Ru, Clock), s("системного времени", Ru, Clock), s("дата и время", Ru, Clock),
    s("даты и времени", Ru, Clock),
    s("неправильн", Ru, Wrong), s("неверн", Ru, Wrong), s("некорректн", Ru, Wrong), s("спешат", Ru, Wrong), s("отстают", Ru, Wrong),
    s("недействительн", Ru, Invalid), s("не действител", Ru, Invalid), s("неверн", Ru, Invalid), s("некорректн", Ru, Invalid),
    s("истек", Ru, Expired), s("истечени", Ru, Expired), s("просроч", Ru, Expired), s("устарел", Ru, Expired),
    s("срок действия", Ru, Expired),
    s("сеанс", Ru, Session), s("сесси", Ru, Session), s("вышли из аккаунт", Ru, Session), s("вышли из системы", Ru, Session), // logged out: the session ended
    s("войд", Ru, SignIn), s("войт", Ru, SignIn), w("вход", Ru, SignIn), w("входа", Ru, SignIn), s("авториз", Ru, SignIn),
    s("аутентифик", Ru, SignIn), s("перезайд", Ru, SignIn), s("вышли из аккаунт", Ru, SignIn), s("вышли из системы", Ru, SignIn),
    w("ключ", Ru, Key), w("ключа", Ru, Key), w("токен", Ru, Key), w("токена", Ru, Key), s("учетные данные", Ru, Key),
    s("не авторизован", Ru, Unauthorized), s("неавторизован", Ru, Unauthorized), s("нет прав", Ru, Unauthorized),
    s("недостаточно прав", Ru, Unauthorized), s("нет разрешения", Ru, Unauthorized),
    s("запрещ", Ru, Denied), s("отказано", Ru, Denied), s("отказ в доступе", Ru, Denied), s("отклон", Ru, Denied),
    s("нет доступа", Ru, Denied),
    w("доступ", Ru, Access), s("доступа", Ru, Access),
    s("контекст", Ru, Context),
    w("длина", Ru, Length), w("длину", Ru, Length), w("длины", Ru, Length), w("длине", Ru, Length), w("длиной", Ru, Length), s("размер", Ru, Length), s("символов", Ru, Length), s("токенов", Ru, Length),
    s("длинн", Ru, Long), w("долго", Ru, Long),
    w("большой", Ru, Large), w("большое", Ru, Large), w("велик", Ru, Large),
    s("слишком", Ru, Too), s("чересчур", Ru, Too),
    s("слишком много", Ru, TooMany),
    s("лимит", Ru, Limit), s("предел", Ru, Limit), s("огранич", Ru, Limit), s("максимальн", Ru, Limit),
    s("превыш", Ru, Exceeded), s("превыс", Ru, Exceeded), s("достиг", Ru, Exceeded), s("исчерпа", Ru, Exceeded),
    s("закончил", Ru, Exceeded), // закончились запросы / лимит закончился
    s("квот", Ru, Quota),
    s("запрос", Ru, Requests),
    s("сообщени", Ru, Messages), s("промпт", Ru, Messages),
    s("использовани", Ru, Usage),
    w("в минуту", Ru, PerTime), w("в час", Ru, PerTime), w("в день", Ru, PerTime), w("в месяц", Ru, PerTime), s("ежедневн", Ru, PerTime),
    s("слишком част", Ru, Frequent), w("часто", Ru, Frequent), s("частот", Ru, Frequent),
    s("сервер", Ru, Server), s("сервис", Ru, Server), s("служб", Ru, Server), s("модель", Ru, Server), s("модели", Ru, Server),
    s("перегруж", Ru, Busy), s("перегруз", Ru, Busy), s("занят", Ru, Busy), s("нагрузк", Ru, Busy), s("высокий спрос", Ru, Busy),
    s("мощност", Ru, Capacity),
    s("регион", Ru, Region), w("страна", Ru, Region), w("страны", Ru, Region), w("стране", Ru, Region), w("стран", Ru, Region),
    s("местоположени", Ru, Region),
    s("недоступ", Ru, Unavailable), s("не доступ", Ru, Unavailable), s("не поддержива", Ru, Unavailable),
    s("неподдерживаем", Ru, Unavailable), s("не работает", Ru, Unavailable),
    s("время ожидания", Ru, Timeout), s("времени ожидания", Ru, Timeout), s("таймаут", Ru, Timeout), s("тайм-аут", Ru, Timeout),
    s("не отвечает", Ru, Timeout),
    s("поток", Ru, Stream), s("стрим", Ru, Stream),
    s("ответ", Ru, Response), s("генерац", Ru, Response),
    s("позже", Ru, Later), s("позднее", Ru, Later), s("через некоторое время", Ru, Later), s("через несколько", Ru, Later),
    s("подождите", Ru, Later),
    s("техническое обслуживание", Ru, Maintenance), s("технического обслуживания", Ru, Maintenance), s("на обслуживании", Ru, Maintenance),
    s("техобслуж", Ru, Maintenance), s("технические работы", Ru, Maintenance), s("технических работ", Ru, Maintenance),
    s("перенаправлени", Ru, Redirect), s("переадресац", Ru, Redirect), s("редирект", Ru, Redirect),
    s("вы человек", Ru, Human), s("робот", Ru, Human), s("капч", Ru, Human), // человек alone is "person"
    s("подтверд", Ru, Verify), s("подтвержд", Ru, Verify), s("провер", Ru, Verify),
    s("заблокир", Ru, Blocked), s("блокир", Ru, Blocked), s("приостановлен", Ru, Blocked), s("ограничен", Ru, Blocked), // доступ ограничен, из-за ограничений региона
    s("требу", Ru, Required), s("необходим", Ru, Required), w("нужно", Ru, Required),
    s("цикл", Ru, Loop), s("зацикл", Ru, Loop),
];
