//! Ukrainian: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Ukrainian locale pack (uk.pak: the network
//! error pages, the certificate and clock interstitials). Nouns, adjectives and participles
//! decline: stems stop before the ending (`перевищ`: перевищено, перевищує, перевищення). Text is
//! folded (й→и, ї→і, ’ and ʼ → '), so `з'єдна` reads з’єднання and зʼєднано; the spelling without
//! the apostrophe (зєднання) has its own row. Where a short stem would start unrelated words
//! (відповід → відповідно, меж → "в межах", вхід → входить, зв'язку → "у зв'язку з"), the forms
//! are whole words.
use super::super::Concept::*;
use super::super::{s, w, LexRow};
use crate::signals::Lang::Uk;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("з'єдна", Uk, Connection), s("зєдна", Uk, Connection), s("підключ", Uk, Connection), s("зв'язок", Uk, Connection),
    s("скинут", Uk, Reset), s("скидан", Uk, Reset), s("розірва", Uk, Reset), s("обрив", Uk, Reset), s("втрач", Uk, Reset),
    s("втрата", Uk, Reset), s("відключен", Uk, Reset),
    s("відхил", Uk, Refused),
    s("перерван", Uk, Interrupted), s("перервав", Uk, Interrupted), s("обірва", Uk, Interrupted),
    s("не вдалося", Uk, Failed), s("не вдалось", Uk, Failed), s("не вдається", Uk, Failed), s("невдал", Uk, Failed),
    s("не зміг", Uk, Failed), s("неможлив", Uk, Failed), s("не може", Uk, Failed), w("збій", Uk, Failed),
    s("помил", Uk, Error), w("збій", Uk, Error), w("збою", Uk, Error), s("несправн", Uk, Error), s("проблем", Uk, Error),
    s("щось пішло не так", Uk, Error),
    w("знову", Uk, Again), s("повтор", Uk, Again), s("ще раз", Uk, Again),
    s("мереж", Uk, Network),
    s("інтернет", Uk, Internet),
    s("офлайн", Uk, Offline), s("немає з'єднання", Uk, Offline), s("немає підключення", Uk, Offline), s("немає інтернету", Uk, Offline),
    s("немає зв'язку", Uk, Offline), s("не в мережі", Uk, Offline), s("не підключен", Uk, Offline),
    s("проксі", Uk, Proxy),
    s("не знайден", Uk, NotFound), s("не вдалося знайти", Uk, NotFound), s("не існує", Uk, NotFound),
    s("адрес", Uk, Address), w("хост", Uk, Address), s("хосту", Uk, Address),
    s("сертифікат", Uk, Certificate),
    s("безпечн", Uk, Secure), s("небезпечн", Uk, Secure), s("захищен", Uk, Secure), s("незахищен", Uk, Secure),
    s("конфіденційн", Uk, Secure), // Chromium: "З’єднання не конфіденційне" (not private)
    s("годинник", Uk, Clock), s("системний час", Uk, Clock), s("дата й час", Uk, Clock), s("дата і час", Uk, Clock),
    s("дату й час", Uk, Clock),
    s("неправильн", Uk, Wrong), s("невірн", Uk, Wrong), s("некоректн", Uk, Wrong), s("спішить", Uk, Wrong), s("відстає", Uk, Wrong),
    s("недійсн", Uk, Invalid), s("не дійсн", Uk, Invalid), s("невірн", Uk, Invalid), s("некоректн", Uk, Invalid),
    s("минув", Uk, Expired), s("закінчи", Uk, Expired), s("сплив", Uk, Expired), s("прострочен", Uk, Expired), s("застарі", Uk, Expired),
    s("термін дії", Uk, Expired),
    s("сеанс", Uk, Session), s("сесі", Uk, Session), s("вийшли з облікового", Uk, Session), // logged out: the session ended
    s("увійд", Uk, SignIn), s("увійт", Uk, SignIn), w("вхід", Uk, SignIn), w("входу", Uk, SignIn), s("авториз", Uk, SignIn),
    s("автентифік", Uk, SignIn), s("аутентифік", Uk, SignIn), s("вийшли з облікового", Uk, SignIn),
    w("ключ", Uk, Key), w("ключа", Uk, Key), w("ключем", Uk, Key), w("токен", Uk, Key), w("токена", Uk, Key), s("облікові дані", Uk, Key),
    s("не авторизован", Uk, Unauthorized), s("неавторизован", Uk, Unauthorized), s("немає дозволу", Uk, Unauthorized),
    s("немає прав", Uk, Unauthorized), s("недостатньо прав", Uk, Unauthorized),
    s("заборон", Uk, Denied), s("відмовлен", Uk, Denied), s("відхил", Uk, Denied), s("немає доступу", Uk, Denied),
    w("доступ", Uk, Access), s("доступу", Uk, Access),
    s("контекст", Uk, Context),
    w("довжина", Uk, Length), w("довжину", Uk, Length), w("довжини", Uk, Length), w("довжині", Uk, Length), w("довжиною", Uk, Length), s("розмір", Uk, Length), s("символів", Uk, Length), s("токенів", Uk, Length),
    s("довг", Uk, Long), s("задовг", Uk, Long),
    w("великий", Uk, Large), w("велике", Uk, Large), s("завелик", Uk, Large),
    s("занадто", Uk, Too), w("надто", Uk, Too), s("задовг", Uk, Too), s("завелик", Uk, Too),
    s("забагато", Uk, TooMany), s("занадто багато", Uk, TooMany),
    s("ліміт", Uk, Limit), s("обмежен", Uk, Limit), s("максимальн", Uk, Limit), w("межа", Uk, Limit), // межі: "в межах" (within)
    s("перевищ", Uk, Exceeded), s("досяг", Uk, Exceeded), s("вичерпа", Uk, Exceeded),
    s("квот", Uk, Quota),
    s("запит", Uk, Requests),
    s("повідомлен", Uk, Messages), s("промпт", Uk, Messages),
    s("використанн", Uk, Usage),
    w("на хвилину", Uk, PerTime), w("за хвилину", Uk, PerTime), w("на годину", Uk, PerTime), w("за годину", Uk, PerTime),
    w("на день", Uk, PerTime), w("на добу", Uk, PerTime), s("щоденн", Uk, PerTime),
    s("занадто част", Uk, Frequent), w("часто", Uk, Frequent), s("частот", Uk, Frequent),
    s("сервер", Uk, Server), s("сервіс", Uk, Server), s("служб", Uk, Server), w("модель", Uk, Server), w("моделі", Uk, Server),
    s("перевантаж", Uk, Busy), s("зайнят", Uk, Busy), s("навантажен", Uk, Busy), s("високий попит", Uk, Busy),
    s("потужност", Uk, Capacity),
    s("регіон", Uk, Region), w("країна", Uk, Region), w("країні", Uk, Region), w("країни", Uk, Region), w("країн", Uk, Region),
    s("місцезнаходжен", Uk, Region), s("розташуванн", Uk, Region),
    s("недоступн", Uk, Unavailable), s("не доступн", Uk, Unavailable), s("не підтриму", Uk, Unavailable), s("непідтримув", Uk, Unavailable),
    s("не працює", Uk, Unavailable),
    s("час очікування", Uk, Timeout), s("часу очікування", Uk, Timeout), s("тайм-аут", Uk, Timeout), s("таймаут", Uk, Timeout),
    s("не відповідає", Uk, Timeout),
    s("потік", Uk, Stream), s("поток", Uk, Stream), s("стрім", Uk, Stream),
    w("відповідь", Uk, Response), w("відповіді", Uk, Response), s("генерац", Uk, Response),
    s("пізніше", Uk, Later), s("згодом", Uk, Later), s("через деякий час", Uk, Later), s("через кілька", Uk, Later),
    s("зачекайте", Uk, Later),
    s("технічне обслуговування", Uk, Maintenance), s("технічного обслуговування", Uk, Maintenance), s("на обслуговуванні", Uk, Maintenance),
    s("технічні роботи", Uk, Maintenance), s("технічних робіт", Uk, Maintenance),
    s("переспрямув", Uk, Redirect), s("перенаправлен", Uk, Redirect), s("переадресац", Uk, Redirect),
    s("ви людина", Uk, Human), s("робот", Uk, Human), s("капч", Uk, Human), // людина alone is "person"
    s("підтверд", Uk, Verify), s("перевір", Uk, Verify),
    s("заблоков", Uk, Blocked), s("заблокув", Uk, Blocked), s("блокуван", Uk, Blocked), s("призупинен", Uk, Blocked),
    s("обмежен", Uk, Blocked), // доступ обмежено, через обмеження регіону
    s("потрібн", Uk, Required), s("необхідн", Uk, Required), s("вимага", Uk, Required), w("треба", Uk, Required),
    s("цикл", Uk, Loop), s("зацикл", Uk, Loop),
];
